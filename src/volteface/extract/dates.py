"""Dates said in a sentence ("on Tuesday", "yesterday", "on August 17"), resolved against a reference date.

News convention: a bare weekday is the most recent such day on or before the reference (the article or post
date), or the next one for an act still to come; a bare month and day is in the reference's year unless that
would put it more than a season (90 days) after the reference: then it is last year's, and a
nearer one is a day still to come, which dates only an act to come.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_WEEKDAY = re.compile(
    r"\b(?:on|last|next|this|late on|early on)\s+(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
# US news style names the day with no preposition after a verb ("committed Tuesday to deliver", "said Monday"); a
# weekday after a capitalised word is a name instead ("Black Friday", "Super Tuesday", "Bloody Sunday")
_BARE_WEEKDAY = re.compile(r"(?<=[a-z,] )(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
_RELATIVE = re.compile(
    r"\b(yesterday|today|(\w+) days? ago|a week ago|last week|(?:exactly )?(?:one|a) month ago|"
    r"a few weeks (?:ago|back))\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b(?:on\s+)?(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# news names days to come within a season (a summit, a vote); a bare day further ahead than that is last year's
UPCOMING_DAYS = 90
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def sentence_date(text: str, reference: date | None, ahead: bool = False) -> date | None:
    """The date a sentence names for what it reports, or None when it names none (or there is no reference).
    ``ahead``: the act is still to come ("goes to Moscow on Tuesday", "will meet on Friday"), so a bare weekday
    is the next such day on or after the reference, not the last one."""
    # (one key however it is called: the memo tells "ahead=False" from a bare call, and computed each twice)
    return _sentence_date(text, reference, ahead)


# events, stances and quotes each ask it of the same sentences; the answers are immutable
@lru_cache(maxsize=4096)
def _sentence_date(text: str, reference: date | None, ahead: bool) -> date | None:
    if reference is None:
        return None
    # (a month's day needs a digit: most sentences have none, and the month pattern is the slowest to try)
    match = _MONTH_DAY.search(text) if _DIGIT.search(text) else None
    if match:
        name = match.group(1).lower()
        month = (
            MONTHS.index(name) + 1
            if name in MONTHS
            else _MONTH_ABBR.get(name[:4] if name == "sept" else name[:3])
        )
        year = int(match.group(3)) if match.group(3) else reference.year
        try:
            found = date(year, month, int(match.group(2)))  # type: ignore[arg-type]
        except (ValueError, TypeError):
            found = None
        if found is not None and not match.group(3) and found > reference:
            # a day up to a season ahead is one still to come ("a conference on June 15" told in April): the
            # date of an act to come, no date of a done one; further ahead it is last year's ("on December 28"
            # told in January)
            if (found - reference).days > UPCOMING_DAYS:
                found = found.replace(year=found.year - 1)
            elif not ahead:
                found = None
        if found is not None:
            return found
    match = _WEEKDAY.search(text) or next(
        (
            m
            for m in _BARE_WEEKDAY.finditer(text)
            if (previous := _PREVIOUS_WORD.search(text, 0, m.start()))
            and previous.group(1).islower()
            and previous.group(1) not in ("the", "a", "an", "every", "each", "that", "one")
        ),
        None,
    )
    if match:
        day = WEEKDAYS.index(match.group(1).lower())
        if (
            match.group(0).lower().startswith("next")
            or ahead
            and not match.group(0).lower().startswith("last")
        ):
            return reference + timedelta(days=(day - reference.weekday()) % 7)
        back = (reference.weekday() - day) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        return reference - timedelta(days=back)
    match = _RELATIVE.search(text)
    if match:
        phrase = match.group(1).lower()
        if phrase == "yesterday":
            return reference - timedelta(days=1)
        if phrase == "today":
            return reference
        if phrase.endswith("month ago"):
            month = reference.month - 1 or 12
            year = reference.year - (reference.month == 1)
            return reference.replace(year=year, month=month, day=min(reference.day, 28))
        if phrase in ("a week ago", "last week"):
            return reference - timedelta(days=7)
        if phrase.startswith("a few weeks"):
            return reference - timedelta(days=21)
        count = (
            _NUMBERS.get(match.group(2).lower())
            if match.group(2) and not match.group(2).isdigit()
            else (int(match.group(2)) if match.group(2) else None)
        )
        if count:
            return reference - timedelta(days=count)
    return None
