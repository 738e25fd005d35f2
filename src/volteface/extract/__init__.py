"""The extract stage: plain functions of (doc, article, found actors) returning records anchored to spans."""

from .events import extract_events
from .quotes import extract_quotes
from .stances import author_stance, consistency, extract_stances

__all__ = ["author_stance", "consistency", "extract_events", "extract_quotes", "extract_stances"]
