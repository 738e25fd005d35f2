"""HTML pages: main text with trafilatura, publication date with htmldate (the best scores we can run here)."""

from __future__ import annotations

import re
from datetime import date

from ..errors import InputError
from ..model import Article
from .files import decode_utf8

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, where: str, declared: str | None = None) -> str:
    """BOM, else the declared charset (HTTP header or <meta>), else strict UTF-8."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                return data.decode(codec, errors="replace")
    match = _CHARSET.search(data[:8192])
    charset = declared or (match.group(1).decode("ascii", "ignore") if match else None)
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return decode_utf8(data, where)
    except InputError:
        raise InputError(decode_problem(data), where) from None


def decode_problem(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 and no charset declared (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    return "cannot decode"


def extract_text(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(main text, title) of a page."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    title = None
    try:
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta is not None else None
    except Exception:  # metadata is a nicety; a page whose metadata breaks still gives its text
        title = None
    return text, title


def extract_date(html: str, url: str | None = None) -> date | None:
    """The publication date htmldate finds (original date, extensive search), or None."""
    from htmldate import find_date

    found = find_date(html, url=url, original_date=True, extensive_search=True)
    return date.fromisoformat(found) if found else None


def parse_html(html: str, where: str, url: str | None = None, fallback_date: date | None = None,
               fallback_source: str = "none") -> Article:
    """One article from a page; a page without main text is refused."""
    text, title = extract_text(html, url)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML", where)
    day = extract_date(html, url)
    return Article(
        id="",
        text=text,
        title=title,
        date=day or fallback_date,
        date_source="html" if day else (fallback_source if fallback_date else "none"),
        url=url,
        provenance=where,
    )
