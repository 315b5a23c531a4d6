"""Dialogs opened from the main window and its pages."""
