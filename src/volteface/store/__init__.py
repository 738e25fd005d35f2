"""Storage: SQLite by default (a file path); PostgreSQL when shared (a ``postgresql://user@host/db`` URL)."""

from __future__ import annotations

from pathlib import Path

from .base import Hits, Seen, Selection, Store
from .sqlite import SQLiteStore


def is_url(target: str | Path) -> bool:
    """Is the store a database server's URL rather than a file?"""
    return str(target).startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open the store at a file path: created if missing for writing; ``read_only`` opens an existing store
    without the means to change it (and refuses an empty or foreign file)."""
    text = str(target)
    if is_url(text):
        from .postgres import PostgresStore  # psycopg is imported only for a PostgreSQL store

        return PostgresStore(text, read_only=read_only)
    return SQLiteStore(text, read_only=read_only)


__all__ = ["Hits", "SQLiteStore", "Seen", "Selection", "Store", "is_url", "open_store"]
