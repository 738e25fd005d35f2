"""Dyad relation series: events from one actor to another per period, by quad class, with Goldstein sums and
means, and change points found by ruptures (a maintained change-point library, not a home-made detector)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..errors import UsageError
from ..ingest import plausible
from ..model import side
from ..store import Selection, Store
from .kept import kept

FREQUENCIES = ("week", "month")


@dataclass(frozen=True, slots=True)
class Period:
    """One period of a dyad's relation: counts by quad class (1 verbal coop … 4 material conflict), and the
    coverage they are read against: the articles stored for the period, and the events per 100 of them (a
    month with twice the articles is not twice the relation). A period with no event has no mean: a gap."""

    start: date
    events: int
    quad_counts: tuple[int, int, int, int]
    goldstein_sum: float
    goldstein_mean: float | None
    articles: int = 0
    per_100_articles: float | None = None


@dataclass(frozen=True, slots=True)
class RelationSeries:
    source: str
    target: str
    freq: str
    periods: tuple[Period, ...]
    change_points: tuple[date, ...] = field(default=())


def parse_dyad(text: str) -> tuple[str, str]:
    """'USA:RUS' → ('USA', 'RUS'); codes are matched as prefixes (USA covers USAGOV, USAMIL, …)."""
    source, sep, target = text.partition(":")
    if not sep or not source.strip() or not target.strip():
        raise UsageError(f"a dyad is SOURCE:TARGET, like USA:RUS; not {text!r}")
    return source.strip().upper(), target.strip().upper()


def period_start(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(start: date, freq: str) -> date:
    if freq == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def change_points(values: list[float], min_size: int = 2) -> list[int]:
    """Indexes where the series' level changes (PELT with an l2 cost, BIC-like penalty)."""
    if len(values) < 2 * min_size + 1:
        return []
    import numpy as np
    import ruptures

    signal = np.asarray(values, dtype=float).reshape(-1, 1)
    spread = float(np.var(signal)) or 1.0
    penalty = 2.0 * spread * np.log(len(values))
    # PELT's cost grows with the square of the length in the worst case: past 400 periods, candidate points are
    # taken every few periods (same answer for the series people read, bounded time for a century of weeks)
    jump = max(1, len(values) // 400)
    ends = ruptures.Pelt(model="l2", min_size=max(min_size, jump), jump=jump).fit(signal).predict(pen=penalty)
    return [i for i in ends if i < len(values)]


# The longest series computed (about 96 years of weeks): a period series is bounded by the data's span, and a
# span beyond this is a question for a coarser frequency.
MAX_PERIODS = 5000


def relation_series(
    store: Store,
    source: str,
    target: str,
    freq: str = "month",
    since: date | None = None,
    until: date | None = None,
) -> RelationSeries:
    """Asserted (not negated, not hypothetical) events from source to target, per period, gaps filled; kept
    per store version (``kept``): a dyad's page and its API answer read the same series."""
    if freq not in FREQUENCIES:
        raise UsageError(f"--freq must be one of {', '.join(FREQUENCIES)}; not {freq!r}")
    question = ("relations", source, target, freq, since, until)
    return kept(store, question, lambda: _series(store, source, target, freq, since, until))


def _series(
    store: Store, source: str, target: str, freq: str, since: date | None, until: date | None
) -> RelationSeries:
    """``relation_series``, read from the store."""
    found = store.event_tones(
        Selection(source=source, target=target, since=since, until=until, asserted=True, limit=None)
    )
    buckets: dict[date, list[tuple[int, float]]] = defaultdict(list)
    for event in found:
        codes = (event["source"] or "", event["target"] or "")
        if not all(codes) or side(codes[0]) == side(codes[1]) or not event["date"]:
            continue  # a state's dealings with itself are not a relation between two
        day = date.fromisoformat(event["date"])
        if not plausible(day):
            continue  # a placeholder year (0001, 9999) in an older store would stretch the series over millennia
        buckets[period_start(day, freq)].append((event["quad"], event["goldstein"]))
    periods: list[Period] = []
    if buckets:
        start, last = min(buckets), max(buckets)
        count = (last - start).days // (7 if freq == "week" else 28)
        if count > MAX_PERIODS:
            raise UsageError(
                f"the events span {start} to {last}, about {count} {freq}s; give --since/--until "
                f"or a coarser --freq (at most {MAX_PERIODS} periods)"
            )
        coverage: dict[date, int] = defaultdict(int)
        for day, n in store.articles_per_day():
            if plausible(day):
                coverage[period_start(day, freq)] += n
        while start <= last:
            items = buckets.get(start, [])
            counted = [sum(1 for q, _ in items if q == k) for k in (1, 2, 3, 4)]
            quads = (counted[0], counted[1], counted[2], counted[3])
            total = sum(g for _, g in items)
            articles = coverage.get(start, 0)
            periods.append(
                Period(
                    start,
                    len(items),
                    quads,
                    round(total, 2),
                    round(total / len(items), 2) if items else None,
                    articles,
                    round(100 * len(items) / articles, 1) if articles else None,
                )
            )
            start = _next(start, freq)
    # The sum (volume × tone) is the signal: an empty period really adds nothing, while its mean would read as
    # a neutral 0 between hostile weeks.
    points = change_points([p.goldstein_sum for p in periods])
    return RelationSeries(source, target, freq, tuple(periods), tuple(periods[i].start for i in points))
