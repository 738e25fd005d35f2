"""Mentions → canonical actors on the article's date, by rules on the parse (no coreference model exists here).

Names, surnames, demonyms, capitals and organisations are found with one phrase matcher over the knowledge
base; the parse decides between readings ("Russian forces" → RUSMIL, "Moscow rejected" → RUSGOV, "in Moscow"
→ the place RUS) and turns role descriptions into the office-holder of the day ("the US president").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import Actor, Mention, Span
from ..nlp import ents_of
from .kb import KnowledgeBase, Organisation, Person

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

PLACE_PREPOSITIONS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "around",
    "across",
    "over",
    "on",
    "outside",
    "inside",
}
# Capitalised institution nouns → sector ("" for the country itself: "our Nation").
INSTITUTIONS = {
    "government": "GOV",
    "ministry": "GOV",
    "office": "GOV",
    "administration": "GOV",
    "department": "GOV",
    "cabinet": "GOV",
    "presidency": "GOV",
    "service": "GOV",
    "forces": "MIL",
    "army": "MIL",
    "navy": "MIL",
    "parliament": "LEG",
    "nation": "",
    "corps": "GOV",
}
PLACE_NOUNS = {
    "lawn",
    "ground",
    "grounds",
    "garden",
    "campus",
    "gate",
    "building",
    "roof",
    "step",
    "room",
    "center",
    "centre",
    "office",
    "street",
    "avenue",
    "square",
    "palace",
    "hall",
    "wing",
    "residence",
}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# People whose nationality says nothing of the state's acts or views: "the Argentinian pontiff" is the Pope, not
# Argentina; "a Ukrainian singer" is no Ukrainian voice of state.
NON_STATE_PEOPLE = {
    "pontiff",
    "pope",
    "archbishop",
    "patriarch",
    "cardinal",
    "bishop",
    "priest",
    "imam",
    "rabbi",
    "singer",
    "artist",
    "writer",
    "novelist",
    "poet",
    "musician",
    "actor",
    "actress",
    "rapper",
    "athlete",
    "player",
    "footballer",
    "boxer",
    "billionaire",
    "businessman",
    "businesswoman",
    "tycoon",
    "blogger",
    "influencer",
    "tourist",
    "student",
    "historian",
    "scholar",
}
# Occasions named by where they are held: "a boycott of the Paris Olympics", "the Munich conference" are no acts
# of or against the state whose place is named.
OCCASIONS = {
    "olympics", "olympic", "games", "game", "championship", "cup", "festival", "contest", "conference", "exhibition",
    "fair", "congress", "marathon", "tournament", "biennale", "expo",
}  # fmt: skip
# The press of a country is not its state: "told the German paper" is said to no government.
MEDIA_OUTLETS = {
    "paper",
    "newspaper",
    "daily",
    "weekly",
    "tabloid",
    "broadsheet",
    "magazine",
    "broadcaster",
    "channel",
    "television",
    "tv",
    "radio",
    "outlet",
    "outlets",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "correspondent",
    "columnist",
}
# The nouns of a newspaper's name: "The Washington Post", "The Moscow Times" are papers, not the state of the city.
MASTHEADS = {"post", "times", "journal", "herald", "tribune", "gazette", "telegraph", "independent", "pravda"}
GROUP_PRONOUNS = {"it", "its"}
# Unnamed sources, kept as such: "experts warn", "a senior official said", "reports claim".
UNNAMED_SOURCES = {
    "source",
    "sources",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "official",
    "officials",
    "report",
    "reports",
    "observer",
    "observers",
    "critic",
    "critics",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "poll",
    "polls",
    "survey",
    "study",
    "statement",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisers",
    "people",
    "person",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "member",
    "members",
}
# Titles the resolver can read in role descriptions, longest first ("foreign minister" before "minister").
TITLE_WORDS = re.compile(
    r"^(secretary of state|secretary of defense|secretary of war|foreign minister|defen[cs]e minister|"
    r"prime minister|vice president|president|chancellor|premier|king|emir|crown prince|supreme leader|"
    r"secretary-general|secretary general|national security adviser|spokes(?:man|woman|person))$"
)
TITLE_TOKENS = {
    "foreign",
    "defence",
    "defense",
    "deputy",
    "vice",
    "minister",
    "secretary",
    "president",
    "prime",
    "chancellor",
    "premier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "special",
    "adviser",
    "advisor",
    "head",
    "chief",
    "leader",
}
BARE_TITLES = {"president", "chancellor", "premier"}
TITLE_ALIASES = {
    "defense minister": "defence minister",
    "premier": "prime minister",
    "secretary general": "secretary-general",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}


# Social platforms the tagger takes for people ("Landsbergis posted on Twitter. He emphasized ..." is no Twitter
# speaking).
PLATFORMS = frozenset(
    {
        "twitter",
        "facebook",
        "telegram",
        "instagram",
        "youtube",
        "tiktok",
        "linkedin",
        "weibo",
        "vkontakte",
        "truth social",
    }
)
# Honorifics of a woman (without their dot): with a surname, the woman of that surname the article has named, not a
# man who shares it; the speakers read them too.
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame"})
HONORIFICS = {
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sen.",
    "senator",
    "rep.",
    "president",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "pope",
    "lady",
    "first",
    "sheikh",
    "crown",
    "prince",
    "general",
    "gen.",
    "premier",
    "ambassador",
    "his",
    "her",
    "majesty",
    "excellency",
}


def _bare_name(span: DocSpan) -> DocSpan | None:
    """The name without honorifics in front or a possessive behind ("Ms Truss" → "Truss", "Blinken's")."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in HONORIFICS:
        start += 1
    if end - 1 > start and span.doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    if (start, end) == (span.start, span.end):
        return None
    return span.doc[start:end]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# "pro-Russian officials", "anti-American protesters": a stance towards the state named, not its own people.
STANCE_PREFIXES = {"pro", "anti"}


def _stance_prefixed(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES


@dataclass
class DocActors:
    """What a resolver found in one Doc: mentions, their actors, and a token → actor index."""

    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    person_mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, actor id)
    group_mentions: list[tuple[int, str]] = field(default_factory=list)  # states and organisations
    source_nouns: frozenset[str] = (
        frozenset()
    )  # nouns that can be a source: "officials", "experts", "sources"
    sector_nouns: dict[str, str] = field(default_factory=dict)  # "troops" → "MIL", as in the knowledge base
    # what the extractors work out once per Doc from these mentions (the article's war mentions), by name
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def add(self, span: DocSpan, actor: Actor) -> None:
        self.actors.setdefault(actor.id, actor)
        self.mentions.append(Mention(Span(span.start_char, span.end_char), span.text, actor.id))
        for i in range(span.start, span.end):
            self.by_token[i] = actor.id
        if actor.kind == "person":
            self.person_mentions.append((span.start, actor.id))
        else:
            self.group_mentions.append((span.start, actor.id))

    def replace(self, span: DocSpan, actor: Actor) -> None:
        """One mention for a longer phrase, dropping the mentions it swallows ("President of Ukraine")."""
        self.mentions = [
            m for m in self.mentions if not (span.start_char <= m.span.start and m.span.end <= span.end_char)
        ]
        self.person_mentions = [(i, a) for i, a in self.person_mentions if not span.start <= i < span.end]
        self.group_mentions = [(i, a) for i, a in self.group_mentions if not span.start <= i < span.end]
        self.add(span, actor)

    def actor_for(self, token: Token) -> Actor | None:
        """The actor a token refers to: its mention, a modifier's mention, or a pronoun's antecedent."""
        actor_id = self.by_token.get(token.i)
        # "UN member nations", "EU member states": states that belong to a body, not the body itself
        members = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "member" for c in token.children)
        masthead = token.pos_ == "PROPN" and token.lower_ in MASTHEADS
        if (
            actor_id is None
            and token.lemma_.lower() not in NON_STATE_PEOPLE | MEDIA_OUTLETS | OCCASIONS
            and not masthead
        ):
            for child in token.children:
                if (
                    child.dep_ in ("compound", "poss", "amod", "appos")
                    and child.i in self.by_token
                    and not _stance_prefixed(child)
                    and not (members and self.actors[self.by_token[child.i]].kind != "state")
                ):
                    actor_id = self.by_token[child.i]
                    break
        if actor_id is None and token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            # The nearest person (he, she) or state or organisation (it, its) named before the pronoun, within
            # the previous two sentences or so.
            floor = token.sent.start - 60
            pool = self.person_mentions if token.lower_ in PERSON_PRONOUNS else self.group_mentions
            earlier = [a for i, a in pool if floor <= i < token.i]
            actor_id = earlier[-1] if earlier else None
        return self.actors.get(actor_id) if actor_id else None


# Names of chambers that many states' parliaments have.
SHARED_CHAMBER_NAMES = {"House of Representatives", "Senate", "House"}


def _shared_chamber(text: str) -> bool:
    """Is the mention a chamber's name many parliaments share, with no state in it ("the Senate")?"""
    return text.removeprefix("the ").removeprefix("The ") in SHARED_CHAMBER_NAMES


class Resolver:
    """Resolves a Doc's mentions with one knowledge base; build once per process."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.readings: dict[str, list[tuple[str, str]]] = {}
        for c in kb.countries.values():
            for n in c.names:
                self._alias(n, "country", c.code)
            for n in c.demonyms:
                self._alias(n, "demonym", c.code)
            for n in c.metonyms:
                self._alias(n, "metonym", c.code)
        for o in kb.organisations.values():
            for n in o.names:
                self._alias(n, "organisation", o.id)
                if n.isupper() and len(n) >= 4 and n.isalpha():
                    self._alias(n.title(), "organisation", o.id)  # British style: "Nato", "Opec"
        for name, code in kb.places.items():
            self._alias(name, "place", code)
        for p in kb.people.values():
            for n in p.names:
                self._alias(n, "person", p.id)
        for key in self.readings:
            self.matcher.add(key, [nlp.make_doc(key)])
        self.source_nouns = frozenset(UNNAMED_SOURCES | set(kb.sector_nouns))

    def _alias(self, text: str, kind: str, ref: str) -> None:
        text = re.sub(r"^(the|The)\s+", "", text.strip())
        if not text or (len(text) <= 2 and not text.isupper()):
            return
        readings = self.readings.setdefault(text, [])
        if (kind, ref) not in readings:
            readings.append((kind, ref))

    # -- actors --------------------------------------------------------------------------------------

    def person_actor(self, person: Person, day: date | None) -> Actor:
        role = person.role_on(day)
        if role is not None:
            code = role.country + role.org if role.org != "IGO" else role.country
            return Actor(person.id, person.name, code, role.country, role.org, "person")
        return Actor(person.id, person.name, person.country, person.country, None, "person")

    def country_actor(self, code: str, sector: str | None = None) -> Actor:
        country = self.kb.countries[code]
        if sector:
            return Actor(code + sector, f"{country.name} ({sector})", code + sector, code, sector, "state")
        return Actor(code, country.name, code, code, None, "state")

    def organisation_actor(self, org_id: str) -> Actor:
        o = self.kb.organisations[org_id]
        return Actor(o.id, o.name, o.code, o.country, o.sector, "organisation")

    # -- resolution ----------------------------------------------------------------------------------

    def resolve(self, doc: Doc, day: date | None) -> DocActors:
        """Every actor mention in the doc, with the office-holders of ``day``."""
        from spacy.util import filter_spans

        found = DocActors(source_nouns=self.source_nouns, sector_nouns=self.kb.sector_nouns)
        spans = filter_spans(
            [doc[s:e] for match_id, s, e in self.matcher(doc)]
            + [e for e in ents_of(doc) if e.label_ == "PERSON"]
        )
        # Organisations the knowledge base lacks, where no known name stands ("Deloitte", "United24").
        taken = {i for span in spans for i in range(span.start, span.end)}
        spans += [
            e
            for e in ents_of(doc)
            if e.label_ == "ORG" and not any(i in taken for i in range(e.start, e.end))
        ]
        spans.sort(key=lambda span: span.start)
        seen_people: set[str] = set()
        surnames: dict[str, str] = {}
        for span in spans:
            actor, span = self._read(span, doc, day, seen_people, surnames)
            if actor is not None:
                found.add(span, actor)
                if actor.kind == "person":
                    seen_people.add(actor.id)
        self._shared_chambers(found)
        self._titles_of(doc, day, found)
        self._bare_titles(doc, day, found)
        self._home_institutions(doc, found)
        return found

    def _read(
        self, span: DocSpan, doc: Doc, day: date | None, seen: set[str], surnames: dict[str, str]
    ) -> tuple[Actor | None, DocSpan]:
        readings = self.readings.get(span.text) or self._in_capitals(span, seen)
        if not readings:
            bare = _bare_name(span)
            if bare is not None and self.readings.get(bare.text):
                actor, _ = self._read(bare, doc, day, seen, surnames)
                return actor, span
            if span.label_ == "ORG":
                return self._unknown_organisation(span), span
            return self._unknown_person(bare or span, surnames), span
        people = [ref for kind, ref in readings if kind == "person"]
        if people and len(span) == 1 and span.start > 0:
            before = doc[span.start - 1]
            whole = [
                ref for kind, ref in self.readings.get(f"{before.text} {span.text}", []) if kind == "person"
            ]
            if whole:
                # "First Lady Melania | Trump" split by the tagger: the surname ends the name begun before it
                return self.person_actor(self.kb.people[whole[0]], day), span
            if (
                before.pos_ == "PROPN"
                and before.text[:1].isupper()
                and before.lower_ not in HONORIFICS | TITLE_TOKENS
                and not self.readings.get(before.text)
            ):
                # "Melania Trump" is not Donald Trump: another first name before a known surname
                return self._unknown_person(doc[span.start - 1 : span.end], surnames, force=True), span
        if (
            people
            and len(span) == 1
            and span.start > 0
            and doc[span.start - 1].lower_.rstrip(".") in FEMALE_HONORIFICS
        ):
            # "Mrs. Trump" after "Melania Trump": the woman of that surname already named
            named = sorted(
                p
                for p in seen
                if p not in people
                and p in self.kb.people
                and self.kb.people[p].name.endswith(" " + span.text)
            )
            if named:
                return self.person_actor(self.kb.people[named[0]], day), span
        if people:
            # A surname shared by several people: the one already named, else the one in office that day.
            ranked = sorted(
                people,
                key=lambda p: (p not in seen, self.kb.people[p].role_on(day) is None),
            )
            return self.person_actor(self.kb.people[ranked[0]], day), span
        kind, ref = readings[0]
        if kind == "organisation":
            home = self._other_states(span, doc, self.kb.organisations[ref])
            if home is not None:
                return home, span
            return self.organisation_actor(ref), span
        if kind == "place":
            return self.country_actor(ref), span
        head = span.root.head
        if (
            kind in ("country", "demonym")
            and span.root.dep_ in ("amod", "compound", "poss", "nmod")
            and not _stance_prefixed(span.root)
        ):
            described = self._described(span, head, ref, day)
            if described is not None:
                return described
        if kind == "metonym":
            is_place = (
                span.root.dep_ == "pobj"
                and head.lower_ in PLACE_PREPOSITIONS
                or span.root.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.lemma_.lower() in PLACE_NOUNS
                or span.root.dep_ == "compound"
                and span.root.head.lemma_.lower() in PLACE_NOUNS
            )
            return self.country_actor(ref, None if is_place else "GOV"), span
        return self.country_actor(ref), span

    def _shared_chambers(self, found: DocActors) -> None:
        """A chamber named by a word many states' parliaments share ("a packed House of Representatives", "the
        Senate") is the one its entry names only in an article that names that state elsewhere: Australia's and
        Japan's houses are reported as bare as Washington's."""
        chambers = {
            m.actor_id
            for m in found.mentions
            if (org := self.kb.organisations.get(m.actor_id)) is not None
            and org.sector == "LEG"
            and org.country
            and _shared_chamber(m.text)
        }
        for actor_id in chambers:
            country = found.actors[actor_id].country
            mentioned = [m for m in found.mentions if m.actor_id == actor_id]
            if not all(_shared_chamber(m.text) for m in mentioned) or any(
                found.actors[m.actor_id].country == country for m in found.mentions if m.actor_id != actor_id
            ):
                continue  # named with its state once ("the U.S. House"), or the state named elsewhere
            found.mentions = [m for m in found.mentions if m.actor_id != actor_id]
            found.by_token = {i: a for i, a in found.by_token.items() if a != actor_id}
            found.group_mentions = [(i, a) for i, a in found.group_mentions if a != actor_id]
            del found.actors[actor_id]

    def _other_states(self, span: DocSpan, doc: Doc, org: Organisation) -> Actor | None:
        """A state body named by a word other states use too, after another state's name ("the Polish Senate",
        "France's Senate"): that state's body of the same branch, not the one the bare word stands for."""
        # (bodies many states have: a senate, a house of representatives, a justice department)
        if not org.country or org.sector not in ("LEG", "GOV") or span.start == 0:
            return None
        if span.root.dep_ == "appos":
            # "the upper house of the Polish parliament, the Senate": an apposition renames its head
            named = [
                r
                for t in span.root.head.subtree
                if t.i < span.start
                for k, r in self.readings.get(t.text, [])
                if k in ("country", "demonym")
            ]
            return self.country_actor(named[0], org.sector) if named and named[0] != org.country else None
        before = doc[span.start - 1]
        if before.dep_ == "case" and span.start > 1:
            before = doc[span.start - 2]  # "France's Senate"
        states = [r for k, r in self.readings.get(before.text, []) if k in ("country", "demonym")]
        if not states or states[0] == org.country or before.head.i != span.root.i:
            return None
        return self.country_actor(states[0], org.sector)

    def _in_capitals(self, span: DocSpan, seen: set[str]) -> list[tuple[str, str]]:
        """A person's name with a word set in capitals, as some outlets print surnames ("XI Jinping", "Emmanuel
        MACRON"): the known person; a lone word in capitals ("XI") only once the article named them in full, since
        alone it may be an acronym."""
        if not any(t.is_upper and len(t.text) > 1 for t in span):
            return []
        cased = "".join(
            (t.text.capitalize() if t.is_upper and len(t.text) > 1 else t.text) + t.whitespace_ for t in span
        ).strip()
        if len(span) == 1 or all(t.is_upper for t in span if t.is_alpha):
            named = [
                p for p in sorted(seen) if p in self.kb.people and cased in self.kb.people[p].name.split()
            ]
            return [("person", named[0])] if len(named) == 1 else []
        return [(kind, ref) for kind, ref in self.readings.get(cased, []) if kind == "person"]

    def _titles_of(self, doc: Doc, day: date | None, found: DocActors) -> None:
        """ "President of Ukraine", "Prime Minister of the Kingdom of Sweden": the office-holder of the day; and
        titles in front of a name belong to its mention ("Belarusian President Aleksandr Lukashenko")."""
        for mention in list(found.mentions):
            actor = found.actors[mention.actor_id]
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None:
                continue
            if actor.kind == "state" and actor.sector is None and span.root.dep_ == "pobj":
                of = span.root.head
                title = of.head
                if of.lower_ == "of" and title.i < of.i:
                    left = title.i
                    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == title.i:
                        left -= 1
                    phrase = " ".join(t.lower_ for t in doc[left : title.i + 1])
                    name = TITLE_ALIASES.get(phrase, phrase)
                    person = (
                        self.kb.holder(name, actor.country or actor.id, day)
                        if TITLE_WORDS.match(phrase)
                        else None
                    )
                    if person is not None:
                        found.replace(doc[left : span.end], self.person_actor(person, day))
                continue
            if actor.kind == "person" and span.start > 0:
                start = span.start
                while start > 0 and (
                    doc[start - 1].lower_ in HONORIFICS
                    or doc[start - 1].lower_ in TITLE_TOKENS
                    or self.readings.get(doc[start - 1].text, [("", "")])[0][0] == "demonym"
                ):
                    start -= 1
                if start < span.start:
                    found.replace(doc[start : span.end], actor)

    def _home_institutions(self, doc: Doc, found: DocActors) -> None:
        """Capitalised institutions with no country ("the Government", "the Ministry of Health", "our Armed
        Forces", "My Administration") and office-holders we do not know ("Deputy Prime Minister Yury Borisov")
        belong to the article's home country: the country it names most."""
        counts: dict[str, int] = {}
        for m in found.mentions:
            actor = found.actors[m.actor_id]
            if actor.kind == "state" and actor.country:
                counts[actor.country] = counts.get(actor.country, 0) + 1
        home = max(counts, key=lambda c: counts[c]) if counts else None
        for chunk in doc.noun_chunks:
            root = chunk.root
            if root.i in found.by_token or root.i == chunk.sent.start:
                continue
            sector = INSTITUTIONS.get(root.lower_)
            if sector is None:
                continue
            start = chunk.start + (1 if chunk[0].dep_ in ("det", "poss") else 0)
            end = max((t.i for t in root.subtree if t.i >= root.i), default=root.i) + 1
            # "the Biden Administration", "Kyiv's Defence Ministry": a known actor in front says whose it is
            # (a person we do not know is taken for the home country's, as below)
            owner = next(
                (
                    a
                    for t in chunk
                    if t.i < root.i
                    and t.pos_ != "PRON"  # ("his ministry": whose, the pronoun's guess does not say)
                    and (a := found.actor_for(t)) is not None
                    and (a.country or a.kind == "person")
                ),
                None,
            )
            if not root.text[:1].isupper() and not (
                sector == "GOV" and owner is not None and owner.kind == "person"
            ):
                # in lower case only a leader's own is an institution ("President X's administration", "the X
                # government": a body, not the person); "the office" alone is not
                continue
            country = owner.country if owner and owner.country else home
            if country is not None:
                found.add(doc[start:end], self.country_actor(country, sector or None))
        if home is None:
            return
        for actor_id, actor in list(found.actors.items()):
            if actor.id.startswith(("person:", "org:")) and actor.country is None:
                texts = [m.text.lower().split() for m in found.mentions if m.actor_id == actor_id]
                titled = any(set(words) & TITLE_TOKENS for words in texts)
                # People and bodies we do not know are most likely the home country's; only a title says which
                # part of it (an office-holder is government).
                found.actors[actor_id] = replace(actor, country=home, code=home + "GOV" if titled else None)

    def _bare_titles(self, doc: Doc, day: date | None, found: DocActors) -> None:
        """ "the president" with no country: the person last named who held that title on the day."""
        for token in doc:
            if token.lower_ not in BARE_TITLES or token.i in found.by_token:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            if any(c.dep_ in ("amod", "compound", "poss", "prep", "appos") for c in token.children):
                continue  # "the French president", "the President of Latvia" are handled with their country
            # Not the clause's own subject: in "He praised the president", he and the president are two people.
            verb = token.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            own = found.actor_for(subject) if subject is not None else None
            # The most-named holder of that title so far (the article's protagonist), the latest on a tie.
            counts: dict[str, tuple[int, int]] = {}
            for i, actor_id in found.person_mentions:
                person = self.kb.people.get(actor_id)
                role = person.role_on(day) if person and i < token.i else None
                if role is not None and role.title == token.lower_ and (own is None or own.id != actor_id):
                    n, _ = counts.get(actor_id, (0, 0))
                    counts[actor_id] = (n + 1, i)
            if counts:
                best = max(counts, key=lambda a: counts[a])
                found.add(doc[token.i : token.i + 1], found.actors[best])

    def _described(
        self, span: DocSpan, head: Token, code: str, day: date | None
    ) -> tuple[Actor | None, DocSpan] | None:
        """'Russia's foreign minister' → the holder; 'Russian forces' → RUSMIL; None for other heads."""
        doc = span.doc
        if head.i < span.start or head.ent_type_ == "PERSON":
            return None  # "Ukrainian President Volodymyr Zelenskyy": the name itself is the mention
        words = [t.lower_ for t in doc[span.end : head.i + 1] if t.dep_ != "case" and t.lower_ != "'s"]
        phrase = " ".join(words)
        title = TITLE_ALIASES.get(phrase, phrase)
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if after is not None and after.ent_type_ == "PERSON":
            return None
        whole = doc[span.start : head.i + 1]
        # "a UK defence minister" is one of several who may hold such a title, not the holder of the office
        one_of = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)
        if TITLE_WORDS.match(phrase) and not one_of:
            person = self.kb.holder(title, code, day)
            if person is not None:
                return self.person_actor(person, day), whole
        sector = self.kb.sector_nouns.get(head.lower_) or self.kb.sector_nouns.get(head.lemma_.lower())
        # a sector named before a government title says whose it is: "the opposition leader", "the intelligence
        # officials" (not "state media", whose head says it)
        if sector == "GOV":
            sector = next((self.kb.sector_nouns[w] for w in words[:-1] if w in self.kb.sector_nouns), sector)
        if sector:
            return self.country_actor(code, sector), whole
        return None

    def _unknown_organisation(self, span: DocSpan) -> Actor | None:
        """An organisation we do not know, kept as an actor of its own, placed in a country it names."""
        words = [t for t in span if not (t.is_punct or t.lower_ in ("the", "of", "and"))]
        if not words or len(span.text) < 3 or span.root.lower_ in INSTITUTIONS:
            return None  # "the Ministry of Health": a home institution, read later with its country
        country = next(
            (
                ref
                for t in span
                for kind, ref in self.readings.get(t.text, [])
                if kind in ("country", "demonym", "place")
            ),
            None,
        )
        return Actor("org:" + _slug(span.text), span.text, None, country, None, "organisation")

    def _unknown_person(self, span: DocSpan, surnames: dict[str, str], force: bool = False) -> Actor | None:
        if not force and (span.label_ != "PERSON" or not span.text[:1].isupper()):
            return None
        name = span.text.strip()
        if name.lower() in PLATFORMS:
            return None  # "posted on Twitter": where the words were put, not who spoke
        if len(span) == 1 and name in surnames:
            actor_id = surnames[name]
            return Actor(actor_id, actor_id.split(":", 1)[1].replace("-", " ").title(), kind="person")
        actor_id = "person:" + _slug(name)
        if len(span) > 1:
            surnames[span[-1].text] = actor_id
        sector = country = None
        for t in span.root.children:
            if t.dep_ in ("compound", "appos", "amod") and t.i < span.start:
                sector = self.kb.sector_nouns.get(t.lower_) or sector
                # "Russian billionaire Oleg Tinkov", "Ukrainian activist Anna X": the nationality the name is
                # introduced with (of the name or of its role noun) is whom the person acts for
                country = next(
                    (
                        ref
                        for m in (t, *(c for c in t.children if c.dep_ in ("amod", "compound")))
                        for kind, ref in self.readings.get(m.text, [])
                        if kind == "demonym" and not _stance_prefixed(m)
                    ),
                    country,
                )
        # a name with its nationality and its part in society (or the state) is an actor (RUSBUS); with only one
        # of the two it is not yet
        code = country + sector if country and sector else None
        return Actor(actor_id, name, code, country, sector, "person")
