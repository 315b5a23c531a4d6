"""Use cases that combine the core rules with the league file; the window and CLI call these."""
