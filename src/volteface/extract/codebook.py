"""The CAMEO codebook (name, root, quad class, Goldstein value, PLOVER type and mode) and event lexicons: the
word lists the event coder (``events.py``) and its modality (``event_modality.py``) both read, and the verb
lemma as the lexicon knows it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..model import Event
from .event_actors import event_code

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Token

    from ..model import Actor, Span


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    root: str
    quad: int
    goldstein: float
    plover: str | None
    mode: str | None


def coded_event(
    info: Code,
    source: Actor | None,
    target: Actor | None,
    *,
    negated: bool,
    hypothetical: bool,
    date: date | None,
    sentence: Span,
    trigger: Span,
    confidence: float,
    plover: str | None = None,
) -> Event:
    """The event record of a codebook entry done by ``source`` to ``target`` (the entry's PLOVER type unless
    ``plover`` reads the act otherwise): the one place a verb, a noun, an accusation and a charging statement become an ``Event``."""
    return Event(
        source=event_code(source),
        target=event_code(target),
        code=info.code,
        root=info.root,
        plover=plover or info.plover,
        mode=info.mode,
        quad=info.quad,
        goldstein=info.goldstein,
        negated=negated,
        hypothetical=hypothetical,
        date=date,
        sentence_span=sentence,
        trigger_span=trigger,
        confidence=confidence,
        source_actor=source.id if source else None,
        target_actor=target.id if target else None,
    )


def _rows(name: str) -> list[dict[str, str]]:
    item = resources.files("volteface") / "data" / name
    if not item.is_file():
        return []
    return list(csv.DictReader(item.read_text(encoding="utf-8").splitlines(), delimiter="\t"))


@cache
def codebook() -> dict[str, Code]:
    """Every CAMEO code in ``data/cameo.tsv``."""
    out = {}
    for row in _rows("cameo.tsv"):
        out[row["code"]] = Code(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            quad=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            plover=row.get("plover") or None,
            mode=row.get("mode") or None,
        )
    return out


# Families CAMEO defines by a concrete kind of act: material cooperation (trade, arms, extradition, shared
# intelligence) and protest (demonstrations, boycotts, riots). The PETRARCH dictionary gives whole synonym sets
# ("boost", "oversee_manage", "name", "merge", "disturb", "provoke") the family's unspecified code (060, 140) as a
# default, so that their object patterns ("boost trade") can be coded; on its own such a verb ("increased",
# "led", "named", "annoyed") names no act of the family. Those bare defaults are left out; a verb the family is
# named for ("cooperate", "protest") keeps its own.
UNSPECIFIED_DEFAULTS = {"060", "140"}
# Synonym sets whose bare default codes an interaction the verbs do not name: thinking ("consider", "ponder",
# "think"), hearing and learning, introducing, influencing and rejoicing are no consultation (CAMEO 04: meet,
# visit, talk, negotiate) and no diplomatic cooperation (05: praise, endorse, agree, cooperate).
NON_INTERACTION_SETS = {"consider", "hear", "introduce", "influence", "rejoice"}


def _vague_default(row: dict[str, str]) -> bool:
    bare = not (row.get("particle") or "").strip() and not (row.get("object") or "").strip()
    note = (row.get("note") or "").strip()
    return (
        bare
        and "hand-written" not in note
        and (row["code"] in UNSPECIFIED_DEFAULTS or note in NON_INTERACTION_SETS)
    )


@cache
def verb_lexicon() -> dict[str, list[tuple[str, str, str]]]:
    """Verb lemma → [(particle, object noun, code)], most specific entries first."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows("event_verbs.tsv"):
        if _vague_default(row):
            continue
        out.setdefault(row["lemma"].strip().lower(), []).append(
            (
                (row.get("particle") or "").strip().lower(),
                (row.get("object") or "").strip().lower(),
                row["code"],
            )
        )
    for entries in out.values():
        entries.sort(key=lambda e: (not e[0], not e[1]))
    return out


@cache
def noun_lexicon() -> dict[str, str]:
    """Event noun → code ("talks" → 043, "strike" → 190)."""
    return {row["noun"].strip().lower(): row["code"] for row in _rows("event_nouns.tsv")}


# Verbs that wrap another action ("refused to meet", "agreed to withdraw", "urged X to talk"): the pair has one
# code, chosen by the wrapper's family and the wrapped action's root.
WRAPPERS: dict[str, dict[str, str]] = {
    "reject": {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124", "01": "011", "": "120"},
    "intent": {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030", "": "030"},
    "appeal": {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "": "020"},
    "demand": {"04": "106", "05": "102", "06": "101", "07": "103", "08": "105", "": "100"},
    "threaten": {"16": "131", "17": "132", "18": "138", "19": "138", "20": "138", "": "130"},
    "deny": {"": "016"},  # "the Kremlin denies it is planning to attack": a denial, about the one it names
}
WRAPPER_VERBS = {
    "refuse": "reject",
    "decline": "reject",
    "reject": "reject",
    "agree": "intent",
    "offer": "intent",
    "promise": "intent",
    "pledge": "intent",
    "commit": "intent",  # "committed Tuesday to deliver more hardware": a pledge (03), not the delivery itself
    "vow": "intent",
    "plan": "intent",
    "intend": "intent",
    "expect": "intent",
    "prepare": "intent",
    "want": "intent",
    "consider": "intent",
    "hope": "intent",
    "seek": "intent",
    "aim": "intent",
    "propose": "intent",
    "urge": "appeal",
    "ask": "appeal",
    "appeal": "appeal",
    "call": "appeal",
    "encourage": "appeal",
    "invite": "appeal",
    "request": "appeal",
    "challenge": "appeal",  # "challenged the members to pledge …": a dare is an appeal (02), not disapproval
    "press": "appeal",
    "push": "appeal",
    "demand": "demand",
    "insist": "demand",
    "threaten": "threaten",
    "warn": "threaten",
    "deny": "deny",
}
# Verbs that only carry the event named by their object: "held talks", "launched an offensive".
LIGHT_VERBS = {
    "hold",
    "conduct",
    "launch",
    "stage",
    "begin",
    "resume",
    "renew",
    "continue",
    "start",
    "undertake",
    "carry",
    "open",
    "make",
    "take",
    "mount",
    "wage",
    "organize",
    "organise",
    "step",
    "intensify",
    "escalate",
    "end",
    "order",
    "announce",
    "give",
    "extend",
}


# the event coder asks it of every word of every sentence, several times over: remembered by the string ids of the
# lemma and the word (spaCy builds their texts anew on each call); bounded, so memory stays flat
_MENDED: dict[tuple[int, int], str] = {}


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, mended when the small model's lemmatizer misses ("staged" → "stag" → "stage")."""
    lemma = _MENDED.get((verb.lemma, verb.lower))
    if lemma is None:
        if len(_MENDED) >= 50_000:
            _MENDED.clear()
        lemma = _MENDED[verb.lemma, verb.lower] = _mended_lemma(verb.lemma_.lower(), verb.lower_)
    return lemma


def _mended_lemma(lemma: str, word: str) -> str:
    lexicon = verb_lexicon()
    if lemma in lexicon:
        return lemma
    for candidate in (word, word[:-1], word[:-2], word[:-3] + "e", word[:-3], lemma + "e"):
        if candidate in lexicon or candidate in LIGHT_VERBS or candidate in WRAPPER_VERBS:
            return candidate
    return lemma
