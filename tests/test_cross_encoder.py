"""The shipped stance cross-encoder: it loads from the package, reads the target, and batching changes nothing."""

from __future__ import annotations

import pytest

from volteface.extract.cross_encoder import shipped_encoder


@pytest.fixture(scope="module")
def encoder():
    found = shipped_encoder()
    assert found is not None, "data/stance_encoder/ is missing from the package"
    return found


def test_a_long_text_loses_its_tail_never_the_target(encoder):
    target = "a four-day working week for the Valdorian civil service"
    text = "The minister spoke at length about the budget. " * 80
    [encoded] = encoder.tokenizer.encode_batch([(target, text)])
    first = [i for i, kind in zip(encoded.ids, encoded.type_ids, strict=True) if kind == 0]
    assert encoder.tokenizer.decode(first) == encoder.tokenizer.decode(encoder.tokenizer.encode(target).ids)
    assert len(encoded.ids) <= 256 and len(first) < len(encoded.ids) // 2


def test_a_target_longer_than_the_window_is_cut_not_refused(encoder):
    [(label, score)] = encoder.predict([("Short text.", "a very long target about the tram line " * 60)])
    assert label in encoder.labels and 0.0 < score <= 1.0


def test_an_answer_depends_on_its_own_pair_only(encoder):
    pairs = [
        (
            "The new tram line is the best thing to happen to Kestrel Bay in years.",
            "the Kestrel Bay tram line",
        ),
        ("Scrap the tram. It is late, over budget and nobody asked for it.", "the Kestrel Bay tram line"),
        (
            "The weather was mild on Tuesday and the market opened at nine, as it always does on market day.",
            "the Kestrel Bay tram line",
        ),
    ]
    together = encoder.probabilities(pairs)
    for row, pair in zip(together, pairs, strict=True):
        assert (row == encoder.probabilities([pair])[0]).all()  # the same answer whatever else is in the call


def test_support_opposition_and_a_text_about_something_else(encoder):
    tram = "the Kestrel Bay tram line"
    answers = encoder.predict(
        [
            ("The new tram line is the best thing to happen to Kestrel Bay in years.", tram),
            ("Scrap the tram. It is late, over budget and nobody asked for it.", tram),
            (
                "The weather was mild on Tuesday and the market opened at nine, as it always does on market day.",
                tram,
            ),
        ]
    )
    assert [label for label, _ in answers] == ["favor", "against", "none"]


def test_clear_support_and_clear_opposition(encoder):
    [(pro, p_score), (con, c_score)] = encoder.predict(
        [
            (
                "I fully support the four-day week. Workers are happier and just as productive.",
                "four-day work week",
            ),
            (
                "The four-day week is a terrible idea that will wreck small businesses. Reject it.",
                "four-day work week",
            ),
        ]
    )
    assert pro == "favor" and con == "against" and min(p_score, c_score) > 0.5


def test_author_stance_blends_the_encoder_with_the_linear_model():
    from volteface.extract import author_stance

    label, score = author_stance(
        "I fully support the four-day week. Workers are happier and just as productive.", "four-day work week"
    )
    assert label == "favor" and 0.5 < score <= 1.0
