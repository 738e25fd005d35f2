"""The store boundary: what every backend does, in records. ``analyze/``, ``query.py``, ``serve/`` and ``report/``
read through these methods and never write SQL; each backend keeps its SQL in its own module under ``store/``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, Self

from ..model import Actor, ActorSummary, Alert, Article, Event, Found, Origin, Quote, Stance


@dataclass(frozen=True, slots=True)
class Selection:
    """Which records a read wants. Every field is optional; the defaults select everything, newest first.

    ``actor`` matches a speaker (quotes), a source or target actor (events) or a holder (stances): an actor id,
    or a case-insensitive part of a speaker's name. ``source`` and ``target`` are code prefixes (USA matches
    USAGOV). ``outlet`` is an article's source (the paper or wire). ``root`` is a CAMEO root code ("19"). ``asserted`` keeps only events that happened (not negated,
    not hypothetical, dated). ``beliefs`` adds reported thoughts to statements. ``text`` matches words in the
    evidence."""

    actor: str | None = None
    by_id: bool = False  # ``actor`` is an actor id, matched exactly (an actor page), never a part of a name
    source: str | None = None
    target: str | None = None
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    kind: str | None = None
    root: str | None = None
    asserted: bool = False
    beliefs: bool = False
    text: str | None = None
    limit: int | None = 200  # None: all
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Hits:
    """What a word search found: articles with a snippet, and quotes."""

    articles: list[tuple[Origin, str]]
    quotes: list[Found[Quote]]


@dataclass(frozen=True, slots=True)
class Seen:
    """What a watcher last saw of one item of a source: a file (``modified`` its mtime and size), a feed (its
    ETag and Last-Modified), a feed item or a sitemap URL (the article it gave, or the problem that keeps it out)."""

    source: str
    item: str
    etag: str | None = None
    modified: str | None = None
    article_id: str | None = None
    problem: str | None = None


class Store(Protocol):
    """A store of articles and their records (SQLite by default, PostgreSQL when shared)."""

    path: str  # where it is: a file path, or a database URL
    read_only: bool  # opened to read only: it keeps no readings (``keep_reading``)

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...

    # -- writing
    def has(self, article_id: str) -> bool: ...

    def save(self, article: Article, *, replace_existing: bool = False) -> bool: ...

    # -- whole articles
    def article(self, article_id: str) -> Article | None: ...

    def article_ids(self) -> list[str]: ...

    def articles(self) -> Iterator[Article]: ...

    def article_list(self, selection: Selection) -> tuple[int, list[Origin]]: ...

    # -- records, each with its article and evidence
    def quotes(self, selection: Selection) -> list[Found[Quote]]: ...

    def events(self, selection: Selection) -> list[Found[Event]]: ...

    def stances(self, selection: Selection) -> list[Found[Stance]]: ...

    def evidence(self, article_id: str, start: int, end: int) -> str | None: ...

    def event_tones(self, selection: Selection) -> list[Mapping[str, Any]]: ...

    # -- actors
    def actor(self, actor_id: str) -> Actor | None: ...

    def find_actor(self, name: str) -> str | None: ...

    def actor_summaries(self, limit: int = 500, offset: int = 0) -> list[ActorSummary]: ...

    # -- DataFrames for notebooks (pandas, an optional extra)
    def quotes_frame(self, **selection: Any) -> Any: ...

    def events_frame(self, **selection: Any) -> Any: ...

    def stances_frame(self, **selection: Any) -> Any: ...

    def shifts_frame(self, **selection: Any) -> Any: ...

    # -- what shift detection reads (rows: holder, target, label, score, date, article_id, evidence_start,
    #    evidence_end, quote_ref, turned, kind, quad, root, text, lead, tail, reported)
    def stance_evidence(self, lead: int, holders: Iterable[str] | None = None) -> list[Mapping[str, Any]]: ...

    def force_evidence(
        self, lead: int, roots: Iterable[str], holders: Iterable[str] | None = None
    ) -> list[Mapping[str, Any]]: ...

    def version(self) -> tuple[str, int]: ...

    def kept_reading(self, question: str) -> str | None: ...

    def keep_reading(self, question: str, version: int, reading: str) -> None: ...

    # -- counts and search
    def counts(self) -> dict[str, int]: ...

    def articles_per_month(self) -> list[tuple[str, int]]: ...

    def articles_per_day(self) -> list[tuple[date, int]]: ...

    def dyads(self, limit: int = 30) -> list[tuple[str, int]]: ...

    def outlets(self, limit: int = 10) -> list[tuple[str, int]]: ...

    def search(self, text: str, limit: int = 50) -> Hits: ...

    # -- keeping watch (what was seen, alerts), reprocessing, integrity
    def seen(self, source: str, items: Iterable[str]) -> dict[str, Seen]: ...

    def mark_seen(self, marks: Iterable[Seen]) -> None: ...

    def stored_urls(self, urls: Iterable[str]) -> dict[str, str]: ...

    def touched(self, article_ids: Iterable[str]) -> set[tuple[str, str]]: ...

    def stored_since(self, mark: str) -> list[tuple[str, str]]: ...

    def last_stored(self) -> str | None: ...

    def add_alert(self, alert: Alert) -> bool: ...

    def alerts(
        self,
        since: str | None = None,
        *,
        shift: tuple[str, str, str] | None = None,
        unsent: bool = False,
        limit: int | None = None,
    ) -> list[Alert]: ...

    def mark_sent(self, alert_ids: Iterable[str]) -> None: ...

    def extractor_versions(self) -> list[tuple[str | None, int]]: ...

    def article_ids_made_by(
        self, versions: Iterable[str | None], after: str = "", limit: int = 100
    ) -> list[str]: ...

    def check(self) -> list[str]: ...
