"""WARC and ARC web archives: every archived HTML response becomes an article, read as a page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..errors import InputError
from ..model import Article, Failure
from .html import decode_html, parse_html


def read_archive(path: str, max_bytes: int) -> Iterator[Article | Failure]:
    """Articles from the HTML responses in an archive; a truncated archive yields what was read, then says so."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as handle:
        n = 0
        try:
            for record in ArchiveIterator(handle, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{url or f'record {n}'}"
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield Failure(where, f"record is over the {max_bytes / 1e6:.1f} MB article limit")
                    continue
                charset = None
                if "charset=" in content_type.lower():
                    charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10]
                try:
                    fallback = date.fromisoformat(warc_date) if warc_date else None
                except ValueError:
                    fallback = None
                try:
                    html = decode_html(body, where, charset)
                    yield parse_html(html, where, url, fallback, "warc")
                except InputError as exc:
                    yield Failure(where, exc.problem)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield Failure(path, f"archive is truncated or damaged after {n} pages ({str(exc).splitlines()[0][:120]})")
