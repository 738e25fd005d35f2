"""Who stands where: stances of actors toward actors (from coded events), and the author's stance on a target.

A first version behind the final signatures: cooperation an actor directs at another is favor, conflict is
against; the author's stance toward a free-text target is read from polarity words near the target's mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..model import Article, Event, Quote, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..actors import DocActors

POSITIVE = {
    "support", "supports", "praise", "praised", "good", "great", "best", "right", "welcome", "welcomed", "love",
    "agree", "win", "strong", "success", "hope", "protect", "benefit", "important", "need", "must", "should",
    "fair", "safe", "better", "thank", "thanks", "proud", "yes", "pro",
}
NEGATIVE = {
    "against", "oppose", "opposed", "bad", "wrong", "worst", "reject", "rejected", "criticize", "criticized",
    "hate", "fail", "failed", "failure", "weak", "danger", "dangerous", "threat", "corrupt", "lie", "lies",
    "liar", "disaster", "stop", "ban", "no", "not", "never", "dictator", "mistake", "harm", "crisis", "fake",
}
_WORD = re.compile(r"[a-z']+")


def stances_from_events(events: tuple[Event, ...]) -> tuple[Stance, ...]:
    """Cooperation directed at an actor is favor toward it, conflict is against; negated and hypothetical
    events say nothing about where the holder stands."""
    out = []
    for event in events:
        if not (event.source_actor and event.target_actor) or event.source_actor == event.target_actor:
            continue
        if event.negated or event.hypothetical:
            continue
        label = "favor" if event.quad in (1, 2) else "against"
        out.append(
            Stance(event.source_actor, event.target_actor, label, round(abs(event.goldstein) / 10, 2),
                   event.date, event.sentence_span)
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Proposition:
    id: str
    text: str
    terms: tuple[str, ...]
    favor: tuple[re.Pattern[str], ...]
    against: tuple[re.Pattern[str], ...]


@cache
def propositions() -> tuple[Proposition, ...]:
    """The shipped propositions (``data/propositions.yaml``)."""
    data = yaml.safe_load((resources.files("volteface") / "data" / "propositions.yaml").read_text(encoding="utf-8"))
    return tuple(
        Proposition(e["id"], e["text"], tuple(t.lower() for t in e.get("terms", [])),
                    tuple(re.compile(p, re.IGNORECASE) for p in e.get("favor", [])),
                    tuple(re.compile(p, re.IGNORECASE) for p in e.get("against", [])))
        for e in data
    )


_NEGATION = re.compile(r"\b(not|never|no|won't|can't|cannot|don't|doesn't|didn't|isn't|aren't)\b[\w\s,']{0,20}$",
                       re.IGNORECASE)


def _hits(patterns: tuple[re.Pattern[str], ...], text: str) -> tuple[int, int]:
    """(plain, negated) matches: a negation just before a phrase turns its side over."""
    plain = negated = 0
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _NEGATION.search(text[max(0, match.start() - 30) : match.start()]):
                negated += 1
            else:
                plain += 1
    return plain, negated


def proposition_stance(text: str) -> list[tuple[str, str, float]]:
    """(proposition id, favor/against, score) for each proposition the statement takes a side on."""
    lowered = text.lower()
    out = []
    for prop in propositions():
        if not any(term in lowered for term in prop.terms):
            continue
        favor, favor_negated = _hits(prop.favor, text)
        against, against_negated = _hits(prop.against, text)
        pro, con = favor + against_negated, against + favor_negated
        if pro == con:
            continue
        label = "favor" if pro > con else "against"
        score = round(min(1.0, 0.5 + 0.25 * abs(pro - con)), 2)
        out.append((prop.id, label, score))
    return out


def stances_from_quotes(quotes: tuple[Quote, ...]) -> tuple[Stance, ...]:
    """Where a known speaker's words take a side on a tracked proposition."""
    out = []
    for index, quote in enumerate(quotes):
        if not quote.speaker_actor:
            continue
        for prop_id, label, score in proposition_stance(quote.content):
            out.append(Stance(quote.speaker_actor, prop_id, label, score, quote.date, quote.content_span, index))
    return tuple(out)


def extract_stances(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Stances in the article: toward actors from coded events, toward propositions from quotes. An event told
    inside someone's words (a demand, a claim, an opinion piece's prescription) says where the speaker stands,
    not where the actors stand, so it makes no actor-to-actor stance."""
    reported = [q.content_span for q in article.quotes]
    asserted = tuple(e for e in article.events
                     if not any(r.start <= e.trigger_span.start < r.end for r in reported))
    return stances_from_events(asserted) + stances_from_quotes(article.quotes)


def author_stance(text: str, target: str) -> tuple[str, float]:
    """The author's stance toward a free-text target: favor / against / none, with a score in [0, 1] — from
    the shipped stance model, or the polarity lexicon below when no model is shipped."""
    from .stance_model import predict

    learned = predict(text, target)
    if learned is not None:
        return learned
    words = _WORD.findall(text.lower())
    pos = sum(w in POSITIVE for w in words)
    neg = sum(w in NEGATIVE for w in words)
    if pos == neg:
        return "none", 0.0
    label = "favor" if pos > neg else "against"
    return label, round(abs(pos - neg) / (pos + neg), 2)


_CONTENT = re.compile(r"[a-z]{4,}")
_STOP = {"that", "this", "with", "from", "have", "will", "should", "would", "their", "they", "there", "which",
         "about", "more", "been", "were", "than", "into", "also", "must", "only", "such", "these", "those", "being"}
_OPPOSE = {"not", "no", "never", "against", "oppose", "reject", "limit", "limiting", "reduce", "reducing", "cut",
           "ban", "abolish", "end", "stop", "restrict", "restricting", "less", "lower", "decrease", "without"}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _CONTENT.findall(text.lower()) if w not in _STOP}


def consistency(text_1: str, text_2: str) -> str:
    """Are two statements by one actor Consistent, Inconsistent or Unrelated? A lexical first version: opposite
    sides on a tracked proposition, or one statement pushing where the other pulls, is inconsistent; sharing
    two content words without that is consistent; sharing none is unrelated."""
    shared = _stems(text_1) & _stems(text_2)
    pull_1 = bool(set(_CONTENT.findall(text_1.lower())) & _OPPOSE)
    pull_2 = bool(set(_CONTENT.findall(text_2.lower())) & _OPPOSE)
    stance_1 = {p: label for p, label, _ in proposition_stance(text_1)}
    stance_2 = {p: label for p, label, _ in proposition_stance(text_2)}
    if any(stance_1[p] != stance_2[p] for p in stance_1.keys() & stance_2.keys()):
        return "Inconsistent"
    if not shared and pull_1 == pull_2:
        return "Unrelated"
    if len(shared) >= 2 and pull_1 == pull_2:
        return "Consistent"
    return "Inconsistent"
