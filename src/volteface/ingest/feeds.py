"""RSS 2.0, Atom and JSON Feed: one article per item, its HTML content turned into plain text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..model import Article, Failure
from .dates import parse_date


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, paragraphs kept apart."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types on hopeless markup; the fragment is then taken as text
        return fragment.strip()
    for block in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def read_feed(data: bytes, where: str, source: str | None) -> Iterator[Article | Failure]:
    """Articles from an RSS/Atom document; a broken feed yields what parsed, then says what broke."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and parsed.bozo:
        raise InputError(f"malformed feed: {parsed.bozo_exception}", where)
    feed_title = parsed.feed.get("title") if parsed.get("feed") else None
    empty: list[str] = []
    for n, entry in enumerate(parsed.entries, 1):
        content = entry.get("content")
        body = content[0].get("value") if content else entry.get("summary") or entry.get("description") or ""
        text = html_to_text(body)
        item = f"{where}#item {n}"
        if not text:
            empty.append(item)
            continue
        day = _entry_date(entry)
        yield Article(id="", text=text, title=entry.get("title"), date=day,
                      date_source="feed" if day else "none", url=entry.get("link"),
                      source=source or feed_title, provenance=item)
    if parsed.bozo:
        # One line for a broken feed, whatever it broke.
        without = f", {len(empty)} without text" if empty else ""
        yield Failure(where, f"malformed feed, read {len(parsed.entries)} items{without}: {parsed.bozo_exception}")
    else:
        for item in empty:
            yield Failure(item, "feed item has no text (only a link); fetch the page and read it as HTML")


def read_json_feed(feed: dict[str, Any], where: str, source: str | None) -> Iterator[Article | Failure]:
    """Articles from a JSON Feed (version 1.x)."""
    items = feed.get("items")
    if not isinstance(items, list):
        raise InputError("JSON Feed without an 'items' list", where)
    for n, entry in enumerate(items, 1):
        item = f"{where}#item {n}"
        if not isinstance(entry, dict):
            yield Failure(item, "feed item is not an object")
            continue
        text = entry.get("content_text") or html_to_text(entry.get("content_html") or entry.get("summary") or "")
        if not text:
            yield Failure(item, "feed item has no text")
            continue
        day, problem = parse_date(entry.get("date_published") or entry.get("date_modified"))
        if problem:
            yield Failure(item, problem, fatal=False)
        yield Article(id="", text=text, title=entry.get("title"), date=day,
                      date_source="feed" if day else "none", url=entry.get("url"),
                      source=source or feed.get("title"), provenance=item)


def looks_like_json_feed(data: bytes) -> dict[str, Any] | None:
    """The parsed feed when the bytes are a JSON Feed, else None."""
    if b"jsonfeed.org" not in data[:2048]:
        return None
    try:
        loaded = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return loaded if isinstance(loaded, dict) and str(loaded.get("version", "")).startswith("https://jsonfeed.org") else None
