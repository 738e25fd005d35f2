"""Who said what: direct quotes, reported speech and beliefs on the parse, and embedded posts.

Rules, in the order they claim text (a later rule never takes text an earlier one attributed):
1. a cue verb with a clausal complement, before or after it ("X said the talks failed", "The talks failed,
   X said", "“We are ready,” X told reporters") — indirect, or mixed when quotation marks fall inside;
2. "according to X" — the rest of the sentence is X's;
3. a cue verb whose object is what was said ("X called for talks", "X cited the report");
4. quotation-mark spans with a cue verb or a dash attribution ("… ” ― Name") in the sentence — direct;
5. every embedded post: its author's statement, or the quoted person's when it opens with "Name:" (``via`` the
   author, dated by the post).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Article, Post, Quote, Span
from ..nlp import text_of
from .cues import (
    ATTITUDE_NOUNS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    BELIEF_VERBS,
    INVERTING,
    PHRASAL,
    QUOTE_ONLY,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TOPIC_NAMING_CUES,
    conditional,
    cue_class,
    lemma,
    negated,
    negation,
    object_class,
    prospective,
    puts_it,
    quote_cue,
)
from .dates import sentence_date
from .speakers import (
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    MEDIA_LABELS,
    PAGE_WORDS,
    ROLE_NOUNS,
    Speaker,
    SpeakerFinder,
    place_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from ..actors import DocActors

# Cues whose content is a proposal or claim the speaker turns down ("rejected calls to cede land", "denied
# that ..."): the side flips.
CONTRARY_CUES = ("reject", "oppos", "refus", "declin", "deni", "deny", "dismiss")
# Cues of talks whose content is their topic ("discussed the supplies of weapons to Ukraine"): no side taken, in
# a statement or a belief.
TOPIC_CUES = ("discuss", "debat")
# Cues whose content is not the speaker's own position: someone else's ("accused the West of ...", "pointed to
# Kyiv's wish to join NATO"), a finding ("polls found ..."), or a thing condemned, which may be named in the
# condemner's own words ("decried the illegal invasion") or neutrally ("criticised supplies of weapons"), so
# the side cannot be read from it; a fear or worry, which names a possibility, not a position; a topic of talks.
OTHERS_CUES = (
    "accus",
    "blam",
    "cit",
    "describ",
    "question",
    "wonder",
    "point",
    "mention",
    "found",
    "find",
    "report",
    "show",
    "recall",
    "justif",
    "compar",
    "inform",
    "quot",
    "condemn",
    "critici",
    "denounc",
    "slam",
    "decr",
    "blast",
    "assail",
    "ridicul",
    "mock",
    "attack",
    "lambast",
    "worr",
    "fear",
    *TOPIC_CUES,
)


def cue_side(cue: str | None) -> int:
    """+1 when the content is the speaker's side, -1 when the speaker turns it down, 0 when it is not theirs."""
    words = (cue or "").lower().replace("n't", " not").replace("n’t", " not").split()
    negative = any(w in ("not", "never") for w in words)  # "did not want", "does not support"
    words = [w for w in words if w not in ("not", "never") and w not in NEGATION_AUXILIARIES] or [""]
    word = words[0]
    if word.startswith(OTHERS_CUES):
        return 0
    side = -1 if word.startswith(CONTRARY_CUES) else 1
    return -side if negative else side


NEGATION_AUXILIARIES = {
    "do",
    "does",
    "did",
    "ca",
    "can",
    "could",
    "would",
    "will",
    "wo",
    "has",
    "have",
    "had",
}


SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Quotation marks: an opening mark and the next closing one in the same paragraph. News mixes straight and
# curly marks (and sometimes mismatches them), so any double mark closes any other; a closing mark that opens a
# line can close nothing, so it is an opening one typed the wrong way round ("”Fear. …” ― Name").
_QUOTED = re.compile(r"(?:[“\"]|(?<![^\n])”)(?=\S)[^“”\"\n]{2,}?[”\"]|''(?:(?!'')[^\n]){4,}?''")
# A quotation that runs over paragraphs leaves its mark open at the end of each paragraph but the last, and the
# next paragraph opens with a mark again (news style): “… he told the paper. “A.¶“B,” he added.
_OPEN_TO_PARAGRAPH = re.compile(r"[“\"](?=\S)[^“”\"\n]{2,}(?=\n[ \t]*\n\s*[“\"])")
# A sign-off after a quotation: "…” — Name" ending the line or the sentence (not "— Putin's troops …").
_DASH_SPEAKER = re.compile(
    r"\s*[―—–-]\s*(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})(?<!['’]s)(?=\s*(?:[\n.,)]|$))"
)
_SPEAKER_PREFIX = re.compile(r"^(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}):\s")
# (a name's particles stay lower case: "Ursula von der Leyen:", "Charles de Gaulle:")
_PARTICLES = r"(?:(?:von|van|der|den|de|da|del|di|du|dos|le|la|bin|ibn|al) )*"
_LINE_SPEAKER = re.compile(
    rf"^[\"“]?(?P<name>[A-Z][\w.’'-]+(?: {_PARTICLES}[A-Z][\w.’'-]+){{0,3}}):[ \t]+(?=\S)", re.MULTILINE
)
_KICKER = re.compile(
    r"(?:(?:[A-Z]{2,} ){2,}|(?:" + "|".join(w.capitalize() for w in MEDIA_LABELS) + r") )(?=[A-Z][a-zà-ž])"
)
_MARKS = "“”\"'‘’"
_PROMO = re.compile(r"(?:an?|the|our)\s+(\w+)", re.IGNORECASE)  # the head of a line's opening phrase
_LINK_LINE = re.compile(r"[ \t]*(?:read|see|watch)\s+(?:also|more)\s*:", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30},[^–—\n]{0,40}?[–—-]+\s+")
FURNITURE = {
    "author",
    "authors",
    "byline",
    "contributor",
    "contributors",
    "translation",
    "translated",
    "source",
    "sources",
    "photo",
    "photos",
    "read",
    "see",
    "watch",
    "video",
    "credit",
    "credits",
    "note",
    "update",
    "updated",
    "related",
    "tags",
    "topics",
    "editor",
    "editing",
    "reporting",
    "image",
    "picture",
    "background",
    "infographic",
    "infographics",
    "graphic",
    "graphics",
    "illustration",
    "map",
}
QUESTIONERS = {
    "journalist",
    "reporter",
    "correspondent",
    "interviewer",
    "we",
}  # who puts an interview's questions
RELAY_CUES = {"report", "learn", "learned", "inform", "reported"}  # a wire passing on someone else's words
MAX_LEAD_WORDS = 8  # "X said on Monday in Kyiv: “…”": how far a cue may stand before the quotation it opens
MAX_TAIL_TOKENS = 10  # "“…,” the Ukrainian foreign minister told reporters": how far after it


@dataclass
class _Pending:
    """An attribution found by a rule, whose speaker is resolved once all are known (in text order)."""

    source: Token | None  # the cue's source mention (subject, "according to" object)
    speaker: Speaker | None  # or a speaker given outright (a name and a colon, a post's author)
    cue: Span | None
    content: Span
    kind: str
    follows: _Pending | None = None  # a cue-less quotation continuing an attributed one
    remembered: bool = True  # does its source become a speaker later pronouns may stand for?
    resolved: Speaker | None = field(default=None, compare=False)

    @property
    def position(self) -> int:
        return min(self.cue.start, self.content.start) if self.cue else self.content.start


def _subject(verb: Token) -> Token | None:
    subjects = [ch for ch in verb.children if ch.dep_ in SUBJECT_DEPS]
    after = next((ch for ch in subjects if ch.left_edge.i == verb.i + 1), None)
    if (
        len(subjects) > 1
        and after is not None
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and not any(ch.ent_type_ for ch in subjects if ch.i < verb.i)
    ):
        # "…, that is, forces fighting on the ground, said Sam Cranny": the parser hung the end of the quoted
        # words on the cue as a second subject; in ", said X" the inverted subject is the source (but in "James
        # Bruner, whose father …, remembers Mr. Bush" the named subject before the cue is)
        return after
    before = [ch for ch in subjects if ch.i < verb.i]
    if len(before) > 1 and any(t.text == "," for t in verb.doc[before[0].right_edge.i + 1 : before[-1].i]):
        # "THE BORROWING Back when he wrote his book, Mr. McKinley said …": a kicker or a fronted phrase the
        # parser hung on the verb as a first subject; a verb has one, the one nearest before it
        subjects.remove(before[-1])
        subjects.insert(0, before[-1])
    for child in subjects:
        if child.dep_ in SUBJECT_DEPS:
            if child.dep_ == "nsubjpass" and lemma(verb) in ADDRESSEE_VERBS:
                # "Americans were told …", "Kyiv was warned …": the subject heard the words; whoever said them is
                # the agent, if the sentence names one
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                if child.dep_ == "nsubjpass":
                    break  # "a new battery, which was announced …": what was announced; the agent announced it
                if verb.head.lemma_.lower() in DOCUMENT_NOUNS and lemma(verb) in PROVISIONS:
                    return None  # "vetoed a resolution that proposed a ban": which text it was, not its words
                return verb.head  # "Murphy, who said ..." → Murphy
            found = _out_of_phrase(verb, child)
            return None if found is None else _past_dateline(found)
    for child in verb.children:
        if child.dep_ == "agent":  # "it was announced by the ministry"
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "xcomp" and (controller := _controller(verb.head)) is not None:
        return controller  # "called on partners to declare ...": the partners would declare, not the caller
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and lemma(verb) in INFERENCES:
        return (
            None  # "…, suggesting they would stay": what the journalist draws from the words, no one's words
        )
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        # "…, adding that …" / "saying …": the participle's source is the nearest cue's above it
        node = verb.head
        while node.head.i != node.i and cue_class(node) is None:
            node = node.head
        if cue_class(node) is not None and node.i != verb.i:
            return _subject(node)
    if (
        verb.dep_ == "advcl"
        and (
            verb.tag_ == "VBN"
            # "Asked why …, he replied": the small model reads a sentence-opening participle as a past tense
            or verb.tag_ == "VBD"
            and verb.i == verb.sent.start
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        return None  # "When asked if …, she said": the main clause's subject was asked; the asker is unnamed
    if (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None  # "To say that … , it's like saying nothing": a fronted infinitive speaks in general
    if (
        verb.dep_ in ("conj", "xcomp", "advcl")
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        if verb.dep_ == "xcomp" and _expletive(verb.head):
            return None  # "It is hard to say …", "it is important to know that …": no one is saying it
        if (
            verb.dep_ == "conj"
            and verb.i > 0
            and (name := verb.nbor(-1)).dep_ == "pobj"
            and name.pos_ in ("PROPN", "NOUN")
            and name.head.lower_ in ("as", "while", "when")
        ):
            # "London committed aid as Prime Minister X warned that …": the parser hung the clause's subject on
            # "as" and its verb on the main clause; the name just before the cue says it
            return name
        return _subject(verb.head)
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in BY_DOING
        and lemma(verb) in SPEECH_VERBS
        and verb.head.head.pos_ in ("VERB", "AUX")
        and verb.head.head.i != verb.i
    ):
        # "responded by saying …", "after saying …, she left": the one who does the main verb says it (not
        # "criticised him for saying", whose sayer is the object)
        return _subject(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head  # "Zelensky, speaking in Kyiv, said" / "a statement saying ..."
    return None


def _out_of_phrase(verb: Token, subject: Token) -> Token | None:
    """The subject when the parser took a fronted phrase's object for it: in "despite the ministry's shift in tone,
    the army announced …" the preposition is left with no object, and the real subject hangs after the comma."""
    before = subject.left_edge.i - 1
    preposition = verb.doc[before] if before >= 0 else None
    if (
        preposition is None
        or preposition.dep_ != "prep"
        or preposition.head.i != verb.i
        or any(ch.dep_ == "pobj" for ch in preposition.children)
    ):
        return subject
    commas = [t.i for t in subject.subtree if t.text == ","]
    return next(
        (
            t
            for t in subject.subtree
            if commas and t.i > commas[-1] and t.dep_ == "appos" and t.pos_ == "PROPN"
        ),
        None,
    )


def _expletive(head: Token) -> bool:
    """Is the verb's subject the "it" that stands for a clause after a predicate ("it is hard to …", "it remains
    critical that …"), not for anyone who could speak?"""
    subject = next((ch for ch in head.children if ch.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(ch.dep_ in ("acomp", "attr") and ch.i > head.i for ch in head.children)
    )


def _past_dateline(subject: Token) -> Token | None:
    """A wire story opens on its dateline ("MINSK, 26 September (BelTA) – Minister … Makei said"), which the parser
    may make the subject: the place is where the story was filed, the phrase after the dash is who spoke."""
    sent = subject.sent
    dateline = _DATELINE.match(text_of(subject.doc), sent.start_char, sent.end_char)
    if dateline is None or subject.idx >= dateline.end():
        return subject
    after = [t for t in subject.head.children if t.dep_ in SUBJECT_DEPS and t.idx >= dateline.end()]
    after += [t for t in subject.subtree if t.idx >= dateline.end() and t.dep_ == "appos"]
    return after[0] if after else None


# What a text provides rather than says: a relative clause with one picks out the text ("a bill that requests …").
PROVISIONS = frozenset({"propose", "request", "require", "demand", "call", "urge", "seek", "provide", "ask"})
BY_DOING = ("by", "after", "before", "while", "besides", "when")
# ... and those whose object is always who hears them ("told reporters …", never "told the talks failed").
TOLD_WHOM = frozenset({"tell", "inform", "brief", "assure", "remind", "notify"})
# What a participle after a reported clause draws from it: the journalist's inference ("…, suggesting …").
INFERENCES = frozenset({"suggest", "indicate", "signal", "imply", "mean", "underscore", "highlight"})
EVIDENCE_VERBS = INFERENCES | {"show", "point"}  # what a thing does to a reader, not what a source says
# Pronouns for people the text does not name ("There are those who argue", "some say", "others maintain"): a view
# the writer sets out, kept as a belief ("those close to him", "some of them", "some in the crowd" are sources).
ANYONE = frozenset({"those", "some", "others", "many", "most", "few"})


def _anyone(source: Token | None) -> bool:
    return (
        source is not None
        and source.lower_ in ANYONE
        and not any(ch.dep_ in ("prep", "amod", "acl", "appos", "advmod", "nummod") for ch in source.children)
    )


# Verbs of saying whose object is who hears the words.
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "brief", "assure", "remind", "notify", "advise", "warn", "urge", "ask", "instruct"}
)


def _controller(head: Token) -> Token | None:
    """The object that does what a verb asks ("urged Kyiv to ...", "called on partners to ...")."""
    for child in head.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text))


def _subtree_span(tokens: list[Token]) -> Span | None:
    """The character span of tokens, trimmed of edge punctuation and quotation marks."""
    # (a subtree is not in text order where the parse crosses: "a position as to who leads" hangs the
    # relative clause on "position", past the "as to" between them)
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _has_verb(doc: Doc, span: Span) -> bool:
    part = doc.char_span(span.start, span.end, alignment_mode="expand")
    return part is not None and any(t.pos_ in ("VERB", "AUX") for t in part)


def _inner(text: str, span: Span) -> Span:
    """A quotation without its marks and the punctuation that closes it inside them."""
    start, end = span.start, span.end
    while start < end and (text[start] in _MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _MARKS or text[end - 1] in ",;: " or text[end - 1].isspace()):
        end -= 1
    return Span(start, end)


class _Collector:
    """Attributions found so far, and the text they already claim."""

    def __init__(self, doc: Doc, article: Article, found: DocActors) -> None:
        self.doc, self.article, self.found = doc, article, found
        self.pending: list[_Pending] = []
        self.claimed: list[Span] = []
        self.dash_cues: set[int] = set()  # "- … - said the minister.": that cue has its words already
        self.quoted = _quotations(article.text)
        # which characters lie inside quotation marks, marked once: inside_quote is asked of every word
        self.within = bytearray(len(article.text))
        for q in self.quoted:
            self.within[q.start + 1 : q.end - 1] = b"\x01" * max(0, q.end - q.start - 2)
        dashed = [Span(m.start("content"), m.end("content")) for m in _DASH_LINE.finditer(article.text)]
        self.speakers = SpeakerFinder(
            doc, found, self.quoted + dashed
        )  # no one named in others' words speaks

    def inside_quote(self, token: Token) -> bool:
        """Words inside quotation marks belong to the quoted speaker, not to the article's attributions."""
        return token.idx < len(self.within) and self.within[token.idx] == 1

    def taken(self, span: Span) -> bool:
        return any(c.start < span.end and span.start < c.end for c in self.claimed)

    def add(
        self,
        source: Token | None,
        cue: Span | None,
        content: Span,
        kind: str,
        speaker: Speaker | None = None,
        follows: _Pending | None = None,
    ) -> _Pending:
        dateline = _DATELINE.match(self.article.text, content.start, content.end)
        if dateline:
            content = Span(
                dateline.end(), content.end
            )  # "MINSK, 21 July (BelTA) – …" is the wire's, not theirs
        said = self.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue else None
        if said is not None and prospective(said.root):
            kind = "belief"  # "is set to say …" tells what someone means to say: not (yet) a statement
        item = _Pending(source, speaker, cue, content, kind, follows)
        if not any(
            q.start <= content.start and content.end <= q.end and _a_name(self.article.text, q)
            for q in self.quoted
        ):
            self.pending.append(item)  # (words inside a quoted name, "the forum “…”", are nobody's)
        self.claimed.append(content)
        return item

    def quotes(self) -> list[Quote]:
        """The attributions in text order, each speaker resolved with what was said before it."""
        text = self.article.text
        out: list[Quote] = []
        for item in sorted(self.pending, key=lambda p: p.position):
            speaker = item.speaker
            if item.follows is not None:
                speaker = item.follows.resolved
            elif (
                speaker is not None
                and (
                    named := self.doc.char_span(speaker.span.start, speaker.span.end, alignment_mode="expand")
                )
                is not None
            ):
                self.speakers.remember(speaker, named.root)  # "Lavrov: …" then "he said"
            elif speaker is None and item.source is not None:
                impersonal = item.source.lower_.strip(_MARKS) == "it" and item.source.dep_ == "nsubjpass"
                speaker = None if impersonal else self.speakers.resolve(item.source)
                if speaker is not None and item.remembered:
                    self.speakers.remember(speaker, item.source)
            if speaker is None or self._to_reader(item) or self._linked(item):
                continue  # no one who can speak: "Mariupol said", "it is noted that"
            if (
                item.cue is not None
                and item.source is not None
                and item.source.lemma_.lower() in QUESTIONERS
                and item.cue.text(text).lower().startswith("ask")
            ):
                continue  # the interviewer's question is the occasion of the words, not a source's statement
            item.resolved = speaker
            if item.kind != "belief" and (_anyone(item.source) or self._evidence(item, speaker)):
                item.kind = "belief"  # a view set out with no one to ask about it, or the writer's reading
            out.append(self._quote(item, speaker, text))
        # "ISW said …, Ukrinform reports": the agency relays the attribution inside; it is not a statement of its own
        return [
            q
            for q in out
            if not (
                q.cue
                and q.cue.split()[-1].lower().rstrip("s") in RELAY_CUES
                and any(
                    o is not q
                    and o.cue_span
                    and q.content_span.start <= o.cue_span.start < q.content_span.end
                    for o in out
                )
            )
        ]

    def _linked(self, item: _Pending) -> bool:
        """'Read also: Minister says …': a line that opens with a link label is another article's headline."""
        text = self.article.text
        at = item.cue.start if item.cue is not None else item.content.start
        return _LINK_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None

    def _to_reader(self, item: _Pending) -> bool:
        """'… breaks down the day's stories, telling you what matters': outside quotation marks the one spoken to
        as "you" is the reader, and the page speaks of itself."""
        if item.cue is None or (cue := self.doc.char_span(item.cue.start, item.cue.end, "expand")) is None:
            return False
        return any(ch.lower_ == "you" and ch.dep_ in ("dobj", "dative") for ch in cue.root.children) and not (
            self.inside_quote(cue.root)
        )

    def _evidence(self, item: _Pending, speaker: Speaker) -> bool:
        """'The findings suggest …', 'documents indicate …': what a thing shows is the writer's reading of it (a
        report that says or states something keeps its words)."""
        if speaker.kind != "document" or item.cue is None:
            return False
        cue = self.doc.char_span(item.cue.start, item.cue.end, alignment_mode="expand")
        return cue is not None and lemma(cue.root) in EVIDENCE_VERBS

    def _quote(self, item: _Pending, speaker: Speaker, text: str) -> Quote:
        content, cue = item.content, item.cue
        post = _post_of(content.start, self.article.posts)
        date, date_source = (post.date, "post") if post and post.date else (self.article.date, "article")
        if cue is not None:
            # "X said on Tuesday …": a date named around the cue, outside the reported words, dates the saying.
            sent = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
            if sent is not None:
                around = (
                    text[sent.sent.start_char : content.start] + " " + text[content.end : sent.sent.end_char]
                )
                named = sentence_date(around, date)
                if named is not None:
                    date, date_source = named, "sentence"
        via = post.author if post and speaker.name != post.author else None
        name, span = speaker.name, speaker.span
        if name and name.endswith(DASHES) and name.rstrip(" .-–—"):
            # "… - continues Sarts.- It wasn't …": the next line's dialogue dash, glued on, is not part of the name
            name = name.rstrip(" .-–—")
            span = (
                Span(span.start, span.start + len(name))
                if span and text[span.start :].startswith(name)
                else span
            )
        return Quote(
            name,
            span,
            cue.text(text) if cue else None,
            cue,
            content.text(text),
            content,
            item.kind,
            date,
            date_source if date else "none",
            speaker.actor,
            via,
        )


def _quotations(text: str) -> list[Span]:
    """The quotations of a text in order: each pair of marks, and each paragraph left open for the next."""
    closed = [Span(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    open_ = [
        Span(m.start(), m.end())
        for m in _OPEN_TO_PARAGRAPH.finditer(text)
        if not any(q.start <= m.start() < q.end or m.start() <= q.start < m.end() for q in closed)
    ]
    return sorted(closed + open_, key=lambda q: q.start)


def _post_of(position: int, posts: tuple[Post, ...]) -> Post | None:
    return next((p for p in posts if p.span.start <= position < p.span.end), None)


def _kind(content: str, klass: str) -> str:
    if klass == "belief":
        return "belief"
    return "mixed" if any(ch in content for ch in '“”"') or "''" in content else "indirect"


def _can_speak(token: Token, c: _Collector) -> bool:
    """Subjects of object cues must be sources: a person, a body, an actor, a personal pronoun."""
    if token.pos_ == "PRON":
        return token.lower_ in ("i", "we", "he", "she", "they", "it")
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.found.actor_for(token) is not None:
        return True
    if token.lemma_.lower() in c.found.source_nouns:
        return True
    # a person or body the speaker resolver reads ("the Republican nominee", "the family"), not a document
    speaker = c.speakers.resolve(token) if token.pos_ in ("NOUN", "PROPN") else None
    return speaker is not None and speaker.kind in ("person", "body", "unnamed", "group")


# -- rule 1: quotations -------------------------------------------------------------------------------


def _cue_after(c: _Collector, quote: Span) -> Token | None:
    """'“…,” X said' / '“…,” said X': a cue verb just after the closing mark, its source outside the marks."""
    doc = c.doc
    tail = doc.char_span(quote.end, min(len(text_of(doc)), quote.end + 200), alignment_mode="expand")
    if tail is None or re.search(r"\.\W*$", text_of(doc)[quote.start : quote.end]):
        return None  # "… her life.” Ivanka Trump acknowledged …": the quotation closed its sentence
    for n, t in enumerate(tail):
        if n > MAX_TAIL_TOKENS or t.text in ("“", "\n") or "\n" in t.text or t.text in ".!?" and n > 0:
            return None
        if t.pos_ in ("VERB", "AUX") and quote_cue(t) and not negated(t):
            # only the cue's own source, adverbs and punctuation may stand between the quotation and the cue
            own = {
                x.i
                for ch in t.children
                if ch.dep_ in SUBJECT_DEPS and ch.idx >= quote.end
                for x in ch.subtree
            }
            if all(
                x.i in own or x.is_punct or x.is_space or x.pos_ in ("ADV", "AUX", "PART") for x in tail[:n]
            ):
                return t
            return None
    return None


def _cue_before(c: _Collector, quote: Span) -> tuple[Token, Span] | None:
    """'X said: “…”' / 'X told reporters, “…”' / 'X said that “…”' (then the lead-in is part of the words)."""
    doc, text = c.doc, c.article.text
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    before = [t for t in sent if t.idx < quote.start]
    for t in reversed(before):
        if t.pos_ not in ("VERB", "AUX") or c.inside_quote(t):
            continue
        if cue_class(t) != "statement" and lemma(t) not in SPEECH_VERBS or negated(t) or conditional(t):
            return None
        gap = text[t.idx + len(t.text) : quote.start]
        words = gap.split()
        if lemma(t) in QUOTE_ONLY and words and words[-1].lower() == "to":
            return None  # "is continuing to “destabilize …”": an act carried on, not words going on
        addressee = " ".join(
            ch.text for ch in t.children if ch.dep_ in ("dobj", "dative", "prep", "npadvmod")
        )
        if len(words) > MAX_LEAD_WORDS or re.search(r"[.?!;“”\"]", gap):
            return None
        stripped = gap.strip()
        if not stripped or stripped in (":", ",") or stripped.endswith((":", ",")):
            return t, quote  # the quotation itself is the content
        if stripped.startswith("that") or not any(w in addressee for w in words):
            lead = t.idx + len(t.text) + len(gap) - len(gap.lstrip())
            return t, Span(lead, quote.end)  # "said that “…”": the lead-in belongs to the words (mixed)
        return t, quote
    return None


def _direct_quotes(c: _Collector) -> None:
    """Quotation marks with their cue beside them. A quotation split by its cue within one sentence is one
    record from the first opening mark to the last closing one ("“A,” she said, “B.”"); a cue-less quotation
    in a sentence of its own right after an attributed one is a record of its own with the same speaker and
    cue ("“A,” she said. “B.”"), as news annotators count them; a paragraph going on with words left open at
    the end of the one before (no closing mark) is the same record."""
    text = c.article.text
    last: _Pending | None = None
    last_end = -1  # where the sentence carrying the last attributed quotation ends
    waiting: list[Span] = []  # cue-less quotations of this paragraph that a later cue may claim
    for quote in c.quoted:
        words = text[quote.start : quote.end].split()
        if (
            c.taken(quote)
            or len(words) < 3
            and not (
                re.search(r"[,?!]\W*$", text[quote.start : quote.end]) and _cue_after(c, quote) is not None
            )
        ):
            continue  # scare quotes ("dictator") are evaluations, not statements; "“I would,” she said" is one
        if _within_clause(c, quote):
            continue  # 'said the plan was “a mistake” to ...': the reported clause is the record (mixed)
        if _a_name(text, quote):
            continue  # 'said at the forum “This is Our History!”': the quotation names an event, nobody says it
        inner = _inner(text, quote)
        # a cue-less quotation joins the next one's record only across a word or three ("“…” workers. “…,” she
        # said"), never across the journalist's own sentence
        waiting = [
            w
            for w in waiting
            if "\n" not in text[w.end : quote.start] and len(text[w.end : quote.start].split()) <= 3
        ]
        if last is not None and quote.start < last_end and not _own_cue(c, quote, last.cue):
            last.content = Span(last.content.start, inner.end)  # the sentence runs on after its cue
            c.claimed.append(quote)
            last_end = quote.end
            continue
        dash = _DASH_SPEAKER.match(text, quote.end, min(len(text), quote.end + 80))
        if (
            dash
            and not text[quote.end : dash.start("name")].strip(" ,―—–-")
            and _has_verb(c.doc, inner)  # "the “Great Three Men” – Stalin, Roosevelt …" names, says nothing
        ):
            name = Span(dash.start("name"), dash.end("name"))
            last = c.add(
                None,
                Span(dash.start(), dash.start("name")),
                inner,
                "direct",
                Speaker(name.text(text), name, None, "person"),
            )
            last_end, waiting = dash.end(), []
            continue
        after = _cue_after(c, quote)
        if after is not None and lemma(after) in RELAY_CUES and _cue_before(c, quote) is not None:
            after = None  # "Lavrov said that “…”, the ministry reported": the words are Lavrov's, relayed
        if after is not None:
            source = _subject(after)
            if source is None:
                # "“…” - announced the Kremlin": an inverted cue whose speaker the small model reads as its object
                source = next(
                    (
                        t
                        for t in after.children
                        if t.dep_ == "dobj"
                        and t.i > after.i
                        and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG"))
                        and t.lower_ not in ROLE_NOUNS  # a title ("added the MP") is left to the parse
                    ),
                    None,
                )
            if source is not None and quote.start <= source.idx < quote.end:
                # The parser took a word of the quotation as the subject; the speaker is the name between the
                # closing mark and the cue ("…,” Trump reposted").
                span = c.doc.char_span(quote.end, after.idx, alignment_mode="expand")
                between = [t for t in span or [] if t.pos_ in ("PROPN", "PRON") or t.ent_type_ == "PERSON"]
                # or the name right after it ("…,” said William Reinsch from the CSIS)
                behind = [
                    t
                    for t in after.doc[after.i + 1 : after.i + 6]
                    if t.dep_ in ("nsubj", "appos", "dobj")
                    and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG"))
                ]
                source = between[-1] if between else behind[0] if behind else None
            if source is not None:
                start = waiting[0].start if waiting else quote.start
                lead = _lead_in(c, quote, after)
                if lead is not None and not waiting:
                    # "Ukraine expects the shipments to leave “this week,” its minister says": the sentence's
                    # words before the quotation are the minister's too (mixed)
                    last = c.add(source, _token_span(after), Span(lead, _inner(text, quote).end), "mixed")
                    c.claimed.append(quote)
                    last_end, waiting = after.sent.end_char, []
                    continue
                last = c.add(source, _token_span(after), _inner(text, Span(start, quote.end)), "direct")
                c.claimed.extend(waiting)
                last_end, waiting = after.sent.end_char, []
                continue
        before = _cue_before(c, quote)
        if before is not None:
            cue, content = before
            source = _subject(cue)
            if source is not None and not c.inside_quote(source):
                kind = "direct" if content == quote else "mixed"
                end = inner.end
                if kind == "mixed" and (rest := _subtree_span(_split_predicate(cue, quote))) is not None:
                    end = max(end, rest.end)
                last = c.add(
                    source, _token_span(cue), inner if kind == "direct" else Span(content.start, end), kind
                )
                last_end, waiting = cue.sent.end_char, []  # the sentence may run on to more of the words
                continue
        if last is not None and not text[last_end : quote.start].strip(" \n\t,.") and not _own_cue(c, quote):
            # A quotation opening the paragraph after an attributed one, with no cue of its own, continues it.
            if not any(mark in text[last.content.end : quote.start] for mark in ("”", '"', "''")):
                # the last one's mark left open at the paragraph's end: the same quotation runs on (one record)
                last.content = Span(last.content.start, inner.end)
                c.claimed.append(quote)
                last_end = quote.end
                continue
            last = c.add(
                None, last.cue, inner, "direct", follows=last if last.follows is None else last.follows
            )
            last_end = quote.end
            continue
        last = None
        waiting.append(quote)


def _split_predicate(cue: Token, words: Span) -> list[Token]:
    """The rest of a reported clause whose quoted subject the parser closed off at the quotation mark: 'said that
    “becoming entangled in the dispute” was not “vital”' hangs "was not …" on the cue as a second clause. A
    complement with no subject of its own, opening right after the closing mark, is the quoted words' predicate."""
    after = next((t for t in cue.doc[cue.i :] if t.idx >= words.end), None)
    if after is None or cue.doc[after.i - 1].text not in _MARKS or after.is_punct:
        return []
    for clause in cue.children:
        if (
            clause.dep_ == "ccomp"
            and clause.left_edge.i == after.i
            and cue_class(clause) is None
            and not any(g.dep_ in SUBJECT_DEPS for g in clause.children)
        ):
            return [t for t in clause.subtree if not (t.i == clause.right_edge.i and t.is_punct)]
    return []


# Words after which quotation marks hold a name (of an event, a work, an operation, a motto), not words said.
NAMING_WORDS = {
    "forum", "conference", "summit", "congress", "campaign", "operation", "programme", "program", "project",
    "initiative", "festival", "exhibition", "book", "film", "documentary", "series", "song", "slogan", "motto",
    "hashtag", "banner", "titled", "entitled", "headlined", "named",
}  # fmt: skip


def _a_name(text: str, quote: Span) -> bool:
    """Does the quotation follow a noun of events or works, or "titled" / "named" ("at the forum “…”")?"""
    before = re.search(r"([^\W\d_]+)[\s,]*$", text[max(0, quote.start - 40) : quote.start])
    return before is not None and before.group(1).lower() in NAMING_WORDS


def _within_clause(c: _Collector, quote: Span) -> bool:
    """Is the quotation a part of a reported clause that runs on beyond it (then the clause rule takes it)?"""
    span = c.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "ccomp" and cue_class(head) == "statement" and not c.inside_quote(head):
            clause = [t for t in node.subtree if not t.is_punct]
            outside = [t for t in clause if not quote.start <= t.idx < quote.end]
            return len(outside) >= 2
        node = head
    return False


def _lead_in(c: _Collector, quote: Span, cue: Token) -> int | None:
    """Where the sentence starts when a cue after the quotation reports it and the words before it as one."""
    sent = cue.sent
    before = c.article.text[sent.start_char : quote.start]
    if len(before.split()) < 2 or any(ch in before for ch in '“”"') or sent.start_char >= quote.start:
        return None
    if any(cue_class(t) == "statement" and t.idx < quote.start for t in sent if t.pos_ in ("VERB", "AUX")):
        return None  # the words before have a cue of their own
    start = sent.start_char
    while start < quote.start and c.article.text[start].isspace():
        start += 1
    return start


def _own_cue(c: _Collector, quote: Span, but: Span | None = None) -> bool:
    """Does the quotation's sentence hold a cue of its own (then the clause rule attributes it)?"""
    span = c.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        cue_class(t) is not None
        and t.pos_ in ("VERB", "AUX")
        and not c.inside_quote(t)
        and (but is None or t.idx != but.start)
        for s in {span[0].sent, span[-1].sent}
        for t in s
    )


# -- rule 2: reported clauses -------------------------------------------------------------------------


def _misread_cue(token: Token) -> Token | None:
    """The small model's misreading of "the military claims that …" or "the campaign plans to …" as a noun
    phrase: the source before it."""
    if (
        token.pos_ != "NOUN"
        or token.dep_ != "ROOT"
        or not token.lower_.endswith("s")
        or token.lower_[:-1] not in SPEECH_VERBS | BELIEF_VERBS
        or _misread_clause(token) is None
    ):
        return None
    return next(
        (ch for ch in reversed(list(token.lefts)) if ch.dep_ in ("amod", "compound", "nmod", "nsubj")), None
    )


def _misread_clause(token: Token) -> Token | None:
    """The clause after a misread cue: a complement, a 'that' clause the model hung on it as relative, or an
    infinitive (no noun takes one as a complement: "plans to employ")."""
    return next(
        (
            ch
            for ch in token.children
            if ch.dep_ == "ccomp"
            or ch.dep_ == "xcomp"
            and ch.i > token.i
            or ch.dep_ == "relcl"
            and ch.i > token.i
            and any(g.lower_ == "that" and g.dep_ == "mark" for g in ch.children)
        ),
        None,
    )


def _clause_quotes(c: _Collector) -> None:
    # statements claim their words before beliefs do: in "Ukraine expects X, the minister says" the minister
    # said the whole, Ukraine's expectation included
    for token in sorted(c.doc, key=lambda t: (cue_class(t) != "statement", t.i)):
        if c.inside_quote(token):
            continue
        if (source := _misread_cue(token)) is not None:
            clause = _misread_clause(token)
            content = _subtree_span(list(clause.subtree)) if clause is not None else None
            said = "statement" if token.lower_[:-1] in SPEECH_VERBS else "belief"
            if content is not None and not c.taken(content):
                c.add(source, _token_span(token), content, _kind(content.text(c.article.text), said))
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if lemma(token) == "make" and (
            clear := next((ch for ch in token.children if ch.lower_ == "clear"), None)
        ):
            # "made it very clear that …": the clause hangs off "clear"
            clauses = [ch for ch in clear.children if ch.dep_ in ("ccomp", "advcl")]
            subject = _subject(token)
            if subject is not None and clauses and not negated(token):
                content = _subtree_span(list(clauses[0].subtree))
                if content is not None and not c.taken(content):
                    cue = Span(token.idx, clear.idx + len(clear.text))
                    c.add(subject, cue, content, _kind(content.text(c.article.text), "statement"))
            continue
        klass = cue_class(token)
        if klass is None or _unsaid(token, klass) or conditional(token) or token.i in c.dash_cues:
            continue
        as_clause = token.dep_ == "advcl" and any(
            ch.dep_ == "mark" and ch.lower_ == "as" for ch in token.children
        )
        if as_clause and not any(ch.dep_ in SUBJECT_DEPS for ch in token.children):
            continue  # "As mentioned earlier, …": the text's own voice
        if (
            as_clause
            and klass == "statement"
            and not any(ch.dep_ in ("dobj", "ccomp") and not puts_it(token) for ch in token.children)
            and (subject := _subject(token)) is not None
            and subject.i > next(ch.i for ch in token.children if ch.dep_ == "mark")
            and not (
                cue_class(token.head) == "statement"
                and (speaker := _subject(token.head)) is not None
                and speaker.lower_ != "it"
                and speaker.dep_ != "nsubjpass"
                and _can_speak(speaker, c)
            )
        ):
            # (not where the clause is someone's own words: "The chancellor emphasized …, as some have demanded")
            # "As the newspaper added, it is not known …": the clause the as-phrase hangs on is the content
            own = {t.i for t in token.subtree}
            # not the writer's own assessment joined after it: "…, as the minister stated, and it is likely that …"
            own |= {
                t.i
                for ch in token.head.children
                if ch.dep_ == "conj" and ch.i > token.i and _expletive(ch)
                for t in [*ch.subtree, *(g for g in token.head.children if g.dep_ == "cc" and g.i < ch.i)]
            }
            content = _subtree_span([t for t in token.head.subtree if t.i not in own])
            if content is not None and not c.taken(content) and _has_verb(c.doc, content):
                c.add(subject, _token_span(token), content, _kind(content.text(c.article.text), klass))
            continue
        clauses = sorted(
            (
                ch
                for ch in token.children
                if _reported(ch)
                and not _across_colon(token, ch)
                and not _after_dash(token, ch)
                and not (ch.i < token.i and (_own_object(token, c) or _fronted_adverbial(ch)))
            ),
            key=lambda ch: (ch.i < token.i, ch.i),
        )  # the clause after the cue first
        first = next((t for t in token.subtree if not t.is_punct), token)
        # "Even if it fails, he said, the work is done": the clause whose subject follows the cue began before it
        fronted = token.head.i > token.i and any(
            ch.dep_ in SUBJECT_DEPS and ch.i > token.i for ch in token.head.children
        )
        if (
            token.dep_ == "parataxis"
            and first.i > token.sent.start
            and token.doc[first.i - 1].text == ","
            and not fronted
        ):
            # "Troops can be deployed in hours, the agency said, since …": the words before the cue are the content
            before = [t for t in token.sent if t.i < first.i]
            content = _subtree_span(before)
            if (
                content is not None
                and not c.taken(content)
                and _has_verb(c.doc, content)
                and (subject := _subject(token)) is not None
            ):
                c.add(subject, _token_span(token), content, _kind(content.text(c.article.text), klass))
                continue
        if (
            token.dep_ == "parataxis"
            and token.head.i != token.i
            and not _after_colon(token)
            and (
                not clauses
                or token.head.i < token.i
                and not any(g.dep_ == "mark" and g.lower_ == "that" for g in clauses[0].children)
            )
        ):
            # "The talks failed, he said" / "Aid, he said, will come": the cue hangs off the reported clause
            # (what follows such a cue is its adverbial, "…, the agency said, since they …")
            clauses = [token.head]
        subject = _subject(token)
        if subject is None or not clauses:
            continue
        clause = clauses[0]
        if _inverted_condition(clause):
            # "warned that should Sweden join NATO, Russia would deploy …": the condition alone is not the warning;
            # the words run on to the consequence, which the parser hangs beside it or above the cue
            later = [ch for ch in clauses[1:] if ch.i > clause.i]
            head = token.head
            if later:
                tokens = sorted((t for ch in (clause, *later) for t in ch.subtree), key=lambda t: t.i)
            elif token.dep_ == "ccomp" and head.i > clause.i and head.pos_ in ("VERB", "AUX"):
                tokens = [t for t in head.subtree if t.i >= clause.left_edge.i]
            elif any(ch.dep_ == "dobj" and ch.i > token.i for ch in token.children):
                # "threatened Russia with “severe consequences” should Moscow attack": what the cue governs
                tokens = [
                    t
                    for ch in token.rights
                    if ch.dep_ in ("dobj", "dative", "prep", "ccomp") and ch.i < clause.right_edge.i + 1
                    for t in ch.subtree
                ]
            else:
                continue
            content = _subtree_span(tokens)
            if content is not None and not c.taken(content):
                c.add(subject, _cue_span(token), content, _kind(content.text(c.article.text), klass))
            continue
        if (
            clause.i > token.i
            and any(ch.dep_ == "ccomp" and ch.i < token.i for ch in token.children)
            and any(t.text == "," for t in token.doc[token.i : clause.i])
        ):
            # "X, Lukashenko said in an interview, BelTA has learned": the words before are the content
            clause = next(ch for ch in token.children if ch.dep_ == "ccomp" and ch.i < token.i)
        skip = {t.i for t in token.subtree} if clause.i == token.head.i else set()
        for other in clause.children:
            if (
                other.dep_ == "conj"
                and cue_class(other) is not None
                and any(g.dep_ in SUBJECT_DEPS for g in other.children)
            ):
                skip |= {
                    t.i for t in other.subtree
                }  # "officials say …, and a police official told CNN that …"
                skip |= {t.i for t in clause.children if t.dep_ == "cc" and t.i < other.i}
        for other in clause.subtree:
            if (
                other.dep_ == "prep"
                and other.lower_ == "with"
                and any(
                    g.dep_ == "pcomp"
                    and cue_class(g) == "statement"
                    and any(x.dep_ == "nsubj" for x in g.children)
                    for g in other.children
                )
            ):
                skip |= {t.i for t in other.subtree}  # "…, with the governor writing that …": another's words
            if (
                other.dep_
                in ("advcl", "conj")  # "…, signaling …" joined to the clause's last verb by the parser
                and other.tag_ == "VBG"
                and lemma(other) in INFERENCES
                and other.i > clause.i
                and other.doc[other.left_edge.i - 1].text == ","
            ):
                skip |= {
                    t.i for t in other.subtree
                }  # "…, suggesting they would stay": the journalist's inference
            if (
                other.dep_ in ("advcl", "conj")
                and other.tag_ == "VBG"
                and cue_class(other) == "statement"
                and clause.i > token.i
                and other.i > clause.i
                and other.doc[other.left_edge.i - 1].text == ","
                and not any(g.dep_ in SUBJECT_DEPS and g.i < other.i for g in other.children)
                and _nearest_cue(other) == token
            ):
                # "said the site was hit, saying it came under fire": the participle is a statement of its own
                skip |= {t.i for t in other.subtree}
        tokens = [t for t in clause.subtree if t.i not in skip]  # "that" stays, as annotators mark it
        tokens += _lost_predicate(clause) + _resumed(tokens)
        if _concession_first(clause) and (main := _main_after(token, clause)):
            # "told reporters that while the build-up “poses a threat”, he believes it is …": the parser ends the
            # words with the concession; they run on to the clause it leads into
            tokens = sorted({*tokens, *main}, key=lambda t: t.i)
        if tokens and tokens[-1].text in _MARKS:
            tokens += _split_predicate(token, Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        lost = next((ch for ch in token.children if ch.dep_ == "dobj" and ch.i < clause.i), None)
        if (
            clause.i > token.i
            and lost is not None
            and lemma(token) not in TOLD_WHOM
            and not any(g.dep_ in SUBJECT_DEPS for g in clause.children)
        ):
            tokens = list(lost.subtree) + tokens  # "warned the scale of violence had increased": its subject
        if clause.i == token.head.i and token.i < clause.i:
            # "Aid, he said, will come": a clause wrapping round its cue is one record from its first word to its
            # last; but not round another cue ("…, he said, they add that …") nor round words already attributed
            whole = _subtree_span(tokens)
            if cue_class(clause) == "statement" or whole is None or c.taken(whole):
                tokens = [t for t in tokens if t.i > token.right_edge.i]  # the words after the cue
        content = _subtree_span(tokens)
        if content is not None and c.taken(content):
            # the clause runs into words already attributed ("said X is “…” adding “…”"): keep what comes before
            cut = min((x.start for x in c.claimed if content.start < x.start < content.end), default=None)
            tokens = [t for t in tokens if cut is not None and t.idx + len(t.text) <= cut]
            while tokens and (
                tokens[-1].is_punct or tokens[-1].pos_ in ("CCONJ", "VERB") and tokens[-1].tag_ == "VBG"
            ):
                tokens = tokens[:-1]
            content = _subtree_span(tokens)
        if content is None or c.taken(content) or not _has_verb(c.doc, content):
            continue
        c.add(subject, _cue_span(token), content, _kind(content.text(c.article.text), klass))


# Words that open a clause telling when or why, not what was said ("When Harris met Zelensky, she told him …").
def _lost_predicate(clause: Token) -> list[Token]:
    """The predicate of a reported clause whose subject the parser read as a clause of its own: in "said that
    sanctions levied by the West could be seen as aggression" the participle "levied" (with its agent) is taken
    for the verb, and the subjectless "could be seen as …" after it is the words' real predicate."""
    end = clause.right_edge.i + 1
    if (
        clause.tag_ not in ("VBD", "VBN")
        or not any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in clause.children)
        or end >= len(clause.doc)
        or clause.doc[end].tag_ != "MD"
    ):
        return []
    verb = clause.doc[end].head
    if verb.i <= end or any(ch.dep_ in SUBJECT_DEPS for ch in verb.children):
        return []
    return [t for t in clause.doc[end : verb.right_edge.i + 1]]


ADVERBIAL_OPENERS = {
    "when",
    "while",
    "after",
    "before",
    "since",
    "once",
    "until",
    "because",
    "although",
    "though",
}


def _fronted_adverbial(clause: Token) -> bool:
    """Is a clause before the cue a fronted adverbial the parser took for the reported words?"""
    # (the opener stands before the clause's subject: "He has since been dubbed …" opens nothing)
    subject = next((ch for ch in clause.children if ch.dep_ in SUBJECT_DEPS), None)
    return subject is not None and any(
        ch.dep_ in ("advmod", "mark") and ch.lower_ in ADVERBIAL_OPENERS and ch.i < subject.i
        for ch in clause.children
    )


# Conjunctions that open a subordinate clause put before the main one ("that while …, …", "that although …, …").
CONCESSIVES = {"while", "although", "though", "whereas", "if", "when", "because", "since", "unless", "once"}


def _concession_first(clause: Token) -> bool:
    """Does a reported clause open with 'that' and a subordinating conjunction ("that while it poses a threat")?"""
    words = [t for t in clause.subtree if not t.is_punct][:2]
    return len(words) == 2 and words[0].lower_ == "that" and words[1].lower_ in CONCESSIVES


def _main_after(cue: Token, clause: Token) -> list[Token]:
    """The main clause that a fronted subordinate one leads into, right after its comma and with its own subject,
    which the parser hung beside the reported clause on the cue, or above the cue: its words."""
    after = clause.right_edge.i + 1
    if after >= len(cue.doc) or cue.doc[after].text != ",":
        return []
    verbs = [ch for ch in cue.children if ch.dep_ == "ccomp" and ch.i > after]
    if cue.dep_ == "ccomp" and cue.head.i > after:
        verbs.append(cue.head)  # "…, he believes it is …" read as the sentence's root
    for verb in verbs:
        words = [t for t in verb.subtree if t.i > after]
        subject = next((g for g in verb.children if g.dep_ in SUBJECT_DEPS), None)
        if words and words[0].i == after + 1 and subject is not None and subject.i > after:
            return words
    return []


def _inverted_condition(clause: Token) -> bool:
    """'should Sweden join NATO', 'had they known': a condition put by inversion, not a clause that reports."""
    subject = next((ch for ch in clause.children if ch.dep_ in SUBJECT_DEPS), None)
    return subject is not None and any(
        ch.dep_ == "aux" and ch.lower_ in INVERTING and ch.i < subject.i for ch in clause.children
    )


def _nearest_cue(verb: Token) -> Token | None:
    """The first cue above a verb in the parse, which a participle of saying shares its source with."""
    node = verb.head
    while node.head.i != node.i and cue_class(node) is None:
        node = node.head
    return node if cue_class(node) is not None and node.i != verb.i else None


# Modals that make saying a duty or a possibility, not a deed ("Biden must state his intention", "the jets might
# suggest to Putin that …"); "will" and "would" are left: news previews remarks and narrates ("would later say").
UNSAID_MODALS = {"must", "should", "might", "may", "could", "ought"}


def _unsaid(token: Token, klass: str) -> bool:
    """A negated cue reports nothing said ("did not say that …"); but a mind's "does not think", "did not want"
    is a belief or an attitude as much as its affirmative, told with its negation in the cue. Saying someone
    must, should or might do is no saying."""
    if klass != "belief" and any(a.dep_ == "aux" and a.lower_ in UNSAID_MODALS for a in token.children):
        return True
    return negated(token) and not (klass == "belief" and negation(token) is not None)


def _cue_span(token: Token) -> Span:
    """The cue's span, from its negation and the auxiliary before it when it has one ("did not want")."""
    neg = negation(token)
    if neg is None:
        return _token_span(token)
    aux = [a for a in token.children if a.dep_ == "aux" and a.i == neg.i - 1]
    start = aux[0] if aux else neg
    return Span(start.idx, token.idx + len(token.text))


def _reported(clause: Token) -> bool:
    """A clause that reports: a complement, or a 'that' clause the small model hung on as adverbial — but not a
    clause after a dash that follows the cue's own complement ("pledged to deepen ties – a reference to …": the
    journalist's gloss, which the parser may hang on the cue)."""
    if not (clause.dep_ == "ccomp" or clause.dep_ == "advcl" and clause.left_edge.lower_ == "that"):
        return False
    cue = clause.head
    glossed = (
        clause.i > cue.i
        and any(t.text in ("–", "—") for t in cue.doc[cue.i : clause.left_edge.i])
        and any(ch.dep_ in ("xcomp", "dobj") and ch.i < clause.left_edge.i for ch in cue.children)
    )
    return not glossed


# Verbs of saying whose object is the one spoken to.
ADDRESSING_VERBS = {"tell", "inform", "assure", "brief", "remind", "warn", "ask", "address", "urge", "notify"}


def _own_object(cue: Token, c: _Collector) -> bool:
    """Does the verb have an object of its own that is not someone spoken to ("- it shares a border with
    Ukraine"; not "…, he told reporters")? Then the clause before it is not what it reports."""
    if lemma(cue) in ADDRESSING_VERBS:
        return False  # "told the media", "briefed the clergy": the object is whom the words were for
    return any(
        d.dep_ == "dobj" and d.pos_ in ("NOUN", "PROPN") and not _can_speak(d, c) for d in cue.children
    )


DASHES = ("-", "–", "—")


def _resumed(tokens: list[Token]) -> list[Token]:
    """When reported words end on the dash that closes an aside inside them, the clause that resumes after it
    (which the small model may hang elsewhere: "argues that it is X -- including Y -- that constitutes a
    threat"); not a new clause joined on ("-- and he added …") nor a new statement."""
    dashes = [t for t in tokens if t.text in (*DASHES, "--")]
    closing = tokens[-1] if tokens else None
    if closing is None or len(dashes) != 2 or dashes[-1] != closing or closing.i + 1 >= closing.sent.end:
        return []
    top = closing.doc[closing.i + 1]
    if top.is_punct or top.pos_ == "CCONJ":
        return []
    while top.head.i > closing.i and top.head.i != top.i:
        top = top.head
    if top.left_edge.i <= closing.i or lemma(top) in SPEECH_VERBS:
        return []
    return [t for t in top.subtree if t.i not in {u.i for u in tokens}]


def _after_dash(cue: Token, clause: Token) -> bool:
    """Is the clause the journalist's aside after a dash the small model hangs on the cue ("denying involvement
    … - that's despite evidence proving …")?"""
    # (an aside closed by a second dash before the clause is a parenthesis: "announced – on Tuesday – that …")
    # and a cue set off by dashes itself ("Therefore - he says - it is necessary …") reports what follows
    dashes = [t for t in cue.doc[cue.i + 1 : clause.left_edge.i] if t.text in DASHES]
    opened = any(t.text in DASHES for t in cue.doc[cue.sent.start : cue.i])
    return clause.i > cue.i and not opened and len(dashes) % 2 == 1 and any(t.head.i == cue.i for t in dashes)


def _across_colon(cue: Token, clause: Token) -> bool:
    """A clause before a colon is a headline or a lead, not what the cue after the colon reports."""
    if clause.i > cue.i:
        return False
    return any(t.text == ":" for t in cue.doc[clause.i : cue.i])


def _after_colon(token: Token) -> bool:
    """Does a colon stand between the cue's clause and the clause it hangs off ("Corridor agreed: X said …")?"""
    head = token.head
    lo, hi = sorted((head.i, token.i))
    return any(t.text == ":" for t in token.doc[lo:hi])


def _according_to(c: _Collector) -> None:
    for token in c.doc:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
            continue
        to = token.nbor(1)
        source = next((ch for ch in to.children if ch.dep_ == "pobj"), None) or _misread_source(to)
        if source is None:
            continue
        misread = token.dep_ == "ROOT" and token.i == token.sent.start
        if misread:
            # "According to X, the move failed." misread with "according" as the sentence's root (and the rest as
            # a noun phrase, so no verb may be found in it): the words after the comma that closes the source
            comma = next((t for t in token.sent if t.i > to.i and t.text == ","), None)
            tokens = [t for t in token.sent if comma is not None and t.i > comma.i]
        else:
            phrase = (
                {t.i for t in token.subtree} | {t.i for t in to.subtree} | set(range(token.i, source.i + 1))
            )
            clause = token.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            while clause.dep_ == "conj" and clause.i < token.i and clause.head.pos_ in ("VERB", "AUX"):
                clause = clause.head  # "A won 37 percent and B 13 percent, according to the results": both
            # the clause "according to X" qualifies, not the journalist's sentence around it
            scope = clause.subtree if clause.pos_ in ("VERB", "AUX") and clause.dep_ != "ROOT" else token.sent
            tokens = [t for t in scope if t.i not in phrase]
        if _points_back(token) and token.sent.start > 0:
            # "That's according to X": the words are the sentence before, as wire copy writes a claim first
            tokens = list(c.doc[token.sent.start - 1].sent)
        content = _subtree_span(tokens)
        if content is None or c.taken(content):
            continue
        if not _has_verb(c.doc, content) and not (misread and len(tokens) >= 4):
            continue
        opening = next((t for t in tokens if not t.is_punct and not t.is_space), None)
        if opening is not None and opening.pos_ == "VERB" and quote_cue(opening):
            continue  # "“…” - announced the Kremlin, according to Reuters": a cue that reports, not what was said
        kind = "belief" if _findings(source) else _kind(content.text(c.article.text), "statement")
        c.add(source, Span(token.idx, to.idx + len(to.text)), content, kind)


def _impersonal(c: _Collector) -> None:
    """ "According to the resolution, … It is emphasized that …": an impersonal passive cue opening a sentence
    goes on reporting the document quoted in the sentence before it, as news summarises a text point by point."""
    # (from the rare passive "it" that opens a sentence, not from every word: most articles have none)
    for it in (t for t in c.doc if t.dep_ == "nsubjpass" and t.lower_ == "it" and t.i == t.sent.start):
        token = it.head
        subject = next((ch for ch in token.children if ch.dep_ == "nsubjpass"), None)
        if (
            subject is None
            or subject.i != it.i
            or cue_class(token) != "statement"
            or negated(token)
            or any(ch.dep_ == "agent" for ch in token.children)
        ):
            continue
        clause = next((ch for ch in token.children if _reported(ch) and ch.i > token.i), None)
        before = token.sent.start - 1
        if clause is None or before < 0:
            continue
        document = next(
            (
                t
                for t in reversed(list(c.doc[before].sent))
                if t.lemma_.lower() in DOCUMENT_NOUNS
                and not c.inside_quote(t)
                and (
                    t.dep_ == "nsubj"
                    and quote_cue(t.head)
                    or t.head.lower_ == "to"
                    and t.head.head.lower_ == "according"
                )
            ),
            None,
        )
        content = _subtree_span(list(clause.subtree))
        if document is None or content is None or c.taken(content):
            continue
        c.add(
            document,
            Span(subject.idx, token.idx + len(token.text)),
            content,
            _kind(content.text(c.article.text), "statement"),
        )


# Nouns of a mind that frame a clause as someone's view: "in Trump's view, …", "in his eyes, …".
VIEW_NOUNS = frozenset(
    {"view", "opinion", "eyes", "mind", "estimation", "judgment", "judgement", "assessment"}
)
# Counts of opinion that frame a clause as what they found: "in the latest poll, Clinton leads …".
POLL_NOUNS = frozenset({"poll", "survey"})
# What a count found ("according to new survey results"): a reading of figures, not anyone's words.
FINDINGS = frozenset({"result", "finding"})
# How figures are worked up from records (not released as a body's own word, "data provided by the ministry").
COMPILING_VERBS = frozenset({"compile", "collect", "gather", "analyse", "analyze", "calculate", "process"})


def _findings(source: Token) -> bool:
    """Is the source of "according to" what a count found, or figures compiled by someone: a finding, not words?"""
    if source.lemma_.lower() in FINDINGS:
        return True
    return source.lemma_.lower() in DATA_NOUNS and any(
        v.dep_ == "acl" and v.lemma_.lower() in COMPILING_VERBS for v in source.children
    )


def _in_view(c: _Collector) -> None:
    """'In Trump's view, …' (the possessor's belief) and 'In the latest poll, Clinton leads …' (the poll's
    finding, a belief as "the poll shows" is): the clause the phrase frames, without the phrase."""
    for token in c.doc:
        if token.lower_ != "in" or token.dep_ != "prep" or token.head.dep_ != "ROOT" or c.inside_quote(token):
            continue  # only a phrase framing its sentence: "the rise in polls" frames nothing
        noun = next((ch for ch in token.children if ch.dep_ == "pobj"), None)
        if noun is None or token.head.pos_ not in ("VERB", "AUX"):
            continue
        holder = next((ch for ch in noun.children if ch.dep_ == "poss"), None)
        if noun.lower_ in VIEW_NOUNS or noun.lemma_.lower() in VIEW_NOUNS:
            if holder is None or not (_person(holder, c) if holder.pos_ == "PRON" else _can_speak(holder, c)):
                continue
            source, cue = holder, Span(token.idx, noun.idx + len(noun.text))
        elif noun.lemma_.lower() in POLL_NOUNS and holder is None:
            source, cue = noun, _token_span(token)
        else:
            continue
        phrase = {t.i for t in token.subtree}
        content = _subtree_span([t for t in token.sent if t.i not in phrase])
        if content is None or c.taken(content) or not _has_verb(c.doc, content):
            continue
        c.add(source, cue, content, "belief").remembered = False


def _points_back(according: Token) -> bool:
    """Does the sentence open "That's according to X" / "This is according to X", whose "that" is the sentence
    before?"""
    doc, i = according.doc, according.i
    opening = [t for t in doc[according.sent.start : i] if not t.is_punct and not t.is_space]
    return (
        len(opening) == 2
        and opening[0].lower_ in ("that", "this")
        and opening[1].lower_ in ("'s", "’s", "is", "was")
    )


def _misread_source(to: Token) -> Token | None:
    """The source of "according to show insiders" when the small model reads the noun phrase as a verb and its
    object: the last noun or name of the phrase, before any comma or clause, is its head. When the parser hung
    nothing on "to" ("according to the F.A.A." with the name left loose), the words after it are the phrase."""
    head = None
    words = [t for t in to.subtree if t.i > to.i]
    loose = not words
    for t in words or to.doc[to.i + 1 : to.sent.end]:
        if t.text == "," or t.dep_ in ("relcl", "acl", "appos") or loose and (t.is_punct or t.pos_ == "VERB"):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
    return head


# Where words are said or written: an attack made there is verbal ("attacked her in early-morning tweets").
SPEECH_SETTINGS = {
    "tweet",
    "post",
    "speech",
    "remark",
    "interview",
    "statement",
    "op",
    "column",
    "letter",
    "ad",
    "debate",
    "video",
    "message",
    "rally",
    "address",
    "conference",
    "briefing",
    "podcast",
    "editorial",
    "email",
    "comment",
    "broadcast",
    "show",
    "article",
    "essay",
    "book",
    "memo",
    "blog",
}


def _verbal_attack(token: Token) -> bool:
    """'attacked Clinton in a speech' / 'during an interview' / ', saying …': an attack in words, not in arms."""
    if lemma(token) not in ("attack", "hit"):
        return False
    if lemma(token) == "hit" and not any(ch.lower_ == "out" for ch in token.children):
        return False  # "hit out at" is verbal; "hit" alone strikes
    for child in token.children:
        if child.dep_ == "advcl" and lemma(child) in SPEECH_VERBS and child.tag_ == "VBG":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during", "on", "at", "via", "through")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_SETTINGS for g in child.children)
        ):
            return True
    return False


def _attack_on_person(token: Token, c: _Collector) -> bool:
    """'Berg attacked Kowal', 'she attacked the party for …': a person attacking a person, a body or a group of
    people is, in the news, an attack in words whose words are not given (an attitude); an army, a crowd, an
    attack on a place or an attack with a weapon is not."""
    if lemma(token) != "attack" or token.pos_ != "VERB":
        return False
    subject = _subject(token)
    target = next((ch for ch in token.children if ch.dep_ == "dobj"), None)
    if subject is None or target is None or not _person(subject, c):
        return False
    if not (
        _person(target, c)
        or target.ent_type_ in ("ORG", "NORP")
        or target.lemma_.lower() in c.found.source_nouns
    ):
        return False
    return not any(
        ch.dep_ == "prep"
        and ch.lower_ == "with"
        and not any(g.lemma_.lower() in SPEECH_SETTINGS for g in ch.children if g.dep_ == "pobj")
        for ch in token.children
    )


def _person(token: Token, c: _Collector) -> bool:
    """A person named in the text or a pronoun (or title) the speaker resolver reads as one."""
    if token.ent_type_ == "PERSON":
        return True
    speaker = c.speakers.resolve(token) if token.pos_ in ("PRON", "NOUN", "PROPN") else None
    return speaker is not None and speaker.kind == "person"


# Determiners that point back: "the change", "this decision", "its move" name words told elsewhere.
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "its", "his", "her", "their"}


def _anaphoric(tokens: list[Token]) -> bool:
    """Is an object content only a pronoun or a pointing determiner and a bare noun ("it", "the change")?"""
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1:
        return words[0].pos_ == "PRON"
    return len(words) == 2 and words[0].lower_ in ANAPHORIC_DETERMINERS and words[1].pos_ == "NOUN"


def _one_name(tokens: list[Token], klass: str) -> Span | None:
    """An attitude's object that is one name ("endorsed Berg", "backed Valdoria"): whom the attitude is toward.
    A statement needs more than one word to report anything."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if klass != "belief" or len(words) != 1 or words[0].pos_ != "PROPN":
        return None
    return _token_span(words[0])


def _object_quotes(c: _Collector) -> None:
    # statements claim their words before attitudes do: "did not address the posts in which he called her
    # “disgusting”" keeps the calling a statement
    for token in sorted(c.doc, key=lambda t: (object_class(t) == "belief", t.i)):
        attack = "statement" if _verbal_attack(token) else "belief" if _attack_on_person(token, c) else None
        if (
            token.pos_ == "VERB"
            and not c.inside_quote(token)
            and attack is not None
            and not negated(token)
            and not conditional(token)
            and (subject := _subject(token)) is not None
            and _can_speak(subject, c)
        ):
            # what was attacked, and for what or as what ("attacked Clinton for her support of …", "as a fraud"),
            # is the gist of the words
            parts = [
                ch
                for ch in token.rights
                if ch.dep_ == "dobj" or ch.dep_ == "prep" and ch.lower_ in ("for", "at", "over", "as")
            ]
            content = _subtree_span(
                [
                    t
                    for p in parts
                    for t in p.subtree
                    if not (p.dep_ == "prep" and p.lower_ == "at" and t.i == p.i)
                ]
            )
            if content is None and attack == "belief":
                content = _one_name([t for p in parts if p.dep_ == "dobj" for t in p.subtree], attack)
            if content is not None and not c.taken(content):
                c.add(subject, _token_span(token), content, _kind(content.text(c.article.text), attack))
            continue
        klass = object_class(token) if token.pos_ == "VERB" and not c.inside_quote(token) else None
        if klass is None or _unsaid(token, klass) or conditional(token):
            continue
        patient = next((ch for ch in token.children if ch.dep_ == "nsubjpass"), None)
        agent = next(
            (g for ch in token.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None
        )
        if patient is not None and agent is not None:
            # "was endorsed by dozens of papers", "was first reported by the Post": the agent holds or says it of
            # the passive subject
            content = _subtree_span(list(patient.subtree)) or _one_name(list(patient.subtree), klass)
            if content is not None and not c.taken(content) and _can_speak(agent, c):
                c.add(agent, _token_span(token), content, _kind(content.text(c.article.text), klass))
            continue
        subject = _subject(token)
        if subject is None or subject.dep_ == "nsubjpass" or not _can_speak(subject, c):
            continue  # "others were seen as evasive": the passive subject is what the cue is about, not its source
        if token.dep_ == "acl" and token.tag_ == "VBN":
            # "a plan proposed by leaders from five countries": what was proposed is the noun the participle
            # describes; the words after it are the rest of the proposer's phrase
            continue
        word = lemma(token)
        rights = [ch for ch in token.rights if ch.dep_ in ("dobj", "xcomp", "prep", "oprd", "prt", "ccomp")]
        if rights and all(_inverted_condition(r) for r in rights):
            continue  # "warned that should Sweden join NATO …" names a condition, not what was warned of
        if not rights or word in ("reject", "dismiss") and not any(r.dep_ == "dobj" for r in rights):
            continue  # what is turned down is the object ("rejected in 2015" names none)
        first = rights[0]
        particles = PHRASAL.get(word, ())
        if (
            klass == "belief"
            and token.dep_ == "relcl"
            and all(r.dep_ == "prep" and r.lower_ not in OBJECT_PREPOSITIONS for r in rights)
            and first.lower_ not in particles
        ):
            # "the anxiety the students felt at the start", "guarantees which Russia expects from NATO": what is
            # felt is the noun the clause describes (but "… that he disagreed with the stance" has its own object)
            continue
        cue_end = token
        if first.dep_ in ("prt", "prep") and first.i == token.i + 1 and first.lower_ in particles:
            cue_end = first  # "called for", "called on", "warned of"
            tokens = [t for t in first.subtree if t.i > first.i]
            for extra in rights[1:]:
                tokens += list(extra.subtree)
        elif word == "call" and any(r.dep_ in ("oprd", "xcomp", "ccomp", "attr") for r in rights):
            # "called the charges fabricated": naming is saying; "… in his strongest condemnation yet" is the
            # journalist's frame around it
            tokens = [t for r in rights if r.dep_ != "prep" for t in r.subtree]
        elif word in ("ask", "tell") and (
            not any(r.dep_ == "xcomp" for r in rights)
            or not any(r.dep_ == "dobj" for r in rights)  # "asking not to be named" appeals to no one
            or token.tag_ == "VBN"
            and not any(ch.dep_ == "aux" for ch in token.children)
        ):
            # "asked about the ruling" is a question, "told reporters" names who heard, "Asked to explain, she
            # said" was asked by someone else; "asked Kyiv to …", "told his aides to …" an appeal or an order to
            # the one named
            continue
        elif word in PHRASAL and word not in ("warn", "ask"):
            continue  # "called" alone summons, "pointed" alone gestures
        elif word == "claim" and not _claim_said(token, rights, c):
            # "the war has claimed 14,000 lives" took them; "claimed the town", "can claim two victories" lay claim
            # to a thing: nobody said anything
            continue
        elif word == "cast" and not any(r.dep_ == "prep" and r.lower_ == "as" for r in rights):
            continue  # "cast him as a traitor" portrays; "cast a ballot", "cast doubt" do not
        elif word == "decline" and not any(r.dep_ in ("dobj", "xcomp") for r in rights):
            continue  # "declined the offer", "declined to comment" refuse; "declined from 58 to 55 percent" fell
        elif word == "show" and any(r.dep_ == "prt" and r.lower_ == "up" for r in rights):
            continue  # "showed up at the debate" came; it shows nothing
        elif word == "link" and not (
            any(ch.dep_ == "nsubj" for ch in token.children) and any(r.dep_ == "dobj" for r in rights)
        ):
            continue  # "experts linked the breach to …" claims a tie; "firms linked to …", "a bridge linking …" are ties
        elif word in ("deny", "refuse") and sum(ch.dep_ in ("dobj", "dative", "ccomp") for ch in rights) > 1:
            continue  # "denied Putin one of his aims", "denied him bail": withheld from someone, not said
        elif word in ("deny", "refuse") and first.dep_ == "dobj" and first.ent_type_ == "PERSON":
            continue  # "the court denied Mr Holt bail" (the small model hangs the thing withheld elsewhere)
        else:
            tokens = [t for r in rights for t in r.subtree]
        tokens += _second_object(token, tokens)
        tokens.sort(key=lambda t: t.i)
        dash = next((t.i for t in tokens if t.text in ("–", "—", "--") and t.i > tokens[0].i), None)
        if dash is not None:
            tokens = [
                t for t in tokens if t.i < dash
            ]  # "… – a reference to …": after the dash, the journalist's gloss
        if klass == "statement" and _anaphoric(tokens) and cue_end is token:
            # "publicly announced the change": the words are told elsewhere, or not at all (but "called for his
            # dismissal" names what was demanded)
            continue
        if klass == "statement" and word in TOPIC_NAMING_CUES and _topic(rights):
            klass = "belief"  # "mentioned the reports in Western media": what was talked about, not the words
        content = _subtree_span(tokens) or _one_name(tokens, klass)
        if content is None or c.taken(content):
            continue
        cue = Span(_cue_span(token).start, cue_end.idx + len(cue_end.text))
        c.add(subject, cue, content, _kind(content.text(c.article.text), klass))


# Nouns whose phrase tells a stance taken, not a topic ("reiterated its call for …", "reaffirmed its commitment").
STANCE_NOUNS = SPEECH_NOUNS | BELIEF_NOUNS | ATTITUDE_NOUNS | {
    "call", "position", "stance", "demand", "appeal", "need", "importance", "necessity",
}  # fmt: skip


def _topic(rights: list[Token]) -> bool:
    """Is a cue's one object a bare noun phrase naming a topic: no clause, no "as" predicate, no stance noun?"""
    objects = [r for r in rights if r.dep_ == "dobj"]
    if len(objects) != 1 or any(r.dep_ not in ("dobj", "prep") or r.lower_ == "as" for r in rights):
        return False
    obj = objects[0]
    return (
        obj.pos_ in ("NOUN", "PROPN")
        and obj.lemma_.lower() not in STANCE_NOUNS
        and not any(t.lower_ == "as" and t.dep_ == "prep" for t in obj.subtree)
        and not any(
            ch.dep_ in ("acl", "appos", "ccomp") and any(g.dep_ == "mark" for g in ch.children)
            for ch in obj.children
        )  # "noted the fact that …"
    )


# Prepositions that bring a verb's object ("disagreed with the stance", "worried about the cost").
OBJECT_PREPOSITIONS = {"with", "about", "of", "for", "against", "to", "toward", "towards", "over"}

# What "claiming" a thing declares: that one won or did it ("claimed victory", "claimed responsibility for …").
DECLARED_CLAIMS = {"victory", "win", "responsibility", "credit", "authorship"}


def _claim_said(token: Token, rights: list[Token], c: _Collector) -> bool:
    """Does 'claim' report words: a clause ("claimed that …", "claimed to need …"), quoted words, or a declared
    win or deed ("claimed victory")? Another plain noun is laid claim to ("claims the valley"), and what one "can
    claim" one is entitled to ("it can claim only two victories"): nothing said."""
    if any(ch.dep_ == "aux" and ch.lower_ in ("can", "could") for ch in token.children):
        return any(r.dep_ == "ccomp" for r in rights)
    return any(
        r.dep_ in ("ccomp", "xcomp")
        or r.dep_ == "dobj"
        and r.lemma_.lower() in DECLARED_CLAIMS
        or any(c.inside_quote(t) for t in r.subtree)
        for r in rights
    )


# Words that open a clause named as an object ("spoke of the war, and how it ended").
WH_OBJECTS = ("how", "what", "why", "whether")


def _second_object(cue: Token, tokens: list[Token]) -> list[Token]:
    """The parser joins a second object to the cue as if it were a second verb: "mentioned refinancing loans and
    forcing universities to …" (a gerund, where a verb sharing the cue's subject would be finite) or "spoke of
    the war, and how it ended" (a clause opened by how/what/why/whether). The second object is said too."""
    end = max((t.i for t in tokens), default=cue.i)
    out: list[Token] = []
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i <= end or any(g.dep_ in ("aux", "auxpass") for g in conj.children):
            continue
        gerund = (
            conj.tag_ == "VBG"
            and cue.tag_ != "VBG"
            and not any(g.dep_ in SUBJECT_DEPS for g in conj.children)
        )
        if gerund or conj.left_edge.lower_ in WH_OBJECTS:
            out += list(conj.subtree)
    return out


# Verbs that put forward a claim named by its noun ("repeated his claim that …", "voiced fears that …").
CARRIERS = (
    "make",
    "repeat",
    "issue",
    "reiterate",
    "voice",
    "express",
    "offer",
    "give",
    "deliver",
    "level",
    "raise",
    "share",
    "renew",
    "air",
    "float",
)


def _noun_cues(c: _Collector) -> None:
    """'Trump's claim that …', 'her fear that …', 'repeated the charge that …' (a noun of saying or of the mind
    with its 'that' clause, the claimant its possessor or the subject of the verb that puts it forward), and
    'she is confident that …' / 'he is worried about …' (an adjective of the mind on a source): the noun's
    clause is the claimant's words (or belief), the adjective's its holder's belief."""
    text = c.article.text
    for token in c.doc:
        if c.inside_quote(token):
            continue
        word = token.lemma_.lower()
        if token.pos_ == "NOUN" and (word in SPEECH_NOUNS or word in BELIEF_NOUNS or word in ATTITUDE_NOUNS):
            clause = next(
                (
                    ch
                    for ch in token.children
                    if ch.dep_ in ("acl", "ccomp", "relcl")
                    and ch.i > token.i
                    and any(g.dep_ == "mark" and g.lower_ == "that" for g in ch.children)
                ),
                None,
            )
            if clause is None:
                _attitude_noun(c, token)
                continue
            source = next((ch for ch in token.children if ch.dep_ == "poss"), None)
            if (
                source is None
                and token.dep_ == "dobj"
                and lemma(token.head) in CARRIERS
                and not negated(token.head)
                and not conditional(token.head)
            ):
                source = _subject(token.head)
            if source is None or source.lower_ == "its" and source.head.i != token.i:
                continue
            tokens = list(clause.subtree)
            klass = "statement" if word in SPEECH_NOUNS else "belief"
        elif (
            token.pos_ == "ADJ"
            and word in BELIEF_ADJECTIVES
            and (
                token.dep_ == "acomp"
                or token.dep_ == "advcl"
                and any(ch.dep_ == "nsubj" for ch in token.children)
            )
        ):
            # "with leaders worried about …": an adjective with a subject of its own holds it as "are" would
            head = token.head if token.dep_ == "acomp" else token
            if negated(head) or conditional(head):
                continue
            # ("is determined to act", "eager to join": the intention the infinitive names)
            clause = next((ch for ch in token.children if ch.dep_ in ("ccomp", "xcomp")), None) or next(
                (ch for ch in head.children if ch.dep_ == "ccomp" and ch.i > token.i), None
            )
            prep = next(
                (
                    ch
                    for ch in token.children
                    if ch.dep_ == "prep" and ch.lower_ in ("about", "of", "over", "that", "with")
                ),
                None,
            )
            if clause is not None:
                tokens = list(clause.subtree)
            elif prep is not None:
                tokens = [t for t in prep.subtree if t.i != prep.i]
            else:
                continue
            source = _subject(head)
            if source is None or not _can_speak(source, c) or _expletive(head):
                continue
            klass = "belief"
        else:
            continue
        content = _subtree_span(tokens)
        if content is None or c.taken(content):
            continue
        if klass == "statement" and not _has_verb(c.doc, content):
            continue
        c.add(source, _token_span(token), content, _kind(content.text(text), klass))


# Prepositions that name what an attitude is toward ("support for", "criticism of", "opposition to").
TOWARD = ("for", "of", "to", "against", "toward", "towards", "with", "on", "about", "over")


def _attitude_noun(c: _Collector, token: Token) -> None:
    """'Clinton's support for the bill', 'his determination to act alone': an attitude or intention noun with its
    holder as possessor and what it is toward as its object or infinitive — the holder's belief."""
    if token.lemma_.lower() not in ATTITUDE_NOUNS:
        return
    holder = next((ch for ch in token.children if ch.dep_ == "poss"), None)
    if holder is None and token.dep_ == "dobj" and lemma(token.head) == "have" and not negated(token.head):
        holder = _subject(
            token.head
        )  # "she has doubts about …", "has no illusions about …": hers as "her doubts"
    if holder is None or not (_person(holder, c) if holder.pos_ == "PRON" else _can_speak(holder, c)):
        return  # "its", "their" stand for bodies too loosely to hold an attitude; "his", "her" for a person named
    object_ = next(
        (
            ch
            for ch in token.rights
            if ch.dep_ == "acl"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
            or ch.dep_ == "prep"
            and ch.lower_ in TOWARD
            and ch.i == token.i + 1
            and not (ch.lower_ == "of" and token.head.dep_ != "poss" and lemma(token.head) == "have")
        ),
        None,
    )
    if object_ is None:
        return
    tokens = [t for t in object_.subtree if not (object_.dep_ == "prep" and t.i == object_.i)]
    content = _subtree_span(tokens) or _one_name(tokens, "belief")
    if content is None or c.taken(content):
        return
    # "has no illusions about …": the cue keeps the "no" that turns the attitude round
    no = next((ch for ch in token.children if ch.dep_ == "det" and ch.lower_ == "no"), None)
    cue = Span(no.idx, token.idx + len(token.text)) if no is not None else _token_span(token)
    # a possessor is no speaker: "his support for …" leaves who a later "he said" means as it was
    c.add(holder, cue, content, "belief").remembered = False


# A dialogue dash opens a line or follows a finished sentence or a colon ("… Ukraine.- If this happens … - he
# said.", "… about his visit: - I told him …"); a lead may drop it and still close on the sign-off ("China is
# concerned - assessed the CIA director.").
_DASH_OPEN = re.compile(
    r"^[ \t]*(?P<dash>[-–—])?[ \t]*(?=\S)|(?<=[.!?:])[ \t]*(?P<mid>[-–—])[ \t]*(?=\S)", re.MULTILINE
)
# The sign-off closing the words: a dash, then the cue and speaker up to the sentence's end ("- said Scholz.").
_DASH_CLOSE = re.compile(r"[ \t]+[-–—][ \t]*(?P<tail>[^\n\-–—.]{2,100}?)[ \t]*(?:\.|$)", re.MULTILINE)
_SENTENCE_BREAK = re.compile(r"[.!?:][\"”]?[ \t]*(?:[-–—][ \t]*)?[A-Z]")
# The same dialogue dash on the text alone, for the words no one named inside may speak
_DASH_LINE = re.compile(
    r"(?:^|(?<=[.!?:]))[ \t]*[-–—][ \t]*(?P<content>\S[^\n]*?)[ \t]+[-–—][ \t]*"
    r"(?P<tail>[^\n\-–—.]{2,60}?)[ \t]*(?:\.|$)",
    re.MULTILINE,
)


# A title's abbreviation closing a dash sign-off's tail, whose full stop is not the sentence's ("- said Dr. X").
_TITLE_DOT = re.compile(r"\b(?:Dr|Prof|Gen|Col|Mr|Mrs|Ms|Sen|Rep|Lt|Maj|Capt)$")


def _dash_lines(c: _Collector) -> None:
    """Dialogue dashes, as much of the European press writes quotations: "- We want no war - said Lavrov."."""
    text = c.article.text
    for opening in _DASH_OPEN.finditer(text):
        start = opening.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        # a dash inside the words ("Anglo -Saxons", "- as it seems -") is no sign-off: try the next one, but never
        # past a sign-off ("- he said.- We …"), which closes the words even when the parse cannot name its speaker
        for match in _DASH_CLOSE.finditer(text, start, line_end):
            if _dash_quote(c, opening, match) or _SIGN_OFF.match(match.group("tail")):
                break


# A tail that reads as a sign-off whatever its parse: a verb of saying in it ("he said", "said.-" as one word).
_SIGN_OFF = re.compile(
    r"(?:\S+\s+){0,3}?(?:said|says|told|wrote|"
    + "|".join(sorted(v for v in SPEECH_VERBS if v.isalpha()))
    + r")(?:s|d|ed)?\b",
    re.IGNORECASE,
)


def _dash_quote(c: _Collector, opening: re.Match[str], match: re.Match[str]) -> bool:
    """Is the dash closing a dialogue dash's words a sign-off naming who said them? Attribute them if so."""
    text = c.article.text
    content = Span(opening.end(), match.start())
    end = match.end("tail")
    if _TITLE_DOT.search(match.group("tail")):
        end = (text.find("\n", end) + 1 or len(text) + 1) - 1  # "- … - said Dr. Adam Kowal.": past the title
    tail = c.doc.char_span(match.start("tail"), end, alignment_mode="expand")
    words = text[content.start : content.end]
    if tail is None or c.taken(content) or len(words.split()) < 3:
        return False
    cue = next((t for t in tail if t.pos_ in ("VERB", "AUX") and quote_cue(t)), None)
    if cue is None:
        return False
    inverted = cue.i == tail.start  # "- said Scholz", "- assessed the head of the CIA"
    if not (opening.group("dash") or opening.group("mid")) and (
        not inverted or cue_class(cue) != "statement" or _SENTENCE_BREAK.search(words)
    ):
        return False  # with no dash opening them, only one sentence signed off "- said X" is plainly quoted
    inside = c.doc.char_span(content.start, content.end, alignment_mode="contract")
    if not (opening.group("dash") or opening.group("mid")) and any(
        cue_class(t) == "statement"
        and not negated(t)
        and any(g.dep_ in SUBJECT_DEPS for g in t.children)
        and any(g.dep_ == "ccomp" for g in t.children)
        for t in inside or []
    ):
        return False  # "X confirmed that … - says the portal": the sentence attributes its words itself
    source = _subject(cue)
    if inverted and (source is None or source.idx < match.start("tail")):
        # the small model reads "said Scholz" as an adjective, or the speaker after the cue as its object
        source = _inverted_subject(cue, tail)
    if source is None or not match.start("tail") <= source.idx < end:
        return False
    # (a lead with no dash reports the words, as wires write a summary: "China is concerned - assessed X.")
    dashed = opening.group("dash") or opening.group("mid")
    c.add(source, _token_span(cue), content, "direct" if dashed else _kind(words, "statement"))
    c.dash_cues.add(cue.i)
    return True


def _inverted_subject(cue: Token, tail: TokenSpan) -> Token | None:
    """The noun phrase right after an inverted cue ("said Chancellor Scholz"): its last word, the phrase's head
    (not a clause the cue governs: "understood what X said", nor whom it addresses: "telling them …")."""
    head = None
    for token in tail.doc[cue.i + 1 : tail.end]:
        if token.pos_ in ("PROPN", "NOUN") or token.lower_ in ("he", "she") and token.i == cue.i + 1:
            head = token
        elif head is not None or token.pos_ not in ("DET", "ADJ"):
            break
    return head


def _colon_blocks(c: _Collector) -> None:
    """'The governor added:' closing its paragraph, the words set out as the next one (a block quotation)."""
    text = c.article.text
    for sent in c.doc.sents:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or last.text != ":":
            continue
        cue = next((t for t in reversed(sent) if t.pos_ in ("VERB", "AUX") and not c.inside_quote(t)), None)
        if (
            cue is None
            or not quote_cue(cue)
            or cue_class(cue) == "belief"
            or negated(cue)
            or conditional(cue)
        ):
            continue
        gap = re.match(r"[ \t]*\n\s*", text[last.idx + 1 :])
        if gap is None:
            continue  # the words follow on the same line: the quotation rules read those
        start = last.idx + 1 + gap.end()
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        content = _inner(text, Span(start, end))
        while content.end > content.start and text[content.end - 1] in " .":
            content = Span(content.start, content.end - 1)
        source = _subject(cue)
        if (
            source is None
            or content.end - content.start < 8
            or _blocked(c, content)
            or _LINE_SPEAKER.match(text, start)
        ):
            continue
        c.add(source, _token_span(cue), content, "direct")


# -- rule 3: transcripts and posts --------------------------------------------------------------------


def _line_speakers(c: _Collector) -> None:
    """'Name: words' at the start of a line (interview transcripts, live blogs)."""
    text = c.article.text
    for match in _LINE_SPEAKER.finditer(text):
        if _post_of(match.start(), c.article.posts) is not None:
            continue
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        while end > match.end() and text[end - 1] in " .":
            end -= 1  # the closing full stop is punctuation, not content
        content = Span(match.end(), end)
        if content.end - content.start < 8 or _blocked(c, content):
            continue
        if (
            match.group("name").isupper()
            and " " in match.group("name")
            or match.group("name").lower() in FURNITURE
        ):
            continue  # "RUSSIA INVADES UKRAINE: LIVE UPDATES", "Source: PAP" are page furniture, not speakers
        if (promo := _PROMO.match(text, content.start)) and promo.group(1).lower() in PAGE_WORDS:
            continue  # "Morning Brief: A newsletter for …": the page names its own sign-up box, no one speaks
        start = match.start() + (1 if text[match.start()] in '"“' else 0)
        end = start + len(match.group("name"))
        # "VIEW VIDEO Okła-Drewnowicz: …": capitals before a name are a page's label, not part of the name
        start += len(kicker.group()) if (kicker := _KICKER.match(text, start, end)) else 0
        name = Span(start, end)
        label = name.text(text)
        if (
            label.isupper()
            and all(place_name(w) for w in re.split(r"[-/]", label))
            and not any(
                a.kind == "person" and len(words := a.name.lower().split()) > 1 and label.lower() in words
                for a in c.found.actors.values()
            )
        ):
            # "UKRAINE: …", "RUSSIA-UKRAINE: …": a place in capitals heads a section (but "WARREN: …" after
            # "Senator Anna Warren" is her line in a transcript)
            continue
        if _section_label(c, name, content):
            continue  # "USA: the Pentagon announced …": the line reports someone else; the place heads a section
        c.add(
            None,
            Span(name.end, name.end + 1),
            content,
            _kind(content.text(text), "statement"),
            _named(c, name),
        )


def _section_label(c: _Collector, name: Span, content: Span) -> bool:
    """Is a line's label a place heading a section, not a capital speaking for its government ("China: NATO
    disregards the facts")? It is when the line names its own speaker: a cue with a subject, outside quotes."""
    label = c.doc.char_span(name.start, name.end, alignment_mode="expand")
    if label is None:
        return False
    root = label.root
    actor = c.found.actor_for(root)
    if not (actor.kind == "state" if actor is not None else root.ent_type_ in ("GPE", "LOC")):
        return False
    if (named := _named(c, name)) is not None and named.kind == "person":
        return False  # a surname the tagger took for a place ("Zakharova: …") is the person the article named
    line = c.doc.char_span(content.start, content.end, alignment_mode="expand")
    if line is None or not len(line):
        return False
    first = line[0].sent  # the line's own first sentence
    return any(
        cue_class(t) == "statement"
        and not c.inside_quote(t)
        and any(ch.dep_ in SUBJECT_DEPS for ch in t.children)
        for t in first
        if line.start <= t.i < line.end
    )


def _blocked(c: _Collector, line: Span) -> bool:
    """Is a transcript line's text attributed already? Attributions the speaker reports inside the line ("WALLACE:
    … the campaign announced that …") nest in it and leave it the speaker's; one that covers most of it does not."""
    inside = [x for x in c.claimed if x.start < line.end and line.start < x.end]
    if any(x.start < line.start or x.end > line.end for x in inside):
        return True
    return sum(x.end - x.start for x in inside) > 0.7 * (line.end - line.start)


def _named(c: _Collector, name: Span) -> Speaker | None:
    """A speaker given by name alone ("Lavrov: …"), resolved like any mention when the parse has it."""
    label = name.text(c.article.text)
    if label.isupper():
        # a transcript writes speakers in capitals ("XI: …", "WALLACE: …"): the person the article names so,
        # whatever the parse made of the capitals
        actor = next(
            (
                a
                for a in c.found.actors.values()
                if a.kind == "person"
                and a.name.split()
                and label.lower() in (a.name.lower(), a.name.split()[-1].lower(), a.name.split()[0].lower())
            ),
            None,
        )
        if actor is not None:
            return Speaker(actor.name, name, actor.id, "person")
    span = c.doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is not None:
        speaker = c.speakers.resolve(span.root)
        if speaker is not None:
            # a name the base does not know is shown as the line gives it, not as far as the parse ran on
            # ("WATCH VIDEO Brzęk-Kowal" read as one mention)
            shown = label if speaker.actor is None and speaker.span.start < name.start else speaker.name
            return Speaker(shown, name, speaker.actor, speaker.kind)
    return Speaker(label, name, None, "unknown")


def _post_quotes(c: _Collector, quotes: list[Quote]) -> list[Quote]:
    """A post is its author's statement, except the words it attributes to someone else."""
    text = c.article.text
    for post in c.article.posts:
        inside = [q for q in quotes if post.span.start <= q.content_span.start < post.span.end]
        prefix = _SPEAKER_PREFIX.match(post.text)
        start = post.span.start
        name = Span(start, start + len(prefix.group("name"))) if prefix else None
        if name is not None and prefix is not None and (speaker := _named(c, name)) is not None:
            # "Trump: I think …" — the whole post is the named person's; nested first-person cues are theirs too.
            quotes = [q for q in quotes if q not in inside or (q.speaker or "").lower() not in ("i", "we")]
            content = Span(start + prefix.end(), post.span.end)
            quotes.append(
                Quote(
                    speaker.name,
                    name,
                    None,
                    Span(name.end, name.end + 1),
                    content.text(text),
                    content,
                    "post",
                    post.date,
                    "post" if post.date else "none",
                    speaker.actor,
                    post.author if speaker.name != post.author else None,
                )
            )
            continue
        others = [q for q in inside if q.speaker != post.author and (q.speaker_actor or q.kind == "direct")]
        own_start = post.span.start
        if others:
            # The author's own words follow the sentence that carried someone else's.
            last = max(q.cue_span.end if q.cue_span else q.content_span.end for q in others)
            sent = c.doc.char_span(last - 1, last, alignment_mode="expand")
            own_start = sent.sent.end_char if sent is not None else last
            while own_start < post.span.end and text[own_start].isspace():
                own_start += 1
        if post.span.end - own_start < 3:
            continue
        own = Span(own_start, post.span.end)
        quotes.append(
            Quote(
                post.author,
                None,
                None,
                None,
                own.text(text),
                own,
                "post",
                post.date,
                "post" if post.date else "none",
                None,
                None,
            )
        )
    return quotes


def extract_quotes(doc: Doc, article: Article, found: DocActors) -> tuple[Quote, ...]:
    """Statements and beliefs in the article, in text order, each with its speaker, cue and content spans."""
    collector = _Collector(doc, article, found)
    for rule in (
        _direct_quotes,
        _dash_lines,
        _impersonal,
        _clause_quotes,
        _according_to,
        _in_view,
        _object_quotes,
        _noun_cues,
        _colon_blocks,
        _line_speakers,
    ):
        rule(collector)
    mended = _mended_ends(collector, _beside_quotations(collector, collector.quotes()))
    quotes = [
        _without_gloss(q)
        for q in _post_quotes(collector, mended)
        if not _nobody(q)
        and not _attribution_line(q)
        and not _only_telling(collector.doc, q)
        and not _asked(collector.doc, q)
        and not _quoted_subject(collector.doc, q)
        and not _borrowed(collector.doc, q)
    ]
    return tuple(sorted(quotes, key=lambda q: (q.content_span.start, q.kind == "post")))


# The journalist's gloss after a dash: "… unless the world stood up now – in a clear reference to China, …".
_GLOSS = re.compile(
    r"\s+[–—-]{1,2}\s+(in )?(an? |the )?(\w+ ){0,2}(reference|allusion|nod|swipe|jab|dig|hint|apparent"
    r"|thinly|veiled|implicit)\b",
    re.IGNORECASE,
)


# The reporter's narration of what the speaker did meanwhile: "… more aid, as he hyped another offensive", "…, as he
# warned of the risks" (not "as long as he stays", nor a reason with "as he was", "as they had").
_MEANWHILE = re.compile(
    r"(?<!\blong)(?<!\bsoon)(?<!\bfar)(?<!\bwell)(?<!\bmuch),?\s+as (?:he|she|they) (?!(?:was|were|is|are|had|has|have"
    r"|did|does|do|would|will|could|can|might|may|should|must|put it|said|says|noted|added)\b)[a-z]+\b"
)


# A dialogue dash opening the next sentence ("… Ukraine.- These sanctions …"): someone's words begin there.
_DIALOGUE = re.compile(r"(?<=[.!?:])[ \t]*[-–—](?:[ \t]+(?=[A-Z])|[ \t]*$)")  # not "the U.S.-Russia war"


def _without_gloss(quote: Quote) -> Quote:
    """A reported clause ends where the journalist's gloss begins after a dash, or where a sentence after it opens
    with a dialogue dash (a quotation of its own, glued on when the sentence break lacks its space)."""
    if quote.kind == "direct":
        return quote
    dialogue = _DIALOGUE.search(quote.content) if quote.kind != "post" else None
    meanwhile = _MEANWHILE.search(quote.content) if quote.kind != "post" else None
    if meanwhile is not None and sum(quote.content[: meanwhile.start()].count(m) for m in '“"') % 2:
        meanwhile = None  # (inside the speaker's own quoted words)
    cuts = [
        m.start()
        for m in (_GLOSS.search(quote.content), dialogue, meanwhile)
        if m is not None and m.start() > 0
    ]
    if not cuts:
        return quote
    cut = min(cuts)
    content = quote.content[:cut].rstrip(" .:")
    return replace(
        quote,
        content=content,
        content_span=Span(quote.content_span.start, quote.content_span.start + len(content)),
    )


# Pronouns that stand for someone named elsewhere: unresolved, they tell no reader who spoke.
THIRD_PERSON = {"he", "she", "they", "it", "him", "her", "them"}


# "the ministry said this in a statement published on its website": the line that attributes words told before it.
_SAID_THIS = re.compile(
    r"^[^.;:]{0,120}?\b(said|stated|reported|wrote|noted|announced|declared|told)\s+(this|so)\b",
    re.IGNORECASE,
)


def _attribution_line(quote: Quote) -> bool:
    """Is the reported content only an attribution line ("X said this in its daily report")?"""
    # (in the reporter's words only: quoted words that say "he said this" are someone's content)
    return quote.kind != "direct" and bool(_SAID_THIS.search(re.split('[“"]', quote.content)[0]))


# A reported clause never ends on these: the parse cut it where a quotation or a second clause goes on.
DANGLING = {
    "and",
    "or",
    "but",
    "that",
    "to",
    "as",
    "of",
    "than",
    "about",
    "by",
    "from",
    "with",
    "for",
    "on",
    "in",
}
CONJUNCTIONS = ("and", "or", "but")
PREPOSITIONS = DANGLING - {"and", "or", "but", "that"}
OPENING_MARKS = ("“", '"', "‘")


def _last_word(text: str) -> str:
    words = text.rstrip(" ,;").split()
    return words[-1].lower() if words else ""


def _mended_ends(c: _Collector, quotes: list[Quote]) -> list[Quote]:
    """A reported clause cut before its end: where it is only the lead-in of someone's words that follow ("On
    Saturday, Kowal reiterated| that …, the ministry said", "saying Kowal told Nowak that| “…”"), it is no
    statement of its own; where it runs on into a quotation ("said that the crisis recalls the past and| “…”"),
    it takes the quotation in; else a dangling "and", "but" is dropped."""
    text = c.article.text
    dropped: set[int] = set()
    out: list[Quote] = []
    for q in quotes:
        end = q.content_span.end
        if q.kind in ("direct", "post", "belief") or id(q) in dropped:
            out.append(q)
            continue
        inner = [
            o
            for o in quotes
            if o is not q
            and o.cue_span is not None
            and q.content_span.start <= o.cue_span.start < end
            and o.content_span.start >= end
        ]
        # the words between the inner cue and the cut: its hearer and "that" at most, no preposition awaiting more
        if any(
            len(rest := text[o.cue_span.end : end].split()) <= 3
            and (not rest or rest[-1].lower() not in PREPOSITIONS)
            and (cue := c.doc.char_span(o.cue_span.start, o.cue_span.end, alignment_mode="expand"))
            is not None
            and lemma(cue.root) in TELLING_VERBS
            for o in inner
            if o.cue_span is not None
        ):
            continue
        last = _last_word(q.content)
        if last not in DANGLING:
            out.append(q)
            continue
        gap = end
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        quotation = next((s for s in c.quoted if s.start == gap and text[gap] in OPENING_MARKS), None)
        if quotation is not None:
            # the quotation is the rest of the clause: a cue read inside the clause has no words of its own there
            whole = Span(q.content_span.start, quotation.end)
            for o in quotes:
                if (
                    quotation.start <= o.content_span.start < quotation.end
                    and o.cue_span is not None
                    and q.content_span.start <= o.cue_span.start < end
                ):
                    dropped.add(id(o))
            out.append(replace(q, content=whole.text(text), content_span=whole, kind="mixed"))
        elif last in CONJUNCTIONS:
            content = q.content.rstrip(" ,;")[: -len(last)].rstrip(" ,;")
            out.append(
                replace(
                    q,
                    content=content,
                    content_span=Span(q.content_span.start, q.content_span.start + len(content)),
                )
            )
        else:
            out.append(q)
    return [q for q in out if id(q) not in dropped]


def _beside_quotations(c: _Collector, quotes: list[Quote]) -> list[Quote]:
    """'“…,” Kowal warned in late January': a cue that signs off a quotation may report a clause of its own too
    ("he warned that …"), but words after it with no subject of their own ('in late January', 'after meeting the
    allies') are the occasion of the quotation, not another statement."""
    signed = {
        q.cue_span
        for q in quotes
        if q.kind == "direct" and q.cue_span is not None and q.content_span.end <= q.cue_span.start
    }  # (the quotation before its cue: one quoted after the cue, "As he described, … “…”", is the clause's own)
    out = []
    for q in quotes:
        if q.kind in ("indirect", "mixed") and q.cue_span in signed:
            span = c.doc.char_span(q.content_span.start, q.content_span.end, alignment_mode="expand")
            if span is not None and not any(t.dep_ in (*SUBJECT_DEPS, "expl") for t in span.root.children):
                continue
        out.append(q)
    return out


def _asked(doc: Doc, quote: Quote) -> bool:
    """'When asked why she chose the theme, Kowal replied: …', 'Asked why Valdoria did not …, he replied': the
    question put to a speaker is the occasion of the answer, not a statement of theirs."""
    if quote.kind in ("direct", "post", "belief"):
        return False
    for where in (quote.content_span, quote.cue_span):
        span = doc.char_span(where.start, where.end, alignment_mode="expand") if where else None
        asked = next((t for t in span if t.lower_ == "asked"), None) if span is not None else None
        if (
            asked is not None
            and asked.tag_ == "VBN"
            and not any(ch.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for ch in asked.children)
            and asked.i - asked.sent.start <= 1
        ):
            return True  # a bare participle opening its sentence ("Asked …", "When asked …"): the question
    return False


def _quoted_subject(doc: Doc, quote: Quote) -> bool:
    """'“The Harbour Post” notes that …': a quotation right before its cue, no comma between, that is the cue's
    subject is a name in quotation marks (a paper, a magazine), not anyone's words (those close on a comma)."""
    if quote.kind != "direct" or quote.cue_span is None or quote.cue_span.start < quote.content_span.end:
        return False
    between = text_of(doc)[quote.content_span.end : quote.cue_span.start]
    if between.strip(_MARKS + " ") or "\n" in between:
        return False
    cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    if cue is None:
        return False
    start, end = quote.content_span.start - 1, quote.content_span.end + 1  # with its quotation marks
    return any(ch.dep_ in SUBJECT_DEPS and start <= ch.idx < end for ch in cue.root.children)


# Nouns for words someone else coined, which a speaker quotes ("the words of X", "in the following phrase").
BORROWED_WORDS = {
    "word",
    "phrase",
    "line",
    "saying",
    "dictum",
    "motto",
    "verse",
    "quote",
    "quotation",
    "maxim",
}


def _borrowed(doc: Doc, quote: Quote) -> bool:
    """'He said the mood was well captured by X in the following phrase: “…”', 'recalled the words of X: “…”':
    the quotation after the lead-in is X's, a person the lead-in names as its author, not the speaker's own."""
    if quote.cue_span is None or quote.cue_span.end > quote.content_span.start:
        return False
    lead = doc.char_span(quote.cue_span.end, quote.content_span.start, alignment_mode="expand")
    opening = text_of(doc)[max(0, quote.content_span.start - 3) : quote.content_span.start].rstrip(" ")[-1:]
    if lead is None or not opening or opening not in _MARKS:
        return False  # only words in quotation marks are someone else's to quote
    for t in lead:
        if t.ent_type_ != "PERSON":
            continue
        while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
            t = t.head  # "the poet X": the phrase the name stands in
        if t.dep_ != "pobj":
            continue
        prep = t.head
        if (
            prep.lower_ == "by"
            and prep.dep_ == "agent"
            and any(w.lemma_.lower() in BORROWED_WORDS for w in lead)
        ):
            return True  # "captured by X in the following phrase" (not "a statement signed by X: …")
        if prep.lower_ == "of" and prep.head.lemma_.lower() in BORROWED_WORDS:
            return True  # "the words of X"
    return False


# Verbs that tell only that someone spoke ("expressed his opinion", "was reported by …") when nothing said follows
# (not "agree", "admit", "accuse": without a clause they tell an act or a charge, which is content of its own).
TELLING_VERBS = {
    "say", "tell", "state", "add", "report", "note", "reiterate", "repeat", "stress", "emphasize", "emphasise",
    "underline", "write", "comment", "remark", "express", "voice", "confirm", "claim", "mention", "explain",
    "point", "announce", "declare", "inform", "assert", "insist", "warn", "argue", "indicate",
}  # fmt: skip
SPOKEN_OBJECTS = (
    SPEECH_NOUNS | VIEW_NOUNS | {"interview", "word", "position", "this", "that", "it", "them", "him", "her"}
)
TOPIC_PREPOSITIONS = {"of", "about", "against", "for", "over"}
COMPLEMENTS = ("ccomp", "xcomp", "parataxis", "advcl", "conj")


def _only_telling(doc: Doc, quote: Quote) -> bool:
    """Is the reported content itself only an attribution ("According to Nordpress, this was reported by Radio
    Ostrava", "Kowal expressed his opinion in an interview, the agency reports")? It tells who spoke, not what."""
    if (
        quote.kind in ("direct", "post", "belief")
        or quote.cue in (None, ":")
        or any(m in quote.content for m in _MARKS[:3])
    ):
        return False
    span = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or lemma(root) not in TELLING_VERBS:
        return False
    if cue_class(root) is None and lemma(root) not in ("express", "voice"):
        return False  # "bloggers point to similarities": a reason given, not a telling
    for child in root.children:
        if child.dep_ in COMPLEMENTS and child.i in range(span.start, span.end):
            return False
        if child.dep_ in ("dobj", "attr") and lemma(child) not in SPOKEN_OBJECTS:
            return False
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
            return False  # "will tell of suffering", "warned against talks": what it was about is told
    return True


def _nobody(quote: Quote) -> bool:
    """A statement whose speaker is a pronoun the article never resolved ("She later said …" with no one to
    stand for): who said it is unknown, and a blank is better than a guess."""
    # ('"He' after a closing quotation mark, '-he' with a dialogue dash glued on)
    speaker = (quote.speaker or "").strip("\"“”‘’'(). -–—").lower()
    return quote.kind != "belief" and quote.speaker_actor is None and speaker in THIRD_PERSON
