"""The questions the CLI, the dashboard and the report ask of a store — who said what, who did what to whom,
who is talked about, what matches these words — answered in records through the store's interface."""

from __future__ import annotations

from datetime import date

from .model import ActorSummary, Event, Found, Quote
from .store import Hits, Selection, Store


def quotes(
    store: Store,
    speaker: str | None = None,
    since: date | None = None,
    limit: int = 200,
    offset: int = 0,
    beliefs: bool = False,
) -> list[Found[Quote]]:
    """Statements, newest first; ``speaker`` matches the speaker's name or actor id (case-insensitive part).
    Reported thoughts and attitudes (``kind = 'belief'``) come only with ``beliefs``."""
    return store.quotes(Selection(actor=speaker, since=since, limit=limit, offset=offset, beliefs=beliefs))


def events(
    store: Store,
    source: str | None = None,
    target: str | None = None,
    since: date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[Found[Event]]:
    """Events, newest first; ``source``/``target`` are code prefixes (USA matches USAGOV)."""
    return store.events(Selection(source=source, target=target, since=since, limit=limit, offset=offset))


def actors(store: Store, limit: int = 500, offset: int = 0) -> list[ActorSummary]:
    """Actors by number of mentions, with the articles and dates they appear in."""
    return store.actor_summaries(limit, offset)


def search(store: Store, text: str, limit: int = 50) -> Hits:
    """Articles and quotes matching all the words, best first."""
    return store.search(text, limit)
