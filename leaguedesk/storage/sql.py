"""Small SQL helpers the storage modules share: the rows of a query as dicts, one row by its
query, long id lists in chunks that stay under SQLite's bound-parameter limit, and updates
limited to the columns a table lets callers change."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

CHUNK = 500  # ids per query: well under SQLite's bound-parameter limit
T = TypeVar("T")


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """What a SELECT finds, each row as a dict by column name.

    One statement on the connection: ``Database.query`` wraps every query in a savepoint
    (three statements), which costs more than the lookup itself when an import checks
    thousands of rows one by one. Column names must be unique (alias them in the SQL).
    """
    cursor = db.execute(sql, params)
    keys = _keys(cursor)
    return [dict(zip(keys, row, strict=True)) for row in cursor]


def first_row(db: Database, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
    """The first row ``sql`` finds as a dict, or None (a lookup by id)."""
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    return None if row is None else dict(zip(_keys(cursor), row, strict=True))


def _keys(cursor: sqlite3.Cursor) -> list[str]:
    keys = [column[0] for column in cursor.description]
    if len(set(keys)) != len(keys):
        raise ValueError(f"columns named twice: {keys}")
    return keys


def chunks(ids: Sequence[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """``ids`` in lists of at most ``size``, each with its placeholders (``"?, ?, ?"``)."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ", ".join("?" * len(chunk))


def update_columns(
    db: Database, table: str, row_id: int, values: dict[str, Any], allowed: Iterable[str]
) -> None:
    """Set ``values`` on row ``row_id`` of ``table``; a column outside ``allowed`` is a bug in
    the caller (ValueError), and no values is no statement."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValueError(sorted(unknown))
    if values:
        db.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
            [*values.values(), row_id],
        )
