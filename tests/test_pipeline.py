"""The whole path on a hand-written article, with the real spaCy model."""

from datetime import date

import pytest

from volteface.model import Article
from volteface.pipeline import Job, process, process_batch

pytestmark = pytest.mark.model


def _harbour(fixtures) -> Article:
    raw = (fixtures / "harbour_talks.txt").read_text(encoding="utf-8").split("\n", 2)[2]
    return Article(id="", text=raw, date=date(2031, 4, 2))


def test_every_record_points_at_its_evidence(fixtures):
    [article] = process_batch([_harbour(fixtures)])
    text = article.text
    assert article.quotes and article.mentions
    for quote in article.quotes:
        assert text[quote.content_span.start : quote.content_span.end] == quote.content
        if quote.speaker_span is not None:
            assert quote.speaker_span.end <= len(text)
    for mention in article.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    for event in article.events:
        assert event.sentence_span.start <= event.trigger_span.start < event.sentence_span.end


def test_direct_indirect_and_post_quotes_with_speakers_and_dates(fixtures):
    [article] = process_batch([_harbour(fixtures)])
    by_kind = {(q.kind, q.speaker) for q in article.quotes}
    assert ("direct", "Petr Kalnas") in by_kind or ("direct", "Kalnas") in by_kind
    assert any(q.kind == "indirect" and "Brandvik" in (q.speaker or "") for q in article.quotes)
    [post_quote] = [q for q in article.quotes if q.kind == "post"]
    assert post_quote.speaker == "Mira Quell" and post_quote.date == date(2031, 4, 1)
    assert post_quote.date_source == "post"


def test_keep_offsets_leaves_text_unchanged(fixtures):
    original = _harbour(fixtures)
    [article] = process_batch([original], Job(keep_offsets=True))
    assert article.text == original.text


def test_process_in_two_workers_matches_one(fixtures):
    from volteface.config import Settings

    articles = [_harbour(fixtures)] * 3 + [Article(id="", text="Ostmark recalled its ambassador.")] * 2
    one = list(process(articles, Job(settings=Settings(workers=1)), chunk_size=2))
    two = list(process(articles, Job(settings=Settings(workers=2)), chunk_size=2))
    assert one == two and len(one) == 5


def test_one_occurrence_reported_twice_is_one_event():
    from volteface.extract.events import deduplicate
    from volteface.model import Event, Span

    def strike(start: int) -> Event:
        return Event(
            "OSTMIL",
            "VALGOV",
            "195",
            "19",
            "ASSAULT",
            "aerial",
            4,
            -10.0,
            False,
            False,
            None,
            Span(start, start + 10),
            Span(start, start + 3),
            0.8,
            "OSTMIL",
            "VALGOV",
        )

    [event] = deduplicate((strike(0), strike(50), strike(90)))
    assert event.mentions == 3 and event.trigger_span.start == 0


def test_shipped_stance_model_answers_with_a_label():
    from volteface.extract import author_stance

    label, score = author_stance(
        "Sanctions must be tightened now, Russia has to pay for this war.", "sanctions on Russia"
    )
    assert label in ("favor", "against", "none") and 0.0 <= score <= 1.0
