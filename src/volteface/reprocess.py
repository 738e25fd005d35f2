"""Reprocessing: the stored articles whose records an older extractor made are extracted again from their
stored text, each one's records replaced in one transaction. Batched (flat memory on any store), resumable
(a rebuilt article carries the current version, so a second run takes up only what the first did not reach)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .analyze import keep_shifts
from .config import Settings
from .errors import UsageError
from .extract import versions
from .model import Article, Failure
from .pipeline import Job, process
from .store import Store


@dataclass
class Reprocessed:
    """What a reprocess did: articles to do, rebuilt, failed (kept as they were), and the records before and
    after in the rebuilt articles."""

    todo: int = 0
    rebuilt: int = 0
    failed: int = 0
    before: dict[str, int] = field(default_factory=lambda: {"quotes": 0, "events": 0, "stances": 0})
    after: dict[str, int] = field(default_factory=lambda: {"quotes": 0, "events": 0, "stances": 0})
    problems: list[Failure] = field(default_factory=list)


def stale(store: Store, before: str | None = None) -> tuple[list[str | None], int]:
    """The extractor versions older than ``before`` (default: every one but the current) among the stored
    articles, and how many articles they made."""
    if before is not None:
        asked = versions.parse(before, "--before")  # a clear error before any work
        ahead = [f"{name}={n}" for name, n in asked.items() if n > versions.EXTRACTORS[name]]
        if ahead:
            raise UsageError(
                f"--before {', '.join(ahead)} is newer than the extractors in use ({versions.current()}): "
                "every article would be rebuilt on every run"
            )
    found = [(v, n) for v, n in store.extractor_versions() if versions.older(v, before)]
    return [v for v, _ in found], sum(n for _, n in found)


def reprocess(
    store: Store,
    settings: Settings = Settings(),  # noqa: B008 (frozen: one shared default is safe)
    *,
    before: str | None = None,
    batch: int = 32,
    on_progress: Callable[[Reprocessed], None] | None = None,
) -> Reprocessed:
    """Extract again every article made by an older extractor version, ``batch`` articles at a time."""
    old, total = stale(store, before)
    done = Reprocessed(todo=total)
    job = Job(settings=settings, keep_offsets=True)  # the stored text is cleaned already; its spans stay
    after = ""
    while ids := store.article_ids_made_by(old, after, batch):
        after = ids[-1]
        stored = [a for a in map(store.article, ids) if a is not None]
        counted = {a.id: a for a in stored}
        for result in process([_bare(a) for a in stored], job):
            if isinstance(result, Failure):
                done.failed += 1
                done.problems.append(result)
                continue
            previous = counted[result.id]
            store.save(result, replace_existing=True)  # one transaction: the old records go, the new come
            done.rebuilt += 1
            for name in done.before:
                done.before[name] += len(getattr(previous, name))
                done.after[name] += len(getattr(result, name))
        if on_progress is not None:
            on_progress(done)
    if done.rebuilt:
        keep_shifts(store)  # the whole store's shifts, made again for the readers after
    return done


def _bare(article: Article) -> Article:
    """A stored article as read: its text and what the input told of it, no records."""
    return Article(
        id=article.id,
        text=article.text,
        title=article.title,
        date=article.date,
        date_source=article.date_source,
        url=article.url,
        source=article.source,
        provenance=article.provenance,
        record_id=article.record_id,
    )
