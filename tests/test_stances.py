"""Stances toward propositions and actors: each artefact class the shift list once suffered from, on small
fictional sentences."""

from dataclasses import replace
from datetime import date

import pytest

from volteface.extract.propositions import proposition_stance
from volteface.extract.stances import stances_from_events, stances_from_quotes
from volteface.model import Article, Event, Quote, Span


def _sides(text: str) -> dict[str, str]:
    return {prop: label for prop, label, _ in proposition_stance(text)}


def test_a_phrase_counts_only_in_a_clause_about_the_proposition():
    # "reducing ... aid" about farmers or warheads is not cutting military aid to Ukraine
    assert "military-aid-ukraine" not in _sides(
        "Valdoria is reducing its nuclear weapons and cutting aid to farmers."
    )
    assert _sides("Valdoria will keep sending weapons to Ukraine.") == {"military-aid-ukraine": "favor"}
    # the term and the phrase in different clauses make no stance
    assert _sides("Ostrava sends weapons to its police, but Ukraine is far away.") == {}


def test_arms_named_as_going_to_someone_else_are_not_aid_to_ukraine():
    # the clause is about the war in Ukraine, but the weapons go to Moscow
    assert _sides("Valdoria urged Ostrava not to deliver weapons to Moscow over its war in Ukraine.") == {}
    assert _sides("Ostrava supplied missiles to Russia for its war in Ukraine.") == {}
    assert _sides("Valdoria will send weapons to Israel and Ukraine.") == {"military-aid-ukraine": "favor"}
    # the name ends at the verb, or where whom the act is against begins: Russia is not where the weapons go
    assert _sides(
        "Valdoria will transfer armoured vehicles to Ukraine as military assistance to the country against "
        "Russian aggression."
    ) == {"military-aid-ukraine": "favor"}
    assert _sides("Sending weapons to his country is a signal to Russia, the Ukrainian minister said.") == {
        "military-aid-ukraine": "favor"
    }


def test_exchanges_are_of_prisoners():
    assert _sides("Valdoria suspended cultural exchanges with Russian universities.") == {}
    assert _sides("Valdoria suspended the exchanges of captured soldiers.") == {
        "prisoner-exchanges": "against"
    }


def test_describing_is_not_taking_a_side():
    assert _sides("pointing to Ukraine's hopes of joining NATO one day") == {}
    assert _sides("in the face of a long delay in aid to Ukraine") == {}
    assert _sides("possible sanctions against Russia were mentioned in passing") == {}
    assert _sides("the minister stayed neutral when asked about the alliance") == {}
    assert (
        _sides("Moscow is increasing the pace of adaptation to sanctions") == {}
    )  # "eas" inside "increasing"


def test_a_negation_turns_over_only_the_phrase_right_after_it():
    assert _sides("Valdoria will not send any weapons to Ukraine.") == {"military-aid-ukraine": "against"}
    # "not" belongs to "politicise", not to the aggression
    assert _sides("They urged Beijing not to politicise Russia's aggression against its neighbour.") == {
        "russia-responsible-war": "favor"
    }
    # "not" in the first clause does not reach the second
    assert "sanctions-russia-tighten" not in _sides(
        "We do not want war, but new sanctions on Russia mean a break."
    )


def _quote(cue: str, content: str, speaker: str = "VALGOV") -> Quote:
    """'Valdoria <cue> <content>', the cue right before the words."""
    start = 9 + len(cue) + 1
    return Quote(
        "Valdoria",
        Span(0, 8),
        cue,
        Span(9, 9 + len(cue)),
        content,
        Span(start, start + len(content)),
        "indirect",
        date(2031, 3, 1),
        "article",
        speaker,
    )


def test_the_cue_says_whose_position_the_words_are():
    accused = _quote("accused", "Ostrava of pushing for harsher sanctions on Russia")
    rejected = _quote("rejected", "calls to cede territory to Russia")
    condemned = _quote("condemned", "the unprovoked invasion of its neighbour")
    said = _quote("said", "it would impose harsher sanctions on Russia")
    stances = stances_from_quotes((accused, rejected, condemned, said))
    assert {(s.target, s.label, s.quote_ref) for s in stances} == {
        ("ukraine-cede-territory", "against", 1),
        ("sanctions-russia-tighten", "favor", 3),
    }
    assert all(s.evidence_span.start == 9 for s in stances)  # the cue is shown with the words it governs
    adopted = stances_from_quotes((_quote("adopted", "a fourth package of sanctions on Russia"),))
    assert [(s.target, s.label) for s in adopted] == [("sanctions-russia-tighten", "favor")]


def _event(root: str, quad: int, goldstein: float) -> Event:
    return Event(
        "VALGOV",
        "OSTGOV",
        root + "0",
        root,
        None,
        None,
        quad,
        goldstein,
        False,
        False,
        date(2031, 3, 1),
        Span(0, 10),
        Span(0, 4),
        0.9,
        "VALGOV",
        "OSTGOV",
    )


def test_routine_contacts_make_no_actor_stance():
    stances = stances_from_events(
        (_event("04", 1, 1.0), _event("01", 1, 0.0), _event("07", 2, 7.0), _event("11", 3, -2.0))
    )
    assert [(s.label, s.score) for s in stances] == [("favor", 0.7), ("against", 0.2)]


@pytest.mark.model
def test_only_the_speakers_own_words_take_a_side():
    from volteface.pipeline import process_batch

    texts = [
        "Norwegian polls found growing support for harsher sanctions on Russia.",  # a finding, not Norway's voice
        "Norwegian critics say Oslo must impose harsher sanctions on Russia.",  # critics are not the state
        "Norway said that Moscow claims Ukraine provoked the war.",  # Moscow's claim inside Norway's words
        "“We are imposing tougher sanctions on Russia and on the friends of Vladimir Putin,” Putin said.",
        "Norwegian officials said Oslo would impose harsher sanctions on Russia.",
    ]
    articles = process_batch([Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)])
    by_text = {
        a.text: [(s.holder, s.target, s.label) for s in a.stances if s.quote_ref is not None]
        for a in articles
    }
    assert [by_text[t] for t in texts[:4]] == [[], [], [], []]
    assert by_text[texts[4]] == [("NORGOV", "sanctions-russia-tighten", "favor")]


def test_what_a_proposition_is_about_may_stand_in_the_sentence_around_the_words():
    words = "to resume military aid and the sharing of maps"
    assert _sides(words) == {}  # aid to whom?
    around = (
        "Ukraine accepted the truce plan. In return, Valdoria agreed to resume military aid and the sharing"
        " of maps."
    )
    assert {p: label for p, label, _ in proposition_stance(words, around)} == {
        "military-aid-ukraine": "favor"
    }


def test_a_warning_against_a_delivery_is_against_it_and_a_supplied_weapon_is_not_a_delivery():
    assert _sides("warned Valdoria against the transfer of long-range weapons to Ukraine") == {
        "military-aid-ukraine": "against",
        "long-range-strikes-russia": "against",
    }
    assert _sides("fighting on with Western-supplied weapons in Ukraine") == {}
    assert _sides("kept moving troops, weapons and fuel toward Ukraine") == {}


def test_terms_match_at_word_starts():
    # "aid" inside "said" does not make a statement about aid
    assert _sides("said that while other partners are providing artillery, Ukraine gets training") == {}


def test_weapon_kinds_have_their_own_propositions():
    declined = _quote("declined", "to send battle tanks to Ukraine")  # the cue turns the words over
    assert {(s.target, s.label) for s in stances_from_quotes((declined,))} == {
        ("military-aid-ukraine", "against"),
        ("western-tanks-ukraine", "against"),
    }
    assert _sides("Ostrava agreed to send 20 Leopard tanks to Ukraine") == {
        "military-aid-ukraine": "favor",
        "western-tanks-ukraine": "favor",
    }
    assert _sides("Valdoria will train Ukrainian pilots to fly F-16 jets") == {
        "ukraine-fighter-jets": "favor"
    }
    assert _sides("Kyiv may use Valdorian weapons to strike targets inside Russia, the minister said") == {
        "long-range-strikes-russia": "favor"
    }
    assert _sides("the missiles would under no circumstances be used on Russian territory") == {
        "long-range-strikes-russia": "against"
    }


def test_nordic_membership_and_who_blocks_it():
    assert _sides("Valdoria objected to Sweden's membership bid in NATO") == {
        "finland-sweden-join-nato": "against"
    }
    assert _sides("Valdoria would ratify Finland's accession to the alliance") == {
        "finland-sweden-join-nato": "favor"
    }
    assert _sides("Sweden and Finland should join NATO without delay") == {
        "finland-sweden-join-nato": "favor"
    }


def test_plans_to_invade_denied_then_announced():
    assert _sides("Ostrava has no plans to invade Valdoria's neighbour Ukraine") == {
        "russia-intends-attack-ukraine": "against"
    }
    assert _sides("that claims Moscow plans to attack Ukraine were provocative speculation") == {
        "russia-intends-attack-ukraine": "against"
    }
    assert _sides("launched a special military operation in Ukraine") == {
        "russia-intends-attack-ukraine": "favor"
    }
    denied = _quote("denied", "it is planning to attack Ukraine", "RUSGOV")
    assert [(s.target, s.label) for s in stances_from_quotes((denied,))] == [
        ("russia-intends-attack-ukraine", "against")
    ]


def test_talks_open_then_ruled_out():
    assert _sides("he was still open to peace talks with the Valdorian leader") == {
        "war-end-negotiations-now": "favor"
    }
    assert _sides("Peace talks with Russia remain out of the question") == {
        "war-end-negotiations-now": "against"
    }
    assert _sides("any ceasefire would only benefit Russia") == {"war-end-negotiations-now": "against"}


def test_refusing_to_join_sanctions_is_against_them():
    refused = _quote("refused", "to join Western sanctions against Russia")
    assert [(s.target, s.label) for s in stances_from_quotes((refused,))] == [
        ("sanctions-russia-tighten", "against")
    ]


def test_a_possibility_under_a_condition_takes_no_side():
    assert _sides("Valdoria could send its tanks to Ukraine if Ostrava asks") == {}
    assert _sides("If our farmers suffer, we can introduce sanctions against Russia") == {}
    # without a condition, a "could" of permission still counts
    assert _sides("Ukraine could use Valdorian weapons to strike targets inside Russia") == {
        "long-range-strikes-russia": "favor"
    }


@pytest.mark.model
def test_a_supposed_act_is_not_the_speakers_position():
    from volteface.pipeline import process_batch

    supposed = [
        "Oslo is convinced that if Russia decided to invade, it would stage some pretext first.",
        "Oslo is ready to talk, but if Vladimir Putin decides to invade, the answer will be firm.",
    ]
    articles = process_batch(
        [Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(supposed)]
    )
    # "is convinced", "is ready" are no statements; whatever reads the supposed acts, they are nobody's stance
    assert [s for a in articles for s in a.stances if s.target == "russia-intends-attack-ukraine"] == []


def test_not_a_sign_that_turns_the_claim_over():
    assert _sides("its drills are not an indication that Russia intends to invade Kyiv") == {
        "russia-intends-attack-ukraine": "against"
    }


def test_a_states_own_sanctions_on_others_are_not_sanctions_on_it():
    assert proposition_stance("Ostrava will impose retaliatory sanctions on the West.", "Russia") == []
    assert proposition_stance("Moscow imposed sanctions on the EU and Japan.", "Russia") == []
    assert proposition_stance("Valdoria adopted new sanctions on Russia.") == [
        ("sanctions-russia-tighten", "favor", 0.75)
    ]


def test_a_conflict_noun_after_for_is_a_reason_not_the_subjects_act():
    from volteface.pipeline import process_batch

    texts = [
        "Norway hits Russia with new sanctions for the Ukraine attack.",
        "The Norwegian minister travelled to Kyiv for talks with Zelenskyy.",
    ]
    punished, visit = process_batch(
        [Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)]
    )
    assert not any(
        e.target == "UKR" and e.root == "19" for e in punished.events
    )  # the attack is not Norway's
    assert any(
        (e.source, e.target, e.root) == ("NORGOV", "UKRGOV", "04") for e in visit.events
    )  # its talks are


def test_another_actors_threat_inside_a_quote_is_not_the_speakers_position():
    from volteface.pipeline import process_batch

    text = (
        "Lavrov said his arguments bounced off the Norwegians as Norway threatened tough sanctions on Russia."
    )
    [article] = process_batch([Article(id="t", text=text, date=date(2031, 5, 1))])
    assert [s for s in article.stances if s.quote_ref is not None] == []


def _acts(texts: list[str]) -> list[list[tuple[str, str, str, bool]]]:
    """The proposition stances read from what actors are told to have done (no quote behind them)."""
    from volteface.pipeline import process_batch

    articles = process_batch([Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)])
    return [
        sorted(
            (s.holder, s.target, s.label, s.turned)
            for s in a.stances
            if s.quote_ref is None and s.target[0].islower() and s.target.count("-") > 1
        )
        for a in articles
    ]


def test_an_act_told_by_the_journalist_takes_a_side():
    sent, imposed, withdrew = _acts(
        [
            "Norway sent battle tanks to Ukraine on Tuesday.",
            "Norway imposed new sanctions on Russia.",
            "Norway has suspended its participation in the New START treaty.",
        ]
    )
    assert sent == [
        ("NOR", "military-aid-ukraine", "favor", False),
        ("NOR", "western-tanks-ukraine", "favor", False),
    ]
    assert imposed == [("NOR", "sanctions-russia-tighten", "favor", False)]
    assert withdrew == [("NOR", "new-start-treaty", "against", False)]


def test_an_act_that_did_not_happen_or_is_background_or_loosely_linked_takes_no_side():
    assert (
        _acts(
            [
                "Norway did not send weapons to Ukraine.",  # negated
                "If Norway sends jets to Ukraine, Moscow will respond.",  # supposed
                "Norway had blocked a new aid package for Ukraine.",  # past perfect: background
                "Norway was delaying aid to Ukraine.",  # progressive: background
                "It is providing Ukraine with anti-tank weapons.",  # a pronoun is too loose a link
                "Norway's allies donated fighter jets to Ukraine.",  # and so is a possessive
                "Russia violated Ukraine's territorial integrity.",  # the phrase does not begin at the act's verb
            ]
        )
        == [[]] * 7
    )


def test_a_turn_told_with_the_act_marks_the_new_side():
    relents, dropped, refused, stalled = _acts(
        [
            "Norway, which had been wary of escalation, finally relents to send some of its battle tanks to Ukraine.",
            "Stockholm's path to NATO membership was cleared this month after Norway dropped its objections.",
            "After months of refusing, Norway approved a large military aid package for Ukraine.",
            "After months of stalling, Norway approved a large military aid package for Ukraine.",
        ]
    )
    assert ("NOR", "western-tanks-ukraine", "favor", True) in relents
    assert dropped == [("NOR", "finland-sweden-join-nato", "favor", True)]
    from volteface.pipeline import process_batch

    [told, untold] = process_batch(
        [
            Article(
                id="a",
                text="After months of refusing, Norway approved a large military aid package for Ukraine.",
                date=date(2031, 5, 1),
            ),
            Article(
                id="b",
                text="Norway approved a large military aid package for Ukraine.",
                date=date(2031, 5, 1),
            ),
        ]
    )
    assert [(s.target, s.label, s.turned) for s in told.stances if s.target == "military-aid-ukraine"] == [
        ("military-aid-ukraine", "favor", True)
    ]
    assert [s.turned for s in untold.stances if s.target == "military-aid-ukraine"] == [False]
    # "approved" is an act, not a cue: it is read once, as the act it is
    assert refused == [("NOR", "military-aid-ukraine", "favor", True)]
    assert stalled == [("NOR", "military-aid-ukraine", "favor", False)]  # a delay is no position


def test_giving_in_to_pressure_is_a_turn_and_what_the_pressure_was_for_is_done():
    bowed, caved, refused, demanded = _acts(
        [
            "Norway has bowed to pressure from its allies to send battle tanks to Ukraine.",
            "Norway caved in to demands to lift the sanctions on Russia.",
            "Norway would not bow to pressure to send battle tanks to Ukraine.",  # negated: no act, no turn
            "Sweden faces pressure to send battle tanks to Ukraine.",  # pressed, not given in to
        ]
    )
    assert bowed == [
        ("NOR", "military-aid-ukraine", "favor", True),
        ("NOR", "western-tanks-ukraine", "favor", True),
    ]
    assert caved == [("NOR", "sanctions-russia-tighten", "against", True)]
    assert refused == demanded == []
    # a turn the sentence denies is none
    [firm] = _acts(["Norway, which will not bow to pressure from Moscow, imposed new sanctions on Russia."])
    assert firm == [("NOR", "sanctions-russia-tighten", "favor", False)]


def test_a_participle_clause_after_its_clause_is_the_clauses_subjects_act():
    blocking, talks, supposed, listed = _acts(
        [
            "Norway held back, blocking the transfer of weapons from its neighbours to Ukraine.",
            "The talks collapsed, blocking the transfer of weapons to Ukraine.",  # no actor did it
            "If Norway holds back, blocking the transfer of weapons to Ukraine, Kyiv will suffer.",
            # a list of topics, not acts
            "The Norwegian president discussed the priorities with his guests - air defence, tightening sanctions "
            "on Russia, and aid for Ukraine.",
        ]
    )
    assert blocking == [("NOR", "military-aid-ukraine", "against", False)]
    assert talks == supposed == listed == []


def test_a_turn_inside_someone_elses_words_is_not_the_holders():
    from volteface.pipeline import process_batch

    [article] = process_batch(
        [
            Article(
                id="a",
                text="Norway said that Sweden had reversed its position and would send tanks to Ukraine.",
                date=date(2031, 5, 1),
            )
        ]
    )
    assert not any(s.turned for s in article.stances)


def test_an_act_only_wanted_or_urged_is_not_done():
    assert _acts(
        [
            "Encouraging Ukraine to cede territory to Russia",  # a heading: the infinitive is no act
            "Norway pushed Sweden to send tanks to Ukraine.",  # urged, not done, by either
            "Norway wants to send tanks to Ukraine.",
        ]
    ) == [[], [], []]


def test_another_actors_done_act_inside_the_words_is_a_report_not_the_speakers_position():
    from volteface.pipeline import process_batch

    texts = [
        "Norway noted that earlier, the European Union approved a new package of sanctions against Russia.",
        "Norway said the European Union must approve new sanctions against Russia.",
    ]
    noted, urged = process_batch(
        [Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)]
    )
    assert [s for s in noted.stances if s.quote_ref is not None] == []
    assert [(s.holder, s.target, s.label) for s in urged.stances if s.quote_ref is not None] == [
        ("NOR", "sanctions-russia-tighten", "favor")
    ]


def test_acts_read_only_for_policies_and_not_by_the_countries_they_would_mean_something_else_for():
    assert _acts(
        [
            "Russia transferred air defence systems to Ukraine.",  # moving its own forces, not aid
            "Norway forced Russia to retreat from the border.",  # an act is no view on who started the war
            "Norway transferred air defence systems to Ukraine.",
        ]
    ) == [[], [], [("NOR", "military-aid-ukraine", "favor", False)]]


def _actor_stances(texts: list[str]) -> dict[str, set[tuple[str, str, str]]]:
    """The stances toward actors each text's quotes give (events and propositions left out)."""
    from volteface.extract.propositions import propositions
    from volteface.pipeline import process_batch

    articles = process_batch([Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)])
    tracked = {p.id for p in propositions()}
    return {
        a.text: {
            (s.holder, s.target, s.label)
            for s in a.stances
            if s.quote_ref is not None and s.target not in tracked
        }
        for a in articles
    }


@pytest.mark.model
def test_evaluative_words_about_an_actor_are_the_speakers_stance_toward_it():
    expected = {
        "Norway said Russia is an aggressor.": ("NOR", "RUS", "against"),
        "Norwegian officials called Russia a paper tiger.": ("NORGOV", "RUS", "against"),
        "Norway described Russia as a terrorist state.": ("NOR", "RUS", "against"),
        "“Russia, the aggressor, must pay,” Norway said.": ("NOR", "RUS", "against"),
        "Norway said Germany was a reliable partner and a true friend.": ("NOR", "DEU", "favor"),
        "Norway said that Belarus is an unreliable partner.": ("NOR", "BLR", "against"),
        "Norway praised the brave Ukrainians.": ("NOR", "UKR", "favor"),
        "Ukraine said the German tanks were a game changer.": ("UKR", "DEU", "favor"),
        "“We thank Germany for its help,” Ukraine said.": ("UKR", "DEU", "favor"),
        "“We condemn Russia's attacks on ports,” Norway said.": ("NOR", "RUS", "against"),
        "“We stand with Ukraine,” Norway said.": ("NOR", "UKR", "favor"),
        "“We are grateful to Poland,” Ukraine said.": ("UKR", "POL", "favor"),
        'Norway said: "We met them on Tuesday. Russia is an aggressor."': (
            "NOR",
            "RUS",
            "against",
        ),  # whole sentences
        "Ukraine said it was grateful for Polish support.": ("UKR", "POL", "favor"),
    }
    found = _actor_stances(list(expected))
    assert {text: found[text] for text in expected} == {text: {s} for text, s in expected.items()}


@pytest.mark.model
def test_an_actor_named_without_the_speakers_evaluation_makes_no_stance():
    texts = [
        "Norway said it met Russia on Tuesday.",  # named, not evaluated
        "Norway said Russia is a large country.",
        "Norway said Moscow claims Ukraine is a terrorist state.",  # Moscow's words inside Norway's
        "“Some say Germany is a paper tiger,” Norway said.",  # nobody's in particular, not Norway's
        "Norway said Russia is not an aggressor.",  # a denial of an insult is no praise: negation drops
        "“Russia is no longer a partner,” Norway said.",  # nor is "no longer a partner" an insult
        "“Russia is no friend of ours,” Norway said.",
        "“I do not think Germany is a reliable partner,” Norway said.",
        "“Is Russia a terrorist state?” Norway asked.",  # a question
        "“If Russia is an aggressor, we must act,” Norway said.",  # a condition
        "“Russia could become a partner,” Norway said.",  # a possibility
        "Norway said China is Russia's closest partner.",  # a relation between others
        "Norway told Germany it was grateful for Polish support.",  # "it" is Germany here, not Norway
        "“We are grateful to Mikkel for his help,” Norway said.",  # a first name: no known actor
        "Russia said the war began with Nazi Germany's invasion.",  # a name, not an epithet
        "Ukraine said the international criminal court (ICC) should act.",
        "Norway said Belarus remains a former ally.",  # a suspended evaluation
        "Norway denied that Belarus is an unreliable partner.",  # the cue turns the words down
        "“Ukrainians are brave and Ukraine is a reliable partner,” Ukraine said.",  # the speaker's own state
    ]
    found = _actor_stances(texts)
    assert {text: found[text] for text in texts} == {text: set() for text in texts}


def test_a_side_taken_only_under_a_condition_is_kept_but_too_weak_to_show_a_turn():
    from volteface.analyze.shifts import MIN_SCORE
    from volteface.extract.propositions import CONDITIONAL_SCORE

    [(prop, label, score)] = proposition_stance(
        "if the votes are held, there will be no negotiations with Moscow"
    )
    assert (prop, label) == ("war-end-negotiations-now", "against") and score == CONDITIONAL_SCORE < MIN_SCORE
    assert proposition_stance("there will be no negotiations with Moscow")[0][2] >= MIN_SCORE


def test_a_condition_opening_a_sentence_governs_the_clauses_an_aside_cuts_off():
    from volteface.analyze.shifts import MIN_SCORE

    # an offer made only if the other side first does something is not a plain call for talks now
    [(prop, label, score)] = proposition_stance(
        "If Moscow truly wants the fighting over - as its envoys keep saying - it must sit down at the "
        "negotiating table. We do not mind who hosts it."
    )
    assert (prop, label) == ("war-end-negotiations-now", "favor") and score < MIN_SCORE
    # the condition ends with its sentence, and a "but" lifts it
    assert (
        proposition_stance("If the shelling goes on, we will answer. We are ready to negotiate with Moscow.")[
            0
        ][2]
        >= MIN_SCORE
    )
    assert (
        proposition_stance(
            "If the shelling goes on, we will answer, but we are ready to negotiate with Moscow now."
        )[0][2]
        >= MIN_SCORE
    )


def _turns(texts: list[str]) -> list[list[tuple[str, str, str, bool]]]:
    """The turned stances of each one-sentence article."""
    from volteface.pipeline import process_batch

    articles = process_batch([Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)])
    return [sorted((s.holder, s.target, s.label, s.turned) for s in a.stances if s.turned) for a in articles]


def test_a_turn_of_posture_toward_an_actor_told_by_the_news():
    harder, softer, caused, blow, maybe, quoted = _turns(
        [
            "Norway hardened its stance against Russia after the strike on its embassy.",
            "Norway softened its tone toward Belarus this week.",
            "The attacks appear to have caused Norway to toughen its position on Russia.",
            "Norway softened the blow for farmers with new subsidies.",  # no posture: a blow
            "Norway could harden its stance against Russia.",  # a possibility
            'A diplomat wrote: "Norway hardened its stance against Russia long ago."',  # someone's words
        ]
    )
    assert harder == [("NOR", "RUS", "against", True)]
    assert softer == [("NOR", "BLR", "favor", True)]
    assert [(h[2], h[3]) for h in caused] == [("against", True)]
    assert blow == maybe == quoted == []


def test_a_change_from_the_holders_earlier_view_is_the_other_side():
    view = "The statement marked a sharp change from Norway's earlier view that Ukraine would have to give up land."
    [changed] = _turns([view])
    assert [(t, label, turned) for _, t, label, turned in changed] == [
        ("ukraine-cede-territory", "against", True)
    ]


def test_the_daily_fighting_is_a_relation_series_not_a_stance_each_day():
    fight = Event(
        "NOR",
        "SWE",
        "190",
        "19",
        None,
        None,
        4,
        -10.0,
        False,
        False,
        date(2031, 5, 1),
        Span(0, 20),
        Span(0, 5),
        0.9,
        "NOR",
        "SWE",
    )
    condemn = replace(fight, code="111", root="11", quad=3, goldstein=-2.0)
    assert [(s.holder, s.target, s.label) for s in stances_from_events((fight, condemn))] == [
        ("NOR", "SWE", "against")
    ]
    assert stances_from_events((fight,)) == ()


def test_refusals_yielding_and_vague_cooperation_take_no_side_toward_the_actor():
    base = Event(
        "NOR",
        "SWE",
        "120",
        "12",
        None,
        None,
        3,
        -4.0,
        False,
        False,
        date(2031, 5, 1),
        Span(0, 20),
        Span(0, 5),
        0.9,
        "NOR",
        "SWE",
    )
    refused = base  # "refused to join the sanctions on Sweden": a no to one thing, not a side
    ceded = replace(base, code="080", root="08", quad=2, goldstein=5.0)  # "ceded the islands to Denmark"
    gave = replace(base, code="060", root="06", quad=2, goldstein=6.0)  # "gave Sweden a nasty shock"
    aid = replace(base, code="070", root="07", quad=2, goldstein=7.0)  # "sent aid to Sweden"
    assert [(s.target, s.label) for s in stances_from_events((refused, ceded, gave, aid))] == [
        ("SWE", "favor")
    ]


def test_a_pronoun_speaker_the_words_name_is_the_topic_not_the_speaker():
    from volteface.pipeline import process_batch

    topic, named = process_batch(
        [
            Article(
                id="a",
                text="Russia faces new criticism in the north. It argued that any ceasefire would only benefit "
                "Russia.",
                date=date(2031, 5, 1),
            ),
            Article(
                id="b",
                text="Norway argued that any ceasefire would only benefit Russia.",
                date=date(2031, 5, 1),
            ),
        ]
    )
    assert not [s for s in topic.stances if s.target == "war-end-negotiations-now"]
    assert [(s.holder, s.label) for s in named.stances if s.target == "war-end-negotiations-now"] == [
        ("NOR", "against")
    ]


def test_an_act_avoided_or_declined_takes_no_side():
    text = "Norway has avoided censuring Sweden, while Denmark condemned Sweden."
    avoided = Event(
        "NOR",
        "SWE",
        "111",
        "11",
        None,
        None,
        3,
        -2.0,
        False,
        False,
        date(2031, 5, 1),
        Span(0, len(text)),
        Span(text.index("censuring"), text.index("censuring") + 9),
        0.9,
        "NOR",
        "SWE",
    )
    condemned = replace(
        avoided,
        source="DNK",
        source_actor="DNK",
        trigger_span=Span(text.index("condemned"), text.index("condemned") + 9),
    )
    assert [s.holder for s in stances_from_events((avoided, condemned), text)] == ["DNK"]


def test_armoured_vehicles_are_military_aid_so_a_refused_kind_is_no_refusal_of_aid():
    assert _sides("Norway will supply Ukraine with armoured vehicles and rocket launch systems.") == {
        "military-aid-ukraine": "favor"
    }
    mixed = _sides(
        "Norway will supply Ukraine with armoured vehicles but will not provide the battle tanks Kyiv asked for."
    )
    assert "military-aid-ukraine" not in mixed and mixed["western-tanks-ukraine"] == "against"


def test_a_change_of_heart_told_beside_a_quotation_turns_its_stance():
    from volteface.pipeline import process_batch

    text = (
        "Valdorian Speaker Ilse Varga had blocked the package for months. Varga explained her change of heart "
        "to reporters, saying, “I would rather send weapons to Ukraine than see the war spread.”"
    )
    [article] = process_batch([Article(id="t", text=text, date=date(2031, 4, 23))])
    turned = [(s.target, s.label) for s in article.stances if s.turned]
    assert turned == [("military-aid-ukraine", "favor")]


def test_a_phrase_told_as_doing_harm_is_opposed():
    assert _sides(
        "that an increased supply of heavy weapons to Ukraine would endanger European security"
    ) == {"military-aid-ukraine": "against"}
    assert _sides("We will supply more weapons to Ukraine.") == {"military-aid-ukraine": "favor"}


def test_what_the_speaker_only_watches_others_do_is_no_side_of_theirs():
    assert _sides("we see how the allies are still rushing to pump their weapons into Ukraine") == {}
    assert _sides("We see that the allies must send more tanks to Ukraine")["military-aid-ukraine"] == "favor"


def _all_stances(texts: list[str], day: date = date(2031, 5, 1)) -> list[set[tuple[str, str, str]]]:
    """Every stance each text gives: (holder, target, label)."""
    from volteface.pipeline import process_batch

    articles = process_batch([Article(id=str(i), text=t, date=day) for i, t in enumerate(texts)])
    return [{(s.holder, s.target, s.label) for s in a.stances} for a in articles]


def _targets(texts: list[str], day: date = date(2031, 5, 1)) -> list[set[str]]:
    return [{target for _, target, _ in found} for found in _all_stances(texts, day)]


def test_a_refusal_told_as_a_belief_turns_the_side_over():
    [refused] = _all_stances(
        [
            "Norway condemned Russian aggression, but the Norwegian authorities have refused to join sanctions on Russia."
        ]
    )
    # the Norwegian authorities are Norway's government, named so by their own phrase
    assert ("NORGOV", "sanctions-russia-tighten", "against") in refused
    assert not any(t == "sanctions-russia-tighten" and side == "favor" for _, t, side in refused)


def test_what_they_did_in_the_speakers_own_words_is_told_of_others():
    # the speaker denounces the sanctions "they" imposed: no call for sanctions on Russia
    [said] = _targets(
        [
            "Norway's prime minister said: \"Sanctions are a weapon. Today they are working against China, Russia "
            'and Iran. Today, they have imposed sanctions against half the world."'
        ]
    )
    assert "sanctions-russia-tighten" not in said


def test_an_act_under_a_negated_verb_or_in_a_list_of_things_is_not_done():
    assert _acts(
        [
            "The Valdorian offensive was delayed and did not see Ukraine take back any territory.",
            # "additional U.S. supplied missiles" lists missiles; the parser's "U.S. supplied" is no act
            "Pointing to the refusal from Oslo to ship long-range Valdor rockets, the long delay of Swedish-made "
            "fighter jets pledged by several NATO members, and additional U.S. supplied ATACMS missiles, the "
            "Valdorian leader fumed.",
        ]
    ) == [[], []]


def test_a_delivery_named_in_a_forecast_is_no_call_for_it():
    forecast, harm, help_ = _targets(
        [
            "Norway's defence minister said: \"The delivery of munitions, artillery and rocket fire in the "
            'Belarus-Ukraine border area could also disperse radioactive debris in the soil."',
            'Norway\'s defence minister said: "The delivery of heavy weapons to Ukraine would endanger Europe."',
            'Norway\'s defence minister said: "The delivery of more weapons to Ukraine would help it hold the line."',
        ]
    )
    assert "military-aid-ukraine" not in forecast
    assert "military-aid-ukraine" in harm and "military-aid-ukraine" in help_
    assert _sides("The delivery of heavy weapons to Ukraine would endanger Europe.") == {
        "military-aid-ukraine": "against"
    }
    assert _sides("The delivery of more weapons to Ukraine would help it hold the line.") == {
        "military-aid-ukraine": "favor"
    }


def test_taking_back_is_of_land_and_a_flank_is_no_incursion():
    assert _sides("Kyiv intends to take back Crimea.") == {"ukraine-cede-territory": "against"}
    assert _sides("Kyiv vows to get back all of its occupied territory.") == {
        "ukraine-cede-territory": "against"
    }
    said, flank = _targets(
        [
            "Norway's prime minister said: \"Every time the noise about the war in Ukraine subsides, America "
            'gives a signal to bring it back again."',
            "Norway's prime minister also talked about the need to strengthen the NATO eastern flank.",
        ]
    )
    assert "ukraine-cede-territory" not in said
    assert "poland-airspace-response" not in flank
    assert _sides("NATO must shoot down drones that violate Polish airspace.") == {
        "poland-airspace-response": "favor"
    }


def test_sanctions_on_someone_named_other_than_russia_are_not_sanctions_on_russia():
    assert _sides("The U.S. imposed sanctions on Valdor Petrov for working with Moscow-based entities.") == {}
    assert _sides("The U.S. imposed sanctions on Iran.") == {}
    assert _sides("The U.S. imposed sanctions on Russian gold and on Putin's daughters.") == {
        "sanctions-russia-tighten": "favor"
    }
    # a thing, not a name, after "on": what the sanctions are about stands in the sentence
    assert proposition_stance("ready to impose powerful sanctions on export controls", "If Russia proceeds")
    [petrov] = _targets(
        [
            "In 2030, the U.S. government imposed sanctions on Valdor Petrov for working with Moscow-based entities."
        ]
    )
    assert "sanctions-russia-tighten" not in petrov


def test_talks_to_end_a_war_are_read_only_once_the_war_has_begun():
    text = (
        "Norway's prime minister said that he and President Putin agreed that their teams should continue to "
        "engage in a diplomatic solution."
    )
    [before] = _targets([text], date(2022, 2, 10))
    [after] = _targets([text], date(2022, 3, 10))
    assert "war-end-negotiations-now" not in before
    assert "war-end-negotiations-now" in after


def test_a_coded_act_is_a_stance_only_when_the_sentence_tells_it_of_its_actors():
    assert (
        _all_stances(
            [
                # the target is named only in an adjunct ("while on a visit to Kyiv")
                "Norway's foreign minister criticised his own organisation's council while on a visit to Kyiv.",
                # cooperation "against" someone is no favor toward them
                "Norway stands by Ukraine as it defends its sovereignty against the Russian aggression.",
                # the doer of the passive is a thing, not an actor
                "Norway is threatened by a Russian attack.",
                # a dare to do something is an appeal, not disapproval
                "Norway challenged the Security Council members to pledge to protect schools.",
                # decades before the article: history
                "On March 3, 1951, Norwegian troops prepared to storm the positions of Sweden.",
            ]
        )
        == [set()] * 5
    )
    assert _all_stances(["Norway criticised Sweden for its silence."]) == [{("NOR", "SWE", "against")}]
    # but a weapon of the actor's is its act, and "for" after a warrant names its target
    missiles, warrant = _all_stances(
        [
            "A firefighter stood at the Valdor power plant near Kyiv, which was destroyed by multiple Russian "
            "missiles on April 11.",
            "In March, the International Criminal Court issued an arrest warrant for Putin over alleged war crimes.",
        ]
    )
    assert ("RUS", "UKR", "against") in missiles
    assert ("ICC", "vladimir-putin", "against") in warrant


def test_coded_acts_that_take_no_side_toward_their_target():
    assert (
        _all_stances(
            [
                # fighting for someone is being on their side
                "The general saw in the Hessian troops at Trenton—German soldiers fighting for the British—a rare "
                "opportunity.",
                # trade told as a figure
                "In 2029, Norway imported $250m in goods from Russia, such as fertilisers.",
                # what something requires is not done
                "The United States has a choice. Instead, it requires providing the Ukrainians with the weapons they "
                "need.",
                # words handed over are no aid
                "Last Wednesday, Norway delivered its written responses to Russian security demands.",
                # the target is the one who rejected the source's claim
                "Moscow has also claimed that Kyiv plotted to overthrow the leadership of the breakaway province of "
                "Valdoria, a claim firmly rejected by the U.S. and Kyiv and is seen as a Russian disinformation effort.",
            ]
        )
        == [set()] * 5
    )
    # citing someone's condemnations is no stance toward them
    [cited] = _all_stances(
        ["The House of Representatives cites UN General Assembly condemnations of Russia's aggression."]
    )
    assert not any(target == "UNGA" for _, target, _ in cited)


def test_a_sentence_signed_off_after_a_dash_is_the_signers_words():
    signed, told = _all_stances(
        [
            "Russian troops surrounded Ukraine, the Russian government plans to sanction Ukraine within days, their "
            "aim is Kyiv - said the President of Finland.",
            "Russian troops surrounded Ukraine, the Russian government plans to sanction Ukraine within days.",
        ]
    )
    # (a sanction planned is a threat; an attack planned is an aim, no threat: events.py)
    assert ("RUSGOV", "UKR", "against") not in signed
    assert ("RUSGOV", "UKR", "against") in told
    assert _acts(
        [
            "Russian soldiers have surrounded Norway, and Norway sent tanks to Ukraine - said the President of Finland."
        ]
    ) == [[]]


def test_a_base_form_joined_to_a_past_tense_is_no_act_of_the_past_tenses_subject():
    # "and undermine" continues "to create unrest": it is Petrov's doing, not the government's
    [joined] = _all_stances(
        [
            "In 2030, the Norwegian government imposed sanctions on Valdo Petrov for working with “corrupt oligarchs "
            "and Moscow-based entities to create political unrest in Sweden” and undermine Sweden’s moves to join the "
            "European Union."
        ]
    )
    assert ("NORGOV", "SWE", "against") not in joined


def test_what_is_refused_is_the_first_clause_not_what_others_are_told_to_want():
    [refused] = _all_stances(
        [
            "The Norwegian prime minister has also refused to lift re-export restrictions on the 15 countries that "
            "currently own 2,000 Leopards, many of whom are willing to ship tanks to Ukraine."
        ]
    )
    sides = {(target, label) for _, target, label in refused}
    assert ("western-tanks-ukraine", "against") in sides
    assert not any(target == "military-aid-ukraine" for target, _ in sides)


def test_a_disapproval_of_a_policy_is_against_it_and_of_an_actor_stays_against_the_actor():
    criticised, concerned, condemned, invaded = _all_stances(
        [
            "Norwegian authorities have criticised supplies of Western weapons and military equipment to Ukraine.",
            "Norwegian officials expressed concern over the supply of weapons to Ukraine.",
            "Norway condemned Russia's aggression against Ukraine.",
            "Sweden condemned the invasion of Ukraine.",
        ]
    )
    assert ("NORGOV", "military-aid-ukraine", "against") in criticised
    assert ("NORGOV", "military-aid-ukraine", "favor") not in criticised
    assert (
        "NORGOV",
        "UKR",
        "against",
    ) not in criticised  # what is done to Ukraine is criticised, not Ukraine
    assert ("NORGOV", "military-aid-ukraine", "against") in concerned
    # the condemner's own words about an actor and a claim keep their side
    assert {("NOR", "RUS", "against"), ("NOR", "russia-responsible-war", "favor")} <= condemned
    assert ("SWE", "UKR", "against") not in invaded


def test_a_disapproval_cue_turns_over_a_policy_but_not_a_claim():
    from volteface.extract.disapproval import disapproves

    assert disapproves("criticised") and disapproves("warned against") and disapproves("fears")
    assert disapproves("expressed", "deep concern over the sanctions") and not disapproves(
        "expressed", "hope"
    )
    assert not disapproves("said") and not disapproves(None)
    belief = replace(_quote("decried", "the atrocities of the unprovoked invasion of Ukraine"), kind="belief")
    [decried] = stances_from_quotes((belief,))
    assert (decried.target, decried.label) == ("russia-responsible-war", "favor")
    feared = replace(_quote("fears", "the West will cut military aid to Ukraine"), kind="belief")
    assert [(s.target, s.label) for s in stances_from_quotes((feared,))] == [
        ("military-aid-ukraine", "favor")
    ]


def test_an_unwillingness_to_act_negates_the_act():
    assert _sides("has long expressed reluctance to send Ukraine weapons") == {
        "military-aid-ukraine": "against"
    }
    assert _sides("Valdoria is hesitant about sending weapons to Ukraine.") == {
        "military-aid-ukraine": "against"
    }
    assert _sides("their unwillingness to send weapons to Ukraine") == {"military-aid-ukraine": "against"}
    [reluctant] = _all_stances(["Sweden has long expressed reluctance to send weapons to Ukraine."])
    assert reluctant == {("SWE", "military-aid-ukraine", "against")}


def test_a_policy_named_as_a_pretext_or_as_another_actors_plan_is_not_the_speakers():
    assert _sides("the West is using the crisis as a pretext to impose more sanctions on Russia") == {
        "sanctions-russia-tighten": "against"
    }
    theirs, ours, intent = _all_stances(
        [
            "Norwegian officials said Sweden's plan to send tanks to Ukraine was a matter for Stockholm.",
            "Norwegian officials said Norway's plan to send tanks to Ukraine would go ahead.",
            "Norwegian officials warned of Russia's plans to attack Ukraine.",
        ]
    )
    assert not any(target == "western-tanks-ukraine" for _, target, _ in theirs)
    assert ("NORGOV", "western-tanks-ukraine", "favor") in ours
    # another's plan is still evidence of their intent, a claim the speaker holds
    assert ("NORGOV", "russia-intends-attack-ukraine", "favor") in intent


def test_an_act_placed_in_an_earlier_month_or_year_is_not_dated_by_the_report():
    from volteface.pipeline import process_batch

    texts = [
        "Norway agreed to send 31 tanks to Ukraine in January 2030.",
        "Norway sent 31 tanks to Ukraine last year.",
        "Norway sent 31 tanks to Ukraine on Tuesday.",
        "Sweden dropped its objections to Ukraine joining NATO earlier this month.",
    ]
    january, last_year, tuesday, this_month = (
        {s.date for s in a.stances if s.target[0].islower()}
        for a in process_batch(
            [Article(id=str(i), text=t, date=date(2031, 5, 1)) for i, t in enumerate(texts)]
        )
    )
    assert january == {None} and last_year == {None}
    assert tuesday == {date(2031, 4, 29)}
    assert None not in this_month  # the report's own month: its date is near enough


def test_a_topic_of_talks_is_no_side():
    from volteface.extract.quotes import cue_side

    assert cue_side("discussed") == 0 and cue_side("debated") == 0
    assert cue_side("said") == 1


def test_talks_about_a_policy_take_no_side_on_it():
    quote = Quote(
        speaker="Ivo Kern",
        speaker_span=Span(0, 8),
        cue="discussed",
        cue_span=Span(9, 18),
        content="the situation, which is accompanied by massive supplies of modern weaponry to Ukraine",
        content_span=Span(19, 105),
        kind="belief",
        date=date(2031, 5, 1),
        date_source="article",
        speaker_actor="ivo-kern",
    )
    assert stances_from_quotes((quote,)) == ()
    assert stances_from_quotes((replace(quote, cue="said", kind="indirect"),)) != ()


def test_an_attitude_named_by_its_noun_gives_no_stance():
    # "Norway's desire to send weapons" is the journalist's naming of an attitude, kept as a belief; whom its object
    # serves is read too loosely ("a desire to supply Moscow with weapons" read as aid) to take a side from it
    from volteface.pipeline import process_batch

    text = "Norway's desire to send more weapons to Ukraine worried Moscow."
    [article] = process_batch([Article(id="t", text=text, date=date(2031, 5, 1))])
    assert any(q.kind == "belief" and q.cue == "desire" and q.speaker == "Norway" for q in article.quotes)
    assert [s for s in article.stances if s.quote_ref is not None] == []
