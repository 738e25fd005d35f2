"""Storage: SQLite by default (a file path); PostgreSQL when shared (a ``postgresql://`` URL, later)."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from .base import Hits, Selection, Store
from .sqlite import SQLiteStore


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open the store at a file path: created if missing for writing; ``read_only`` opens an existing store
    without the means to change it (and refuses an empty or foreign file)."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise UsageError("PostgreSQL stores are not supported yet; give a SQLite file path", text)
    return SQLiteStore(text, read_only=read_only)


__all__ = ["Hits", "SQLiteStore", "Selection", "Store", "open_store"]
