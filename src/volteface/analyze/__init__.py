"""The analyze stage: pure functions over stored records (relation series, timelines, shifts)."""

from .relations import Period, RelationSeries, parse_dyad, relation_series

__all__ = ["Period", "RelationSeries", "parse_dyad", "relation_series"]
