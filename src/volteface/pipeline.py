"""process_batch(): clean → nlp → extract, as one pure function of articles (what scale-out runs too)."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from . import nlp as nlp_stage
from .actors import Resolver, load_kb
from .clean import clean_article
from .config import Settings
from .extract import extract_events, extract_quotes, extract_stances, versions
from .extract.propositions import use_propositions
from .model import Article, Failure

if TYPE_CHECKING:
    from spacy.tokens import Doc

TASKS = ("quotes", "events", "stance")


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with a batch: the settings, the tasks, and whether spans must match the input text."""

    settings: Settings = Settings()  # noqa: RUF009 (frozen: one shared default is safe)
    tasks: tuple[str, ...] = TASKS
    keep_offsets: bool = False


@cache
def _resolver(model: str, actors_file: str | None) -> Resolver:
    return Resolver(load_kb(actors_file), nlp_stage.load(model))


def preload(settings: Settings) -> None:
    """Load the model and the actor base in this process, so that workers forked from it share them (the
    pages are copied on write) instead of loading them again, about 10 s each."""
    nlp_stage.load(settings.model)
    _resolver(settings.model, settings.actors_file)


def process_batch(articles: list[Article], job: Job = Job()) -> list[Article | Failure]:
    """Each article cleaned, parsed and annotated; an article that breaks the parser or an extractor becomes a
    Failure with its place, and the others of the batch go on."""
    settings = job.settings
    use_propositions(settings.propositions_file)  # in each worker process too
    cleaned = [clean_article(a, keep_offsets=job.keep_offsets) for a in articles]
    # every article leaves stamped with the extractors that made its records (none, for one not in English)
    cleaned = [replace(a, lang=language(a.text), extractor_version=versions.current()) for a in cleaned]
    resolver = _resolver(settings.model, settings.actors_file)
    out: list[Article | Failure] = []
    docs = iter(_parsed([a for a in cleaned if a.lang == "en"], settings))
    for article in cleaned:
        if article.lang != "en":
            out.append(article)  # stored with its language and no records: the extractors read English only
            continue
        doc = next(docs)
        if isinstance(doc, Failure):
            out.append(doc)
            continue
        try:
            out.append(annotate(doc, article, resolver, job.tasks, settings.event_candidates))
        except Exception as exc:  # noqa: BLE001 (one bad article never stops a batch; it is reported with its id)
            out.append(
                Failure(article.provenance or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
            )
    return out


# The language is told only when the identifier is sure and the text long enough to judge: a short English text
# full of names can look like anything, and an English article misread would lose its records.
LANGUAGE_SURE = 0.9
LANGUAGE_MIN_CHARS = 100


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language(text: str) -> str:
    """The text's language (ISO 639-1) by py3langid, a maintained fork of langid.py; "en" unless it is sure."""
    if len(text) < LANGUAGE_MIN_CHARS:
        return "en"
    lang, probability = _identifier().classify(text[:3000])
    return lang if lang != "en" and probability >= LANGUAGE_SURE else "en"


def _parsed(articles: list[Article], settings: Settings) -> list[Doc | Failure]:
    """A parse per article: a text over the parser's length is refused alone, and when the batch's parse
    breaks, each article is parsed on its own so that only the one at fault fails."""
    out: list[Doc | Failure] = [
        Failure(
            a.provenance or a.id,
            f"text is {len(a.text):,} characters, over the {nlp_stage.MAX_CHARS:,} the "
            "parser takes; split it",
        )
        if len(a.text) > nlp_stage.MAX_CHARS
        else None  # type: ignore[misc]
        for a in articles
    ]
    todo = [i for i, doc in enumerate(out) if doc is None]
    try:
        docs = list(
            nlp_stage.parse(
                (articles[i].text for i in todo), model=settings.model, batch_size=settings.batch_size
            )
        )
    except Exception:  # noqa: BLE001 - find the article at fault below
        docs = []
        for i in todo:
            try:
                docs.extend(nlp_stage.parse([articles[i].text], model=settings.model))
            except Exception as exc:  # noqa: BLE001 (reported with its place; the batch goes on)
                out[i] = Failure(
                    articles[i].provenance or articles[i].id,
                    f"parsing failed: {type(exc).__name__}: {' '.join(str(exc).split())[:160]}",
                )
        todo = [i for i in todo if out[i] is None]
    for i, doc in zip(todo, docs, strict=True):
        out[i] = doc
    return out


def annotate(
    doc, article: Article, resolver: Resolver, tasks: tuple[str, ...] = TASKS, event_candidates: bool = False
) -> Article:
    """One parsed article with its actors, quotes, events and stances (``event_candidates``: every coded
    action in ``events``, actors resolved or not, for code-only benchmarks)."""
    found = resolver.resolve(doc, article.date)
    article = replace(article, mentions=tuple(found.mentions), actors=tuple(found.actors.values()))
    if "quotes" in tasks:
        article = replace(article, quotes=extract_quotes(doc, article, found))
    if "events" in tasks or "stance" in tasks:
        article = replace(article, events=extract_events(doc, article, found, event_candidates))
    if "stance" in tasks:
        article = replace(article, stances=extract_stances(doc, article, found))
    return article


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles in lists of ``size``, read lazily (the unit a worker processes)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _run_chunk(args: tuple[list[Article], Job]) -> list[Article | Failure]:
    return process_batch(*args)


def worker_count(requested: int) -> int:
    """0 means one worker per core."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def process(
    articles: Iterable[Article], job: Job = Job(), chunk_size: int = 8
) -> Iterator[Article | Failure]:
    """Annotated articles in input order, on ``settings.workers`` processes (1: in this process)."""
    workers = worker_count(job.settings.workers)
    chunks = batches(articles, chunk_size)
    if workers <= 1:
        for chunk in chunks:
            yield from process_batch(chunk, job)
        return
    preload(job.settings)  # before the fork
    context = multiprocessing.get_context("fork")
    # The input is read here, in the caller's thread (it may touch the caller's SQLite connection), and only a
    # bounded window of chunks is in flight, so memory stays flat on any input size.
    window = workers * 2
    with context.Pool(workers) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_run_chunk, ((chunk, job),)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
