"""The PySide6 window: pages, table models, dialogs and the task runner. Only this package uses Qt widgets."""
