"""Records ↔ table rows, derived from the dataclass fields so the schema and the model cannot drift apart.

A ``Span`` field ``x_span`` is stored as ``x_start``/``x_end`` (``span`` as ``span_start``/``span_end``);
dates as ISO text; booleans as 0/1.
"""

from __future__ import annotations

import typing
from dataclasses import fields
from datetime import date
from functools import cache
from typing import Any

from .. import model
from ..model import Span

# Child tables of an article: table name → (record type, Article field holding them).
CHILD_TABLES: dict[str, tuple[type, str]] = {
    "posts": (model.Post, "posts"),
    "mentions": (model.Mention, "mentions"),
    "quotes": (model.Quote, "quotes"),
    "events": (model.Event, "events"),
    "stances": (model.Stance, "stances"),
}
ARTICLE_COLUMNS = (
    "id",
    "title",
    "date",
    "date_source",
    "url",
    "source",
    "lang",
    "text",
    "provenance",
    "record_id",
    "extractor_version",
)
ACTOR_COLUMNS = ("id", "name", "code", "country", "sector", "kind")


def _span_columns(name: str) -> tuple[str, str]:
    stem = name.removesuffix("_span")
    return f"{stem}_start", f"{stem}_end"


@cache
def _kinds(record_type: type) -> dict[str, Any]:
    hints = typing.get_type_hints(record_type, vars(model), vars(model))
    return {f.name: hints[f.name] for f in fields(record_type)}


def _is(hint: Any, kind: type) -> bool:
    return hint is kind or kind in typing.get_args(hint)


@cache
def columns(record_type: type) -> tuple[str, ...]:
    """The table columns for a record type, in field order."""
    out: list[str] = []
    for name, hint in _kinds(record_type).items():
        out.extend(_span_columns(name) if _is(hint, Span) else (name,))
    return tuple(out)


def to_row(record: Any) -> tuple[Any, ...]:
    """A record as a row of plain SQL values, in ``columns()`` order."""
    row: list[Any] = []
    kind: type = type(record)
    for name, hint in _kinds(kind).items():
        value = getattr(record, name)
        if _is(hint, Span):
            row.extend((value.start, value.end) if value is not None else (None, None))
        elif isinstance(value, date):
            row.append(value.isoformat())
        elif isinstance(value, bool):
            row.append(int(value))
        else:
            row.append(value)
    return tuple(row)


@cache
def _readers(record_type: type) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """How each field of a record type is read back from a row: (field, "span" / "date" / "bool" / "value",
    its columns), worked out once per type rather than for every row read."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for name, hint in _kinds(record_type).items():
        if _is(hint, Span):
            out.append((name, "span", _span_columns(name)))
        elif _is(hint, date):
            out.append((name, "date", (name,)))
        elif hint is bool:
            out.append((name, "bool", (name,)))
        else:
            out.append((name, "value", (name,)))
    return tuple(out)


def from_row(record_type: type, row: dict[str, Any]) -> Any:
    """A record rebuilt from a row mapping (column name → value)."""
    values: dict[str, Any] = {}
    for name, kind, cols in _readers(record_type):
        value = row[cols[0]]
        if kind == "span":
            values[name] = Span(value, row[cols[1]]) if value is not None else None
        elif kind == "date":
            values[name] = date.fromisoformat(value) if value else None
        elif kind == "bool":
            values[name] = bool(value)
        else:
            values[name] = value
    return record_type(**values)
