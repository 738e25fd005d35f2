"""The data model: the only shapes that cross stage boundaries.

Frozen, slotted, picklable dataclasses with no spaCy objects inside. Every extracted fact carries the
character span of its evidence in ``Article.text``; ``Article.id`` names the article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from typing import Any, Generic, TypeVar


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start : self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: ``id`` is stable across names and titles, ``code`` is CAMEO style (``USAGOV``)."""

    id: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "unknown"  # person / state / organisation / group / unnamed / unknown


def side(code: str) -> str:
    """The side an actor code acts for: its country ("RUSGOV" → RUS), or the whole code of an IGO ("IGONATO")."""
    return code if code.startswith("IGO") else code[:3]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names an actor."""

    span: Span
    text: str
    actor_id: str


@dataclass(frozen=True, slots=True)
class Post:
    """A social-media post embedded in an article, with its real author and date."""

    platform: str
    author: str
    handle: str | None
    date: date | None
    text: str
    span: Span
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: ``kind`` is direct / indirect / mixed / post; ``via`` names a carrier (a post's author)."""

    speaker: str | None
    speaker_span: Span | None
    cue: str | None
    cue_span: Span | None
    content: str
    content_span: Span
    kind: str
    date: date | None
    date_source: str = "article"  # post / sentence / article / none
    speaker_actor: str | None = None
    via: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: actor codes, CAMEO code and root, PLOVER type, quad class, Goldstein value."""

    source: str | None
    target: str | None
    code: str
    root: str
    plover: str | None
    mode: str | None
    quad: int
    goldstein: float
    negated: bool
    hypothetical: bool
    date: date | None
    sentence_span: Span
    trigger_span: Span
    confidence: float = 0.5
    source_actor: str | None = None
    target_actor: str | None = None
    mentions: int = 1  # how many times the article reports this one occurrence


@dataclass(frozen=True, slots=True)
class Stance:
    """Who stands where: ``target`` is an actor id or a proposition id; label favor / against / none."""

    holder: str
    target: str
    label: str
    score: float
    date: date | None
    evidence_span: Span
    quote_ref: int | None = None  # index into Article.quotes when the stance comes from a quote
    turned: bool = False  # the sentence tells that the holder came to this side from the other ("relented")


@dataclass(frozen=True, slots=True)
class Shift:
    """A change of stance by ``holder`` toward ``target`` (an actor id or a proposition id). ``before`` and
    ``after`` are the evidence: a stance each, with its article (headline, outlet, date, URL) and sentence."""

    holder: str
    target: str
    kind: str  # reversal / narrated reversal / softening / hardening
    magnitude: float
    before: Found[Stance]
    after: Found[Stance]
    strength: float = (
        0.0  # what a list of shifts is ranked by: magnitude weighted by the thinner side's support
    )
    support_before: int = 0  # the stances on the old side ...
    support_after: int = 0  # ... and on the new one
    before_told: bool = (
        False  # the old side is known only from the telling of the turn ("after months of stalling")
    )

    def row(self) -> dict[str, Any]:
        """One JSON object: the shift's fields, with both sides as flat rows (``Found.row``)."""
        return {
            **{f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("before", "after")},
            "before": self.before.row(),
            "after": self.after.row(),
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One news article with everything extracted from it."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    date_source: str = "none"  # text / html / feed / field / cli / none
    url: str | None = None
    source: str | None = None
    lang: str = "en"
    posts: tuple[Post, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    stances: tuple[Stance, ...] = ()
    provenance: str | None = None  # where it was read from: "path", "path:line 3", "path#record 2"
    record_id: str | None = (
        None  # the input's own id for it (a record's "id", a feed item's id), to join back
    )
    extractor_version: str | None = None  # the extractors that made its records ("actors=1,events=1,...")


@dataclass(frozen=True, slots=True)
class Alert:
    """A shift a watcher saw appear, or saw its evidence grow: ``record`` is the JSON it is told as (holder,
    target, kind, and each side's evidence with headline, outlet, date and URL); ``sent`` when a webhook took it."""

    id: str  # a hash of the shift and its evidence: the same alert is never raised twice
    created: str  # ISO timestamp, UTC
    holder: str
    target: str
    kind: str
    evidence: str  # the two sides' places, "article:start > article:start"
    support: int  # stances on the two sides together
    record: dict[str, Any]
    sent: str | None = None


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a stored record comes from, as a reader cites it: the article's id, headline, outlet, date, URL."""

    article_id: str
    title: str | None = None
    date: date | None = None
    outlet: str | None = None  # the article's ``source``: the paper, wire or site that published it
    url: str | None = None
    record_id: str | None = None  # the input's own id for the article, when it had one


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Found(Generic[R]):
    """A stored record read back with its place: the article it comes from, its index among that article's
    records of its kind, and the text of its evidence (the quote's words, the event's or stance's sentence)."""

    record: R
    origin: Origin
    idx: int
    evidence: str

    def row(self) -> dict[str, Any]:
        """One flat JSON row, as the CLI's ``--json`` and the API give it: the record's fields, its index and
        evidence, then its article (``article_id``, ``title``, ``article_date``, ``outlet``, ``url``)."""
        origin = self.origin
        return {
            **to_json(self.record),
            "idx": self.idx,
            "evidence": self.evidence,
            "article_id": origin.article_id,
            "title": origin.title,
            "article_date": origin.date.isoformat() if origin.date else None,
            "outlet": origin.outlet,
            "url": origin.url,
        }


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """An actor with how much the store says about it: mentions, articles, first and last dates."""

    actor: Actor
    mentions: int
    articles: int
    first: date | None
    last: date | None

    def row(self) -> dict[str, Any]:
        """One flat JSON row: the actor's fields, then the counts and dates."""
        return {
            **to_json(self.actor),
            "mentions": self.mentions,
            "articles": self.articles,
            "first": to_json(self.first),
            "last": to_json(self.last),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read (or was read with a problem): where, and what is wrong."""

    where: str
    problem: str
    fatal: bool = True  # False: the article was kept (e.g. an impossible date, kept undated)

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


_WS = re.compile(r"\s+")


def article_id(text: str, url: str | None = None) -> str:
    """The content hash that makes re-ingest a no-op: whitespace-folded text, plus the URL when known."""
    key = _WS.sub(" ", text).strip()
    if url:
        key = url.strip() + "\n" + key
    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def to_json(value: Any) -> Any:
    """A record as plain JSON-ready data: spans become ``[start, end]``, dates ISO strings."""
    if isinstance(value, Span):
        return value.as_list()
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


__all__ = [
    "Actor",
    "ActorSummary",
    "Alert",
    "Article",
    "Event",
    "Failure",
    "Found",
    "Mention",
    "Origin",
    "Post",
    "Quote",
    "Shift",
    "Span",
    "Stance",
    "article_id",
    "to_json",
]
