"""Shift detection over a real SQLite store built by hand: what makes a reversal, and what is only noise."""

from datetime import date, timedelta

import pytest

from volteface.analyze import find_shifts, shifts
from volteface.model import Article, Event, Quote, Span, Stance
from volteface.store import open_store

START = date(2031, 1, 5)
TEXT = "Valdoria spoke again about the matter at hand today. " * 4


def _store(tmp_path, stances: list[tuple], start: date = START, name: str = "s"):
    """One article per stance: (holder, target, label, score, day offset, the quote's kind or None for a coded
    event[, the event's quad class: by default 2 for favor, 4 for against[, its CAMEO root]])."""
    store = open_store(tmp_path / f"{name}.db")
    for i, (holder, target, label, score, offset, kind, *quad) in enumerate(stances):
        day = start + timedelta(days=offset)
        text = f"{i} {TEXT}"
        quotes = (Quote("Someone", None, "said", None, text[:20], Span(0, 20), kind, day),) if kind else ()
        root = quad[1] if len(quad) > 1 else "00"
        events = (
            ()
            if kind
            else (
                Event(
                    holder,
                    target,
                    root + "0",
                    root,
                    None,
                    None,
                    quad[0] if quad else 2 if label == "favor" else 4,
                    0.0,
                    False,
                    False,
                    day,
                    Span(0, 20),
                    Span(0, 5),
                    0.5,
                    holder,
                    target,
                ),
            )
        )
        stance = Stance(holder, target, label, score, day, Span(0, 20), 0 if kind else None)
        store.save(Article(id=f"a{i}", text=text, date=day, quotes=quotes, events=events, stances=(stance,)))
    return store


def test_one_clear_statement_on_each_side_is_a_reversal(tmp_path):
    with _store(
        tmp_path,
        [
            ("valdor-prime", "ukraine-cede-territory", "favor", 1.0, 0, "post"),
            ("valdor-prime", "ukraine-cede-territory", "against", 1.0, 30, "direct"),
        ],
    ) as store:
        [shift] = find_shifts(store)
    assert (shift.before.record.label, shift.after.record.label) == ("favor", "against")
    assert (shift.support_before, shift.support_after) == (1, 1) and shift.before.record.quote_ref is not None


def test_one_paraphrase_on_a_side_is_not_enough(tmp_path):
    with _store(
        tmp_path,
        [
            ("valdor-prime", "ukraine-cede-territory", "favor", 1.0, 0, "indirect"),
            ("valdor-prime", "ukraine-cede-territory", "against", 1.0, 30, "direct"),
        ],
    ) as store:
        assert find_shifts(store) == []


def test_one_ordinary_statement_on_a_side_is_not_enough(tmp_path):
    with _store(
        tmp_path,
        [
            ("valdor-prime", "sanctions-russia-tighten", "favor", 0.75, 0, "direct"),
            ("valdor-prime", "sanctions-russia-tighten", "against", 0.75, 30, "direct"),
            ("valdor-prime", "sanctions-russia-tighten", "against", 0.75, 40, "direct"),
        ],
    ) as store:
        assert find_shifts(store) == []


def test_actor_stances_need_three_reports_a_side(tmp_path):
    one_each = [
        ("VALGOV", "OSTGOV", "favor", 1.0, 0, None, 1),
        ("VALGOV", "OSTGOV", "against", 1.0, 30, None, 3),
    ]
    two_each = one_each[:1] * 2 + one_each[1:] * 2
    with _store(tmp_path, two_each) as store:
        assert (
            find_shifts(store) == []
        )  # a thank-you and a complaint, twice: reactions, not a change of policy
    three_each = one_each[:1] * 3 + one_each[1:] * 3
    with _store(tmp_path, three_each, name="three") as store:
        [shift] = find_shifts(store)
    assert (shift.holder, shift.target, shift.support_before + shift.support_after) == ("VALGOV", "OSTGOV", 6)


def test_toward_an_actor_each_side_needs_the_holders_words_not_only_acts(tmp_path):
    # Deliveries, then an arrest and a seizure: the mix of acts the news reports, no word of where Valdoria stands.
    acts = [("VALGOV", "OSTGOV", "favor", 0.7, d, None, 2) for d in (0, 5, 10)]
    acts += [("VALGOV", "OSTGOV", "against", 0.7, d, None, 4) for d in (40, 45, 50)]
    with _store(tmp_path, acts) as store:
        refused = []
        assert find_shifts(store, refused=refused) == []
    assert [r.rule for r in refused] == ["acts only"]
    # a refusal of a request is no side toward the one who asked
    refusals = [("VALGOV", "OSTGOV", "favor", 0.7, d, None, 1) for d in (0, 5, 10)]
    refusals += [("VALGOV", "OSTGOV", "against", 0.5, d, None, 3, "12") for d in (40, 45, 50)]
    with _store(tmp_path, refusals, name="refusals") as store:
        refused = []
        assert find_shifts(store, refused=refused) == []
    assert [r.rule for r in refused] == ["thin side"] and "refusal" in refused[0].reason


def test_alternating_labels_are_noise(tmp_path):
    rows = [("VALGOV", "OSTGOV", "favor" if i % 2 else "against", 0.9, 10 * i, None) for i in range(8)]
    with _store(tmp_path, rows) as store:
        assert find_shifts(store) == []


def test_the_two_sides_must_be_a_week_apart(tmp_path):
    rows = [
        ("valdor-prime", "ukraine-can-win", "favor", 1.0, 0, "direct"),
        ("valdor-prime", "ukraine-can-win", "against", 1.0, 3, "direct"),
    ]
    with _store(tmp_path, rows) as store:
        assert find_shifts(store) == []
        assert len(find_shifts(store, min_days=1)) == 1


def test_an_office_holder_speaks_for_the_government_and_a_country_is_its_government(tmp_path):
    # Scholz was chancellor from 2021-12-08; his words then are also Germany's government's position.
    rows = [
        ("olaf-scholz", "military-aid-ukraine", "against", 0.75, 0, "direct"),
        ("DEUGOV", "military-aid-ukraine", "against", 0.75, 5, "direct"),
        ("DEU", "military-aid-ukraine", "favor", 0.75, 40, "direct"),
        ("DEUGOV", "military-aid-ukraine", "favor", 0.75, 45, "direct"),
    ]
    with _store(tmp_path, rows, date(2022, 3, 1)) as store:
        [shift] = find_shifts(store)
        assert find_shifts(store, "DEU") == [shift]
        assert find_shifts(store, "olaf-scholz") == []  # his own series holds one side only
    assert shift.holder == "DEUGOV" and (
        shift.before.record.date.isoformat(),
        shift.after.record.date.isoformat(),
    ) == ("2022-03-06", "2022-04-10")
    assert (shift.support_before, shift.support_after) == (2, 2)


def test_a_persons_own_shift_is_not_repeated_as_the_governments(tmp_path):
    rows = [
        ("olaf-scholz", "ukraine-cede-territory", "favor", 1.0, 0, "direct"),
        ("olaf-scholz", "ukraine-cede-territory", "against", 1.0, 30, "direct"),
    ]
    with _store(tmp_path, rows, date(2022, 3, 1)) as store:
        assert [s.holder for s in find_shifts(store)] == ["olaf-scholz"]


def test_the_turn_shown_is_one_whose_two_sides_are_about_the_same_thing(tmp_path):
    # Valdoria refuses tanks, then sends tanks; later declines one kind of shell while sending radars. The turn
    # to report is the tanks one, though the later one has as much support.
    said = [
        ("against", 0, "it will not send its heavy tanks to the front"),  # the quoted words, as stored
        ("against", 9, "again the tanks stay at home"),
        ("favor", 30, "to send forty tanks after all"),
        ("against", 120, "it would not supply incendiary shells"),
        ("favor", 300, "new radars and drones"),
        ("favor", 310, "delivering radars and drones"),
        ("favor", 320, "drones and radars again"),
    ]
    with open_store(tmp_path / "s.db") as store:
        for i, (label, offset, text) in enumerate(said):
            day = START + timedelta(days=offset)
            quote = Quote("Valdoria", None, "said", None, text, Span(0, len(text)), "indirect", day)
            stance = Stance("VALGOV", "military-aid-ukraine", label, 0.75, day, Span(0, len(text)), 0)
            store.save(Article(id=f"a{i}", text=text, date=day, quotes=(quote,), stances=(stance,)))
        [shift] = find_shifts(store)
    assert "tanks" in shift.before.evidence and "tanks" in shift.after.evidence


def test_hostility_passing_from_words_to_force_is_hardening(tmp_path):
    # Three threats (verbal conflict, -0.5), then three armed attacks (material conflict, -1.0): harder.
    series = [("VALGOV", "OSTGOV", "against", 0.5, day, None, 3) for day in (0, 5, 10)]
    series += [("VALGOV", "OSTGOV", "against", 1.0, day, None, 4) for day in (40, 45, 50)]
    with _store(tmp_path, series) as store:
        [shift] = find_shifts(store)
    assert shift.kind == "hardening" and shift.magnitude == 0.5
    assert (shift.before.record.score, shift.after.record.score) == (0.5, 1.0) and (
        shift.support_before,
        shift.support_after,
    ) == (3, 3)
    # and back again, from attacks to words, is softening
    with _store(tmp_path, [(*e[:4], 60 - e[4], None, e[6]) for e in series][::-1], name="eased") as store:
        assert [s.kind for s in find_shifts(store)] == ["softening"]


def test_a_change_of_intensity_within_one_class_is_no_turn_of_degree(tmp_path):
    # Bans (-0.5) then attacks (-1.0), all material conflict: the mix of acts reported changed, not the posture.
    series = [("VALGOV", "OSTGOV", "against", 0.5, day, None, 4) for day in (0, 5, 10)]
    series += [("VALGOV", "OSTGOV", "against", 1.0, day, None, 4) for day in (40, 45, 50)]
    with _store(tmp_path, series) as store:
        assert find_shifts(store) == []
    # and turns of degree compare the weeks around the turn, not the whole record before and after it
    far = [("VALGOV", "OSTGOV", "against", 0.5, day, None, 3) for day in (0, 5, 10)]
    far += [("VALGOV", "OSTGOV", "against", 1.0, day, None, 4) for day in (200, 205, 210)]
    with _store(tmp_path, far, name="far") as store:
        assert find_shifts(store) == []


def test_a_steady_or_thin_series_is_no_turn_of_degree(tmp_path):
    steady = [("VALGOV", "OSTGOV", "against", 0.8, day, None) for day in (0, 5, 10, 40, 45, 50)]
    with _store(tmp_path, steady) as store:
        assert find_shifts(store) == []
    thin = [("VALGOV", "OSTGOV", "against", 0.5, day, None) for day in (0, 5)]
    thin += [("VALGOV", "OSTGOV", "against", 1.0, day, None) for day in (40, 45)]
    with _store(tmp_path, thin, name="thin") as store:
        assert find_shifts(store) == []  # two a side is too little to call a change of degree


def test_proposition_confidence_makes_no_turn_of_degree(tmp_path):
    series = [
        ("valdor-prime", "sanctions-russia-tighten", "favor", s, d, "direct")
        for s, d in ((0.75, 0), (0.75, 5), (0.75, 10), (1.0, 40), (1.0, 45), (1.0, 50))
    ]
    with _store(tmp_path, series) as store:
        assert find_shifts(store) == []


def test_cooperation_changing_weight_is_no_turn_of_degree(tmp_path):
    # Aid (0.7) then trade (0.4): the kind of act changed, not the warmth.
    series = [("VALGOV", "OSTGOV", "favor", 0.7, day, None) for day in (0, 5, 10)]
    series += [("VALGOV", "OSTGOV", "favor", 0.4, day, None) for day in (40, 45, 50)]
    with _store(tmp_path, series) as store:
        assert find_shifts(store) == []


def _told(tmp_path, stances: list[tuple[str, int, bool]], name: str = "t"):
    """Act stances of one holder on one proposition: (label, day offset, whether the sentence tells a turn)."""
    store = open_store(tmp_path / f"{name}.db")
    for i, (label, offset, turned) in enumerate(stances):
        day = START + timedelta(days=offset)
        stance = Stance("NOR", "military-aid-ukraine", label, 0.7, day, Span(0, 20), turned=turned)
        store.save(Article(id=f"a{i}", text=f"{i} {TEXT}", date=day, stances=(stance,)))
    return store


def test_a_turn_the_news_tells_is_a_narrated_reversal(tmp_path):
    with _told(tmp_path, [("favor", 0, True), ("favor", 2, False)]) as store:
        [shift] = find_shifts(store)
    assert (shift.holder, shift.kind) == ("NORGOV", "narrated reversal")
    assert (shift.before.record.label, shift.after.record.label) == ("against", "favor")
    assert (
        shift.before.origin.article_id == shift.after.origin.article_id == "a0"
    )  # the telling names the old side itself
    assert shift.before_told
    with _told(tmp_path, [("against", 0, False), ("favor", 40, True)], "earlier") as store:
        [shift] = find_shifts(store)
    assert (
        shift.before.origin.article_id == "a0" and shift.support_before == 1
    )  # the holder's own old side, if recent
    assert not shift.before_told


def test_a_told_turn_the_record_contradicts_is_none(tmp_path):
    # the holder already held the new side just before: the telling is about someone else's turn
    with _told(tmp_path, [("favor", 0, False), ("favor", 20, False), ("favor", 40, True)]) as store:
        assert find_shifts(store) == []
    # and a new side that does not hold afterwards is no turn
    with _told(
        tmp_path, [("favor", 0, True), ("against", 5, False), ("against", 9, False)], "after"
    ) as store:
        assert [s.kind for s in find_shifts(store)] != ["narrated reversal"]
    with _told(tmp_path, [("favor", 0, False)], "plain") as store:
        assert find_shifts(store) == []


def test_actor_evaluations_in_quotes_need_three_a_side_like_events(tmp_path):
    # "a reliable partner" once, "an aggressor" once, each in the holder's verbatim words: a target that is an
    # actor still needs three reports a side, whatever they are read from.
    one_each = [
        ("VALGOV", "OSTGOV", "favor", 1.0, 0, "direct"),
        ("VALGOV", "OSTGOV", "against", 1.0, 30, "direct"),
    ]
    with _store(tmp_path, one_each) as store:
        assert find_shifts(store) == []
    three_each = one_each[:1] * 3 + one_each[1:] * 3
    with _store(tmp_path, three_each, name="three") as store:
        [shift] = find_shifts(store)
    assert (shift.kind, shift.support_before + shift.support_after) == ("reversal", 6)


def test_evaluations_in_quotes_carry_no_intensity(tmp_path):
    # The hardening read from the coded events stands; epithets in between neither weigh in nor hide it.
    series = [("VALGOV", "OSTGOV", "against", 0.5, day, None, 3) for day in (0, 5, 10)]
    series += [("VALGOV", "OSTGOV", "against", 1.0, day, None, 4) for day in (40, 45, 50)]
    series += [("VALGOV", "OSTGOV", "against", 0.6, day, "direct") for day in (2, 42)]
    with _store(tmp_path, sorted(series, key=lambda row: row[4])) as store:
        [shift] = find_shifts(store)
    assert shift.kind == "hardening" and shift.magnitude == 0.5
    assert (shift.support_before, shift.support_after) == (3, 3) and shift.before.record.quote_ref is None


def _told_acts(tmp_path, rows: list[tuple[str, int, str, str]], name: str = "acts"):
    """Act stances of Valdoria on sending aid, one article each: (label, day offset, the article's text, the
    sentence the stance is read from)."""
    store = open_store(tmp_path / f"{name}.db")
    for i, (label, offset, text, sentence) in enumerate(rows):
        day = START + timedelta(days=offset)
        start = text.index(sentence)
        stance = Stance("VALGOV", "military-aid-ukraine", label, 0.7, day, Span(start, start + len(sentence)))
        store.save(Article(id=f"a{i}", text=text, date=day, stances=(stance,)))
    return store


REFUSES = "Valdoria refused again to send weapons to Ukraine, its defence minister told reporters."
SENDS = "Valdoria sent air defence systems to Ukraine on Monday, its defence minister told reporters."


def test_list_items_and_headlines_are_no_stance_by_themselves(tmp_path):
    listed = "Valdoria has hinted at what it may offer:\n\n  • Sending weapons to Ukraine\n\nNo date was set."
    headline = "Valdoria Sends Weapons To Ukraine\n\n" + SENDS
    rows = [
        ("against", 0, REFUSES, REFUSES),
        ("against", 5, REFUSES + " ", REFUSES),
        ("favor", 40, listed, "Sending weapons to Ukraine"),
        ("favor", 45, headline, "Valdoria Sends Weapons To Ukraine"),
    ]
    with _told_acts(tmp_path, rows) as store:
        refused = []
        assert find_shifts(store, refused=refused) == []
    assert [r.rule for r in refused][:2] == ["list item", "headline"]
    with _told_acts(
        tmp_path, [*rows[:2], ("favor", 40, SENDS, SENDS), ("favor", 45, SENDS + " ", SENDS)], "sentences"
    ) as store:
        assert len(find_shifts(store)) == 1


def test_a_sentence_set_in_another_time_carries_no_date_of_its_own(tmp_path):
    # "For two years Valdoria refused ...", reported on day 40: when it refused is not day 40.
    back = "For two years, Valdoria refused to send weapons to Ukraine, its critics say."
    rows = [
        ("favor", 0, SENDS, SENDS),
        ("favor", 5, SENDS + " ", SENDS),
        ("against", 40, back, back),
        ("against", 45, back + " ", back),
    ]
    with _told_acts(tmp_path, rows) as store:
        refused = []
        assert find_shifts(store, refused=refused) == []
    assert {r.rule for r in refused} == {"background"} and "For two years" in refused[0].reason


def test_a_designation_is_no_cooperation(tmp_path):
    text = "Valdoria designated Ostland a state sponsor of hostage taking on Friday."
    with open_store(tmp_path / "d.db") as store:
        for i, (label, offset, sentence) in enumerate(
            [("against", 0, REFUSES), ("against", 5, REFUSES), ("favor", 40, text), ("favor", 45, text)]
        ):
            day = START + timedelta(days=offset)
            event = Event(
                "VALGOV",
                "OSTGOV",
                "060",
                "06",
                None,
                None,
                2 if label == "favor" else 3,
                6.0,
                False,
                False,
                day,
                Span(0, len(sentence)),
                Span(0, 5),
                0.5,
                "VALGOV",
                "OSTGOV",
            )
            stance = Stance("VALGOV", "OSTGOV", label, 0.6, day, Span(0, len(sentence)))
            store.save(
                Article(id=f"a{i}", text=sentence + f" ({i})", date=day, events=(event,), stances=(stance,))
            )
        refused = []
        assert find_shifts(store, refused=refused) == []
    assert "designation" in {r.rule for r in refused}


def test_a_turn_told_as_possible_is_none(tmp_path):
    maybe = "Valdoria's envoy signalled that it could reverse its course and send weapons to Ukraine."
    store = open_store(tmp_path / "m.db")
    stance = Stance("VALGOV", "military-aid-ukraine", "favor", 0.7, START, Span(0, len(maybe)), turned=True)
    store.save(Article(id="a0", text=maybe, date=START, stances=(stance,)))
    refused = []
    with store:
        assert find_shifts(store, refused=refused) == []
    assert [r.rule for r in refused] == ["possible turn"]


def test_the_postures_of_a_turn_of_degree_are_a_week_apart_and_force_excludes_words(tmp_path):
    # threats, then attacks two days later: the evidence shown for the two postures is too close to be a change
    close = [("VALGOV", "OSTGOV", "against", 0.5, d, None, 3) for d in (0, 1, 2)]
    close += [("VALGOV", "OSTGOV", "against", 1.0, d, None, 4) for d in (4, 5, 6)]
    with _store(tmp_path, close) as store:
        assert find_shifts(store, min_days=7) == []
    # daily fighting with accusations in between is one posture: no softening when the fighting goes on
    war = [("VALGOV", "OSTGOV", "against", 1.0, d, None, 4) for d in (0, 5, 10)]
    war += [
        ("VALGOV", "OSTGOV", "against", 0.5 if d != 45 else 1.0, d, None, 3 if d != 45 else 4)
        for d in (40, 42, 44, 45, 48, 50)
    ]
    with _store(tmp_path, war, name="war") as store:
        assert find_shifts(store) == []


def test_one_telling_is_one_turn(tmp_path):
    # "finally relents to send tanks" reads as favor on aid and on tanks: listed once, under the best fit.
    text = "Valdoria, which had long been reluctant, finally relents to send tanks to Ukraine."
    store = open_store(tmp_path / "t.db")
    stances = tuple(
        Stance("VALGOV", target, "favor", 0.7, START, Span(0, len(text)), turned=True)
        for target in ("military-aid-ukraine", "western-tanks-ukraine")
    )
    store.save(Article(id="a0", text=text, date=START, stances=stances))
    refused = []
    with store:
        assert len(find_shifts(store, refused=refused)) == 1
    assert [r.rule for r in refused] == ["listed once"]


def test_cli_explain_lists_what_was_left_out_and_why(tmp_path):
    import json

    from typer.testing import CliRunner

    from volteface.cli import app

    back = "For two years, Valdoria refused to send weapons to Ukraine, its critics say."
    rows = [("favor", 0, SENDS, SENDS), ("favor", 5, SENDS + " ", SENDS), ("against", 40, back, back)]
    with _told_acts(tmp_path, rows):
        pass
    db = str(tmp_path / "acts.db")
    shown = CliRunner().invoke(
        app, ["shifts", "--db", db, "--explain"], catch_exceptions=False, env={"COLUMNS": "200"}
    )
    assert shown.exit_code == 0 and "0 shifts" in shown.output and "background" in shown.output
    data = json.loads(CliRunner().invoke(app, ["shifts", "--db", db, "--explain", "--json"]).output)
    assert data["shifts"] == [] and data["refused"][0]["rule"] == "background"
    assert json.loads(CliRunner().invoke(app, ["shifts", "--db", db, "--json"]).output) == []


def test_a_told_hardening_toward_an_actor_pairs_with_the_holders_earlier_policy_words(tmp_path):
    # In February Valdoria restores ties with Russia (favor toward Russia, read through the proposition's
    # ``toward``); in September the news tells that it hardened its stance against Russia.
    store = open_store(tmp_path / "h.db")
    ties = Stance("VALGOV", "us-russia-rapprochement", "favor", 0.7, date(2031, 2, 20), Span(0, 20))
    told = Stance("VALGOV", "RUS", "against", 0.7, date(2031, 9, 24), Span(0, 20), turned=True)
    store.save(Article(id="a0", text="0 " + TEXT, date=date(2031, 2, 20), stances=(ties,)))
    store.save(Article(id="a1", text="1 " + TEXT, date=date(2031, 9, 24), stances=(told,)))
    with store:
        [shift] = find_shifts(store)
    assert (shift.holder, shift.target, shift.kind) == ("VALGOV", "RUSGOV", "hardening")
    assert (
        shift.before.record.label,
        shift.before.record.date.isoformat(),
        shift.after.record.date.isoformat(),
    ) == ("favor", "2031-02-20", "2031-09-24")


def test_the_telling_articles_own_report_of_the_new_side_is_part_of_the_turn(tmp_path):
    # "X wrote that Ukraine could win back its land. The post marked a sharp change from X's earlier view ...":
    # the post is the new side, not a record that already held it before the telling.
    store = open_store(tmp_path / "n.db")
    post = Stance("valdor-prime", "ukraine-cede-territory", "against", 0.75, START, Span(0, 10))
    told = Stance("valdor-prime", "ukraine-cede-territory", "against", 0.7, START, Span(20, 40), turned=True)
    store.save(Article(id="a0", text=TEXT, date=START, stances=(post, told)))
    with store:
        [shift] = find_shifts(store)
    assert shift.kind == "narrated reversal" and shift.before_told and shift.before.record.label == "favor"


def test_force_is_read_from_the_events_not_from_stances(tmp_path):
    # Threats (stances from verbal events), then attacks that are stored as events only: the fighting is no
    # stance, but the hardening from words to force is still read.
    threats = [("VALGOV", "OSTGOV", "against", 0.5, d, None, 3) for d in (0, 5, 10)]
    with _store(tmp_path, threats) as store:
        for i, offset in enumerate((40, 45, 50)):
            day = START + timedelta(days=offset)
            attack = Event(
                "VAL",
                "OST",
                "190",
                "19",
                None,
                None,
                4,
                -10.0,
                False,
                False,
                day,
                Span(0, 20),
                Span(0, 5),
                0.9,
                "VALGOV",
                "OSTGOV",
            )
            store.save(Article(id=f"f{i}", text=f"f{i} {TEXT}", date=day, events=(attack,)))
        [shift] = find_shifts(store)
    assert shift.kind == "hardening" and shift.after.record.score == 1.0


# -- the one-pass series readings equal their definitions ------------------------------------------------------
# The definitions below are the rules as first written: every cut rescans both stretches (quadratic in a series'
# length). The shipped functions read the same stretches from running counts; on random series with many cut
# points they must find the same shift, the same refusal and the same strength, to the last bit.


def _defined_side(items, label, actor_target):
    support = sum(e.label == label for e in items)
    if support < shifts.DOMINANCE * len(items):
        return None
    if actor_target:
        articles = {e.article_id for e in items if e.label == label and e.root != shifts.REFUSAL_ROOT}
        return support if len(articles) >= shifts.ACTOR_ARTICLES else None
    strong = any(e.label == label and e.score >= shifts.STRONG and e.verbatim for e in items)
    return support if support >= shifts.MIN_SUPPORT or strong else None


def _defined_weight(items, label):
    return sum(shifts._worth(e) for e in items if e.label == label)


def _defined_reversal(who, target, items, min_days, actor_target):
    def holds(part, label):
        return sum(e.label == label for e in part) >= shifts.DOMINANCE * len(part)

    def said(part, label):
        return any(e.label == label and (e.from_quote or e.quad in (1, 3)) for e in part)

    best, best_key, nearest = None, (False, -1.0), (0, None)
    for cut in range(1, len(items)):
        earlier, later = items[:cut], items[cut:]
        before, after = earlier[-1], later[0]
        if before.label == after.label:
            continue
        before_support = _defined_side(earlier, before.label, actor_target)
        after_support = _defined_side(later, after.label, actor_target)
        stage = 0
        if not (holds(earlier, before.label) and holds(later, after.label)):
            stage, rule = 1, "no clear side"
        elif before_support is None or after_support is None:
            stage, rule = 2, "thin side"
        elif actor_target and not (said(earlier, before.label) and said(later, after.label)):
            stage, rule = 3, "acts only"
        elif shifts._days(before, after) < min_days:
            stage, rule = 4, "too close"
        if stage:
            if stage >= nearest[0]:
                nearest = (stage, (rule, before, after))
            continue
        magnitude = round((before.score + after.score) / 2, 2)
        weight = min(_defined_weight(earlier, before.label), _defined_weight(later, after.label), 5)
        strength = round(magnitude * (1 + weight / 5), 3)
        found = (before, after, before_support, after_support, strength)
        key = (shifts._same_object(before, after), strength)
        if key > best_key:
            best, best_key = found, key
    return best, None if best else nearest[1]


def _defined_degree(items, min_days):
    def mostly(part):
        hostile = [e.quad for e in part if e.label == "against"]
        if hostile.count(4) >= shifts.DEGREE_DOMINANCE * len(hostile):
            return 4
        return (
            3
            if hostile and 4 not in hostile and hostile.count(3) >= shifts.DEGREE_DOMINANCE * len(hostile)
            else 0
        )

    items = [e for e in items if not e.from_quote]
    best = None
    for cut in range(shifts.DEGREE_SUPPORT, len(items) - shifts.DEGREE_SUPPORT + 1):
        earlier = [e for e in items[:cut] if shifts._days(e, items[cut]) <= shifts.DEGREE_WINDOW]
        later = [e for e in items[cut:] if shifts._days(items[cut], e) < shifts.DEGREE_WINDOW]
        support = [sum(e.label == "against" for e in part) for part in (earlier, later)]
        if min(support) < shifts.DEGREE_SUPPORT or any(
            n < shifts.DEGREE_DOMINANCE * len(part) for n, part in zip(support, (earlier, later), strict=True)
        ):
            continue
        mean_before = sum(map(shifts._signed, earlier)) / len(earlier)
        mean_after = sum(map(shifts._signed, later)) / len(later)
        delta = mean_after - mean_before
        if abs(delta) < shifts.DEGREE or {mostly(earlier), mostly(later)} != {3, 4}:
            continue
        before = min(earlier, key=lambda e: abs(shifts._signed(e) - mean_before))
        after = min(later, key=lambda e: abs(shifts._signed(e) - mean_after))
        if shifts._days(before, after) < min_days:
            continue
        strength = round(shifts.DEGREE_WEIGHT * abs(delta) * (1 + min(*support, 5) / 5), 3)
        if best is None or strength > best[4]:
            best = (before, after, support[0], support[1], strength)
    return best


def _random_series(rng, length, hostile=False):
    """A dated series with runs of each side, several evidence a day, repeated articles and every kind of
    evidence: quotes verbatim or not, coded events of each quad class, refusals. A ``hostile`` one is coded
    events against the target, threats then force (or back), of varying intensity: turns of degree."""
    items, day, label = [], START, "favor"
    turn = rng.randrange(length)
    for i in range(length):
        if rng.random() < 0.15:
            label = "against" if label == "favor" else "favor"
        day += timedelta(days=rng.choice((0, 0, 1, 3, 9, 20)))
        quote = not hostile and rng.random() < 0.4
        side = label if rng.random() < 0.85 else ("against" if label == "favor" else "favor")
        quad = 0 if quote else rng.choice((1, 2, 3, 4, 4))
        if hostile:
            side = "against" if rng.random() < 0.9 else "favor"
            quad = (3 if (i < turn) == (turn % 2 == 0) else 4) if rng.random() < 0.9 else rng.choice((1, 2))
        items.append(
            shifts.Evidence(
                side,
                rng.choice((0.2, 0.5, 0.6, 0.7, 0.75, 0.9, 0.95, 1.0, 0.33)),
                day.isoformat(),
                f"a{rng.randrange(length)}",
                i,
                i + 10,
                rng.choice(("send tanks now", "no tanks", "talks with them", "sanctions work")),
                quote,
                quote and rng.random() < 0.5,
                quad=quad,
                root="12" if rng.random() < 0.1 else "19",
            )
        )
    return items


def test_the_one_pass_readings_of_a_series_equal_their_definitions():
    import random

    rng = random.Random(19)
    found = {"reversal": 0, "refusal": 0, "degree": 0}
    for _ in range(300):
        items = _random_series(rng, rng.choice((2, 5, 12, 40, 120)))
        for actor_target in (True, False):
            for min_days in (1, 7, 30):
                shift, refusal = shifts._reversal("V", "T", items, min_days, actor_target)
                best, nearest = _defined_reversal("V", "T", items, min_days, actor_target)
                assert (shift is None) == (best is None)
                if shift is not None:
                    found["reversal"] += 1
                    assert (
                        shift.before,
                        shift.after,
                        shift.support_before,
                        shift.support_after,
                        shift.strength,
                    ) == best
                else:
                    assert (refusal is None) == (nearest is None)
                    if refusal is not None:
                        found["refusal"] += 1
                        assert (refusal.rule, refusal.before, refusal.after) == nearest
        hostile = _random_series(rng, rng.choice((6, 20, 60, 150)), hostile=True)
        degree = shifts._degree("V", "T", hostile, 7, True)
        defined = _defined_degree(hostile, 7)
        assert (degree is None) == (defined is None)
        if degree is not None:
            found["degree"] += 1
            assert (
                degree.before,
                degree.after,
                degree.support_before,
                degree.support_after,
                degree.strength,
            ) == defined
    assert min(found.values()) > 10, found  # every path was taken, many times


def test_a_kept_reading_is_never_served_after_the_store_changed(tmp_path):
    rows = [
        ("valdor-prime", "ukraine-cede-territory", "favor", 1.0, 0, "post"),
        ("valdor-prime", "ukraine-cede-territory", "against", 1.0, 30, "direct"),
    ]
    with _store(tmp_path, rows[:1]) as store:
        assert find_shifts(store) == [] and find_shifts(store, "valdor-prime") == []
        _store(tmp_path, rows).close()  # another writer adds the other side
        assert len(find_shifts(store)) == len(find_shifts(store, "valdor-prime")) == 1


def test_a_run_keeps_the_whole_stores_shifts_for_every_reader_after_it(tmp_path, monkeypatch):
    """``run`` ends by making the store's list of shifts and keeping it in the store: a reader in another
    process (here: with the in-process readings cleared, on a read-only store) reads it back, the same list,
    without reading the stances again; once an article is written the kept list is of an older store."""
    from importlib import resources

    from volteface.analyze import kept
    from volteface.run import run

    db = tmp_path / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
        made = [s.row() for s in find_shifts(store)]
    assert made, "the demo store has shifts to keep"

    kept._KEPT.clear()
    monkeypatch.setattr(
        shifts, "_reading", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read again"))
    )
    with open_store(db, read_only=True) as reader:
        assert [s.row() for s in find_shifts(reader)] == made

    with open_store(db) as store:
        store.save(Article(id="late", text="Nothing happened in Ostrava.", date=date(2031, 1, 1)))
        kept._KEPT.clear()
        with pytest.raises(AssertionError, match="read again"):
            find_shifts(store)  # not the kept list of the store before this article


def test_the_kept_shifts_are_named_alike_by_every_process():
    """A kept list is found again only if another process names its rules the same way, whatever its hashing."""
    import os
    import subprocess
    import sys

    names = {
        subprocess.run(
            [sys.executable, "-c", "from volteface.analyze import shifts; print(shifts._rules())"],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(names) == 1


def test_giving_in_to_pressure_after_blocking_is_a_narrated_reversal_with_the_blocking_before(tmp_path):
    from volteface.pipeline import process_batch

    texts = [
        "Norway has been sceptical, blocking the transfer of weapons from its neighbours to Ukraine.",
        "Norway has bowed to pressure from its allies to send heavy weapons to Ukraine.",
    ]
    days = [START, START + timedelta(days=80)]
    store = open_store(tmp_path / "g.db")
    for article in process_batch(
        [Article(id=f"a{i}", text=t, date=d) for i, (t, d) in enumerate(zip(texts, days, strict=True))]
    ):
        store.save(article)
    with store:
        [shift] = find_shifts(store)
    assert (shift.holder, shift.target, shift.kind) == ("NORGOV", "military-aid-ukraine", "narrated reversal")
    assert shift.before.record.label == "against" and shift.before.record.date == START
