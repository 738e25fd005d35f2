"""Shifts: an actor's stance toward an actor or a proposition turning over time, with the before and after
evidence side by side.

A reversal is a split of a (holder, target) series into an earlier and a later stretch where each stretch
holds one side clearly (at least DOMINANCE of its stances), the two sides are opposed, and the last evidence of
the old side and the first of the new are at least MIN_DAYS apart. Each side needs MIN_SUPPORT stances of its
label, or a single one that is STRONG and in the holder's verbatim words (a direct quote or a post: one
journalist's paraphrase is too little); stances toward actors (read from coded events and from the holder's
evaluative words about the actor) always need MIN_SUPPORT, since one event or one epithet is too little to call
a change of policy. Alternating labels never reach DOMINANCE, so noise makes no shift.

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

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..actors import load_kb
from ..extract.propositions import OPPOSITE, propositions
from ..extract.stances import content_stems
from ..store import Store

MIN_SCORE = 0.5  # a stance read with less confidence than this is not evidence at all
MIN_DAYS = 7  # the old side's last evidence and the new side's first, at least this far apart
MIN_SUPPORT = 2  # stances of the side's label on each side of the turn ...
STRONG = 0.9  # ... or one this strong, in the holder's verbatim words (VERBATIM quote kinds)
VERBATIM = ("direct", "mixed", "post")
DOMINANCE = 0.75  # the share of a side's stretch that must hold its label
DEGREE = 0.3  # softening / hardening: the mean signed intensity moves at least this far ...
DEGREE_SUPPORT = 3  # ... with this many stances on each side
DEGREE_WEIGHT = 0.5  # and ranks at this share of a reversal's strength
DEGREE_WINDOW = 60  # days: the posture just before a turn of degree and just after it
DEGREE_DOMINANCE = 2 / 3  # the share of each window that must be hostile
NARRATED_WEIGHT = 0.6  # a turn the news tells in one sentence ranks at this share of an evidenced reversal's
NARRATED_WINDOW = 180  # days before a told turn in which the holder's own record is its old side


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
    quad: int = 0  # for a stance read from a coded event, the event's quad class (3 verbal, 4 material conflict)


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


def _side(items: list[Evidence], label: str, actor_target: bool) -> int | None:
    """The support for ``label`` in a stretch, or None when the stretch does not clearly hold it."""
    support = sum(e.label == label for e in items)
    if support < DOMINANCE * len(items):
        return None
    strong = any(e.label == label and e.score >= STRONG and e.verbatim for e in items)
    return support if support >= MIN_SUPPORT or (strong and not actor_target) else None


_COMMON = frozenset({"that", "this", "with", "from", "have", "will", "would", "their", "they", "there", "which",
                     "about", "more", "been", "were", "than", "into", "also", "must", "should", "said", "says"})


def _same_object(before: Evidence, after: Evidence) -> bool:
    """Do the two pieces of evidence share a content word (the thing the position is about: "tanks")?"""
    return bool(content_stems(before.text, _COMMON) & content_stems(after.text, _COMMON))


def _days(before: Evidence, after: Evidence) -> int:
    return (date.fromisoformat(after.date) - date.fromisoformat(before.date)).days


@cache
def _proposition_ids() -> frozenset[str]:
    return frozenset(p.id for p in propositions())


def _reversal(who: str, target: str, items: list[Evidence], min_days: int) -> ShiftFound | None:
    """The best turn in one (holder, target) series, dated in order: where the evidence on the two sides is
    about the same thing, if any turn is, then the best supported."""
    actor_target = target not in _proposition_ids()
    best: ShiftFound | None = None
    best_key: tuple[bool, float] = (False, -1.0)
    for cut in range(1, len(items)):
        earlier, later = items[:cut], items[cut:]
        before_label, after_label = earlier[-1].label, later[0].label
        if before_label == after_label:
            continue
        before_support = _side(earlier, before_label, actor_target)
        after_support = _side(later, after_label, actor_target)
        if before_support is None or after_support is None:
            continue
        before, after = earlier[-1], later[0]
        if _days(before, after) < min_days:
            continue
        magnitude = round((before.score + after.score) / 2, 2)
        strength = round(magnitude * (1 + min(before_support, after_support, 5) / 5), 3)
        found = ShiftFound(who, target, "reversal", magnitude, before, after, before_support + after_support,
                           before_support, after_support, strength)
        key = (_same_object(before, after), strength)
        if key > best_key:
            best, best_key = found, key
    return best


def _narrated(who: str, target: str, items: list[Evidence]) -> ShiftFound | None:
    """A turn the news tells ("finally relented to send tanks", "dropped its objections"), where the series
    holds no evidenced reversal: the first such telling starts the new side, which must hold DOMINANCE from
    there on, and the holder's record in the NARRATED_WINDOW before it must not already hold it. The old side is
    the holder's last stance of the other label in that window, if there is one, else the telling itself, which
    names the old side ("after months of stalling")."""
    for k, told in enumerate(items):
        if not told.turned:
            continue
        later = items[k:]
        support_after = sum(e.label == told.label for e in later)
        if support_after < DOMINANCE * len(later):
            continue
        recent = [e for e in items[:k] if 0 <= _days(e, told) <= NARRATED_WINDOW]
        if recent and sum(e.label == told.label for e in recent) >= DOMINANCE * len(recent):
            continue  # the holder's recent record already held the new side: no turn of theirs
        earlier = [e for e in recent if e.label == OPPOSITE[told.label]]
        before = earlier[-1] if earlier else replace(told, label=OPPOSITE[told.label])
        tellings = len({e.article_id for e in later if e.turned and e.label == told.label})
        magnitude = round((before.score + told.score) / 2, 2)
        strength = round(NARRATED_WEIGHT * magnitude * (1 + min(tellings + len(earlier), 5) / 5), 3)
        return ShiftFound(who, target, "narrated reversal", magnitude, before, told, len(earlier) + support_after,
                          len(earlier), support_after, strength)
    return None


def _signed(e: Evidence) -> float:
    return e.score if e.label == "favor" else -e.score


def _mostly(items: list[Evidence]) -> int:
    """The quad class that holds DOMINANCE of a stretch's hostile events, else 0."""
    hostile = [e.quad for e in items if e.label == "against"]
    for quad in (3, 4):
        if hostile.count(quad) >= DEGREE_DOMINANCE * len(hostile):
            return quad
    return 0


def _degree(who: str, target: str, items: list[Evidence], min_days: int) -> ShiftFound | None:
    """The strongest softening or hardening toward an actor: one side held throughout, its intensity moving.
    Each side's evidence shown is its most typical stance (the one nearest its stretch's mean)."""
    if target in _proposition_ids():
        return None  # proposition stances carry a confidence, not an intensity ...
    items = [e for e in items if not e.from_quote]  # ... and so do an actor's evaluations in someone's words
    best: ShiftFound | None = None
    for cut in range(DEGREE_SUPPORT, len(items) - DEGREE_SUPPORT + 1):
        earlier = [e for e in items[:cut] if _days(e, items[cut]) <= DEGREE_WINDOW]
        later = [e for e in items[cut:] if _days(items[cut], e) < DEGREE_WINDOW]
        support = [sum(e.label == "against" for e in part) for part in (earlier, later)]
        if min(support) < DEGREE_SUPPORT or any(n < DEGREE_DOMINANCE * len(part)
                                                for n, part in zip(support, (earlier, later), strict=True)):
            continue
        mean_before = sum(map(_signed, earlier)) / len(earlier)
        mean_after = sum(map(_signed, later)) / len(later)
        delta = mean_after - mean_before
        if abs(delta) < DEGREE or {_mostly(earlier), _mostly(later)} != {3, 4}:
            continue
        before = min(earlier, key=lambda e: abs(_signed(e) - mean_before))
        after = min(later, key=lambda e: abs(_signed(e) - mean_after))
        strength = round(DEGREE_WEIGHT * abs(delta) * (1 + min(*support, 5) / 5), 3)
        if best is None or strength > best.strength:
            best = ShiftFound(who, target, "softening" if delta > 0 else "hardening", round(abs(delta), 2),
                              before, after, sum(support), support[0], support[1], strength)
    return best


def _state(actor: str) -> str:
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
    return [_state(holder)]


def find_shifts(store: Store, holder: str | None = None, min_days: int = MIN_DAYS, limit: int = 50
                ) -> list[ShiftFound]:
    """Reversals per (holder, target), else a softening or hardening toward an actor; strongest first."""
    # The quad class of the event a stance was read from; the unary plus keeps SQLite on the article's own
    # events (the per-actor indexes would scan every event of a frequent actor: 10 s instead of 0.05 s).
    sql = ("SELECT s.holder, s.target, s.label, s.score, s.date, s.article_id, s.evidence_start, s.evidence_end, "
           "s.quote_ref, s.turned, q.kind, (SELECT max(e.quad) FROM events e WHERE e.article_id = s.article_id "
           "AND e.sentence_start = s.evidence_start AND +e.source_actor = s.holder AND +e.target_actor = s.target) "
           "AS quad, substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS text "
           "FROM stances s JOIN articles a ON a.id = s.article_id "
           "LEFT JOIN quotes q ON q.article_id = s.article_id AND q.idx = s.quote_ref "
           "WHERE s.date IS NOT NULL AND s.label IN ('favor', 'against') "
           "ORDER BY s.date, s.article_id, s.evidence_start")
    wanted = _state(holder) if holder else None
    series: dict[tuple[str, str], list[Evidence]] = {}
    for r in store.query(sql):
        if r["score"] < MIN_SCORE and not r["quad"]:
            continue  # a weak reading; a coded event's score is its intensity, and a mild act is still one
        evidence = Evidence(r["label"], r["score"], r["date"], r["article_id"], r["evidence_start"],
                            r["evidence_end"], r["text"], r["quote_ref"] is not None, r["kind"] in VERBATIM,
                            r["holder"], bool(r["turned"]), r["quad"] or 0)
        for who in _holders(r["holder"], r["date"]):
            if wanted is None or who == wanted:
                series.setdefault((who, _state(r["target"])), []).append(evidence)
    found: dict[tuple[str, str, int, str, int], ShiftFound] = {}
    for (who, target), items in series.items():
        if who == target:
            continue  # a minister's words about their own government are not a stance toward it
        shift = (_reversal(who, target, items, min_days) or _degree(who, target, items, min_days)
                 or _narrated(who, target, items))
        if shift is None:
            continue
        key = (shift.before.article_id, shift.before.start, shift.after.article_id, shift.after.start)
        kept = found.get(key)
        if kept is None or (kept.holder.endswith("GOV"), shift.strength) > (who.endswith("GOV"), kept.strength):
            # one turn, one entry: the person's own shift rather than the same evidence read as their
            # government's, and of two propositions the same evidence turns on, the one it fits best
            found[key] = shift
    ranked = sorted(found.values(), key=lambda s: (s.strength, s.after.date), reverse=True)
    return ranked[:limit]
