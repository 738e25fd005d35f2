"""An actor's timeline: what it said (quotes) and did or suffered (events), dated, each with its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store


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
    rows = store.query(
        "SELECT ac.id FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id "
        "WHERE ac.id = ? OR lower(ac.name) LIKE ? GROUP BY ac.id ORDER BY ac.id = ? DESC, COUNT(m.actor_id) DESC "
        "LIMIT 1",
        (name, f"%{name.lower()}%", name),
    )
    return rows[0]["id"] if rows else None


def timeline(store: Store, actor_id: str, limit: int = 500) -> list[TimelineItem]:
    """Statements and events of one actor, newest first."""
    items: list[TimelineItem] = []
    for r in store.query(
        "SELECT q.date, q.kind, q.content, q.via, q.article_id, q.content_start, q.content_end FROM quotes q "
        "WHERE q.speaker_actor = ? ORDER BY q.date DESC LIMIT ?", (actor_id, limit)
    ):
        via = f" (via {r['via']})" if r["via"] else ""
        items.append(TimelineItem(r["date"], "said", f"{r['kind']} quote{via}", r["content"], r["article_id"],
                                  r["content_start"], r["content_end"]))
    for r in store.query(
        "SELECT e.date, e.code, e.plover, e.source, e.target, e.source_actor, e.negated, e.hypothetical, "
        "e.article_id, e.sentence_start, e.sentence_end, "
        "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
        "FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.source_actor = ? OR e.target_actor = ? ORDER BY e.date DESC LIMIT ?",
        (actor_id, actor_id, limit),
    ):
        kind = "did" if r["source_actor"] == actor_id else "target"
        flags = ("not " if r["negated"] else "") + ("maybe " if r["hypothetical"] else "")
        summary = f"{r['source'] or '?'} {flags}{r['plover'] or r['code']} → {r['target'] or '?'} (CAMEO {r['code']})"
        items.append(TimelineItem(r["date"], kind, summary, r["sentence"], r["article_id"], r["sentence_start"],
                                  r["sentence_end"]))
    items.sort(key=lambda i: i.date or "", reverse=True)
    return items[:limit]
