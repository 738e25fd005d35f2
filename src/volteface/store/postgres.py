"""The shared store: PostgreSQL through psycopg 3 (the maintained driver), for a newsroom or a lab that writes
from several processes or machines into one database. The same tables, records and reads as SQLite
(``sql.SQLStore``); migrations numbered the same; full-text search with PostgreSQL's own tsvector.

Concurrent writers are safe: each article is written in one transaction under an advisory lock on its id, so two
writers of the same article store it once; actor rows are upserted in id order by the same fixed ranking as
SQLite, so the result does not depend on which writer came first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any

from ..errors import StoreError
from ..model import Quote
from .base import Hits
from .sql import _ORIGIN, Row, _found, _origin
from .sqlite import migrations
from .watching import WatchingStore

# An arbitrary constant naming the lock that serialises migrations across every process on the database.
MIGRATION_LOCK = 7_414_205_001


def redacted(url: str) -> str:
    """The URL as it may be printed: without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgresStore(WatchingStore):
    """Articles and their records in a PostgreSQL database, given as ``postgresql://user@host/db``."""

    NO_LIMIT = None  # PostgreSQL reads LIMIT NULL as none

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.path = redacted(url)
        self.read_only = read_only
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())[:200]
            raise StoreError(f"cannot connect to PostgreSQL ({reason})", self.path) from None
        try:
            # A store's reads are short and read what indexes find: compiling them (JIT, on by default since
            # PostgreSQL 12) cost 1.6 s of a 4 s read of the shifts' evidence on a 100,000-article store.
            self._run("SET jit = off")
            if read_only:
                self.conn.read_only = True
                if self._version() < migrations("postgres")[-1][0]:
                    raise StoreError(
                        "not a volteface store, or made by an older volteface (`volteface run` on it "
                        "creates it, `volteface reprocess --db` upgrades it)",
                        self.path,
                    )
            else:
                self._migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(
                f"cannot open the store ({' '.join(str(exc).split())[:200]})", self.path
            ) from None

    def _version(self) -> int:
        found = self._rows("SELECT to_regclass('volteface_schema') IS NOT NULL AS present")[0]["present"]
        if not found:
            return 0
        return self._rows("SELECT version FROM volteface_schema")[0]["version"]

    def _migrate(self) -> None:
        """Apply the migrations not applied yet, in one transaction under a database-wide lock: two first runs
        at once apply each migration once."""
        with self._transaction():
            self._run("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            self._run("CREATE TABLE IF NOT EXISTS volteface_schema (version INTEGER NOT NULL)")
            if not self._rows("SELECT version FROM volteface_schema"):
                self._run("INSERT INTO volteface_schema VALUES (0)")
            current = self._version()
            for number, script in migrations("postgres"):
                if number > current:
                    self.conn.execute(script)  # type: ignore[arg-type]  # a shipped script, no parameters
                    self._run("UPDATE volteface_schema SET version = ?", (number,))

    def close(self) -> None:
        self.conn.close()

    # -- what the shared part needs ------------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        with self.conn.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), tuple(params))  # type: ignore[arg-type]
            return list(cursor.fetchall()) if cursor.description else []

    def _run(self, sql: str, params: Iterable[Any] = ()) -> None:
        self.conn.execute(sql.replace("?", "%s"), tuple(params))  # type: ignore[arg-type]

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), rows)  # type: ignore[arg-type]

    def _transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def _lock_article(self, article_id: str) -> None:
        self._run("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (article_id,))

    def search(self, text: str, limit: int = 50) -> Hits:
        """Articles and quotes holding all the words, best first (``plainto_tsquery``: the words as words, no
        search operators). Articles rank by how their headline and lead hold the words, then newest first."""
        if not text.split():
            return Hits([], [])
        with self.conn.transaction():
            # the planner prices a scan of every article below the GIN index for a common word, not knowing that
            # each row's whole-text vector lies out of line (0.5 s on 100,000 articles); the index reads none
            self._run("SET LOCAL enable_seqscan = off")
            return self._search(text, limit)

    def _search(self, text: str, limit: int) -> Hits:
        articles = self._rows(
            "SELECT a.id AS article_id, a.title, a.date AS article_date, a.source AS outlet, a.url, a.record_id, "
            "ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6') AS snippet "
            "FROM articles a, plainto_tsquery('english', ?) q WHERE a.search @@ q "
            "ORDER BY ts_rank(a.search_lead, q) DESC, a.date DESC NULLS LAST, a.id LIMIT ?",
            (text, limit),
        )
        quotes = self._rows(
            f"SELECT qu.*, {_ORIGIN}, qu.content AS evidence FROM quotes qu "
            "JOIN articles a ON a.id = qu.article_id, plainto_tsquery('english', ?) q WHERE qu.search @@ q "
            "ORDER BY ts_rank(qu.search, q) DESC, qu.article_id, qu.idx LIMIT ?",
            (text, limit),
        )
        return Hits([(_origin(r), r["snippet"]) for r in articles], [_found(Quote, r) for r in quotes])
