"""Tracked propositions (``data/propositions.yaml``) and how a text takes a side on one: its phrasings read
clause by clause, with negation, hedges and conditions (statements), or at the start of an act's phrase (acts the
journalist tells)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

# The other side of a label.
OPPOSITE = {"favor": "against", "against": "favor"}


@dataclass(frozen=True, slots=True)
class Proposition:
    id: str
    text: str
    terms: tuple[str, ...]
    favor: tuple[re.Pattern[str], ...]
    against: tuple[re.Pattern[str], ...]
    about: re.Pattern[str] | None = None  # the clause must also name this (e.g. Ukraine, for aid to Ukraine)
    acts: bool = True  # read on acts the journalist tells, too (a policy, not a belief)
    not_by: frozenset[str] = frozenset()  # countries whose acts matching a pattern are something else
    toward: tuple[str, str] | None = None  # (actor, side): favoring the proposition takes this side toward the actor

    @property
    def relevant(self) -> re.Pattern[str]:
        """Any of the terms, at the start of a word ("aid" in "aid package", not in "said")."""
        return _relevant(self.terms)


@cache
def propositions() -> tuple[Proposition, ...]:
    """The shipped propositions (``data/propositions.yaml``)."""
    data = yaml.safe_load((resources.files("volteface") / "data" / "propositions.yaml").read_text(encoding="utf-8"))
    return tuple(
        Proposition(e["id"], e["text"], tuple(t.lower() for t in e.get("terms", [])),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("favor", [])),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("against", [])),
                    re.compile(e["about"], re.IGNORECASE) if e.get("about") else None,
                    e.get("acts", True), frozenset(e.get("not_by", ())),
                    (e["toward"]["actor"], e["toward"]["side"]) if e.get("toward") else None)
        for e in data
    )


@cache
def _relevant(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + ")") if terms else re.compile(r"(?!)")


# A negation turns a phrase over only when it stands right before it, with at most NEGATION_WORDS function
# words between ("will not send weapons", "do not want to lose land", "never give up"), not when it belongs to
# another verb ("expects China not to politicize Russia's aggression", "does not want war, but ...").
NEGATION_WORDS = 3
_FILLERS = ("be|been|being|to|a|an|the|any|more|further|ever|even|yet|again|going|able|willing|ready|want|wish|"
            "plan|intend|seek|try|need|allow|let|accept|agree|just|only|simply|at|all|such|these|those|its|their|our|"
            "his|her|us|them|it|we|they|you|i|ukraine|kyiv|russia|moscow")
_NEGATION = re.compile(r"\b(not|never|no|won't|can't|cannot|don't|doesn't|didn't|isn't|aren't|wouldn't|"
                       r"warn\w*(?:\s+[\w.'-]+){0,3}\s+against|"
                       r"not\s+(?:an?\s+)?(?:indication|sign|signal|evidence|proof)\s+that(?:\s+[\w'-]+){0,2}|"
                       rf"shouldn't|refuse[sd]? to)\s+(?:(?:{_FILLERS})\s+){{0,{NEGATION_WORDS}}}$", re.IGNORECASE)
# Where one clause ends and another begins: sentence ends, dashes, semicolons, and a comma before a conjunction
# or relative word. A proposition's phrase and its term must fall in one clause.
_CLAUSE_BREAK = re.compile(r"[.!?;:]+[\"”’']*\s+|\s+[–—-]+\s+|\(|\)|,\s+(?=(?:but|while|whereas|although|though|"
                           r"because|since|as|and|or|which|who|when|after|before|if|unless|so)\b)|"
                           r"\s+(?=(?:but|whereas|although|though|because)\s)", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The statement cut into clauses (a first, punctuation-and-conjunction version)."""
    return [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


# A possibility under a condition ("Poland could send its tanks if it asks", "we can impose sanctions if the
# economy suffers") is not a position: a phrase right after could/can/might/may, in a clause that states a
# condition, takes no side.
_HEDGE = re.compile(rf"\b(could|can|might|may)\s+(?:(?:{_FILLERS})\s+){{0,{NEGATION_WORDS}}}$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(if|unless)\b", re.IGNORECASE)
# ... and what follows "if" itself is a supposition ("if Russia decided to invade", "if they send tanks").
_SUPPOSITION = re.compile(r"\b(if|unless|whether)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


def _hits(patterns: tuple[re.Pattern[str], ...], clause: str) -> tuple[int, int]:
    """(plain, negated) matches in one clause: a negation just before a phrase turns its side over, and a
    possibility under a condition takes no side."""
    plain = negated = 0
    conditional = bool(_CONDITION.search(clause))
    for pattern in patterns:
        for match in pattern.finditer(clause):
            if conditional and (_HEDGE.search(clause[: match.start()]) or _SUPPOSITION.search(clause[: match.start()])):
                continue
            if _NEGATION.search(clause[: match.start()]):
                negated += 1
            else:
                plain += 1
    return plain, negated


def proposition_stance(text: str, context: str = "") -> list[tuple[str, str, float]]:
    """(proposition id, favor/against, score) for each proposition the statement takes a side on: a phrase
    counts only in a clause that also holds one of the proposition's terms, and that names what the proposition
    is ``about`` (or stands in a ``context``, the sentence around the statement, that does)."""
    parts = [(c, c.lower()) for c in clauses(text)]
    out = []
    for prop in propositions():
        pro = con = unconditional = 0
        for clause, lowered in parts:
            if not prop.relevant.search(lowered):
                continue
            if prop.about is not None and not (prop.about.search(clause) or prop.about.search(context)):
                continue
            favor, favor_negated = _hits(prop.favor, clause)
            against, against_negated = _hits(prop.against, clause)
            pro, con = pro + favor + against_negated, con + against + favor_negated
            if not _CONDITION.search(clause):
                unconditional += favor + favor_negated + against + against_negated
        if pro == con:
            continue
        label = "favor" if pro > con else "against"
        score = round(min(1.0, 0.5 + 0.25 * abs(pro - con)), 2) if unconditional else CONDITIONAL_SCORE
        out.append((prop.id, label, score))
    return out


# A side taken only under a condition ("if the votes are held, there will be no talks", "we will impose
# sanctions if they invade") is kept, but weaker than the shifts' floor: it is not yet evidence of a turn.
CONDITIONAL_SCORE = 0.4


def act_stance(phrase: str, context: str, country: str | None = None) -> list[tuple[str, str]]:
    """(proposition id, favor/against) for each proposition whose pattern begins the act phrase of an actor of
    ``country``."""
    lowered = phrase.lower()
    out = []
    for prop in propositions():
        if not prop.acts or country in prop.not_by or not prop.relevant.search(lowered):
            continue
        if prop.about is not None and not (prop.about.search(phrase) or prop.about.search(context)):
            continue
        favor = any(p.match(phrase) for p in prop.favor)
        against = any(p.match(phrase) for p in prop.against)
        if favor != against:
            out.append((prop.id, "favor" if favor else "against"))
    return out
