"""Data files of article records: JSON Lines, JSON (an array or one object) and CSV/TSV, streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..model import Article, Failure
from .dates import parse_date
from .files import SNIFF, check_text_bytes, open_binary

FIELDS = ("text", "title", "date", "url", "source", "id")


def to_article(record: Any, where: str, field_map: dict[str, str] | None) -> Iterator[Article | Failure]:
    """A record (mapping) → an article with fields named ours or mapped by ``field_map``."""
    if not isinstance(record, dict):
        yield Failure(where, f"expected an object with a 'text' field, got {type(record).__name__}")
        return
    names = {f: (field_map or {}).get(f, f) for f in FIELDS}
    text = record.get(names["text"])
    if not isinstance(text, str) or not text.strip():
        known = ", ".join(sorted(map(str, record))[:8])
        yield Failure(where, f"no text in field {names['text']!r} (fields: {known}; --field text=NAME maps one)")
        return
    day, problem = parse_date(record.get(names["date"]))
    if problem:
        yield Failure(where, problem, fatal=False)
    own_id = record.get(names["id"])

    def field(name: str) -> str | None:
        value = record.get(names[name])
        return str(value) if value not in (None, "") else None

    yield Article(
        id="",
        text=text,
        title=field("title"),
        date=day,
        date_source="field" if day else "none",
        url=field("url"),
        source=field("source"),
        provenance=f"{where} id={own_id}" if own_id is not None else where,
    )


def _lines(path: str, max_bytes: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, problem) per line, decoding each line on its own so one bad line stays one."""
    with open_binary(path) as handle:
        head = handle.peek(SNIFF)[:SNIFF] if hasattr(handle, "peek") else b""
        check_text_bytes(head, path)
        for number, raw in enumerate(handle, 1):
            if len(raw) > max_bytes:
                yield number, None, f"record is over the {max_bytes / 1e6:.1f} MB article limit"
                continue
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8"), None
            except UnicodeDecodeError as exc:
                yield number, None, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start})"


def read_jsonl(path: str, field_map: dict[str, str] | None, max_bytes: int) -> Iterator[Article | Failure]:
    for number, line, problem in _lines(path, max_bytes):
        where = f"{path}:line {number}"
        if problem:
            yield Failure(where, problem)
            continue
        assert line is not None
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            cut = " (truncated?)" if not line.endswith("\n") else ""
            yield Failure(where, f"not valid JSON: {exc.msg}{cut}")
            continue
        yield from to_article(record, where, field_map)


def read_json(path: str, data: str, field_map: dict[str, str] | None) -> Iterator[Article | Failure]:
    try:
        loaded = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} at line {exc.lineno}", path) from None
    records = loaded if isinstance(loaded, list) else [loaded]
    for n, record in enumerate(records, 1):
        yield from to_article(record, f"{path}#record {n}" if len(records) > 1 else path, field_map)


def read_csv(path: str, field_map: dict[str, str] | None, max_bytes: int, delimiter: str) -> Iterator[Article | Failure]:
    csv.field_size_limit(max_bytes)
    with open_binary(path) as handle:
        head = handle.peek(SNIFF)[:SNIFF] if hasattr(handle, "peek") else b""
        check_text_bytes(head, path)
        reader = csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8-sig"), delimiter=delimiter)
        number = 1
        try:
            for number, row in enumerate(reader, 2):
                yield from to_article(row, f"{path}:row {number}", field_map)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Failure(f"{path}:row {number + 1}", f"cannot read CSV ({exc})")


__all__ = ["read_csv", "read_json", "read_jsonl", "to_article"]
