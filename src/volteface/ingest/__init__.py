"""The ingest stage: files, folders, globs and stdin → ``Article``s, with a ``Failure`` for each bad input.

``read()`` never raises for a bad file: it yields a Failure naming the file (or line, or item) and the
problem, and goes on. Formats are chosen by extension, and by content where the extension says nothing.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date as Date

from ..errors import InputError
from ..model import Article, Failure
from . import datafile, feeds, files, html, text, warc

KINDS = {
    ".txt": "text", ".md": "text", ".text": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip
ACCEPTED = sorted(KINDS)
SINGLE = {"text", "html"}  # one article per file: the article limit applies to the whole file
WHOLE = {"feed", "json"}  # containers a parser needs whole: allowed WHOLE_FACTOR × the article limit
WHOLE_FACTOR = 10


def read(
    inputs: Iterable[str],
    *,
    date: Date | None = None,
    source: str | None = None,
    field_map: dict[str, str] | None = None,
    max_bytes: int = 5_000_000,
    include: Iterable[str] = (),
) -> Iterator[Article | Failure]:
    """Articles and failures from every input, in order, streamed.

    Args:
        inputs: file paths, folders (recursive, sorted; hidden entries and a folder's README, LICENSE, CHANGELOG
            skipped), glob patterns, "-" for stdin.
        date: dates the articles that have none (date_source "cli"); never replaces a found date.
        source: the source name for every article read (it replaces a record's or feed's own).
        field_map: our field name → the records' column, e.g. {"text": "body"}.
        max_bytes: the largest single article (a file, record or archived page).
        include: file-name patterns a folder's walk reads although it would skip them ("README*", ".*").
    """
    for path in files.expand(inputs, include):
        for item in _read_input(path, field_map, max_bytes, source):
            if isinstance(item, Article):
                safe, problems = checked(item)
                yield from problems
                if safe is None:
                    continue
                item = safe
                if item.date is None and date is not None:
                    item = replace(item, date=date, date_source="cli")
                if source and item.source != source:
                    item = replace(item, source=source)
            yield item


TEXT_FIELDS = ("text", "title", "url", "source", "provenance", "record_id")
# Characters no text can carry on: lone surrogates (JSON's "\\ud800" decodes to one, and UTF-8 cannot encode it)
# and NUL, which SQLite and most tools take as the end of a string.
_UNENCODABLE = re.compile("[\ud800-\udfff\x00]")


def checked(article: Article) -> tuple[Article | None, list[Failure]]:
    """The article with every field made safe to store, and a Failure for each thing changed or refused:
    a field of the wrong type (a feed's ``"url": {…}``) is left empty, characters that cannot be encoded are
    replaced with U+FFFD, and a date outside the plausible window is kept out (stored undated)."""
    where = article.provenance or "input"
    problems: list[Failure] = []
    changes: dict[str, object] = {}
    for name in TEXT_FIELDS:
        value = getattr(article, name)
        if value is None:
            continue
        if not isinstance(value, str):
            if name == "text":
                return None, [Failure(where, f"a {type(value).__name__}, not text, in field 'text'")]
            problems.append(
                Failure(
                    where, f"field {name!r} is a {type(value).__name__}, not text; left empty", fatal=False
                )
            )
            changes[name] = None
            continue
        clean, replaced = _UNENCODABLE.subn("\ufffd", value)
        if replaced:
            changes[name] = clean
            problems.append(
                Failure(
                    where,
                    f"{replaced} character(s) in {name!r} that no text can carry "
                    "(lone surrogates, NUL) replaced with U+FFFD",
                    fatal=False,
                )
            )
    if article.date is not None and not plausible(article.date):
        problems.append(
            Failure(
                where,
                f"date {article.date.isoformat()} is outside {EARLIEST.year}–"
                f"{LATEST.year} (kept undated; --date sets one)",
                fatal=False,
            )
        )
        changes.update(date=None, date_source="none")
    return (replace(article, **changes) if changes else article), problems  # type: ignore[arg-type]


# The plausible window of publication dates. Fixed, not relative to today, so that the same file reads the same
# way next year (reproducible runs); wide enough for archives and for fictional test corpora set in the 2030s.
# Year 9999 or 0001 is a placeholder, and would stretch every period series over millennia.
EARLIEST = Date(1900, 1, 1)
LATEST = Date(2099, 12, 31)


def plausible(day: Date) -> bool:
    """Is the date one a news article could carry?"""
    return EARLIEST <= day <= LATEST


def _read_input(
    path: str, field_map: dict[str, str] | None, max_bytes: int, source: str | None
) -> Iterator[Article | Failure]:
    """Everything one path (or stdin) holds; every problem becomes a Failure."""
    try:
        stdin = path == files.STDIN
        size = None if stdin else files.file_size(path)
        ext = "" if stdin else files.suffix(path)
        kind = KINDS.get(ext)
        packed = not stdin and files.is_gz_name(path)
        if kind and size is not None and not packed:
            _check_size(kind, size, max_bytes, path)  # refused by its size alone: never opened, never read
        opened = files.open_input(path)
        with opened.stream:
            if not opened.head.strip():
                if opened.truncated:
                    raise InputError("truncated: the gzip data ends before any content", path)
                raise InputError("empty input" if stdin else "empty file", path)
            if kind is None:
                kind = sniff(opened.head) or ("text" if stdin else None)
                if kind is None:
                    raise InputError(
                        f"unknown format {ext or '(no extension)'!r} and the content is not one we "
                        f"read; accepted: {', '.join(ACCEPTED)} (and any of them .gz)",
                        path,
                    )
                if size is not None and not opened.packed:
                    _check_size(kind, size, max_bytes, path)
            if kind != "warc":  # archives may hold binary payloads; their records are checked one by one
                files.check_text(opened.head, path)
            yield from _dispatch(kind, opened, path, field_map, max_bytes, source)
            if opened.truncated and kind not in SINGLE | WHOLE:
                yield Failure(
                    path, "truncated: the gzip data ends mid-stream; the records before the cut were read"
                )
    except InputError as exc:
        yield Failure(exc.where or path, exc.problem)
    except (OSError, EOFError, zlib.error) as exc:  # unreadable file, or corrupt gzip data
        yield Failure(path, f"cannot read it ({' '.join(str(exc).split())[:200]})")
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop a run; say what broke and go on
        yield Failure(
            path, f"unexpected error reading it ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        )


def _check_size(kind: str, size: int, max_bytes: int, where: str) -> None:
    """Refuse a single-article file over the limit (and a whole-read container over its larger limit)."""
    if kind in SINGLE and size > max_bytes:
        raise InputError(files.over_limit(size, max_bytes), where)
    if kind in WHOLE and size > max_bytes * WHOLE_FACTOR:
        raise InputError(
            f"file is {files.size_text(size)}, over the {files.size_text(max_bytes * WHOLE_FACTOR)} limit for "
            f"a feed or JSON document read whole ({WHOLE_FACTOR} × max_article_bytes); split it or "
            "use JSON Lines",
            where,
        )


def _dispatch(
    kind: str,
    opened: files.Opened,
    where: str,
    field_map: dict[str, str] | None,
    max_bytes: int,
    source: str | None,
) -> Iterator[Article | Failure]:
    """The reader for one format, given the opened (and gunzipped) stream."""
    stream = opened.stream
    if kind == "warc":
        yield from warc.read_archive(stream, where, max_bytes)
    elif kind == "jsonl":
        yield from datafile.read_jsonl(stream, where, field_map, max_bytes)
    elif kind in ("csv", "tsv"):
        yield from datafile.read_csv(stream, where, field_map, max_bytes, "\t" if kind == "tsv" else ",")
    elif kind in WHOLE:
        data = _whole(opened, max_bytes * WHOLE_FACTOR, where)
        feed = feeds.json_feed(data) if kind == "json" else None
        if feed is not None:
            yield from feeds.read_json_feed(feed, where, source)
        elif kind == "json":
            yield from datafile.read_json(data, where, field_map)
        else:
            yield from feeds.read_feed(data, where, source)
    else:
        data = _whole(opened, max_bytes, where)
        if kind == "html":
            yield html.read_html(data, where)
        else:
            yield from text.read_text(data, where)


def _whole(opened: files.Opened, limit: int, where: str) -> bytes:
    """A document read whole, within ``limit``; a cut-short gzip document is refused, not read in part."""
    data = files.read_limited(
        opened.stream, limit, where, "decompressed content" if opened.packed else "content"
    )
    if opened.truncated:
        raise InputError("truncated: the gzip data ends mid-stream, so the document is incomplete", where)
    return data


def sniff(head: bytes) -> str | None:
    """The format the first bytes show, or None: for stdin and for files whose extension says nothing."""
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = body[:4096].lower()
    if low.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if low.startswith(b"["):
        return "json"
    if low.startswith(b"{"):
        if b"jsonfeed.org" in low:
            return "json"
        first, newline, _ = body.partition(b"\n")
        if not newline:
            return "jsonl"  # one long line: a record (a pretty-printed document would have line breaks)
        try:
            json.loads(first)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return "json"  # "{" alone on the first line: a pretty-printed document
        return "jsonl"
    if low.startswith(b"<"):
        marks = {
            b"<rss": "feed",
            b"<feed": "feed",
            b"<rdf:rdf": "feed",
            b"<urlset": "feed",
            b"<sitemapindex": "feed",
            b"<html": "html",
            b"<!doctype html": "html",
            b"<head": "html",
            b"<body": "html",
        }
        found = sorted((low.find(mark), kind) for mark, kind in marks.items() if mark in low)
        if found:
            return found[0][1]
        return "feed" if low.startswith(b"<?xml") else "html"
    return None


__all__ = ["ACCEPTED", "checked", "plausible", "read", "sniff"]
