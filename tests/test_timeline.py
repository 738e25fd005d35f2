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


def test_a_timeline_holds_the_actors_own_words_even_when_a_longer_id_speaks_more(tmp_path):
    """The timeline reads the actor's quotes by its id: a newer page of another actor whose id contains it
    ("p:kalnas-junior") once filled the page and left the actor's own words out."""
    text = "Kalnas said the harbour deal was fair. Her son said the deal was a trap."

    def quote(start: int, end: int, speaker: str, actor: str, day: date) -> Quote:
        return Quote(
            speaker, Span(start, start + 6), "said", None, text[end - 20 : end], Span(end - 20, end),
            "indirect", day, "article", actor, None,
        )  # fmt: skip

    older = Article(
        id="old",
        text=text,
        date=date(2031, 4, 2),
        quotes=(quote(0, 37, "Kalnas", "p:kalnas", date(2031, 4, 2)),),
    )
    newer = Article(
        id="new",
        text=text,
        date=date(2031, 5, 2),
        quotes=(quote(39, 71, "Her son", "p:kalnas-junior", date(2031, 5, 2)),),
    )
    with open_store(tmp_path / "s.db") as store:
        store.save(older)
        store.save(newer)
        items = timeline(store, "p:kalnas", limit=1)
    assert [(i.kind, i.article_id) for i in items] == [("said", "old")]
