"""Who an event is between, where the verb's own dependents do not say: the lead-in of a list, the recipient of
a cut in aid, the state whose people were struck, the speaker a pronoun stands for, the other doers of a listed
subject; and the rule that decides which coded actions become stored events.

An event is stored only when the text tells it as having happened (not possible, feared, asked or denied, save
a refusal) and its source is an actor with a code (a state, a government, a military, an IGO, a
person holding a role) and, unless the action needs none, a target that is another such actor. Everything else
is an unresolved candidate: coded, never stored, never in a relation series (``extract_events(...,
candidates=True)`` returns them for code-only benchmarks, whose gold has no actors).
"""

from __future__ import annotations

import dataclasses
from itertools import islice
from typing import TYPE_CHECKING

from ..model import Actor, Event, side

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from ..actors import DocActors
    from ..model import Article

# Actions CAMEO codes without a recipient: demonstrations are done, not done to someone.
NO_TARGET_ROOTS = {"14"}
# Acts of words that may be made to no actor ("urged world leaders", "refused to condemn the war"): stored with a
# blank target when the text says so (``unaddressed``), as a blank is better than a guessed recipient.
OPEN_TARGET_ROOTS = {"02", "10", "12", "13"}
# The documented floor for a stored event (CLI, API, report and relation series read only stored events): an
# asserted act with both actors scores 0.75 or more; a candidate with a missing actor could never reach it.
STORE_FLOOR = 0.6
# Weapons a passive act is done "by": the act of the actor who fired them ("destroyed by Russian missiles").
WEAPONS = frozenset({"missile", "rocket", "drone", "bomb", "shell", "artillery", "warplane", "jet"})
# Marks that open a list item, as news and posts write them.
LIST_MARKS = {"–", "-", "—", "•", "*", "·", "‣", "▪"}
# CAMEO 16 codes of withheld aid (161-166 reduce or stop aid): their recipient may sit outside the verb's phrase.
AID_CUT_CODES = ("162", "166", "16")
# Pronouns that open a relative clause: the clause is said of the noun before them, not a content clause.
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


def event_code(actor: Actor | None) -> str | None:
    """The CAMEO actor code an event carries: the actor's own code, else an organisation's home country. An
    unknown person with no role has none: a name is not an actor until the base knows whom it acts for."""
    if actor is None:
        return None
    if actor.code:
        return actor.code
    if actor.id.startswith("org:"):
        return None  # an organisation the base does not know ("Allied"): its home is a guess from its name
    return actor.country if actor.kind in ("organisation", "state", "group") else None


def is_list_item(sent: DocSpan) -> bool:
    """Does the sentence open with a list mark ("– bombed the EU building", "• Reducing aid")?"""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in LIST_MARKS


def gerund_item(sent: DocSpan) -> bool:
    """Is the sentence a list item headed by a gerund ("• Reducing aid to Ukraine", "– Encouraging Kyiv to cede
    land")? News lists options, policies and demands that way; the acts it tells are finite ("– refused to meet")."""
    words = list(islice((t for t in sent if not t.is_space), 2))  # (only the first two words count)
    if words and words[0].text in LIST_MARKS:
        words = words[1:]
    else:
        before = next((t for t in reversed(sent.doc[: sent.start]) if not t.is_space), None)
        if before is None or before.text not in LIST_MARKS:
            return False
    return bool(words) and words[0].text[:1].isupper() and words[0].lower_.endswith("ing")


def lead_in_subject(sent: DocSpan, found: DocActors) -> Actor | None:
    """The actor of a list's lead-in ("since then Putin has: – refused …"): the subject of the last clause
    before a colon, in this sentence (before the mark) or in the sentences before it, skipping the list's
    earlier items."""
    doc = sent.doc
    mark = next((t for t in sent if t.text in LIST_MARKS), None)
    end = mark.i if mark is not None else sent.start
    for i in range(end - 1, max(-1, end - 400), -1):
        token = doc[i]
        if token.text != ":":
            continue
        # Only a lead-in that stops at its verb ("Putin has:") leaves the items to complete it; items after
        # "including:" or a noun are instances of that noun ("compromises that could favor Russia, including:").
        verb = next(
            (t for t in reversed(doc[token.sent.start : i]) if not (t.is_space or t.pos_ == "ADV")), None
        )
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lower_ == "including":
            return None
        for node in (verb, verb.head):
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            actor = found.actor_for(subject) if subject is not None else None
            if actor is not None:
                return actor
        return None
    return None


def recipient(sent: DocSpan, source: Actor | None, found: DocActors) -> Actor | None:
    """The recipient of a cut in aid told without one ("with the US cutting aid and discouraging Ukraine's
    bid"): a state named in the sentence, else in the one before, that is not the source."""
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    for span in (sent, previous):
        if span is None:
            continue
        for token in span:
            actor = found.actor_for(token) if token.i in found.by_token else None
            if (
                actor is not None
                and actor.kind == "state"
                and event_code(actor)
                and (source is None or (actor.country or actor.id) != (source.country or source.id))
            ):
                return actor
    return None


def needs_target(root: str) -> bool:
    return root not in NO_TARGET_ROOTS


def storable(event: Event, unaddressed: bool = False) -> bool:
    """An act that happened, with its actors, as the store keeps it: a coded source, a coded target of another
    country where the action needs one (an actor acting on its own country is mostly a misreading of the parse).
    An act told as possible, feared, wished, asked, claimed by others, or denied is no fact of who did what to
    whom: its record stays a flagged candidate, never stored (a refusal is itself the act: CAMEO 12). An appeal,
    demand, refusal or threat the text tells as made to no actor (``unaddressed``) is stored with no target."""
    if not event.source or event.confidence < STORE_FLOOR:
        return False
    if event.hypothetical or (event.negated and event.root != "12"):
        return False
    if event.target is None:
        return not needs_target(event.root) or unaddressed and event.root in OPEN_TARGET_ROOTS
    return side(event.source) != side(event.target) or domestic(event)


# CAMEO sectors of a country's society, not its state: a dyad of one of them with the state itself is the
# domestic politics CAMEO codes ("RUSOPP criticises RUSGOV", "RUSGOV arrests RUSMED").
SOCIETY_SECTORS = {"OPP", "BUS", "MED", "CVL", "REF", "NGO", "EDU", "HLH"}
STATE_SECTORS = {"", "GOV", "MIL", "COP", "SPY", "JUD"}


def domestic(event: Event) -> bool:
    """Is the act one between a state and its own society, each coded by its sector, with a named person or body
    on one side (a Russian businessman condemning Russia's war, a president accusing two of her country's
    oligarchs)? Two readings of country words alone ("Russia's invasion … sanctions on Russia's banks") are
    mostly a misreading of the parse, as two arms of one state are; a comment (01) is no act on anyone, and a
    state's warning (13) to its own people is advice (to leave a country, to take shelter), not a threat."""
    source, target = event.source or "", event.target or ""
    if event.root in ("01", "13") or side(source) != side(target) or source.startswith("IGO"):
        return False
    named = any(a and a not in (source, target) for a in (event.source_actor, event.target_actor))
    sectors = {source[3:], target[3:]}
    return named and bool(sectors & SOCIETY_SECTORS) and bool(sectors & STATE_SECTORS)


def is_cue(token: Token, cues: set[int]) -> bool:
    """Is the verb a quote's cue (a reporting verb already captured as a statement)?"""
    return token.idx in cues


# Pronouns for a state or an organisation that may stand for the topic of the sentence before.
TOPIC_PRONOUNS = {"it", "they"}


def topic_actor(token: Token, found: DocActors, depth: int = 0) -> Actor | None:
    """The actor a sentence-opening "It" or "They" continues: the main subject of the sentence before ("Britain is
    coming to Ukraine's aid. It's threatening sanctions against Russia": Britain, not the nearest name, Ukraine).
    A pronoun later in a clause, or in a subordinate clause ("if it invades"), is left to the nearest name."""
    if (
        token.lower_ not in TOPIC_PRONOUNS
        or token.dep_ not in ("nsubj", "nsubjpass")
        or depth > 3
        or expletive(token)
    ):
        return None
    verb, sent = token.head, token.sent
    if verb.dep_ != "ROOT" or any(t.i in found.by_token for t in sent if t.i < token.i) or sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in TOPIC_PRONOUNS:
        return topic_actor(subject, found, depth + 1)
    actor = found.actor_for(subject)
    if actor is None:
        # the parse missed the topic ("Britain - like other western powers - is coming …"): the first state or
        # organisation named before the main verb
        actor = next(
            (
                a
                for t in before
                if t.i < before.root.i and t.i in found.by_token and (a := found.actor_for(t)) is not None
            ),
            None,
        )
    return actor if actor is not None and actor.kind != "person" else None


# Documents a sentence-opening "It" may continue: "The resolution was adopted. It also called on states …".
TOPIC_DOCUMENTS = {
    "resolution",
    "declaration",
    "document",
    "statement",
    "communique",
    "report",
    "letter",
    "text",
}


def topic_document(token: Token) -> bool:
    """Does a sentence-opening "It" continue a document, the subject of the sentence before ("The resolution was
    adopted on Monday. It also called on …")? It then stands for no actor, not the nearest name."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
        return False
    sent = token.sent
    if sent.start == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in sent if t.i < token.i):
        return False
    before = sent.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in TOPIC_DOCUMENTS


def expletive(token: Token) -> bool:
    """Is "it" the dummy subject of an extraposed clause ("it is in America's interest to assist Ukraine", "it
    seems that …"), which stands for no actor?"""
    verb = token.head
    return (
        token.lower_ == "it"
        and verb.lemma_.lower() in ("be", "seem", "appear", "remain", "become")
        and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in verb.children)
    )


# People an act of violence is done to, who stand for the state they belong to (CAMEO codes violence against a
# state's civilians as against that state).
VICTIMS = {
    "civilian",
    "people",
    "resident",
    "child",
    "citizen",
    "man",
    "woman",
    "family",
    "villager",
    "person",
    "inhabitant",
    "refugee",
    "worker",
    "journalist",
    "prisoner",
    "hostage",
    "volunteer",
}
# Counts that news puts before the victims they number: "deported thousands of people", "killed dozens of civilians".
COUNT_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "number", "group"}


def _victims(verb: Token) -> Token | None:
    """The victims an act of violence is done to, as its object or passive subject: the noun itself ("killed
    civilians") or the noun a count stands before ("deported thousands of people": people)."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lemma_.lower() in VICTIMS:
            return child
        if child.lemma_.lower() in COUNT_NOUNS:
            counted = next(
                (
                    g
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in VICTIMS
                ),
                None,
            )
            if counted is not None:
                return counted
    return None


def victims_state(
    verb: Token, sent: DocSpan, source: Actor | None, found: DocActors, article: Article
) -> Actor | None:
    """The state whose people an act of violence struck, when the victims are named by no actor ("198 civilians
    had been killed by Russian forces"): a state their phrase names ("men from Ukraine"), else the state where
    it happened ("in Ukraine"), else the state of the official reporting it ("Ukraine's health minister said")."""
    victims = _victims(verb)
    if victims is None:
        return None
    home = source.country if source is not None else None
    places = [t for t in victims.subtree if t.dep_ == "pobj"]
    places += [t for t in sent if t.dep_ == "pobj" and t.head.lower_ in ("in", "near") and t not in places]
    for place in places:
        actor = found.actor_for(place)
        if actor is not None and actor.kind == "state" and actor.country != home:
            return actor
    for quote in article.quotes:
        if quote.content_span.start <= verb.idx < quote.content_span.end and quote.speaker_actor:
            speaker = found.actors.get(quote.speaker_actor)
            country = speaker.country if speaker is not None else None
            if country and country != home:
                # the state itself, as the base names states (its id is its code), mentioned or not
                return found.actors.get(country) or Actor(
                    id=country, name=country, code=country, country=country, kind="state"
                )
    return None


# Pronouns by which a speaker names themself, or (he, she) the speaker of the clause they report.
SELF_PRONOUNS = {"i", "we", "he", "she"}


def speaker_of(verb: Token, subject: Token, article: Article) -> str | None:
    """The resolved speaker a pronoun subject inside a statement stands for: "I" and "we" in their own quoted
    words ("We are ready to impose sanctions," the president said); "he" or "she" as the subject of the clause
    the cue reports ("the politician announced that she encouraged Xi …")."""
    for quote in article.quotes:
        content = quote.content_span
        if not quote.speaker_actor or not content.start <= verb.idx < content.end:
            continue
        if subject.lower_ in ("i", "we") and quote.kind in ("direct", "mixed", "post"):
            return quote.speaker_actor
        if (
            subject.lower_ in ("he", "she")
            and quote.kind == "indirect"
            and quote.cue_span is not None
            and verb.dep_ == "ccomp"
            and verb.head.idx == quote.cue_span.start
        ):
            return quote.speaker_actor
    return None


def co_sources(
    subject: Token | None, source: Actor | None, target: Actor | None, found: DocActors
) -> list[Actor]:
    """The other doers of an act whose subject is a list ("Britain, Japan and the USA imposed sanctions"), when
    the act has a target apart from them (a pair that met is one event, coded by the partner rule)."""
    if subject is None or source is None or target is None or subject.pos_ == "PRON":
        return []
    if any(c.dep_ == "preconj" for c in subject.children):
        return []  # "neither Russia nor China"
    return listed_actors(subject, found, {source.id, target.id})


def listed_actors(token: Token, found: DocActors, besides: set[str]) -> list[Actor]:
    """The coded actors listed with a token ("Britain, Japan and the USA"), once each, other than ``besides``."""
    seen = set(besides)
    out: list[Actor] = []
    for other in token.conjuncts:
        actor = found.actor_for(other)
        if actor is not None and event_code(actor) and actor.id not in seen:
            seen.add(actor.id)
            out.append(actor)
    return out


# Agents of a state's order at home, by lemma, with the sector they act for: named with no country, they belong to
# the state where they act, as GDELT-style coding places them ("the police in Bavaria" are German police). Not "the
# authorities": tried, it made no change on news and its second, complete events outranked the CAMEO manual's own.
DOMESTIC_AGENTS = {
    "police": "COP",
    "policeman": "COP",
    "prosecutor": "JUD",
    "court": "JUD",
    "judge": "JUD",
}
# Prepositions that say where an act took place: "killed at a shopping centre in Bavaria".
WHERE_PREPOSITIONS = {"in", "at", "near"}


def _places(tokens: list[Token], found: DocActors) -> set[str]:
    """The countries of the places named where something happened ("in Bavaria", "near Kharkiv")."""
    return {
        a.country
        for t in tokens
        if t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPOSITIONS
        and (a := found.actor_for(t)) is not None and a.kind == "state" and a.sector is None and a.country
    }  # fmt: skip


def local_agent(token: Token, found: DocActors) -> Actor | None:
    """The state of a domestic agent named with no country ("the police", "prosecutors", "the court"): the
    place its own phrase names ("the police in Bavaria"), else the one place named where things happened in
    its sentence or, failing that, the sentence before ("Two men were killed in Bavaria. The police detained a
    suspect"). Two countries named there leave it blank: a blank is better than a guess."""
    sector = DOMESTIC_AGENTS.get(token.lemma_.lower())
    if sector is None or token.pos_ != "NOUN" or token.i in found.by_token:
        return None
    own = _places([g for p in token.children if p.dep_ == "prep" for g in p.children], found)
    sent = token.sent
    previous = list(sent.doc[sent.start - 1].sent) if sent.start > 0 else []
    for places in (own, _places(list(sent), found), _places(previous, found)):
        if len(places) > 1:
            return None
        if places:
            country = places.pop()
            code = country + sector
            return Actor(
                id=code, name=f"{country} ({sector})", code=code, country=country, sector=sector, kind="state"
            )
    return None


# Possessives that stand for a state or a body ("its decision", "their sanctions").
GROUP_POSSESSIVES = {"its", "their"}


def speakers_possessives(doc: Doc, article: Article, found: DocActors) -> DocActors:
    """The index with each "its" or "their" in a state's or body's own reported words resolved to that speaker,
    as the attribution resolved it, where it names the doer ("Poland said its troops had crossed …", "Russia
    said its strikes hit …"), up to the first state or body those words name (which may be the one meant
    after it). The resolver's nearest name would be read in the sentences before. In quoted words "its" is
    someone else: a speaker says "our" (``_speakers_own``)."""
    owned: dict[int, str] = {}
    ours = _speakers_own(doc, article, found)
    for quote in article.quotes:
        speaker = found.actors.get(quote.speaker_actor or "")
        if quote.kind not in ("indirect", "belief") or speaker is None or speaker.kind == "person":
            continue
        words = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="expand")
        for token in words or ():
            if token.i in found.by_token and found.actors[found.by_token[token.i]].kind != "person":
                break
            # only a doer's: "withdraw its troops from Sweden" is aimed at Sweden, not at the speaker itself
            if (
                token.lower_ in GROUP_POSSESSIVES
                and token.dep_ == "poss"
                and token.head.dep_ in ("nsubj", "nsubjpass")
                and event_code(speaker)
            ):
                owned[token.i] = speaker.id
    owned.update({i: actor.id for i, actor in ours.items()})
    if not owned:
        return found
    actors = {**{a.id: a for a in ours.values()}, **found.actors}
    return dataclasses.replace(found, by_token={**found.by_token, **owned}, actors=actors)


# Whole-state nouns a speaker's "our" may own ("our country"); the others are the sectors of the knowledge base.
STATE_NOUNS = {"country", "nation", "state"}


def _speakers_own(doc: Doc, article: Article, found: DocActors) -> dict[int, Actor]:
    """Each "our" in a speaker's own quoted words that owns a part of a state ("our troops", "our government",
    "our opposition"), resolved to that part of the speaker's state: a speaker says "our" of their own side."""
    out: dict[int, Actor] = {}
    for quote in article.quotes:
        speaker = found.actors.get(quote.speaker_actor or "")
        if quote.kind not in ("direct", "mixed", "post") or speaker is None or not speaker.country:
            continue
        if not event_code(speaker):
            continue
        words = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="expand")
        for token in words or ():
            if token.lower_ != "our" or token.dep_ != "poss" or token.i in found.by_token:
                continue
            head = token.head
            sector = found.sector_nouns.get(head.lower_) or found.sector_nouns.get(head.lemma_.lower())
            if sector is None and head.lemma_.lower() not in STATE_NOUNS:
                continue
            country = speaker.country
            state = found.actors.get(country)
            if sector is None:
                code, name = country, state.name if state is not None else country
            else:
                code = country + sector
                name = f"{state.name if state is not None else country} ({sector})"
            known = found.actors.get(code)
            out[token.i] = known or Actor(
                id=code, name=name, code=code, country=country, sector=sector, kind="state"
            )
    return out
