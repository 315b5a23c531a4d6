"""The league file: opening, locking, migrating and backing up, and the queries over it."""
