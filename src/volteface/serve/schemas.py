"""Typed shapes of the JSON API (pydantic), so /openapi.json documents every field."""

from __future__ import annotations

from pydantic import BaseModel


class Page(BaseModel):
    limit: int
    offset: int
    total: int


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None


class ArticleList(BaseModel):
    page: Page
    items: list[ArticleSummary]


class ArticleFull(ArticleSummary):
    text: str
    date_source: str


class ActorRow(BaseModel):
    id: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    mentions: int
    articles: int
    first: str | None
    last: str | None


class QuoteRow(BaseModel):
    article_id: str
    idx: int
    speaker: str | None
    speaker_actor: str | None
    cue: str | None
    content: str
    content_start: int
    content_end: int
    kind: str
    date: str | None
    date_source: str
    via: str | None


class EventRow(BaseModel):
    article_id: str
    idx: int
    source: str | None
    target: str | None
    source_actor: str | None
    target_actor: str | None
    code: str
    root: str
    plover: str | None
    mode: str | None
    quad: int
    goldstein: float
    negated: bool
    hypothetical: bool
    date: str | None
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    confidence: float
    mentions: int
    sentence: str


class StanceRow(BaseModel):
    article_id: str
    idx: int
    holder: str
    target: str
    label: str
    score: float
    date: str | None
    evidence_start: int
    evidence_end: int


class PeriodRow(BaseModel):
    start: str
    events: int
    quad_counts: list[int]
    goldstein_sum: float
    goldstein_mean: float


class Relations(BaseModel):
    source: str
    target: str
    freq: str
    periods: list[PeriodRow]
    change_points: list[str]


class SearchResult(BaseModel):
    articles: list[dict]
    quotes: list[dict]


class Problem(BaseModel):
    detail: str
