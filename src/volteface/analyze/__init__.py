"""The analyze stage: pure functions over stored records (relation series, timelines, shifts)."""

from .relations import Period, RelationSeries, parse_dyad, relation_series
from .timeline import TimelineItem, resolve_actor, timeline

__all__ = ["Period", "RelationSeries", "TimelineItem", "parse_dyad", "relation_series", "resolve_actor",
           "timeline"]
