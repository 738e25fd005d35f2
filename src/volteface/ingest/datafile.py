"""Data files of article records: JSON Lines and CSV/TSV streamed line by line, JSON (array or object) whole."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Article, Failure
from .dates import parse_date
from .files import decode_utf8, size_text

FIELDS = ("text", "title", "date", "url", "source", "id")


def to_article(record: Any, where: str, field_map: dict[str, str] | None) -> Iterator[Article | Failure]:
    """A record (mapping) → an article, its fields named ours or mapped by ``field_map`` (ours → theirs)."""
    if not isinstance(record, dict):
        yield Failure(where, f"expected an object with a 'text' field, got {type(record).__name__}")
        return
    names = {f: (field_map or {}).get(f, f) for f in FIELDS}
    text = record.get(names["text"])
    if not isinstance(text, str) or not text.strip():
        known = ", ".join(sorted(map(str, record))[:10]) or "none"
        what = (
            "no text"
            if text in (None, "") or isinstance(text, str)
            else f"a {type(text).__name__}, not text,"
        )
        yield Failure(
            where, f"{what} in field {names['text']!r} (fields: {known}; --field text=NAME maps one)"
        )
        return

    def field(name: str) -> str | None:
        value = record.get(names[name])
        if value is None or isinstance(value, (dict, list)):
            return None
        return str(value).strip() or None

    day, problem = parse_date(field("date"))
    if problem:
        yield Failure(where, problem, fatal=False)
    own_id = field("id")
    yield Article(
        id="",
        text=text,
        title=field("title"),
        date=day,
        date_source="field" if day else "none",
        url=field("url"),
        source=field("source"),
        provenance=f"{where} (id {own_id})" if own_id else where,
        record_id=own_id,
    )


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, bool]]:
    """(line, too_long) per line; a line longer than ``max_bytes`` is skipped over, never held whole."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line in bounded chunks
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield b"", True
        else:
            yield line, False


def read_jsonl(
    stream: BinaryIO, where: str, field_map: dict[str, str] | None, max_bytes: int
) -> Iterator[Article | Failure]:
    """One article per JSON line; a bad line is a Failure for that line and reading goes on."""
    seen = False
    for number, (raw, too_long) in enumerate(_bounded_lines(stream, max_bytes), 1):
        here = f"{where}:line {number}"
        if too_long:
            yield Failure(
                here, f"record is over the {size_text(max_bytes)} article limit (setting max_article_bytes)"
            )
            continue
        if not raw.strip():
            continue
        seen = True
        try:
            line = decode_utf8(raw, here)
            record = json.loads(line)
        except InputError as exc:
            yield Failure(here, exc.problem)
            continue
        except json.JSONDecodeError as exc:
            cut = "; the line is cut short (truncated file?)" if not raw.endswith(b"\n") else ""
            yield Failure(here, f"not valid JSON ({exc.msg}, column {exc.colno}){cut}")
            continue
        except (ValueError, RecursionError) as exc:  # an integer of 5,000 digits, arrays nested 100,000 deep
            what = (
                "nested too deeply" if isinstance(exc, RecursionError) else " ".join(str(exc).split())[:120]
            )
            yield Failure(here, f"not a record we can read ({what})")
            continue
        yield from to_article(record, here, field_map)
    if not seen:
        yield Failure(where, "no records (only blank lines)")


def read_json(data: bytes, where: str, field_map: dict[str, str] | None) -> Iterator[Article | Failure]:
    """Articles from a JSON document: an array of records, or one record."""
    try:
        loaded = json.loads(decode_utf8(data, where))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); accepted: an "
            "array of records, one record, or a JSON Feed",
            where,
        ) from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit integer, arrays nested 100,000 deep
        what = "nested too deeply" if isinstance(exc, RecursionError) else " ".join(str(exc).split())[:120]
        raise InputError(f"not a JSON document we can read ({what})", where) from None
    if isinstance(loaded, list):
        for n, record in enumerate(loaded, 1):
            yield from to_article(record, f"{where}#record {n}", field_map)
    else:
        yield from to_article(loaded, where, field_map)


def read_csv(
    stream: BinaryIO, where: str, field_map: dict[str, str] | None, max_bytes: int, delimiter: str
) -> Iterator[Article | Failure]:
    """One article per row (a header row names the fields); provenance is the row's first line."""
    # The module-wide field limit (128 KB by default) would refuse long articles; an article may be max_bytes.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        if not reader.fieldnames:
            yield Failure(
                where, "no header row (the first row names the fields: text, title, date, url, source)"
            )
            return
        start, rows = reader.line_num + 1, 0
        for row in reader:
            rows += 1
            here = f"{where}:line {start}"
            start = reader.line_num + 1
            extra = row.pop(None, None)  # type: ignore[call-overload]
            if extra:
                yield Failure(
                    here, f"row has {len(extra)} more cells than the header; read the named ones", fatal=False
                )
            yield from to_article(row, here, field_map)
        if not rows:
            yield Failure(where, "no records (only a header row)")
    except UnicodeDecodeError as exc:
        yield Failure(
            f"{where}:line {reader.line_num + 1}",
            f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x}); convert it to UTF-8; stopped here",
        )
    except csv.Error as exc:
        yield Failure(f"{where}:line {reader.line_num}", f"cannot read CSV ({exc}); stopped here")


__all__ = ["read_csv", "read_json", "read_jsonl", "to_article"]
