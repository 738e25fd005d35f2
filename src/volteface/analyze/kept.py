"""Readings kept per store version: the dashboard asks the same questions of the same store again and again
(every page that shows the shifts, every view of a dyad), and a store's version changes with every article
written, so a kept reading is never one of an older state of the store."""

from __future__ import annotations

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
