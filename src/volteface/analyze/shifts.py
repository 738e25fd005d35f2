"""Shifts: an actor's stance toward an actor or a proposition turning over time, with the before and after
evidence side by side.

A reversal is a split of a (holder, target) series into an earlier and a later stretch where each stretch
holds one side clearly (at least DOMINANCE of its stances), the two sides are opposed, and the last evidence of
the old side and the first of the new are at least MIN_DAYS apart. Each side needs MIN_SUPPORT stances of its
label, or a single one that is STRONG and in the holder's verbatim words (a direct quote or a post: one
journalist's paraphrase is too little); stances toward actors (read from coded events and from the holder's
evaluative words about the actor) always need MIN_SUPPORT, since one event or one epithet is too little to call
a change of policy. Alternating labels never reach DOMINANCE, so noise makes no shift. Toward an actor, each
side must also hold in ACTOR_ARTICLES articles, be clearly on its side (a refusal of a request is not) and include
what the holder said (a quote, or a verbal act: praise, criticism, a threat), not only the acts the news reports.
Sides are ranked by how well supported they are: the holder's verbatim words weigh most, a coded event least.

Before any of this, evidence that is no stance by itself is set aside (``screen``): a list item or a headline, a
designation, a sentence that places what it tells in another time than its report while carrying the report's
date, a turn told as a possibility. ``find_shifts(..., refused=[])`` hands back what was left out and the rule
that fired (``volteface shifts --explain``).

Softening and hardening are turns of degree in hostility toward an actor: both stretches hold "against", each
with DEGREE_SUPPORT coded events (evaluations in quotes carry no intensity), the hostility passes from words to
force or back (one stretch mostly verbal conflict, CAMEO quad class 3, the other mostly material conflict, quad
4: threats, then the invasion), and the mean intensity (the Goldstein weight of the coded events) moves by at
least DEGREE: easing is softening, deepening is hardening. A change of intensity within one class is the mix of
acts reported (a ban, then sanctions; killing troops, then targeting them), not a turn. Cooperation is left out:
its weight follows the kind of act reported (trade, aid, a treaty), not a warming or cooling. They rank below
reversals of the same strength (DEGREE_WEIGHT).

A state speaks through its government: a country (``DEU``) and its government (``DEUGOV``) are one actor, as
holder and as target, and what a person says while holding a government office (the knowledge base's dated
roles) is also evidence of that government's position. The person keeps their own series too; a government shift that only repeats one
person's shift is not listed twice.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from ..actors import load_kb
from ..extract.propositions import OPPOSITE, Proposition, propositions
from ..extract.stances import FORCE_ROOTS, STOP_WORDS, TURN, content_stems
from ..model import Found, Origin, Shift, Span, Stance
from ..store import Store
from .kept import kept, kept_in_store

MIN_SCORE = 0.5  # a stance read with less confidence than this is not evidence at all
MIN_DAYS = 7  # the old side's last evidence and the new side's first, at least this far apart
MIN_SUPPORT = 2  # stances of the side's label on each side of the turn ...
# Toward an actor, each side in this many articles: stances toward actors are read from acts and epithets around
# single events (a thank-you for one evacuation, a complaint of inaction), and two judged shift lists found every
# actor "reversal" resting on two reports a side to be reactions to different events, not a change of position.
ACTOR_ARTICLES = 3
STRONG = 0.9  # ... or one this strong, in the holder's verbatim words (VERBATIM quote kinds)
VERBATIM = ("direct", "mixed", "post")
DOMINANCE = 0.75  # the share of a side's stretch that must hold its label
DEGREE = 0.3  # softening / hardening: the mean signed intensity moves at least this far ...
DEGREE_SUPPORT = 3  # ... with this many stances on each side
DEGREE_WEIGHT = 0.5  # and ranks at this share of a reversal's strength
DEGREE_WINDOW = 60  # days: the posture just before a turn of degree and just after it
DEGREE_DOMINANCE = 2 / 3  # the share of each window that must be hostile
NARRATED_WEIGHT = 0.6  # a turn the news tells in one sentence ranks at this share of an evidenced reversal's
NARRATED_WINDOW = 365  # days before a told turn in which the holder's own record is its old side (a told turn
# often sums up months: "between February and September", "since taking office")
SAID_WEIGHT = (
    0.8  # a side's support: a paraphrase of the holder's words counts this much (their verbatim 1) ...
)
ACT_WEIGHT = 0.7  # ... an act the news tells of them this much ...
EVENT_WEIGHT = 0.5  # ... and one coded event this much


@dataclass(frozen=True, slots=True)
class Evidence:
    label: str
    score: float
    date: str
    article_id: str
    start: int
    end: int
    text: str
    from_quote: bool = False  # the holder's own words (a quote), not a coded event
    verbatim: bool = False  # the quote gives the words themselves (direct, mixed, post), not a paraphrase
    speaker: str = ""  # who the evidence is from: the holder, or the office holder who spoke for a government
    turned: bool = False  # the sentence tells that the holder came round to this side ("finally relented")
    quad: int = (
        0  # for a stance read from a coded event, the event's quad class (3 verbal, 4 material conflict)
    )
    root: str = ""  # ... and its CAMEO root ("12": a refusal)
    origin: Origin | None = None  # the article: headline, outlet, date, URL
    quote_ref: int | None = None  # the quote the stance was read from, when it was


@dataclass(frozen=True, slots=True)
class Refusal:
    """A candidate the list leaves out and the rule that fired (``volteface shifts --explain``): a piece of
    evidence that is no stance by itself (``before`` is it), or a (holder, target) series that holds both sides
    without a turn that holds (``before`` and ``after`` the nearest cut's two sides)."""

    holder: str
    target: str
    rule: str
    reason: str
    before: Evidence | None = None
    after: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ShiftFound:
    holder: str
    target: str
    kind: str  # reversal, narrated reversal, softening or hardening
    magnitude: float
    before: Evidence
    after: Evidence
    support: int  # stances on the holder's side of each end, together
    support_before: int = 0
    support_after: int = 0
    strength: float = 0.0  # what the list is ranked by: magnitude, weighted by the thinner side's support

    @property
    def before_told(self) -> bool:
        """Is the old side known only from the telling of the turn ("after months of stalling")?"""
        return (self.before.article_id, self.before.start) == (self.after.article_id, self.after.start)


@dataclass(frozen=True, slots=True)
class _Tally:
    """What one stretch of a series (the part before a cut, or after it) holds of one label."""

    size: int  # pieces of evidence in the stretch, of any label
    support: int  # ... of this label
    articles: int  # articles giving clear evidence of it (``_clear``)
    strong: bool  # one of them STRONG and in the holder's verbatim words
    said: bool  # one of them what the holder said (``_said``)


def _tallies(items: list[Evidence], label: str, at: Iterable[int]) -> dict[int, _Tally]:
    """The tally of ``label`` in the prefixes ``items[:i]`` for each i in ``at``, in one pass over the series: a
    cut's earlier stretch is read from it without rescanning (and its later one from the reversed series)."""
    wanted = set(at)
    out = {0: _Tally(0, 0, 0, False, False)}
    articles: set[str] = set()
    support, strong, said = 0, False, False
    for size, e in enumerate(items, 1):
        if e.label == label:
            support += 1
            strong = strong or (e.score >= STRONG and e.verbatim)
            said = said or _said(e)
            if _clear(e):
                articles.add(e.article_id)
        if size in wanted:
            out[size] = _Tally(size, support, len(articles), strong, said)
    return out


def _side(tally: _Tally, actor_target: bool) -> int | None:
    """The support for a label in a stretch, or None when the stretch does not clearly hold it. Toward an
    actor, the support must come from ACTOR_ARTICLES articles: two acts read in one report are one report's
    reading."""
    if not _holds(tally):
        return None
    if actor_target:
        return tally.support if tally.articles >= ACTOR_ARTICLES else None
    return tally.support if tally.support >= MIN_SUPPORT or tally.strong else None


def _holds(tally: _Tally) -> bool:
    """Does a stretch clearly hold the label (at least DOMINANCE of it)?"""
    return tally.support >= DOMINANCE * tally.size


REFUSAL_ROOT = "12"  # CAMEO "reject": no to one request, proposal or plan


def _clear(e: Evidence) -> bool:
    """Is the evidence clearly on its side toward the actor it is about? A refusal (rejecting a request for
    membership, a proposal, a plan) says no to one demand, not where the holder stands toward the one who asked:
    partners refuse each other things every week."""
    return e.root != REFUSAL_ROOT


def _said(e: Evidence) -> bool:
    """Is the evidence what the holder said (a quote, or a verbal act coded from the news: praise, criticism, a
    threat; quad class 1 or 3)? Between two actors, the acts the news reports mix help and friction every week
    (a refused request, a delivery); where one stands toward the other is what it says of it."""
    return e.from_quote or e.quad in (1, 3)


_COMMON = STOP_WORDS | {"said", "says"}  # and the verbs every report of words uses


def _same_object(before: Evidence, after: Evidence) -> bool:
    """Do the two pieces of evidence share a content word (the thing the position is about: "tanks")?"""
    return bool(content_stems(before.text, _COMMON) & content_stems(after.text, _COMMON))


def _days(before: Evidence, after: Evidence) -> int:
    return (date.fromisoformat(after.date) - date.fromisoformat(before.date)).days


def _proposition_ids() -> frozenset[str]:
    return _ids(propositions())


@cache
def _ids(props: tuple[Proposition, ...]) -> frozenset[str]:
    return frozenset(p.id for p in props)


def _toward() -> dict[str, tuple[str, str]]:
    """Proposition id → (actor, side toward it when favoring the proposition), from ``toward`` in the YAML."""
    return _links(propositions())


@cache
def _links(props: tuple[Proposition, ...]) -> dict[str, tuple[str, str]]:
    return {p.id: p.toward for p in props if p.toward}


def _toward_actor(
    target: str, evidence: Evidence, links: dict[str, tuple[str, str]]
) -> tuple[str, Evidence] | None:
    """A stance on a proposition as the side it takes toward an actor ("restore ties with Russia" is favor
    toward Russia, "tighten sanctions on Russia" against it): what actors say and do about policies is part of
    where they stand toward the actor the policy is about. ``links`` is ``_toward()``."""
    link = links.get(target)
    if link is None:
        return None
    actor, side = link
    label = side if evidence.label == "favor" else OPPOSITE[side]
    return state_of(actor), replace(evidence, label=label)


def _reversal(
    who: str, target: str, items: list[Evidence], min_days: int, actor_target: bool
) -> tuple[ShiftFound | None, Refusal | None]:
    """The best turn in one (holder, target) series, dated in order: where the evidence on the two sides is
    about the same thing, if any turn is, then the best supported. When there is none but the series holds
    both sides, the refusal of the cut that came nearest (the rule it failed last, in the order below).

    One pass: each cut reads its two stretches from running tallies (``_tallies``), not by rescanning them."""
    cuts = [cut for cut in range(1, len(items)) if items[cut - 1].label != items[cut].label]
    labels = sorted({e.label for e in items})
    earlier_tallies = {label: _tallies(items, label, cuts) for label in labels}
    later_tallies = {
        label: _tallies(items[::-1], label, [len(items) - cut for cut in cuts]) for label in labels
    }
    earlier_weights = {label: _running_weights(items, label) for label in labels}
    best: ShiftFound | None = None
    best_key: tuple[bool, float] = (False, -1.0)
    nearest: tuple[int, Refusal | None] = (0, None)
    for cut in cuts:
        before, after = items[cut - 1], items[cut]
        before_label, after_label = before.label, after.label
        earlier, later = earlier_tallies[before_label][cut], later_tallies[after_label][len(items) - cut]
        before_support = _side(earlier, actor_target)
        after_support = _side(later, actor_target)
        stage, rule, reason = 0, "", ""
        if not (_holds(earlier) and _holds(later)):
            stage, rule, reason = (
                1,
                "no clear side",
                "neither cut leaves two stretches that each hold one side",
            )
        elif before_support is None or after_support is None:
            stage, rule = 2, "thin side"
            reason = (
                f"a side needs {MIN_SUPPORT} stances"
                + ("" if actor_target else f", or one in the holder's verbatim words at {STRONG}+")
                + (" clearly on it from as many articles (a refusal is not)" if actor_target else "")
                + f": {before_label} {earlier.support}, {after_label} {later.support}"
            )
        elif actor_target and not (earlier.said and later.said):
            stage, rule = 3, "acts only"
            reason = "toward an actor, each side needs the holder's words (a quote, praise, criticism), not only acts"
        elif _days(before, after) < min_days:
            stage, rule = 4, "too close"
            reason = f"the two sides are {_days(before, after)} days apart, fewer than {min_days}"
        if stage:
            if stage >= nearest[0]:
                nearest = (stage, Refusal(who, target, rule, reason, before, after))
            continue
        assert before_support is not None and after_support is not None
        magnitude = round((before.score + after.score) / 2, 2)
        weight = min(earlier_weights[before_label][cut], _weight(items, cut, after_label), WEIGHT_CAP)
        strength = round(magnitude * (1 + weight / 5), 3)
        found = ShiftFound(
            who,
            target,
            "reversal",
            magnitude,
            before,
            after,
            before_support + after_support,
            before_support,
            after_support,
            strength,
        )
        key = (_same_object(before, after), strength)
        if key > best_key:
            best, best_key = found, key
    return best, None if best else nearest[1]


WEIGHT_CAP = 5  # a side's support counts toward a reversal's strength up to this weight


def _running_weights(items: list[Evidence], label: str) -> list[float]:
    """How well ``label`` is supported in every prefix ``items[:i]``: what the holder said counts in full
    (SAID_WEIGHT of a quote in their verbatim words, less for a paraphrase), an act told by the news a little
    less, a coded event least: the words are the position itself, an act or a coded event is the news's reading
    of one. Summed in the series' order, as a sum over each prefix would be."""
    total: float = 0
    out = [total]
    for e in items:
        if e.label == label:
            total += _worth(e)
        out.append(total)
    return out


def _weight(items: list[Evidence], start: int, label: str) -> float:
    """The support for ``label`` in ``items[start:]`` (as ``_running_weights`` counts it), read only until it
    reaches WEIGHT_CAP: a strength reads no more, and the sum so far is the sum in the series' order."""
    total: float = 0
    for e in itertools.islice(items, start, None):
        if e.label == label:
            total += _worth(e)
            if total >= WEIGHT_CAP:
                break
    return total


def _worth(e: Evidence) -> float:
    if e.from_quote:
        return 1.0 if e.verbatim else SAID_WEIGHT
    return ACT_WEIGHT if not e.quad else EVENT_WEIGHT


def _narrated(who: str, target: str, items: list[Evidence], actor_target: bool) -> ShiftFound | None:
    """A turn the news tells ("finally relented to send tanks", "dropped its objections"), where the series
    holds no evidenced reversal: the first such telling starts the new side, which must hold DOMINANCE from
    there on, and the holder's record in the NARRATED_WINDOW before it must not already hold it. The old side is
    the holder's last stance of the other label in that window, if there is one, else the telling itself, which
    names the old side ("after months of stalling")."""
    for k, told in enumerate(items):
        if not told.turned:
            continue
        # the telling's own article reports the new side (the post that "marked a sharp change"): it is part of
        # the turn, not the holder's record before it
        same = [e for e in items[:k] if e.article_id == told.article_id]
        later = same + items[k:]
        support_after = sum(e.label == told.label for e in later)
        if support_after < DOMINANCE * len(later):
            continue
        recent = [
            e for e in items[:k] if 0 <= _days(e, told) <= NARRATED_WINDOW and e.article_id != told.article_id
        ]
        if recent and sum(e.label == told.label for e in recent) >= DOMINANCE * len(recent):
            continue  # the holder's recent record already held the new side: no turn of theirs
        earlier = [e for e in recent if e.label == OPPOSITE[told.label]]
        before = earlier[-1] if earlier else replace(told, label=OPPOSITE[told.label])
        tellings = len({e.article_id for e in later if e.turned and e.label == told.label})
        magnitude = round((before.score + told.score) / 2, 2)
        strength = round(NARRATED_WEIGHT * magnitude * (1 + min(tellings + len(earlier), 5) / 5), 3)
        kind = (
            "narrated reversal"
            if not actor_target
            else ("hardening" if told.label == "against" else "softening")
        )  # a posture toward an actor, told as turning
        return ShiftFound(
            who,
            target,
            kind,
            magnitude,
            before,
            told,
            len(earlier) + support_after,
            len(earlier),
            support_after,
            strength,
        )
    return None


def _signed(e: Evidence) -> float:
    return e.score if e.label == "favor" else -e.score


def _mostly(hostile: int, force: int, words: int) -> int:
    """The quad class of a stretch's ``hostile`` (against) events, of which ``force`` are material conflict
    (quad 4) and ``words`` verbal (quad 3): 4 when most are force, 3 when none is (while any force is used the
    posture is force, and the words reported between are the news's mix: a war's daily fighting and the
    accusations around it are one posture), else 0."""
    if force >= DEGREE_DOMINANCE * hostile:
        return 4
    return 3 if hostile and not force and words >= DEGREE_DOMINANCE * hostile else 0


def _running(items: list[Evidence], test: Callable[[Evidence], bool]) -> list[int]:
    """How many of ``items[:i]`` pass the test, for every i from 0 to len(items): the count in any stretch
    ``items[lo:hi]`` is then ``counts[hi] - counts[lo]``."""
    counts = [0]
    for e in items:
        counts.append(counts[-1] + test(e))
    return counts


def _degree(
    who: str, target: str, items: list[Evidence], min_days: int, actor_target: bool
) -> ShiftFound | None:
    """The strongest softening or hardening toward an actor: one side held throughout, its intensity moving.
    Each side's evidence shown is its most typical stance (the one nearest its stretch's mean).

    The series is dated in order, so each cut's two windows are found by bisection and their hostile counts
    read from running counts; only a cut whose windows pass the counts has its means computed."""
    if not actor_target:
        return None  # proposition stances carry a confidence, not an intensity ...
    items = [e for e in items if not e.from_quote]  # ... and so do an actor's evaluations in someone's words
    days = [date.fromisoformat(e.date).toordinal() for e in items]
    signed = [_signed(e) for e in items]
    hostile = _running(items, lambda e: e.label == "against")
    force = _running(items, lambda e: e.label == "against" and e.quad == 4)
    words = _running(items, lambda e: e.label == "against" and e.quad == 3)
    best: ShiftFound | None = None
    for cut in range(DEGREE_SUPPORT, len(items) - DEGREE_SUPPORT + 1):
        lo = bisect.bisect_left(days, days[cut] - DEGREE_WINDOW, 0, cut)  # at most DEGREE_WINDOW days before
        hi = bisect.bisect_left(days, days[cut] + DEGREE_WINDOW, cut)  # fewer than DEGREE_WINDOW days after
        parts = ((lo, cut), (cut, hi))
        support = [hostile[end] - hostile[start] for start, end in parts]
        if min(support) < DEGREE_SUPPORT or any(
            n < DEGREE_DOMINANCE * (end - start) for n, (start, end) in zip(support, parts, strict=True)
        ):
            continue
        postures = {
            _mostly(hostile[end] - hostile[start], force[end] - force[start], words[end] - words[start])
            for start, end in parts
        }
        if postures != {3, 4}:
            continue
        mean_before = sum(signed[lo:cut]) / (cut - lo)
        mean_after = sum(signed[cut:hi]) / (hi - cut)
        delta = mean_after - mean_before
        if abs(delta) < DEGREE:
            continue
        before = min(range(lo, cut), key=lambda i: abs(signed[i] - mean_before))
        after = min(range(cut, hi), key=lambda i: abs(signed[i] - mean_after))
        if days[after] - days[before] < min_days:
            continue  # the evidence shown for the two postures must be far enough apart to be a change
        strength = round(DEGREE_WEIGHT * abs(delta) * (1 + min(*support, 5) / 5), 3)
        if best is None or strength > best.strength:
            best = ShiftFound(
                who,
                target,
                "softening" if delta > 0 else "hardening",
                round(abs(delta), 2),
                items[before],
                items[after],
                sum(support),
                support[0],
                support[1],
                strength,
            )
    return best


def state_of(actor: str) -> str:
    """A country as its government (``DEU`` → ``DEUGOV``); any other actor as itself."""
    countries = load_kb().countries
    if actor in countries or actor.endswith("GOV") and actor[:-3] in countries:
        return actor.removesuffix("GOV") + "GOV"
    return actor


def _holders(holder: str, day: str) -> list[str]:
    """The series a stance belongs to: its holder's, and its government's when the holder is a person holding a
    government office on that day."""
    person = load_kb().people.get(holder)
    role = person.role_on(date.fromisoformat(day)) if person else None
    if role and role.org == "GOV" and role.country in load_kb().countries:
        return [holder, role.country + "GOV"]
    return [state_of(holder)]


# What makes a piece of evidence no stance by itself, whatever the extractor read into it:
# - an item of a bulleted or numbered list: a fragment cut from its sentence ("• Reducing US military aid"), whose
#   subject, mood and time are those of the text around the list, not its own;
_BULLET = re.compile(r"(^|\n)[ \t]*([•·▪◦●*–—-]|\d{1,2}[.)])[ \t]*$")
# - a headline or subheading: a whole line without a sentence's closing punctuation;
_CLOSING = (".", "!", "?", '"', "”", "’", "'", ":", "…", ")")
HEADLINE_WORDS = 15
# - a designation ("designates X as a state sponsor of ..."): naming, which the event coder reads as cooperation,
#   but whose side is that of the name given, not of the act of naming;
_DESIGNATION = re.compile(
    r"\b(designat\w*|blacklist\w*|(re)?classif\w* (it |them |\w+ )?as)\b", re.IGNORECASE
)
# - background: a sentence of the report that places what it tells in another time ("in 2014", "for a year and a
#   half", "years ago") while the stance carries the report's date: the evidence's own date is unknown;
_OTHER_TIME = re.compile(
    r"\b(in|since|until|before|by|during|from|of) ((?:19|20)\d\d)\b|\b(years|months|decades) "
    r"(ago|earlier)\b|\blast year\b|\bfor (a|an|one|two|three|four|five|six|several|many|\d+) "
    r"(and a half )?(years?|months?|decades?)\b|\bin the past\b",
    re.IGNORECASE,
)
# - a turn told as possible ("could reverse its course", "may drop its objections"): no turn yet.
_MAYBE = re.compile(
    r"\b(could|might|may|would|consider\w*|weigh\w*|mull\w*)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)
LEAD = 12  # characters before the evidence read to see whether it is a list item or a line of its own


def screen(evidence: Evidence, lead: str, tail: str, reported: str | None) -> tuple[str, str] | None:
    """(rule, reason) when a piece of evidence is no stance by itself, else None. ``lead`` and ``tail`` are the
    characters just before and after it in the article; ``reported`` is the article's date. The fragment and
    time rules are for what the news tells (acts, coded events): a quote's words are the speaker's wherever they
    stand, and its time expressions are about its content, not about when it was said."""
    text = evidence.text.strip()
    turn = TURN.search(text) if evidence.turned else None
    if turn and _MAYBE.search(text[: turn.start()]):
        return "possible turn", "the turn is told as a possibility, not as done"
    if evidence.from_quote:
        return None
    if _BULLET.search(lead) or text[:1] in "•·▪◦●":
        return "list item", "a list item is a fragment of its sentence, not a statement of its own"
    whole_line = (not lead or lead.endswith("\n")) and (
        not tail.strip(" \t") or tail.lstrip(" \t").startswith("\n")
    )
    if whole_line and not text.endswith(_CLOSING) and len(text.split()) <= HEADLINE_WORDS:
        return "headline", "a headline or subheading is a fragment, not the holder's statement"
    if _DESIGNATION.search(text):
        return "designation", "a designation names; its side is that of the name, not of the act of naming"
    if evidence.date == reported:
        for match in _OTHER_TIME.finditer(text):
            if not match.group(2) or match.group(2) != evidence.date[:4]:
                return "background", (
                    f"the sentence places it in another time ({match.group(0)!r}) but the stance "
                    "carries the report's date"
                )
    return None


def _told_key(shift: ShiftFound) -> tuple[str, ...]:
    """One telling, one turn: a narrated reversal is known by its telling, whichever proposition it is read on."""
    if shift.after.turned:
        return ("told", shift.after.article_id, str(shift.after.start))
    return (shift.before.article_id, str(shift.before.start), shift.after.article_id, str(shift.after.start))


def find_shifts(
    store: Store,
    holder: str | None = None,
    min_days: int = MIN_DAYS,
    limit: int = 50,
    refused: list[Refusal] | None = None,
    among: Collection[str] | None = None,
) -> list[Shift]:
    """Reversals per (holder, target), else a softening or hardening toward an actor; strongest first. When
    ``refused`` is given, it receives what was left out and why (the rule that fired). ``among`` reads the
    evidence of these stored holders only (``alerts.related_holders`` widens a watcher's few to every holder
    whose series they share)."""
    wanted = state_of(holder) if holder else None
    if wanted is None and among is None and refused is None:
        # the whole store's list, asked for by every reader and page: kept in the store itself
        ranked = kept_in_store(
            store,
            f"shifts min_days={min_days} rules={_rules()}",
            lambda: _kept_reading(store, None, min_days)[0],
            lambda found: [asdict(s) for s in found],
            _decoded,
        )
        return [_shift(s) for s in ranked[:limit]]
    ranked, refusals = _kept_reading(store, wanted, min_days, among)
    if refused is not None:
        refused += refusals
    return [_shift(s) for s in ranked[:limit]]


def keep_shifts(store: Store) -> None:
    """Make the whole store's list of shifts and keep it in the store: ``run`` and ``reprocess`` call this at
    their end, so that every reader after them (``shifts``, the report, the dashboard) finds it made."""
    find_shifts(store, limit=0)


def _kept_reading(
    store: Store, wanted: str | None, min_days: int, among: Collection[str] | None = None
) -> tuple[list[ShiftFound], list[Refusal]]:
    """``_reading``, kept per store version (``kept``) and the settings it depends on (the propositions and
    actors in use): the same list is asked for by every page of the dashboard."""
    question = (
        "shifts",
        wanted,
        min_days,
        frozenset(among) if among is not None else None,
        id(propositions()),
        id(load_kb()),
    )
    return kept(store, question, lambda: _reading(store, wanted, min_days, among))


@cache
def _rules_of_code() -> str:
    """A digest of what a reading of shifts depends on besides the store, that a process cannot change: these
    rules (this file) and the shipped knowledge base."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for part in sorted((resources.files("volteface") / "data" / "actors").iterdir(), key=lambda p: p.name):
        if part.name.endswith(".yaml"):
            digest.update(part.read_bytes())
    return digest.hexdigest()[:16]


def _rules() -> str:
    """... and the propositions in use (a user's file may change them)."""
    used = [
        {
            "id": p.id,
            "terms": p.terms,
            "patterns": [x.pattern for x in (*p.favor, *p.against)],
            "about": p.about and p.about.pattern,
            "acts": p.acts,
            "not_by": sorted(p.not_by),
            "toward": p.toward,
        }
        for p in propositions()
    ]  # in words a process cannot order differently (a set's order changes with each process's hashing)
    return hashlib.sha256((_rules_of_code() + json.dumps(used)).encode()).hexdigest()[:16]


def _decoded(rows: object) -> list[ShiftFound]:
    """The shifts kept in the store, read back from their JSON (``find_shifts``)."""

    def evidence(d: dict) -> Evidence:
        origin = d.pop("origin")
        if origin is not None:
            day = origin.get("date")
            origin = Origin(**{**origin, "date": date.fromisoformat(day) if day else None})
        return Evidence(**d, origin=origin)

    if not isinstance(rows, list):
        raise TypeError("a list of shifts")
    return [ShiftFound(**{**r, "before": evidence(r["before"]), "after": evidence(r["after"])}) for r in rows]


def _speakers(wanted: str) -> set[str]:
    """The stored holders whose stances can be evidence in ``wanted``'s series (``_holders``): the actor itself,
    a country as its government, and everyone who ever held an office in that government."""
    out = {wanted}
    country = wanted.removesuffix("GOV")
    if wanted.endswith("GOV") and country in load_kb().countries:
        out |= {country, *government_people(country)}
    return out


def government_people(country: str) -> set[str]:
    """The people the knowledge base lists in an office of the country's government, on any date: the voices a
    state's series reads besides its own."""
    return {
        p.id
        for p in load_kb().people.values()
        if any(r.org == "GOV" and r.country == country for r in p.roles)
    }


def _reading(
    store: Store, wanted: str | None, min_days: int, among: Collection[str] | None = None
) -> tuple[list[ShiftFound], list[Refusal]]:
    """The shifts of every holder (or of ``wanted`` only), strongest first, and what was left out and why."""
    refusals: list[Refusal] = []
    series = _series(store, wanted, refusals, among)
    proposition_ids = _proposition_ids()  # once: each call hashes the propositions in use
    found: dict[tuple[str, ...], ShiftFound] = {}
    for (who, target), items in series.items():
        if who == target:
            continue  # a minister's words about their own government are not a stance toward it
        actor_target = target not in proposition_ids
        shift, refusal = _reversal(who, target, items, min_days, actor_target)
        shift = (
            shift
            or _degree(who, target, items, min_days, actor_target)
            or _narrated(who, target, items, actor_target)
        )
        if shift is None:
            refusals += [refusal] if refusal else []
            continue
        kept = found.setdefault(_told_key(shift), shift)
        if kept is shift:
            continue
        # one turn, one entry: the person's own shift rather than the same evidence read as their government's,
        # and of two propositions the same evidence (or the same telling) turns on, the one it fits best
        better = (kept.holder.endswith("GOV"), shift.strength) > (who.endswith("GOV"), kept.strength)
        winner, loser = (shift, kept) if better else (kept, shift)
        found[_told_key(shift)] = winner
        refusals.append(
            Refusal(
                loser.holder,
                loser.target,
                "listed once",
                f"the same evidence is listed as {winner.holder}'s turn on {winner.target}",
                loser.before,
                loser.after,
            )
        )
    ranked = sorted(found.values(), key=lambda s: (s.strength, s.after.date), reverse=True)
    return ranked, refusals


def _series(
    store: Store, wanted: str | None, refusals: list[Refusal], among: Collection[str] | None = None
) -> dict[tuple[str, str], list[Evidence]]:
    """Each (holder, target) series of evidence (of ``wanted`` only, when given), dated in order; the evidence
    that is no stance by itself goes to ``refusals`` instead."""
    links = _toward()  # once: each call hashes the propositions in use
    readers = set(among) if among is not None else _speakers(wanted) if wanted else None
    series: dict[tuple[str, str], list[Evidence]] = {}
    rows = [
        r for r in store.stance_evidence(LEAD, readers) if r["root"] not in FORCE_ROOTS
    ]  # (older stores kept force)
    rows.sort(key=lambda r: (r["date"], r["article_id"], r["evidence_start"], r["idx"]))
    # The use of force is no stored stance (a war's daily fighting is one posture, reported every day), but it
    # is the posture a turn of degree passes to or from ("threats, then the invasion"): read from the events.
    rows += store.force_evidence(LEAD, FORCE_ROOTS, readers)
    rows.sort(
        key=lambda r: (r["date"], r["article_id"], r["evidence_start"])
    )  # stable: a stance before force
    for r in rows:
        if r["score"] < MIN_SCORE and not r["quad"]:
            continue  # a weak reading; a coded event's score is its intensity, and a mild act is still one
        evidence = Evidence(
            r["label"],
            r["score"],
            r["date"],
            r["article_id"],
            r["evidence_start"],
            r["evidence_end"],
            r["text"],
            r["quote_ref"] is not None,
            r["kind"] in VERBATIM,
            r["holder"],
            bool(r["turned"]),
            r["quad"] or 0,
            r["root"] or "",
            Origin(r["article_id"], r["title"], _day(r["reported"]), r["outlet"], r["url"]),
            r["quote_ref"],
        )
        holders = [who for who in _holders(r["holder"], r["date"]) if wanted is None or who == wanted]
        if not holders:
            continue
        why = screen(evidence, r["lead"] or "", r["tail"] or "", r["reported"])
        if why is not None:
            refusals.append(Refusal(holders[0], state_of(r["target"]), *why, evidence))
            continue
        for who in holders:
            series.setdefault((who, state_of(r["target"])), []).append(evidence)
            if linked := _toward_actor(r["target"], evidence, links):
                series.setdefault((who, linked[0]), []).append(linked[1])
    return series


def _shift(found: ShiftFound) -> Shift:
    """The shift as the model's record: each side a stance with its article and sentence."""
    return Shift(
        found.holder,
        found.target,
        found.kind,
        found.magnitude,
        _stance(found.before, found.holder, found.target),
        _stance(found.after, found.holder, found.target),
        found.strength,
        found.support_before,
        found.support_after,
        found.before_told,
    )


def _stance(evidence: Evidence, holder: str, target: str) -> Found[Stance]:
    stance = Stance(
        evidence.speaker or holder,
        target,
        evidence.label,
        evidence.score,
        _day(evidence.date),
        Span(evidence.start, evidence.end),
        evidence.quote_ref,
        evidence.turned,
    )
    return Found(stance, evidence.origin or Origin(evidence.article_id), -1, evidence.text)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
