"""Flat tables out of a store, for the tools analysts already use: one row per record with its article (id,
headline, outlet, URL) and spans, as JSON Lines, CSV or Parquet; events also as a GDELT 2.0 event table and as
PLOVER-style records. ``docs/export.md`` lists every column and what differs from the originals."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .analyze import find_shifts, resolve_actor
from .errors import UsageError
from .model import Event, Found, Origin
from .store import Selection, Store

TABLES = ("articles", "quotes", "events", "stances", "shifts")
FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")


def rows(store: Store, table: str, selection: Selection) -> Iterator[dict[str, Any]]:
    """The table's rows, flat: a span ``x_span`` becomes ``x_start`` and ``x_end``; a shift's two sides are
    prefixed ``before_`` and ``after_``."""
    if table == "articles":
        _, origins = store.article_list(Selection(since=selection.since, until=selection.until, limit=None))
        for origin in origins:
            yield _flat({**_origin(origin)})
    elif table in ("quotes", "events", "stances"):
        read: Any = {"quotes": store.quotes, "events": store.events, "stances": store.stances}[table]
        for found in read(selection):
            yield _flat(found.row())
    elif table == "shifts":
        holder = resolve_actor(store, selection.actor) if selection.actor else None
        for shift in find_shifts(store, holder, limit=100_000):
            row = shift.row()
            sides = {
                f"{side}_{k}": v for side in ("before", "after") for k, v in _flat(row.pop(side)).items()
            }
            yield {**row, **sides}
    else:
        raise UsageError(f"--table must be one of {', '.join(TABLES)}; not {table!r}")


def write(store: Store, out: Path, fmt: str, table: str, selection: Selection) -> int:
    """Write the table in a format; returns the number of rows written."""
    if fmt == "gdelt":
        return _write_csv(out, gdelt_rows(store, selection), delimiter="\t", columns=GDELT_COLUMNS)
    if fmt == "plover":
        return _write_jsonl(out, plover_records(store, selection))
    found = rows(store, table, selection)
    if fmt == "jsonl":
        return _write_jsonl(out, found)
    if fmt == "csv":
        return _write_csv(out, found)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        listed = list(found)
        pq.write_table(pa.Table.from_pylist(listed), str(out))
        return len(listed)
    raise UsageError(f"--format must be one of {', '.join(FORMATS)}; not {fmt!r}")


# -- GDELT 2.0 ------------------------------------------------------------------------------------------------

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{c}"
        for n in (1, 2)
        for c in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{c}"
        for who in ("Actor1", "Actor2", "Action")
        for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)
LEAD_CHARS = 400  # an event told in an article's first 400 characters is its "root" event (the lead)


def _events(store: Store, selection: Selection, asserted: bool = False) -> list[Found[Event]]:
    """Every event of the selection's dyad, actor and dates (``asserted``: told as having happened, dated)."""
    return store.events(
        Selection(
            source=selection.source,
            target=selection.target,
            since=selection.since,
            until=selection.until,
            actor=selection.actor,
            asserted=asserted,
            limit=None,
        )
    )


def gdelt_rows(store: Store, selection: Selection) -> Iterator[dict[str, Any]]:
    """Asserted, dated events as GDELT 2.0 event-table rows (the published column names and types)."""
    names: dict[str, str] = {}
    for found in _events(store, selection, asserted=True):
        event = found.record
        day = event.date
        if day is None:
            continue
        row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
        row.update(
            {
                "GLOBALEVENTID": _event_id(found),
                "SQLDATE": int(day.strftime("%Y%m%d")),
                "MonthYear": int(day.strftime("%Y%m")),
                "Year": day.year,
                "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4),
                "IsRootEvent": int(event.sentence_span.start < LEAD_CHARS),
                "EventCode": event.code,
                "EventBaseCode": event.code[:3],
                "EventRootCode": event.root,
                "QuadClass": event.quad,
                "GoldsteinScale": event.goldstein,
                "NumMentions": event.mentions,
                "NumSources": 1,
                "NumArticles": 1,
                "DATEADDED": int(day.strftime("%Y%m%d")) * 1_000_000,
                "SOURCEURL": found.origin.url or "",
            }
        )
        for n, code, actor_id in (
            (1, event.source, event.source_actor),
            (2, event.target, event.target_actor),
        ):
            row[f"Actor{n}Code"] = code or ""
            row[f"Actor{n}Name"] = _name(store, names, actor_id)
            row[f"Actor{n}CountryCode"] = (code or "")[:3]
            row[f"Actor{n}Type1Code"] = (code or "")[3:6]
        yield row


def _event_id(found: Found[Event]) -> int:
    """A stable integer id: the same event gets the same id in every export of every store."""
    key = f"{found.origin.article_id}#{found.idx}".encode()
    return int(hashlib.sha1(key, usedforsecurity=False).hexdigest()[:15], 16)


def _name(store: Store, cache: dict[str, str], actor_id: str | None) -> str:
    if not actor_id:
        return ""
    if actor_id not in cache:
        actor = store.actor(actor_id)
        cache[actor_id] = actor.name.upper() if actor else ""  # GDELT writes actor names in capitals
    return cache[actor_id]


# -- PLOVER -----------------------------------------------------------------------------------------------------


def plover_records(store: Store, selection: Selection) -> Iterator[dict[str, Any]]:
    """Events as PLOVER-style records: event type, mode, context, actor and recipient, date, text."""
    names: dict[str, str] = {}
    for found in _events(store, selection):
        event = found.record
        yield {
            "id": f"{found.origin.article_id}#{found.idx}",
            "event_type": event.plover,
            "mode": event.mode or "",
            "context": [
                c for c, on in (("negated", event.negated), ("hypothetical", event.hypothetical)) if on
            ],
            "actor": event.source,
            "actor_name": _name(store, names, event.source_actor).title(),
            "recipient": event.target,
            "recipient_name": _name(store, names, event.target_actor).title(),
            "date": event.date.isoformat() if event.date else None,
            "cameo": event.code,
            "text": found.evidence,
            "text_span": event.sentence_span.as_list(),
            **_origin(found.origin),
        }


# -- writing ------------------------------------------------------------------------------------------------------


def _origin(origin: Origin) -> dict[str, Any]:
    return {
        "article_id": origin.article_id,
        "record_id": origin.record_id,
        "title": origin.title,
        "article_date": origin.date.isoformat() if origin.date else None,
        "outlet": origin.outlet,
        "url": origin.url,
    }


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key.endswith("_span") or key == "span":
            stem = key.removesuffix("_span").removesuffix("span") or "span"
            start, end = value if value else (None, None)
            out[f"{stem}_start"], out[f"{stem}_end"] = start, end
        elif isinstance(value, date):
            out[key] = value.isoformat()
        else:
            out[key] = value
    return out


def _write_jsonl(out: Path, found: Iterator[dict[str, Any]]) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in found:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


# A spreadsheet runs a cell that starts with one of these as a formula: stored text must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value for a CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(
    out: Path, found: Iterator[dict[str, Any]], delimiter: str = ",", columns: tuple[str, ...] | None = None
) -> int:
    listed = [{k: _cell(v) for k, v in row.items()} for row in found]
    header = list(columns) if columns else list(dict.fromkeys(k for row in listed for k in row))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(listed)
    return len(listed)
