"""Date strings from records, front matter and feeds → ``date``, or a one-line problem; never a guess."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")
_RELATIVE = re.compile(r"\b(ago|yesterday|today|tomorrow|last|next|this)\b", re.IGNORECASE)


def parse_date(value: str | date | None) -> tuple[date | None, str | None]:
    """(date, None) for a real calendar date, (None, problem) for an impossible or unreadable one."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = str(value).strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day), None
        except ValueError:
            return None, f"impossible date {text!r} (kept undated; --date sets one)"
    if _RELATIVE.search(text):
        return None, f"relative date {text!r} cannot be placed (kept undated; --date sets one)"
    import dateparser  # imported late: it takes a moment and most inputs are ISO dates

    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    if parsed is None:
        return None, f"unreadable date {text!r} (kept undated; give YYYY-MM-DD)"
    return parsed.date(), None
