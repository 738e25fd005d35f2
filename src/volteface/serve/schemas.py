"""Typed shapes of the JSON API (pydantic), so /openapi.json documents every field. The record rows are made
from the model's dataclasses, so a field added to a record appears in the API and its description at once."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date
from typing import Any

from pydantic import BaseModel, create_model

from .. import model
from ..model import Span


class Page(BaseModel):
    limit: int
    offset: int
    total: int


def _json_type(hint: Any) -> Any:
    """The JSON type of a model field: a span is ``[start, end]``, a date an ISO string."""
    args = typing.get_args(hint)
    if hint is Span or Span in args:
        return list[int] | None
    if hint is date or date in args:
        return str | None
    return hint


def _fields(record_type: type) -> dict[str, Any]:
    hints = typing.get_type_hints(record_type, vars(model), vars(model))
    return {f.name: (_json_type(hints[f.name]), ...) for f in dataclasses.fields(record_type)}


def row_model(record_type: type, name: str, **extra: Any) -> type[BaseModel]:
    """A response model made from a record's dataclass fields (so the API cannot drift from the model), plus
    the place fields ``Found.row()`` adds."""
    return create_model(name, **_fields(record_type), **extra)  # type: ignore[call-overload]


PLACE = {
    "idx": (int, ...),
    "evidence": (str, ...),
    "article_id": (str, ...),
    "title": (str | None, ...),
    "article_date": (str | None, ...),
    "outlet": (str | None, ...),
    "url": (str | None, ...),
}

ArticleSummary = row_model(model.Origin, "ArticleSummary")
ArticleFull = row_model(model.Origin, "ArticleFull", text=(str, ...), date_source=(str, ...))
ActorRow = row_model(
    model.Actor,
    "ActorRow",
    mentions=(int, ...),
    articles=(int, ...),
    first=(str | None, ...),
    last=(str | None, ...),
)
QuoteRow = row_model(model.Quote, "QuoteRow", **PLACE)
EventRow = row_model(model.Event, "EventRow", **PLACE)
StanceRow = row_model(model.Stance, "StanceRow", **PLACE)
ArticleHit = row_model(model.Origin, "ArticleHit", snippet=(str, ...))
ShiftRow = create_model(
    "ShiftRow",
    **{
        name: spec
        for name, spec in _fields(model.Shift).items()  # type: ignore[call-overload]
        if name not in ("before", "after")
    },
    before=(StanceRow, ...),
    after=(StanceRow, ...),
)


class ArticleList(BaseModel):
    page: Page
    items: list[ArticleSummary]  # type: ignore[valid-type]


class PeriodRow(BaseModel):
    start: str
    events: int
    quad_counts: list[int]
    goldstein_sum: float
    goldstein_mean: float | None
    articles: int
    per_100_articles: float | None


class Relations(BaseModel):
    source: str
    target: str
    freq: str
    periods: list[PeriodRow]
    change_points: list[str]


class SearchResult(BaseModel):
    articles: list[ArticleHit]  # type: ignore[valid-type]
    quotes: list[QuoteRow]  # type: ignore[valid-type]


class Problem(BaseModel):
    detail: str
