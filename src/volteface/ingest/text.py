"""Plain text and Markdown: an optional first line ``date YYYY-MM-DD`` or YAML front matter, then the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from ..model import Article, Failure
from .dates import parse_date
from .files import decode_utf8

# "date 2025-09-24" alone on the first line, or followed by the body on the same line (as pasted copies have);
# only a YYYY-MM-DD-shaped value counts, so a first sentence like "Date night at the embassy…" stays text.
_DATE_LINE = re.compile(
    r"\A[ \t\ufeff]*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]*(?:\r?\n|\Z)|[ \t]+)", re.IGNORECASE
)
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _front_matter(text: str, where: str) -> tuple[dict[str, str], str, Failure | None]:
    """(fields, body, problem) from YAML front matter; no front matter gives ({}, text, None)."""
    match = _FRONT.match(text)
    if not match:
        return {}, text, None
    try:
        # BaseLoader keeps every value a string: a YAML date like 2025-02-30 must reach parse_date, not crash.
        loaded = yaml.load(match.group(1), Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds no objects
    except yaml.YAMLError as exc:
        first = " ".join(str(exc).split())[:160]
        return (
            {},
            text,
            Failure(where, f"front matter is not valid YAML ({first}); read it as text", fatal=False),
        )
    if not isinstance(loaded, dict):
        return {}, text, None
    fields = {str(k).lower(): v.strip() for k, v in loaded.items() if isinstance(v, str) and v.strip()}
    return fields, text[match.end() :], None


def parse_text(text: str, where: str) -> Iterator[Article | Failure]:
    """One article from a text document; a bad date is reported and the article kept undated."""
    fields, body, problem = _front_matter(text, where)
    if problem:
        yield problem
    if not fields and problem is None:
        line = _DATE_LINE.match(text)
        if line:
            fields, body = {"date": line.group(1)}, text[line.end() :]
    day, date_problem = parse_date(fields.get("date"))
    if date_problem:
        yield Failure(where, date_problem, fatal=False)
    body = body.lstrip("\r\n").rstrip()  # the blank lines between header and body are not the article's
    if not body.strip():
        yield Failure(
            where, "no text after the header (expected the article body below the date line or front matter)"
        )
        return
    yield Article(
        id="",
        text=body,
        title=fields.get("title"),
        date=day,
        date_source="text" if day else "none",
        url=fields.get("url"),
        source=fields.get("source"),
        provenance=where,
    )


def read_text(data: bytes, where: str) -> Iterator[Article | Failure]:
    """One article from the bytes of a .txt/.md file (strict UTF-8)."""
    yield from parse_text(decode_utf8(data, where), where)


__all__ = ["parse_text", "read_text"]
