"""Who did what to whom: CAMEO/PLOVER events from the parse, one per coded verb.

A first version behind the final signature ``extract_events(doc, article, found)``: the verb lemma (with its
particle and object noun) picks the code from the lexicon; subject → source, object or prepositional object →
target; negation and modality from the verb's dependents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article, Event, Span
from .codebook import codebook, verb_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors

MODALS = {"could", "would", "may", "might", "should", "can", "will", "shall", "must"}
INTENT_HEADS = {"expect", "plan", "intend", "want", "hope", "seek", "aim", "threaten", "propose", "consider"}
TARGET_PREPOSITIONS = {"with", "on", "against", "to", "at", "toward", "towards", "into", "for", "from"}


def _code_for(verb: Token) -> str | None:
    entries = verb_lexicon().get(verb.lemma_.lower())
    if not entries:
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")}
    for particle, obj, code in entries:
        if (not particle or particle in particles) and (not obj or obj in objects):
            return code
    return None


def _source(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":  # passive: "was attacked by X"
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        return _source(verb.head)
    return None


def _target(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative"):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _modality(verb: Token) -> tuple[bool, bool]:
    """(negated, hypothetical) from the verb and the verbs governing it."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    hypothetical = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    hypothetical |= any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in INTENT_HEADS:
        hypothetical = True
        negated |= any(c.dep_ == "neg" for c in head.children)
    return negated, hypothetical


def extract_events(doc: Doc, article: Article, found: DocActors) -> tuple[Event, ...]:
    """Events in text order within each sentence, the sentence's main verb first."""
    book = codebook()
    events: list[tuple[int, Event]] = []
    for sent in doc.sents:
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            code = _code_for(verb)
            info = book.get(code) if code else None
            if info is None:
                continue
            source_token, target_token = _source(verb), _target(verb)
            source = found.actor_for(source_token) if source_token is not None else None
            target = found.actor_for(target_token) if target_token is not None else None
            negated, hypothetical = _modality(verb)
            confidence = 0.3 + 0.3 * (source is not None) + 0.2 * (target is not None) + 0.1 * (verb.dep_ == "ROOT")
            event = Event(
                source=source.code if source else None,
                target=target.code if target else None,
                code=info.code,
                root=info.root,
                plover=info.plover,
                mode=info.mode,
                quad=info.quad,
                goldstein=info.goldstein,
                negated=negated,
                hypothetical=hypothetical,
                date=article.date,
                sentence_span=Span(sent.start_char, sent.end_char),
                trigger_span=Span(verb.idx, verb.idx + len(verb.text)),
                confidence=round(confidence, 2),
                source_actor=source.id if source else None,
                target_actor=target.id if target else None,
            )
            events.append((0 if verb.dep_ == "ROOT" else 1, event))
    ordered = sorted(events, key=lambda p: (p[1].sentence_span.start, p[0], p[1].trigger_span.start))
    return tuple(e for _, e in ordered)
