"""Relation series over a real SQLite store built by hand: periods, quad counts, gaps, change points."""

from datetime import date

from volteface.analyze import relation_series
from volteface.model import Article, Event, Span
from volteface.store import open_store


def _event(day: date, quad: int, goldstein: float, negated: bool = False) -> Event:
    return Event(
        "VALGOV",
        "OSTGOV",
        "040",
        "04",
        "CONSULT",
        None,
        quad,
        goldstein,
        negated,
        False,
        day,
        Span(0, 5),
        Span(0, 3),
        0.9,
    )


def test_monthly_series_with_a_turn(tmp_path):
    days = [date(2031, m, 10) for m in range(1, 13)]
    with open_store(tmp_path / "s.db") as store:
        for i, day in enumerate(days):
            cooperative = i < 6
            events = tuple(
                _event(day, 1 if cooperative else 4, 4.0 if cooperative else -9.0) for _ in range(3)
            )
            store.save(
                Article(id=f"a{i}", text="Talks.", date=day, events=(*events, _event(day, 4, -10, True)))
            )
        series = relation_series(store, "VAL", "OST", "month")
    assert len(series.periods) == 12
    first, last = series.periods[0], series.periods[-1]
    assert first.quad_counts == (3, 0, 0, 0) and first.goldstein_mean == 4.0  # the negated event is left out
    assert last.quad_counts == (0, 0, 0, 3) and last.goldstein_sum == -27.0
    assert series.change_points == (date(2031, 7, 1),)


def test_weekly_gaps_are_filled(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.save(
            Article(id="a", text="x", date=date(2031, 3, 3), events=(_event(date(2031, 3, 3), 1, 3.0),))
        )
        store.save(
            Article(id="b", text="y", date=date(2031, 3, 24), events=(_event(date(2031, 3, 24), 3, -2.0),))
        )
        series = relation_series(store, "VAL", "OST", "week")
    assert [p.events for p in series.periods] == [1, 0, 0, 1]
    # an empty week is a gap (no mean), and each week is read against its coverage: events per 100 articles
    assert [p.goldstein_mean for p in series.periods] == [3.0, None, None, -2.0]
    assert [(p.articles, p.per_100_articles) for p in series.periods] == [
        (1, 100.0),
        (0, None),
        (0, None),
        (1, 100.0),
    ]


def test_placeholder_years_are_left_out_and_a_series_is_bounded(tmp_path):
    import pytest

    from volteface.errors import UsageError

    with open_store(tmp_path / "s.db") as store:
        for n, day in enumerate((date(1, 1, 1), date(9998, 12, 1), date(2031, 3, 3), date(2031, 3, 10))):
            store.save(Article(id=f"a{n}", text=f"t{n}", date=day, events=(_event(day, 1, 3.0),)))
        assert [p.events for p in relation_series(store, "VAL", "OST", "week").periods] == [1, 1]
        store.save(
            Article(id="old", text="old", date=date(1901, 1, 7), events=(_event(date(1901, 1, 7), 1, 3.0),))
        )
        with pytest.raises(UsageError, match="coarser --freq"):
            relation_series(store, "VAL", "OST", "week")
        assert len(relation_series(store, "VAL", "OST", "month").periods) > 1000


def test_a_kept_series_is_read_again_when_the_store_changes(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.save(
            Article(id="a", text="x", date=date(2031, 3, 3), events=(_event(date(2031, 3, 3), 1, 3.0),))
        )
        first = relation_series(store, "VAL", "OST", "week")
        assert relation_series(store, "VAL", "OST", "week") is first  # kept: the same store, the same answer
        store.save(
            Article(id="b", text="y", date=date(2031, 3, 24), events=(_event(date(2031, 3, 24), 3, -2.0),))
        )
        again = relation_series(store, "VAL", "OST", "week")
    assert [p.events for p in first.periods] == [1] and [p.events for p in again.periods] == [1, 0, 0, 1]
