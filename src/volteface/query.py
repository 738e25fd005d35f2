"""Queries over a store for the CLI and the dashboard: who said what, who did what to whom, newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from .store import Store


def quotes(store: Store, speaker: str | None = None, since: date | None = None, limit: int = 200
           ) -> list[dict[str, Any]]:
    """Quotes, newest first; ``speaker`` matches the speaker's name or actor id (case-insensitive substring)."""
    sql = ("SELECT q.*, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1")
    params: list[Any] = []
    if speaker:
        sql += " AND (lower(q.speaker) LIKE ? OR lower(q.speaker_actor) LIKE ?)"
        params += [f"%{speaker.lower()}%"] * 2
    if since:
        sql += " AND q.date >= ?"
        params.append(since.isoformat())
    sql += " ORDER BY q.date DESC, q.article_id, q.idx LIMIT ?"
    params.append(limit)
    return [dict(row) for row in store.query(sql, params)]


def events(store: Store, source: str | None = None, target: str | None = None, since: date | None = None,
           limit: int = 200) -> list[dict[str, Any]]:
    """Events, newest first; ``source``/``target`` are code prefixes (USA matches USAGOV)."""
    sql = ("SELECT e.*, substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
           "FROM events e JOIN articles a ON a.id = e.article_id WHERE 1 = 1")
    params: list[Any] = []
    if source:
        sql += " AND e.source LIKE ?"
        params.append(source.upper() + "%")
    if target:
        sql += " AND e.target LIKE ?"
        params.append(target.upper() + "%")
    if since:
        sql += " AND e.date >= ?"
        params.append(since.isoformat())
    sql += " ORDER BY e.date DESC, e.article_id, e.idx LIMIT ?"
    params.append(limit)
    return [dict(row) for row in store.query(sql, params)]


def actors(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Actors by number of mentions, with the articles and dates they appear in."""
    sql = ("SELECT ac.id, ac.name, ac.code, ac.country, ac.sector, ac.kind, COUNT(*) AS mentions, "
           "COUNT(DISTINCT m.article_id) AS articles, MIN(a.date) AS first, MAX(a.date) AS last "
           "FROM mentions m JOIN actors ac ON ac.id = m.actor_id JOIN articles a ON a.id = m.article_id "
           "GROUP BY ac.id ORDER BY mentions DESC, ac.id LIMIT ?")
    return [dict(row) for row in store.query(sql, [limit])]
