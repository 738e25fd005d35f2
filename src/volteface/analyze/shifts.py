"""Shifts: an actor's stance toward an actor or a proposition turning over time, with the before and after
evidence side by side. A reversal needs dated, unambiguous evidence on both sides (score >= MIN_SCORE); a single
ambiguous statement never makes a shift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..store import Store

MIN_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    label: str
    score: float
    date: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ShiftFound:
    holder: str
    target: str
    kind: str  # reversal
    magnitude: float
    before: Evidence
    after: Evidence
    support: int  # stances on the holder's side of each end, together


def find_shifts(store: Store, holder: str | None = None, min_days: int = 1, limit: int = 50) -> list[ShiftFound]:
    """Reversals per (holder, target), strongest first."""
    sql = ("SELECT s.holder, s.target, s.label, s.score, s.date, s.article_id, s.evidence_start, s.evidence_end, "
           "substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS text "
           "FROM stances s JOIN articles a ON a.id = s.article_id "
           "WHERE s.date IS NOT NULL AND s.label IN ('favor', 'against') AND s.score >= ?")
    params: list[object] = [MIN_SCORE]
    if holder:
        sql += " AND s.holder = ?"
        params.append(holder)
    sql += " ORDER BY s.holder, s.target, s.date"
    series: dict[tuple[str, str], list[Evidence]] = {}
    for r in store.query(sql, params):
        series.setdefault((r["holder"], r["target"]), []).append(
            Evidence(r["label"], r["score"], r["date"], r["article_id"], r["evidence_start"], r["evidence_end"],
                     r["text"]))
    found: list[ShiftFound] = []
    for (who, target), items in series.items():
        # The latest turn: the last stance before the final run of same-labelled stances, and the run's first.
        last = items[-1].label
        turn = max((i for i, e in enumerate(items) if e.label != last), default=None)
        if turn is None:
            continue
        before, after = items[turn], items[turn + 1]
        days = (date.fromisoformat(after.date) - date.fromisoformat(before.date)).days
        if days < min_days:
            continue
        support = sum(1 for e in items[: turn + 1] if e.label == before.label) + (len(items) - turn - 1)
        mixed_after = len(items) - turn - 1 < 2 and sum(e.label == before.label for e in items) > 2 * support // 3
        if mixed_after:
            continue  # one contrary item after a run of the other side is noise, not a turn
        magnitude = round((before.score + after.score) / 2, 2)
        found.append(ShiftFound(who, target, "reversal", magnitude, before, after, support))
    found.sort(key=lambda s: (s.magnitude * (1 + min(s.support, 5) / 5), s.after.date), reverse=True)
    return found[:limit]
