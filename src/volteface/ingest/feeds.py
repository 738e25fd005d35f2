"""RSS 2.0, Atom and JSON Feed: one article per item, its HTML content turned into plain text."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..model import Article, Failure
from .dates import parse_date

_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "figure",
    "figcaption",
    "hr",
)
_SITEMAP = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element, scripts and styles dropped."""
    if "<" not in fragment:
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", fragment) if p.strip())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on hopeless markup; then it is taken as text
        return " ".join(fragment.split())
    for junk in root.xpath("//script|//style|//noscript"):
        junk.drop_tree()
    for block in root.iter(*_BLOCKS):
        # A marker before and after each block: text_content() would otherwise run paragraphs together.
        block.tail = "\n\n" + (block.tail or "")
        block.text = "\n\n" + (block.text or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def is_sitemap(head: bytes) -> bool:
    return _SITEMAP.search(head[:8192]) is not None


def _entry_date(entry: Any) -> date | None:
    """The item's date as its publisher wrote it; feedparser's parsed tuple is UTC and may shift the day."""
    for key in ("published", "updated", "created"):
        day, _ = parse_date(entry.get(key))
        if day:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _entry_body(entry: Any) -> str:
    """The fullest HTML an item carries: content, else summary/description."""
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def read_feed(data: bytes, where: str, source: str | None) -> Iterator[Article | Failure]:
    """Articles from an RSS/Atom document; a broken feed yields what parsed, then says what broke."""
    import feedparser

    if is_sitemap(data):
        raise InputError(
            "sitemap lists URLs, not articles; fetch the pages and read them as HTML or WARC", where
        )
    # A stream, not bytes or str: feedparser would treat a str that looks like a URL or path as one to open.
    parsed = feedparser.parse(io.BytesIO(data))
    broken = bool(parsed.bozo) and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride
    )
    reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:200]
    if not parsed.entries:
        if broken:
            raise InputError(f"malformed feed: {reason} (no items could be read)", where)
        if not parsed.get("version"):
            raise InputError(
                "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root); accepted: RSS 2.0, "
                "Atom, JSON Feed",
                where,
            )
        raise InputError("feed has no items", where)
    feed_source = parsed.feed.get("title") if parsed.get("feed") else None
    empty = 0
    for n, entry in enumerate(parsed.entries, 1):
        item = f"{where}#record {n}"
        text = html_to_text(_entry_body(entry))
        if not text:
            empty += 1
            if not broken:  # in a broken feed an item cut short is part of the one failure below
                yield Failure(item, "feed item has no text (only a link); fetch the page and read it as HTML")
            continue
        day = _entry_date(entry)
        own = entry.get("source", {}).get("title") if isinstance(entry.get("source"), dict) else None
        yield Article(
            id="",
            text=text,
            title=entry.get("title") or None,
            date=day,
            date_source="feed" if day else "none",
            url=entry.get("link") or None,
            source=source or own or feed_source,
            provenance=item,
            record_id=entry.get("id") or None,  # the feed's guid
        )
    if broken:
        kept = len(parsed.entries) - empty
        yield Failure(where, f"malformed feed: {reason} (kept {kept} items read before it)")


def json_feed(data: bytes) -> dict[str, Any] | None:
    """The parsed feed when the bytes are a JSON Feed (``version`` starts https://jsonfeed.org), else None."""
    if b"jsonfeed.org" not in data[:4096]:
        return None
    try:
        loaded = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None  # not JSON we can read: the JSON reader says why
    if isinstance(loaded, dict) and str(loaded.get("version", "")).startswith("https://jsonfeed.org"):
        return loaded
    return None


def read_json_feed(feed: dict[str, Any], where: str, source: str | None) -> Iterator[Article | Failure]:
    """Articles from a JSON Feed (version 1.x)."""
    items = feed.get("items")
    if not isinstance(items, list):
        raise InputError("JSON Feed without an 'items' list", where)
    for n, entry in enumerate(items, 1):
        item = f"{where}#record {n}"
        if not isinstance(entry, dict):
            yield Failure(item, "feed item is not an object")
            continue
        plain = entry.get("content_text")
        text = (
            plain.strip()
            if isinstance(plain, str) and plain.strip()
            else html_to_text(str(entry.get("content_html") or entry.get("summary") or ""))
        )
        if not text:
            yield Failure(item, "feed item has no text (only a link); fetch the page and read it as HTML")
            continue
        day, problem = parse_date(entry.get("date_published") or entry.get("date_modified"))
        if problem:
            yield Failure(item, problem, fatal=False)
        yield Article(
            id="",
            text=text,
            title=entry.get("title") or None,
            date=day,
            date_source="feed" if day else "none",
            url=entry.get("url") or None,
            source=source or feed.get("title") or None,
            provenance=item,
            record_id=str(entry["id"]) if isinstance(entry.get("id"), str | int) else None,
        )


__all__ = ["html_to_text", "is_sitemap", "json_feed", "read_feed", "read_json_feed"]
