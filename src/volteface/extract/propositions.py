"""Tracked propositions (``data/propositions.yaml``) and how a text takes a side on one: its phrasings read
clause by clause, with negation, hedges and conditions (statements), or at the start of an act's phrase (acts the
journalist tells)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import InputError

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
    toward: tuple[str, str] | None = (
        None  # (actor, side): favoring the proposition takes this side toward the actor
    )
    # words that introduce what the act is done to ("sanctions on"): when the clause names that thing, it must
    # match ``about`` (sanctions on an oligarch "working with Moscow-based entities" are not sanctions on Russia)
    object: re.Pattern[str] | None = None
    since: date | None = (
        None  # the proposition presupposes what happened that day (a war): no stance before it
    )

    @property
    def relevant(self) -> re.Pattern[str]:
        """Any of the terms, at the start of a word ("aid" in "aid package", not in "said")."""
        return _relevant(self.terms)


_active: str | None = None  # the user's propositions file in use (``use_propositions``), if any
_KEYS = frozenset(
    {"id", "text", "terms", "about", "favor", "against", "acts", "not_by", "toward", "object", "since"}
)


def use_propositions(user_file: str | Path | None) -> None:
    """Make every reader in this process use the shipped propositions plus a user's file (None: the shipped
    ones alone). The file is read now, so a bad one fails before any article is."""
    global _active
    _active = str(user_file) if user_file else None
    load_propositions(_active)


def propositions() -> tuple[Proposition, ...]:
    """The propositions in use: the shipped ones (``data/propositions.yaml``), with a user's file when one was
    given to ``use_propositions``."""
    return load_propositions(_active)


@cache
def load_propositions(user_file: str | None = None) -> tuple[Proposition, ...]:
    """The shipped propositions, and a user's file when given: a list of entries of the shipped shape adds
    propositions, and replaces a shipped one of the same id; a mapping ``{replace: true, propositions: [...]}``
    replaces the shipped set altogether."""
    shipped = (resources.files("volteface") / "data" / "propositions.yaml").read_text(encoding="utf-8")
    entries = _entries(yaml.safe_load(shipped), "propositions.yaml")
    if user_file is not None:
        path = Path(user_file)
        if not path.is_file():
            raise InputError("no such propositions file", str(path))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid YAML ({str(exc).splitlines()[0]})", str(path)) from None
        replace_all = isinstance(data, dict) and data.get("replace") is True
        if isinstance(data, dict):
            if not set(data) <= {"replace", "propositions"} or not isinstance(
                data.get("replace", False), bool
            ):
                raise InputError(
                    "expected a list of propositions, or a mapping with keys replace (true/false) and "
                    "propositions (the list)",
                    str(path),
                )
            data = data.get("propositions") or []
        own = _entries(data, str(path))
        entries = own if replace_all else [e for e in entries if e.id not in {o.id for o in own}] + own
    return tuple(entries)


def _entries(data: object, where: str) -> list[Proposition]:
    """The propositions of one YAML list; an entry that is not of the documented shape names itself."""
    if not isinstance(data, list):
        raise InputError(
            "expected a list of propositions (mappings with id, text, terms, favor, against)", where
        )
    out, seen = [], set()
    for n, e in enumerate(data, 1):
        place = f"{where}: proposition {n}" + (f" ({e['id']})" if isinstance(e, dict) and "id" in e else "")
        if not isinstance(e, dict) or not {"id", "text"} <= set(e) or not set(e) <= _KEYS:
            raise InputError(
                f"each proposition is a mapping with id and text, and optionally {', '.join(sorted(_KEYS - {'id', 'text'}))}",
                place,
            )
        if e["id"] in seen:
            raise InputError("the same id twice", place)
        seen.add(e["id"])
        toward = e.get("toward")
        if toward is not None and not (
            isinstance(toward, dict) and set(toward) == {"actor", "side"} and toward["side"] in OPPOSITE
        ):
            raise InputError("toward is {actor: ID, side: favor or against}", place)
        since = e.get("since")
        if since is not None and not isinstance(since, date):
            try:
                since = date.fromisoformat(str(since))
            except ValueError:
                raise InputError("since is a date (YYYY-MM-DD)", place) from None
        try:
            out.append(
                Proposition(
                    str(e["id"]),
                    str(e["text"]),
                    tuple(str(t).lower() for t in e.get("terms") or []),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("favor") or []),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("against") or []),
                    re.compile(e["about"], re.IGNORECASE) if e.get("about") else None,
                    bool(e.get("acts", True)),
                    frozenset(e.get("not_by") or ()),
                    (toward["actor"], toward["side"]) if toward else None,
                    re.compile(rf"\b(?:{e['object']})\s+", re.IGNORECASE) if e.get("object") else None,
                    since,
                )
            )
        except re.error as exc:
            raise InputError(f"a pattern is not a valid regular expression ({exc})", place) from None
    return out


def policies() -> frozenset[str]:
    """The ids of the propositions in use that are policies: read on acts, and saying what should be done
    ("Sanctions on Russia should be tightened"), not what is so ("Russia intends military action")."""
    return _policies(propositions())


@cache
def _policies(props: tuple[Proposition, ...]) -> frozenset[str]:
    return frozenset(p.id for p in props if p.acts and re.search(r"\bshould\b", p.text))


@cache
def _relevant(terms: tuple[str, ...]) -> re.Pattern[str]:
    return (
        re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + ")") if terms else re.compile(r"(?!)")
    )


# A negation turns a phrase over only when it stands right before it, with at most NEGATION_WORDS function
# words between ("will not send weapons", "do not want to lose land", "never give up"), not when it belongs to
# another verb ("expects China not to politicize Russia's aggression", "does not want war, but ...").
NEGATION_WORDS = 3
_FILLERS = (
    "be|been|being|to|a|an|the|any|more|further|ever|even|yet|again|going|able|willing|ready|want|wish|"
    "plan|intend|seek|try|need|allow|let|accept|agree|just|only|simply|at|all|such|these|those|its|their|our|"
    "his|her|us|them|it|we|they|you|i|ukraine|kyiv|russia|moscow"
)
# An unwillingness to do something negates it as "not" does: "has long expressed reluctance to send weapons",
# "is hesitant about imposing sanctions", "their refusal to lift the ban".
_UNWILLING = (
    r"(?:reluctan\w*|unwilling\w*|hesita\w*|disinclin\w*|refus(?:al|ing)|(?:un)?readiness not)"
    r"\s+(?:to|in|about|over|on)"
)
_NEGATION = re.compile(
    r"\b(not|never|no|won't|can't|cannot|don't|doesn't|didn't|isn't|aren't|wouldn't|"
    r"warn\w*(?:\s+[\w.'-]+){0,3}\s+against|"
    r"not\s+(?:an?\s+)?(?:indication|sign|signal|evidence|proof)\s+that(?:\s+[\w'-]+){0,2}|"
    rf"shouldn't|refuse[sd]? to|{_UNWILLING})\s+(?:(?:{_FILLERS})\s+){{0,{NEGATION_WORDS}}}$",
    re.IGNORECASE,
)
# Where one clause ends and another begins: sentence ends, dashes, semicolons, and a comma before a conjunction
# or relative word. A proposition's phrase and its term must fall in one clause.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:]+[\"”’']*\s+|\s+[–—-]+\s+|\(|\)|,\s+(?=(?:but|while|whereas|although|though|"
    r"because|since|as|and|or|which|who|when|after|before|if|unless|so|"
    r"(?:many|some|most|all|none|several|each|both|one|two|three) of (?:whom|which))\b)|"
    r"\s+(?=(?:but|whereas|although|though|because)\s)",
    re.IGNORECASE,
)


# Where the words naming what an act is done to end: a reason, a time, a purpose, whom it is against, a verb or a
# new clause.
_OBJECT_END = re.compile(
    r"\s+(?:for|over|against|because|after|since|until|in order|as|amid|while|is|are|was|were|would|will|could|"
    r"has|have|had|that|which|who)\b|[,;:.!?()]"
)


def _done_to_other(prop: Proposition, clause: str) -> bool:
    """Does the clause name what the act is done to ("sanctions on <X>") only by names ``about`` does not
    match?"""
    if prop.object is None or prop.about is None:
        return False
    named = []
    for match in prop.object.finditer(clause):
        rest = clause[match.end() :]
        end = _OBJECT_END.search(rest)
        named.append(rest[: end.start() if end else 80][:80])
    # only a name counts ("sanctions on Shor", "on Iran"), not a thing ("sanctions on export controls")
    return bool(named) and all(re.search(r"\b[A-Z]", n) and not prop.about.search(n) for n in named)


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


# A phrase told as doing harm is opposed, not backed: "an increased supply of heavy weapons would endanger
# European security", "sanctions will only prolong the war".
_HARMFUL = re.compile(
    r"^[^,;]{0,40}?\b(would|will|could|may|might|can)\s+(only\s+|just\s+|further\s+)?(endanger|escalat|provok|prolong|"
    r"undermin|destabili|worsen|inflam|backfire|fuel\b|harm|hurt)",
    re.IGNORECASE,
)


# A phrase the speaker only watches others do takes no side of the speaker's: "we see how America and its allies
# are still rushing to pump their weapons into Ukraine".
_OBSERVED = re.compile(r"\b(see|saw|seeing|watch\w*|observ\w*|notic\w*) how\b[^,;]*$", re.IGNORECASE)


# A phrase named as someone's pretext, excuse or plot ("used the crisis as a pretext to impose sanctions") is told
# as ill-meant: the speaker is against it.
_PRETEXT = re.compile(
    r"\b(pretexts?|excuses?|ploys?|plots?|schemes?|smokescreen|guise)\s+(?:to|for|of)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


# A phrase named as a thing ("the delivery of munitions", "an increased supply of weapons") whose clause only
# foretells what it would do takes no side, unless what it foretells is harm (``_HARMFUL``) or help: "the delivery
# of munitions could also disperse radioactive debris" is a forecast, not a call for the delivery.
_NAMED_ACT = re.compile(
    r"(?:^|\b(?:the|an?|any|this|that|such|its|their)\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE
)
_NOMINAL = re.compile(
    r"(deliver(y|ies)|suppl(y|ies)|shipments?|transfers?|provision|sending|imposition)\b", re.IGNORECASE
)
_FORETOLD = re.compile(r"^[^;.!?]{0,120}?\b(would|will|could|may|might|can)\b", re.IGNORECASE)
_HELPFUL = re.compile(
    r"^[^;.!?]{0,120}?\b(would|will|could|may|might|can)\s+(only\s+|just\s+|really\s+)?(help|save|enable|allow|strengthen|change|continue|resume|go on|start|begin|arrive|proceed)",
    re.IGNORECASE,
)


def _foretold(clause: str, match: re.Match[str]) -> bool:
    """Is the match a thing named (not an act urged or done) whose clause foretells a consequence that is
    neither harm nor help?"""
    after = clause[match.end() :]
    return (
        bool(_NOMINAL.match(match.group(0)))
        and bool(_NAMED_ACT.search(clause[: match.start()]))
        and bool(_FORETOLD.search(after))
        and not _HELPFUL.search(after)
        and not _HARMFUL.search(after)
    )


def _hits(patterns: tuple[re.Pattern[str], ...], clause: str, conditional: bool) -> tuple[int, int]:
    """(plain, negated) matches in one clause: a negation just before a phrase turns its side over, as does a
    harm told right after it, and a possibility under a condition (``conditional``) takes no side."""
    plain = negated = 0
    for pattern in patterns:
        for match in pattern.finditer(clause):
            if conditional and (
                _HEDGE.search(clause[: match.start()]) or _SUPPOSITION.search(clause[: match.start()])
            ):
                continue
            if _OBSERVED.search(clause[: match.start()]):
                continue  # "we see how America is rushing to pump weapons into Ukraine": watched, not backed
            if _PRETEXT.search(clause[: match.start()]):
                negated += 1  # "a pretext to impose more sanctions": what the speaker says is not meant well
                continue
            if _foretold(clause, match):
                continue
            if _NEGATION.search(clause[: match.start()]) or _HARMFUL.search(clause[match.end() :]):
                negated += 1
            else:
                plain += 1
    return plain, negated


# A sentence that opens with a condition holds it over the clauses an aside or a list cuts off from it ("If Russia
# wants peace - as it says - it must come to the table"), up to the sentence's end or a "but".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']*\s+")
_OPENS_WITH_CONDITION = re.compile(r"^\W*(?:that\s+)?(?:if|unless)\b", re.IGNORECASE)
_LIFTS_CONDITION = re.compile(r"^\W*but\b", re.IGNORECASE)


def conditioned_clauses(text: str) -> list[tuple[str, bool]]:
    """The statement's clauses, each with whether a condition governs it: its own "if" or "unless", or the one
    its sentence opens with."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        opened = False
        for n, clause in enumerate(clauses(sentence)):
            if n == 0:
                opened = bool(_OPENS_WITH_CONDITION.search(clause))
            elif _LIFTS_CONDITION.search(clause):
                opened = False
            out.append((clause, opened or bool(_CONDITION.search(clause))))
    return out


def proposition_stance(text: str, context: str = "") -> list[tuple[str, str, float]]:
    """(proposition id, favor/against, score) for each proposition the statement takes a side on: a phrase
    counts only in a clause that also holds one of the proposition's terms, and that names what the proposition
    is ``about`` (or stands in a ``context``, the sentence around the statement, that does)."""
    parts = [(c, c.lower(), conditional) for c, conditional in conditioned_clauses(text)]
    out = []
    for prop in propositions():
        pro = con = unconditional = 0
        for clause, lowered, conditional in parts:
            if not prop.relevant.search(lowered):
                continue
            if prop.about is not None and not (prop.about.search(clause) or prop.about.search(context)):
                continue
            if _done_to_other(prop, clause):
                continue
            favor, favor_negated = _hits(prop.favor, clause, conditional)
            against, against_negated = _hits(prop.against, clause, conditional)
            pro, con = pro + favor + against_negated, con + against + favor_negated
            if not conditional:
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
        if _done_to_other(prop, phrase):
            continue
        favor = any(p.match(phrase) for p in prop.favor)
        against = any(p.match(phrase) for p in prop.against)
        if favor != against:
            out.append((prop.id, "favor" if favor else "against"))
    return out
