"""What every SQL backend shares: writing an article with its records in one transaction, and the reads of the
store's interface (``base.Store``), written once in the SQL that SQLite and PostgreSQL both speak. Each backend
module supplies its connection, its transactions, its migrations and its full-text search.

Placeholders are written ``?``; a backend whose driver wants another style rewrites them in ``_sql``. Dates are
stored as ISO text and booleans as 0/1 in both backends, so the same rows read back as the same records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, Self

from ..model import Actor, ActorSummary, Article, Event, Found, Origin, Quote, Stance
from .base import Hits, Selection
from .rows import ACTOR_COLUMNS, ARTICLE_COLUMNS, CHILD_TABLES, columns, from_row, to_row

Row = Mapping[str, Any]


class SQLStore:
    """The shared part of the SQL backends (see the module docstring)."""

    path: str
    read_only: bool = False
    NO_LIMIT: int | None = None  # the LIMIT value that means "all rows"
    NO_INDEX = ""  # a prefix that keeps the planner off a column's index (SQLite's unary plus)

    # -- what a backend supplies -----------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def _run(self, sql: str, params: Iterable[Any] = ()) -> None:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def search(self, text: str, limit: int = 50) -> Hits:
        raise NotImplementedError

    def _lock_article(self, article_id: str) -> None:
        """Keep other writers of the same article out until this transaction ends (SQLite's write transaction
        already does)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------

    def save(self, article: Article, *, replace_existing: bool = False) -> bool:
        """Store an article and its records in one transaction; False when it was already stored."""
        return self._save(article, replace_existing)

    def has(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 AS found FROM articles WHERE id = ?", (article_id,)))

    def _save(self, article: Article, replace_existing: bool) -> bool:
        with self._transaction():
            self._lock_article(article.id)
            old_date, old_mentions = None, Counter[str]()
            if self.has(article.id):
                if not replace_existing:
                    return False
                old_date, old_mentions = self._mentioned(article.id)
                self._run("DELETE FROM articles WHERE id = ?", (article.id,))
            values = [getattr(article, c) for c in ARTICLE_COLUMNS]
            values[2] = article.date.isoformat() if article.date else None
            stored_at = datetime.now(UTC).isoformat(timespec="microseconds")
            self._run(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, stored_at) "
                f"VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})",
                (*values, stored_at),
            )
            for actor in sorted(
                article.actors, key=lambda a: a.id
            ):  # one order for every writer: no deadlock
                self._run(ACTOR_UPSERT, tuple(getattr(actor, c) for c in ACTOR_COLUMNS))
            for table, (record_type, attr) in CHILD_TABLES.items():
                cols = columns(record_type)
                sql = (
                    f"INSERT INTO {table} (article_id, idx, {', '.join(cols)}) "
                    f"VALUES (?, ?, {', '.join('?' * len(cols))})"
                )
                rows = [(article.id, i, *to_row(r)) for i, r in enumerate(getattr(article, attr))]
                self._run_many(sql, rows)
            new_mentions = Counter(m.actor_id for m in article.mentions)
            self._count_actors(values[2], new_mentions, old_date, old_mentions)
            self._run("UPDATE store_version SET version = version + 1")  # last: other writers wait least
        return True

    def _mentioned(self, article_id: str) -> tuple[str | None, Counter[str]]:
        """A stored article's date and how often it mentions each actor."""
        date_rows = self._rows("SELECT date FROM articles WHERE id = ?", (article_id,))
        rows = self._rows(
            "SELECT actor_id, COUNT(*) AS n FROM mentions WHERE article_id = ? GROUP BY actor_id",
            (article_id,),
        )
        return date_rows[0]["date"], Counter({r["actor_id"]: r["n"] for r in rows})

    def _count_actors(
        self,
        day: str | None,
        mentions: Counter[str],
        old_day: str | None = None,
        old_mentions: Counter[str] | None = None,
    ) -> None:
        """Keep ``actor_counts`` right as an article is written: its mentions added, and those of the version
        it replaces taken away. A first or last date the replaced version alone held is read again from the
        articles that are left."""
        old_mentions = old_mentions or Counter()
        for actor_id in sorted(
            mentions.keys() | old_mentions.keys()
        ):  # one order for every writer: no deadlock
            still = actor_id in mentions
            self._run(
                ACTOR_COUNT,
                (
                    actor_id,
                    mentions[actor_id] - old_mentions[actor_id],
                    int(still) - int(actor_id in old_mentions),
                    day if still else None,
                    day if still else None,
                ),
            )
            if actor_id in old_mentions and old_day is not None and not (still and day == old_day):
                self._run(ACTOR_EDGES, (old_day, old_day, actor_id))
        if old_mentions:
            self._run("DELETE FROM actor_counts WHERE articles = 0")

    def version(self) -> tuple[str, int]:
        """The store's id and a number that grows with every article written: what a cache is keyed by."""
        row = self._rows("SELECT id, version FROM store_version")[0]
        return row["id"], row["version"]

    def kept_reading(self, question: str) -> str | None:
        """What ``keep_reading`` kept for ``question`` at the store's current version, or None."""
        rows = self._rows(
            "SELECT k.reading FROM kept_readings k, store_version v "
            "WHERE k.question = ? AND k.store_version = v.version",
            (question,),
        )
        return rows[0]["reading"] if rows else None

    def keep_reading(self, question: str, version: int, reading: str) -> None:
        """Keep a reading of the store made at ``version`` (a store opened read-only keeps nothing)."""
        if self.read_only:
            return
        with self._transaction():
            self._run("DELETE FROM kept_readings WHERE question = ?", (question,))
            self._run(
                "INSERT INTO kept_readings (question, store_version, reading) VALUES (?, ?, ?)",
                (question, version, reading),
            )

    # -- reading -------------------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        return [r["id"] for r in self._rows("SELECT id FROM articles ORDER BY date NULLS LAST, id")]

    def article(self, article_id: str) -> Article | None:
        """One article with all its records, or None."""
        found = self._rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not found:
            return None
        row = found[0]
        children: dict[str, Any] = {}
        for table, (record_type, attr) in CHILD_TABLES.items():
            rows = self._rows(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", (article_id,))
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
            record_id=row["record_id"],
            extractor_version=row["extractor_version"],
        )
        return replace(article, actors=actors, **children)

    def articles(self) -> Iterator[Article]:
        """Every stored article, oldest first (undated last)."""
        for article_id in self.article_ids():
            article = self.article(article_id)
            if article is not None:
                yield article

    def actor(self, actor_id: str) -> Actor | None:
        rows = self._rows("SELECT * FROM actors WHERE id = ?", (actor_id,))
        return Actor(**{c: rows[0][c] for c in ACTOR_COLUMNS}) if rows else None

    def article_list(self, selection: Selection) -> tuple[int, list[Origin]]:
        """(how many articles match, the page of them asked for), newest first."""
        where, params = _where(
            [
                ("date >= ?", _day(selection.since)),
                ("date <= ?", _day(selection.until)),
                ("source = ?", selection.outlet),
            ]
        )
        total = self._rows(f"SELECT COUNT(*) AS n FROM articles a WHERE {where}", params)[0]["n"]
        rows = self._rows(
            f"SELECT a.id AS article_id, {_ORIGIN} FROM articles a "
            f"WHERE {where} ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [*params, *self._page(selection)],
        )
        return total, [_origin(r) for r in rows]

    def quotes(self, selection: Selection) -> list[Found[Quote]]:
        """Statements (and, with ``beliefs``, reported thoughts), newest first."""
        actor = selection.actor.lower() if selection.actor else None
        where, params = _where(
            [
                ("q.kind != 'belief'", not selection.beliefs or None),
                ("q.kind = ?", selection.kind),
                ("q.speaker_actor = ?", selection.actor if selection.by_id else None),
                (
                    (
                        "(q.speaker_actor = ? OR lower(q.speaker) LIKE ? ESCAPE '\\' "
                        "OR lower(q.speaker_actor) LIKE ? ESCAPE '\\')"
                    ),
                    (selection.actor, _like(actor), _like(actor)) if actor and not selection.by_id else None,
                ),
                ("q.date >= ?", _day(selection.since)),
                ("q.date <= ?", _day(selection.until)),
                (
                    "lower(q.content) LIKE ? ESCAPE '\\'",
                    _like(selection.text.lower()) if selection.text else None,
                ),
            ]
        )
        return self._newest(Quote, "quotes q", "q.content", where, params, selection)

    def events(self, selection: Selection) -> list[Found[Event]]:
        """Events, newest first; ``asserted`` keeps the ones told as having happened, dated."""
        where, params = _events_where(selection)
        return self._newest(
            Event, "events e", _text("e.sentence_start", "e.sentence_end"), where, params, selection
        )

    def event_tones(self, selection: Selection) -> list[Row]:
        """What a relation series counts of the selected events, in the order of ``events``: the source and
        target codes, the date, the quad class and the Goldstein weight (no record, article or evidence to
        build: a dyad's series reads tens of thousands)."""
        where, params = _events_where(selection)
        return self._rows(
            f"SELECT e.source, e.target, e.date, e.quad, e.goldstein FROM events e WHERE {where} "
            "ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
            [*params, *self._page(selection)],
        )

    def stances(self, selection: Selection) -> list[Found[Stance]]:
        """Stances, newest first; ``actor`` is the holder's id, ``target`` the target's id."""
        where, params = _where(
            [
                ("s.holder = ?", selection.actor),
                ("s.target = ?", selection.target),
                ("s.date >= ?", _day(selection.since)),
                ("s.date <= ?", _day(selection.until)),
            ]
        )
        return self._newest(
            Stance, "stances s", _text("s.evidence_start", "s.evidence_end"), where, params, selection
        )

    def _newest(
        self,
        record_type: type,
        table: str,
        evidence: str,
        where: str,
        params: list[Any],
        selection: Selection,
    ) -> list[Found]:
        """Records of a child table (``"quotes q"``: the table and its alias) with their article and evidence,
        newest first, one page of the selection. The records are read first and their articles looked up
        (CROSS JOIN keeps SQLite to that order: a speaker's quotes chosen by name made it scan every article,
        then sort; 1.4 s instead of 0.2 s on 158,000 articles)."""
        alias = table.split()[1]
        rows = self._rows(
            f"SELECT {alias}.*, {_ORIGIN}, {evidence} AS evidence FROM {table} "
            f"CROSS JOIN articles a WHERE a.id = {alias}.article_id AND {where} "
            f"ORDER BY {alias}.date DESC NULLS LAST, {alias}.article_id, {alias}.idx LIMIT ? OFFSET ?",
            [*params, *self._page(selection)],
        )
        return [_found(record_type, r) for r in rows]

    def evidence(self, article_id: str, start: int, end: int) -> str | None:
        """The text of an article between two offsets."""
        rows = self._rows(
            "SELECT substr(text, ? + 1, ? - ?) AS part FROM articles WHERE id = ?",
            (start, end, start, article_id),
        )
        return rows[0]["part"] if rows else None

    def find_actor(self, name: str) -> str | None:
        """An actor id from an id or a (part of a) name, the most mentioned match first."""
        rows = self._rows(
            "SELECT ac.id FROM actors ac LEFT JOIN actor_counts c ON c.actor_id = ac.id "
            "WHERE ac.id = ? OR lower(ac.name) LIKE ? ESCAPE '\\' "
            "ORDER BY ac.id = ? DESC, COALESCE(c.mentions, 0) DESC, ac.id LIMIT 1",
            (name, _like(name.lower()), name),
        )
        return rows[0]["id"] if rows else None

    def actor_summaries(self, limit: int = 500, offset: int = 0) -> list[ActorSummary]:
        """Actors by number of mentions, with the articles and dates they appear in (kept as articles are
        written: ``actor_counts``)."""
        rows = self._rows(
            "SELECT ac.*, c.mentions, c.articles, c.first_date AS first, c.last_date AS last FROM actor_counts c "
            "JOIN actors ac ON ac.id = c.actor_id ORDER BY c.mentions DESC, ac.id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [
            ActorSummary(
                Actor(**{c: r[c] for c in ACTOR_COLUMNS}),
                r["mentions"],
                r["articles"],
                _date(r["first"]),
                _date(r["last"]),
            )
            for r in rows
        ]

    def articles_per_month(self) -> list[tuple[str, int]]:
        """Dated articles per calendar month ("2025-02"), in order."""
        return [
            (r["month"], r["n"])
            for r in self._rows(
                "SELECT substr(date, 1, 7) AS month, COUNT(*) AS n FROM articles WHERE date IS NOT NULL "
                "GROUP BY month ORDER BY month"
            )
        ]

    def articles_per_day(self) -> list[tuple[date, int]]:
        """Dated articles per day, in order: the coverage a relation series is read against."""
        return [
            (_date(r["day"]), r["n"])  # type: ignore[misc]
            for r in self._rows(
                "SELECT date AS day, COUNT(*) AS n FROM articles WHERE date IS NOT NULL GROUP BY date ORDER BY date"
            )
        ]

    def dyads(self, limit: int = 30) -> list[tuple[str, int]]:
        """The pairs of countries (or bodies) with the most asserted events between them: "USA:RUS"."""
        return [
            (r["dyad"], r["n"])
            for r in self._rows(
                "SELECT substr(source, 1, 3) || ':' || substr(target, 1, 3) AS dyad, COUNT(*) AS n FROM events "
                "WHERE negated = 0 AND hypothetical = 0 AND source IS NOT NULL AND target IS NOT NULL "
                "AND substr(source, 1, 3) != substr(target, 1, 3) GROUP BY dyad ORDER BY n DESC, dyad LIMIT ?",
                (limit,),
            )
        ]

    def outlets(self, limit: int = 10) -> list[tuple[str, int]]:
        """The outlets with the most articles ("(none)" for articles without one)."""
        return [
            (r["s"], r["n"])
            for r in self._rows(
                "SELECT COALESCE(source, '(none)') AS s, COUNT(*) AS n FROM articles GROUP BY s "
                "ORDER BY n DESC, s LIMIT ?",
                (limit,),
            )
        ]

    def counts(self) -> dict[str, int]:
        """Rows per table, plus undated articles."""
        out = {
            t: self._rows(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
            for t in ("articles", "actors", *CHILD_TABLES)
        }
        out["undated"] = self._rows("SELECT COUNT(*) AS n FROM articles WHERE date IS NULL")[0]["n"]
        return out

    # -- DataFrames for notebooks (pandas, an optional extra) ---------------------------------------------

    def quotes_frame(self, **selection: Any) -> Any:
        """Quotes as a pandas DataFrame (``frames.frame``); ``beliefs=True`` adds reported thoughts."""
        from ..frames import frame

        return frame(self, "quotes", **selection)  # type: ignore[arg-type]

    def events_frame(self, **selection: Any) -> Any:
        """Events as a pandas DataFrame; ``asserted=True`` keeps the ones that happened."""
        from ..frames import frame

        return frame(self, "events", **selection)  # type: ignore[arg-type]

    def stances_frame(self, **selection: Any) -> Any:
        """Stances as a pandas DataFrame."""
        from ..frames import frame

        return frame(self, "stances", **selection)  # type: ignore[arg-type]

    def shifts_frame(self, **selection: Any) -> Any:
        """Shifts as a pandas DataFrame, both sides' evidence in ``before_*`` and ``after_*`` columns."""
        from ..frames import frame

        return frame(self, "shifts", **selection)  # type: ignore[arg-type]

    # -- what shift detection reads ----------------------------------------------------------------------

    def stance_evidence(self, lead: int, holders: Iterable[str] | None = None) -> list[Row]:
        """Every dated favor/against stance (of these holders, when given) with what a shift needs to judge
        its evidence: the sentence (``text``), up to ``lead`` characters before it and 3 after (is it a list
        item, a headline?), the report's date, the quote's kind, and the quad class and root of the event it was
        read from. In no order: the caller sorts (a database sorting rows this wide spills to disk)."""
        among, params = _among("s.holder", holders)
        event = (
            f"FROM events e WHERE e.article_id = s.article_id AND e.sentence_start = s.evidence_start "
            f"AND {self.NO_INDEX}e.source_actor = s.holder AND {self.NO_INDEX}e.target_actor = s.target"
        )
        rows = self._rows(
            "SELECT s.holder, s.target, s.label, s.score, s.date, s.article_id, s.idx, s.evidence_start, s.evidence_end, "
            f"s.quote_ref, s.turned, q.kind, (SELECT max(e.quad) {event}) AS quad, "
            f"(SELECT max(e.root) {event}) AS root, {_around('s.evidence_start', 's.evidence_end', lead)}, "
            "a.title, a.source AS outlet, a.url "
            "FROM stances s JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN quotes q ON q.article_id = s.article_id AND q.idx = s.quote_ref "
            f"WHERE s.date IS NOT NULL AND s.label IN ('favor', 'against') AND {among}",
            params,
        )
        return [_cut(row, lead) for row in rows]

    def force_evidence(
        self, lead: int, roots: Iterable[str], holders: Iterable[str] | None = None
    ) -> list[Row]:
        """The use of force (events of these roots; by these holders, when given) as rows of the shape of
        ``stance_evidence``: asserted by the news (not inside someone's words), one per sentence and dyad,
        'against' with its intensity."""
        roots = sorted(roots)
        among, params = _among("e.source_actor", holders)
        rows = self._rows(
            "SELECT e.source_actor AS holder, e.target_actor AS target, 'against' AS label, "
            "max(abs(e.goldstein)) / 10.0 AS score, min(e.date) AS date, e.article_id, "
            "e.sentence_start AS evidence_start, min(e.sentence_end) AS evidence_end, NULL AS quote_ref, "
            "0 AS turned, NULL AS kind, max(e.quad) AS quad, max(e.root) AS root, "
            f"{_around('e.sentence_start', 'min(e.sentence_end)', lead, grouped=True)}, min(a.title) AS title, "
            "min(a.source) AS outlet, min(a.url) AS url "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.root IN ({', '.join('?' * len(roots))}) AND e.negated = 0 AND e.hypothetical = 0 "
            "AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL AND e.source_actor != e.target_actor "
            "AND e.date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = e.article_id "
            f"AND e.trigger_start >= q.content_start AND e.trigger_start < q.content_end) AND {among} "
            "GROUP BY e.article_id, e.sentence_start, e.source_actor, e.target_actor",
            [*roots, *params],
        )
        return [_cut(row, lead) for row in rows]

    def _page(self, selection: Selection) -> tuple[int | None, int]:
        """LIMIT and OFFSET values for a selection."""
        return (self.NO_LIMIT if selection.limit is None else selection.limit), selection.offset


# One row per actor id, whatever order articles arrive in (one process or several writers): of the
# descriptions articles give of the same actor, the store keeps the best by a fixed order — a code and a
# country over none, the fuller name, then the smallest values — so every run of the same input gives the same
# actors table.
_RANK = (
    "({t}.code IS NULL, {t}.country IS NULL, -length({t}.name), {t}.name, coalesce({t}.code, ''), "
    "coalesce({t}.country, ''), coalesce({t}.sector, ''), {t}.kind)"
)
ACTOR_UPSERT = (
    f"INSERT INTO actors ({', '.join(ACTOR_COLUMNS)}) VALUES ({', '.join('?' * len(ACTOR_COLUMNS))}) "
    f"ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ACTOR_COLUMNS if c != "id")
    + f" WHERE {_RANK.format(t='excluded')} < {_RANK.format(t='actors')}"
)

# An article's mentions of an actor added to its kept counts (or, negative, taken away), its date widening the
# actor's first and last (MIN and MAX skip an undated article: NULL).
ACTOR_COUNT = (
    "INSERT INTO actor_counts (actor_id, mentions, articles, first_date, last_date) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(actor_id) DO UPDATE SET mentions = actor_counts.mentions + excluded.mentions, "
    "articles = actor_counts.articles + excluded.articles, "
    "first_date = COALESCE(CASE WHEN excluded.first_date < actor_counts.first_date THEN excluded.first_date "
    "ELSE actor_counts.first_date END, excluded.first_date), "
    "last_date = COALESCE(CASE WHEN excluded.last_date > actor_counts.last_date THEN excluded.last_date "
    "ELSE actor_counts.last_date END, excluded.last_date)"
)
# An actor's first and last dates read again from its articles, when the article taken away was on one of them.
ACTOR_EDGES = (
    "UPDATE actor_counts SET "
    "first_date = (SELECT MIN(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE m.actor_id = actor_counts.actor_id), "
    "last_date = (SELECT MAX(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE m.actor_id = actor_counts.actor_id) "
    "WHERE (first_date = ? OR last_date = ?) AND actor_id = ?"
)

# The article columns read with every record, named so they do not collide with the record's own.
_ORIGIN = "a.title, a.date AS article_date, a.source AS outlet, a.url, a.record_id"


def _text(start: str, end: str, text: str = "a.text") -> str:
    """SQL for an article's text between two offset columns (SQL strings count from 1)."""
    return f"substr({text}, {start} + 1, {end} - {start})"


def _around(start: str, end: str, lead: int, grouped: bool = False) -> str:
    """The evidence with the ``lead`` characters before it and the 3 after, as one SQL column (``around``: the
    article's text is read once per row, where three cuts made PostgreSQL decompress it three times), and the
    report's date (``reported``), in the SQL both backends speak; ``_cut`` cuts the parts apart."""
    text = "min(a.text)" if grouped else "a.text"
    return (
        f"substr({text}, CASE WHEN {start} + 1 - {lead} > 1 THEN {start} + 1 - {lead} ELSE 1 END, "
        f"{end} + 3 - CASE WHEN {start} < {lead} THEN 0 ELSE {start} - {lead} END) AS around, "
        f"{'min(a.date)' if grouped else 'a.date'} AS reported"
    )


def _cut(row: Row, lead: int) -> dict[str, Any]:
    """A row read with ``_around``, its evidence (``text``), the characters before it (``lead``) and the 3
    after (``tail``) cut apart."""
    data = dict(row)
    start, end = data["evidence_start"], data["evidence_end"]
    first = max(0, start - lead)  # where ``around`` begins in the article's text
    around = data.pop("around") or ""
    data.update(
        text=around[start - first : end - first],
        lead=around[: start - first],
        tail=around[end - first : end - first + 3],
    )
    return data


def _where(conditions: list[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """An SQL condition and its parameters from (clause, value) pairs; a None value leaves its clause out, a
    tuple gives several parameters, True adds a clause without one."""
    clauses: list[str] = ["1 = 1"]
    params: list[Any] = []
    for clause, value in conditions:
        if value is None:
            continue
        clauses.append(clause)
        if isinstance(value, tuple):
            params.extend(value)
        elif value is not True:
            params.append(value)
    return " AND ".join(clauses), params


def _events_where(selection: Selection) -> tuple[str, list[Any]]:
    """The condition on events (``e``) for a selection."""
    return _where(
        [
            ("e.source LIKE ? ESCAPE '\\'", _prefix(selection.source)),
            ("e.target LIKE ? ESCAPE '\\'", _prefix(selection.target)),
            (
                "(e.source_actor = ? OR e.target_actor = ?)",
                (selection.actor, selection.actor) if selection.actor else None,
            ),
            ("e.root = ?", selection.root),
            ("e.negated = 0 AND e.hypothetical = 0 AND e.date IS NOT NULL", selection.asserted or None),
            ("e.date >= ?", _day(selection.since)),
            ("e.date <= ?", _day(selection.until)),
        ]
    )


def _among(column: str, values: Iterable[str] | None) -> tuple[str, list[str]]:
    """An SQL condition keeping the rows whose column is one of the values (every row when None)."""
    if values is None:
        return "1 = 1", []
    values = sorted(set(values))
    return (f"{column} IN ({', '.join('?' * len(values))})" if values else "1 = 0"), values


def _like(text: str | None) -> str | None:
    """A user's text as a LIKE pattern that matches it anywhere, its own % and _ taken literally."""
    if text is None:
        return None
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _prefix(code: str | None) -> str | None:
    """A code prefix (USA matches USAGOV) as a LIKE pattern."""
    return None if not code else code.upper().replace("%", "\\%").replace("_", "\\_") + "%"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _origin(row: Row) -> Origin:
    return Origin(
        row["article_id"],
        row["title"],
        _date(row["article_date"]),
        row["outlet"],
        row["url"],
        row["record_id"],
    )


def _found(record_type: type, row: Row) -> Found:
    data = dict(row)
    return Found(from_row(record_type, data), _origin(row), data["idx"], data["evidence"] or "")
