"""Who stands where: stances of actors toward actors (from coded events), and the author's stance on a target.

A first version behind the final signatures: cooperation an actor directs at another is favor, conflict is
against; the author's stance toward a free-text target is read from polarity words near the target's mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Article, Event, Stance

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


def extract_stances(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Stances in the article (this version: from its coded events)."""
    return stances_from_events(article.events)


def author_stance(text: str, target: str) -> tuple[str, float]:
    """The author's stance toward a free-text target: favor / against / none, with a score in [0, 1]."""
    words = _WORD.findall(text.lower())
    pos = sum(w in POSITIVE for w in words)
    neg = sum(w in NEGATIVE for w in words)
    if pos == neg:
        return "none", 0.0
    label = "favor" if pos > neg else "against"
    return label, round(abs(pos - neg) / (pos + neg), 2)
