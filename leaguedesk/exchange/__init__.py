"""Spreadsheets in and out: read rosters, map and clean their columns, import, export .xlsx."""
