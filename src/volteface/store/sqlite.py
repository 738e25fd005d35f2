"""The embedded store: SQLite in WAL mode, one transaction per article, numbered migrations."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Article, Quote
from .base import Hits
from .sql import _ORIGIN, Row, _found, _origin
from .watching import WatchingStore


def migrations(dialect: str = "sqlite") -> list[tuple[int, str]]:
    """The numbered migration scripts shipped with the package for a dialect (``sqlite`` or ``postgres``: the
    same numbers and the same tables in both), in order."""
    folder = resources.files("volteface.store") / "migrations" / dialect
    out = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            out.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(out)


class SQLiteStore(WatchingStore):
    """Articles and their records in one SQLite file; re-saving a stored article is a no-op."""

    NO_LIMIT = -1  # SQLite reads a negative LIMIT as none
    # The unary plus keeps SQLite on an article's own events when matching a stance to its event: the per-actor
    # indexes would scan every event of a frequent actor (10 s instead of 0.05 s on a big store).
    NO_INDEX = "+"

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
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
        conn = sqlite3.connect(
            f"{file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=LOCK_WAIT_SECONDS
        )
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 or not _has_table(conn, "articles"):
            conn.close()
            raise StoreError("not a volteface store (a SQLite file without its tables)", self.path)
        if version < migrations()[-1][0]:
            conn.close()
            raise StoreError(
                f"made by an older volteface (schema {version}); `volteface reprocess --db` on it upgrades it "
                "(and re-extracts what older extractors made)",
                self.path,
            )
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
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()
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

    def _own_check(self) -> list[str]:
        """SQLite's integrity and foreign-key checks, and the full-text indexes against their tables."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"{r[0]}: a row without its {r[2]} row" for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        for fts in ("articles_fts", "quotes_fts"):
            try:
                self.conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{fts}: {exc}")
        return problems

    # -- writing -------------------------------------------------------------------------------------

    def save(self, article: Article, *, replace_existing: bool = False) -> bool:
        """Store an article and its records in one transaction; False when it was already stored."""
        try:
            return self._save(article, replace_existing)
        except sqlite3.OperationalError as exc:
            message = _locked(exc)
            if message is None:
                raise
            raise StoreError(message, self.path) from None

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def _run(self, sql: str, params: Iterable[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self.conn.executemany(sql, rows)

    # -- reading -------------------------------------------------------------------------------------

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read-only query (inside ``store/`` only: the other stages read through the methods below)."""
        return self.conn.execute(sql, tuple(params)).fetchall()

    def search(self, text: str, limit: int = 50) -> Hits:
        """Articles and quotes holding all the words, best first (SQLite's FTS5, each word quoted, so no search
        operator gets through)."""
        words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
        terms = " ".join(f'"{w}"' for w in words[:12])
        if not terms:
            return Hits([], [])
        articles = self.conn.execute(
            "SELECT a.id AS article_id, a.title, a.date AS article_date, a.source AS outlet, a.url, a.record_id, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit),
        )
        quotes = self.conn.execute(
            f"SELECT q.*, {_ORIGIN}, q.content AS evidence FROM quotes_fts JOIN quotes q "
            f"ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ? "
            f"ORDER BY rank LIMIT ?",
            (terms, limit),
        )
        return Hits([(_origin(r), r["snippet"]) for r in articles], [_found(Quote, r) for r in quotes])


# How long a writer waits for another one's lock before saying so (SQLite retries within this bound).
LOCK_WAIT_SECONDS = 30.0


def _locked(exc: sqlite3.OperationalError) -> str | None:
    """The one-line message for a lock held too long, or None for any other operational error."""
    if "locked" in str(exc) or "busy" in str(exc):
        return (
            f"the store is locked by another writer (waited {LOCK_WAIT_SECONDS:.0f} s); "
            "run again when it is done — everything stored so far is kept"
        )
    return None


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )


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
