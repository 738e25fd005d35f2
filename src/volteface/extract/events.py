"""Who did what to whom: CAMEO/PLOVER events from the parse, one per coded verb.

A first version behind the final signature ``extract_events(doc, article, found)``: the verb lemma (with its
particle and object noun) picks the code from the lexicon; subject → source, object or prepositional object →
target. Whether and when the act happened (negation, modality, date) is decided in ``event_modality.py``; who
it is between where the verb's dependents do not say, and whether it is stored, in ``event_actors.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Actor, Article, Event, Span, side
from .charges import statement_charges
from .codebook import (
    LIGHT_VERBS,
    WRAPPER_VERBS,
    WRAPPERS,
    codebook,
    coded_event,
    noun_lexicon,
    verb_lemma,
    verb_lexicon,
)
from .cues import QUOTE_ONLY, SPEECH_VERBS, prospective
from .dates import sentence_date
from .event_actors import (
    AID_CUT_CODES,
    LIST_MARKS,
    OPEN_TARGET_ROOTS,
    RELATIVE_PRONOUNS,
    SELF_PRONOUNS,
    WEAPONS,
    co_sources,
    event_code,
    expletive,
    gerund_item,
    is_list_item,
    lead_in_subject,
    listed_actors,
    local_agent,
    recipient,
    speaker_of,
    speakers_possessives,
    storable,
    topic_actor,
    topic_document,
    victims_state,
)
from .event_modality import (
    CONTESTED_CUES,
    INTENT_HEADS,
    MODALS,
    PROMISE_MODALS,
    claimed,
    conditional,
    disputed,
    fold_background,
    modality,
    modality_without_modals,
    modals_of,
    ruled_out,
    sentence_text,
    supposed,
    time_anchor,
    told_earlier,
    unasserted,
    unrealised,
    whoever,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from ..actors import DocActors

TARGET_PREPOSITIONS = {"with", "on", "against", "to", "at", "toward", "towards", "into", "for", "from"}


# Verbs whose object names the subject's own act, besides the light verbs: "led a delegation", "had a call".
CARRIER_VERBS = {
    "lead",
    "have",
    "run",
    "choose",
    "pursue",
    "impose",
    "announce",
    "sign",
    "conclude",
    "seal",
    "fight",
    "wage",
    "adopt",
    "unveil",
    "introduce",
    "enact",
    "levy",
    "slap",
    "approve",
    "send",
    "provide",
    "deliver",
    "supply",
    "allocate",
    "transfer",
    "donate",
}
MILITARY_WORDS = {"air", "missile", "drone", "rocket", "military", "artillery", "aerial", "airstrike", "bomb"}
BOMBING_WORDS = {
    "bomb",
    "bombing",
    "bomber",
    "explosive",
    "explosives",
    "ied",
    "suicide",
    "roadside",
    "car-bomb",
}
SAY_CODES = {"010", "011", "012", "013", "014", "015", "017", "018", "019"}  # a denial (016) is an act
# Page furniture that names acts in links and captions, not in the report.
FURNITURE = re.compile(
    r"(?:see|watch|read|click|listen to)\s+(?:the\s+)?(?:video|also|more|photos?|gallery|here)\b",
    re.IGNORECASE,
)
# Moving or massing troops is force posture (CAMEO 15), whatever the verb's own sense ("gathered 120,000 soldiers
# at the border", "Russian troops massed close to Ukraine").
POSTURE_VERBS = {
    "mass",
    "amass",
    "gather",
    "send",
    "station",
    "concentrate",
    "position",
    "move",
    "deploy",
    "assemble",
    "redeploy",
    "transfer",
    "build",
    "alert",  # "all its forces were alerted": not moved, but put on alert by their owner (CAMEO 152)
}
# Raising forces' readiness for combat is CAMEO 152 (increase military alert status): "put the army on high
# alert", "forces were alerted", "is testing its combat readiness" (snap readiness checks, as news tells them).
ALERT_CODE = "152"
READINESS_VERBS = {"test", "check", "raise", "increase", "heighten", "boost", "put", "place"}
COMBAT_WORDS = {"combat", "military", "battle", "operational"}


def _raises_alert(verb: Token) -> bool:
    """Does the verb raise forces' alert status: "alerted" forces, "tested combat readiness", "put … on alert"?"""
    lemma = verb_lemma(verb)
    if lemma == "alert":
        return any(c.dep_ in ("dobj", "nsubjpass") and _is_troops(c) for c in verb.children)
    if lemma not in READINESS_VERBS:
        return False
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.lemma_.lower() == "readiness"
            and any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in COMBAT_WORDS for m in child.children
            )
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(g.lower_ == "alert" for g in child.children):
            return lemma in ("put", "place")
    return False


TROOP_NOUNS = {
    "troop",
    "soldier",
    "force",
    "unit",
    "battalion",
    "brigade",
    "division",
    "tank",
    "warship",
    "army",
    "jet",
    "missile",
    "serviceman",
    "servicemember",
    "marine",
    "paratrooper",
}


# Verbs whose bare lexicon row (no particle, no object) codes a sense they rarely have in news: "leave Ukraine" is
# no consultation, "holds the G20 presidency" no confinement, "introduced agents to the service" no meeting, "faces
# a warrant", "is facing challenges" no meeting (PETRARCH files "face" with meeting people); "Russia and Iran see their
# rivalry with America as zero-sum" is a view held, no statement (PETRARCH's "observe" row, 010).
NO_BARE_DEFAULT = {"leave", "hold", "introduce", "join", "face", "see"}
# "bring … to" (PETRARCH's delivery row, 061) names no act: what is brought decides ("brought aid to Gaza", "brought
# in troops"); "brought evil to Ukraine", "brought both sides to the table" deliver no goods.
OBJECT_ONLY = {"bring"}


# "take" seizes (PETRARCH's bare row, CAMEO 17) only what can be held: not in the light uses news makes of it.
TAKE_IDIOMS = {
    "place",
    "part",
    "step",
    "measure",
    "action",
    "note",
    "office",
    "time",
    "care",
    "stance",
    "position",
    "view",
    "look",
    "responsibility",
    "lead",
    "seat",
    "turn",
    "advantage",
    "account",
    "shape",
    "effect",
    "stock",
    "decision",
    "risk",
    "precaution",
    "course",
    "chance",
    "role",
    "side",
    "question",
    "approach",
    "line",
    "while",  # "it took him a while": time spent, not a thing held
    "year",
    "month",
    "week",
    "day",
    "hour",
}
# "take the threats seriously": how a thing is regarded, nothing taken (not the threat's 130 either).
REGARD_ADVERBS = {"seriously", "lightly"}
# CAMEO 052 defends an actor or a policy in words; defending oneself against an attack is the fighting, mostly
# told as a purpose ("helping Ukraine defend itself against Russian aggression"), not a verbal act.
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}
SELF_DEFENCE_VERBS = {"defend", "protect"}


# the coder asks it of the same verb several times (its code, its plain code, its reporter); a token's parse does
# not change, and the bound keeps only the last few documents' tokens alive
@lru_cache(maxsize=4096)
def _lookup(verb: Token) -> str | None:
    """The lexicon's code for a verb with its particle and the head noun of its object."""
    lemma = verb_lemma(verb)
    entries = verb_lexicon().get(lemma)
    if entries and lemma in NO_BARE_DEFAULT:
        entries = [e for e in entries if e[0] or e[1]]
    if entries and lemma in OBJECT_ONLY:
        entries = [e for e in entries if e[1]]
    if not entries:
        return None  # (asked first: most verbs have no row, and their children need not be read)
    children = list(verb.children)  # (read once: spaCy makes each child anew on every pass)
    if lemma in SELF_DEFENCE_VERBS and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children):
        return None
    if _defends_own(verb):
        return None  # "defends its sovereignty against the invasion": its own war, no verbal defence (052)
    if _defends_by_arms(verb):
        return None  # "troops defending NATO's borders": a force posted, no words in defence (052)
    if lemma == "take" and (
        # "it took Norway two years to rebuild": the small model hangs the time spent as an adverbial
        {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")} & TAKE_IDIOMS
        or any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in children)
    ):
        return None  # "take Ukraine's place as hosts", "took the tanks off the frontline": nothing seized
    particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "agent") and not _spell(c)}
    if WRAPPER_VERBS.get(lemma) in ("appeal", "demand"):
        # "called for Oslo to withdraw": call for
        particles |= {"for" for c in children if _for_clause(c)}
    phrasal = {c.lower_ for c in children if c.dep_ == "prt"}
    if phrasal:
        # "ruled out support … to Kyiv": the phrasal verb's own particle decides; another row's preposition
        # ("rule to") is another verb
        entries = [e for e in entries if not e[0] or e[0] in phrasal]
    objects = {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")}
    # "called for sanctions against Iran for its attack": a preposition said again gives the reason, not the
    # thing called for, so its noun picks no row ("call for attack")
    said = [c for c in children if c.dep_ == "prep" and not _linking_phrase(c)]
    objects |= {
        g.lemma_.lower()
        for n, c in enumerate(said)
        if all(p.lower_ != c.lower_ for p in said[:n])
        for g in c.children
        if g.dep_ == "pobj"
    }
    # "gave Ivory Coast 5 million dollars of aid", "pledged 1.6 billion pounds in military aid": the head noun of
    # an "of" phrase in the object counts too, and of an "in" phrase after a sum
    objects |= {
        g.lemma_.lower()
        for c in children
        if c.dep_ in ("dobj", "dative")
        for p in c.children
        if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "in" and c.lemma_.lower() in AMOUNT_NOUNS)
        for g in p.children
        if g.dep_ == "pobj"
    }
    for text in (c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS):
        # "passed a resolution in support of Kyiv": the text's "in support of" is what passing it does
        for phrase in (p for p in text.children if p.dep_ == "prep" and p.lower_ == "in"):
            particles.add("in")
            objects |= {g.lemma_.lower() for g in phrase.children if g.dep_ == "pobj"}
    if lemma in SEIZING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.pos_ == "PROPN"
            and c.ent_type_ not in ("PERSON", "NORP")
            or c.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS
        )
        for c in children
    ):
        # "seized Crimea", "seizing the port of Kherson": a place taken is territory occupied (192), not property
        # (171); the small model tags some regions as organisations, and news seldom tells of a named thing
        # seized that is not a place
        objects.add("territory")
    if lemma == "fight" and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and (g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS)
        for c in children
        for g in c.children
        if g.dep_ == "pobj"
    ):
        # "Russia fights for Donbas": fighting for a place is for its control (190), no 111
        objects.add("control")
    for particle, obj, code in entries:
        if (not particle or particle in particles) and (not obj or obj in objects):
            return None if code == NO_EVENT else code
    return None


NO_EVENT = "---"  # PETRARCH's mark of a pattern that is no event ("deployed scorched-earth tactics")


# Verbs whose bare default is seizing property (PETRARCH's 171) but whose rows code a town or territory as 192.
SEIZING_VERBS = {"seize", "grab", "snatch"}

TIME_NOUNS = {"day", "week", "month", "year", "hour", "decade", "night", "while", "time"}
# Fixed phrases that link a sentence to the text around it ("in fact", "in addition"): their noun is no object.
LINKING_NOUNS = {
    "fact",
    "addition",
    "turn",
    "particular",
    "general",
    "short",
    "sum",
    "truth",
    "reality",
    "effect",
}


def _linking_phrase(preposition: Token) -> bool:
    """Is the phrase a bare "in fact", "in addition" ("Serbia in fact provided €3 million": no fact provided)?"""
    return preposition.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in LINKING_NOUNS and not any(g.children)
        for g in preposition.children
    )


def _spell(preposition: Token) -> bool:
    """Does the phrase only say how long or when ("for 100 days", "in recent weeks")? It is no particle of a
    lexicon row ("bombarded X for 100 days" is not "blasted X for doing Y", 111)."""
    return preposition.lower_ in ("for", "in", "over", "during", "within") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in TIME_NOUNS)
        for g in preposition.children
    )


# Verbs that only say an act goes on or starts: a wrapper's action is the one they govern ("pledged to continue
# backing Ukraine" is a pledge to back Ukraine).
ASPECT_VERBS = {"continue", "keep", "begin", "start", "resume"}


def _wrapped(verb: Token) -> Token | None:
    """The action a wrapper verb governs: "refused [to meet]", "urged Iran [to talk]", "pledged to continue
    [backing]"."""
    asks = WRAPPER_VERBS.get(verb_lemma(verb)) in ("appeal", "demand")
    clauses = [
        c
        for c in verb.children
        if (c.dep_ in ("xcomp", "ccomp") or asks and _for_clause(c)) and c.pos_ == "VERB"
    ]
    # "Xi and I came to an agreement: both intend to coordinate …": the infinitive is what the verb wraps, not a
    # clause the small model hangs on it from before a colon
    inner = next((c for c in clauses if c.dep_ == "xcomp"), clauses[0] if clauses else None)
    if inner is not None and inner.lemma_.lower() in ASPECT_VERBS:
        inner = next((c for c in inner.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), inner)
    return inner


def _asked_too(verb: Token) -> list[Token]:
    """The further acts an appeal or a demand asks for besides the first ("urged Russia to abide by …, to end
    its aggression, and to withdraw"): infinitives beside or joined to the first, asked as it is, none done."""
    if WRAPPER_VERBS.get(verb_lemma(verb)) not in ("appeal", "demand") or (first := _wrapped(verb)) is None:
        return []
    # (the small model hangs the later ones on an aspect verb above: "continues to urge Russia to …, to end")
    above = verb.head.children if verb.dep_ == "xcomp" and verb_lemma(verb.head) in ASPECT_VERBS else []
    asked = [
        c
        for c in (*verb.children, *(c for c in above if c.i > verb.i))
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i != first.i
    ]
    asked += [c for a in (first, *asked) for c in a.conjuncts if c.pos_ == "VERB"]
    return [a for a in asked if any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)]


def _for_clause(clause: Token) -> bool:
    """Is the clause one asked for, as the small model parses "called for Oslo to withdraw" (a clause opened by
    "for", its subject the one asked)?"""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


# Nouns of a will to act that a verb of saying declares ("expressed its readiness to negotiate", "voiced
# willingness for talks"): CAMEO 03 (express intent to ...) of the act they govern, as "ready to" is.
INTENT_NOUNS = {"readiness", "willingness", "intention", "intent", "desire", "determination"}
DECLARE_VERBS = {
    "express",
    "voice",
    "declare",
    "confirm",
    "reaffirm",
    "reiterate",
    "signal",
    "state",
    "announce",
}


def _intended(verb: Token) -> Token | None:
    """The act a declared will governs: "expressed readiness [to meet]", "voiced willingness for [talks]",
    "confirmed its intention of [signing]"; a verb, or a noun the lexicon codes."""
    if (
        verb_lemma(verb) not in DECLARE_VERBS
        or verb.dep_ == "amod"
        or verb.i > 0
        and verb.doc[verb.i - 1].tag_ == "POS"
    ):
        # "Washington's stated intentions": a participle describing the will declares nothing (the small model
        # reads it as a verb of the clause before as often as not)
        return None
    will = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS), None)
    if will is None:
        return None
    for child in will.children:
        if child.dep_ == "acl" and child.pos_ == "VERB":
            return child  # "willingness to negotiate"
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "of"):
            for g in child.children:
                if (
                    g.dep_ == "pcomp"
                    and g.pos_ == "VERB"
                    or g.dep_ == "pobj"
                    and g.lemma_.lower() in noun_lexicon()
                ):
                    return g  # "readiness for meeting", "readiness for talks"
    return None


# Exercises, drills and patrols held with another side: CAMEO 062 (cooperate militarily), not a show of force.
EXERCISE_NOUNS = {"drill", "exercise", "manoeuvre", "maneuver", "patrol", "game", "wargame", "war-game"}
JOINT_WORDS = {"joint", "combined", "bilateral", "trilateral", "multinational"}


def _joint(noun: Token) -> bool:
    """Is the noun a joint military exercise ("joint military drills", "combined exercises")?"""
    return noun.lemma_.lower() in EXERCISE_NOUNS and any(c.lower_ in JOINT_WORDS for c in noun.children)


# What a side's forces do that another side stops: an advance, a push, an attack.
ASSAULT_NOUNS = {
    "advance",
    "push",
    "offensive",
    "attack",
    "assault",
    "onslaught",
    "incursion",
    "counteroffensive",
}


def _repels(verb: Token) -> bool:
    """Is the verb's object (or passive subject) an armed advance or attack ("stalled Russian advances")?"""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ASSAULT_NOUNS for c in verb.children)


# Verbs that move the other side's forces: "pushed Russian forces back from Kyiv", "forced the troops out of the
# city" tell fighting them (CAMEO 19), whatever sense PETRARCH files the verb under (an appeal, protection).
DRIVE_VERBS = {"push", "force", "drive", "throw", "beat", "knock", "chase"}
DRIVEN_NOUNS = {"attacker", "invader", "occupier", "enemy", "aggressor"}
AWAY_WORDS = {"back", "out", "away", "off"}


def _drives_back(verb: Token) -> bool:
    """Is the verb driving armed forces back or out ("pushed the invaders back", "forced Russian forces a long
    way back from the capital")?"""
    if verb_lemma(verb) not in DRIVE_VERBS:
        return False
    driven = any(
        c.dep_ in ("dobj", "nsubjpass") and (_is_troops(c) or c.lemma_.lower() in DRIVEN_NOUNS)
        for c in verb.children
    )
    away = any(t.lower_ in AWAY_WORDS for c in verb.children for t in (c, *c.children) if t.i > verb.i)
    return driven and away


# Freeing a place is taking it back by force (CAMEO 19), not a release (PETRARCH's "liberate" 080, "free" 0841,
# meant for prisoners): "liberated the village", "freed Kherson from Russian occupation".
LIBERATE_VERBS = {"liberate", "free", "de-occupy", "deoccupy"}
SETTLEMENT_NOUNS = {"settlement", "area", "hamlet", "suburb", "island", "land", "bridgehead", "positions"}
OCCUPATION_NOUNS = {"occupation", "occupier", "occupant", "invader", "aggressor", "enemy"}


# Verbs that state the speaker's own act as settled ("confirmed providing …", "reaffirmed sending …").
AFFIRM_HEADS = {"confirm", "reaffirm", "guarantee", "announce", "affirm"}


def _liberates_place(verb: Token) -> bool:
    """Is the verb freeing a place ("liberated the town of X", "the city was freed from the occupiers")?"""
    if verb_lemma(verb) not in LIBERATE_VERBS:
        return False
    place = any(
        c.dep_ in ("dobj", "nsubjpass")
        and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS)
        for c in verb.children
    )
    occupied = any(
        c.dep_ == "prep" and c.lower_ == "from" and g.dep_ == "pobj" and g.lemma_.lower() in OCCUPATION_NOUNS
        for c in verb.children
        for g in c.children
    )
    return place or occupied


# Destroying the other side's forces or war machines is fighting them (CAMEO 190, as PETRARCH's "destroy army",
# "destroy troops"); PETRARCH's bare "destroy" (1712) is property destroyed: "destroyed the enemy fleet".
DESTROY_VERBS = {"destroy", "annihilate", "obliterate"}
WAR_MACHINE_NOUNS = {
    "fleet",
    "flotilla",
    "squadron",
    "warplane",
    "helicopter",
    "howitzer",
    "launcher",
    "artillery",
    "drone",
    "position",
    "garrison",
}


def _destroys_forces(verb: Token) -> bool:
    """Is the verb destroying armed forces or their weapons ("destroyed three tanks", "the fleet was destroyed")?"""
    return verb_lemma(verb) in DESTROY_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and (_is_troops(c) or c.lemma_.lower() in WAR_MACHINE_NOUNS)
        for c in verb.children
    )


def _defends_by_arms(verb: Token) -> bool:
    """Is the verb armed forces defending, or defending ground ("servicemembers defending NATO's borders", "to
    defend the eastern flank")? CAMEO 052 is a defence in words."""
    if verb_lemma(verb) not in SELF_DEFENCE_VERBS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    ground = any(
        c.dep_ == "dobj" and c.lemma_.lower() in HOMELAND_NOUNS | PLACE_NOUNS | {"flank"}
        for c in verb.children
    )
    return ground or any(_is_troops(d) for d in doers)


def _defends_own(verb: Token) -> bool:
    """Is the verb defending the subject's own land or sovereignty ("as it defends its territorial integrity
    against the Russian aggression")? CAMEO 052 defends another actor or a policy in words; a side defending what
    is its own is the fighting, as with "defend itself"."""
    if verb_lemma(verb) not in SELF_DEFENCE_VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in HOMELAND_NOUNS
        and any(g.dep_ == "poss" and g.lower_ in OWN_POSSESSIVES for g in c.children)
        for c in verb.children
    )


OWN_POSSESSIVES = {"its", "their", "our", "my", "his", "her"}
# What a side defends by arms when it defends its own: its land, borders, sovereignty and people's freedom.
HOMELAND_NOUNS = {
    "territory", "sovereignty", "integrity", "independence", "country", "land", "homeland", "soil", "border",
    "airspace", "city", "freedom", "nation", "statehood", "skies", "coast",
}  # fmt: skip


# CAMEO 13 is a threat an actor makes; tanks, missiles or troops that "threaten" a country are a danger to it
# ("Russia was being threatened by German tanks"), which no one has voiced.
THREAT_VERBS = {"threaten", "menace", "endanger"}


def _armed_threat(verb: Token) -> bool:
    """Is the verb's threatener arms or forces, not an actor ("missiles threaten the city", "threatened by
    tanks")?"""
    if verb_lemma(verb) not in THREAT_VERBS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_is_troops(d) or d.lemma_.lower() in WEAPONS for d in doers)


# States of things a threat can put at risk ("threatening Moldova's security", "threatens the stability of the
# region"): a danger the writer sees, not a threat an actor made (CAMEO 13 threatens to act, or with something).
CONDITION_NOUNS = {
    "security", "stability", "peace", "sovereignty", "independence", "integrity", "existence", "future",
    "democracy", "safety", "order", "interest", "way", "livelihood", "well-being", "prosperity",
}  # fmt: skip


def _threatens_condition(verb: Token) -> bool:
    """Is all the threat verb puts at risk a state of things ("is threatening Moldova's security")?"""
    if verb_lemma(verb) not in THREAT_VERBS or any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    ):
        return False  # "threatened to cut gas", "threatened Kyiv with strikes": a threat made
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.lemma_.lower() in CONDITION_NOUNS | ABSTRACT_NOUNS for o in objects)


def _need_addressed(verb: Token) -> bool:
    """Does a need ask someone ("needs the West to send jets", "needs more help from its allies")?"""
    return any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "from"
        for c in (*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children))
    )


# Support that is given, not said: "military support", "financial backing", "intelligence support" is aid (CAMEO
# 071 economic, 072 military, 073 humanitarian), where PETRARCH files "provide support" with endorsing (051).
GIVING_VERBS = {"provide", "give", "supply", "lend", "extend", "send", "deliver"}
SUPPORT_NOUNS = {"support", "backing", "help", "assistance", "aid"}
MATERIAL_KINDS = {
    "military": "072", "intelligence": "072", "security": "072", "lethal": "072", "defence": "072",
    "defense": "072", "logistical": "072", "economic": "071", "financial": "071", "budget": "071",
    "humanitarian": "073", "material": "070", "technical": "070",
    "political": "051", "diplomatic": "051", "moral": "051", "verbal": "051",  # words of support, no aid
}  # fmt: skip


def _material_support(verb: Token) -> str | None:
    """The aid code of support a giving verb hands over with a material kind named ("provides Kiev intelligence
    support", "provided key economic and military backing"), or endorsement (051) for support of words only
    ("provided political support")."""
    if verb_lemma(verb) not in GIVING_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in SUPPORT_NOUNS and (kind := _support_kind(obj)) is not None:
            return kind
    return None


def _support_kind(noun: Token) -> str | None:
    """The code of the support a noun names by its kind ("military and economic support": 070, "political
    backing": 051), or by what it is said to include ("support for Kyiv, including weapons supplies": 072)."""
    kinds = [
        MATERIAL_KINDS[t.lower_]
        for m in noun.children
        if m.dep_ in ("amod", "compound")
        for t in (m, *m.conjuncts)
        if t.lower_ in MATERIAL_KINDS
    ]
    if kinds:
        return kinds[0] if len(set(kinds)) == 1 else "070"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "including":
            things = {t.lemma_.lower() for t in prep.subtree}
            if things & ARMS_NOUNS:
                return "072"
            if things & FUNDS_NOUNS:
                return "071"
    return None


# Verbs of backing or equipping whose "with" phrase names what is handed over ("supported Ukraine with economic
# assistance", "furnished Russia with drones"): aid given (CAMEO 07), not words of support (051) or joint military
# work (062, PETRARCH's row for "arm", "equip", "furnish").
SUPPLY_VERBS = {"support", "help", "assist", "back", "furnish", "equip", "arm"}
ARMS_NOUNS = WEAPONS | {"weapon", "arm", "ammunition", "munition", "tank", "equipment", "vehicle", "system"}
FUNDS_NOUNS = {"money", "fund", "funding", "loan", "grant", "cash", "credit"}


def _supplied_with(verb: Token) -> str | None:
    """The aid code of what a verb of backing or equipping hands over "with" (072 arms, 071 money, else the kind
    of the aid named, as for a giving verb)."""
    if verb_lemma(verb) not in SUPPLY_VERBS:
        return None
    things = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    # "with vast numbers of attack drones", "with a package of weapons": what the amount counts
    things += [
        g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    for thing in things:
        lemma = thing.lemma_.lower()
        if lemma in ARMS_NOUNS:
            return "072"
        if lemma in FUNDS_NOUNS:
            return "071"
        if lemma in SUPPORT_NOUNS | {"aid"}:
            kinds = {MATERIAL_KINDS[m.lower_] for m in thing.children if m.lower_ in MATERIAL_KINDS}
            return kinds.pop() if len(kinds) == 1 else "070"
    return None


# What one agrees with when agreeing is a statement of accord, not a commitment ("agreed with the assessment").
VIEW_NOUNS = {
    "assessment", "view", "analysis", "conclusion", "position", "statement", "remark", "comment", "claim",
    "opinion", "assertion", "argument", "characterization", "characterisation", "description", "estimate",
    "verdict", "point", "sentiment", "idea", "finding",
}  # fmt: skip


def _agrees_with_view(verb: Token) -> bool:
    """Does the verb agree "with" a view, not "to" an act or on a deal ("agreed with the assessment that …")?"""
    return not any(c.dep_ in ("xcomp", "dobj") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in VIEW_NOUNS for g in c.children)
        for c in verb.children
    )


# Verbs that hand something over: with arms as their object and a recipient, CAMEO 072 (military aid), not the
# deployment or the strike the lexicon reads in "sent missiles" ("sent missiles into Kyiv" names no recipient).
HANDOVER_VERBS = {"send", "ship", "deliver", "supply", "transfer", "provide", "give", "hand", "donate"}


def _arms_handed_over(verb: Token) -> bool:
    """Does the verb hand arms to a recipient ("sent missiles to Ukraine", "delivered Kyiv tanks")?"""
    if verb_lemma(verb) not in HANDOVER_VERBS:
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not any(o.lemma_.lower() in ARMS_NOUNS for o in objects):
        return False
    heads = (verb, *objects)
    return any(c.dep_ == "dative" for c in verb.children) or any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "for")  # "for Ukrainian aircraft"; not "for three hours"
        and not _spell(c)
        and any(g.dep_ == "pobj" for g in c.children)
        for h in heads
        for c in h.children
    )


# What force cannot strike but news says it does: "destroyed trust", "killed hopes of a deal", "hit confidence".
ABSTRACT_NOUNS = {
    "trust", "hope", "confidence", "credibility", "reputation", "relation", "relationship", "chance",
    "prospect", "faith", "illusion", "myth", "image", "economy", "morale", "consensus", "unity", "idea",
    "argument", "plan", "deal", "market", "price", "record",
}  # fmt: skip


def _figurative(verb: Token) -> bool:
    """Is what the verb of force strikes an abstraction ("destroyed wider trust towards Russia"), or the force a
    war by other means?"""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ in ("dobj", "nsubj") and _unarmed(c) for c in verb.children):
        return True  # "waged a hybrid war", "the economic war has hit farmers": a war by other means
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_NOUNS | {"measure"} for c in verb.children):
        return True  # "the British measures target Iranian organisations": what sanctions aim at, no force
    return bool(objects) and all(o.lemma_.lower() in ABSTRACT_NOUNS for o in objects)


# What a state leaves when it withdraws from an agreement or a forum, not from ground: CAMEO 16 reduces relations
# (164 halts talks); 087 pulls back forces.
PACT_NOUNS = {
    "deal", "agreement", "treaty", "accord", "pact", "initiative", "cooperation", "format", "organisation",
    "organization", "council", "convention", "arrangement", "partnership", "framework", "mechanism", "forum",
}  # fmt: skip
LEAVE_VERBS = {"withdraw", "pull", "exit", "quit", "leave"}


# People a state sends abroad who are no fighting force: pulling them out de-escalates nothing (CAMEO 087 is forces
# pulled back) and cuts no relations (diplomats recalled, 161, stay with the lexicon).
PERSONNEL_NOUNS = {
    "staff",
    "personnel",
    "employee",
    "trainer",
    "instructor",
    "citizen",
    "national",
    "family",
    "worker",
}


def _own_people(verb: Token) -> bool:
    """Are all the people the verb takes out staff or civilians ("pulled its trainers and embassy staff out")?"""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.lemma_.lower() in PERSONNEL_NOUNS for o in objects)


def _leaves_pact(verb: Token) -> str | None:
    """The code of leaving an agreement, a forum or talks ("withdrew from the Black Sea grain deal")."""
    if verb_lemma(verb) not in LEAVE_VERBS or any(c.dep_ == "dobj" and _is_troops(c) for c in verb.children):
        return None
    outs = [c for c in verb.children if c.lower_ == "out"]  # "pulled out of talks"
    left = [
        g
        for c in (*verb.children, *(p for o in outs for p in o.children))
        if c.dep_ == "prep" and (c.lower_ == "from" or outs and c.lower_ == "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if verb_lemma(verb) in ("exit", "quit", "leave"):
        left += [c for c in verb.children if c.dep_ == "dobj"]
    if any(g.lemma_.lower() in ("talk", "negotiation") for g in left):
        return "164"
    return "160" if any(g.lemma_.lower() in PACT_NOUNS for g in left) else None


def _ongoing(verb: Token) -> bool:
    """Is the verb a progressive ("is providing", "are not sending")?"""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


# Verbs of setting off, which PETRARCH codes as visits (04): only a destination makes one.
DEPART_VERBS = {"depart"}


# What "agree" concludes when it takes an object (British usage: "agreed a deal"): a formal agreement (CAMEO 057).
AGREEMENT_NOUNS = {"deal", "agreement", "treaty", "accord", "pact", "contract", "memorandum"}


# What one is told one will bear when one is warned (CAMEO 13: "will pay a heavy price", "will face consequences").
COST_VERBS = {"bear", "face", "pay", "suffer", "incur"}
COST_NOUNS = {"consequence", "price", "cost", "repercussion"}


def _costs_told(verb: Token) -> bool:
    """Does the verb tell someone they will bear costs ("signal to Beijing that it will bear the consequences")?"""
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() in COST_VERBS
        and modals_of(c) & {"will", "would", "'ll"}
        and any(o.dep_ == "dobj" and o.lemma_.lower() in COST_NOUNS for o in c.children)
        for c in verb.children
    )


def _not_yet_given(verb: Token) -> bool:
    """Is the verb a handing over in the perfect ("has not provided lethal support", "have not sent tanks")? Aid
    not given so far is a state of things told; only an answer to a request refuses it (CAMEO 12)."""
    return verb_lemma(verb) in HANDOVER_VERBS and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )


# What one holds on a question, shared with another or kept against them.
STANCE_NOUNS = {"view", "position", "stance", "stand", "argument", "opinion", "mind"}
# Verbs that, negated, reject with a stance: not sharing another's view rejects it (CAMEO 120); not changing one's own
# refuses to yield to the other side (124, as "will not back down").
STANCE_VERBS = {
    "share": "120",
    "change": "124",
    "alter": "124",
    "shift": "124",
    "soften": "124",
    "revise": "124",
}


def _withheld_stance(verb: Token) -> str | None:
    """The rejection a negated verb of a stance makes ("did not share the arguments of Warsaw", "will not change
    its position")."""
    code = STANCE_VERBS.get(verb_lemma(verb))
    if code is None or not any(c.dep_ == "neg" for c in verb.children):
        return None
    return code if any(c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS for c in verb.children) else None


def _own_word(verb: Token, source: Actor | None, found: DocActors) -> bool:
    """Is a clause of what an actor will do told as its own word: by the report, or by its own side ("the
    Norwegian minister said Oslo will not accept the plan", "Oslo said it would not")? Another side's clause is a
    forecast ("the CIA assessed that although China will not abandon its ties with Russia, …"), and so is a
    clause set under another ("if", "although")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ROOT":
        return True
    teller = _actor_of(next((c for c in clause.head.children if c.dep_ == "nsubj"), None), found)
    return (
        source is not None
        and clause.dep_ == "ccomp"
        and verb_lemma(clause.head) in SPEECH_VERBS
        and teller is not None
        and side(event_code(teller) or teller.id) == side(event_code(source) or source.id)
    )


def _carried_war(verb: Token) -> str | None:
    """The code of a war, an invasion or an attack a verb "brings" somewhere ("brought a war to Ukraine", "brought
    the battle to Russian soil": fighting carried there is force used, CAMEO 190)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        obj is None
        or obj.lemma_.lower() not in THEATRE_NOUNS | {"attack", "battle", "fight"}
        or _unarmed(obj)
    ):
        return None
    return noun_lexicon().get(obj.lemma_.lower(), "190")


# Threats, force and coercion (CAMEO 13, 15, 17-20): halting them de-escalates (087), it reduces no relations.
HALTED_FORCE_ROOTS = {"13", "15", "17", "18", "19", "20"}
NAME_TYPES = {"NORP", "GPE", "ORG", "PERSON"}


def _others_act(verb: Token) -> bool:
    """Is the act the verb carries named with a doer of its own ("the Russian threat", "Russia's invasion"),
    not the subject's ("its war", "this war")?"""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and any(
            d.dep_ in ("poss", "amod", "compound") and d.pos_ != "PRON" and d.ent_type_ in NAME_TYPES
            for d in c.children
        )
        for c in verb.children
    )


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, else those of an -ing adjective right after it (``_misread_objects``)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _misread_objects(verb)


def _misread_objects(verb: Token) -> list[Token]:
    """The objects of an -ing adjective right after the verb that the small model reads as a verb of its own
    ("launching withering criticism of X": withering, an xcomp, takes the criticism)."""
    return [
        g
        for c in verb.children
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1 and verb_lemma(c) not in verb_lexicon()
        for g in c.children
        if g.dep_ == "dobj" and g.i == c.i + 1
    ]


def _noun_code(verb: Token) -> str | None:
    """The code of an event noun the verb carries as its object ("renewed negotiations" → 046)."""
    nouns = noun_lexicon()
    for child in _objects(verb):
        if (
            child.lemma_.lower() in ("operation", "campaign")
            and {t.lower_ for t in child.children} & MILITARY_WORDS
        ):
            return "190"  # "launched a special military operation": force, whatever it is called
        code = nouns.get(child.lower_) or nouns.get(child.lemma_.lower())
        if code is None or _unarmed(child):
            continue
        if _joint(child):
            return "062"
        if child.lemma_.lower() == "strike" and (
            verb.lemma_.lower() == "launch" or {t.lower_ for t in child.children} & MILITARY_WORDS
        ):
            return "195"
        return code
    return None


def _lemma_is(verb: Token, lemma: str) -> bool:
    return verb_lemma(verb) == lemma


# Stopping a cooperative activity is reducing relations: "ended mediation" → 165, "broke off talks" → 164.
HALT_VERBS = {
    "end",
    "halt",
    "suspend",
    "stop",
    "break",
    "abandon",
    "freeze",
    "cancel",
    "quit",
    "terminate",
    "cut",
    "reduce",
    "slash",
    "curtail",
    "withhold",
}
HALTED = {"04": "164", "045": "165", "046": "164", "07": "162", "06": "160", "05": "161"}
# Verbs of stopping another side's attack: the one who repels an assault fights it (CAMEO 19), whatever the
# verb's own code ("stall" alone is a delay, "rebuff" alone a rejection).
REPEL_VERBS = {
    "repel",
    "repulse",
    "stall",
    "thwart",
    "foil",
    "rebuff",
    "fend",
    "beat",
    "blunt",
    "hold",
    "stem",
}
# Lemmas whose root is fixed: a lexicon pattern may refine the code but not move it to another family.
LEMMA_ROOTS = {
    "demand": "10",
    "threaten": "13",
    "urge": "02",
    "appeal": "02",
    "reject": "12",
    "refuse": "12",
    "accuse": "11",
    "criticize": "11",
    "criticise": "11",
    "condemn": "11",
    "protest": "14",
    "praise": "05",
    "sanction": "16",
    "arrest": "17",
    "veto": "12",
}


# CAMEO 14 is civilian demonstration and collective protest: only verbs that name one code it.
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march", "riot", "boycott", "picket", "loot", "ransack"}
RELEASE_VERBS = {"release", "unveil", "publish"}
# What is published, not set free, when news says "released": texts, figures and recordings.
TEXT_NOUNS = {
    "position",
    "paper",
    "statement",
    "report",
    "document",
    "plan",
    "proposal",
    "video",
    "footage",
    "figure",
    "data",
    "image",
    "photo",
    "picture",
    "list",
    "detail",
    "recording",
    "transcript",
    "result",
    "book",
    "film",
    "study",
    "survey",
    "poll",
    "analysis",
    "assessment",
    "readout",
    "communique",
    "memo",
    "letter",
    "guidance",
    "strategy",
    "text",
    "version",
    "update",
    "information",
    "summary",
    "audio",
    "photograph",
    "map",
    "account",
    "estimate",
    "review",
    "declaration",
    "manifesto",
    "programme",
}
# Subjects that are a state or its forces: they do not demonstrate (CAMEO 14 is civilian protest).
STATE_SUBJECT_NOUNS = {
    "government",
    "army",
    "military",
    "ministry",
    "regime",
    "administration",
    "navy",
    "kremlin",
}


def _asks_question(verb: Token) -> bool:
    """Does "ask" govern a question ("asked how …", "asked whether …", "asked Zelensky about the talks") rather
    than a request ("asked Kyiv to …", "asked for aid")?"""
    return any(
        c.dep_ == "ccomp"
        and any(g.tag_ in ("WRB", "WP", "WDT") or g.lower_ in ("whether", "if") for g in c.children)
        or c.dep_ == "prep"
        and c.lower_ == "about"
        for c in verb.children
    )


def _publishes(verb: Token) -> bool:
    """Is what the verb releases a text, a figure or a recording ("released a 12-point position paper"), not
    people or property set free?"""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TEXT_NOUNS for c in verb.children)


# What is handed over in words: "delivered their responses", "sent a message" (not photographs or data, which
# can be intelligence given).
MESSAGE_NOUNS = {
    "response",
    "reply",
    "answer",
    "message",
    "note",
    "letter",
    "ultimatum",
    "speech",
    "address",
    "statement",
    "proposal",
    "request",
}


def _delivers_words(verb: Token) -> bool:
    """Is what the verb hands over a text or a message ("delivered their written responses"), not goods?"""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MESSAGE_NOUNS for c in verb.children)


def _protests_in_words(verb: Token) -> bool:
    """Is a protest said (a that-clause: "protested it was under attack") or made by a state ("Poland protested
    against the ban")? CAMEO 14 is a crowd's demonstration; a government's or a speaker's protest is a
    complaint."""
    return _state_subject(verb) or any(c.dep_ == "ccomp" for c in verb.children)


def _state_subject(verb: Token) -> bool:
    """Is the verb's subject a state, a government or its forces ("Russia hit Kyiv", "Syrian government
    missiles")?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
    return subject.ent_type_ == "GPE" or bool(words & (TROOP_NOUNS | STATE_SUBJECT_NOUNS))


LOOT_VERBS = {"loot", "ransack", "pillage", "plunder"}


def _by_forces(verb: Token) -> bool:
    """Is the verb's doer, active or passive, a state or its forces ("the Russians bombed", "looted by the Russian
    military"), not a crowd or a militant?"""
    doer = _source(verb)
    if doer is None:
        return False
    words = {doer.lemma_.lower()} | {
        c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod")
    }
    return doer.ent_type_ in ("GPE", "NORP") or bool(words & (TROOP_NOUNS | STATE_SUBJECT_NOUNS))


# Measures against someone, which a noun lexicon of acts may not hold: "backed restrictions on Russian visitors".
MEASURE_NOUNS = {
    "restriction",
    "ban",
    "embargo",
    "sanction",
    "cap",
    "limit",
    "boycott",
    "expulsion",
    "tariff",
}


def _backs_hostile_act(verb: Token) -> bool:
    """Is what the verb backs or endorses a hostile act or measure ("supports the invasion of Ukraine", "backed
    restrictions on Russian visitors")? The one named in it is that act's target, not the backer's partner."""
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in MEASURE_NOUNS or noun_lexicon().get(c.lemma_.lower(), "00")[:2] >= "09")
        for c in verb.children
    )


def _same_subject(verb: Token, inner: Token) -> bool:
    """Is the wrapped clause's subject the wrapper's own side ("warned that it would retaliate"), not another named
    actor ("warned that Putin would not stop at the Polish border")?"""
    outer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.pos_ == "PRON":
        return True  # "it would retaliate", "we will respond": the speaker's own side
    if own.pos_ == "NOUN":
        # "police will no longer tolerate rallies", "our forces will strike": the speaker's own forces; "other
        # nations may follow Russia's lead" is a warning about others
        return own.lemma_.lower() in TROOP_NOUNS | {"police", "government", "military"} or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in own.children
        )
    return outer is not None and own.lower_ == outer.lower_


# Verbs of how one sees or names another: a demand that X "be seen as" something asks the onlookers.
REGARD_VERBS = {
    "see", "regard", "view", "consider", "treat", "recognise", "recognize", "designate", "deem", "perceive",
    "label", "brand",
}  # fmt: skip


def _regarded(clause: Token) -> bool:
    """Is the clause a passive of regarding ("that Russia be seen as a threat", "be recognised as a sponsor of
    terrorism")?"""
    return clause.lemma_.lower() in REGARD_VERBS and any(c.dep_ == "nsubjpass" for c in clause.children)


KNOWN_DETERMINERS = {"the", "this", "that", "these", "those"}


def _names_known_act(verb: Token) -> bool:
    """Is the verb's object an act told as known ("the attack", "Iran's attack"), not one it calls for ("called
    a general strike")?"""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in noun_lexicon()
        and any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in KNOWN_DETERMINERS for d in c.children)
        for c in verb.children
    )


def _calls_on(verb: Token) -> bool:
    """Does "call" take "on", "upon" or "for" as an appeal does ("called on Iran", "called for talks"), not as a
    date ("called the US a liar on Tuesday")?"""
    return any(
        c.dep_ in ("prep", "prt")
        and c.lower_ in ("on", "for", "upon")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    )


# Adjectives that announce the act they govern: "we are ready to impose sanctions" (a threat), "ready to talk".
READY_WORDS = {"ready", "prepared"}


# Forces sent to keep a peace rather than to fight: "peacekeepers", "a UN international force".
PEACE_WORDS = {
    "peacekeeping",
    "peacekeeper",
    "peace-keeping",
    "peace-keeper",
    "peacekeepers",
    "peace-keepers",
}
PEACE_FORCE_MARKS = {"international", "multinational", "un", "u.n.", "stabilisation", "stabilization"}


def _peacekeeping(verb: Token) -> bool:
    """Are the forces a verb of posture moves peacekeepers ("soldiers were deployed as peacekeeping forces", "a
    UN international force had been sent to Lebanon")?"""
    phrases = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "as"
    ]
    return any(
        t.lower_ in PEACE_WORDS
        or t.lemma_.lower() == "force"
        and any(m.lower_ in PEACE_FORCE_MARKS for m in t.children if m.dep_ in ("amod", "compound"))
        for phrase in phrases
        for t in phrase.subtree
    )


def _partakes(verb: Token) -> bool:
    """Does the verb only say its subject takes part in the act an "in" phrase names ("engaged in joint drills",
    "participated in talks")? The noun is the act, coded as a noun event; the verb's own sense ("engage" the
    enemy) is not."""
    return verb_lemma(verb) in PARTAKE_VERBS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in noun_lexicon()
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
    )


# Verbs of aim rather than commitment: what they intend is the act they govern, and only that act says whether it
# is cooperation (CAMEO 03 is an intent to *cooperate*; "agree", "pledge", "promise", "offer" commit as such).
AIM_VERBS = {"want", "hope", "seek", "aim", "plan", "intend", "expect", "consider", "prepare"}


WISH_VERBS = {"want", "wish"}
# Verbs that commit their subject to the act they govern (not "seeks to", "plans to": an aim).
COMMIT_VERBS = {"agree", "vow", "pledge", "promise", "decide"}
# Verbs that remove a measure: "agreed to lift the ban" eases it.
LIFT_VERBS = HALT_VERBS | {
    "lift",
    "ease",
    "remove",
    "drop",
    "discontinue",
    "scrap",
    "relax",
    "waive",
    "repeal",
}


def _wished_of_other(verb: Token, inner: Token | None) -> Token | None:
    """The act a verb of wishing wants another to do ("wanted Putin to face the court", "wants Ukraine to
    recognise Crimea"), not its subject's own ("wants to meet Putin"): the clause with a subject of its own, or
    the infinitive the small model hangs on the object."""
    if inner is not None and inner.dep_ == "ccomp" and not _same_subject(verb, inner):
        return inner
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.pos_ == "PRON" and obj.lower_ in ("what", "it", "this", "that"):
            continue
        act = next(
            (
                g
                for g in (*obj.children, *verb.children)
                if g.dep_ in ("relcl", "acl", "xcomp")
                and g.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
            ),
            None,
        )
        if act is not None:
            return act
    return None


# Verbs of fortune: what befalls their subject, which no one can be asked to do ("wants Ukraine to win").
FORTUNE_VERBS = {"win", "lose", "prevail", "succeed", "fail", "triumph", "survive", "collapse", "suffer"}


def _outcome(inner: Token) -> bool:
    """Is a wished clause a state of affairs, a bare participle or adjective with no "to" and no auxiliary ("wants
    Russia weakened", "wants Ukraine defeated"), or a fortune ("wants Ukraine to win", "wants Russia to lose the
    war"), rather than an act asked of its subject ("wants Kyiv to cede")?"""
    if inner.lemma_.lower() in FORTUNE_VERBS:
        return True
    return (
        inner.dep_ in ("ccomp", "oprd", "xcomp")
        and (inner.tag_ in ("VBN", "VBD") or inner.pos_ == "ADJ")
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in inner.children)
    )


def _act_wished(verb: Token, other: Token) -> bool:
    """Is what the wish wants to act an act, not an actor ("wanted the invasion to yield a victory")? A demand
    (CAMEO 10) is made of someone; an outcome wished of one's own act is made of no one."""
    ones = [c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")] if other.dep_ == "ccomp" else []
    ones += [c for c in verb.children if c.dep_ == "dobj"] if not ones else []
    return bool(ones) and all(o.lemma_.lower() in noun_lexicon() for o in ones)


def _imposes_measure(inner: Token) -> bool:
    """Is the wrapped act a measure against someone ("accept sanctions against Belarus", "slug imports with an
    extra tariff", "ramp up sanctions on Iran")?"""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in MEASURE_NOUNS
        or c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in MEASURE_NOUNS for g in c.children)
        for c in inner.children
    )


# Verbs that voice the statement their object names, as a light verb carries an act ("voiced criticism of X",
# "reiterated his demand", "levelled accusations at X"): the noun's event, not a comment (010) or nothing.
VOICING_VERBS = {"express", "voice", "reiterate", "repeat", "level", "air", "echo"}
VOICED_ROOTS = {"02", "10", "11", "12", "13"}
VOICED_PREPOSITIONS = {"of", "at", "against", "on", "to", "toward", "towards", "for"}


def _code_for(verb: Token) -> str | None:
    lemma = verb_lemma(verb)
    if _partakes(verb):
        return None
    # "suggested to the paper X that …": the small model may read X as the clause, the "that" clause hung below it
    if lemma == "suggest" and any(
        c.dep_ == "ccomp"
        and verb in (c.head, c.head.head)
        and (c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children))
        for c in verb.subtree
    ):
        return None  # "suggested that NATO may have forced Russia to invade": a claim of what was, no appeal (020)
    if lemma == "ask" and _asks_question(verb):
        return None  # "asked how anyone could justify the atrocities": a question, not an appeal
    if lemma == "take" and any(
        c.lower_ in REGARD_ADVERBS or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return (
            None  # "take the threats seriously", "took the 2003 invasion as a reference point": an attitude
        )
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READY_WORDS and verb.head.pos_ == "ADJ":
        inner_code = _lookup(verb) or ""
        if inner_code:
            table = WRAPPERS["threaten" if inner_code[:2] >= "13" else "intent"]
            return table.get(inner_code[:2], table[""])
    if lemma == "counter" and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ASSAULT_NOUNS or _is_troops(c))
        for c in verb.children
    ):
        return "190"  # "used by Ukraine to counter Russian troops": countering forces is fighting, not a rebuttal
    if lemma in ("agree", "concur") and _agrees_with_view(verb):
        return "019"  # "agreed with Zelenskyy's assessment": accord expressed (CAMEO 019), no pledge to cooperate
    if lemma == "concern" and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "the demands concern NATO's expansion": what a thing is about, no worry voiced (012)
    if lemma == "need" and not _need_addressed(verb):
        return (
            None  # "China needs trade with the G7": a want, no demand made of anyone (CAMEO 10 asks someone)
        )
    if lemma == "bring" and (war := _carried_war(verb)) is not None:
        return war  # "Russia brought a war to Ukraine": the war is the act, not a delivery (PETRARCH's 061)
    if lemma in LEAVE_VERBS and _own_people(verb):
        return None  # "withdrew its trainers and embassy staff": a precaution, no forces pulled back (087)
    if (left := _leaves_pact(verb)) is not None:
        return (
            left  # "withdrew from the grain deal": relations reduced (CAMEO 16), no forces pulled back (087)
        )
    if _armed_threat(verb) or _threatens_condition(verb):
        return None  # "threatened by German tanks", "threatens the region's stability": a danger told, no threat made
    if _liberates_place(verb):
        return "190"  # "liberated the town": retaking ground is fighting for it, no release (08)
    if _destroys_forces(verb):
        return "190"  # "destroyed the enemy fleet": forces fought, no property destroyed (1712)
    if lemma == "agree" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in verb.children
    ):
        return "057"  # "agreed with the Kremlin a new gas contract": an agreement concluded, whatever "with" says
    if lemma in DEPART_VERBS and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "to") for c in verb.children
    ):
        # "the vessel departed from the port of Pivdennyi": leaving a place is no visit (CAMEO 042)
        return None
    if _drives_back(verb):
        return "190"  # "pushed Russian forces back from Kyiv": driving forces back is fighting them
    if lemma in REPEL_VERBS and _repels(verb):
        return (
            "190"  # "stalled the Russian advance", "repelled an assault": fighting back is conventional force
        )
    if (intended := _intended(verb)) is not None and (
        intended_code := _lookup(intended)
        if intended.pos_ == "VERB"
        else noun_lexicon()[intended.lemma_.lower()]
    ):
        table = WRAPPERS["threaten" if intended_code[:2] >= "13" else "intent"]
        return table.get(intended_code[:2], table[""])
    if _raises_alert(verb):
        return ALERT_CODE
    if lemma in VOICING_VERBS and (noun := _noun_code(verb)) is not None and noun[:2] in VOICED_ROOTS:
        # "reiterated his criticism of Berlin": a statement that names whom it is aimed at is coded from its noun
        # (_carries), whose owner is its voice; else here ("reiterated its demand that Israel ease …")
        aimed = any(
            p.dep_ == "prep" and p.lower_ in VOICED_PREPOSITIONS for o in _objects(verb) for p in o.children
        )
        return None if aimed else noun
    if lemma in LIGHT_VERBS | HALT_VERBS and (noun := _noun_code(verb)) is not None:
        if lemma in HALT_VERBS and noun[:2] in HALTED_FORCE_ROOTS:
            # "ends its aggression": the doer de-escalates (087, PETRARCH's "end war"); "ended the Russian
            # threat to Kyiv", "Russia's invasion was stopped": another's act halted, no relations cut (160)
            return None if _others_act(verb) else "087"
        if lemma in HALT_VERBS:
            return HALTED.get(noun[:3], HALTED.get(noun[:2], "160"))
        return noun
    family = WRAPPER_VERBS.get(lemma)
    if family is None and verb.lemma_.lower() == "ready":
        family = "intent"
    inner = _wrapped(verb) if family else None
    if lemma in WISH_VERBS and inner is not None and _outcome(inner):
        return None  # "the US wants Russia weakened": a state of affairs wished, no act asked of anyone
    if lemma in WISH_VERBS and (other := _wished_of_other(verb, inner)) is not None:
        if _act_wished(verb, other):
            return None  # "wanted Russia's invasion to yield a quick victory": an aim for an act, asked of no one
        # "wanted Putin to face the court", "wants Ukraine to recognise Crimea": what one wants another to do is
        # demanded of them (CAMEO 10), no intent of one's own to cooperate (03)
        inner_code = _lookup(other) or ""
        return WRAPPERS["demand"].get(inner_code[:2], WRAPPERS["demand"][""])
    if (
        family == "appeal"
        and lemma == "call"
        and (inner is None or inner.dep_ != "xcomp")
        and not _calls_on(verb)
    ):
        inner = family = None  # "called the US the one who started the crisis" names, it does not appeal
    if lemma in COMMIT_VERBS and inner is not None and (_lookup(verb) or "")[:3] == "057":
        # "agreed to a trade agreement to strengthen ties": the pact is concluded (057), the infinitive its purpose
        inner = family = None
    if family and inner is not None:
        if family == "reject" and inner.lemma_.lower() in ("comment", "say", "speak", "discuss"):
            return "011"
        inner_code = _lookup(inner) or ""
        # "aim to push the troops back": the wrapped act is fighting, as when told alone
        if _liberates_place(inner) or _destroys_forces(inner) or _drives_back(inner):
            inner_code = "190"
        if (
            lemma in COMMIT_VERBS
            and inner_code[:2] < "13"
            and verb_lemma(inner) not in LIFT_VERBS
            and _imposes_measure(inner)
        ):
            # "agreed to accept sanctions against Belarus", "vowed to slug imports with a tariff": a measure the
            # lexicon reads as cooperation (or does not know), agreed (the decision is the act, CAMEO 163) or
            # vowed (a threat of it, 1312); "agreed to lift sanctions" eases them
            return "163" if lemma == "agree" else "1312"
        if family == "intent" and not inner_code and lemma in AIM_VERBS:
            return None  # "aim to push the troops back": an aim at an act the lexicon does not know is no cooperation
        if lemma == "consider" and inner_code[:2] < "13":
            return None  # "considering sending aid": weighed, not offered (considering sanctions is a threat)
        if lemma in AIM_VERBS - {"consider"} and inner_code[:2] in FORCE_ROOTS - {"15"}:
            # "the army prepared to resume shelling": forces readied, a force posture (PETRARCH's "prepare for
            # fight"); "forces plan to attack Kyiv - Biden said", "as it seeks to repel Russia": an aim at force
            # ascribed to someone, no threat they made (CAMEO 13 is a threat uttered; a sanction planned is one)
            return "154" if lemma == "prepare" else None
        if family == "intent" and inner_code[:2] >= "13" and any(c.dep_ == "neg" for c in inner.children):
            return "0356"  # "pledged not to use or threaten force against Ukraine": an assurance, no threat
        if family == "intent" and inner_code[:2] >= "13":
            family = "threaten"  # planning or preparing to coerce is a threat
        if family == "intent" and _lemma_is(verb, "agree") and inner.dep_ == "ccomp":
            return "019"  # "agreed (that) there was a need …": accord, not a commitment
        if (
            family == "threaten"
            and lemma == "warn"
            and inner.dep_ == "ccomp"
            and not _same_subject(verb, inner)
        ):
            return "010"  # "warned that Putin would not stop at the Polish border": a warning about another's act
        table = WRAPPERS[family]
        return table.get(inner_code[:2], table[""])
    code = _lookup(verb)
    moves_forces = lemma in POSTURE_VERBS and (
        any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in TROOP_NOUNS
            for c in verb.children
        )
        # "forces and equipment gathered by Russia at the border": the forces a participle describes
        or verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.lemma_.lower() in TROOP_NOUNS
    )
    if moves_forces and any(c.dep_ == "advmod" and c.lower_ == "away" for c in verb.children):
        code = "0874"  # "moving some troops away from the border" pulls them back; it shows no force
    elif moves_forces and (code is None or code[:2] not in ("15", "18", "19", "20")):
        code = "154"
    if lemma in POSTURE_VERBS and code is not None and code[:2] == "15" and _peacekeeping(verb):
        code = "074"  # CAMEO 074: sending peacekeepers is military protection, not a show of force
    if lemma == "call" and any(c.dep_ == "oprd" for c in verb.children) and not _calls_on(verb):
        # "called the US the one who started the crisis": a label, coded only by what it calls them ("a liar")
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "oprd"}  # the label, not the labelled
        code = next((c for p, o, c in verb_lexicon()["call"] if o and not p and o in objects), None)
    elif lemma == "call" and code is not None and code[:2] == "13" and _names_known_act(verb):
        # "called the Iranian attack unprecedented", "called the strike on Kyiv a war crime": PETRARCH's "call an
        # attack" orders one (138); an act named as known is judged (disapproval, CAMEO 11), no threat made
        code = "111"
    if (
        code is not None
        and code[:2] == "14"
        and lemma == "demonstrate"
        and any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        return (
            None  # "demonstrate the political will", "demonstrate that it has learned": to show, not to march
        )
    if code is not None and code[:2] == "14" and lemma in LOOT_VERBS and _by_forces(verb):
        # "looted by the Russian military": property seized by soldiers (CAMEO 171), no riot (145)
        code = "171"
    if code is not None and code[:2] == "14" and lemma not in PROTEST_VERBS and _state_subject(verb):
        # "Russia hit Kyiv with missiles": PETRARCH's synonym rows, not a demonstration (a state or its forces do
        # not demonstrate; crowds blocking roads do); the verb's own sense stands ("hit": force)
        code = next(
            (c for p, o, c in verb_lexicon().get(lemma, []) if not p and not o and c[:2] != "14"), None
        )
    if code is not None and code[:2] == "15" and lemma == "strike":
        code = "190"  # "striking targets in western Ukraine": a strike is force used, never a show of it
    if code is not None and code[:2] == "08" and lemma in RELEASE_VERBS and _publishes(verb):
        return None  # "released a 12-point position paper": published, not set free
    if code is not None and lemma in LEMMA_ROOTS and code[:2] != LEMMA_ROOTS[lemma]:
        code = next((c for p, o, c in verb_lexicon()[lemma] if not p and not o), code)
    if code is not None and code[:2] == "14" and lemma == "protest" and _protests_in_words(verb):
        return (
            "114"  # "Poland protested it was under attack": an official complaint (114), not a demonstration
        )
    if (code is None or code[:2] in ("01", "02", "03")) and _costs_told(verb):
        # "signalled to Beijing that it will bear the consequences": a warning of costs is a threat
        return "130"
    if code is None and (withheld := _withheld_stance(verb)) is not None:
        return withheld
    if code is None:
        if verb.dep_ == "ccomp" and {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"must", "should"}:
            return "100"  # "X said Y must …": a demand, whatever the action
        return None
    modals = modals_of(verb)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and "03" <= code[:2] <= "08" and not _ongoing(verb) and not _not_yet_given(verb):
        # "will not accept", "did not release": withheld cooperation is a rejection; "is not providing arms"
        # says what is not going on (mostly a denial of it), it refuses no one
        return WRAPPERS["reject"].get(code[:2], WRAPPERS["reject"][""])
    if modals & {"will", "would", "shall", "'ll"} and "04" <= code[:2] <= "08":
        # A promised cooperative act is an intent to act, not the act itself; an announced conflict act is coded
        # as the act (CAMEO's convention for announced sanctions and the like).
        return WRAPPERS["intent"].get(code[:2], WRAPPERS["intent"][""])
    if code[:2] in ("05", "07") and (aid := _material_support(verb)) is not None:
        # "provided military backing to Kyiv": aid given (CAMEO 07); "provided political support": words (051)
        return aid
    if code[:2] in ("05", "06") and (aid := _supplied_with(verb)) is not None:
        return aid  # "supported Ukraine with economic assistance", "furnished Russia with drones"
    if code[:2] in ("06", "07") and lemma in HANDOVER_VERBS and _delivers_words(verb):
        return None  # "delivered their written responses to Russian demands": words handed over, no aid
    if code[:2] in ("06", "15", "18", "19", "20") and _arms_handed_over(verb):
        return "072"  # "has sent anti-radar missiles to Ukraine": arms handed to someone are military aid
    if lemma == "train" and any(c.dep_ == "dobj" and _is_troops(c) for c in verb.children):
        return "072"  # "trained up 20,000 Ukrainian soldiers": CAMEO 072 military aid includes training
    if code[:2] in VIOLENCE_ROOTS and _figurative(verb):
        return None  # "the invasion has destroyed trust towards Russia": a figure of speech, no force used
    if (
        code[:2] in ("18", "19", "20")
        and {t.lower_ for t in verb.sent if t != verb} & BOMBING_WORDS
        and not _by_forces(verb)
    ):
        # killed or wounded by a bomb: unconventional violence, not a military clash; a state's forces bombing is
        # military force (CAMEO 183 is non-military bombing)
        return "183"
    if code[:2] in ("18", "19", "20") and (act := _harming_act(verb)) is not None:
        return (
            act  # "a Russian missile strike killed five civilians": the strike is the act, not a mass killing
        )
    if modals & {"must", "should"} and verb.dep_ == "ccomp" and "03" <= code[:2] <= "08":
        return WRAPPERS["demand"].get(code[:2], WRAPPERS["demand"][""])
    return code


def _is_troops(token: Token) -> bool:
    """Does the phrase name armed forces ("Norwegian troops", "U.S. battalion tactical groups")?"""
    return token.lemma_.lower() in TROOP_NOUNS or any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in TROOP_NOUNS for c in token.children
    )


def _moved_troops(verb: Token) -> Token | None:
    """The forces a passive verb of force posture moves, with no "by" phrase ("Norwegian troops were deployed near
    the border", "tanks were sent to the front"): whose forces they are is the doer, as CAMEO codes a deployment
    by the side whose forces move; they are not what the act is done to."""
    if (
        verb_lemma(verb) not in POSTURE_VERBS
        or not any(c.dep_ == "auxpass" for c in verb.children)
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and _is_troops(subject) else None


def _owner(troops: Token, found: DocActors) -> Token | None:
    """The word in front of a forces phrase that names whose they are ("U.S. and German battalion groups": U.S.,
    whose conjuncts name the others)."""
    return next(
        (
            t
            for t in troops.subtree
            if t.i < troops.i and t.i in found.by_token and event_code(found.actor_for(t))
        ),
        None,
    )  # not a maker's name: "Leopard tanks"


# Nouns that stand for actors (with a name in front: "NATO countries", "a UN resolution") and can do an act.
ACTING_NOUNS = TROOP_NOUNS | {
    "country",
    "state",
    "nation",
    "member",
    "ally",
    "government",
    "official",
    "leader",
    "authority",
    "resolution",
    "statement",
    "declaration",
    "ministry",
    "delegation",
}


# Texts that say what their authors hold, and the verbs by which a body makes a text its own.
DOCUMENT_NOUNS = {"resolution", "statement", "declaration", "communique"}
ADOPTING_VERBS = {"adopt", "pass", "approve", "issue", "release", "publish", "sign"}


def _harming_act(verb: Token) -> str | None:
    """The code of an act of military force that a verb of harm has as its subject ("a missile strike killed",
    "Russian shelling wounded"): CAMEO codes the strike (19), and the harm it did is its report."""
    if verb_lemma(verb) not in HARM_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() == "strike":
        return "195"
    code = noun_lexicon().get(subject.lemma_.lower())
    return code if code is not None and code[:2] == "19" else None


# Verbs that credit or fault someone "for" an act, which they take as done: the object did it.
CREDIT_VERBS = {
    "thank", "praise", "commend", "congratulate", "applaud", "hail", "reward",
    "criticise", "criticize", "condemn", "denounce", "rebuke", "punish", "sanction",
}  # fmt: skip


def _source(verb: Token) -> Token | None:
    if (troops := _moved_troops(verb)) is not None:
        return troops
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:  # "the war was provoked": its subject is the patient
            return child
        if child.dep_ == "agent":  # passive: "was attacked by X"
            doer = next((g for g in child.children if g.dep_ == "pobj"), None)
            if (
                doer is not None
                and doer.lemma_.lower() in noun_lexicon()
                and doer.lemma_.lower() not in WEAPONS
            ):
                # "Ukraine is threatened by a Russian attack", "hit by sanctions": an act the verb tells the effect
                # of (a risk, a blow) is no one doing the verb's act; the act itself is coded from its noun
                return None
            return doer
    if not passive:
        for aux in (c for c in verb.children if c.dep_ == "aux" and c.lower_ != "to"):
            # a list's lead-in, "since then Putin has: – refused to meet …": the small model hangs the subject on
            # the auxiliary before the colon
            if (
                any(t.text == ":" for t in verb.doc[aux.i + 1 : verb.i])
                and (subject := next((g for g in aux.children if g.dep_ == "nsubj"), None)) is not None
            ):
                return subject
    if (reporter := _reporter(verb)) is not None:
        return _source(
            reporter
        )  # "Zelensky said Russia was adapting and urged the EU to act": Zelensky urged
    if (
        verb.dep_ in ("xcomp", "conj")
        and verb.head.i != verb.i
        or verb.dep_ == "acomp"
        and verb.lemma_.lower() in READY_WORDS
    ):
        return _source(verb.head)  # "Denmark is ready to impose": the subject of "is"
    if _bare_participle(verb):
        head = verb.head
        if (
            head.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in head.children)
            and any(t.text == "," for t in verb.doc[head.i : verb.i])
        ):
            # "X has kept neutral since Y invaded Z, staunchly supporting Z": after a comma the small model
            # hangs the participle on the subordinate clause it follows; it goes with the main clause
            head = head.head
        return _source(head)  # "has blasted the war, calling on the West to act": the clause's subject
    if (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ != "VBN"
        and verb.head.dep_ == "attr"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        # "Britain would be the first country to supply tanks": the subject the noun is said of
        return next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in ACTING_NOUNS)
    ):
        # "NATO countries providing weapons to Kyiv", "Russian troops shelling the city": the actor a present
        # participle describes does the act (a past one is done to it: "officials sanctioned by the EU"); not
        # any noun an actor owns ("the US' hysteria surrounding the conflict")
        text = verb.head
        if (
            text.lemma_.lower() in DOCUMENT_NOUNS
            and text.dep_ == "dobj"
            and verb_lemma(text.head) in ADOPTING_VERBS
        ):
            # "the Senate adopted a resolution condemning …": a text speaks for whoever adopted or issued it (not
            # for one who drafted, vetoed or rejected it)
            return _source(text.head) or text
        return text
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb_lemma(verb.head.head) in CREDIT_VERBS:
        # "thanked Germany for providing Ukraine with air defence": the one thanked or blamed did the act
        return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and not passive
        and verb.head.lower_ in ADJUNCT_PREPOSITIONS
        and verb.head.head.pos_ in ("VERB", "AUX")
        and not modals_of(verb.head.head) & MODALS  # "should show solidarity by inviting Sandu": not done
    ):
        # "began his term after launching a war", "responded by shelling Kharkiv": a participle with no subject
        # of its own is done by the subject of the clause it is fixed to
        return next((c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "pcomp" and (carrier := _governing_verb(verb)) is not None and carrier.lemma_ == "be":
        # "Russia is in the process of deploying troops"; not "warned Russia against deploying", whose doer is
        # the object, nor "abstained from voting", which did not happen
        return _source(carrier)
    return None


# "after launching", "by shelling": a participle these fix to a clause is done by its subject
ADJUNCT_PREPOSITIONS = {"after", "before", "by", "upon"}


def _bare_participle(verb: Token) -> bool:
    """Is the verb a participle with no subject or conjunction of its own, fixed to a clause ("has blasted the
    war, calling on the West to act", "after destroying rivals, launching a war")? It is done by that clause's
    subject, at that clause's time. Not an item of a list after a colon or semicolon ("its goals; removing the
    president, capturing Kyiv")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)
        and not any(
            t.text in (";", ":") for t in verb.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)]
        )
    )


def _to_come(verb: Token) -> bool:
    """Is the act still to come? "will meet", "is set to visit", or a present "goes to Moscow on Tuesday" (news
    writes a scheduled act in the present; a report of one already done takes the past)."""
    if prospective(verb) or verb.tag_ in ("VBZ", "VBP") and verb_lemma(verb) not in SPEECH_VERBS - QUOTE_ONLY:
        return True
    # "goes to Moscow on Tuesday to meet Putin": a purpose comes when its trip does
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.head.i != verb.i
        and verb.tag_ == "VB"
        and _to_come(verb.head)
    )


REPORTING_LEMMAS = {"say", "tell", "state", "note", "stress", "argue", "claim", "insist", "announce", "add"}
# Acts of words a speaker goes on to make after a reported clause: CAMEO 11 (criticise, accuse, blame, condemn).
CHARGE_ROOTS = {"11"}


def _reporter(verb: Token) -> Token | None:
    """The verb of saying an appeal, a demand or a charge is coordinated with, or trails as a participle, when
    the parse hangs it on the reported clause ("Zelensky said Russia was adapting to sanctions and urged the EU to
    do more", "Macron said Europe must defend itself, accusing Beijing of …"): asking or charging is the speaker's
    next act, rarely an act inside what the speaker reports."""
    if verb.dep_ not in ("conj", "advcl"):
        return None  # (the cheap test first: the coder asks it of every verb's subject)
    asks = WRAPPER_VERBS.get(verb_lemma(verb)) in ("appeal", "demand")
    charges = (_lookup(verb) or "")[:2] in CHARGE_ROOTS
    if not (
        verb.dep_ == "conj" and (asks or charges) or verb.dep_ == "advcl" and verb.tag_ == "VBG" and charges
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return clause.head


def _target(verb: Token) -> Token | None:
    return next(iter(_target_tokens(verb)), None)


AID_ROOTS = {"07"}
# Where force is used or shown, the place is the target (CAMEO 15, 18-20): "deployed troops in Belarus".
LOCATION_PREPOSITIONS = {"in", "near", "along", "inside", "across", "over", "around", "at"}
FORCE_ROOTS = {"15", "18", "19", "20"}
NEAR_ADVERBS = {"close", "next", "near", "closer"}
# A border shown force at names the state it is shown to, rather than the state it is deployed in ("deployed in
# Poland near the Belarusian border").
BORDER_NOUNS = {"border", "borders", "frontier", "frontiers"}


# Verbs of talks whose object is their topic ("debated weapons shipments to Ukraine"); "spoke such words to the
# Russian leader" addresses him.
TOPIC_VERBS = {"debate", "discuss", "negotiate", "weigh", "review", "deliberate", "examine", "explore"}
VISIT_NOUNS = {"trip", "visit", "journey", "tour"}
# Prepositions by which talks name their topic, not a side ("talks with Beijing on Russia").
TOPIC_PREPOSITIONS = {"on", "about", "over"}
# Verbs that ask or reach for an act, whose "for" phrase names what is sought, not what was done ("reached out for
# talks", "pressed for a meeting"): an invitation or an offer is no meeting held.
SEEKING_VERBS = {v for v, family in WRAPPER_VERBS.items() if family in ("appeal", "demand", "intent")} | {
    "reach",
    "wait",
    "lobby",
    "plead",
    "look",
}


def _target_tokens(verb: Token, root: str = "") -> list[Token]:
    """The words that may name a verb's target, the likeliest first: its object, then prepositional objects; a
    relative clause whose pronoun is its object ("the aggression [which] France condemns") aims at its noun."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative") and c != _moved_troops(verb)]
    out = out or _misread_objects(verb)  # "launching withering criticism of X"
    # the small model labels the "to" of "providing weapons to Kyiv" a dative: the recipient is its object
    out = [g for c in out for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
    objects = [c for c in out if c.dep_ != "nsubjpass"]
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
        out = [verb.head]  # "Russian officials sanctioned by the EU": the ones it was done to
    # "the warrant that Moscow says it does not recognize": a relative clause that reports the act, its pronoun
    # the reported verb's object, or read by the small model as the reporting verb's "that" (then the object gap
    # is the noun the clause describes)
    reported = verb.dep_ == "ccomp" and verb.head.dep_ == "relcl"
    if (verb.dep_ == "relcl" or reported) and any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        out = [_antecedent(c) if c.lower_ in RELATIVE_PRONOUNS else c for c in out]
    if (
        reported
        and not out
        and not any(c.dep_ in ("prep", "prt") for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.head.children)
    ):
        out = [verb.head.head]
    prepositions = TARGET_PREPOSITIONS | (LOCATION_PREPOSITIONS if root in FORCE_ROOTS else set())
    if root[:2] == "04":
        prepositions -= TOPIC_PREPOSITIONS  # "held talks with Wang Yi on Russia": what they discussed
    # "debated new weapons shipments to Ukraine": talks about a topic are held with someone; a "to" after the
    # topic is the topic's (the small model hangs it on the verb), not a side of the talks ("talked to Kyiv")
    topic = (
        root[:2] == "04"
        and verb_lemma(verb) in TOPIC_VERBS
        and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in ROLE_NOUNS
            for c in verb.children
        )
    )
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in prepositions
            and not (
                child.lower_ == "with"
                and any(c.lower_ in ("together", "jointly") for c in (*child.children, *verb.children))
            )
            and not (topic and child.lower_ == "to")
            # "deployed troops with Beijing's blessing": forces shown with someone's leave, not to them
            and not (
                root == "15"
                and child.lower_ == "with"
                and any(g.dep_ == "poss" for p in child.children for g in p.children)
            )
        ):
            out += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "in":
            out += _backed(child)  # "spoke in support of Kyiv", "voted in favour of Kyiv's bid"
    if root in FORCE_ROOTS and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        out.append(verb.head)  # "Kazakhstan, where Putin deployed troops": the place the clause describes
    # the small model hangs "from Germany" on the object as often as on the verb ("demands 1.3 trillion euros
    # from Germany", "sent weapons to Ukraine")
    # (not for talks: "debated weapons shipments to Ukraine" is a debate among others; but "made a trip to Kyiv"
    # goes where the trip goes)
    for obj in (
        objects if root[:2] not in ("", "04") else [o for o in objects if o.lemma_.lower() in VISIT_NOUNS]
    ):
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in prepositions - {"of", "for"}:
                out += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "in" and obj.lemma_.lower() in DOCUMENT_NOUNS:
                out += _backed(child)  # "passed a resolution in support of Kyiv"
            if child.dep_ == "prep" and child.lower_ == "for" and obj.lemma_.lower() in SUPPORT_NOUNS:
                # "expressed support for Kyiv": support is for the one backed (elsewhere "for" is a reason)
                out += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ in ("of", "in") and root[:2] in AID_ROOTS | {"03"}:
                # "pledged 1.6 billion pounds in military aid to Ukraine": the aid's recipient
                out += [
                    h
                    for g in child.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in noun_lexicon()
                    for p in g.children
                    if p.dep_ == "prep" and p.lower_ in prepositions - {"of", "for"}
                    for h in p.children
                    if h.dep_ == "pobj"
                ]
    if root[:2] in AID_ROOTS:
        # "protect the world from Putin": what aid guards against is not whom it goes to
        out = [t for t in out if not (t.dep_ == "pobj" and t.head.lower_ == "from")]
    return [t for t in out if not _closed_before(verb, t)]


# "in support of", "in favour of": the phrase names whom the act backs
BACKING_NOUNS = {"support", "favour", "favor"}


def _backed(phrase: Token) -> list[Token]:
    """The one an "in support of" / "in favour of" phrase backs: an actor or what is theirs ("Kyiv's bid"), not an
    act or a text ("in favour of sanctions against Oslo", "of the UN resolution")."""
    return [
        h
        for g in phrase.children
        if g.dep_ == "pobj" and g.lower_ in BACKING_NOUNS
        for p in g.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for h in p.children
        if h.dep_ == "pobj"
        and (lemma := h.lemma_.lower()) not in noun_lexicon()
        and lemma not in DOCUMENT_NOUNS
    ]


def _closed_before(verb: Token, word: Token) -> bool:
    """Does a bracket the verb stands in close before the later word? A parenthesis ends its clause, whatever the
    small model hangs on the verb ("Syria (where Russia intervened on Assad's side) to Yemen, Taiwan")."""
    between = [t.text for t in verb.doc[verb.i + 1 : word.i]]
    return between.count(")") > between.count("(")


def _near(verb: Token) -> list[Token]:
    """The places an adverb of nearness names ("massed close to Ukraine", "stationed next to the border"): where
    force is shown, the state shown it."""
    return [
        g
        for c in verb.children
        if c.dep_ == "advmod" and c.lower_ in NEAR_ADVERBS
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _bare_office(token: Token, found: DocActors) -> bool:
    """Is the word an office named with no holder or country ("the minister", "the foreign minister", "the head
    of state"), which the attribution resolves as a speaker?"""
    return (
        token.lemma_.lower() in ROLE_NOUNS | COMMAND_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and _actor_of(token, found) is None
    )


def _subject_person(token: Token, found: DocActors) -> Actor | None:
    """A "he" or "she" that is a clause's subject continues the person last named as a subject in its sentence
    or the one before ("Xi has talked to Putin many times, but he has not talked to Zelensky": Xi), not the
    person last named anywhere (Putin)."""
    if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    for i in range(token.i - 1, start - 1, -1):
        other = doc[i]
        if other.dep_ in ("nsubj", "nsubjpass") and other.i in found.by_token:
            actor = found.actor_for(other)
            if actor is not None and actor.kind == "person":
                return actor
        if other.dep_ in ("nsubj", "nsubjpass") and other.lower_ in ("he", "she") and other.i != token.i:
            return None  # an earlier pronoun subject: the chain is left to the resolver
    return None


# Roles and bodies that act for the state their "of" phrase names: "the leader of China", "the army of Belarus".
ROLE_NOUNS = {
    "leader",
    "president",
    "head",
    "government",
    "army",
    "military",
    "forces",
    "authorities",
    "ministry",
    "minister",
    "chief",
}
# Places that stand for the state they belong to when force is used or shown there.
# What an actor owns, through which sanctions and seizures reach it (CAMEO 163, 171); and what it puts forward,
# through which a rejection or an endorsement reaches it ("did not share the arguments of Warsaw").
OWNED_NOUNS = {
    "asset",
    "assets",
    "account",
    "property",
    "reserve",
    "reserves",
    "fund",
    "funds",
    "holding",
    "holdings",
    "bank",
    "company",
    "vessel",
    "ship",
    "tanker",
    "export",
    "exports",
    "import",
    "imports",
    "argument",
    "position",
    "proposal",
    "plan",
    "request",
    "view",
    "stance",
    "offer",
    "initiative",
    "claim",
    "policy",
}
PLACE_NOUNS = {
    "border",
    "borders",
    "frontier",
    "territory",
    "soil",
    "airspace",
    "coast",
    "waters",
    "capital",
    "city",
    "town",
    "village",
    "region",
    "port",
    "province",
    "oblast",
    "district",
    "peninsula",
}
# People and bodies sent by a state, named by where they come from: "a delegation from Saudi Arabia".
# Those who lead a unit or speak for a body ("the commander of Ukraine's 36th brigade").
COMMAND_NOUNS = {"commander", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "leader"}


def _chamber(token: Token) -> bool:
    """Is the noun a chamber of a parliament ("the upper house of the Polish parliament"), which acts for it?"""
    return token.lemma_.lower() in ("house", "chamber") and any(
        c.dep_ == "amod" and c.lower_ in ("upper", "lower") for c in token.children
    )


MEMBER_NOUNS = {
    "delegation",
    "official",
    "diplomat",
    "envoy",
    "representative",
    "troop",
    "soldier",
    "fighter",
    "mission",
    "team",
    "negotiator",
    "volunteer",
    "mercenary",
}


# Plurals that name the states of a body in front ("the G7 nations"), and the words that make them a part of its
# states ("some NATO countries", "many leaders of EU countries"), not the body acting as one.
MEMBER_STATE_NOUNS = {"country", "state", "nation", "member", "government"}
SUBSET_WORDS = {
    "some", "many", "several", "other", "few", "multiple", "most", "individual", "various", "certain",
}  # fmt: skip


def _member_states(token: Token) -> bool:
    """Does the noun name some of the states that belong to a body ("UN member nations", "some other NATO
    countries", "many leaders of the EU countries")?"""
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "member" for c in token.lefts):
        return True
    if token.tag_ != "NNS" or token.lemma_.lower() not in MEMBER_STATE_NOUNS:
        return False
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    return any(c.lower_ in SUBSET_WORDS for t in {token, owner} for w in t.lefts for c in w.subtree)


def _body_or_state(token: Token, found: DocActors) -> Actor | None:
    """The actor a word names; "EU countries talked to Putin", "leaders of NATO members": some of the body's
    states, not the body itself."""
    actor = found.actor_for(token)
    return None if actor is not None and actor.kind != "state" and _member_states(token) else actor


def _antecedent(pronoun: Token) -> Token:
    """What a relative pronoun stands for: the noun right before it ("the US and China, which has refused":
    China), the small model attaching the clause to the phrase's head as often as not; an actor named after an
    act ("aggression against Ukraine, which France condemns") gives way to the act when the clause's object is
    the pronoun."""
    doc = pronoun.doc
    before = next(
        (
            doc[i]
            for i in range(pronoun.i - 1, max(-1, pronoun.i - 3), -1)
            if doc[i].pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if before is None:
        return pronoun.head.head
    if (
        pronoun.dep_ in ("dobj", "pobj")
        and before.dep_ == "pobj"
        and before.head.head.lemma_.lower() in noun_lexicon()
    ):
        return before.head.head
    return before


# Those who take part in a gathering ("Crimea Platform participants", "summit attendees"): of many states, not of
# the place or forum named in front.
GUEST_NOUNS = {"participant", "attendee", "delegate", "signatory", "guest"}


def _actor_of(token: Token | None, found: DocActors) -> Actor | None:
    """The actor a phrase names, looking through an event noun to its participant ("a meeting with Lavrov",
    "strikes on Kyiv", "its bombardment of Ukrainian cities")."""
    if token is None:
        return None
    if expletive(token) or topic_document(token):
        return None  # "it is in America's interest to assist Ukraine"; "The resolution … It also called on"
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = _antecedent(token)
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if token.dep_ == "attr" and token.i not in found.by_token and subject is not None:
            token = subject  # "Oslo was the only capital which refused": the clause is said of what Oslo is
    if token.lemma_.lower() in noun_lexicon() and token.i not in found.by_token:
        # the participant, not the doer in front ("launched its bombardment of Ukrainian cities"); with no
        # participant, the doer of the act the verb answers ("repelled a Russian attack": Russia)
        return _participant(token, found) or _noun_source(token, found)
    actor = topic_actor(token, found) or _subject_person(token, found) or _body_or_state(token, found)
    if actor is None and token.lemma_.lower() in PLACE_NOUNS | ROLE_NOUNS | OWNED_NOUNS:
        # "at the border with Ukraine", "the territory of Moldova": the state the place belongs to; "froze the
        # assets of Russian oligarchs": sanctions on what an actor owns are aimed at the owner
        actor = next(
            (
                a
                for p in token.children
                if p.dep_ == "prep" and p.lower_ in ("with", "of")
                for g in p.children
                if g.dep_ == "pobj" and (a := _body_or_state(g, found)) is not None
            ),
            None,
        )
    if actor is None and (token.lemma_.lower() in COMMAND_NOUNS or _chamber(token)):
        # "the commander of Ukraine's 36th brigade", "the head of the Russian navy": whoever leads a unit or a
        # body acts for the state it belongs to (its possessor or nationality, when it is no actor itself); "the
        # spokesman of the CJEU" speaks for the international body it names
        actor = next(
            (
                a
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
                for c in (g, *g.children)
                if (c is g or c.dep_ in ("poss", "amod", "compound"))
                and (a := found.actor_for(c)) is not None
                # an international body only by its own name ("the head of the IAEA"), not as a modifier of
                # its members ("leaders of NATO countries")
                and (
                    a.kind == "state" or c.i == g.i and g.pos_ == "PROPN" and (a.code or "").startswith("IGO")
                )
            ),
            None,
        )
    if actor is None and token.lemma_.lower() in MEMBER_NOUNS:
        # "a delegation from Saudi Arabia", "officials from Norway", "representatives of China": the state that
        # sent them
        actor = next(
            (
                a
                for p in token.children
                if p.dep_ == "prep" and p.lower_ in ("from", "of")
                for g in p.children
                if g.dep_ == "pobj" and (a := found.actor_for(g)) is not None
            ),
            None,
        )
    if actor is None and _is_troops(token) and (owner := _owner(token, found)) is not None:
        actor = found.actor_for(owner)  # "U.S. battalion tactical groups": the forces of the state in front
    if (
        actor is None
        and token.pos_ == "NOUN"
        and not _member_states(token)
        and token.lemma_.lower() not in GUEST_NOUNS
    ):
        # an actor's property or post named by a compound ("the EU Delegation building", "the US embassy"); not
        # "UN member nations", "some NATO countries", states of their own
        actor = next(
            (
                a
                for t in token.lefts
                if t.dep_ == "compound"
                for c in t.subtree
                if c.i in found.by_token and (a := found.actor_for(c)) is not None
            ),
            None,
        )
    if actor is None:
        actor = local_agent(token, found)  # "the police detained a suspect" after "killed in Bavaria"
    return actor


def _participant(
    noun: Token, found: DocActors, prepositions: set[str] = TARGET_PREPOSITIONS | {"of"}
) -> Actor | None:
    """The actor an event noun is done to: "strikes on Kyiv", "Russia's invasion of Ukraine" (Ukraine)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            actor = next((a for g in prep.children if g.dep_ == "pobj" and (a := found.actor_for(g))), None)
            if actor is None:
                # a place that belongs to a state ("strikes on energy facilities in Ukraine", "on the port of
                # Odesa"): the state; or the kind of act an "of" phrase names, aimed on ("a war of aggression
                # against Ukraine"); not "aid for the fight against Russia", whose "for" names what it serves
                actor = next(
                    (
                        a
                        for g in prep.children
                        # "a summit … with the war in Ukraine top of the agenda": an act after "with" is the
                        # circumstance, no side of the meeting
                        if g.dep_ == "pobj"
                        and not (prep.lower_ == "with" and g.lemma_.lower() in noun_lexicon())
                        for p in g.children
                        if p.dep_ == "prep"
                        and (p.lower_ in ("in", "of") or prep.lower_ == "of" and p.lower_ == "against")
                        for h in p.children
                        if h.dep_ == "pobj" and (a := found.actor_for(h)) is not None and a.kind == "state"
                    ),
                    None,
                )
            if actor is None:
                # an act done to its possessor ("a warrant for his arrest", "calls for their release"): him
                actor = next(
                    (
                        a
                        for g in prep.children
                        if g.dep_ == "pobj" and g.lemma_.lower() in noun_lexicon()
                        for p in g.children
                        if p.dep_ == "poss" and (a := found.actor_for(p)) is not None
                    ),
                    None,
                )
            if actor is not None:
                return actor
    return None


# Acts two can do together, where a compound subject is the pair ("Trump and Putin met"); "amendments tabled by
# Russia and China" are no act of Russia against China.
RECIPROCAL_ROOTS = {"", "03", "04", "05", "06"}


def _actors(verb: Token, found: DocActors, root: str = "") -> tuple[Actor | None, Actor | None]:
    """(source, target) of an event verb. A wrapper's action gives the target ("refused to meet with X"); a
    passive wrapper's subject is the source ("X and Y are expected to meet"); a compound subject with no
    object is a reciprocal pair ("Trump and Putin met" → Trump → Putin, one event)."""
    # talks' own prepositions set aside their topic ("met with Stoltenberg on Thursday", "talks on Russia")
    source_token, target_token = (
        _source(verb),
        next(iter(_target_tokens(verb, root if root[:2] == "04" else "")), None),
    )
    first_object = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if (
        source_token is None
        and verb.dep_ == "amod"
        and verb.head.dep_ == "dobj"
        and verb.head.head.i < verb.i
    ):
        # the small model's misreading of a name as a verb ("Trump[VERB] publicly berated[amod] Zelensky[dobj]"):
        # the name it took for a verb is the subject, the noun it took for an object is the target
        source_token, target_token = verb.head.head, verb.head
    inner = _wrapped(verb) if WRAPPER_VERBS.get(verb_lemma(verb)) else _intended(verb)
    if inner is not None and not WRAPPER_VERBS.get(verb_lemma(verb)):
        # "signals to Moscow a readiness to strengthen ties": the one it is declared to, else the act's target
        target_token = next((t for t in _target_tokens(verb) if _actor_of(t, found) is not None), None)
    if inner is not None:
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and source_token is None and WRAPPER_VERBS.get(verb_lemma(verb)) == "intent":
            # "X and Y are expected to meet"; not "Finland and Sweden will be invited to join", whose
            # subject is the one invited
            source_token, target_token = passive, None
        asks = WRAPPER_VERBS.get(verb_lemma(verb)) in ("appeal", "demand")
        # "urged allies to sanction Russia": an appeal is made to the ones it names, even when the base knows no
        # actor for them; whom the asked-for act would hit is not whom the appeal is made to
        addressed = asks and target_token is not None and target_token.dep_ in ("dobj", "dative", "pobj")
        if _spares(verb):
            # "refused to condemn Russia": a refusal to act against an actor spares it, it rejects someone else
            addressed, target_token = True, None
        if not addressed and (
            target_token is None or target_token.dep_ == "nsubjpass" or _actor_of(target_token, found) is None
        ):
            # the wrapped action's object ("pledged on Tuesday to continue backing Ukraine": Ukraine); an act
            # it names is not the wrapper's target ("urged the media not to call Russia's invasion a crisis")
            named = [t for t in _target_tokens(inner) if not (asks and t.lemma_.lower() in noun_lexicon())]
            asked = (
                next((c for c in inner.children if c.dep_ == "nsubj"), None)
                if inner.dep_ == "ccomp" or _for_clause(inner)
                else None
            )
            if asks and asked is not None and _actor_of(asked, found) is not None:
                # "insisted that the Chinese leader put more pressure on Russia": asked of China, about Russia
                named = [asked]
            if asks and _regarded(inner):
                # "demands that Russia be seen as a threat": asked of whoever is to see it so, not of Russia
                named = []
            target_token = next(
                (t for t in named if _actor_of(t, found) is not None), next(iter(named), None)
            )
    if (
        source_token is not None
        and source_token.lemma_.lower() in noun_lexicon()
        and source_token.i not in found.by_token
    ):
        # an act as the subject does through its doer ("Russia's strikes killed …"), never its victim
        source = _noun_source(source_token, found)
    else:
        source = _actor_of(source_token, found)
    if (
        root == "15"
        and (
            border := next(
                (
                    t
                    for t in (*_target_tokens(verb, root), *_near(verb))
                    if t.lemma_.lower() in BORDER_NOUNS and _actor_of(t, found) is not None
                ),
                None,
            )
        )
        is not None
    ):
        target_token = border
    # "discussed Russian aggression with Wang Yi": an act talked about is the talks' topic, its doer no side of them
    # (and of talks announced: "will discuss Russia's invasion", 036)
    topic = root[:2] in ("03", "04") and verb_lemma(verb) in TOPIC_VERBS
    if topic and target_token is not None and target_token.lemma_.lower() in noun_lexicon():
        target_token = None
    target = _actor_of(target_token, found)
    if target is not None and not event_code(target):
        target = None  # a name the base does not know ("Leopard tanks"): a phrase after may name the actor
    # "the individuals sanctioned by the UK": the noun the act is done to
    done_to = verb.dep_ == "acl" and target_token is not None and target_token.i == verb.head.i
    if target is None and target_token is not None and root and root not in FORCE_ROOTS | VIOLENCE_ROOTS:
        # "rejected a peace plan proposed by Turkey": Turkey; not the doer of the very act the noun is done to
        target = None if done_to else _author(target_token, found)
    if target is None and target_token is not None and root in COERCED_ROOTS:
        target = _compatriots(target_token, found)  # "Tinkov was among the individuals sanctioned by the UK"
    if target is None and inner is None:
        # the object names no actor ("deployed troops in Belarus"): a prepositional object may; but a judgement
        # has no recipient ("criticised supplies of weapons to Kyiv": the small model hangs the object's "to" on
        # the verb; "blamed the war on (or to) the US" names whom it blames)
        judged = (
            root[:2] in JUDGING_ROOTS
            and target_token is not None
            and target_token.dep_ == "dobj"
            and target_token.pos_ == "NOUN"
            and verb_lemma(verb) != "blame"
        )
        target_token = next(
            (
                t
                for t in _target_tokens(verb, root)[1:]
                if _actor_of(t, found) is not None and not (judged and t.head.lower_ == "to")
            ),
            None,
        )
        target = _actor_of(target_token, found)
    if target is None and root in FORCE_ROOTS:
        target_token = next((t for t in _near(verb) if _actor_of(t, found) is not None), None)
        target = _actor_of(target_token, found)
    doer = (
        _noun_source(target_token, found, carried=True)
        if target_token is not None and target_token.lemma_.lower() in noun_lexicon() and not topic
        else None
    )
    if doer is not None and (source is None or doer.id != source.id):
        target = doer  # a response to an act is aimed at its doer: "condemned Russia's aggression" (Russia)
    elif (
        doer is None
        and root[:2] in JUDGING_ROOTS
        and target_token is not None
        and target_token.lemma_.lower() in noun_lexicon()
        # not the judgement itself carried ("expressed their condemnation of")
        and noun_lexicon()[target_token.lemma_.lower()][:2] not in JUDGING_ROOTS
        and target_token.i not in found.by_token
        # "blamed the blockade on Ukraine": the one the act is put on
        and not (verb_lemma(verb) == "blame" and any(c.lower_ == "on" for c in target_token.children))
    ):
        # "condemned the invasion of Ukraine", "criticised supplies of weapons to Kyiv": a judgement of an act
        # falls on whoever did it, never on the one it was done to; with no doer named, on no one
        target = _act_doer(target_token, found)
    if (
        target is None
        and source_token is not None
        and root in RECIPROCAL_ROOTS
        and source_token.dep_ != "pobj"
        and not any(c.dep_ == "preconj" for c in source_token.children)
        and (first_object is None or first_object.lemma_.lower() in noun_lexicon())
    ):
        # "Trump and Putin met", "X and Y signed an agreement"; not "neither Russia nor China entrusts him"
        partner = next((c for c in source_token.children if c.dep_ == "conj"), None)
        target = found.actor_for(partner) if partner is not None else None
    if source is not None and target is not None and (source.id == target.id or source.code == target.code):
        target = (
            None  # an actor acting on itself is mostly a misreading of the parse, not an event between two
        )
    return source, target


# Codes that judge what another did (CAMEO 11, disapprove: condemn, criticise, denounce).
JUDGING_ROOTS = {"11"}


def _act_doer(act: Token, found: DocActors) -> Actor | None:
    """Whoever an act noun names as doing it: in front of it or in a "by" phrase ("Russia's invasion", "the
    attacks by Russian forces", "the war unleashed by Russia"), or, for an act of war named by its victim alone
    ("the invasion of Ukraine"), the other side of the war the article tells."""
    named = _doer_phrase(act, noun_lexicon().get(act.lemma_.lower(), ""), found)
    doer = _noun_source(act, found, carried=True) or (named[0] if named else None) or _author(act, found)
    if doer is not None:
        return doer
    victim = _participant(act, found)
    force = noun_lexicon().get(act.lemma_.lower(), "")[:2] in FORCE_ROOTS | VIOLENCE_ROOTS
    if victim is None or not victim.country or not (force or act.lemma_.lower() in THEATRE_NOUNS):
        return None
    return _other_side(victim, act, found)


# Acts CAMEO codes against a state's people as against the state (a sanctioned oligarch is RUSBUS, an arrested
# citizen RUSCVL): sanctions, coercion, violence and force.
COERCED_ROOTS = {"16", "17", "18", "19", "20"}


def _compatriots(people: Token, found: DocActors) -> Actor | None:
    """The state of private people a coercive act is done to ("sanctioned Russian billionaire X", "X was among
    the individuals sanctioned"): the country of the person named, never a person's own views (a nationality is
    the state only as the target of such an act)."""
    if people.dep_ == "pobj" and people.head.lower_ == "among" and people.head.head.lemma_ == "be":
        # "X was among the 65 individuals sanctioned": the one said to be among them
        people = next((c for c in people.head.head.children if c.dep_ == "nsubj"), people)
    person = found.actor_for(people)
    if person is None or person.kind != "person":
        return None
    if event_code(person):
        return person  # introduced with a nationality and a part in society ("Russian billionaire X": RUSBUS)
    doc = people.doc
    for i, actor_id in found.person_mentions:
        if actor_id != person.id:
            continue
        # the nationality news puts in front of the name where it first describes them ("Russian billionaire
        # Oleg Tinkov"), not the country a person the base does not know is guessed to belong to
        head = doc[i]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        state = next(
            (
                a
                for t in head.subtree
                if t.i < i and (a := found.actor_for(t)) is not None and a.kind == "state" and event_code(a)
            ),
            None,
        )
        if state is not None:
            return state
    return None


MEDIATE_CODE = "045"


# Roots of acts done to a thing already there: disapproving, rejecting, force (CAMEO 11, 12, 18-20).
ANSWERING_ROOTS = {"11", "12", "18", "19", "20"}


def _author(thing: Token, found: DocActors) -> Actor | None:
    """The actor a thing is said to be made, proposed or done by ("a peace plan proposed by Turkey", "sanctions
    imposed by the EU"): whom a response to the thing is aimed at. Not where force is used ("destroyed tanks
    supplied by the US" strikes no supplier), nor a go-between ("a deal brokered by Turkey": CAMEO 045 mediates,
    the parties are the ones who agree)."""
    return next(
        (
            a
            for v in thing.children
            if v.dep_ == "acl"
            and v.tag_ == "VBN"
            and (code := _lookup(v)) != MEDIATE_CODE
            # "a claim rejected by the U.S.", "children injured by Russian shelling": who answered or harmed a
            # thing did not make it
            and (code or "")[:2] not in ANSWERING_ROOTS
            for g in v.children
            if g.dep_ == "agent"
            for o in g.children
            if o.dep_ == "pobj" and (a := found.actor_for(o)) is not None
        ),
        None,
    )


def co_targets(verb: Token, target: Actor | None, found: DocActors, root: str = "") -> list[Actor]:
    """The other targets of a verb whose target is a list ("travelled to Ethiopia, Uganda and Egypt"): one
    event each, as CAMEO codes a visit to each country."""
    if target is None:
        return []
    out: list[Actor] = []
    for token in _target_tokens(verb, root):
        actor = found.actor_for(token)
        if actor is None or actor.id != target.id:
            continue
        for other in token.conjuncts:
            actor = found.actor_for(other)
            if actor is not None and actor.id != target.id and actor.id not in {a.id for a in out}:
                out.append(actor)
    return out


REJECTED_TALKS = "125"  # CAMEO: reject proposal to meet, discuss, or negotiate
NOUN_CONFIDENCE = 0.7  # a named act with both participants: below a main verb, above the store's floor
# Prepositions that name the participant of a conflict noun, besides the verb's: "the war in Ukraine".
NOUN_PREPOSITIONS = TARGET_PREPOSITIONS | {"of", "in", "over"}


def _theatre_name(word: Token, noun: Token, actor: Actor) -> bool:
    """Is the word a state's bare name in front of a noun of war ("the Ukraine invasion")? News names a war by
    where it is fought; its doer by an adjective or a possessive ("the Russian invasion", "Russia's war")."""
    return (
        word.dep_ == "compound"
        and word.pos_ == "PROPN"
        and actor.kind == "state"
        and actor.sector is None  # "the Kremlin invasion" names its doer
        and noun.lemma_.lower() in THEATRE_NOUNS
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "against", "on") for c in noun.children)
    )  # "Russia invasion of Ukraine" (the possessive lost in translation) names the victim after it


def _noun_source(noun: Token, found: DocActors, carried: bool = False) -> Actor | None:
    """The actor an event noun names as its doer: a possessor ("Russia's invasion"), or an actor word in front
    ("the Russian invasion", "EU sanctions", "Moscow's strikes")."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            actor = found.actor_for(child)
            if actor is not None and _theatre_name(child, noun, actor):
                continue  # "the Ukraine invasion", "the Iraq war": a country's name in front is where it is fought
            if actor is not None:
                return actor
    if not carried:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in noun_lexicon():
        noun = noun.head.head  # "waging a war of aggression against Ukraine": the war's doer
    if noun.dep_ == "dobj" and _carries(noun.head, "") and (subject := _source(noun.head)) is not None:
        return found.actor_for(subject)  # "Russia has been waging a war": the one who carries it on
    return None


DIRECTED_PREPOSITIONS = {"on", "against", "to", "into", "at", "toward", "towards", "in", "of", "for"}
# Nouns of acts whose "from" phrase names where they move away from, not who does them: "the withdrawal from
# Kherson", "the expulsion from the country" (CAMEO 08 yield, 17 coerce).
AWAY_ROOTS = {"08", "17"}


def _doer_phrase(noun: Token, root: str, found: DocActors) -> tuple[Actor, Token] | None:
    """The actor an event noun names as its doer in a "by" or "from" phrase ("attacks by Russian forces",
    "military aid from Norway", "attacks from the Ukrainian side"), with the word that names it; not the place a
    withdrawal or an expulsion leaves."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
            continue
        if prep.lower_ == "from" and root[:2] in AWAY_ROOTS:
            continue
        for word in prep.children:
            actor = found.actor_for(word) if word.dep_ == "pobj" else None
            if actor is not None and event_code(actor):
                return actor, word
    return None


# The prepositions by which a noun of war names only whom it struck ("aggression on Ukraine", "attacks against
# Kyiv", "the incursion into Russia"); not "of", by which translated news as often names the doer ("the invasion of
# Russia to Ukraine") as the victim.
STRUCK_PREPOSITIONS = {"on", "against", "into"}
STATE_SIDES = {None, "GOV", "MIL"}  # a state at war, its government or its forces; not its civilians


def _struck(noun: Token, found: DocActors) -> Actor | None:
    """The one an act named as a passive verb's agent is done to ("the fighters were covered by EU sanctions",
    "mercenaries hit by EU sanctions"): the verb's subject, or the noun a participle describes."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return None
    verb = noun.head.head
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        patient = verb.head
    return _actor_of(patient, found) if patient is not None else None


def _noun_events(
    sent: DocSpan, coded: set[int], found: DocActors, book: dict, reference: date | None, article: Article
) -> list[tuple[float, Event, bool]]:
    """Events named by nouns with a participant: "a meeting with Lavrov", "Russia's strikes on Kyiv", "the
    Russian invasion of Ukraine". The source is the actor in front of the noun, else the subject of the verb
    that carries the noun phrase; the target is the participant after a preposition.

    The third item says whether the noun is *background*: an act named in passing ("since Russia's invasion of
    Ukraine", "condemned Russia's war", "throughout Moscow's invasion") rather than told as done by a verb that
    carries it ("launched an invasion", "continue their siege", "held talks"). Background is an event the
    article asserts, but not a new occurrence: it is undated, takes no negation from the verb it sits under
    ("urged not to call Russia's invasion a crisis"), and counts once per article (``fold_background``)."""
    out = []
    nouns = noun_lexicon()
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i in coded:
            continue
        if noun.dep_ == "dobj" and _arms_handed_over(noun.head):
            continue  # "sent missiles to Ukraine": the arms handed over are the aid, no strike
        if noun.lemma_.lower() in TRADER_NOUNS:
            out.extend(_trader_event(noun, found, book, reference))
            continue
        code = nouns.get(noun.lemma_.lower())
        # "NATO's military support for Kyiv", "support, including weapons supplies": support given, by its kind
        given = (
            code is None
            and noun.lemma_.lower() in SUPPORT_NOUNS
            and (code := _support_kind(noun)) is not None
        )
        if noun.lemma_.lower() == "call" and (
            noun.dep_ == "pobj"
            and noun.head.lower_ in SETTINGS
            or any(c.lower_ in ("phone", "telephone", "video") for c in noun.children)
        ):
            code = "040"  # "on a call", "in a phone call"; not "calls for a ceasefire"
        if noun.lemma_.lower() == "strike" and code is not None:
            code = (
                "195"  # a strike on an actor (the participant below is required) is an attack, not a walkout
            )
        if code is not None and _joint(noun):
            code = "062"
        if code is not None and code[:2] == "07" and _sought(noun):
            code = APPEALS_FOR_AID.get(
                code[:3], "023"
            )  # "turned to North Korea for military aid": asked, not given
        if code is None or _unarmed(noun):
            continue
        # "peace talks with Russia remain out of the question," an official said: the speaker's side rejects
        # talks (CAMEO 125), none held
        rejected = code[:2] == "04" and ruled_out(noun)
        info = book.get(REJECTED_TALKS if rejected else code)
        if info is None:
            continue
        held = _collection(
            noun
        )  # "adopted a new package of sanctions": the package stands where the noun would
        source = _noun_source(noun, found) or (_noun_source(held, found) if held is not noun else None)
        prepositions = NOUN_PREPOSITIONS if info.quad == 4 else TARGET_PREPOSITIONS | {"of"}
        if info.root == "04":
            prepositions = prepositions - TOPIC_PREPOSITIONS  # "talks with Beijing on Russia": the topic
        doer = _doer_phrase(noun, info.root, found) if source is None else None
        if doer is not None:
            source = doer[0]  # "attacks by Russian forces on Kharkiv", "aid from Norway to Sweden"
            # "the threat from Russia [discussed] with the Polish leader": the small model runs the clause's
            # "with" phrase on into the noun; an act with a named doer is aimed by a preposition of direction
            prepositions = prepositions & DIRECTED_PREPOSITIONS
        target = _participant(noun, found, prepositions)
        if target is None and source is not None and info.root in ("02", "10"):
            target = _answerer(noun, source, found)  # "Kyiv rejected Moscow's demands": made of Kyiv
        if target is None and doer is not None:
            # the small model hangs "on Kharkiv" on the doer as often as on the act
            target = _participant(doer[1], found, prepositions)
        if target is None and held is not noun:
            target = _participant(held, found, TARGET_PREPOSITIONS)
        if target is None:
            target = _struck(noun, found)  # "the fighters were covered by EU sanctions"
        purpose = (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and info.quad in (1, 2)
            and verb_lemma(noun.head.head) not in SEEKING_VERBS
        )
        # "Russia and Belarus engaged in joint drills", "took part in talks": the act its subject takes part in
        purpose |= (
            noun.dep_ == "pobj" and noun.head.lower_ == "in" and verb_lemma(noun.head.head) in PARTAKE_VERBS
        )
        carried = False
        partner = carrier = None
        if source is None and (held.dep_ == "dobj" or purpose):
            # "led a delegation for a meeting with Lavrov": the subject of the verb that carries the noun; not
            # for any noun in the clause ("he based it on the 2014 annexation" is not his annexation), and not
            # a conflict noun after "for", which is a reason ("hit Russia with sanctions for the attack on
            # Ukraine" is not an attack of the sanctioner's)
            carrier = _governing_verb(held if held.dep_ == "dobj" else noun.head)
            # only a verb that carries the act makes its subject the doer ("held talks", "launched a war");
            # "described the war in Ukraine" is about the war, not a war of the speaker's
            if carrier is not None and (purpose or _carries(carrier, info.root)):
                subject = _source(carrier)
                source = found.actor_for(subject) if subject is not None else None
                carried = source is not None
                if (
                    subject is not None
                    and info.root in RECIPROCAL_ROOTS
                    and not any(c.dep_ == "preconj" for c in subject.children)
                ):
                    # "Russia and Belarus held joint drills": the pair did it together; "engaged in drills with
                    # Belarus": the small model hangs the partner on the verb as often as on the noun
                    partner = next(
                        (found.actor_for(c) for c in subject.children if c.dep_ == "conj"), None
                    ) or next(
                        (
                            a
                            for p in carrier.children
                            if p.dep_ == "prep" and p.lower_ == "with"
                            for g in p.children
                            if g.dep_ == "pobj" and (a := found.actor_for(g)) is not None
                        ),
                        None,
                    )
        elif held.dep_ == "dobj" and (carrier := _governing_verb(held)) is not None:
            carried = _carries(carrier, info.root)  # "Russian forces continue their siege of Mariupol"
        if (
            source is None
            and info.root == "04"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in SETTINGS
            and (carrier := _governing_verb(noun)) is not None
            and (subject := _source(carrier)) is not None
        ):
            # the call or meeting in which one spoke to another ("Biden told Zelensky on a call"): both its sides
            source = found.actor_for(subject)
            other = next((c for c in carrier.children if c.dep_ in ("dobj", "dative")), None)
            target = target or (found.actor_for(other) if other is not None else None)
            carried = source is not None
        if source is None and target is not None and (info.quad in (1, 2) or rejected) and info.root != "07":
            # "talks with the USA have not ended," the minister said: talks of the speaker's own side
            speaker = next(
                (
                    found.actors.get(q.speaker_actor)
                    for q in article.quotes
                    if q.speaker_actor and q.content_span.start <= noun.idx < q.content_span.end
                ),
                None,
            )
            source = speaker if speaker is not None and event_code(speaker) else None
        target = target or partner
        if target is None and carried and carrier is not None:
            # "Denmark sent 2 billion euros in military assistance to Sweden", "adopted sanctions against Russia":
            # the parser hangs the recipient on the verb that carries the act as often as on the act
            target = next(
                (
                    a
                    for t in _target_tokens(carrier, info.root)
                    if t.dep_ == "pobj"
                    and (a := _actor_of(t, found)) is not None
                    and a.id != (source.id if source else None)
                ),
                None,
            )
        if target is None and carried and info.root in AID_ROOTS and source is not None:
            # "… an aid package for Ukraine. The House approved the assistance"
            target = _earlier_recipient(noun, source, found)
        if (
            source is None
            and target is None
            and info.root in RECIPROCAL_ROOTS
            and (pair := _between(noun, found))
        ):
            source, target = pair  # "talks between Russia and Ukraine", "the meeting between Biden and Xi"
        if (
            target is None
            and source is not None
            and (noun.lemma_.lower() in WAR_NOUNS or info.root == "15")
            and source.kind == "state"
            and noun.dep_ != "compound"
            # "the Russia-Ukraine war" names its two sides, not which one waged it on a third
            and sum(1 for t in noun.lefts for w in t.subtree if w.i in found.by_token) < 2
            and not _names_place(noun)  # "Russia's hybrid war against Europe": aimed at another
        ):  # not "US war fighting"
            # "Russia's invasion", "the Russian troop buildup": the article's war in Ukraine, unless the sentence
            # says who faces this one ("Moldova has been facing … Russian aggression": Moldova)
            facer = _facer(noun)
            moved = _destination(noun, source, found) if info.root == "15" else None
            if moved is not None:
                target = moved  # "the deployment of those weapons to Belarus": where the force is put
            elif facer is None:
                target = _war_party(source, noun, found)
            elif (faced := found.actor_for(facer)) is not None and faced.kind == "state":
                target = faced if faced.country != source.country else None
                party = _war_party(source, noun, found) if noun.lemma_.lower() == "aggression" else target
                if target is not None and (party is None or party.country != target.country):
                    # "aggression" names hostile pressure as often as armed force: faced by a state that is
                    # not the other side of the source's war, it tells of no armed attack (CAMEO 19)
                    target = None
        if (
            target is None
            and source is not None
            and info.root == "19"
            and source.country
            # the doer named as such ("attacks from the Ukrainian side", "Ukraine's attacks"); a place in front
            # is where the blow fell ("the Kyiv City strike")
            and (
                doer is not None
                or any(c.dep_ in ("poss", "amod") and found.actor_for(c) for c in noun.children)
            )
        ):
            target = _other_side(source, noun, found)  # the other side of the article's war
        doerless = (
            source is None
            and target is not None
            and info.root == "19"
            and target.kind == "state"
            and _participant(noun, found, STRUCK_PREPOSITIONS) == target
        )
        if doerless and target is not None:
            # "activities carried out during aggression on Ukraine": an act of war named by whom it struck alone
            # is the other side's, when the article's acts of war pair the sides unambiguously
            side_ = _other_side(target, noun, found)
            source = side_ if side_ is not None and side_.sector in STATE_SIDES else None
        if target is None or source is None or source.id == target.id:
            continue
        verb = _governing_verb(noun)
        # an act the noun names as known ("Russia's war in Ukraine will only end when …") is not made
        # hypothetical by its clause's modal; an indefinite one is ("a Russian invasion would be horrific")
        known = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children)
        # "the Russian invasion may begin": a known act's start is told, with its modality
        starts = (
            verb is not None
            and noun.dep_ in ("nsubj", "nsubjpass")
            and verb_lemma(verb) in ("begin", "start")
        )
        inherit = verb is not None and not (known and noun.dep_ in ("nsubj", "nsubjpass") and not starts)
        # "the attack on Ukraine would include …": an act whose doer is inferred is no known act
        inherit |= verb is not None and doerless
        negated, hypothetical = modality(verb) if verb is not None and inherit else (False, False)
        hypothetical |= info.quad in (2, 4) and verb is not None and inherit and conditional(verb)
        hypothetical |= (
            supposed(noun)
            or disputed(noun)
            or unrealised(noun)
            or claimed(noun)
            or (verb is not None and inherit and unasserted(verb))
        )
        if (
            not carried
            and verb is not None
            and noun.dep_ == "pobj"
            and verb_lemma(verb) in HARM_VERBS
            and not (noun.head.lower_ == "during" and noun.lemma_.lower() in THEATRE_NOUNS)
        ):
            # "five people were killed in Russian rocket strikes on …": the strike is the news; not "died during
            # Russia's invasion", the war as the time of a death
            carried = True
        if rejected:
            # the rejection is the news, told by its own verb ("remain out of the question", not "would")
            carried = True
            negated, hypothetical = modality(verb) if verb is not None else (False, False)
        if not carried and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            continue  # "its war", "their invasion" named in passing: whose is a guess from the nearest name
        background = not carried
        # "NATO's military support for Ukraine": support a named state gives is told as given, not as to come,
        # and known even in another's words (as a known act is, below)
        owned = given and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
        if (
            background
            and info.quad in (1, 2)
            and not (noun.dep_ == "nsubj" and not hypothetical)
            and not (owned and not (unrealised(noun) or disputed(noun)))
        ):
            # talks, agreements and aid named in passing are as often to come ("offered to discuss an agreement",
            # "a call is scheduled", "at his first meeting with X, Sunak will …") as done: kept only as the
            # subject of what is told as happening ("talks with the USA have not yet ended")
            continue
        if background:
            negated = False  # the verb's "not" denies the verb ("not to call it a crisis"), not the act named
            if known and not starts and not doerless:
                # "whether the quarrel was related to the Russian invasion": the act named as known is presupposed
                hypothetical = unrealised(noun) or disputed(noun)
            # "vulnerable to an invasion by Moscow", "threatened by a Russian attack": force named in passing with
            # "a" is a kind or a prospect, not a use of force the article tells ("an ICC warrant" is one, though)
            hypothetical |= info.root in FORCE_ROOTS and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
            )
        earlier = (
            background or told_earlier(noun, reference) or verb is not None and told_earlier(verb, reference)
        )
        confidence = NOUN_CONFIDENCE if carried else BACKGROUND_CONFIDENCE
        event = coded_event(
            info,
            source,
            target,
            negated=negated,
            hypothetical=hypothetical,
            date=None if earlier else sentence_date(sent.text, reference) or reference,
            sentence=Span(sent.start_char, sent.end_char),
            trigger=Span(noun.idx, noun.idx + len(noun.text)),
            confidence=confidence,
        )
        out.append((-confidence, event, background))
        for listed in _co_participants(noun, source, target, found):
            out.append(
                (-confidence, replace(event, target=event_code(listed), target_actor=listed.id), background)
            )
    return out


# Who trades, named by a noun said of an actor: "X is one of the largest buyers of Russian oil" (CAMEO 061 cooperate
# economically, which includes trade): the actor trades with the one the goods or the buyer belong to.
TRADER_NOUNS = {"buyer", "importer", "purchaser", "customer", "supplier", "exporter", "seller"}
TRADE_CODE = "061"
COPULAS = {"be", "become", "remain"}


def _trader_event(
    noun: Token, found: DocActors, book: dict, reference: date | None
) -> list[tuple[float, Event, bool]]:
    """The trade a trader noun tells of the actor it is said of, by a copula ("China is the largest buyer of
    Russian oil", "they are among the main suppliers of Russia") or in apposition ("India, a major importer of
    Russian oil, …"), with the actor its "of", "from" or "to" phrase or its possessor names."""
    said = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        # "one of the buyers": what "one" is said of; "among the buyers": the copula's phrase
        said = noun.head.head if noun.head.lower_ == "of" else noun.head
    verb: Token | None = said.head
    subject: Token | None = None
    if said.dep_ == "appos":
        subject, verb = said.head, _governing_verb(said.head)
    elif said.dep_ in ("attr", "prep") and said.head.lemma_.lower() in COPULAS:
        subject = next((c for c in said.head.children if c.dep_ == "nsubj"), None)
    else:
        return []
    source = _actor_of(subject, found)
    target = _participant(noun, found, {"of", "from", "to"}) or next(
        (a for c in noun.children if c.dep_ == "poss" and (a := found.actor_for(c)) is not None), None
    )
    if source is None or target is None or source.id == target.id:
        return []
    negated, hypothetical = modality(verb) if verb is not None else (False, False)
    hypothetical |= verb is not None and unasserted(verb)
    sent = noun.sent
    event = coded_event(
        book[TRADE_CODE],
        source,
        target,
        negated=negated,
        hypothetical=hypothetical,
        date=None if told_earlier(noun, reference) else sentence_date(sent.text, reference) or reference,
        sentence=Span(sent.start_char, sent.end_char),
        trigger=Span(noun.idx, noun.idx + len(noun.text)),
        confidence=NOUN_CONFIDENCE,
    )
    return [(-NOUN_CONFIDENCE, event, False)]


def _answerer(noun: Token, source: Actor, found: DocActors) -> Actor | None:
    """Whom an appeal or demand named as an object was made of: the one who answers it ("Kyiv rejected Moscow's
    demands", "accused the US of ignoring Russia's demands": the US), never its maker."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    subject = _source(verb)
    if subject is None and verb.dep_ == "pcomp":
        # "accused the US of ignoring …": the one charged with the verb (the small model hangs "of" on the verb
        # or on the charged, "the US and its allies of ignoring")
        charged = verb.head.head
        while charged.dep_ == "conj":
            charged = charged.head
        if charged.pos_ == "VERB":
            charged = next((c for c in charged.children if c.dep_ == "dobj"), charged)
        subject = charged if charged.dep_ == "dobj" else None
    actor = _actor_of(subject, found) if subject is not None else None
    if actor is None or not event_code(actor) or (actor.country or actor.id) == (source.country or source.id):
        return None
    return actor


# Sums that measure aid: "2 billion euros in military assistance", "$500 million of aid".
AMOUNT_NOUNS = {
    "dollar",
    "euro",
    "pound",
    "franc",
    "yen",
    "rouble",
    "ruble",
    "hryvnia",
    "billion",
    "million",
    "worth",
    "package",
    "tranche",
}
# Nouns that count acts of one kind: "a new package of sanctions", "a fresh round of talks", "a wave of strikes".
COLLECTIVE_NOUNS = {
    "package",
    "round",
    "set",
    "series",
    "wave",
    "barrage",
    "batch",
    "tranche",
    "raft",
    "volley",
    "salvo",
    "string",
    "spate",
}


def _collection(noun: Token) -> Token:
    """The noun that counts an act ("a package of sanctions": package; "2 billion euros in military assistance":
    euros), which stands in the clause where the act's noun would; the noun itself when nothing counts it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COLLECTIVE_NOUNS:
        return noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("of", "in")
        and noun.head.head.lemma_.lower() in AMOUNT_NOUNS
    ):
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        # the parser hangs "in military assistance" on the verb as often as on the sum
        return next(
            (c for c in noun.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in AMOUNT_NOUNS),
            noun,
        )
    return noun


def _earlier_recipient(noun: Token, source: Actor, found: DocActors) -> Actor | None:
    """The recipient of aid named by a definite noun with none of its own ("the House approved the assistance"):
    the recipient the article named for aid last before it ("a vote on an aid package for Ukraine"), the same aid
    told again, when it is another side than the giver."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    for other in reversed(noun.doc[: noun.i]):
        if other.pos_ != "NOUN" or noun_lexicon().get(other.lemma_.lower(), "")[:2] not in AID_ROOTS:
            continue
        # "an aid package for Ukraine": the package the aid names holds the recipient
        holder = other.head if other.dep_ == "compound" else other
        actor = _participant(holder, found, {"to", "for"})
        if actor is not None:
            return actor if (actor.country or actor.id) != (source.country or source.id) else None
    return None


def _between(noun: Token, found: DocActors) -> tuple[Actor, Actor] | None:
    """The two sides a noun of an act done together names with "between" ("talks between Russia and Ukraine")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        first = next((g for g in prep.children if g.dep_ == "pobj"), None)
        second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        one = found.actor_for(first) if first is not None else None
        other = found.actor_for(second) if second is not None else None
        if (
            one is not None
            and other is not None
            and event_code(one)
            and event_code(other)
            and one.id != other.id
        ):
            return one, other
    return None


def _co_participants(noun: Token, source: Actor, target: Actor, found: DocActors) -> list[Actor]:
    """The other participants of an event noun whose participant is a list ("talks with the USA and NATO"): one
    event each, as ``co_targets`` does for a verb's list of objects. Only for acts done with others (talks,
    agreements, aid): after a conflict noun the small model runs the list on into the clause that follows ("since
    Russia's invasion of Ukraine, the U.S. and EU have levied sanctions")."""
    out: list[Actor] = []
    if noun_lexicon().get(noun.lemma_.lower(), "")[:2] not in RECIPROCAL_ROOTS | AID_ROOTS:
        return out
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            first = found.actor_for(pobj) if pobj.dep_ == "pobj" else None
            if first is None or first.id != target.id:
                continue
            out += listed_actors(pobj, found, {source.id, target.id, *(a.id for a in out)})
    return out


# A war named without its other side ("Russia's invasion", "the Russian aggression") is the one the article names
# elsewhere with its theatre ("the war in Ukraine").
WAR_NOUNS = {"invasion", "war", "aggression", "offensive"}
# Words that make a war one fought by other means ("a hybrid war", "an economic war", "a charm offensive"): no use
# of armed force, which CAMEO 19 codes.
UNARMED_WORDS = {
    "hybrid",
    "economic",
    "information",
    "informational",
    "energy",
    "gas",
    "oil",
    "trade",
    "tariff",
    "price",
    "currency",
    "sanction",
    "propaganda",
    "disinformation",
    "media",
    "psychological",
    "cognitive",
    "cultural",
    "culture",
    "political",
    "diplomatic",
    "legal",
    "charm",
    "cold",
}


def _unarmed(noun: Token) -> bool:
    """Is the war, attack or offensive one fought by other means ("Russia's hybrid war against Europe")?"""
    return noun.lemma_.lower() in THEATRE_NOUNS | {"attack", "campaign"} and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in UNARMED_WORDS for c in noun.children
    )


def _names_place(noun: Token) -> bool:
    """Does a phrase of the war noun (or of the verb that shows force) name a place or a party that is not a known
    actor ("Russia's hybrid war against Europe", "Germany's invasion of the USSR", "aggression in the Black Sea")?
    Its target is that one, never the article's war by default."""
    return any(
        g.dep_ == "pobj"
        and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "NORP", "FAC"))
        and g.ent_type_ not in ("DATE", "TIME")
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in DIRECTED_PREPOSITIONS | {"over"}
        for g in p.children
    )


# Words by which news names the theatre of that war without an act of its own ("the conflict in Ukraine", "a
# method of warfare in Ukraine", "the fighting in Ukraine"): they tell its other side, never an event.
THEATRE_NOUNS = WAR_NOUNS | {"conflict", "warfare", "fighting", "hostilities", "battlefield", "frontline"}


def _reporting_victim(verb: Token, source: Actor, found: DocActors, article: Article) -> Actor | None:
    """The state an attack told with no target was aimed at, when the state's own side reports it ("Ukraine's air
    force said Russia fired 4 ballistic missiles overnight"): the speaker's state, if it is the theatre of the war
    the article tells (a third party's report, "the UK defence ministry said Russia fired …", or a leader's remark
    about the war elsewhere names no victim)."""
    for quote in article.quotes:
        if not (quote.content_span.start <= verb.idx < quote.content_span.end and quote.speaker_actor):
            continue
        speaker = found.actors.get(quote.speaker_actor)
        country = speaker.country if speaker is not None else None
        if not country or country == source.country:
            return None
        theatre = _war_party(source, verb, found) if source.country else None
        if theatre is None or theatre.country != country:
            return None
        return found.actors.get(country) or Actor(
            id=country, name=country, code=country, country=country, kind="state"
        )
    return None


def _war_mentions(doc: Doc, found: DocActors) -> list[tuple[int, Actor | None, Actor | None]]:
    """The article's mentions of a war with the theatre and the doer each names (worked out once per Doc:
    every war word's other side is read from them)."""
    mentions = found.memo.get("war_mentions")
    if mentions is None:
        mentions = [
            (other.i, _theatre(other, found), _noun_source(other, found))
            for other in doc
            if other.pos_ == "NOUN" and other.lemma_.lower() in THEATRE_NOUNS and not _unarmed(other)
        ]
        found.memo["war_mentions"] = mentions
    return mentions  # type: ignore[return-value]


def _war_party(source: Actor, noun: Token, found: DocActors) -> Actor | None:
    """The other side of a war named without one: the state the article's other mentions of such a war name as
    its theatre or victim ("the war in Ukraine", "the invasion of Ukraine"), when they name exactly one, and when
    the source is a side of that war: a war another doer wages ("America's war in Iraq") names no theatre of the
    source's, and a state the article never names as a doer or theatre of its wars ("Chinese aggression" in a
    story of Russia's invasion of Ukraine) wages none of them."""
    parties: dict[str, Actor] = {}
    sides: set[str] = set()
    doers: set[str] = set()
    for i, actor, doer in _war_mentions(noun.doc, found):
        if i == noun.i:
            continue
        if actor is not None and doer is not None and doer.country and actor.country != doer.country:
            doers.add(doer.country)
            sides |= {doer.country, actor.country or actor.id}
            if doer.country != source.country:
                continue  # another side's war: its theatre is not the source's
        if actor is not None and actor.kind == "state" and actor.country != source.country:
            # "the war in Ukraine" and "the war against Ukraine's government" name one party: a country
            key = actor.country or actor.id
            if key not in parties or actor.id == key:
                parties[key] = actor
    party = next(iter(parties.values())) if len(parties) == 1 else None
    if doers and source.country not in sides:
        return None  # not a side of the wars the article names with their doers
    if party is None or _elsewhere(source, party, noun, found):
        return None  # "Israel's war … aid in Gaza" in a story of the war in Ukraine: not that war's act
    return party


# Verbs whose object is a hostile act someone is under: its subject is the one the act is aimed at.
FACING_VERBS = {"face", "confront", "endure", "suffer", "withstand", "experience"}


def _facer(noun: Token) -> Token | None:
    """Who faces the act the noun names ("Moldova has been facing inflation … and Russian aggression", "partners
    facing Chinese aggression"): the subject of a facing verb whose object (or one of a list of them) it is, or
    the noun such a participle describes; the agent of a facing participle or the subject of a facing clause
    that describes the act ("the aggression faced by Taiwan", "the aggression Moldova faces")."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in FACING_VERBS:
            facer = next(
                (
                    g
                    for c in clause.children
                    for g in ([c] if c.dep_ == "nsubj" else [g for g in c.children if c.dep_ == "agent"])
                    if g.dep_ in ("nsubj", "pobj") and g.lower_ not in RELATIVE_PRONOUNS
                ),
                None,
            )
            if facer is not None:
                return facer
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in FACING_VERBS:
        return None
    if verb.dep_ == "acl":
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb)


def _destination(word: Token, source: Actor, found: DocActors) -> Actor | None:
    """The state a force posture word moves forces to ("the deployment of nuclear weapons to Belarus"; the small
    model hangs "to Belarus" on the noun or on the verb that announces it)."""
    return next(
        (
            a
            for p in (*word.children, *(g for c in word.children if c.dep_ == "dobj" for g in c.children))
            if p.dep_ == "prep" and p.lower_ in ("to", "into")
            for t in p.subtree
            if (a := found.actor_for(t)) is not None and a.kind == "state" and a.country != source.country
        ),
        None,
    )


def _elsewhere(source: Actor, party: Actor, noun: Token, found: DocActors) -> bool:
    """Does the war word's own sentence place it in another land ("how it supports Israel's war unless Israel
    allows more aid in Gaza")? A place phrase naming a state other than both sides."""
    for word in noun.sent:
        if word.dep_ == "pobj" and word.head.lower_ in ("in", "into", "on", "over"):
            actor = found.actor_for(word)
            if (
                actor is not None
                and actor.kind == "state"
                and actor.country not in (source.country, party.country)
            ):
                return True
    return False


def _other_side(source: Actor, noun: Token, found: DocActors) -> Actor | None:
    """The other side of the war the article tells, for an attack by one of its sides named with no target ("a
    response to the attacks from the Ukrainian side"): the article's acts of war that name both their doer and
    where they struck ("Russia's strikes on Ukraine", "Russia's war in Ukraine") pair the sides; the source must
    be a side of exactly one such pair."""
    others: dict[str, Actor] = {}
    acts = found.memo.get("acts_of_war")
    if acts is None:  # (worked out once per Doc)
        acts = [
            (other.i, _noun_source(other, found), _participant(other, found, DIRECTED_PREPOSITIONS))
            for other in noun.doc
            if other.pos_ == "NOUN"
            and (
                (lemma := other.lemma_.lower()) in THEATRE_NOUNS
                or lemma == "strike"
                or noun_lexicon().get(lemma, "")[:2] == "19"
            )
        ]
        found.memo["acts_of_war"] = acts
    for i, doer, struck in acts:  # type: ignore[attr-defined]
        if i == noun.i or doer is None or struck is None or not doer.country or not struck.country:
            continue
        for side_, foe in ((doer, struck), (struck, doer)):
            if foe.country and side_.country == source.country and foe.country != source.country:
                others.setdefault(foe.country, foe)
    return next(iter(others.values())) if len(others) == 1 else None


# Verbs by which news tells armed forces at war without naming whom they fight ("the troops fought bravely").
FIGHT_VERBS = {"fight", "battle"}
# Prepositions naming whom, or beside whom, one fights ("fight against disinformation", "alongside the allies").
FOE_PREPOSITIONS = {"against", "with", "alongside", "beside", "on", "over"}


def _fights_unnamed(verb: Token, source: Actor) -> bool:
    """Does a state or its armed forces fight with no object and no phrase naming a foe or an ally ("Sweden's
    armed forces continue to fight bravely"; not "fight corruption", "fight against disinformation", "fight
    alongside the allies")?"""
    return (
        verb_lemma(verb) in FIGHT_VERBS
        and source.sector in (None, "MIL")
        and source.kind in ("state", "organisation")
        and not any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
            or c.dep_ == "prep"
            and c.lower_ in FOE_PREPOSITIONS
            for c in verb.children
        )
    )


def _theatre(noun: Token, found: DocActors) -> Actor | None:
    """The state a war word names as its theatre or victim: its own participant ("the invasion of Ukraine"), or,
    as the small model hangs "in Ukraine" on the verb as often as on the noun, a place phrase right after it
    ("used chemical weapons as a method of warfare in Ukraine")."""
    actor = _participant(noun, found, NOUN_PREPOSITIONS)
    if actor is not None or noun.lemma_.lower() in WAR_NOUNS:
        return actor
    after = noun.doc[noun.i + 1 : noun.i + 4]
    prep = next((t for t in after if t.dep_ == "prep" and t.lower_ in ("in", "over", "against")), None)
    return (
        next((a for g in prep.children if g.dep_ == "pobj" and (a := found.actor_for(g)) is not None), None)
        if prep is not None
        else None
    )


SETTINGS = {"on", "in", "during", "at"}  # "told Zelensky on a call", "assured him in a phone call"
# Verbs of harm whose "in"/"by" phrase names the act that did it ("killed in strikes on Kyiv").
# Verbs by which a subject takes part in the act an "in" phrase names.
PARTAKE_VERBS = {"engage", "participate"}  # not "take sides in the war", "joined in the criticism"
HARM_VERBS = {"kill", "injure", "wound", "destroy", "damage", "hit", "die"}
BACKGROUND_CONFIDENCE = 0.6  # an act named in passing: stored at the floor, undated, once per article


def _carries(verb: Token, root: str) -> bool:
    """Does the verb tell the act its object names as done by its subject ("held talks", "launched a war")?
    "had a call" carries a meeting; "has a warning against Ukraine" (an advisory) carries no threat."""
    lemma = verb_lemma(verb)
    if lemma == "have":
        return root == "04"
    return (
        lemma in LIGHT_VERBS | CARRIER_VERBS
        or root in GROWN_ROOTS
        and lemma in GROWTH_VERBS
        or root in VOICED_ROOTS
        and lemma in VOICING_VERBS
    )


# Verbs of more that tell the cooperation or aid their object names as done, and done more ("increased its oil
# imports from Russia", "stepped up its military support"), as PETRARCH codes "boost aid", "increase exchanges".
GROWTH_VERBS = {"increase", "boost", "expand", "double", "triple", "raise", "ramp", "deepen", "strengthen"}
GROWN_ROOTS = {"06", "07"}


def _governing_verb(token: Token) -> Token | None:
    """The verb a word's phrase belongs to, walking up from its head ("decides not to launch an invasion" →
    launch), or None when the walk ends at a root that is no verb."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.i != head.head.i:
        head = head.head
    if head.dep_ == "xcomp" and token.head == head and token in _objects(head.head):
        return head.head  # "launching withering criticism": the adjective the small model read as a verb
    return head if head.pos_ in ("VERB", "AUX") and head.i != token.i else None


# Verbs of seeking: aid "for" which one turns to someone, or aid one seeks or requests, is asked for (CAMEO 023).
AID_SEEKING_VERBS = {"turn", "look", "ask", "appeal", "beg", "plead", "apply", "seek", "request"}
APPEALS_FOR_AID = {"070": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234"}


def _sought(noun: Token) -> bool:
    """Is the aid the noun names asked for ("turned to Pyongyang for military aid", "sought aid from Berlin")?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and verb_lemma(head) in AID_SEEKING_VERBS


def extract_events(
    doc: Doc, article: Article, found: DocActors, candidates: bool = False
) -> tuple[Event, ...]:
    """Stored events in text order within each sentence, the sentence's main verb first. With ``candidates``,
    every coded action instead, resolved or not (what code-only benchmarks score: their gold has no actors)."""
    book = codebook()
    cues = {q.cue_span.start: q for q in article.quotes if q.cue_span is not None}
    found = speakers_possessives(doc, article, found)  # "Poland said its troops …": Poland's
    events: list[tuple[float, Event, bool]] = []
    unaddressed: set[int] = set()  # trigger starts of acts of words made to no actor
    for sent in doc.sents:
        text = sentence_text(sent[0])  # (spaCy's sent.text rebuilds it token by token on each call)
        if FURNITURE.match(text.strip()):
            continue  # "See the video of …", "Read also: …": links, not the report
        if gerund_item(sent):
            continue  # "• Encouraging Ukraine to cede territory": an option or policy named, not an act told
        post = next((p for p in article.posts if p.span.start <= sent.start_char < p.span.end), None)
        reference = post.date if post is not None and post.date else article.date
        coded_nouns: set[int] = set()
        folded: set[int] = set()
        words = list(sent)  # (made once: spaCy makes each word anew on every pass over the sentence)
        for v in words:
            lemma = verb_lemma(v)  # (once per word: the coder asks it of every word of every sentence)
            wrapper = WRAPPER_VERBS.get(lemma)
            if wrapper and (w := _wrapped(v)) is not None:
                folded.add(w.i)
            if lemma in DECLARE_VERBS and (w := _intended(v)) is not None:
                folded.add(w.i)  # the declared act is the event
            if wrapper in ("appeal", "demand"):
                folded.update(w.i for w in _asked_too(v))  # "urged X to A, to B and to C": all asked
        listed = is_list_item(sent)
        for verb in words:
            if verb.pos_ not in ("VERB", "AUX") or verb.i in folded:
                continue
            if verb.dep_ == "amod" and not (
                verb.head.dep_ == "dobj"
                and verb.head.head.i < verb.i
                and verb.head.head.pos_ in ("VERB", "PROPN")
            ):
                continue  # a participle describing a noun ("increased weapons supplies") tells no act
            code = _code_for(verb)
            info = book.get(code) if code else None
            if code is None and verb_lemma(verb) in HALT_VERBS and _others_act(verb):
                # "ended the Russian threat to Kyiv": the act is told as halted, no act of its doer's told
                coded_nouns.update(c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
            if info is None or _idiom(verb):
                continue
            if info.root == "05" and _backs_hostile_act(verb):
                continue  # "supports the invasion of Ukraine": backing an act against Ukraine is no support of it
            is_say = info.code in SAY_CODES
            if is_say and verb.idx in cues and not candidates:
                continue  # a reporting verb already stored as a statement
            source, target = _actors(verb, found, info.root)
            said_by = cues[verb.idx].speaker_actor if verb.idx in cues else None
            subject = _source(verb)
            if said_by is None and subject is not None and subject.lower_ in SELF_PRONOUNS:
                said_by = speaker_of(verb, subject, article)
            if (
                said_by in found.actors
                and (
                    subject is None
                    or subject.pos_ == "PRON"
                    and topic_actor(subject, found) is None
                    or _bare_office(subject, found)
                )
                and not (subject is not None and topic_document(subject))
                and event_code(found.actors[said_by])
            ):
                # a cue of a statement ("she urged", "it warned"): the speaker the attribution resolved
                source = found.actors[said_by]
            if source is None and _source(verb) is None and (listed or _after_colon(verb)):
                source = lead_in_subject(sent, found)  # "Putin has: – refused …, – bombed …"
            if (
                target is None
                and info.code.startswith(AID_CUT_CODES)
                and "aid" in {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
            ):
                target = recipient(sent, source, found)  # "the US cutting aid" (to Ukraine, named nearby)
            if (
                target is None
                and info.root == "10"
                and verb_lemma(verb) in WISH_VERBS
                and (wished := _wished_of_other(verb, _wrapped(verb))) is not None
            ):
                # "Stockholm wants Oslo to recognise the island": the one the demand is made of
                target = next(
                    (_actor_of(c, found) for c in wished.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
            if target is None and source is not None and info.code == DENIAL_CODE:
                target = _denied_target(verb, source, found)  # "denies planning to enter Ukraine": Ukraine
            if target is None and source is not None:
                target = _answered(verb, source, events, found)  # "The Kremlin rejected the accusations"
            if target is None and source is not None and not is_say:
                # "… but Germany does not agree to this"; not "said this", which points at words, not at an act
                target = _answered_this(verb, source, events, found)
            if (
                target is None
                and source is not None
                and source.country
                and info.root == "19"
                and (
                    war := next(
                        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WAR_NOUNS), None
                    )
                )
                is not None
            ):
                # "weeks after Moscow launched its invasion"; not "declared a war on Europe"
                target = None if _names_place(war) or _names_place(verb) else _war_party(source, war, found)
            if (
                target is None
                and source is not None
                and source.country
                and info.root == "19"
                and _fights_unnamed(verb, source)
            ):
                # "Sweden's armed forces continue to fight bravely": a side's forces fighting no one named fight
                # the other side of the war the article tells, when its acts of war pair the sides unambiguously
                target = _other_side(source, verb, found)
            if (
                target is None
                and source is not None
                and source.country
                and info.root == "15"
                and (verb_lemma(verb) in POSTURE_VERBS | LIGHT_VERBS or info.code == ALERT_CODE)
            ):
                # "Moscow assembled 150,000 soldiers": force shown by a side of the article's war is shown to
                # the other side, the state the article names as its theatre; force moved to a named state is
                # put there ("announced the deployment of those weapons to Belarus")
                # ("moved troops in the Black Sea", "in Kaliningrad": a place the base knows as no state's is where
                # the force is shown, not the theatre of the war)
                target = _destination(verb, source, found) or (
                    None if _names_place(verb) else _war_party(source, verb, found)
                )
            if info.root in VIOLENCE_ROOTS and (
                target is None or source is not None and target.country and target.country == source.country
            ):
                # no actor struck, or only the doer's own country ("deported thousands of people to Russia")
                target = victims_state(verb, sent, source, found, article) or target
            if (
                target is None
                and source is not None
                and info.root in FORCE_ROOTS - {"15"}
                and subject is not None
                and (
                    subject.i in found.by_token
                    or _is_troops(subject)
                    or noun_lexicon().get(subject.lemma_.lower(), "")[:2] in FORCE_ROOTS
                )
            ):
                # "Ukraine's air force said Russia fired"; not "American talk of war was damaging his country"
                target = _reporting_victim(verb, source, found, article)
            if target is None and _unaddressed(verb, info.root, found):
                unaddressed.add(verb.idx)
            negated, hypothetical = modality(verb)
            # "guarantees security if Ukraine becomes a victim of aggression": aid or force bound to a condition is
            # not done (a threat or a demand is conditional by nature, and made)
            hypothetical |= info.quad in (2, 4) and conditional(verb) or whoever(verb)
            if (
                hypothetical
                and info.quad == 2
                and verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in AFFIRM_HEADS
                and not negated
                and conditional(verb)
            ):
                # "confirmed providing Ukraine with security guarantees if it is attacked": aid pledged on a
                # condition is a promise of it (CAMEO 03), not aid given
                info = book.get(WRAPPERS["intent"].get(info.root, "030"), info)
                hypothetical = False
            since = False
            plain = (_lookup(verb) or "")[:2]
            withheld = (
                negated
                and info.root == "12"
                and ("03" <= plain <= "08" or _withheld_stance(verb) is not None)
                and any(c.dep_ == "neg" for c in verb.children)
            )
            if withheld:
                negated = False  # "Germany does not agree": the withheld act is itself the event, a refusal
            if (
                hypothetical
                and withheld
                and modals_of(verb) & (PROMISE_MODALS | ({"would"} if verb.dep_ == "ccomp" else set()))
                and not modality_without_modals(verb)
                and _own_word(verb, source, found)
            ):
                # "will not accept the plan", "said it would not change its position": the announced refusal is
                # the event (CAMEO 12), as an announced intent is (03); a "would" told of, not reported, weighs one
                hypothetical = False
            if (
                hypothetical
                and info.root == "03"
                and "04" <= plain <= "08"
                and modals_of(verb) & PROMISE_MODALS
                and not modality_without_modals(verb)
            ):
                hypothetical = False  # "will continue to provide support": the announced intent is the event
            when = (
                None
                if told_earlier(verb, reference)
                or (since := time_anchor(verb.head if _bare_participle(verb) else verb))
                and not sentence_date(text, reference)
                else sentence_date(text, reference, ahead=_to_come(verb)) or reference
            )
            if when is not None and reference is not None and when > reference and info.root in ("03", "04"):
                # a meeting the sentence dates after the report is announced, not held ("Orban goes to Moscow on
                # Tuesday to meet Putin"): CAMEO codes the announced intent to meet (036) on the day it is told
                info = book.get(WRAPPERS["intent"]["04"], info) if info.root == "04" else info
                when = reference
            plover = info.plover
            announced = (
                bool(modals_of(verb) & MODALS)
                or verb.dep_ == "xcomp"
                and (verb.head.lemma_.lower() in INTENT_HEADS or verb.head.lower_ == "going")
            )
            if (
                hypothetical
                and announced
                and not negated
                and info.quad >= 3
                and info.root not in ("13", "12")
            ):
                plover = (
                    "THREATEN"  # PLOVER reads an announced act of coercion as a threat; CAMEO codes the act
                )
            # Salience, as the scorer and the store read it: saying is the least salient act of a sentence that
            # reports another one; the main verb beats subordinate ones; known actors add confidence.
            source_code, target_code = event_code(source), event_code(target)
            confidence = (
                0.3
                + 0.35 * (not is_say)
                + 0.1 * (verb.dep_ == "ROOT")
                + 0.1 * (source_code is not None)
                + 0.1 * (target_code is not None)
                - 0.1 * (verb.dep_ in ("relcl", "acl"))
            )
            event = coded_event(
                info,
                source,
                target,
                negated=negated,
                hypothetical=hypothetical,
                date=when,
                sentence=Span(sent.start_char, sent.end_char),
                trigger=Span(verb.idx, verb.idx + len(verb.text)),
                confidence=round(confidence, 2),
                plover=plover,
            )
            events.append((-confidence, event, bool(since) and event.date is None))
            for other in co_targets(verb, target, found, info.root):
                events.append(
                    (-confidence, replace(event, target=event_code(other), target_actor=other.id), False)
                )
            doers = _owner(subject, found) if subject is not None and _is_troops(subject) else None
            for other in co_sources(
                doers if doers is not None and doers.conjuncts else subject, source, target, found
            ):
                # "Britain, Japan and the USA have imposed sanctions on Russia": one act of each
                events.append(
                    (-confidence, replace(event, source=event_code(other), source_actor=other.id), False)
                )
            if verb_lemma(verb) in LIGHT_VERBS | HALT_VERBS:  # the noun's code was the verb's: one act
                coded_nouns.update(c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
            if info.root in AID_ROOTS:
                # "sent humanitarian aid to Kyiv" (073): the aid handed over is the act the verb tells, once
                coded_nouns.update(
                    c.i
                    for c in verb.children
                    if c.dep_ in ("dobj", "nsubjpass")
                    and noun_lexicon().get(c.lemma_.lower(), "")[:2] == "07"
                )
            if WRAPPER_VERBS.get(verb_lemma(verb)) and (inner := _wrapped(verb)) is not None:
                # "refused to send aid", "pledged to send aid": the wrapped act is coded once, through its
                # wrapper (a refusal, a pledge); its object is no aid given
                # (the same act; not "urged them not to call Norway's invasion a crisis", which names a war)
                acted = (_lookup(inner) or "")[:2]
                coded_nouns.update(
                    c.i
                    for c in inner.children
                    if c.dep_ in ("dobj", "nsubjpass")
                    and (
                        verb_lemma(inner) in LIGHT_VERBS
                        or noun_lexicon().get(c.lemma_.lower(), "")[:2] == acted
                    )
                )
            if (intended := _intended(verb)) is not None:
                coded_nouns.add(
                    intended.i
                )  # "voiced readiness for talks": one declared intent, not talks held
        events.extend(_noun_events(sent, coded_nouns, found, book, reference, article))
    events = [(rank, _unasserted_in_words(e, article), b) for rank, e, b in events]
    events += _accusations(doc, article, found, book)
    charges = statement_charges(doc, article, found, book, [e for _, e, _ in events])
    events += [(-e.confidence, e, False) for e in charges]
    events = _counterparts(doc, events, found)
    if not candidates:
        events = [(rank, e, b) for rank, e, b in events if storable(e, e.trigger_span.start in unaddressed)]
    ranked = fold_background(events)
    ordered = sorted(ranked, key=lambda p: (p[1].sentence_span.start, p[0], p[1].trigger_span.start))
    return deduplicate(tuple(e for _, e in ordered))


# Acts that news tells without their other side when the article is about one dyad, and that have one: a denial
# answers the other side's charge ("the Kremlin denies it is planning to attack"), a refusal of talks refuses them
# to someone ("Berlin refuses to negotiate"), sanctions announced are aimed at someone ("we are ready to impose
# huge sanctions"). Claims, warnings, demands and criticism are as often about a third party or no one (a sample
# of unseen articles put such guesses right one time in four), and keep no target.
COUNTERPART_CODES = {"016", "124", "125", "131"}
DENIAL_CODE = "016"
# The clauses and phrases through which a denial names the act it denies ("denies it plans to invade Ukraine",
# "denied plans to invade", "denied stealing grain").
DENIED_DEPS = {"ccomp", "xcomp", "dobj", "acl", "pcomp", "conj"}


def _denied_target(verb: Token, source: Actor, found: DocActors) -> Actor | None:
    """The target of a denial: whom the denied act is aimed at ("Russia denies plans to invade Ukraine and
    accuses the US of escalating tensions": Ukraine, not the accuser beside it, whom ``_counterparts`` would
    pick), or, for a denied use of force that names no one, the other side of the source's war."""
    frontier = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    for _ in range(3):
        deeper = []
        for node in frontier:
            if node.pos_ in ("VERB", "AUX"):
                for token in _target_tokens(node, (_lookup(node) or "")[:2]):
                    actor = _actor_of(token, found)
                    if (
                        actor is not None
                        and event_code(actor)
                        and (actor.country or actor.id) != (source.country or source.id)
                    ):
                        return actor
            code = _lookup(node) if node.pos_ in ("VERB", "AUX") else noun_lexicon().get(node.lemma_.lower())
            if code and code[:2] in FORCE_ROOTS and source.country:
                return _war_party(source, node, found)
            deeper += [c for c in node.children if c.dep_ in DENIED_DEPS]
        frontier = deeper
    return None


def _counterparts(
    doc: Doc, events: list[tuple[float, Event, bool]], found: DocActors
) -> list[tuple[float, Event, bool]]:
    """An act of opposition with a source and no target is aimed at the source's counterpart in the article: the
    one state or organisation its side has most events with, when one clearly leads (two events or more, more
    than any other). A report is about its dyad; the other side of a refusal or a threat is rarely named again.
    An act that names whom it is aimed at by a word that is no actor ("cautioned other countries", "blasted
    Russia's war", its own side's) has its target already, unknown or refused, not left out."""
    pairs: dict[str, dict[str, list[str]]] = {}
    for _, event, _ in events:
        if (
            event.source
            and event.target
            and event.target_actor
            and event.source_actor
            and side(event.source) != side(event.target)
        ):
            pairs.setdefault(side(event.source), {}).setdefault(side(event.target), []).append(
                event.target_actor
            )
            pairs.setdefault(side(event.target), {}).setdefault(side(event.source), []).append(
                event.source_actor
            )
    out = []
    for rank, event, background in events:
        if (
            event.source
            and not event.target
            and event.root == "13"
            and event.code != WARNING_CODE
            and (doer := _conditioned(doc, event, found))
        ):
            # "If Russia attacks, we will unite the world. We are ready to impose huge sanctions": a threat is
            # aimed at the one whose act it is conditioned on (a bare warning foretells; it threatens no one)
            event = replace(event, target=event_code(doer), target_actor=doer.id)
        if event.source and not event.target and event.code in COUNTERPART_CODES and not _aimed(doc, event):
            other = _leading(pairs.get(side(event.source), {}))
            actor = found.actors.get(other) if other else None
            if actor is not None and event_code(actor):
                event = replace(event, target=event_code(actor), target_actor=actor.id)
        out.append((rank, event, background))
    return out


CONDITION_MARKS = {"if", "unless"}
WARNING_CODE = "130"


def _conditioned(doc: Doc, event: Event, found: DocActors) -> Actor | None:
    """The actor of another side whose act a threat is conditioned on: the named subject of the "if" or "unless"
    clauses in the threat's sentence or the sentence before ("sanctions if Moscow invades"), when one."""
    span = doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    if span is None or not event.source:
        return None
    sent = span.root.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    doers = {
        a.id: a
        for verb in doc[start : sent.end]
        if verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)
        if not any(t.dep_ == "auxpass" for t in verb.subtree)  # "if Ukraine were invaded": the victim
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.pos_ != "PRON"  # "if it invades Ukraine": the nearest name is as often the victim
        and (a := _actor_of(c, found)) is not None
        and (code := event_code(a))
        and side(code) != side(event.source)
    }
    return next(iter(doers.values())) if len(doers) == 1 else None


def _aimed(doc: Doc, event: Event) -> bool:
    """Does the event's trigger name whom or what it is aimed at, by an object or a prepositional object
    ("cautioned other countries", "blasted the war")? An act the verb only carries ("impose sanctions") names no
    one; an act it answers does, through its doer (``_answered``), not the answering side's counterpart."""
    span = doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    if span is None:
        return True
    verb = span.root
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "countries threatened by Moscow": the subject is the one aimed at
    words = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    words += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "will not change its position": the refuser's own stance, which names no one it is aimed at
    words = [
        w
        for w in words
        if not (
            w.lemma_.lower() in STANCE_NOUNS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in w.children)
        )
    ]
    return any(w.lemma_.lower() not in noun_lexicon() or not _carries(verb, event.root) for w in words)


# Addressees that name no actor: an act made to all, or to an unnamed many ("urged world leaders", "cautioned
# other countries", "called on the international community").
GENERIC_ADDRESSEES = {
    "leader",
    "country",
    "nation",
    "state",
    "government",
    "community",
    "world",
    "everyone",
    "west",
}
# Verbs that ask for a thing ("called for a ceasefire", "requested international assistance").
ASKING_FOR = {"call", "appeal", "ask", "request"}


def _generic(word: Token, found: DocActors) -> bool:
    """Does the word name all, or an unnamed many, rather than an actor ("world leaders", "other countries", "the
    international community"; not "the country" or "the two countries", which continue one named before)?"""
    if word.lemma_.lower() not in GENERIC_ADDRESSEES or word.i in found.by_token:
        return False
    marks = {c.lower_ for c in word.children}
    return (
        word.lower_ in ("world", "everyone", "west")  # "the West" is a bloc, no actor CAMEO codes
        or bool(marks & {"international", "other", "all"})
        or (word.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in word.children))
    )


def _spares(verb: Token) -> bool:
    """Is the verb a refusal to act against someone ("refused to condemn Russia", "refused to agree to sanction
    it")? It is made to those who asked for the act, not to the one it spares."""
    if WRAPPER_VERBS.get(verb_lemma(verb)) != "reject":
        return False
    inner = _wrapped(verb)
    while inner is not None and WRAPPER_VERBS.get(verb_lemma(inner)) and _wrapped(inner) is not None:
        inner = _wrapped(inner)  # "refused to agree to condemn": the act agreed to
    return inner is not None and (_lookup(inner) or "")[:2] >= "10"


# What others press or ask for, which a rejection answers ("resisted pressure", "rejected calls for a truce").
ASKING_NOUNS = {"pressure", "call", "demand", "appeal", "request", "plea"}


def _unnamed_asking(verb: Token) -> bool:
    """Does the rejection answer pressure or calls by no one it names ("India has resisted pressure", "rejected
    calls for a ceasefire")? A bare noun, with no article or owner, is the asking of many, made to no actor."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ASKING_NOUNS
        and not any(g.dep_ in ("det", "poss") for g in c.children)
        for c in verb.children
    )


def _unaddressed(verb: Token, root: str, found: DocActors) -> bool:
    """Is an appeal, demand, refusal or threat told as made to no actor? Its addressee is a word for all or an
    unnamed many ("cautioned other countries"); a refusal is of an act against someone, which it spares
    ("refused to condemn the war"); an appeal asks for a thing of no one named ("called for humanitarian
    corridors")."""
    if root not in OPEN_TARGET_ROOTS:
        return False
    if (subject := _source(verb)) is not None and subject.lemma_.lower() in noun_lexicon():
        return False  # "Russian aggression has pushed the West …": an act makes no appeal, an actor does
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    addressees += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(_generic(w, found) for w in addressees):
        return True
    if root == "12":
        # a refusal of talks or aid has its other side, named or not ("refuses to negotiate"); see _spares
        return _spares(verb) or _unnamed_asking(verb)
    asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    asked += [
        g for c in verb.children if _for_clause(c) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
    ]
    if verb_lemma(verb) == "request":
        asked = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        root == "02"
        and verb_lemma(verb) in ASKING_FOR
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children if c not in asked)
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "on")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Monday" is no addressee
            for c in verb.children
        )
        and any(w.pos_ == "NOUN" and w.i not in found.by_token for w in asked)
        # "called for more aid to Ukraine": asked on behalf of one it names, whose the act would be
        and not any(
            t.dep_ == "pobj" and t.head.lower_ == "to" and t.i in found.by_token
            for w in asked
            for t in w.subtree
        )
    )


def _leading(partners: dict[str, list[str]]) -> str | None:
    """The actor id of the partner with the most events, when it has two or more and no other as many."""
    ranked = sorted(partners.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[1]) == len(ranked[0]):
        return None
    return max(ranked[0], key=ranked[0].count)  # the first named on a tie: the same answer on every run


def _unasserted_in_words(event: Event, article: Article) -> Event:
    """The event flagged hypothetical when it is told only inside someone's claimed, denied or believed words."""
    if event.hypothetical or event.negated or event.date is None:
        return event  # an act named in passing is presupposed whoever mentions it
    trigger = article.text[event.trigger_span.start : event.trigger_span.end].lower()
    planned = event.root in ("03", "13") and trigger.startswith(PLAN_WORDS)
    actors = {a.id: a for a in article.actors} if planned else {}
    for quote in article.quotes:
        inside = quote.content_span.start <= event.trigger_span.start < quote.content_span.end
        word = (quote.cue or "").split()[0].lower() if quote.cue else ""
        if inside and any(word.startswith(c[:5]) for c in CONTESTED_CUES):
            return replace(event, hypothetical=True)
        speaker = actors.get(quote.speaker_actor or "")
        told_by = event_code(speaker) or (speaker.country if speaker is not None else None)
        if inside and planned and told_by and event.source and side(told_by) != side(event.source):
            # "Russian forces plan to attack in the coming days, Biden said": another's reading of a plan, no
            # intention the planner announced (CAMEO counts only those)
            return replace(event, hypothetical=True)
    return event


PLAN_WORDS = ("plan", "intend", "prepar", "plot", "aim")


# Words that charge whoever they are said of (CAMEO 112, accuse): "Russia is committing war crimes", "the visit
# is a diplomatic cover for Moscow", "Russia's aggression is comparable to the darkest pages".
ACCUSING_NOUNS = {
    "crime",
    "atrocity",
    "genocide",
    "aggression",
    "terrorism",
    "terror",
    "pretext",
    "cover",
    "lie",
    "propaganda",
    "disinformation",
    "blackmail",
    "provocation",
    "massacre",
    "barbarism",
}
ACCUSATION_CONFIDENCE = 0.75


def _accusations(doc: Doc, article: Article, found: DocActors, book: dict) -> list[tuple[float, Event, bool]]:
    """A statement is an accusation (CAMEO 112) when the speaker's own words charge an actor with an accusing
    word: the actor's own ("Russia's aggression", "Russian propaganda"), committed by it ("Russia is committing
    war crimes"), or said of it or of its act ("the Chinese leader's visit is a diplomatic cover"). Source: the
    quote's resolved speaker; target: the actor charged, never the speaker's own side; one per quote and actor."""
    info = book.get("112")
    out: list[tuple[float, Event, bool]] = []
    if info is None:
        return out
    for quote in article.quotes:
        speaker = found.actors.get(quote.speaker_actor) if quote.speaker_actor else None
        if speaker is None or not event_code(speaker) or quote.cue_span is None or quote.kind == "belief":
            continue
        content = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="contract")
        charged: dict[str, Actor] = {}
        for word in content if content is not None else ():
            if word.lemma_.lower() not in ACCUSING_NOUNS or word.pos_ != "NOUN":
                continue
            if any(_negation_word(c) and c.i < word.i for c in word.children):
                continue  # "there is no Russian aggression": the wrong named is denied
            # named in passing ("helping Ukraine defend itself against Russian aggression") charges no one: the
            # charge must be what the clause says, its subject or predicate
            actor = _noun_source(word, found) if word.dep_ in ("nsubj", "nsubjpass", "attr") else None
            if actor is None and word.dep_ == "dobj" and verb_lemma(word.head) == "commit":
                subject = _source(word.head)
                actor = found.actor_for(subject) if subject is not None else None
            if actor is None and word.dep_ == "attr":
                subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    actor = found.actor_for(subject) or _noun_source(subject, found)
            if actor is None and quote.kind == "direct" and _named_wrong(word):
                # "we must put a stop to Russian aggression": in the speaker's own quoted words, naming another's
                # act with a word of wrongdoing charges its doer, whatever the clause asks of the hearers
                actor = _noun_source(word, found)
            if (
                actor is None
                or not event_code(actor)
                or (actor.country or actor.id) == (speaker.country or speaker.id)
            ):
                continue
            if word.head.pos_ in ("VERB", "AUX") and (
                modality(word.head)[0]
                or supposed(word.head)
                or modals_of(word.head) & (MODALS - PROMISE_MODALS)
            ):
                continue  # "Russia is not committing crimes", "if Russia commits", "forms aggression can adopt"
            charged.setdefault(actor.id, actor)
        cue = quote.cue_span
        sent = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if sent is None:
            continue
        sent = sent.sent
        for actor in charged.values():
            event = coded_event(
                info,
                speaker,
                actor,
                negated=False,
                hypothetical=False,
                date=quote.date,
                sentence=Span(sent.start_char, sent.end_char),
                trigger=cue,
                confidence=ACCUSATION_CONFIDENCE,
            )
            out.append((-ACCUSATION_CONFIDENCE, event, False))
    return out


# Accusing nouns that name a wrong done (not a deceit, which may be named without being charged: "Russian
# propaganda channels"), and the heads an act named in passing hangs on.
WRONG_NOUNS = {"crime", "atrocity", "genocide", "aggression", "terrorism", "terror", "massacre", "barbarism"}


def _named_wrong(word: Token) -> bool:
    """Is the accusing noun a wrong named as done, the object of a verb or a preposition ("stop Russian
    aggression", "the victims of Russian terror"), not supposed, in an if-clause or the clause it conditions ("if
    Ostmark moves, we will oppose its aggression")?"""
    return (
        word.lemma_.lower() in WRONG_NOUNS
        and word.dep_ in ("dobj", "pobj", "conj", "appos")
        and not supposed(word)
        and not any(_consequence(node) for node in word.ancestors)
    )


def _consequence(clause: Token) -> bool:
    """Is the clause the consequence of an if-clause ("if Ostmark moves, we will ...")?"""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in clause.children
    )


def _negation_word(token: Token) -> bool:
    """A negating determiner or adverb on a noun: "no aggression", "not Russian aggression"."""
    return token.dep_ in ("neg", "det", "advmod") and token.lower_ in ("no", "not", "never", "without")


def _answered(
    verb: Token, source: Actor, told: list[tuple[float, Event, bool]], found: DocActors
) -> Actor | None:
    """The doer of an act the verb answers by a definite noun with no doer of its own ("The Kremlin rejected the
    accusations", "condemned the attack"): the source of the latest act of that kind told before in the article,
    when it is not the answering side."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(
        c.lower_ in ("the", "these", "those", "such", "this", "that") for c in obj.children
    ):
        return None
    code = noun_lexicon().get(obj.lemma_.lower())
    if code is None or _noun_source(obj, found) is not None or _participant(obj, found) is not None:
        return None
    for _, event, _ in reversed(told):
        if event.root == code[:2] and event.source_actor and event.trigger_span.start < verb.idx:
            actor = found.actors.get(event.source_actor)
            if actor is not None and (actor.country or actor.id) != (source.country or source.id):
                return actor
            return None
    return None


def _answered_this(
    verb: Token, source: Actor, told: list[tuple[float, Event, bool]], found: DocActors
) -> Actor | None:
    """The doer of the act a bare "this" or "that" answers ("The EU wants to donate the money, but Germany does
    not agree to this"): the source of the latest act told before the verb, in its sentence or the one before,
    when it is another side's."""
    this = next(
        (
            t
            for t in (*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children))
            if t.dep_ in ("dobj", "pobj")
            and t.lower_ in ("this", "that")
            and t.pos_ in ("PRON", "DET")
            and not list(t.children)
        ),
        None,
    )
    if this is None or verb.dep_ == "relcl" and this.lower_ == "that":
        return None  # "the tanks that Kyiv asked for": a relative pronoun, which stands for its noun
    start = verb.doc[verb.sent.start - 1].sent.start_char if verb.sent.start > 0 else verb.sent.start_char
    for _, event, _ in sorted(told, key=lambda p: p[1].trigger_span.start, reverse=True):
        if event.source_actor and start <= event.trigger_span.start < verb.idx:
            actor = found.actors.get(event.source_actor)
            if (
                actor is not None
                and event_code(actor)
                and (actor.country or actor.id) != (source.country or source.id)
            ):
                return actor
            return None
    return None


VIOLENCE_ROOTS = {"17", "18", "19", "20"}
# "Pay" with these objects is heed or honour, not money (CAMEO 061 finances; "paid a visit" is coded by its noun).
PAID_NOT_MONEY = {"attention", "tribute", "respect", "homage", "heed", "compliment", "lip", "price", "visit"}


def _idiom(verb: Token) -> bool:
    """Fixed phrases that name no act: "when it comes to the war" (as for the war), "paying close attention to
    the war", "paid tribute to the fallen"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is not None and subject.lower_ == "it" and verb_lemma(verb) == "come":
        return True
    return verb_lemma(verb) == "pay" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PAID_NOT_MONEY for c in verb.children
    )


def _after_colon(verb: Token) -> bool:
    """Does the verb open a list item or a clause right after a colon ("Putin has: – refused …")?"""
    before = [t for t in verb.doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    return bool(before) and before[-1].text in (":", *LIST_MARKS)


def deduplicate(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """One event per occurrence: the same dyad, action family, date and modality reported again later in the
    article is counted on the first report (``mentions``), not coded twice (GDELT's per-report counting)."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for event in events:
        if not (event.source and event.target):
            out.append(event)
            continue
        key = (
            event.source_actor or event.source,
            event.target_actor or event.target,
            event.code[:3],
            event.date,
            event.negated,
            event.hypothetical,
        )
        if key in first:
            kept = out[first[key]]
            out[first[key]] = replace(kept, mentions=kept.mentions + 1)
            continue
        first[key] = len(out)
        out.append(event)
    return tuple(out)
