"""Date strings from records, front matter and feeds → ``date``, or a one-line problem; never a guess."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz
from typing import Any

# ISO 8601 / RFC 3339, with an optional time and zone: the date is taken as written (the publisher's day).
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.,]+\s*(?:Z|[+-]\d\d:?\d\d)?)?\s*$", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![+\-\d:])(\d{4})\b")  # a year, not a zone ("-0400")
_RELATIVE = re.compile(r"\b(ago|yesterday|today|tomorrow|tonight|last|next|this|now)\b", re.IGNORECASE)
# Only absolute forms: dateparser's relative-time and timestamp parsers would turn "Tuesday" into a guess.
_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _undated(kind: str, text: str) -> str:
    return f"{kind} date {text!r} (kept undated; --date sets one)"


def parse_date(value: str | date | None) -> tuple[date | None, str | None]:
    """(date, None) for a real calendar date, (None, problem) for an impossible or unreadable one."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = " ".join(str(value).split())
    if not text:
        return None, None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day), None
        except ValueError:
            return None, _undated("impossible", text)
    rfc = parsedate_tz(text)  # RSS pubDate form: "Wed, 24 Sep 2025 10:00:00 -0400"
    if rfc is not None and rfc[0] > 0:
        written = _YEAR.search(
            text
        )  # the email parser reads "0001" as a two-digit year, 2001: keep the year written
        year = int(written.group(1)) if written else rfc[0]
        try:
            return date(year, rfc[1], rfc[2]), None
        except ValueError:
            return None, _undated("impossible", text)
    import dateparser  # imported late: it takes a moment and most inputs are ISO dates

    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    if parsed is None and _RELATIVE.search(text):
        return None, _undated("relative", text)
    if parsed is None:
        return None, f"unreadable date {text!r} (kept undated; give YYYY-MM-DD, or --date sets one)"
    return parsed.date(), None


__all__ = ["parse_date"]
