"""Who said what: direct quotes in quotation marks, reported speech on the parse, and embedded posts.

A first version behind the final signature ``extract_quotes(doc, article, found)``: quotation-mark spans with
the speaker of the nearest cue verb, cue verbs with a clausal complement (indirect speech), "according to X",
and every embedded post as its author's statement (or the statement of the person it quotes, ``via`` the
author, when the post opens with "Name:").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Article, Post, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors

CUE_VERBS = {
    "say", "tell", "state", "add", "claim", "argue", "warn", "write", "post", "announce", "insist", "note",
    "explain", "suggest", "believe", "think", "hint", "deny", "acknowledge", "admit", "assert", "report",
    "declare", "stress", "emphasize", "emphasise", "reiterate", "predict", "promise", "vow", "reply",
    "respond", "speculate", "fear", "hope", "feel", "confirm", "recall", "complain", "allege", "contend",
    "maintain", "observe", "remark", "concede", "caution", "indicate", "signal", "pledge", "tweet",
    "agree", "disclose", "reveal", "conclude", "estimate", "repeat", "accuse", "know", "expect", "worry",
}
OPENING = "“\"‘'"
_QUOTED = re.compile(r"“[^“”]{2,}?”|\"[^\"\n]{2,}?\"|‘[^‘’\n]{8,}?’(?![a-z])")
_SPEAKER_PREFIX = re.compile(r"^(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}):\s")


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _phrase(token: Token) -> Span:
    """The noun phrase of a speaker: the token and its left modifiers (names, titles, determiners)."""
    left = min((t.idx for t in token.subtree if t.i <= token.i and t.dep_ != "punct"), default=token.idx)
    end = token.idx + len(token.text)
    for t in token.subtree:  # "Trump's Secretary of State, Marco Rubio" keeps the appositive name
        if t.dep_ == "appos" and t.head == token:
            end = max(end, t.right_edge.idx + len(t.right_edge.text))
    return Span(left, end)


def _content_span(tokens: list[Token]) -> Span:
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return Span(start, end)


def _speaker(
    subject: Token | None, article: Article, found: DocActors
) -> tuple[str | None, Span | None, str | None]:
    if subject is None:
        return None, None, None
    actor = found.actor_for(subject)
    span = _phrase(subject) if subject.pos_ != "PRON" else Span(subject.idx, subject.idx + len(subject.text))
    name = actor.name if actor else span.text(article.text)
    return name, span, actor.id if actor else None


def _post_of(position: int, posts: tuple[Post, ...]) -> Post | None:
    return next((p for p in posts if p.span.start <= position < p.span.end), None)


def extract_quotes(doc: Doc, article: Article, found: DocActors) -> tuple[Quote, ...]:
    """Quotes in the article, in text order, each with its speaker span, cue span and content span."""
    text = article.text
    quotes: list[Quote] = []

    def add(speaker, speaker_span, actor_id, cue, cue_span, content_span, kind) -> None:
        post = _post_of(content_span.start, article.posts)
        date, date_source = (post.date, "post") if post and post.date else (article.date, "article")
        via = post.author if post and speaker != post.author else None
        quotes.append(
            Quote(speaker, speaker_span, cue, cue_span, content_span.text(text), content_span, kind,
                  date if date else None, date_source if date else "none", actor_id, via)
        )

    # Indirect speech: a cue verb with a clausal complement.
    covered: list[Span] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in CUE_VERBS:
            continue
        clause = [c for c in token.children if c.dep_ in ("ccomp",) and c.i > token.i]
        if not clause:
            continue
        tokens = [t for t in clause[0].subtree if t.dep_ != "mark" or t.head != clause[0]]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"’":
            tokens.pop()
        if len(tokens) < 3:
            continue
        content = _content_span(tokens)
        speaker, speaker_span, actor_id = _speaker(_subject(token), article, found)
        if speaker is None:
            continue
        quoted = any(ch in content.text(text) for ch in "“”\"")
        add(speaker, speaker_span, actor_id, token.text, Span(token.idx, token.idx + len(token.text)),
            content, "mixed" if quoted else "indirect")
        covered.append(content)

    # Direct quotes: quotation-mark spans not already inside reported speech.
    for match in _QUOTED.finditer(text):
        inner = Span(match.start() + 1, match.end() - 1)
        if any(c.start <= inner.start and inner.end <= c.end for c in covered):
            continue
        if len(inner.text(text).split()) < 3:
            continue  # scare quotes ("dictator") are evaluations, not statements
        sent = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        cue_token = None
        if sent is not None:
            for t in sent.sent:
                if t.lemma_.lower() in CUE_VERBS and t.pos_ in ("VERB", "AUX") and not (
                    inner.start <= t.idx < inner.end
                ):
                    cue_token = t
                    break
        if cue_token is None:
            continue
        speaker, speaker_span, actor_id = _speaker(_subject(cue_token), article, found)
        if speaker is None:
            continue
        add(speaker, speaker_span, actor_id, cue_token.text,
            Span(cue_token.idx, cue_token.idx + len(cue_token.text)), inner, "direct")
        covered.append(inner)

    # Embedded posts: the author's statement, or the quoted person's when the post opens with "Name:".
    for post in article.posts:
        prefix = _SPEAKER_PREFIX.match(post.text)
        start = post.span.start
        if prefix:
            name = prefix.group("name")
            name_span = Span(start, start + len(name))
            token = doc.char_span(name_span.start, name_span.end, alignment_mode="expand")
            actor = found.actor_for(token.root) if token is not None else None
            content = Span(start + prefix.end(), post.span.end)
            quotes.append(Quote(actor.name if actor else name, name_span, ":",
                                Span(name_span.end, name_span.end + 1), content.text(text), content, "post",
                                post.date, "post" if post.date else "none",
                                actor.id if actor else None, post.author))
            continue
        quotes.append(Quote(post.author, None, None, None, post.text, post.span, "post", post.date,
                            "post" if post.date else "none", None, None))
    quotes.sort(key=lambda q: q.content_span.start)
    return tuple(quotes)
