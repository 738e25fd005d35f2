"""The embedded store: SQLite in WAL mode, one transaction per article, numbered migrations."""

from __future__ import annotations

import sqlite3
import time
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

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            if read_only:
                self.conn = self._open_read_only()
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_WAIT_SECONDS)
                self.conn.row_factory = sqlite3.Row
                self._refuse_foreign()
                self._write_ahead()
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
        except sqlite3.OperationalError as exc:
            raise StoreError(_locked(exc) or f"cannot open as a SQLite store ({exc})", self.path) from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open as a SQLite store ({exc})", self.path) from None

    def _open_read_only(self) -> sqlite3.Connection:
        """A connection that cannot change the file (SQLite ``mode=ro``), to a file that is a volteface store
        already: reading never creates tables in an empty or foreign file."""
        file = Path(self.path)
        if not file.is_file():
            raise StoreError("no such store", self.path)
        if file.stat().st_size == 0:
            raise StoreError("empty file, not a volteface store (run builds one)", self.path)
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               timeout=LOCK_WAIT_SECONDS)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 or not _has_table(conn, "articles"):
            conn.close()
            raise StoreError("not a volteface store (a SQLite file without its tables)", self.path)
        if version < len(migrations()):
            conn.close()
            raise StoreError(f"made by an older volteface (schema {version}); `volteface run` on it upgrades it",
                             self.path)
        return conn

    def _write_ahead(self) -> None:
        """Switch to WAL (readers never wait for a writer). SQLite answers "locked" at once, without waiting,
        when another first run is switching the same new file, so wait here, within the same bound."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if _locked(exc) is None or time.monotonic() > deadline:
                    raise
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                    return  # the other run switched it
                time.sleep(0.05)

    def _refuse_foreign(self) -> None:
        """A SQLite file with tables of its own that are not ours is someone else's: never add ours to it."""
        self.conn.execute("BEGIN")  # one snapshot: another first run may be creating our tables right now
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            theirs = self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchone()
        finally:
            self.conn.execute("COMMIT")
        if version == 0 and theirs:
            raise StoreError("not a volteface store: it holds other tables; give a new file", self.path)

    def _migrate(self) -> None:
        """Apply the migrations not applied yet, each in one write transaction that first reads the version
        again: two first runs on a new store at once apply each migration once (the second waits, then sees it
        done)."""
        for number, script in migrations():
            if number <= self.conn.execute("PRAGMA user_version").fetchone()[0]:
                continue
            with self._transaction():
                if number <= self.conn.execute("PRAGMA user_version").fetchone()[0]:
                    continue  # another writer applied it while this one waited for the lock
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")

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
        try:
            return self._save(article, replace_existing)
        except sqlite3.OperationalError as exc:
            message = _locked(exc)
            if message is None:
                raise
            raise StoreError(message, self.path) from None

    def _save(self, article: Article, replace_existing: bool) -> bool:
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
                self.conn.execute(ACTOR_UPSERT, tuple(getattr(actor, c) for c in ACTOR_COLUMNS))
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


# One row per actor id, whatever order articles arrive in (one process or several writers): of the
# descriptions articles give of the same actor, the store keeps the best by a fixed order — a code and a
# country over none, the fuller name, then the smallest values — so every run of the same input gives the same
# actors table.
_RANK = "({t}.code IS NULL, {t}.country IS NULL, -length({t}.name), {t}.name, coalesce({t}.code, ''), " \
        "coalesce({t}.country, ''), coalesce({t}.sector, ''), {t}.kind)"
ACTOR_UPSERT = (
    f"INSERT INTO actors ({', '.join(ACTOR_COLUMNS)}) VALUES ({', '.join('?' * len(ACTOR_COLUMNS))}) "
    f"ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ACTOR_COLUMNS if c != "id")
    + f" WHERE {_RANK.format(t='excluded')} < {_RANK.format(t='actors')}"
)

# How long a writer waits for another one's lock before saying so (SQLite retries within this bound).
LOCK_WAIT_SECONDS = 30.0


def _locked(exc: sqlite3.OperationalError) -> str | None:
    """The one-line message for a lock held too long, or None for any other operational error."""
    if "locked" in str(exc) or "busy" in str(exc):
        return (f"the store is locked by another writer (waited {LOCK_WAIT_SECONDS:.0f} s); "
                "run again when it is done — everything stored so far is kept")
    return None


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script, one by one (a trigger's body stays whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        yield pending


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
