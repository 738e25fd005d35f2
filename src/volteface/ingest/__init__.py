"""The ingest stage: files, folders, globs and stdin → ``Article``s, with a ``Failure`` for each bad input.

``read()`` never raises for a bad file: it yields a Failure naming the file (or line, or item) and the
problem, and goes on. Formats are chosen by extension, and by content where the extension says nothing.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from ..errors import InputError
from ..model import Article, Failure
from . import datafile, feeds, files, html, text, warc

TEXT = {".txt", ".md", ".text", ".markdown"}
HTML = {".html", ".htm", ".xhtml"}
FEEDS = {".rss", ".atom", ".xml"}
ARCHIVES = {".warc", ".arc"}
DATA = {".jsonl", ".ndjson", ".json", ".csv", ".tsv"}
ACCEPTED = sorted(TEXT | HTML | FEEDS | ARCHIVES | DATA)


def read(
    inputs: Iterable[str],
    *,
    date: date | None = None,
    source: str | None = None,
    field_map: dict[str, str] | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Article | Failure]:
    """Articles and failures from every input, in order; ``date`` dates only articles that have none."""
    for path in files.expand(list(inputs)):
        for item in _read_one(path, field_map, max_bytes, source):
            if isinstance(item, Article):
                if item.date is None and date is not None:
                    item = replace(item, date=date, date_source="cli")
                if source and not item.source:
                    item = replace(item, source=source)
            yield item


def _read_one(path: str, field_map: dict[str, str] | None, max_bytes: int, source: str | None
              ) -> Iterator[Article | Failure]:
    try:
        if path == "-":
            yield from _read_stdin(field_map, max_bytes)
            return
        kind = files.format_name(path)
        container = kind in DATA - {".json"} or kind in ARCHIVES
        files.check_file(path, max_bytes, container)
        if kind in ARCHIVES:
            yield from warc.read_archive(path, max_bytes)
        elif kind in (".jsonl", ".ndjson"):
            yield from datafile.read_jsonl(path, field_map, max_bytes)
        elif kind in (".csv", ".tsv"):
            yield from datafile.read_csv(path, field_map, max_bytes, "\t" if kind == ".tsv" else ",")
        else:
            yield from _read_whole(path, kind, files.read_limited(path, max_bytes), field_map, source)
    except InputError as exc:
        yield Failure(exc.where or path, exc.problem)
    except (OSError, EOFError) as exc:
        yield Failure(path, f"cannot read ({exc})")


def _read_whole(path: str, kind: str, data: bytes, field_map: dict[str, str] | None, source: str | None
                ) -> Iterator[Article | Failure]:
    """Single-document formats, read whole (they are under the size limit)."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NUL bytes by design
        files.check_text_bytes(data, path)
    head = data[:2048].lstrip().lower()
    if kind == ".json" or (kind not in TEXT | HTML | FEEDS and head.startswith((b"{", b"["))):
        json_feed = feeds.looks_like_json_feed(data)
        if json_feed is not None:
            yield from feeds.read_json_feed(json_feed, path, source)
        else:
            yield from datafile.read_json(path, files.decode_utf8(data, path), field_map)
    elif kind in FEEDS or (kind not in TEXT | HTML and head.startswith(b"<?xml")):
        if b"<urlset" in data[:4096] or b"<sitemapindex" in data[:4096]:
            raise InputError("a sitemap lists URLs, not articles; fetch the pages and read them as HTML", path)
        yield from feeds.read_feed(data, path, source)
    elif kind in HTML or (kind not in TEXT and head.startswith((b"<!doctype html", b"<html"))):
        yield html.parse_html(html.decode_html(data, path), path)
    elif kind in TEXT:
        yield from text.parse_text(files.decode_utf8(data, path), path)
    else:
        raise InputError(f"unknown format {kind or '(no extension)'!r}; accepted: {', '.join(ACCEPTED)} "
                         "(and any of them .gz)", path)


def _read_stdin(field_map: dict[str, str] | None, max_bytes: int) -> Iterator[Article | Failure]:
    """Standard input: JSON Lines when the first line is an object, else one text article."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the {max_bytes / 1e6:.1f} MB limit; save it to a file", "-")
    if not data.strip():
        raise InputError("empty input", "-")
    if data.lstrip().startswith(b"{"):
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as handle:
            handle.write(data)
            handle.flush()
            for item in datafile.read_jsonl(handle.name, field_map, max_bytes):
                yield replace(item, provenance=(item.provenance or "").replace(handle.name, "-")) \
                    if isinstance(item, Article) else Failure(item.where.replace(handle.name, "-"),
                                                              item.problem, item.fatal)
        return
    files.check_text_bytes(data, "-")
    yield from text.parse_text(files.decode_utf8(data, "-"), "-")


__all__ = ["ACCEPTED", "read"]
