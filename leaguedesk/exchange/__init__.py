"""Spreadsheets in and out: report workbooks for the 上级团委, imports and exports."""
