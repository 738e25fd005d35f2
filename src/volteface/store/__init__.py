"""Storage: SQLite by default (a file path); PostgreSQL when shared (a ``postgresql://`` URL, later)."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from .sqlite import SQLiteStore

Store = SQLiteStore


def open_store(target: str | Path) -> Store:
    """Open (creating if needed) the store at a file path."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise UsageError("PostgreSQL stores are not supported yet; give a SQLite file path", text)
    return SQLiteStore(text)


__all__ = ["SQLiteStore", "Store", "open_store"]
