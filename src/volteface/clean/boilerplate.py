"""Web boilerplate in plain text: short interface lines that are not sentences ("Newsletter", "Share").

General rules, not a list of strings: a line is interface text when it is very short, carries no sentence
punctuation and is not a list item, or when it is a call to action ("Sign up…", "Follow us…") at an edge.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*([-–—•*·▪●]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.?:;\"”’)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CALL_TO_ACTION = re.compile(
    r"^\s*(sign (up|in)|log ?in|subscribe|follow us|share (this|on)|click|tap|read (more|next|also)|"
    r"download|watch|listen|advertisement|sponsored|related|search|cookie|accept|skip to|back to top|"
    r"all rights reserved|©|copyright)\b",
    re.IGNORECASE,
)
EDGE = 5  # lines from either end where calls to action are dropped whatever their length
# A box of links to other stories, anywhere in the page, opens with a label like these; the headline and teaser
# after it are another article's, not this one's ("Other Topics of Interest Scholz Urges … Germany is …").
_TEASER_BOX = re.compile(
    r"^\s*(other (topics|stories|news|articles) of interest|related (articles?|stories|news|coverage|topics)|"
    r"read also|see also|more (on this story|from our coverage|stories)|recommended (for you|stories)|"
    r"you (may|might) also (like|be interested))\b",
    re.IGNORECASE,
)


# A link to a video or a clip, shouted in capitals, anywhere in the page ("WATCH PUTIN TELLS THE WEST: …", "VIEW
# VIDEO …"): another item's teaser, not this article's text. Case matters: "Watch the border" may be a sentence.
_SHOUTED_PROMO = re.compile(r"^\s*(WATCH|VIDEO|VIEW VIDEO|LISTEN|READ MORE|SEE ALSO)\b")


def is_interface_line(line: str) -> bool:
    """A short non-sentence line: at most three words and no sentence punctuation, or ending in '…!'."""
    stripped = line.strip()
    if not stripped or _BULLET.match(stripped):
        return False
    words = _WORD.findall(stripped)
    if stripped.endswith(("...!", "…!")) and len(words) <= 4:
        return True
    return len(words) <= 3 and not _SENTENCE_END.search(stripped)


def strip_boilerplate(text: str) -> str:
    """The text without interface lines; list items, headings of four words or more and sentences stay."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 3:
        return text  # a headline or a one-paragraph item has no page furniture to remove
    edges = set(content[:EDGE]) | set(content[-EDGE:])
    kept = []
    for i, line in enumerate(lines):
        if is_interface_line(line) or _TEASER_BOX.match(line) or _SHOUTED_PROMO.match(line):
            continue
        if i in edges and _CALL_TO_ACTION.match(line) and not _SENTENCE_END.search(line.strip()):
            continue
        kept.append(line)
    return "\n".join(kept)
