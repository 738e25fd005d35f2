"""JSON records: the ``annotate`` contract (formats.md) and the ``export`` shape, with the same field names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from .extract import author_stance, consistency
from .ingest.dates import parse_date
from .model import Article, Failure, to_json
from .pipeline import Job, process

QUOTE_KEYS = (
    "speaker",
    "speaker_span",
    "speaker_actor",
    "cue",
    "cue_span",
    "content",
    "content_span",
    "kind",
    "date",
    "date_source",
    "via",
)
EVENT_KEYS = (
    "source",
    "target",
    "source_actor",
    "target_actor",
    "code",
    "root",
    "plover",
    "mode",
    "quad",
    "goldstein",
    "negated",
    "hypothetical",
    "date",
    "sentence_span",
    "trigger_span",
    "confidence",
    "mentions",
)
STANCE_KEYS = ("holder", "target", "label", "score", "date", "evidence_span", "quote_ref")


def _pick(record: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    data = to_json(record)
    return {k: data[k] for k in keys}


def task_fields(article: Article, tasks: Iterable[str]) -> dict[str, Any]:
    """The per-task keys of an output record."""
    out: dict[str, Any] = {}
    if "quotes" in tasks:
        out["quotes"] = [_pick(q, QUOTE_KEYS) for q in article.quotes]
    if "events" in tasks:
        out["events"] = [_pick(e, EVENT_KEYS) for e in article.events]
    if "stance" in tasks:
        out["stances"] = [_pick(s, STANCE_KEYS) for s in article.stances]
    return out


def article_record(article: Article) -> dict[str, Any]:
    """One exported article: metadata, text, posts and every extracted record."""
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "date_source": article.date_source,
        "url": article.url,
        "source": article.source,
        "text": article.text,
        "posts": to_json(article.posts),
        "actors": to_json(article.actors),
        "mentions": to_json(article.mentions),
        **task_fields(article, ("quotes", "events", "stance")),
    }


def _input(line: str, number: int) -> tuple[Article | None, dict[str, Any]]:
    """An annotate input line → (article, the record's own fields) or (None, an error record)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, {"id": None, "error": f"line {number}: not valid JSON ({exc.msg})"}
    if not isinstance(data, dict):
        return None, {"id": None, "error": f"line {number}: expected a JSON object"}
    record_id = data.get("id")
    if "text" not in data and isinstance(data.get("text_1"), str) and isinstance(data.get("text_2"), str):
        data = {**data, "text": data["text_1"] + "\n\n" + data["text_2"]}  # a statement pair (consistency)
    text = data.get("text")
    if not isinstance(text, str):
        return None, {"id": record_id, "error": f"line {number}: 'text' must be a string"}
    day: date | None = None
    if data.get("date"):
        day, problem = parse_date(str(data["date"]))
        if problem:
            return None, {"id": record_id, "error": f"line {number}: {problem}"}
    article = Article(
        id=str(record_id) if record_id is not None else f"line-{number}",
        text=text,
        date=day,
        date_source="field" if day else "none",
    )
    return article, data


def annotate_lines(lines: Iterable[str], job: Job) -> Iterator[dict[str, Any]]:
    """One output record per input line, in order; a bad line gives ``{"id", "error"}`` and the run goes on."""
    job = replace(job, keep_offsets=True)
    pending: list[tuple[Article | None, dict[str, Any]]] = []

    def inputs() -> Iterator[Article]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            article, data = _input(line, number)
            pending.append((article, data))
            if article is not None:
                yield article

    results = process(inputs(), job)
    done: Iterator[Article | Failure] = results
    while True:
        result = next(done, None)
        # Error records waiting in front of the next good article come out first, keeping input order.
        while pending and pending[0][0] is None:
            yield pending.pop(0)[1]
        if result is None:
            break
        _, data = pending.pop(0)
        if isinstance(result, Failure):
            yield {"id": data.get("id"), "error": result.problem}
            continue
        out = {"id": data.get("id"), **task_fields(result, job.tasks)}
        if "stance" in job.tasks and data.get("target"):
            out["label"], out["label_score"] = author_stance(result.text, str(data["target"]))
        if "consistency" in job.tasks and "text_1" in data:
            out["label"] = consistency(str(data["text_1"]), str(data["text_2"]))
        yield out
    while pending:
        yield pending.pop(0)[1]
