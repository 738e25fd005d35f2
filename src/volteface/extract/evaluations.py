"""Stances toward actors from a speaker's own evaluative words ("Russia is an aggressor", "the brave
Ukrainians", "we thank Germany"), read on the parse with the lexicon in ``data/evaluations.tsv``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..model import Article, Span, Stance
from .quotes import cue_side

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors


# Stances toward actors from the speaker's own evaluative words ("Russia is an aggressor", "the brave
# Ukrainians", "we thank Germany"): one score for every evaluation, high enough for the shift list to count it.
EVALUATION_SCORE = 0.6
# Verbs whose object and its predicate are the evaluation ("called Russia an aggressor", "described Russia as a
# terrorist state"): read even when they are the quote's cue.
PREDICATE_VERBS = frozenset({"call", "label", "brand", "dub", "name", "term", "describe", "consider", "deem"})
_COPULAS = frozenset({"be", "remain", "become"})
# Actors the knowledge base does not know are no targets: a name alone is too often a first name ("grateful to
# Boris") or no political actor at all (a sapper dog called Patron).
UNKNOWN_ACTORS = ("person:", "org:")
# What makes a clause no plain assertion: a possibility or a wish, a doubt or a question put by the speaker.
_HYPOTHETICAL = frozenset({"could", "might", "may", "would", "should", "can", "ca"})
_DOUBTING = frozenset(
    {
        "deny",
        "doubt",
        "question",
        "wonder",
        "ask",
        "dispute",
        "reject",
        "hope",
        "wish",
        "fear",
        "imagine",
        "suppose",
        "pretend",
    }
)
# The grammatical links along which the speaker's assertion reaches a clause ("said that X is ...", "X is ... and
# Y is ..."); a clause under any other (if, because, when, to, which) is not asserted on its own.
_ASSERTING_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "ours", "my", "me"})


@cache
def evaluative_words() -> dict[str, dict[str, str]]:
    """The shipped evaluative lexicon (``data/evaluations.tsv``): role → {lemma or phrase: favor/against}."""
    text = (resources.files("volteface") / "data" / "evaluations.tsv").read_text(encoding="utf-8")
    words: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, label, role = line.split("\t")
            words.setdefault(role, {})[phrase] = label
    return words


def own_side(actor_id: str | None, speaker: str, found: DocActors) -> bool:
    """Is the actor the speaker, or (not being a person) the speaker's own state, its government or people?"""
    if actor_id is None or actor_id == speaker:
        return actor_id is not None
    actor, own = found.actors.get(actor_id), found.actors.get(speaker)
    return (
        actor is not None
        and own is not None
        and actor.kind != "person"
        and actor.country is not None
        and actor.country == own.country
    )


def _is_speaker(token: Token, speaker: str, found: DocActors) -> bool:
    """Is the token the speaker: I, we, a name of the speaker or their own state ("Ukraine thanks ..."), or a
    pronoun for one of them ("Zelenskyy said he was grateful")?"""
    if token.lower_ in _FIRST_PERSON:
        return True
    actor = found.actor_for(token) if token.pos_ == "PRON" else None
    return own_side(actor.id if actor else found.by_token.get(token.i), speaker, found)


def _asserted(head: Token, content: Span, speaker: str, found: DocActors) -> bool:
    """Does the speaker assert the clause headed by ``head``: neither it nor any clause above it inside the
    content is negated, hypothetical, doubted, a question, under a condition or subordinate, or the words of
    someone else ("some say ...")?"""
    if head.sent.text.rstrip("\"”’' ").endswith("?"):
        return False
    token = head
    while content.start <= token.idx < content.end:
        if any(_negation(c) or c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in token.children):
            return False
        if token.i != head.i:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                token.lemma_.lower() in _DOUBTING
                or subject is not None
                and not _is_speaker(subject, speaker, found)
            ):
                return False
        if token.dep_ not in _ASSERTING_DEPS:
            return False
        if token.head.i == token.i:
            break  # the sentence's root (spaCy's root is its own head)
        token = token.head
    return True


def _negation(token: Token) -> bool:
    """A negating child: "not", "never", "no longer", "no" before a noun ("no friend")."""
    return (
        token.dep_ == "neg"
        or token.dep_ in ("det", "advmod")
        and token.lower_ in ("no", "never")
        or token.dep_ == "advmod"
        and any(c.dep_ == "neg" for c in token.children)
    )


def _phrase_label(head: Token, found: DocActors) -> str | None:
    """The side a noun or adjective phrase takes toward what it is said of ("a war criminal", "a reliable
    partner", "brave"), or None: no evaluative word, words on both sides ("a brave dictator"), a modifier that
    suspends it ("a former ally"), or a relation owned by another actor ("Russia's ally", "a NATO partner", "a
    friend of Moscow"). A relation's modifier says which kind it is ("an unreliable partner" is against)."""
    words = evaluative_words()
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if any(m.lower_ in words.get("drop", {}) for m in modifiers) or any(_negation(c) for c in head.children):
        return None
    if not head.is_lower:
        return None  # a title or a name ("Hero of Russia", "the Order of Friendship"), not an epithet
    relations, nouns = words.get("relation", {}), words.get("noun", {}) | words.get("relation", {})
    two = " ".join(t.lemma_.lower() for t in head.doc[max(0, head.i - 1) : head.i + 1])
    lemma = two if head.i > 0 and two in nouns else head.lemma_.lower()
    if lemma == two:
        modifiers = [m for m in modifiers if m.i != head.i - 1]
    if lemma in relations and not _unowned(head, found):
        return None
    qualities = {
        words["adj"][m.lemma_.lower()] for m in modifiers if m.lemma_.lower() in words.get("adj", {})
    }
    if lemma in relations and qualities:
        return qualities.pop() if len(qualities) == 1 else None
    if lemma in nouns:
        qualities.add(nouns[lemma])
    elif head.pos_ == "ADJ" and lemma in words.get("adj", {}):
        qualities.add(words["adj"][lemma])
    return qualities.pop() if len(qualities) == 1 else None


def _unowned(noun: Token, found: DocActors) -> bool:
    """A relation noun with no owner but the speaker's side: "a partner", "our ally", not "Russia's ally"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _FIRST_PERSON:
            return False
        if child.dep_ in ("compound", "amod", "nmod") and child.i in found.by_token:
            return False
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ not in _FIRST_PERSON for g in child.children
        ):
            return False
    return True


def _predicates(head: Token) -> list[Token]:
    """The attributes a copula or a verb of calling gives its subject or object, conjuncts included ("a
    reliable partner and a true friend", "as a terrorist state")."""
    out = []
    for child in head.children:
        if child.dep_ in ("attr", "acomp", "oprd"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out + [c for p in out for c in p.conjuncts]


def _evaluations(root: Token, content: Span, speaker: str, found: DocActors) -> list[tuple[str, bool]]:
    """(side, read through the cue) for each evaluation of the actor whose mention ``root`` heads, by the rules
    of ``stances_toward_actors``."""
    out = [
        (label, False)
        for label in _qualified(root, found)
        + _attributed(root, content, speaker, found)
        + _acted_on(root, content, speaker, found)
    ]
    return out + _called(root, content, speaker, found)


def _qualified(root: Token, found: DocActors) -> list[str]:
    """The actor itself qualified: "the brave Ukrainians", "dictator X", "X, a war criminal,", "the aggressor,
    Russia,". A word of the mention or of a name is no qualifier ("the International Criminal Court", "Nazi
    Germany", the Germany of 1941)."""
    actor = found.actors.get(found.by_token.get(root.i, ""))
    name = actor.name.lower().split() if actor else []
    heads = [
        c
        for c in root.children
        if c.dep_ in ("amod", "compound", "appos")
        and c.i not in found.by_token
        and (c.dep_ == "appos" or c.is_lower)
    ]
    words = evaluative_words()
    if (
        root.dep_ == "appos"
        and root.head.i not in found.by_token
        and root.head.lemma_.lower() in words["noun"]
    ):
        heads.append(root.head)  # "the aggressor, Russia," (not "the international criminal court (ICC)")
    return [label for h in heads if h.lower_ not in name and (label := _phrase_label(h, found))]


def _attributed(root: Token, content: Span, speaker: str, found: DocActors) -> list[str]:
    """The actor as subject of a copula ("Russia is an aggressor", "Germany is a reliable partner"), or what it
    provides, credited to it ("the German tanks were a game changer")."""
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in _COPULAS and _asserted(head, content, speaker, found):
        return [label for p in _predicates(head) if (label := _phrase_label(p, found))]
    copula = head.head
    if not (
        root.dep_ in ("amod", "compound", "poss")
        and head.dep_ == "nsubj"
        and copula.lemma_.lower() in _COPULAS
        and _asserted(copula, content, speaker, found)
    ):
        return []
    providers = evaluative_words().get("provider", {})
    phrases = [
        (" ".join(t.lemma_.lower() for t in p.doc[max(0, p.i - 1) : p.i + 1]), p.lemma_.lower())
        for p in _predicates(copula)
    ]
    return [label for two, one in phrases if (label := providers.get(two) or providers.get(one))]


def _called(root: Token, content: Span, speaker: str, found: DocActors) -> list[tuple[str, bool]]:
    """The actor called something, by the cue ("called Russia an aggressor") or by the speaker inside the
    content ("we call Russia a terrorist state")."""
    head = root.head
    if root.dep_ != "dobj" or head.lemma_.lower() not in PREDICATE_VERBS:
        return []
    cue = not content.start <= head.idx < content.end
    if not (cue or _speaker_does(head, content, speaker, found)):
        return []
    return [
        (label, cue) for p in _predicates(head) if p.dep_ != "acomp" and (label := _phrase_label(p, found))
    ]


def _acted_on(root: Token, content: Span, speaker: str, found: DocActors) -> list[str]:
    """The speaker's evaluative act toward the actor or its deeds ("we thank Germany", "we condemn Russia's
    attacks"), or through a preposition ("we stand with Ukraine", "we are grateful to Germany", "grateful for
    US support")."""
    words = evaluative_words()
    deed = root.dep_ in ("poss", "compound", "amod") and root.head.dep_ in ("dobj", "pobj")
    obj = root.head if deed else root
    if obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
        verb, label = obj.head, words.get("verb", {}).get(obj.head.lemma_.lower())
    elif obj.dep_ == "pobj":
        above = obj.head.head
        phrase = above.lemma_.lower() + " " + obj.head.lower_
        if above.pos_ == "VERB" and phrase in words.get("verb", {}):
            verb, label = above, words["verb"][phrase]
        elif above.dep_ == "acomp" and phrase in words.get("feeling", {}):
            verb, label = above.head, words["feeling"][phrase]  # the copula of "we are grateful"
        else:
            return []
    else:
        return []
    inside = content.start <= verb.idx < content.end
    return [label] if label and inside and _speaker_does(verb, content, speaker, found) else []


def _speaker_does(verb: Token, content: Span, speaker: str, found: DocActors) -> bool:
    """Is the verb's subject the speaker, and the clause asserted?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and _is_speaker(subject, speaker, found)
        and _asserted(verb, content, speaker, found)
    )


def stances_toward_actors(
    doc: Doc, article: Article, found: DocActors, own: dict[int, str]
) -> tuple[Stance, ...]:
    """Stances of a quote's speaker toward the actors their own words evaluate (``data/evaluations.tsv``). The
    evaluative word must be syntactically about the actor's mention: the actor as subject of a copula with an
    evaluative attribute ("Russia is an aggressor"), qualified by an evaluative modifier or apposition ("the
    brave Ukrainians", "dictator X"), called something ("called Russia an aggressor"), credited with what it
    provides ("the German tanks were a game changer"), or the object of the speaker's evaluative act ("we thank
    Germany", "we condemn Russia's attacks", "we stand with Ukraine"). Only words in ``own`` count (the
    speaker's, others' reported words blanked); a clause asserted by the speaker only (not negated, hypothetical,
    doubted, asked or conditional: a denial of an insult is no praise, so negation drops rather than flips);
    content under a cue that makes it someone else's words or a denial only when the cue itself is a verb of
    calling ("described Russia as ..."). The speaker about themself or their own state makes no stance, nor does
    an actor the knowledge base does not know, or one evaluated both ways in one quote."""
    out = []
    for index, words in own.items():
        quote = article.quotes[index]
        speaker = quote.speaker_actor
        if not speaker:
            continue
        content = quote.content_span
        side = cue_side(quote.cue) if quote.kind in ("indirect", "mixed") else 1
        sides: dict[str, set[str]] = {}
        cued: set[str] = set()
        for mention in found.mentions:
            start = mention.span.start
            if not content.start <= start < content.end or words[start - content.start].isspace():
                continue
            if own_side(mention.actor_id, speaker, found) or mention.actor_id.startswith(UNKNOWN_ACTORS):
                continue
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None or span.root.pos_ == "PRON":
                continue
            for label, cue in _evaluations(span.root, content, speaker, found):
                if cue or side == 1:
                    sides.setdefault(mention.actor_id, set()).add(label)
                    cued |= {mention.actor_id} if cue else set()
        for target, labels in sides.items():
            if len(labels) != 1:
                continue
            evidence = (
                Span(quote.cue_span.start, content.end) if target in cued and quote.cue_span else content
            )
            out.append(Stance(speaker, target, labels.pop(), EVALUATION_SCORE, quote.date, evidence, index))
    return tuple(out)
