"""The main job: read inputs → skip what is stored → process → store, counting what happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from . import ingest
from .analyze import keep_shifts
from .clean import clean_article
from .config import Settings
from .errors import UsageError
from .ingest import files as ingest_files
from .model import Article, Failure
from .pipeline import Job, process
from .store import Store


@dataclass
class RunCounts:
    """read / new / unchanged / failed, plus the problems to report (one line each)."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    warned: int = 0
    files: int = 0  # input files begun (for progress)
    quotes: int = 0  # the records the new or replaced articles brought
    events: int = 0
    stances: int = 0
    problems: list[Failure] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)  # the ids of the new or replaced articles


def run(
    store: Store,
    inputs: Iterable[str],
    settings: Settings = Settings(),  # noqa: B008 (frozen: one shared default is safe)
    *,
    day: date | None = None,
    source: str | None = None,
    field_map: dict[str, str] | None = None,
    on_progress: Callable[[RunCounts, Failure | None], None] | None = None,
    reprocess: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    include: Iterable[str] = (),
    items: Iterable[Article | Failure] | None = None,
) -> RunCounts:
    """Ingest inputs into the store; articles already stored are not processed again unless ``reprocess``
    (after the extractors improved), which replaces their records in one transaction each.

    ``engine`` "local" processes here (``settings.workers`` processes); "dask" on a dask.distributed cluster at
    ``scheduler`` (a LocalCluster of ``settings.workers`` processes when none is given). ``items`` are articles
    read already (a watcher's fetched pages), stored instead of reading ``inputs``."""
    counts = RunCounts()

    def note(problem: Failure | None = None) -> None:
        if on_progress is not None:
            on_progress(counts, problem)

    reading = ""  # the input file the last item came from

    def begun(where: str) -> None:
        nonlocal reading
        name = ingest_files.input_file(where)
        if name != reading:
            reading = name
            counts.files += 1

    def fresh() -> Iterator[Article]:
        read = (
            items
            if items is not None
            else ingest.read(
                inputs,
                date=day,
                source=source,
                field_map=field_map,
                max_bytes=settings.max_article_bytes,
                include=include,
            )
        )
        for item in read:
            begun(item.where if isinstance(item, Failure) else item.provenance or "")
            if isinstance(item, Failure):
                counts.problems.append(item)
                if item.fatal:
                    counts.failed += 1
                else:
                    counts.warned += 1
                note(item)
                continue
            counts.read += 1
            article = (
                clean_article(item) if settings.strip_boilerplate else clean_article(item, keep_offsets=True)
            )
            if not article.text.strip():
                counts.failed += 1
                problem = Failure(article.provenance or "input", "no text left after cleaning")
                counts.problems.append(problem)
                note(problem)
                continue
            if store.has(article.id) and not reprocess:
                counts.unchanged += 1
                note()
                continue
            yield article

    job = Job(settings=settings, keep_offsets=True)  # already cleaned above; spans index the stored text
    seen: set[str] = set()
    if engine == "dask":
        from .scale import process_on_dask

        results = process_on_dask(fresh(), job, scheduler)
    elif engine == "local":
        results = process(fresh(), job)
    else:
        raise UsageError(f"--engine must be local or dask, not {engine!r}")
    for result in results:
        if isinstance(result, Failure):
            counts.failed += 1
            counts.problems.append(result)
            note(result)
            continue
        if result.lang != "en":
            notice = Failure(
                result.provenance or result.id,
                f"written in '{result.lang}': stored with its language "
                "and no quotes, events or stances (the extractors read English only)",
                fatal=False,
            )
            counts.problems.append(notice)
            note(notice)
        existed = reprocess and store.has(result.id)
        if result.id in seen or not store.save(result, replace_existing=reprocess):
            counts.unchanged += 1  # the same text twice in one run
        else:
            counts.replaced += existed
            counts.new += not existed
            counts.quotes += len(result.quotes)
            counts.events += len(result.events)
            counts.stances += len(result.stances)
            counts.stored.append(result.id)
        seen.add(result.id)
        note()
    if counts.new or counts.replaced:
        keep_shifts(store)  # made once here, the whole store's shifts are read back by every reader after
    return counts
