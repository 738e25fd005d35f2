"""The analyze stage: pure functions over stored records (relation series, timelines, shifts)."""

from .relations import Period, RelationSeries, parse_dyad, relation_series
from .shifts import Evidence, Refusal, ShiftFound, find_shifts, keep_shifts
from .timeline import TimelineItem, resolve_actor, timeline

__all__ = [
    "Evidence",
    "Period",
    "Refusal",
    "RelationSeries",
    "ShiftFound",
    "TimelineItem",
    "find_shifts",
    "keep_shifts",
    "parse_dyad",
    "relation_series",
    "resolve_actor",
    "timeline",
]
