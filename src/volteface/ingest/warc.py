"""WARC and ARC web archives: every archived HTML response becomes an article, read as a page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stderr
from datetime import date
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Article, Failure
from .files import size_text
from .html import decode_html, parse_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type header."""
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _page(record: Any, here: str, max_bytes: int) -> Iterator[Article | Failure]:
    """The article in one archive record, when it is an HTML page that was served (2xx)."""
    # request, revisit, metadata and warcinfo records carry no page of their own
    if record.rec_type != "response" or record.http_headers is None:
        return
    status = record.http_headers.get_statuscode() or ""
    if status and not status.startswith("2"):
        return  # redirects and error pages are not the article
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().strip().startswith(_HTML_TYPES):
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        yield Failure(
            here,
            f"page is over the {size_text(max_bytes)} article limit (setting max_article_bytes): {url}",
        )
        return
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        # the file ends inside this record: its page is part of a page, and storing it would leave a second,
        # different copy once the complete archive is read
        yield Failure(
            here,
            f"record cut short ({missing} bytes of its Content-Length missing); page not stored"
            + (f": {url}" if url else ""),
        )
        return
    if not body.strip():
        return  # an empty 204 response: nothing archived to read
    try:
        html = decode_html(body, here, _charset(content_type))
        fallback = _warc_date(record.rec_headers.get_header("WARC-Date"))
        yield parse_html(html, here, url, fallback, "warc")
    except InputError as exc:
        yield Failure(here, f"{exc.problem}: {url}" if url else exc.problem)


def read_archive(stream: BinaryIO, where: str, max_bytes: int) -> Iterator[Article | Failure]:
    """Articles from an archive's HTML responses, streamed; a truncated one yields what was read, then says so."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = pages = 0
    records = ArchiveIterator(stream, arc2warc=True)
    # warcio writes its warnings (with a page's bytes) to stderr itself; they are caught and counted instead
    said = io.StringIO()
    try:
        while True:
            with redirect_stderr(said):
                record = next(records, None)
            if record is None:
                break
            number += 1
            yield from _page(record, f"{where}#record {number}", max_bytes)
            pages += record.rec_type == "response"
            # Drain the record now: warcio reads a record cut short without complaint, so look for the
            # bytes its header promised and the file did not have.
            with redirect_stderr(said):
                records.read_to_end()
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                raise InputError(
                    f"archive is truncated: record {number} ends {missing} bytes short of its "
                    f"Content-Length ({pages} responses read)",
                    where,
                )
        if records.err_count:
            yield Failure(
                where,
                f"{records.err_count} record(s) not followed by a blank line (their "
                "Content-Length may be wrong); the records were read",
                fatal=False,
            )
    except (
        ArchiveLoadFailed,
        OSError,
        EOFError,
        ValueError,
        AttributeError,
        KeyError,
    ) as exc:  # damaged headers
        reason = " ".join(str(exc).split())[:160]
        raise InputError(
            f"archive is truncated or damaged after record {number} ({pages} responses read): {reason}", where
        ) from None


__all__ = ["read_archive"]
