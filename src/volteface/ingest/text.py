"""Plain text and Markdown: an optional first line ``date YYYY-MM-DD`` or YAML front matter, then the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from ..model import Article, Failure
from .dates import parse_date

# "date 2025-09-24" alone on the first line, or followed by the body on the same line (as pasted copies have).
_DATE_LINE = re.compile(r"^\s*date:?\s+(\S+)[ \t]*(?:\n|(?=\S)|$)", re.IGNORECASE)
_FRONT = re.compile(r"^---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


def parse_text(text: str, where: str) -> Iterator[Article | Failure]:
    """One article from a text file; a bad date is reported and the article kept undated."""
    meta: dict[str, object] = {}
    body = text
    front = _FRONT.match(text)
    if front:
        try:
            loaded = yaml.safe_load(front.group(1))
        except yaml.YAMLError as exc:
            yield Failure(where, f"front matter is not valid YAML ({str(exc).splitlines()[0]}); read as text",
                          fatal=False)
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            body = text[front.end():]
    else:
        line = _DATE_LINE.match(text)
        if line:
            meta = {"date": line.group(1)}
            body = text[line.end():]
    day, problem = parse_date(meta.get("date"))  # type: ignore[arg-type]
    if problem:
        yield Failure(where, problem, fatal=False)
    if not body.strip():
        yield Failure(where, "no text after the header")
        return
    yield Article(
        id="",
        text=body.strip("\n"),
        title=str(meta["title"]) if meta.get("title") else None,
        date=day,
        date_source="text" if day else "none",
        url=str(meta["url"]) if meta.get("url") else None,
        source=str(meta["source"]) if meta.get("source") else None,
        provenance=where,
    )
