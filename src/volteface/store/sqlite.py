"""The embedded store: SQLite in WAL mode, one transaction per article, numbered migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Self

from ..errors import StoreError
from ..model import Actor, Article
from .rows import ACTOR_COLUMNS, ARTICLE_COLUMNS, CHILD_TABLES, columns, from_row, to_row


def migrations() -> list[tuple[int, str]]:
    """The numbered migration scripts shipped with the package, in order."""
    folder = resources.files("volteface.store") / "migrations"
    out = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            out.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(out)


class SQLiteStore:
    """Articles and their records in one SQLite file; re-saving a stored article is a no-op."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open as a SQLite store ({exc})", self.path) from None

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in migrations():
            if number <= current:
                continue
            # executescript commits on its own, so the version bump goes inside the same script.
            self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def save(self, article: Article, *, replace_existing: bool = False) -> bool:
        """Store an article and its records in one transaction; False when it was already stored."""
        with self._transaction():
            if self.has(article.id):
                if not replace_existing:
                    return False
                self.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            values = [getattr(article, c) for c in ARTICLE_COLUMNS]
            values[2] = article.date.isoformat() if article.date else None
            stored_at = datetime.now(UTC).isoformat(timespec="seconds")
            self.conn.execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, stored_at) "
                f"VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})",
                (*values, stored_at),
            )
            for actor in article.actors:
                self.conn.execute(
                    f"INSERT OR IGNORE INTO actors ({', '.join(ACTOR_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                    tuple(getattr(actor, c) for c in ACTOR_COLUMNS),
                )
            for table, (record_type, attr) in CHILD_TABLES.items():
                cols = columns(record_type)
                sql = (
                    f"INSERT INTO {table} (article_id, idx, {', '.join(cols)}) "
                    f"VALUES (?, ?, {', '.join('?' * len(cols))})"
                )
                rows = [(article.id, i, *to_row(r)) for i, r in enumerate(getattr(article, attr))]
                self.conn.executemany(sql, rows)
        return True

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- reading -------------------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY date, id")]

    def article(self, article_id: str) -> Article | None:
        """One article with all its records, or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        children: dict[str, Any] = {}
        for table, (record_type, attr) in CHILD_TABLES.items():
            rows = self.conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", (article_id,))
            children[attr] = tuple(from_row(record_type, dict(r)) for r in rows)
        actor_ids = {m.actor_id for m in children["mentions"]}
        actors = tuple(a for a in (self.actor(i) for i in sorted(actor_ids)) if a is not None)
        article = Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            date=date.fromisoformat(row["date"]) if row["date"] else None,
            date_source=row["date_source"],
            url=row["url"],
            source=row["source"],
            lang=row["lang"],
            provenance=row["provenance"],
        )
        return replace(article, actors=actors, **children)

    def articles(self) -> Iterator[Article]:
        """Every stored article, oldest first (undated last)."""
        for article_id in self.article_ids():
            article = self.article(article_id)
            if article is not None:
                yield article

    def actor(self, actor_id: str) -> Actor | None:
        row = self.conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return Actor(**{c: row[c] for c in ACTOR_COLUMNS}) if row else None

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read-only query (for the analysis and report stages)."""
        return self.conn.execute(sql, tuple(params)).fetchall()

    def counts(self) -> dict[str, int]:
        """Rows per table, plus undated articles."""
        out = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "actors")}
        for table in CHILD_TABLES:
            out[table] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        out["undated"] = self.conn.execute("SELECT COUNT(*) FROM articles WHERE date IS NULL").fetchone()[0]
        return out


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
