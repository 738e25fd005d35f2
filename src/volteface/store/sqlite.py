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
from ..model import Actor, ActorSummary, Article, Event, Found, Origin, Quote, Stance
from .base import Hits, Selection
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
        """Run a read-only query (inside ``store/`` only: the other stages read through the methods below)."""
        return self.conn.execute(sql, tuple(params)).fetchall()

    def article_list(self, selection: Selection) -> tuple[int, list[Origin]]:
        """(how many articles match, the page of them asked for), newest first."""
        where, params = _where([("date >= ?", _day(selection.since)), ("date <= ?", _day(selection.until)),
                                ("source = ?", selection.outlet)])
        total = self.conn.execute(f"SELECT COUNT(*) FROM articles a WHERE {where}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT a.id AS article_id, a.title, a.date AS article_date, a.source AS outlet, a.url FROM articles a "
            f"WHERE {where} ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?", [*params, *_page(selection)])
        return total, [_origin(r) for r in rows]

    def quotes(self, selection: Selection) -> list[Found[Quote]]:
        """Statements (and, with ``beliefs``, reported thoughts), newest first."""
        actor = selection.actor.lower() if selection.actor else None
        where, params = _where([
            ("q.kind != 'belief'", not selection.beliefs or None),
            ("q.kind = ?", selection.kind),
            (("(q.speaker_actor = ? OR lower(q.speaker) LIKE ? ESCAPE '\\' "
              "OR lower(q.speaker_actor) LIKE ? ESCAPE '\\')"),
             (selection.actor, _like(actor), _like(actor)) if actor else None),
            ("q.date >= ?", _day(selection.since)), ("q.date <= ?", _day(selection.until)),
            ("lower(q.content) LIKE ? ESCAPE '\\'", _like(selection.text.lower()) if selection.text else None),
        ])
        rows = self.conn.execute(
            f"SELECT q.*, {_ORIGIN}, q.content AS evidence FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE {where} ORDER BY q.date DESC, q.article_id, q.idx LIMIT ? OFFSET ?",
            [*params, *_page(selection)])
        return [_found(Quote, r) for r in rows]

    def events(self, selection: Selection) -> list[Found[Event]]:
        """Events, newest first; ``asserted`` keeps the ones told as having happened, dated."""
        where, params = _where([
            ("e.source LIKE ? ESCAPE '\\'", _prefix(selection.source)),
            ("e.target LIKE ? ESCAPE '\\'", _prefix(selection.target)),
            ("(e.source_actor = ? OR e.target_actor = ?)",
             (selection.actor, selection.actor) if selection.actor else None),
            ("e.root = ?", selection.root),
            ("e.negated = 0 AND e.hypothetical = 0 AND e.date IS NOT NULL", selection.asserted or None),
            ("e.date >= ?", _day(selection.since)), ("e.date <= ?", _day(selection.until)),
        ])
        rows = self.conn.execute(
            f"SELECT e.*, {_ORIGIN}, substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) "
            f"AS evidence FROM events e JOIN articles a ON a.id = e.article_id WHERE {where} "
            f"ORDER BY e.date DESC, e.article_id, e.idx LIMIT ? OFFSET ?", [*params, *_page(selection)])
        return [_found(Event, r) for r in rows]

    def stances(self, selection: Selection) -> list[Found[Stance]]:
        """Stances, newest first; ``actor`` is the holder's id, ``target`` the target's id."""
        where, params = _where([
            ("s.holder = ?", selection.actor), ("s.target = ?", selection.target),
            ("s.date >= ?", _day(selection.since)), ("s.date <= ?", _day(selection.until)),
        ])
        rows = self.conn.execute(
            f"SELECT s.*, {_ORIGIN}, substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) "
            f"AS evidence FROM stances s JOIN articles a ON a.id = s.article_id WHERE {where} "
            f"ORDER BY s.date DESC, s.article_id, s.idx LIMIT ? OFFSET ?", [*params, *_page(selection)])
        return [_found(Stance, r) for r in rows]

    def evidence(self, article_id: str, start: int, end: int) -> str | None:
        """The text of an article between two offsets."""
        row = self.conn.execute("SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
                                (start, end, start, article_id)).fetchone()
        return row[0] if row else None

    def find_actor(self, name: str) -> str | None:
        """An actor id from an id or a (part of a) name, the most mentioned match first."""
        row = self.conn.execute(
            "SELECT ac.id FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id "
            "WHERE ac.id = ? OR lower(ac.name) LIKE ? ESCAPE '\\' GROUP BY ac.id "
            "ORDER BY ac.id = ? DESC, COUNT(m.actor_id) DESC LIMIT 1",
            (name, _like(name.lower()), name)).fetchone()
        return row[0] if row else None

    def actor_summaries(self, limit: int = 500, offset: int = 0) -> list[ActorSummary]:
        """Actors by number of mentions, with the articles and dates they appear in."""
        rows = self.conn.execute(
            "SELECT ac.*, COUNT(*) AS mentions, COUNT(DISTINCT m.article_id) AS articles, MIN(a.date) AS first, "
            "MAX(a.date) AS last FROM mentions m JOIN actors ac ON ac.id = m.actor_id "
            "JOIN articles a ON a.id = m.article_id GROUP BY ac.id ORDER BY mentions DESC, ac.id LIMIT ? OFFSET ?",
            (limit, offset))
        return [ActorSummary(Actor(**{c: r[c] for c in ACTOR_COLUMNS}), r["mentions"], r["articles"],
                             _date(r["first"]), _date(r["last"])) for r in rows]

    def articles_per_month(self) -> list[tuple[str, int]]:
        """Dated articles per calendar month ("2025-02"), in order."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT substr(date, 1, 7) AS month, COUNT(*) FROM articles WHERE date IS NOT NULL "
            "GROUP BY month ORDER BY month")]

    def outlets(self, limit: int = 10) -> list[tuple[str, int]]:
        """The outlets with the most articles ("(none)" for articles without one)."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT COALESCE(source, '(none)') AS s, COUNT(*) AS n FROM articles GROUP BY s "
            "ORDER BY n DESC, s LIMIT ?", (limit,))]

    def search(self, text: str, limit: int = 50) -> Hits:
        """Articles and quotes holding all the words, best first (SQLite's FTS5, each word quoted, so no search
        operator gets through)."""
        words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
        terms = " ".join(f'"{w}"' for w in words[:12])
        if not terms:
            return Hits([], [])
        articles = self.conn.execute(
            "SELECT a.id AS article_id, a.title, a.date AS article_date, a.source AS outlet, a.url, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit))
        quotes = self.conn.execute(
            f"SELECT q.*, {_ORIGIN}, q.content AS evidence FROM quotes_fts JOIN quotes q "
            f"ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ? "
            f"ORDER BY rank LIMIT ?", (terms, limit))
        return Hits([(_origin(r), r["snippet"]) for r in articles], [_found(Quote, r) for r in quotes])

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

# The article columns read with every record, named so they do not collide with the record's own.
_ORIGIN = "a.title, a.date AS article_date, a.source AS outlet, a.url"


def _where(conditions: list[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """An SQL condition and its parameters from (clause, value) pairs; a None value leaves its clause out, a
    tuple gives several parameters, True adds a clause without one."""
    clauses, params = ["1 = 1"], []
    for clause, value in conditions:
        if value is None:
            continue
        clauses.append(clause)
        if isinstance(value, tuple):
            params.extend(value)
        elif value is not True:
            params.append(value)
    return " AND ".join(clauses), params


def _like(text: str | None) -> str | None:
    """A user's text as a LIKE pattern that matches it anywhere, its own % and _ taken literally."""
    if text is None:
        return None
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _prefix(code: str | None) -> str | None:
    """A code prefix (USA matches USAGOV) as a LIKE pattern."""
    return None if not code else code.upper().replace("%", "\\%").replace("_", "\\_") + "%"


def _page(selection: Selection) -> tuple[int, int]:
    """LIMIT and OFFSET values (SQLite reads a LIMIT of -1 as no limit)."""
    return (-1 if selection.limit is None else selection.limit), selection.offset


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _origin(row: sqlite3.Row) -> Origin:
    return Origin(row["article_id"], row["title"], _date(row["article_date"]), row["outlet"], row["url"])


def _found(record_type: type, row: sqlite3.Row) -> Found:
    data = dict(row)
    return Found(from_row(record_type, data), _origin(row), data["idx"], data["evidence"] or "")


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
