"""An actor's timeline over a real SQLite store: its own statements and acts, each once."""

from datetime import date

from volteface.analyze import timeline
from volteface.model import Actor, Article, Event, Mention, Quote, Span
from volteface.store import open_store

TEXT = "Kalnas said the harbour deal was fair. Ostmark then recalled its ambassador from Valdoria."


def test_a_statement_is_not_repeated_as_its_cameo_echo_and_acts_stay(tmp_path):
    day = date(2031, 4, 2)
    said = Event(
        "OSTGOV",
        "VALGOV",
        "010",
        "01",
        "STATEMENT",
        None,
        1,
        0.0,
        False,
        False,
        day,
        Span(0, 38),
        Span(7, 11),
        0.5,
        "p:kalnas",
        None,
    )
    recalled = Event(
        "OSTGOV",
        "VALGOV",
        "161",
        "16",
        "REDUCE",
        None,
        4,
        -4.0,
        False,
        False,
        day,
        Span(39, 90),
        Span(52, 60),
        0.9,
        "p:kalnas",
        None,
    )
    article = Article(
        id="a",
        text=TEXT,
        date=day,
        mentions=(Mention(Span(0, 6), "Kalnas", "p:kalnas"),),
        actors=(Actor("p:kalnas", "Edda Kalnas", "OSTGOV", "OST", "GOV", "person"),),
        quotes=(
            Quote(
                "Kalnas",
                Span(0, 6),
                "said",
                Span(7, 11),
                "the harbour deal was fair",
                Span(12, 37),
                "indirect",
                day,
                "article",
                "p:kalnas",
                None,
            ),
        ),
        events=(said, said, recalled),
    )
    with open_store(tmp_path / "s.db") as store:
        store.save(article)
        items = timeline(store, "p:kalnas")
    assert [i.kind for i in items] == ["said", "did"]
    assert "CAMEO 161" in items[1].summary
