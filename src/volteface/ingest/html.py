"""HTML pages: main text with trafilatura, publication date with htmldate (the best scores we can run here)."""

from __future__ import annotations

import codecs
import re
from datetime import date

from ..errors import InputError
from ..model import Article

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x"> both end in charset=x.
_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> of its first 8 KB, when Python knows it."""
    match = _CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, where: str, http_charset: str | None = None) -> str:
    """BOM, else the declared charset (HTTP header, then <meta>), else strict UTF-8; else a one-line refusal."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    for charset in (http_charset, declared_charset(data)):
        if charset:
            try:
                # A declared page with a few bad bytes is still the page: replace them rather than refuse it.
                return data.decode(charset, errors="replace")
            except LookupError:
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 and no charset declared (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            'declare one with <meta charset="..."> or convert the page to UTF-8',
            where,
        ) from None


def extract_text(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(main text, title) of a page; the text call is the one the quality benchmark scores."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    try:
        # extensive=False: the metadata pass is only here for the title; the date comes from extract_date.
        meta = trafilatura.extract_metadata(html, default_url=url, extensive=False)
        title = meta.title if meta is not None else None
    except Exception:  # noqa: BLE001 - a page whose metadata breaks still gives its text
        title = None
    return text, title


def extract_date(html: str, url: str | None = None) -> date | None:
    """The publication date htmldate finds (original date, extensive search), or None."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - htmldate errors on odd markup; an undated page is still a page
        return None
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def parse_html(
    html: str,
    where: str,
    url: str | None = None,
    fallback_date: date | None = None,
    fallback_source: str = "none",
) -> Article:
    """One article from a page; a page without main text is refused."""
    text, title = extract_text(html, url)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML (trafilatura found no main content)", where)
    day = extract_date(html, url)
    source = "html" if day else (fallback_source if fallback_date else "none")
    return Article(
        id="",
        text=text,
        title=title or None,
        date=day or fallback_date,
        date_source=source,
        url=url,
        provenance=where,
    )


def read_html(data: bytes, where: str, url: str | None = None) -> Article:
    """One article from the bytes of an .html file."""
    return parse_html(decode_html(data, where), where, url)


__all__ = ["decode_html", "extract_date", "extract_text", "parse_html", "read_html"]
