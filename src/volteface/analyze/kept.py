"""Readings kept per store version: the dashboard asks the same questions of the same store again and again
(every page that shows the shifts, every view of a dyad), and a store's version changes with every article
written, so a kept reading is never one of an older state of the store."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ..store import Store

T = TypeVar("T")

_KEPT: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()
KEPT_READINGS = 64  # the last readings kept, all questions together


def kept(store: Store, question: tuple[Hashable, ...], read: Callable[[], T]) -> T:
    """The answer ``read()`` gives to ``question`` (a tuple naming the analysis and its arguments) on this
    store at its current version: read once, then kept."""
    key = (store.path, *store.version(), *question)
    if key in _KEPT:
        _KEPT.move_to_end(key)
        return _KEPT[key]
    answer = _KEPT[key] = read()
    while len(_KEPT) > KEPT_READINGS:
        _KEPT.popitem(last=False)
    return answer


def kept_in_store(
    store: Store,
    question: str,
    read: Callable[[], T],
    encode: Callable[[T], object],  # to what json can write (dates become ISO text)
    decode: Callable[[object], T],
) -> T:
    """``kept``, and kept in the store as JSON too: a reading of the whole store is made once per store version
    by whoever may write (the command that wrote the store asks for it at its end), and every process after that
    reads it back instead of reading every stance again. ``question`` names the analysis and the rules and data
    it depends on, so a reading made by other rules is never taken."""

    def from_store() -> T:
        _, version = store.version()
        text = store.kept_reading(question)
        if text is not None:
            try:
                return decode(json.loads(text))
            except (ValueError, KeyError, TypeError):
                pass  # not a reading this code can read back: made again
        answer = read()
        store.keep_reading(question, version, json.dumps(encode(answer), ensure_ascii=False, default=str))
        return answer

    return kept(store, ("in store", question), from_store)
