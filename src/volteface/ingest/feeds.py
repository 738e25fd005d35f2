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


def feed_items(data: bytes, where: str, source: str | None = None) -> list[Article]:
    """Every item of an RSS/Atom feed or JSON Feed as a watcher needs it: an Article whose ``text`` is the
    item's own (empty when it carries only a link, whose page is then fetched), ``url`` its link and
    ``record_id`` its guid. A document that is no feed is an InputError."""
    feed = json_feed(data)
    if feed is not None:
        entries = feed.get("items")
        if not isinstance(entries, list):
            raise InputError("JSON Feed without an 'items' list", where)
        out = []
        for n, entry in enumerate(entries, 1):
            if not isinstance(entry, dict):
                continue
            plain = entry.get("content_text")
            text = (
                plain.strip()
                if isinstance(plain, str) and plain.strip()
                else html_to_text(str(entry.get("content_html") or entry.get("summary") or ""))
            )
            day, _ = parse_date(entry.get("date_published") or entry.get("date_modified"))
            url = entry.get("url") if isinstance(entry.get("url"), str) else None
            out.append(
                Article(
                    id="",
                    text=text,
                    title=_text_or_none(entry.get("title")),
                    date=day,
                    date_source="feed" if day else "none",
                    url=url,
                    source=source or _text_or_none(feed.get("title")),
                    provenance=f"{where}#record {n}",
                    record_id=str(entry["id"]) if isinstance(entry.get("id"), str | int) else None,
                )
            )
        return out
    import feedparser

    if is_sitemap(data):
        raise InputError("a sitemap, not a feed", where)
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries and parsed.get("version") and not parsed.bozo:
        return []  # a feed with nothing in it yet
    if not parsed.entries:
        reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:200]
        raise InputError(f"no feed items could be read ({reason or 'not an RSS, Atom or JSON feed'})", where)
    feed_source = parsed.feed.get("title") if parsed.get("feed") else None
    out = []
    for n, entry in enumerate(parsed.entries, 1):
        day = _entry_date(entry)
        out.append(
            Article(
                id="",
                text=html_to_text(_entry_body(entry)),
                title=entry.get("title") or None,
                date=day,
                date_source="feed" if day else "none",
                url=entry.get("link") or None,
                source=source or feed_source,
                provenance=f"{where}#record {n}",
                record_id=entry.get("id") or None,
            )
        )
    return out


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def sitemap_urls(data: bytes, where: str) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index; its XML is read without entities, DTDs
    or network access."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a readable sitemap ({' '.join(str(exc).split())[:160]})", where) from None
    if root is None:
        raise InputError("not a readable sitemap (no XML root)", where)
    locs = [(el.getparent(), (el.text or "").strip()) for el in root.iter("{*}loc")]
    pages = [loc for parent, loc in locs if loc and etree.QName(parent).localname == "url"]
    nested = [loc for parent, loc in locs if loc and etree.QName(parent).localname == "sitemap"]
    return pages, nested


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


__all__ = [
    "feed_items",
    "html_to_text",
    "is_sitemap",
    "json_feed",
    "read_feed",
    "read_json_feed",
    "sitemap_urls",
]
