"""Embedded social posts: a tweet pasted into an article becomes a ``Post`` with its real author and date.

The pasted form is ``<post text> pic.twitter.com/… — Name (@handle) Month D, YYYY``. The post text is the
paragraph ending at the signature, plus the paragraphs just before it when they are list items continuing it
(a post with a bulleted list is pasted as several paragraphs).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..model import Post, Span

_SIGNATURE = re.compile(
    r"(?P<link>\s*(?:https?://)?(?:pic\.twitter\.com|t\.co|x\.com)/\S+)?"
    r"\s*[—–-]{1,2}\s*(?P<author>[^\n()@—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4})"
)
_LIST_ITEM = re.compile(r"^\s*[-–—•*·]\s")
# Letters, spaces and the punctuation of names; emoji and flags in display names are dropped.
_NAME_CHARS = re.compile(r"[^\w .'’-]+")


def _clean_name(raw: str) -> str:
    return re.sub(r"\s+", " ", _NAME_CHARS.sub(" ", raw)).strip(" .-")


def _post_start(text: str, end: int) -> int:
    """Where the post's text begins: the start of its paragraph, extended back over list items."""
    start = text.rfind("\n", 0, end) + 1
    while _LIST_ITEM.match(text[start:end]):
        before = text[:start].rstrip()
        if not before:
            break
        start = before.rfind("\n") + 1
    return start


def find_posts(text: str) -> tuple[Post, ...]:
    """Every pasted post in the text, with the span of its own words (link and signature excluded)."""
    posts = []
    for match in _SIGNATURE.finditer(text):
        if match.group("link") is None and not text[: match.start()].rstrip().endswith((".", "!", "?", "…")):
            # Without a media link, accept only a signature that follows a finished sentence.
            continue
        body_end = match.start()
        start = _post_start(text, body_end)
        while start < body_end and text[start].isspace():
            start += 1
        while body_end > start and text[body_end - 1].isspace():
            body_end -= 1
        if body_end <= start:
            continue
        try:
            when: date | None = datetime.strptime(
                re.sub(r"\s+", " ", match.group("date")), "%B %d, %Y"
            ).date()
        except ValueError:
            when = None
        link = (match.group("link") or "").strip() or None
        posts.append(
            Post(
                platform="twitter",
                author=_clean_name(match.group("author")) or match.group("handle"),
                handle=match.group("handle"),
                date=when,
                text=text[start:body_end],
                span=Span(start, body_end),
                url=("https://" + link) if link and not link.startswith("http") else link,
            )
        )
    return tuple(posts)
