"""The event coder's modality and dating on small fictional sentences: what did not happen, or happened long
before the report, stays out of the dated record of the report's days."""

from datetime import date

from volteface.model import Article
from volteface.pipeline import process_batch

REPORT = date(2031, 5, 10)


def _events(texts: list[str]) -> list[list[tuple]]:
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)])
    return [[(e.source, e.target, e.root, e.negated, e.hypothetical, e.date) for e in a.events
             if e.source and e.target and e.root in ("17", "18", "19", "20")] for a in articles]


def test_an_act_placed_in_an_earlier_year_or_month_is_background_not_dated_by_the_report():
    year, month, noun, today = _events([
        "In 2024, Norway invaded Sweden.",
        "Norway invaded Sweden in March 2031.",
        "Sweden still remembers Norway's 2024 invasion of Sweden.",
        "Norway invaded Sweden on Thursday.",
    ])
    assert [e[5] for e in year + month] == [None, None]
    assert noun and all(e[5] is None for e in noun)
    assert [e[5] for e in today] == [date(2031, 5, 8)]  # the Thursday before the report


def test_a_supposed_or_denied_act_is_not_an_act():
    supposed, inside, denied = _events([
        "If Norway continues to run the invasion of Sweden, the allies will respond.",
        "The minister warned that if Norway chooses an attack on Sweden, it will pay dearly.",
        "Norway is not going to invade Sweden.",
    ])
    assert supposed and all(e[4] for e in supposed)  # the noun inside the if-clause
    assert inside and all(e[4] for e in inside)
    assert denied and all(e[3] for e in denied)  # the negation of "going" reaches "invade"
