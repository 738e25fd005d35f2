"""Statements that charge another actor: a CAMEO 11 event from the speaker to the actor their words disapprove of.

News tells most criticism as a statement, not with a verb of accusing: "She added that the Kremlin is trying to
undermine the security of Europe", "'Ostmark is a dictatorship,' the minister said". CAMEO (and GDELT and
PETRARCH after it) code such a statement as disapproval (11) by the speaker of the actor it is about. Two
readings of the speaker's own words are solid enough to make one:

- an evaluative word on the actor (``evaluations.py``: "Russia is an aggressor", "dictator X"): criticism, 111;
- the actor, as the subject, doing a wrong that the telling itself charges it with (a verb of wrongdoing: "is
  trying to undermine", "distorts the facts"; the making of a deceit: "creates false pretexts"), or owning a
  design to do one ("Moscow's goal is to destabilise Europe"), or named as the one to blame ("Kyiv is to
  blame"): an accusation, 112.

Force told by its victim ("198 civilians were killed by Ostmark's forces, the minister said") is a report of the
fighting, which the force event records, not a charge in words (the real-news gold codes no 11 there).

The event's trigger is the statement's cue, its date the statement's (none for one placed earlier without its
day, as for any event), and its evidence the sentence(s) of the cue and the charge. Only a
statement counts (not a belief or a denial), by a speaker who is the actor's voice, of an actor of another side;
a charge the words deny, suppose, ask or leave to someone else is none; and an explicit disapproval (an 11 verb)
of the same dyad in the sentence is the event already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Event, Span, side
from .codebook import Code, coded_event
from .cues import BELIEF_VERBS, SPEECH_VERBS
from .evaluations import stances_toward_actors
from .event_actors import event_code
from .event_modality import MODALS, supposed, told_earlier
from .quotes import cue_side
from .stances import own_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors
    from ..model import Actor, Article, Quote

# Below an explicit accusation (0.75) and a main verb, above the store's floor: a charge read from the words.
CHARGE_CONFIDENCE = 0.65
# Verbs of wrongdoing: whoever is said to do them is blamed by the telling itself, whatever they are done to.
WRONG_VERBS = frozenset(
    {
        "undermine",
        "destabilize",
        "destabilise",
        "provoke",
        "distort",
        "falsify",
        "manipulate",
        "sabotage",
        "meddle",
        "interfere",
        "blackmail",
        "deceive",
        "lie",
        "violate",
        "incite",
        "pretend",
        "weaponize",
        "weaponise",
        "terrorize",
        "terrorise",
        "intimidate",
        "disregard",
        "insult",
        "demonize",
        "demonise",
        "slander",
        "smear",
        "fabricate",
        "persecute",
        "repress",
    }
)
# Deceits whose making or seeking charges the maker ("creates false pretexts", "spreads lies", "looks for an excuse"): the
# noun is the charge, the verb of making says the subject is its author (not "exposed the lies", "countered it").
DECEIT_NOUNS = frozenset(
    {"pretext", "excuse", "lie", "propaganda", "disinformation", "provocation", "fake", "falsehood"}
)
MAKING_VERBS = frozenset(
    {"create", "spread", "stage", "fabricate", "invent", "manufacture", "tell", "peddle", "use", "seek"}
)
# Nouns of a design: the owner of an aim to do wrong is charged with it ("Moscow's goal is to destabilise").
DESIGN_NOUNS = frozenset({"goal", "aim", "task", "purpose", "objective", "plan", "intention"})
# Heads an act may hang under and still be charged: an attempt or a design is as blameworthy as the act ("is
# trying to undermine", "seeks to destabilise", "continues to violate").
CHARGED_HEADS = frozenset({"try", "seek", "attempt", "want", "aim", "continue", "keep", "plan", "intend"})
# The links along which the speaker's assertion reaches a clause (as in ``evaluations.py``), and a designed act.
_ASSERTING_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis", "xcomp"})
_FIRST_PERSON = frozenset({"i", "we"})


def statement_charges(
    doc: Doc, article: Article, found: DocActors, book: dict[str, Code], told: list[Event]
) -> list[Event]:
    """One 11 event per statement and actor its speaker's own words charge (see the module's docstring);
    ``told`` are the events coded so far, whose explicit disapprovals are not told twice."""
    own = own_words(doc, article, found)
    kept = {i for i in own if _statement(article.quotes[i], found)}
    charged: dict[tuple[int, str], tuple[str, Span]] = {}
    for stance in stances_toward_actors(doc, article, found, {i: own[i] for i in kept}):
        if stance.label == "against" and stance.quote_ref is not None:
            quote = article.quotes[stance.quote_ref]
            charged.setdefault((stance.quote_ref, stance.target), ("111", quote.content_span))
    for index in kept:
        quote = article.quotes[index]
        words = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="contract")
        for verb in words if words is not None else ():
            doer = _doer(verb, found)
            if doer is not None and _asserted(verb, quote):
                where = Span(verb.sent.start_char, verb.sent.end_char)
                charged.setdefault((index, doer.id), ("112", where))
    out: list[Event] = []
    for (index, target_id), (code, where) in charged.items():
        quote, target = article.quotes[index], found.actors.get(target_id)
        speaker = found.actors.get(quote.speaker_actor or "")
        source_code, target_code = event_code(speaker), event_code(target)
        if not source_code or not target_code or side(source_code) == side(target_code):
            continue
        if _names_side(quote, side(target_code), found):
            continue  # "Russian Defence Ministry spokesman X said": the phrase speaks for the side charged
        cue = quote.cue_span
        assert cue is not None  # kept statements have one
        sentence = _sentences(doc, cue, where)
        said = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        # "In late March, she said ...": a statement placed before the report without its day is background
        day = None if said is not None and told_earlier(said.root, article.date) else quote.date
        if any(
            e.root == "11"
            and e.source
            and e.target
            and side(e.source) == side(source_code)
            and side(e.target) == side(target_code)
            and sentence.start <= e.trigger_span.start < sentence.end
            for e in told + out
        ):
            continue  # "accused Ostmark of lying": the explicit disapproval is the event
        out.append(
            coded_event(
                book[code],
                speaker,
                target,
                negated=False,
                hypothetical=False,
                date=day,
                sentence=sentence,
                trigger=cue,
                confidence=CHARGE_CONFIDENCE,
            )
        )
    return out


def _names_side(quote: Quote, target_side: str, found: DocActors) -> bool:
    """Does the speaker phrase name an actor of the given side?"""
    span = quote.speaker_span
    return span is not None and any(
        span.start <= m.span.start < span.end
        and (code := event_code(found.actors.get(m.actor_id))) is not None
        and side(code) == target_side
        for m in found.mentions
    )


def _statement(quote: Quote, found: DocActors) -> bool:
    """A statement (not a belief) with a cue, by a coded speaker, whose cue takes the words as the speaker's
    own (not "denied that", "asked whether"), and which is no question."""
    speaker = found.actors.get(quote.speaker_actor or "")
    return (
        quote.kind != "belief"
        and quote.cue_span is not None
        and event_code(speaker) is not None
        and (quote.kind == "direct" or cue_side(quote.cue) > 0)
        and not quote.content.rstrip("\"”’' ").endswith("?")
    )


def _doer(verb: Token, found: DocActors) -> Actor | None:
    """The actor a verb of wrongdoing (or of making a deceit) charges: its subject, the subject of the attempt it
    completes, or the owner of the design it is ("the task that Moscow set itself is destabilising")."""
    lemma = verb.lemma_.lower()
    made = [c for c in verb.children if c.dep_ == "dobj"] if lemma in MAKING_VERBS else []
    if lemma in ("look", "search"):  # "is looking for a pretext"
        made = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    deceit = any(c.lemma_.lower() in DECEIT_NOUNS for c in made)
    # "Ostmark is to blame (for the crisis)": the words lay the blame on the subject of "be" itself
    to_blame = lemma == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"
    if verb.pos_ != "VERB" or not (lemma in WRONG_VERBS or deceit or to_blame):
        return None
    node = _basis(verb) or verb
    while node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head  # "limited the language and insulted the leadership": the first verb's subject
    while node.dep_ == "xcomp" and node.head.lemma_.lower() in CHARGED_HEADS:
        node = node.head  # "the Kremlin is trying to undermine": the attempt's subject
    subject = next(
        (c for c in node.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and node != verb), None
    )
    if node.dep_ == "xcomp" and node.head.lemma_.lower() == "be":
        subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)  # "its goal is to ..."
    for aux in (c for c in node.children if c.dep_ == "aux" and c.lemma_ == "be") if subject is None else ():
        # the parse's "the task ... is destabilising": the subject hangs on the auxiliary
        subject = next((c for c in aux.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    if subject.lemma_.lower() in DESIGN_NOUNS:
        return _owner(subject, found)
    return found.actor_for(subject)


# Verbs whose "on" names what a thing rests on ("the position is based on distorting facts").
BASIS_VERBS = frozenset({"base", "build", "found", "rest", "rely"})


def _basis(verb: Token) -> Token | None:
    """The clause whose means or basis a gerund of wrongdoing is, its subject the doer: "the American position is
    based on distorting facts", "Ostmark won by deceiving the voters" (not "warned against distorting facts")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "poss") for c in verb.children):
        return None
    if prep.lower_ == "by" or prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() in BASIS_VERBS:
        return prep.head
    return None


def _owner(design: Token, found: DocActors) -> Actor | None:
    """Whose design the noun is: its possessor ("Moscow's goal"), its "of" ("the aim of Moscow"), or the
    subject of the clause that sets it ("the task that Moscow sets itself")."""
    for child in design.children:
        if child.dep_ == "poss":
            return found.actor_for(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            return found.actor_for(owner) if owner is not None else None
        if child.dep_ == "relcl":
            owner = next((g for g in child.children if g.dep_ == "nsubj"), None)
            return found.actor_for(owner) if owner is not None else None
    return None


def _asserted(verb: Token, quote: Quote) -> bool:
    """Is the act told as done by the speaker's words: neither it nor a clause above it inside the words is
    negated, modal, supposed ("if"), subordinate, or someone else's words or belief ("they say ...")?"""
    if supposed(verb):
        return False
    content = quote.content_span
    token = _basis(verb) or verb
    while content.start <= token.idx < content.end:
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
            return False
        if token.dep_ not in _ASSERTING_DEPS:
            return False
        if token.dep_ == "xcomp" and token.head.lemma_.lower() not in CHARGED_HEADS | {"be"}:
            return False  # "asked Ostmark to stop violating": what is asked, not told
        if token.i != verb.i and token.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in _FIRST_PERSON:
                return False  # another's words inside the statement
        if token.head.i == token.i:
            break
        token = token.head
    return True


def _sentences(doc: Doc, cue: Span, where: Span) -> Span:
    """The sentences from the statement's cue to its charge, whichever comes first."""
    first = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    start, end = where.start, where.end
    if first is not None:
        start, end = min(start, first.sent.start_char), max(end, first.sent.end_char)
    return Span(start, end)
