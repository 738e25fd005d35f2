"""Queries over a store for the CLI and the dashboard: who said what, who did what to whom, newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from .store import Store


def quotes(store: Store, speaker: str | None = None, since: date | None = None, limit: int = 200,
           offset: int = 0, beliefs: bool = False) -> list[dict[str, Any]]:
    """Statements, newest first; ``speaker`` matches the speaker's name or actor id (case-insensitive substring).
    Reported thoughts and attitudes (``kind = 'belief'``) come only with ``beliefs``."""
    sql = ("SELECT q.*, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1")
    params: list[Any] = []
    if not beliefs:
        sql += " AND q.kind != 'belief'"
    if speaker:
        sql += " AND (lower(q.speaker) LIKE ? OR lower(q.speaker_actor) LIKE ?)"
        params += [f"%{speaker.lower()}%"] * 2
    if since:
        sql += " AND q.date >= ?"
        params.append(since.isoformat())
    sql += " ORDER BY q.date DESC, q.article_id, q.idx LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [dict(row) for row in store.query(sql, params)]


def events(store: Store, source: str | None = None, target: str | None = None, since: date | None = None,
           limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
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
    sql += " ORDER BY e.date DESC, e.article_id, e.idx LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [dict(row) for row in store.query(sql, params)]


def actors(store: Store, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Actors by number of mentions, with the articles and dates they appear in."""
    sql = ("SELECT ac.id, ac.name, ac.code, ac.country, ac.sector, ac.kind, COUNT(*) AS mentions, "
           "COUNT(DISTINCT m.article_id) AS articles, MIN(a.date) AS first, MAX(a.date) AS last "
           "FROM mentions m JOIN actors ac ON ac.id = m.actor_id JOIN articles a ON a.id = m.article_id "
           "GROUP BY ac.id ORDER BY mentions DESC, ac.id LIMIT ? OFFSET ?")
    return [dict(row) for row in store.query(sql, [limit, offset])]


def _fts_terms(text: str) -> str:
    """A user's words as a safe FTS5 query: each word quoted, all required (no operators get through)."""
    words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
    return " ".join(f'"{w}"' for w in words[:12])


def search(store: Store, text: str, limit: int = 50) -> dict[str, list[dict[str, Any]]]:
    """Articles and quotes matching all the words, best first."""
    terms = _fts_terms(text)
    if not terms:
        return {"articles": [], "quotes": []}
    articles = store.query(
        "SELECT a.id, a.title, a.date, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? "
        "ORDER BY rank LIMIT ?", (terms, limit))
    quotes_found = store.query(
        "SELECT q.article_id, q.idx, q.speaker, q.date, q.content, q.content_start, q.content_end "
        "FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid WHERE quotes_fts MATCH ? "
        "ORDER BY rank LIMIT ?", (terms, limit))
    return {"articles": [dict(r) for r in articles], "quotes": [dict(r) for r in quotes_found]}
