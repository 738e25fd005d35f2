"""An actor's timeline: what it said (quotes) and did or suffered (events), dated, each with its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Selection, Store


@dataclass(frozen=True, slots=True)
class TimelineItem:
    date: str | None
    kind: str  # said / did / target
    summary: str
    evidence: str
    article_id: str
    start: int
    end: int


def resolve_actor(store: Store, name: str) -> str | None:
    """An actor id from an id or a (part of a) name, the most mentioned match first."""
    return store.find_actor(name)


def timeline(store: Store, actor_id: str, limit: int = 500) -> list[TimelineItem]:
    """Statements and events of one actor, newest first; the same item told twice in an article once."""
    items: list[TimelineItem] = []
    spoken: dict[str, list[tuple[int, int]]] = {}  # article → the spans of the actor's quotes there
    for said in store.quotes(Selection(actor=actor_id, by_id=True, limit=limit)):
        quote = said.record
        spoken.setdefault(said.origin.article_id, []).append(
            (quote.content_span.start, quote.content_span.end)
        )
        via = f" (via {quote.via})" if quote.via else ""
        items.append(
            TimelineItem(
                _iso(quote.date),
                "said",
                f"{quote.kind} quote{via}",
                quote.content,
                said.origin.article_id,
                quote.content_span.start,
                quote.content_span.end,
            )
        )
    for done in store.events(Selection(actor=actor_id, limit=limit)):
        event = done.record
        sentence = event.sentence_span
        if event.root == "01" and any(
            start < sentence.end and sentence.start < end
            for start, end in spoken.get(done.origin.article_id, ())
        ):
            continue  # the statement is already the quote beside it: its echo as a CAMEO 01 event adds nothing
        kind = "did" if event.source_actor == actor_id else "target"
        flags = ("not " if event.negated else "") + ("maybe " if event.hypothetical else "")
        summary = (
            f"{event.source or '?'} {flags}{event.plover or event.code} → {event.target or '?'} "
            f"(CAMEO {event.code})"
        )
        items.append(
            TimelineItem(
                _iso(event.date),
                kind,
                summary,
                done.evidence,
                done.origin.article_id,
                event.sentence_span.start,
                event.sentence_span.end,
            )
        )
    unique = list(dict.fromkeys(items))  # an act coded twice from one sentence reads as one line
    unique.sort(key=lambda i: i.date or "", reverse=True)
    return unique[:limit]


def _iso(day) -> str | None:
    return day.isoformat() if day else None
