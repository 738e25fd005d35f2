from datetime import date

import pytest

from volteface.extract.dates import sentence_date

REF = date(2025, 9, 24)  # a Wednesday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Trump said on Tuesday that talks would resume.", date(2025, 9, 23)),
        ("The ministers met on Wednesday.", date(2025, 9, 24)),
        ("He met Putin on August 15.", date(2025, 8, 15)),
        (
            "The deal was signed on Dec. 30.",
            date(2024, 12, 30),
        ),  # a bare month-day after the reference is last year's
        ("Officials said yesterday the border was closed.", date(2025, 9, 23)),
        ("The summit was exactly one month ago.", date(2025, 8, 24)),
        ("Nothing in this sentence is a date.", None),
    ],
)
def test_sentence_dates(text, expected):
    assert sentence_date(text, REF) == expected


def test_no_reference_no_guess():
    assert sentence_date("He spoke on Tuesday.", None) is None


def test_an_act_still_to_come_is_on_the_next_such_day():
    assert sentence_date("The premier goes to Velgrad on Friday.", REF, ahead=True) == date(2025, 9, 26)
    assert sentence_date("The premier went to Velgrad on Friday.", REF) == date(2025, 9, 19)
    assert sentence_date("They meet again next Monday.", REF) == date(2025, 9, 29)
    assert sentence_date("They met last Wednesday.", REF, ahead=True) == date(2025, 9, 17)


def test_a_weekday_right_after_a_verb_is_the_day_but_a_named_day_is_not():
    assert sentence_date("The cabinet committed Tuesday to deliver more aid.", REF) == date(2025, 9, 23)
    assert sentence_date("Shops were full on Black Friday.", REF) is None
    assert sentence_date("It rained the Tuesday after the vote.", REF) is None


def test_a_remembered_sentence_date_follows_its_reference_and_direction():
    text = "The ministers meet on Friday."
    for _ in range(2):  # the second time from memory
        assert sentence_date(text, date(2024, 3, 6)) == date(2024, 3, 1)
        assert sentence_date(text, date(2024, 3, 6), ahead=True) == date(2024, 3, 8)
        assert sentence_date(text, date(2024, 3, 13)) == date(2024, 3, 8)
        assert sentence_date(text, None) is None


def test_a_day_a_few_weeks_ahead_is_still_to_come_and_dates_only_an_act_to_come():
    # "a summit on October 15" told in September: this year's, not last year's, and no date of the act told
    assert sentence_date("Both sides back a summit that Velgrad hosts on October 15.", REF) is None
    assert sentence_date("The premiers will meet on October 15.", REF, ahead=True) == date(2025, 10, 15)
