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

import csv
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..model import Article, Post, Quote, Span
from .dates import sentence_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors

# Verbs of saying, thinking and showing that take a clause: "X said (that) ...".
CLAUSE_CUES = {
    "say", "tell", "state", "add", "claim", "argue", "warn", "write", "post", "announce", "insist", "note",
    "explain", "suggest", "believe", "think", "hint", "deny", "acknowledge", "admit", "assert", "report",
    "declare", "stress", "emphasize", "emphasise", "reiterate", "predict", "promise", "vow", "reply",
    "respond", "speculate", "fear", "hope", "feel", "confirm", "recall", "complain", "allege", "contend",
    "maintain", "observe", "remark", "concede", "caution", "indicate", "signal", "pledge", "tweet", "agree",
    "disclose", "reveal", "conclude", "estimate", "repeat", "know", "worry", "show", "find", "testify",
    "continue", "joke", "boast", "brag", "assure", "guarantee", "insinuate", "imply", "charge", "counter",
    "mention", "point", "question", "wonder", "ask", "urge", "demand", "threaten", "accuse", "understand", "recognize", "doubt", "suspect", "expect", "assume", "figure", "reckon",
    "seem", "appear", "tout", "proclaim", "lament", "quip", "muse", "describe", "decide",
    "repost", "retweet", "share",
}
# Verbs whose object (or following phrase) is the content: "X called for talks", "X cited the report".
OBJECT_CUES = {
    "call", "cite", "want", "plan", "attack", "blast", "criticize", "criticise", "praise", "condemn", "urge",
    "support", "oppose", "propose", "reject", "endorse", "defend", "announce", "promise", "pledge", "vow",
    "demand", "seek", "accuse", "blame", "describe", "question", "deny", "acknowledge", "mention", "point",
    "refuse", "decline", "welcome", "dismiss", "slam", "decry", "tout", "push", "advocate", "recommend",
    "threaten", "intend", "hope", "offer", "insist", "reiterate", "label", "dub", "brand",
}
# Cues whose content is a proposal or claim the speaker turns down ("rejected calls to cede land", "denied
# that ..."): the side flips.
CONTRARY_CUES = ("reject", "oppos", "refus", "declin", "deni", "deny", "dismiss")
# Cues whose content is not the speaker's own position: someone else's ("accused the West of ...", "pointed to
# Kyiv's wish to join NATO"), a finding ("polls found ..."), or a thing condemned, which may be named in the
# condemner's own words ("decried the illegal invasion") or neutrally ("criticised supplies of weapons"), so
# the side cannot be read from it; and a fear or worry, which names a possibility, not a position.
OTHERS_CUES = ("accus", "blam", "cit", "describ", "question", "wonder", "point", "mention", "found", "find",
               "report", "show", "recall", "justif", "compar", "inform", "quot", "condemn", "critici", "denounc",
               "slam", "decr", "blast", "assail", "ridicul", "mock", "attack", "lambast", "worr", "fear")


def cue_side(cue: str | None) -> int:
    """+1 when the content is the speaker's side, -1 when the speaker turns it down, 0 when it is not theirs."""
    word = (cue or "").split()[0].lower() if (cue or "").split() else ""
    if word.startswith(OTHERS_CUES):
        return 0
    return -1 if word.startswith(CONTRARY_CUES) else 1


SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A verb is a learned cue when PolNeAR's annotators marked it as one often enough (scripts/derive_cue_lexicon.py).
LEARNED_RATE = 0.2  # tuned on PolNeAR dev: F1 is flat from 0.15 to 0.3, speaker accuracy falls below 0.2
LEARNED_COUNT = 3


@cache
def learned_cues() -> frozenset[str]:
    item = resources.files("volteface") / "data" / "quote_cues.tsv"
    if not item.is_file():
        return frozenset()
    with item.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return frozenset(r["lemma"] for r in rows
                         if float(r["cue_rate"]) >= LEARNED_RATE and int(r["count"]) >= LEARNED_COUNT)
_QUOTED = re.compile(r"“[^“”]{2,}?”|''(?:(?!'')[^\n]){4,}?''|\"[^\"\n]{2,}?\"|‘[^‘’\n]{8,}?’(?![a-z])")
_DASH_SPEAKER = re.compile(r"\s*[―—–-]\s*(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})")
_SPEAKER_PREFIX = re.compile(r"^(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}):\s")
_LINE_SPEAKER = re.compile(r"^[\"“]?(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}):[ \t]+(?=\S)", re.MULTILINE)
_TRIM = "”\"’'"


def _lemma(token: Token) -> str:
    """The lemma, mended where the small model's lemmatizer stumbles on rare verbs ("reposted" → "reposte")."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if lemma.endswith("te") and lemma[:-1] in CLAUSE_CUES else lemma


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "Murphy, who said ..." → Murphy
            return child
    if verb.dep_ == "xcomp" and (controller := _controller(verb.head)) is not None:
        return controller  # "called on partners to declare ...": the partners would declare, not the caller
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


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
    """The character span of tokens (in order), trimmed of edge punctuation other than closing quotes."""
    while tokens and (tokens[0].is_space or tokens[0].is_punct and tokens[0].text not in "“\"‘"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and tokens[-1].text not in _TRIM):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _speaker_span(token: Token) -> Span:
    """The speaker's noun phrase: the subject's subtree, without a trailing clause after a comma."""
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in ("appos", "prep", "compound", "amod", "nummod", "punct") or child.i == right.i + 1:
            right = child.right_edge
        else:
            break
    if right.is_punct:
        right = right.nbor(-1) if right.i > left.i else right
    return Span(left.idx, right.idx + len(right.text))


_CLOSING_TAIL = re.compile(r"[.,!?…]*(?:[”\"]|'')")


def _close_quotation(text: str, content: Span) -> Span:
    """Content that opens a quotation ends with its closing mark ("… called them “deplorables.”")."""
    inner = content.text(text)
    if inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1 or inner.count("''") % 2 == 1:
        tail = _CLOSING_TAIL.match(text, content.end)
        if tail:
            return Span(content.start, tail.end())
    return content


class _Collector:
    """Quotes found so far, and the text they already claim."""

    def __init__(self, doc: Doc, article: Article, found: DocActors) -> None:
        self.doc, self.article, self.found = doc, article, found
        self.quotes: list[Quote] = []
        self.claimed: list[Span] = []
        self.quoted = [Span(m.start(), m.end()) for m in _QUOTED.finditer(article.text)]

    def within_quote(self, span: Span) -> Span | None:
        """The quotation-mark span holding most of ``span``, if any."""
        for q in self.quoted:
            overlap = min(q.end, span.end) - max(q.start, span.start)
            if overlap > 0.8 * (span.end - span.start) and span.start >= q.start:
                return q
        return None

    def inside_quote(self, token: Token) -> bool:
        """Words inside quotation marks belong to the quoted speaker, not to the article's attributions."""
        return any(q.start < token.idx < q.end - 1 for q in self.quoted)

    def taken(self, span: Span) -> bool:
        return any(c.start < span.end and span.start < c.end for c in self.claimed)

    def add(self, subject: Token | None, cue: Span | None, content: Span, kind: str,
            speaker_text: str | None = None, speaker_span: Span | None = None) -> None:
        text = self.article.text
        content = _close_quotation(text, content)
        if kind != "post" and (whole := self.within_quote(content)) is not None and not self.taken(whole):
            content, kind = whole, "direct"  # reported words that are all inside quotation marks
        actor = None
        if subject is not None:
            # "it is noted that ...": an impersonal passive names nobody
            impersonal = subject.lower_ == "it" and subject.dep_ == "nsubjpass"
            actor = None if impersonal else self.found.actor_for(subject)
            speaker_span = _speaker_span(subject) if subject.pos_ != "PRON" else _token_span(subject)
            speaker_text = speaker_span.text(text)
        elif speaker_span is not None:
            span = self.doc.char_span(speaker_span.start, speaker_span.end, alignment_mode="expand")
            actor = self.found.actor_for(span.root) if span is not None else None
        post = _post_of(content.start, self.article.posts)
        date, date_source = (post.date, "post") if post and post.date else (self.article.date, "article")
        if cue is not None:
            # "X said on Tuesday …": a date named around the cue, outside the reported words, dates the saying.
            sent = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
            if sent is not None:
                around = text[sent.sent.start_char : content.start] + " " + text[content.end : sent.sent.end_char]
                named = sentence_date(around, date)
                if named is not None:
                    date, date_source = named, "sentence"
        name = actor.name if actor else speaker_text
        via = post.author if post and name != post.author else None
        self.quotes.append(Quote(
            name, speaker_span, cue.text(text) if cue else None, cue, content.text(text), content, kind,
            date, date_source if date else "none", actor.id if actor else None, via,
        ))
        self.claimed.append(content)


PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they"}


def _is_source(token: Token, c: _Collector) -> bool:
    """Can this subject say or want something: a person, a group, an actor, a personal pronoun?"""
    if token.pos_ == "PRON":
        return token.lower_ in PERSONAL_PRONOUNS
    if token.pos_ == "PROPN" or c.found.actor_for(token) is not None or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.lemma_.lower() in c.found.source_nouns


def _post_of(position: int, posts: tuple[Post, ...]) -> Post | None:
    return next((p for p in posts if p.span.start <= position < p.span.end), None)


def _kind(content: str) -> str:
    return "mixed" if any(ch in content for ch in "“”\"") or "''" in content else "indirect"


def _clause_quotes(c: _Collector) -> None:
    for token in c.doc:
        if token.pos_ not in ("VERB", "AUX") or c.inside_quote(token):
            continue
        clear = next((ch for ch in token.children if ch.lower_ == "clear"), None) if _lemma(token) == "make" else None
        if clear is not None:
            # "made it very clear that …": the clause hangs off "clear"
            clauses = [ch for ch in clear.children if ch.dep_ in ("ccomp", "advcl")]
            subject = _subject(token)
            if subject is not None and clauses:
                tokens = list(clauses[0].subtree)  # annotators keep "that" with the clause
                content = _subtree_span(tokens)
                if content is not None and not c.taken(content):
                    cue = Span(token.idx, clear.idx + len(clear.text))
                    c.add(subject, cue, content, _kind(content.text(c.article.text)))
            continue
        if _lemma(token) not in CLAUSE_CUES and _lemma(token) not in learned_cues():
            continue
        clauses = [ch for ch in token.children if ch.dep_ == "ccomp"]
        if not clauses and token.dep_ in ("parataxis",) and token.head.i < token.i:
            clauses = [token.head]  # "The talks failed, he said" parsed with the cue hanging off the clause
        subject = _subject(token)
        if subject is None or not clauses:
            continue
        clause = clauses[0]
        skip = {t.i for t in token.subtree} if clause.i == token.head.i else set()
        tokens = [t for t in clause.subtree if t.i not in skip]  # "that" stays, as annotators mark it
        content = _subtree_span(tokens)
        if content is None or c.taken(content):
            continue
        c.add(subject, _token_span(token), content, _kind(content.text(c.article.text)))


def _according_to(c: _Collector) -> None:
    for token in c.doc:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
            continue
        to = token.nbor(1)
        source = next((ch for ch in to.children if ch.dep_ == "pobj"), None)
        if source is None:
            continue
        sent = token.sent
        phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
        tokens = [t for t in sent if t.i not in phrase]
        content = _subtree_span(tokens)
        if content is None or c.taken(content):
            continue
        c.add(source, Span(token.idx, to.idx + len(to.text)), content, _kind(content.text(c.article.text)))


def _object_quotes(c: _Collector) -> None:
    for token in c.doc:
        if token.pos_ != "VERB" or c.inside_quote(token):
            continue
        if _lemma(token) not in OBJECT_CUES and _lemma(token) not in learned_cues():
            continue
        subject = _subject(token)
        if subject is None or not _is_source(subject, c):
            continue
        rights = [ch for ch in token.rights if ch.dep_ in ("dobj", "xcomp", "prep", "oprd", "prt", "ccomp")]
        if not rights:
            continue
        cue_end = token
        first = rights[0]
        if first.dep_ in ("prt", "prep") and first.i == token.i + 1 and first.lower_ in ("for", "on", "to", "up"):
            cue_end = first  # "called for", "called on", "pointed to"
            tokens = [t for t in first.subtree if t.i > first.i]
            rights = rights[1:]
            for extra in rights:
                tokens += list(extra.subtree)
        else:
            tokens = [t for r in rights for t in r.subtree]
        tokens.sort(key=lambda t: t.i)
        content = _subtree_span(tokens)
        if content is None or c.taken(content):
            continue
        cue = Span(token.idx, cue_end.idx + len(cue_end.text))
        c.add(subject, cue, content, _kind(content.text(c.article.text)))


def _direct_quotes(c: _Collector) -> None:
    text = c.article.text
    for match in _QUOTED.finditer(text):
        content = Span(match.start(), match.end())
        if c.taken(content) or len(match.group().split()) < 3:
            continue  # scare quotes ("dictator") are evaluations, not statements
        dash = _DASH_SPEAKER.match(text, match.end(), min(len(text), match.end() + 80))
        if dash:
            name = Span(dash.start("name"), dash.end("name"))
            c.add(None, Span(dash.start(), dash.start("name")), content, "direct", name.text(text), name)
            continue
        span = c.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        inner = range(match.start(), match.end())
        sents = {span[0].sent, span[-1].sent}
        cue = next(
            (t for s in sorted(sents, key=lambda s: s.start) for t in s
             if _lemma(t) in CLAUSE_CUES and t.pos_ in ("VERB", "AUX") and t.idx not in inner
             and _subject(t) is not None),
            None,
        )
        if cue is None:
            continue
        subject = _subject(cue)
        kind = "direct"
        cue_end = cue.idx + len(cue.text)
        gap = text[cue_end : match.start()]
        addressee = {t.text for t in cue.children if t.dep_ in ("dobj", "dative")}
        if (cue_end < match.start() and 0 < len(gap.split()) <= 8 and not re.search(r"[.?!:;“”\"]", gap)
                and gap.strip(" ,") not in addressee):
            # "said that “…”", "says Kaine “has …”": the lead-in belongs to the reported words (mixed)
            lead = cue_end + len(gap) - len(gap.lstrip())
            content, kind = Span(lead, content.end), "mixed"
        if subject is not None and match.start() <= subject.idx < match.end():
            # The parser took a word of the quotation as the subject; the speaker is the name between the
            # closing mark and the cue ("…,” Trump reposted").
            between = [t for t in c.doc[span.end : cue.i] if t.pos_ in ("PROPN", "PRON") or t.ent_type_ == "PERSON"]
            subject = between[-1] if between else subject
        c.add(subject, _token_span(cue), content, kind)


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
        if content.end - content.start < 8 or c.taken(content):
            continue
        name = Span(match.start(), match.start() + len(match.group("name")))
        c.add(None, Span(name.end, name.end + 1), content, _kind(content.text(text)), name.text(text), name)


def _continued_quotes(c: _Collector) -> None:
    """A quotation right after an attributed one, with no cue of its own, continues it: the content runs from
    the first opening mark to the last closing one, the cue between them included (as annotators mark it)."""
    text = c.article.text
    for q in c.quoted:
        if c.taken(q) or len(text[q.start : q.end].split()) < 3:
            continue
        before = [x for x in c.quotes if x.content_span.end <= q.start and x.kind in ("direct", "mixed")]
        if not before:
            continue
        last = max(before, key=lambda x: x.content_span.end)
        gap = text[last.content_span.end : q.start]
        if len(gap) > 120 or "\n\n" in gap:
            continue
        merged = Span(last.content_span.start, q.end)
        c.quotes[c.quotes.index(last)] = replace(last, content=merged.text(text), content_span=merged)
        c.claimed.append(q)


def _post_quotes(c: _Collector) -> None:
    """A post is its author's statement, except the words it attributes to someone else."""
    text = c.article.text
    for post in c.article.posts:
        inside = [q for q in c.quotes if post.span.start <= q.content_span.start < post.span.end]
        prefix = _SPEAKER_PREFIX.match(post.text)
        start = post.span.start
        if prefix:
            # "Trump: I think …" — the whole post is the named person's; nested first-person cues are theirs too.
            c.quotes = [q for q in c.quotes if q not in inside or (q.speaker or "").lower() not in ("i", "we")]
            name = Span(start, start + len(prefix.group("name")))
            content = Span(start + prefix.end(), post.span.end)
            c.add(None, Span(name.end, name.end + 1), content, "post", name.text(text), name)
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
        c.quotes.append(Quote(post.author, None, None, None, own.text(text), own, "post", post.date,
                              "post" if post.date else "none", None, None))


def extract_quotes(doc: Doc, article: Article, found: DocActors) -> tuple[Quote, ...]:
    """Quotes in the article, in text order, each with its speaker span, cue span and content span."""
    collector = _Collector(doc, article, found)
    for rule in (_clause_quotes, _according_to, _object_quotes, _direct_quotes, _continued_quotes,
                 _line_speakers, _post_quotes):
        rule(collector)
    return tuple(sorted(collector.quotes, key=lambda q: (q.content_span.start, q.kind == "post")))
