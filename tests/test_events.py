"""The event coder's modality and dating on small fictional sentences: what did not happen, or happened long
before the report, stays out of the dated record of the report's days."""

from datetime import date

from volteface.config import Settings
from volteface.model import Article
from volteface.pipeline import Job, process_batch

REPORT = date(2031, 5, 10)


def _events(texts: list[str], candidates: bool = False) -> list[list[tuple]]:
    job = Job(settings=Settings(event_candidates=candidates))
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)], job)
    return [
        [
            (e.source, e.target, e.root, e.negated, e.hypothetical, e.date)
            for e in a.events
            if e.source and e.target and e.root in ("17", "18", "19", "20")
        ]
        for a in articles
    ]


def test_an_act_placed_in_an_earlier_year_or_month_is_background_not_dated_by_the_report():
    year, month, noun, today = _events(
        [
            "In 2024, Norway invaded Sweden.",
            "Norway invaded Sweden in March 2031.",
            "Sweden still remembers Norway's 2024 invasion of Sweden.",
            "Norway invaded Sweden on Thursday.",
        ]
    )
    assert [e[5] for e in year + month] == [None, None]
    assert noun and all(e[5] is None for e in noun)
    assert [e[5] for e in today] == [date(2031, 5, 8)]  # the Thursday before the report


SUPPOSED = [
    "If Norway continues to run the invasion of Sweden, the allies will respond.",
    "The minister warned that if Norway chooses an attack on Sweden, it will pay dearly.",
    "Norway is not going to invade Sweden.",
]


def test_a_supposed_or_denied_act_is_flagged_and_not_stored():
    supposed, inside, denied = _events(SUPPOSED, candidates=True)
    assert supposed and all(e[4] for e in supposed)  # the noun inside the if-clause
    assert inside and all(e[4] for e in inside)
    assert denied and all(e[3] for e in denied)  # the negation of "going" reaches "invade"
    assert _events(SUPPOSED) == [[], [], []]


def test_a_refusal_is_stored_though_it_says_no():
    (refused,) = _events(["Norway refused to withdraw its troops from Sweden on Monday."])
    assert not refused  # no assault: withdrawing is what was refused
    (stored,) = _stored(["Norway refused to withdraw its troops from Sweden on Monday."])
    assert any(r == "12" for _, _, r in stored)


def _stored(texts: list[str]) -> list[list[tuple]]:
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)])
    return [
        [(e.source, e.target, e.root) for e in a.events if not (e.negated or e.hypothetical)]
        for a in articles
    ]


def test_a_stored_event_has_its_actors():
    """No source, or no target where the act needs one: a candidate, not a stored event."""
    nobody, metaphor, modal, both = _stored(
        [
            "Troops attacked the border town on Monday.",
            "The Norwegian krone hit its lowest level in a decade.",
            "Norway can win this contest.",
            "Norwegian forces attacked Sweden on Monday.",
        ]
    )
    assert nobody == [] and metaphor == [] and modal == []
    assert ("NORMIL", "SWE", "19") in both


def test_list_items_inherit_the_actor_of_a_lead_in_that_stops_at_its_verb():
    (listed,), (examples,) = (
        _stored(
            [
                (
                    "Since the summit Norway has: – refused to meet with Sweden\n\n– bombed the Swedish embassy in Oslo\n\n"
                    "– attacked Sweden's ports"
                )
            ]
        ),
        _stored(
            [
                "Norway hinted at compromises that could help Sweden, including:\n\n– Reducing Norwegian aid to Denmark"
            ]
        ),
    )
    roots = {(s[:3], t[:3], r) for s, t, r in listed}
    assert {("NOR", "SWE", "12"), ("NOR", "SWE", "19")} <= roots
    assert not any(r in ("07", "16") for _, _, r in examples)  # options in a list of examples are not acts


def test_a_list_item_headed_by_a_gerund_names_an_option_not_an_act():
    (options,) = _stored(
        [
            "Norway has already hinted at several compromises that could favor Sweden, including:\n\n"
            "  • Reducing Norwegian military aid to Denmark\n\n  • Encouraging Denmark to cede territory to Sweden\n\n"
            "  • Withdrawing Norwegian troops from Finland\n\nWhile these moves could lead to talks, critics worry."
        ]
    )
    assert options == []  # (the small model reads "Encouraging Denmark" as a name, the subject of "cede")


def test_a_named_place_seized_is_territory_occupied_not_property():
    (place,), (goods,) = (
        _stored(["In 2029 Norway seized Gotland from Sweden."]),
        _stored(["In 2029 Norway seized Swedish ships."]),
    )
    assert [(s[:3], t[:3], c) for s, t, c in place] == [("NOR", "SWE", "19")]
    assert all(c != "19" for _, _, c in goods)


def test_aid_one_turns_to_someone_for_is_asked_for_not_given():
    (turned,), (sent,) = (
        _stored(["Norway has turned to Denmark for military aid, signaling desperation."]),
        _stored(["Norway sent military aid to Denmark on Monday."]),
    )
    assert [(s[:3], t[:3], r) for s, t, r in turned] == [("NOR", "DNK", "02")]
    assert [(s[:3], t[:3], r) for s, t, r in sent] == [("NOR", "DNK", "07")]


def test_an_aid_cut_takes_its_recipient_from_the_sentence_or_the_one_before():
    (cut,) = _stored(["Norway shifted its stance towards Sweden. With Norway cutting aid, worries grow."])
    assert ("NOR", "SWE", "16") in {(s[:3], (t or "")[:3], r) for s, t, r in cut}


def test_a_noun_event_takes_its_doer_from_the_actor_in_front():
    (noun,), (described,) = (
        _stored(["Sweden condemned the Norwegian invasion of Denmark."]),
        _stored(["The Swedish minister described the war in Denmark as a tragedy."]),
    )
    assert ("NOR", "DNK", "19") in {(s[:3], t[:3], r) for s, t, r in noun}
    assert not any(s.startswith("SWE") and r == "19" for s, _, r in described)  # describing a war is no war


def test_an_act_named_as_a_prospect_is_not_stored_as_one():
    possible, feared = _stored(
        [
            "Sweden is worried about a possible Norwegian invasion of Denmark.",
            "Sweden spoke of fears of Norwegian aggression against Denmark.",
        ]
    )
    assert not any(r == "19" for _, _, r in possible + feared)


def _all(texts: list[str], candidates: bool = False) -> list[list[tuple]]:
    """The stored events with their codes and flags (``candidates``: every coded act, flagged ones too)."""
    job = Job(settings=Settings(event_candidates=candidates))
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)], job)
    return [
        [(e.source, e.target, e.code, e.negated, e.hypothetical, e.date) for e in a.events] for a in articles
    ]


def test_a_war_named_in_passing_is_one_undated_record_not_a_new_dated_attack():
    passing, told = _all(
        [
            (
                "Since Norway's invasion of Sweden, prices have risen. Denmark has imposed sanctions on Norway over "
                "Norway's invasion of Sweden. Norway's war in Sweden has cost billions."
            ),
            "Norwegian forces continued their siege of Sweden's capital on Monday.",
        ]
    )
    invasions = [e for e in passing if e[:2] == ("NOR", "SWE") and e[2].startswith("19")]
    assert len(invasions) == 1 and invasions[0][5] is None and not invasions[0][3]
    assert [e[5] for e in told if e[2].startswith("19")] == [date(2031, 5, 5)]  # carried by a verb: dated


def test_the_not_of_a_verb_is_not_the_negation_of_the_war_it_names():
    (urged,) = _all(
        ["The Swedish press urged foreign reporters not to call Norway's invasion of Sweden a crisis."]
    )
    war = [e for e in urged if e[2].startswith("19")]
    assert war and not any(e[3] for e in war)
    assert not any(
        e[1] == "NOR" and e[2].startswith("02") for e in urged
    )  # the appeal is not aimed at Norway


def test_promises_attempts_and_contents_of_a_noun_are_not_acts_done():
    pledge, will, trying, assurance = _all(
        [
            "The Norwegian prime minister pledged on Tuesday to continue backing Sweden.",
            "Norway will continue to provide Sweden with financial support.",
            "Norway and Sweden are working to finalize the trade agreement.",
            "Denmark asked for an assurance that Sweden never join Nato.",
        ]
    )
    assert [(e[0], e[1], e[2][:2]) for e in pledge] == [("NORGOV", "SWE", "03")]
    assert [(e[1], e[2][:2], e[4]) for e in will] == [("SWE", "03", False)]  # the pledge itself is the event
    assert all(e[4] for e in trying)
    assert all(e[4] for e in assurance if e[0] == "SWE")


def test_labelling_is_no_appeal_and_an_invited_party_is_not_the_inviter():
    label, invited = _all(
        [
            'The Norwegian foreign minister on Tuesday called Sweden "the one who started the crisis".',
            "Finland and Sweden will be formally invited to join the alliance.",
        ]
    )
    assert not any(e[2].startswith("02") for e in label)
    assert invited == []


def test_who_it_is_a_relative_clause_and_a_border_stand_for():
    topic, relative, border, hung = _stored(
        [
            "Denmark is coming to Sweden's aid. It is threatening sanctions against Norway.",
            "Strained relations between Finland and Denmark, which has refused to meet Norway, worry Sweden.",
            "Norway has deployed 20,000 soldiers at the border with Sweden.",
            "Denmark demands 3 billion euros from Norway.",
        ]
    )
    assert ("DNK", "NOR", "13") in topic and not any(e[0] == "SWE" for e in topic)
    assert ("DNK", "NOR", "12") in relative
    assert ("NOR", "SWE", "15") in border
    assert ("DNK", "NOR", "10") in hung


def test_denied_needed_and_civilians():
    denied, needed, civilians, pair = _all(
        [
            "Norway denies planning to enter Sweden.",
            "The secretary-general said Norwegian troops needed to withdraw from Sweden.",
            "Sweden's health minister said that 40 civilians had been killed by Norwegian forces.",
            "The council voted down amendments tabled by Norway and Denmark.",
        ]
    )
    assert all(e[3] or e[4] for e in denied if e[2] != "016")  # the entry denied is not told as done
    assert ("NOR", "SWE", "016") in [e[:3] for e in denied]  # the denial is about Sweden
    assert all(e[4] for e in needed if e[0] and e[0].startswith("NOR"))
    assert any(e[0] == "NORMIL" and e[1] == "SWE" and e[2][:2] in ("18", "19", "20") for e in civilians)
    assert not any(e[0] == "NOR" and e[1] == "DNK" for e in pair)


def test_a_call_as_setting_and_strikes_on_a_place_of_a_state():
    call, strikes = _stored(
        [
            "The Danish prime minister told the Swedish prime minister on a call on Thursday that help was coming.",
            "Norway's strikes on energy facilities in Sweden continued.",
        ]
    )
    assert any(e[2] == "04" and {e[0][:3], e[1][:3]} == {"DNK", "SWE"} for e in call)
    assert ("NOR", "SWE", "19") in strikes


def test_readiness_to_coerce_is_a_threat_and_a_leader_of_a_state_acts_for_it():
    ready, leader = _all(
        [
            "Denmark is ready to impose sanctions on Norway.",
            "The leader of Denmark meets this week with the Norwegian prime minister.",
        ]
    )
    assert any(e[0] == "DNK" and e[1] == "NOR" and e[2].startswith("13") and not e[4] for e in ready)
    assert any(
        e[0] and e[0].startswith("DNK") and e[1] and e[1].startswith("NOR") and e[2].startswith("04")
        for e in leader
    )


def test_a_decision_is_the_act_and_talks_to_come_are_no_talks():
    decided, backed, offered = _all(
        [
            "The Danish government decided to extend the sanctions against Norway.",
            "Sweden blamed Norway, backed up by Denmark and Finland.",
            "Denmark has rejected the demands while offering to discuss a new trade agreement with Norway.",
        ]
    )
    assert any(e[0].startswith("DNK") and e[1] == "NOR" and e[2].startswith("16") for e in decided)
    assert not any(e[0] == "DNK" and e[1] == "FIN" for e in backed)
    assert not any(e[2].startswith("05") and not e[4] for e in offered)  # no agreement signed


def test_showing_fighting_alongside_and_acts_named_in_general():
    show, alongside, general, neither = _all(
        [
            "Denmark needs to demonstrate the political will to act.",
            "Denmark is ready to fight together with Sweden against Norway.",
            "Sweden joining Nato is not a realistic prospect, the minister said.",
            "Neither Norway nor Denmark is entrusting him with the talks.",
        ]
    )
    assert not any(e[2].startswith("14") for e in show)
    assert not any(e[1] == "SWE" for e in alongside)
    assert all(e[4] for e in general if e[0] == "SWE")
    assert not any(e[0] == "NOR" and e[1] == "DNK" for e in neither)


def test_an_answer_to_an_act_told_before_and_participles():
    answered, first, sanctioned = _all(
        [
            "Denmark has accused Norway of spying. The Norwegian government rejected the accusations.",
            "The minister announced that Denmark would be the first country to supply tanks to Sweden.",
            "Norwegian officials sanctioned by Denmark met in Oslo.",
        ]
    )
    assert any(e[0] == "NORGOV" and e[1] == "DNK" and e[2].startswith("12") for e in answered)
    assert any(e[0] == "DNK" and e[1] == "SWE" for e in first)
    assert any(e[0] == "DNK" and e[1].startswith("NOR") and e[2].startswith("16") for e in sanctioned)


def test_strikes_that_killed_are_news_and_a_pronouns_war_is_no_record():
    killed, its, upcoming = _all(
        [
            "At least five people were killed in Norwegian rocket strikes on railway stations in Sweden on Monday.",
            "Denmark praised Sweden. Its most recent war with Norway is still undetermined.",
            "The Danish prime minister's upcoming meeting with the Norwegian prime minister has raised alarms.",
        ]
    )
    assert any(e[:2] == ("NOR", "SWE") and e[2].startswith("19") and e[5] == date(2031, 5, 5) for e in killed)
    assert not any(e[2].startswith("19") for e in its)
    assert not any(e[2].startswith("04") and not e[4] for e in upcoming)


def test_a_topic_behind_a_dash_and_neither_nor():
    topic, neither = _all(
        [
            "Denmark - like other Nordic powers - is coming to Sweden's aid. It is threatening sanctions against Norway.",
            "Neither Norway nor Finland are entrusting him to help Sweden.",
        ]
    )
    assert any(e[0] == "DNK" and e[1] == "NOR" and e[2].startswith("13") for e in topic)
    assert not any(e[0] == "SWE" and e[2].startswith("13") for e in topic)
    assert not any(e[0] == "NOR" and e[1] == "FIN" and not e[3] for e in neither)


def test_a_statement_that_charges_an_actor_is_an_accusation():
    committing, cover, own, denied = _all(
        [
            "The Danish foreign minister said that Norway is committing war crimes.",
            "The Danish foreign minister said on Monday that the Norwegian king's visit is a diplomatic cover for Oslo.",
            "The Danish foreign minister said that Denmark's propaganda works.",
            "The Danish foreign minister said that Norway is not committing war crimes.",
        ]
    )
    assert any(e[0] == "DNKGOV" and e[1] == "NOR" and e[2] == "112" for e in committing)
    assert any(e[0] == "DNKGOV" and e[1].startswith("NOR") and e[2] == "112" for e in cover)
    assert not any(e[2] == "112" for e in own + denied)


def test_a_statement_that_tells_a_wrong_or_calls_names_is_disapproval_from_the_speaker():
    texts = [
        "The Danish foreign minister added that Norway is trying to undermine the security of Europe.",
        '"Norway is an aggressor," the Danish prime minister said on Monday.',
        "The Danish foreign minister said that Norway is not trying to undermine the talks.",
        "The Danish foreign minister said that Norway could undermine the talks.",
        "The Danish foreign minister said that Denmark is trying to undermine the talks.",
        "The Danish foreign minister denied that Norway violated the treaty.",
        "The Danish foreign minister said Sweden claims that Norway violated the treaty.",
        "The Danish foreign minister accused Norway of trying to undermine the talks.",
    ]
    wrong, named, negated, modal, own, denied, others, explicit = _all(texts)
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)])
    trigger = next(e.trigger_span for e in articles[0].events if e.code == "112")
    assert texts[0][trigger.start : trigger.end] == "added"  # the statement's cue
    assert [e[:3] for e in wrong if e[2].startswith("11")] == [("DNKGOV", "NOR", "112")]
    assert [e[:3] for e in named if e[2].startswith("11")] == [("DNKGOV", "NOR", "111")]
    for events in (negated, modal, own, denied, others):
        assert not any(e[2].startswith("11") for e in events)
    assert (
        len([e for e in explicit if e[2].startswith("11")]) == 1
    )  # the accusation, not a second from its words
    # one stance for the names called: the evaluation, not a second one from the event read from it
    assert len([s for s in articles[1].stances if s.target == "NOR" and s.label == "against"]) == 1


def test_a_deceit_made_a_design_owned_and_a_joined_verb_are_charged_to_their_doer():
    charged = _all(
        [
            "The Danish minister said that Oslo's goal is to destabilise Europe.",
            "The Danish minister noted that now the main task that Norway sets itself is destabilizing the situation within Sweden.",
            '"Norway creates false pretexts for an invasion," the Danish minister said.',
            "The Danish minister said that Norway is looking for an excuse to attack Sweden.",
            "The Danish minister said that Norway closed the schools and insulted the Swedish king.",
        ]
    )
    for events in charged:
        assert [e[:3] for e in events if e[2].startswith("11")] in (
            [("DNKGOV", "NOR", "112")],
            [("DNKGOV", "NORGOV", "112")],
        )
    (exposed, peace) = _all(
        [
            "The Danish minister said that Sweden exposed Norway's lies.",
            "The Danish minister said that Norway's goal is to end the war.",
        ]
    )
    assert not any(e[2].startswith("11") and e[1] == "NOR" for e in exposed + peace)


def test_a_wrong_named_as_anothers_in_quoted_words_charges_its_doer():
    stop, resist, denied, supposed, reported = _all(
        [
            '"We must put a stop to Norwegian aggression, Oslo\'s aggression," the Danish prime minister said.',
            '"We help Sweden resist Norwegian aggression," the Danish prime minister said on Monday.',
            '"There is no Norwegian aggression," the Danish prime minister said on Monday.',
            '"If Norway proceeds we will rally the world against its aggression," the Danish prime minister said.',
            "The Danish prime minister said Denmark would help Sweden resist Norwegian aggression.",
        ]
    )
    for events in (stop, resist):
        assert [e[:3] for e in events if e[2].startswith("11")] == [("DNKGOV", "NOR", "112")]
    for events in (
        denied,
        supposed,
        reported,
    ):  # denied, for an act not done, or not in the speaker's own words
        assert not any(e[2].startswith("11") for e in events)


def test_a_wrong_that_a_position_rests_on_or_a_win_is_had_by_charges_its_owner():
    based, won, warned, denied = _all(
        [
            "The Danish minister said that the Norwegian position is based on distorting facts.",
            "The Danish minister said that Norway won the vote by deceiving the voters.",
            "The Danish minister warned Norway against distorting facts.",
            "The Danish minister said that the Norwegian position is not based on distorting facts.",
        ]
    )
    for events in (based, won):
        assert [e[:3] for e in events if e[2].startswith("11")] == [("DNKGOV", "NOR", "112")]
    assert not any(e[2].startswith("11") for e in warned + denied)  # a warning against it, a denial


def test_the_one_a_statement_says_is_to_blame_is_charged():
    blamed, nobody, own, asked = _all(
        [
            "Danish officials claimed that Norway and the West are to blame for the food crisis.",
            "The Danish minister said that nobody was to blame for the crash.",
            "The Danish minister said that Denmark is to blame for the delay.",
            "The Danish minister asked whether Norway was to blame.",
        ]
    )
    assert [e[:3] for e in blamed if e[2].startswith("11")] == [("DNKGOV", "NOR", "112")]
    for events in (nobody, own, asked):
        assert not any(e[2].startswith("11") for e in events)


def test_a_resolution_speaks_for_the_body_that_adopted_it():
    adopted, passed, vetoed, drafted = _all(
        [
            "The Danish parliament adopted a resolution condemning Norway's aggression.",
            "Sweden's Senate passed a resolution supporting Finland's bid.",
            "Norway vetoed a resolution condemning its invasion of Sweden.",
            "Danish lawmakers drafted a statement condemning Norway.",
        ]
    )
    assert [e[:3] for e in adopted if e[2].startswith("11")] == [("DNKLEG", "NOR", "1123")] or [
        e[:3] for e in adopted if e[2].startswith("11")
    ] == [("DNKLEG", "NOR", "111")]
    assert any(e[0] == "SWELEG" and e[1] == "FIN" and e[2].startswith("05") for e in passed)
    assert not any(e[2].startswith("11") for e in vetoed + drafted)


def test_speaking_or_voting_in_support_of_someone_endorses_them():
    spoke, passed, sanctions, talks = _all(
        [
            "The Danish foreign minister spoke out in favour of Norway's accession to the European Union.",
            "The Danish parliament passed a resolution in support of Norway.",
            "Danish lawmakers voted in favour of sanctions against Norway.",
            "The Danish foreign minister spoke in favour of talks with Norway.",
        ]
    )
    assert [e[:3] for e in spoke] == [("DNKGOV", "NOR", "051")]
    assert [e[:3] for e in passed] == [("DNKLEG", "NOR", "051")]
    (chamber,) = _all(
        ["The upper house of the Danish parliament has passed a resolution in support of Norway."]
    )
    assert [e[:3] for e in chamber] == [("DNKLEG", "NOR", "051")]
    assert not any(e[2].startswith("05") for e in sanctions + talks)  # an act backed, not an actor


def test_our_in_a_speakers_own_words_is_the_speakers_side():
    troops, opposition, country, friends, reported = _all(
        [
            '"Our troops shelled Swedish positions last week," Norwegian President Ola Berg said.',
            '"Our self-exiled opposition are encouraging Swedes to target the Oslo refinery," Norwegian President Ola Berg said.',
            '"Our country has sent tanks to Sweden," the Norwegian defence minister said.',
            '"Our friends sent tanks to Sweden," Norwegian President Ola Berg said.',
            "Norwegian President Ola Berg said that our troops shelled Swedish positions.",
        ]
    )
    assert [e[:3] for e in troops] == [("NORMIL", "SWE", "194")]
    assert [e[:2] for e in opposition] == [("NOROPP", "SWE")]
    assert [e[:2] for e in country] == [("NOR", "SWE")]
    assert friends == [] and reported == []  # no part of a state; "our" in the journalist's words


def test_a_participle_after_a_subordinate_clause_goes_with_the_main_clause():
    (balanced,) = _all(
        ["Denmark has stayed neutral since Norway invaded Sweden, staunchly supporting Sweden with food."]
    )
    assert any(e[0] == "DNK" and e[1] == "SWE" for e in balanced if e[2][:2] in ("05", "07"))
    assert not any(e[0] == "NOR" and e[2][:2] in ("05", "07") for e in balanced)


def test_killing_civilians_is_a_killing_and_a_massacre_mass_violence():
    toll, massacre = _all(
        [
            "Sweden's health minister said that 120 civilians had been killed so far by Norwegian forces.",
            "Norwegian forces massacred civilians in the Swedish town of Kiruna.",
        ]
    )
    assert [(e[0][:3], e[1][:3], e[2][:2]) for e in toll if e[2][:2] in ("18", "19", "20")] == [
        ("NOR", "SWE", "18")
    ]
    assert any(e[2][:2] == "20" for e in massacre)


def test_denials_troops_moved_and_page_furniture():
    denied, moved, link = _all(
        [
            "The Norwegian side denies that it would attack Sweden.",
            "Norway has sent 20,000 soldiers to the border with Sweden.",
            "See the video of Norway's invasion of Sweden.",
        ]
    )
    assert any(e[0] == "NOR" and e[1] == "SWE" and e[2] == "016" for e in denied)
    assert not any(e[2].startswith("19") and not (e[3] or e[4]) for e in denied)
    assert any(e[0] == "NOR" and e[1] == "SWE" and e[2].startswith("15") for e in moved)
    assert link == []


def test_a_warning_about_another_is_no_threat_and_aid_guards_against_no_one():
    warned, own, protect = _all(
        [
            "The Danish prime minister warned that Norway would not stop at the Swedish border.",
            "The Danish prime minister warned that police will no longer tolerate attacks on Norway.",
            "Denmark will protect Sweden from Norway.",
        ]
    )
    assert not any(e[2].startswith("13") and e[0].startswith("DNK") for e in warned)
    assert any(e[2].startswith("13") for e in own)
    assert not any(e[1] == "NOR" and e[2].startswith("07") for e in protect)


def test_the_state_department_in_lower_case_is_the_us_government():
    (lower,) = _all(["Three Norwegian firms were sanctioned by the state department on Monday."])
    assert any(e[0] == "USAGOV" and e[1].startswith("NOR") and e[2].startswith("16") for e in lower)


def test_leaving_holding_and_introducing_are_no_events_by_default():
    leave, hold, introduce = _all(
        [
            "The Danish prime minister asked all Danes to leave Norway.",
            "Denmark holds the Nordic Council presidency while Norway waits.",
            "The Danish king introduced Norwegian agents to the leadership of the Swedish service.",
        ]
    )
    assert not any(e[2].startswith("04") and e[1] == "NOR" for e in leave)
    assert not any(e[2].startswith("17") for e in hold)
    assert not any(e[2].startswith("04") for e in introduce)


def test_a_war_named_without_its_other_side_is_the_articles_war_and_in_case_of_is_no_war():
    known, unknown, case = _all(
        [
            "The war in Sweden has cost billions. Denmark condemned Norway's invasion.",
            "Denmark condemned Norway's invasion.",
            "Denmark did not plan an evacuation from Sweden in the case of Norwegian invasion. The war in Sweden looms.",
        ]
    )
    assert any(e[:2] == ("NOR", "SWE") and e[2].startswith("19") for e in known)
    assert not any(e[2].startswith("19") for e in unknown)
    assert not any(e[0] == "NOR" and e[2].startswith("19") and not e[4] for e in case)


def test_a_dummy_it_a_describing_participle_and_acts_asked_of_others():
    dummy, participle, asked = _all(
        [
            "Norway attacked Sweden on Monday. It is in Denmark's interest to assist Sweden.",
            "Danish warnings that increased Norwegian weapons supplies to Sweden would endanger peace grew.",
            "Denmark is calling on Finland to support designating Norway as a state sponsor of terrorism.",
        ]
    )
    assert not any(e[0] == "NOR" and e[1] == "SWE" and e[2][:2] in ("05", "06", "07") for e in dummy)
    assert not any(e[0] and e[0].startswith("NOR") and e[2][:2] == "06" for e in participle)
    assert not any(e[1] == "NOR" and not e[4] and e[2][:2] != "02" for e in asked)


def test_an_accusations_content_and_he_as_the_continuing_subject():
    accused, he = _all(
        [
            "The Danish prime minister rejected the accusation he was fighting a proxy war against Norway.",
            (
                "The Danish prime minister has talked to the Norwegian prime minister many times, "
                "but he has not yet talked to the Swedish prime minister."
            ),
        ]
    )
    assert not any(e[2].startswith("19") and not e[4] for e in accused)
    assert not any(e[0] and e[0].startswith("NOR") and e[1] and e[1].startswith("SWE") for e in he)


def test_a_passive_subject_and_an_act_as_subject_are_no_doers():
    provoked, strikes = _all(
        [
            "The war with Norway was perhaps provoked, the Danish bishop added.",
            "Norway's strikes on Sweden killed five civilians on Monday.",
        ]
    )
    assert not any(e[0] == "NOR" for e in provoked)
    assert not any(e[0] == "SWE" for e in strikes)


def test_an_act_that_anchors_the_time_of_another_is_undated_background():
    since, dated = _all(
        [
            "Denmark has taken in refugees since Norway invaded Sweden. Since Norway invaded Sweden, prices rose.",
            "Norwegian troops are near Stockholm after Norway launched its attack on Sweden on Thursday.",
        ]
    )
    invaded = [e for e in since if e[:2] == ("NOR", "SWE") and e[2].startswith("19")]
    assert len(invaded) == 1 and invaded[0][5] is None
    assert any(e[:2] == ("NOR", "SWE") and e[5] == date(2031, 5, 8) for e in dated)


def test_each_state_of_a_listed_subject_does_the_act():
    (listed,) = _stored(["Denmark, Finland and Sweden have imposed sanctions on Norway."])
    assert {e[0] for e in listed if e[1] == "NOR" and e[2] == "16"} == {"DNK", "FIN", "SWE"}


def test_an_act_only_claimed_or_told_as_earlier_is_not_the_reports_news():
    claimed, said, earlier, backshift = _all(
        [
            "Norway claims that Swedish forces shelled the Norwegian border on Monday.",
            "The Norwegian defence ministry said Swedish forces shelled the Norwegian border on Monday.",
            "Denmark had imposed sanctions on Norway. Denmark previously sent aid to Sweden.",
            "The Swedish health minister said on Saturday that Norwegian forces had attacked Sweden.",
        ],
        candidates=True,
    )
    assert [e[4] for e in claimed if e[:2] == ("SWEMIL", "NOR")] == [True]  # Norway's claim, flagged
    assert [e[4] for e in said if e[:2] == ("SWEMIL", "NOR")] == [False]  # reported as fact: an event
    assert earlier and all(e[5] is None for e in earlier)  # past perfect, "previously": undated
    assert [e[5] for e in backshift if e[:2] == ("NORMIL", "SWE")] == [REPORT]  # tense shifted back by "said"


def test_a_hedged_act_is_not_asserted():
    [hedged] = _all(["Norwegian forces probably attacked Sweden on Monday."], candidates=True)
    assert [e[4] for e in hedged if e[:2] == ("NORMIL", "SWE")] == [True]


def test_an_act_placed_last_month_or_in_another_month_keeps_no_made_up_day():
    last, june, day = _all(
        [
            "Last month, Norwegian forces attacked Sweden.",
            "In late March, Norwegian forces attacked Sweden.",
            "On May 3, Norwegian forces attacked Sweden.",
        ]
    )
    assert [e[5] for e in last + june if e[:2] == ("NORMIL", "SWE")] == [None, None]
    assert [e[5] for e in day if e[:2] == ("NORMIL", "SWE")] == [date(2031, 5, 3)]


def test_a_time_said_for_a_clause_holds_for_the_clauses_under_it_and_a_year_alone_gives_no_day():
    governed, year, nearest = _all(
        [
            "In late March, the Swedish minister said Norwegian forces had been expected to attack Sweden soon and "
            "that Norway argued Sweden provoked it.",
            "Norwegian forces attacked Sweden in 2031 because Norway thought it could.",
            "Norway annexed the islands in 2024 and attacked Sweden on Thursday.",
        ],
        candidates=True,
    )
    assert governed and all(e[5] is None for e in governed)  # March, told in May: no made-up day
    assert [e[5] for e in year if e[:2] == ("NORMIL", "SWE")] == [
        None
    ]  # the report's own year, but which day?
    assert [e[5] for e in nearest if e[:2] == ("NOR", "SWE")] == [date(2031, 5, 8)]  # the nearest time wins


def test_an_act_told_as_the_content_of_an_argument_or_charge_is_flagged():
    argued, accused = _all(
        [
            "The Norwegian envoy argued that Swedish forces shelled the Norwegian border.",
            "Norway accused Swedish forces of shelling the Norwegian border.",
        ],
        candidates=True,
    )
    assert [e[4] for e in argued if e[:2] == ("SWEMIL", "NOR") and e[2].startswith("19")] == [True]
    assert all(e[4] for e in accused if e[:2] == ("SWEMIL", "NOR") and e[2].startswith("19"))


def test_victims_numbered_by_a_count_stand_for_their_state():
    (deported,) = _stored(
        ["Sweden has said that Norway has forcibly deported thousands of people to Norway."]
    )
    assert ("NOR", "SWE", "17") in {(s[:3], (t or "")[:3], r) for s, t, r in deported}


def test_the_theatre_of_the_war_named_by_conflict_or_warfare_gives_an_invasion_its_other_side():
    (theatre,), (unknown,) = (
        _stored(
            [
                (
                    "Denmark says Norway used gas as a method of warfare in Sweden. Weeks after Norway launched its invasion, "
                    "Denmark recalled its ambassador."
                )
            ]
        ),
        _stored(["Weeks after Norway launched its invasion, Denmark spoke."]),
    )
    assert ("NOR", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in theatre}
    assert not any(r == "19" for _, _, r in unknown)


def test_forces_moved_in_the_passive_are_the_doers_and_a_border_is_the_state_shown_force():
    passive, near, pair = _stored(
        [
            "Norwegian troops were deployed near the Swedish border.",
            "As many as 20,000 Norwegian troops massed close to Sweden.",
            "Denmark said that Norwegian and Finnish army units had been deployed in Estonia near the Swedish border.",
        ]
    )
    assert ("NOR", "SWE", "15") in {(s[:3], (t or "")[:3], r) for s, t, r in passive}
    assert ("NOR", "SWE", "15") in {(s[:3], (t or "")[:3], r) for s, t, r in near}
    assert {("NOR", "SWE", "15"), ("FIN", "SWE", "15")} <= {(s[:3], (t or "")[:3], r) for s, t, r in pair}
    assert not any(t and t.startswith("NOR") for _, t, _ in passive)  # the forces moved are not the target


def test_peacekeepers_sent_are_military_protection_not_a_show_of_force():
    (sent,), (shown,) = (
        _stored(["A UN international force has been sent to Sweden."]),
        _stored(["Danish troops were deployed near the Swedish border."]),
    )
    assert ("IGOUNO", "SWE", "074") in {
        (s, t, c) for s, t, c, *_ in _all(["A UN international force has been sent to Sweden."])[0]
    }
    assert any(r == "07" for _, _, r in sent) and not any(r == "15" for _, _, r in sent)
    assert ("DNK", "SWE", "15") in {(s[:3], (t or "")[:3], r) for s, t, r in shown}


def test_joint_drills_are_military_cooperation_of_the_pair_and_talks_with_a_list_are_one_each():
    pair, partner, listed = _stored(
        [
            "Norway and Sweden have increasingly engaged in joint military drills.",
            "Norway engaged in joint drills with Sweden.",
            "The talks with Sweden and Denmark have not yet ended, the Norwegian minister said.",
        ]
    )
    assert ("NOR", "SWE", "06") in {(s[:3], (t or "")[:3], r) for s, t, r in pair}
    assert {(s[:3], (t or "")[:3], r) for s, t, r in partner} == {
        ("NOR", "SWE", "06")
    }  # "engaged" is no fight
    assert not any(r == "15" for _, _, r in pair + partner)
    assert {t[:3] for _, t, r in listed if r == "04"} >= {"SWE", "DNK"}


def test_an_act_of_opposition_told_without_its_other_side_is_aimed_at_the_articles_counterpart():
    dyad, once, named = _stored(
        [
            (
                "Norwegian forces shelled Sweden on Monday. Norway's drones struck Stockholm on Tuesday. "
                "Oslo, however, consistently refuses to negotiate on this subject."
            ),
            "Norwegian forces shelled Sweden on Monday. Oslo, however, consistently refuses to negotiate on this subject.",
            (
                "Norwegian forces shelled Sweden on Monday. Norway's drones struck Stockholm on Tuesday. "
                "The Norwegian king cautioned other countries against interfering."
            ),
        ]
    )
    assert ("NOR", "SWE", "12") in {(s[:3], (t or "")[:3], r) for s, t, r in dyad}
    assert not any(r == "12" for _, _, r in once)  # one event is no dyad the article is about
    # "other countries" names whom it is aimed at, if no actor: a blank target, not the counterpart
    assert ("NOR", "", "13") in {(s[:3], (t or "")[:3], r) for s, t, r in named}
    assert not any(r == "13" and t for _, t, r in named)
    (claim,), (passive,) = (
        _stored(
            [
                (
                    "Norwegian forces shelled Sweden on Monday. Norway's drones struck Stockholm on Tuesday. "
                    "Norway claims that foreign mercenaries are active."
                )
            ]
        ),
        _stored(
            [
                (
                    "Norwegian forces shelled Sweden on Monday. Norway's drones struck Stockholm on Tuesday. "
                    "Sweden is a country threatened by Norway."
                )
            ]
        ),
    )
    assert not any(r == "11" for _, _, r in claim)  # a claim is as often about a third party
    assert not any(r == "13" and t and t.startswith("SWE") for _, t, r in passive)


def test_an_aim_at_an_act_the_lexicon_does_not_know_is_no_intent_to_cooperate_but_a_pledge_is():
    aim, pledge = _all(
        ["Norway plans to repaint Sweden's lighthouses.", "Norway pledged to repaint Sweden's lighthouses."]
    )
    assert not any(c.startswith("03") for _, _, c, *_ in aim)
    assert any(s == "NOR" and c == "030" for s, _, c, *_ in pledge)


def test_an_arrest_warrant_is_legal_action_against_the_one_it_names_or_whose_arrest_it_orders():
    issued, named = _stored(
        [
            "The International Criminal Court issued an arrest warrant for Sweden's prime minister.",
            (
                "Sweden's prime minister has rarely travelled, in part because of an International Criminal Court warrant "
                "for his arrest."
            ),
        ]
    )
    assert ("IGOICC", "SWE", "17") in {(s, (t or "")[:3], r) for s, t, r in issued}
    assert ("IGOICC", "SWE", "17") in {(s, (t or "")[:3], r) for s, t, r in named}


def test_a_list_run_on_after_a_conflict_noun_and_taking_sides_in_a_war_are_no_parties_to_it():
    since, sides = _all(
        [
            "Since Norway's invasion of Sweden, Denmark and Finland have imposed sanctions on Norway.",
            "The Danish government refused to take sides in the war in Sweden.",
        ]
    )
    assert not any(c.startswith("19") and t and t[:3] in ("DNK", "FIN") for _, t, c, *_ in since)
    assert not any(s and s.startswith("DNK") and c.startswith("19") for s, _, c, *_ in sides)


def test_a_to_phrase_parsed_as_dative_and_an_actor_described_by_a_present_participle():
    dative, participle, owned = _stored(
        [
            "The European Union agrees to send weapons to Sweden.",
            "Some other Nordic countries, such as Norway, are wary. Norwegian troops shelling Stockholm were filmed.",
            "Norway's hysteria surrounding the Swedish question grew.",
        ]
    )
    assert ("IGO", "SWE", "03") in {(s[:3], (t or "")[:3], r) for s, t, r in dative}
    assert ("NOR", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in participle}
    assert owned == []  # what an actor owns does not act


def test_sanctions_on_what_an_actor_owns_are_aimed_at_the_owner():
    (frozen,) = _stored(["Denmark froze the assets of the Norwegian central bank."])
    assert ("DNK", "NOR", "16") in {(s[:3], (t or "")[:3], r) for s, t, r in frozen}


def test_a_city_of_a_state_a_delegation_from_a_state_and_the_author_of_what_is_answered():
    city, delegation, plan, supplied = _stored(
        [
            "Norwegian forces eventually captured the city of Stockholm.",
            "A high-level delegation from Norway visited Sweden.",
            "The Swedish king swiftly rejected a peace plan proposed by Norway.",
            "Swedish jets destroyed tanks supplied by Norway.",
        ]
    )
    assert ("NOR", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in city}
    assert ("NOR", "SWE", "04") in {(s[:3], (t or "")[:3], r) for s, t, r in delegation}
    assert ("SWE", "NOR", "12") in {(s[:3], (t or "")[:3], r) for s, t, r in plan}
    assert not any(
        t and t.startswith("NOR") for _, t, _ in supplied
    )  # force used on a thing is not on its maker


def test_a_military_strike_that_kills_is_the_strike_not_a_mass_killing():
    (strike,) = _all(["A Norwegian missile strike killed five civilians in Stockholm."])
    roots = {(s[:3], (t or "")[:3], c[:2]) for s, t, c, *_ in strike if s}
    assert ("NOR", "SWE", "19") in roots and not any(r == "20" for *_, r in roots)


def test_a_rejection_of_what_an_actor_puts_forward_is_aimed_at_it():
    (proposal,) = _stored(["Sweden rejected the proposal of Norway."])
    assert ("SWE", "NOR", "12") in {(s[:3], (t or "")[:3], r) for s, t, r in proposal}


def test_a_bare_this_answers_the_act_told_just_before_by_another_side():
    (this,) = _stored(["Norway wants to donate the money to Denmark - but Sweden does not agree to this."])
    assert ("SWE", "NOR", "12") in {(s[:3], (t or "")[:3], r) for s, t, r in this}


def test_talks_between_two_sides_are_an_event_of_the_pair():
    (between,) = _stored(["Talks between Norway and Sweden resumed on Monday."])
    assert {(s[:3], (t or "")[:3], r) for s, t, r in between} & {("NOR", "SWE", "04"), ("SWE", "NOR", "04")}


def test_a_meeting_at_a_place_is_a_meeting_not_an_intent_to_meet():
    met, will = _all(
        [
            "The Norwegian king met the Swedish king at the royal palace.",
            "The Norwegian king will meet the Swedish king at the royal palace.",
        ]
    )
    assert any(c == "040" for _, _, c, *_ in met) and not any(c == "036" for _, _, c, *_ in met)
    assert any(c == "036" for _, _, c, *_ in will)


def test_a_package_of_sanctions_stands_for_the_sanctions_and_adopting_them_is_imposing_them():
    package, adopted = _stored(
        [
            (
                "The Nordic Council adopted a new package of sanctions against Norway. Denmark "
                "launched a wave of strikes on Sweden."
            ),
            "Denmark adopted sanctions against Norway.",
        ]
    )
    assert ("DNK", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in package}
    assert ("DNK", "NOR", "16") in {(s[:3], (t or "")[:3], r) for s, t, r in adopted}


def test_a_sum_in_aid_is_aid_and_its_recipient_is_the_aids():
    pledged, sent = _stored(
        [
            "Norway pledged 1.6 billion kroner in military aid to Sweden.",
            "Denmark sent 2 billion euros in military assistance to Sweden.",
        ]
    )
    assert ("NOR", "SWE", "03") in {(s[:3], (t or "")[:3], r) for s, t, r in pledged}
    assert ("DNK", "SWE", "07") in {(s[:3], (t or "")[:3], r) for s, t, r in sent}


def test_an_attack_reported_by_its_victims_side_is_aimed_at_it_not_one_reported_by_a_third_party():
    victim, third = _stored(
        [
            "Sweden's air force said Norway fired four ballistic missiles overnight, in the war in Sweden.",
            "The Danish defence ministry said Norway fired four missiles during the war in Sweden.",
        ]
    )
    assert ("NOR", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in victim}
    assert not any(t and t.startswith("DNK") for _, t, _ in third)


def test_an_object_named_by_an_unknown_maker_leaves_the_target_to_the_phrase_after():
    (tanks,) = _stored(["Norway will deliver Saab tanks to Sweden."])
    assert ("NOR", "SWE") in {(s[:3], (t or "")[:3]) for s, t, _ in tanks}


def test_stopping_an_armed_advance_is_fighting():
    stalled, repelled, rebuffed = _all(
        [
            "Norwegian advances in the north have been stalled by Swedish forces.",
            "Swedish troops repelled a Norwegian assault on the town.",
            "The Swedish government rebuffed Norway's proposal.",
        ]
    )
    assert [e[2][:2] for e in stalled + repelled if e[:2] in (("SWEMIL", "NOR"), ("SWEMIL", "NORMIL"))] == [
        "19",
        "19",
    ]
    assert all(not e[2].startswith("19") for e in rebuffed)  # a rejected proposal is no fight


def test_a_verb_that_names_no_act_of_the_family_is_no_cooperation_protest_or_consultation():
    """PETRARCH's synonym sets give "increase", "lead", "annoy", "think" the family's unspecified code; on their
    own those verbs name no material cooperation, protest or meeting."""
    increased, annoyed, thought, traded = _stored(
        [
            "Norway increased the pressure on Sweden on Monday.",
            "Norway annoyed Sweden with its remarks on Monday.",
            "Norway thought about Sweden's offer on Monday.",
            "Norway agreed to cooperate with Sweden on Monday.",
        ]
    )
    assert not any(r in ("04", "06", "14") for _, _, r in increased + annoyed + thought)
    assert any(
        t and t.startswith("SWE") and r == "03" for _, t, r in traded
    )  # a verb the family is named for


def test_avoiding_an_act_or_defending_oneself_is_not_that_act():
    avoided, refrained, defended = _stored(
        [
            "Norway and Finland have avoided censuring Sweden over the conflict.",
            "Norway refrained from criticising Sweden on Monday.",
            "Denmark is helping Norway defend itself against Swedish aggression.",
        ]
    )
    assert not any(r == "11" for _, _, r in avoided + refrained)
    assert not any(s.startswith("NOR") and r == "05" for s, _, r in defended)


def test_backing_a_hostile_act_is_no_support_of_its_target():
    backed, bid = _stored(
        ["Denmark supports the invasion of Sweden.", "Norway supports Sweden's bid on Monday."]
    )
    assert not any(r == "05" for _, _, r in backed)
    assert ("NOR", "SWE", "05") in {(s[:3], (t or "")[:3], r) for s, t, r in bid}


def test_a_demand_of_another_is_aimed_at_the_one_asked_and_a_warning_about_others_is_no_threat():
    insisted, warned = _all(
        [
            "The Norwegian minister insisted that the Swedish king would put pressure on Denmark.",
            "The Norwegian minister warned that other nations may follow Denmark's lead.",
        ]
    )
    assert [(e[1] or "")[:3] for e in insisted if e[2].startswith("10")] == ["SWE"]
    assert not any(e[2].startswith("13") for e in warned)


def test_a_phrasal_verb_or_a_label_is_not_read_as_another_verb():
    ruled, labelled = _all(
        [
            "Norway ruled out direct military support on the ground to Sweden.",
            "The Norwegian minister called the strikes a heinous act.",
        ]
    )
    assert not any(e[2].startswith("04") for e in ruled)  # not "rule to" (a meeting)
    assert not any(
        e[2].startswith("13") for e in labelled
    )  # the strikes are what is labelled, not threatened


def test_an_act_named_as_the_aim_of_a_noun_is_not_done():
    (aim,) = _all(
        ["Norway encouraged negotiations to get Sweden to release the Danish prisoners."], candidates=True
    )
    assert all(e[4] for e in aim if e[2].startswith("08"))


def test_an_act_anchoring_or_describing_another_is_background_and_earlier_on_a_named_day_keeps_it():
    allowed, described, named = _all(
        [
            "Denmark was sanctioned after the Norwegian premier allowed Norwegian troops to invade Sweden.",
            "Activists mocked the Norwegian army, which has launched an invasion of Sweden.",
            "Earlier on Saturday, the Norwegian president talked to the Swedish president about the conflict.",
        ]
    )
    assert [e[5] for e in allowed + described if e[2].startswith("19")] == [None, None]
    assert [e[5] for e in named if e[2].startswith("04")] == [REPORT]  # 2031-05-10 is a Saturday


def test_protest_codes_need_a_protest_verb_and_a_strike_is_force_not_posture():
    hit, struck = _stored(
        [
            "Norway hit Stockholm with cruise missile strikes on Monday.",
            "Norwegian forces were striking targets in western Sweden on Monday.",
        ]
    )
    assert {r for _, _, r in hit} == {"19"} and {r for _, _, r in struck} == {"19"}


def test_a_question_is_no_appeal_and_a_published_paper_no_release():
    asked, published, freed = _stored(
        [
            "The Norwegian spokesman asked how anyone could justify the atrocities committed by Sweden.",
            "Days after Sweden released a 12-point position on Norway, talks resumed.",
            "Sweden released 50 Norwegian prisoners on Monday.",
        ]
    )
    assert asked == [] and not any(r == "08" for _, _, r in published)
    assert ("SWE", "NOR", "08") in {(s[:3], (t or "")[:3], r) for s, t, r in freed}


def test_a_second_act_joined_to_a_needed_one_is_not_done():
    (needed,) = _all(
        [
            "He said the chief made clear that Norwegian troops needed to end hostilities and "
            "withdraw from Sweden."
        ],
        candidates=True,
    )
    assert all(e[4] for e in needed if e[2].startswith("08"))


def test_an_infinitive_weighed_by_it_is_is_not_done():
    (weighed,) = _all(
        ["It is in our interests to help Norway degrade Sweden's warfighting capabilities."], candidates=True
    )
    assert weighed and all(e[4] for e in weighed if e[0] and e[0].startswith("NOR"))


def test_a_start_told_as_possible_an_idiom_of_paying_and_a_considered_act_are_no_events():
    may, paid, considered, stopped = _stored(
        [
            "Officials said on Friday that the Norwegian invasion of Sweden may begin during the games.",
            "Norway's generals have been paying close attention to the war on Monday.",
            "Denmark is seriously considering sending lethal aid to Norway.",
            "The Estonian prime minister wrote: “Stop issuing visas to Norwegians.”",
        ]
    )
    assert not any(r == "19" for _, _, r in may)
    assert paid == [] and considered == [] and not any(r == "06" for _, _, r in stopped)
    (began,) = _stored(["The Norwegian invasion of Sweden began on Thursday."])
    assert ("NOR", "SWE", "19") in {(s[:3], (t or "")[:3], r) for s, t, r in began}


def _triples(texts: list[str]) -> list[set[tuple[str, str, str]]]:
    return [{(s[:3], (t or "")[:3], r) for s, t, r in stored} for stored in _stored(texts)]


def test_a_clause_joined_by_and_to_a_warning_is_told_not_warned():
    joined, reported = _triples(
        [
            "Norway and Denmark have held joint naval drills and the Swedish navy has warned that Oslo is "
            "testing its readiness.",
            "The Swedish navy warned that Norway and Denmark held joint naval drills.",
        ]
    )
    assert ("NOR", "DNK", "06") in joined
    assert ("NOR", "DNK", "06") not in reported  # the content of a warning is not the journalist's claim


def test_force_shown_by_a_side_of_the_articles_war_is_shown_to_its_theatre():
    (buildup,) = _triples(
        [
            "Norway's invasion of Sweden is in its second month. The Norwegian troop buildup continues, "
            "analysts said. Oslo also assembled 40,000 soldiers to take part in the war."
        ]
    )
    assert ("NOR", "SWE", "15") in buildup
    (no_war,) = _triples(["The Norwegian troop buildup continues, analysts said."])
    assert not any(r == "15" and t for _, t, r in no_war)


def test_the_doer_of_a_noun_in_a_by_or_from_phrase_and_the_one_an_agent_noun_struck():
    by, aid, covered, away = _triples(
        [
            "Attacks by Norwegian forces on Stockholm continued on Monday.",
            "Military aid from Norway to Sweden rose sharply last year.",
            "The mercenaries from Norway were covered by EU sanctions last year.",
            "Norway completed its withdrawal from Sweden.",
        ]
    )
    assert ("NOR", "SWE", "19") in by
    assert ("NOR", "SWE", "07") in aid
    assert ("IGO", "NOR", "16") in covered  # the EU's code, IGOEUREEC
    assert not any(s == "SWE" for s, _, _ in away)  # a withdrawal leaves the place it is "from"


def test_a_coercive_act_on_a_private_person_is_aimed_at_the_state_news_names_as_theirs():
    among, unnamed, guessed = _triples(
        [
            "Norwegian billionaire Olaf Lund criticised the war. Lund was among the 40 individuals sanctioned by "
            "Sweden on Monday.",
            "Sweden sanctioned Norwegian billionaire Olaf Lund on Monday.",
            "Sweden sanctioned Olaf Lund on Monday.",
        ]
    )
    assert ("SWE", "NOR", "16") in among and ("SWE", "NOR", "16") in unnamed
    assert guessed == set()  # no nationality told: the country a stranger is guessed to have is no target


def test_a_state_and_its_own_society_are_a_domestic_dyad_two_parts_of_the_state_are_not():
    dissent, crackdown, arms, words, comment, advice, stranger = _triples(
        [
            "Norwegian billionaire Olaf Lund condemned Norway's war on Sweden on Monday.",
            "Norwegian police arrested Norwegian journalist Eva Berg in Oslo on Monday.",
            "The Norwegian army criticised the Norwegian government on Monday.",
            "Since Norway's invasion of Sweden, the allies have levied sanctions on Norway's biggest banks.",
            "Norwegian journalists said on Monday that the Norwegian government is weak.",
            "Norwegian Prime Minister Olaf Lund warned Norwegian journalists to leave Sweden on Monday.",
            "Olaf Lund condemned Norway's war on Sweden on Monday.",
        ]
    )
    assert ("NOR", "NOR", "11") in dissent  # NORBUS -> NOR, as CAMEO codes domestic dissent
    assert ("NOR", "NOR", "17") in crackdown  # NORCOP -> NORMED
    # two arms of one state, or country words alone (the parse took the invasion for the subject), are a
    # misreading; a comment is no act on anyone, a warning to one's own people is advice
    assert not any(s == t for s, t, _ in arms | words | comment | advice)
    assert not any(r == "11" for _, _, r in stranger)  # a name with no nationality told acts for no one yet


def test_a_relative_clause_that_reports_the_act_aims_it_at_the_noun_it_describes():
    (gap,) = _triples(["Lund faces an ICC warrant for his arrest that Oslo says it does not recognize."])
    # refusing to recognise the warrant rejects the court that issued it (IGOICC)
    assert ("NOR", "IGO", "12") in gap
    assert not any(r == "04" for _, _, r in gap)  # facing a warrant is meeting no one


def test_aid_named_again_by_a_definite_noun_goes_to_the_recipient_named_before():
    again, unnamed = _triples(
        [
            "Norway's parliament will vote on Tuesday on an aid package for Sweden. After months of debate, the "
            "Norwegian parliament approved the assistance with broad support.",
            "After months of debate, the Norwegian parliament approved the assistance with broad support.",
        ]
    )
    assert ("NOR", "SWE", "07") in again
    assert not any(r == "07" for _, _, r in unnamed)  # no recipient named anywhere: none guessed


def test_forces_a_participle_describes_moving_them_away_and_force_named_with_a_is_a_prospect():
    gathered, away, prospect = _triples(
        [
            "The minister demanded the removal of forces gathered by Norway at the border with Sweden.",
            "Officials saw Norway moving some troops away from the Swedish border on Monday.",
            "Sweden is threatened by a Norwegian attack.",
        ]
    )
    assert ("NOR", "SWE", "15") in gathered
    assert not any(r == "15" for _, _, r in away)
    assert not any(r == "19" for _, _, r in prospect)  # no attack told, only feared


def test_acts_not_seen_in_a_subject_clause_or_named_as_an_aim_are_not_told():
    unseen, subject, aim, aimed, designed, seen = _triples(
        [
            "Swedish officials say they have not seen Norway send Denmark any tanks or attack Danish ports.",
            "The minister said that allowing Norway to invade Denmark would embolden others.",
            "Norway's goal was to blockade Denmark, the Swedish minister said.",
            "The Swedish minister said the package was aimed at helping Denmark repel the Norwegian offensive.",
            "Sweden bought drones that were designed to counter Norwegian troops.",
            "Swedish officials say they have seen Norway attack Danish ports.",
        ]
    )
    assert not any(r in ("07", "19") for _, _, r in unseen)  # not seen is not told, nor denied
    assert not any(r == "19" for _, _, r in subject | aimed | designed)
    assert not any(s == "NOR" for s, _, _ in aim)
    assert ("NOR", "DNK", "19") in seen


def test_wanting_another_to_act_is_a_demand_and_measures_vowed_or_agreed_are_coercion():
    wanted, recognise, vowed, agreed, lifted = _all(
        [
            "The Swedish prime minister, Anna Berg, said she wanted the Norwegian king, Harald Lund, to face a tribunal.",
            "Stockholm wants Norway to recognise the island as Swedish.",
            "The Swedish government vowed on Monday to slug all imports from Norway with an extra tariff.",
            "The Swedish government agreed on Monday to accept sanctions against Norway.",
            "The Swedish government agreed on Monday to lift sanctions against Norway.",
        ],
        candidates=True,
    )
    assert [c[:2] for s, t, c, *_ in wanted + recognise if s and t and t.startswith("NOR")] == ["10", "10"]
    assert "1312" in {e[2] for e in vowed}
    assert ("SWEGOV", "NOR", "163") in {e[:3] for e in agreed}
    assert not any(c.startswith("16") for _, _, c, *_ in lifted)


def test_taking_a_place_is_no_seizure_and_countering_troops_is_fighting():
    place, off, countered = _triples(
        [
            "Sweden agreed on Monday to take Norway's place as host of the song contest.",
            "Sweden has taken its tanks off the Norwegian border.",
            "Satellite terminals have been used by Sweden to counter Norwegian troops.",
        ]
    )
    assert not any(r in ("13", "17") for _, _, r in place | off)
    assert ("SWE", "NOR", "19") in countered


def test_a_question_tells_no_act():
    question, told = _all(
        ["Do we want Norway to leave Sweden?", "We want Norway to leave Sweden."], candidates=True
    )
    assert question and all(e[4] for e in question)
    assert told and not any(e[4] for e in told)


def test_talks_about_a_transfer_to_a_state_are_not_held_with_it():
    debated, talked = _triples(
        [
            "As Norway and Denmark debated new arms deliveries to Sweden, prices rose.",
            "Norway talked to Sweden on Monday.",
        ]
    )
    assert not any(t == "SWE" and r == "04" for _, t, r in debated)
    assert ("NOR", "SWE", "04") in talked


def test_an_act_as_the_agent_of_a_passive_is_no_one_doing_the_verbs_act():
    # "threatened by an attack" tells a risk: no threat (CAMEO 13) by Norway; "hit by sanctions" no strike
    articles = process_batch(
        [
            Article(
                id="t", text="Sweden is threatened by a Norwegian attack, the minister warned.", date=REPORT
            ),
            Article(id="h", text="Norway was hit by new Swedish sanctions on Monday.", date=REPORT),
        ],
        Job(),
    )
    assert [e.root for a in articles for e in a.events if e.root in ("13", "19")] == []


def test_an_option_or_an_act_an_adjective_weighs_is_not_told_as_done():
    texts = [
        "The alternative is to let Norway invade Sweden and move towards the Baltic.",
        "It is hard for Norway to strike Sweden's ports.",
        "Sanctions make it more difficult for Norway to help Denmark's army.",
        "Norway struck Sweden's ports.",  # the act told as done
    ]
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)], Job())
    stored = [[(e.source, e.target, e.root) for e in a.events] for a in articles]
    assert stored[:3] == [[], [], []]
    assert ("NOR", "SWE", "19") in {(s[:3] if s else s, t[:3] if t else t, r) for s, t, r in stored[3]}


def test_an_appeal_is_made_to_the_ones_it_names_not_to_whom_the_asked_for_act_would_hit():
    allies, named = _triples(
        [
            "Norway urged allies to impose sanctions on Sweden.",
            "Norway urged Denmark to impose sanctions on Sweden.",
        ]
    )
    assert not any(t == "SWE" and r == "02" for _, t, r in allies)
    assert any(t == "DNK" and r == "02" for _, t, r in named)


def test_a_declared_readiness_to_act_is_an_intent_to_do_that_act():
    # CAMEO 03 (express intent to ...): "expressed readiness for meeting X" is 036, like "ready to meet X"; the
    # members "of" a state are its people ("representatives of Sweden")
    (stored,) = _stored(
        ["Norway's prime minister expressed readiness for meeting with representatives of Sweden on Monday."]
    )
    assert {(s[:3], t[:3], r) for s, t, r in stored} == {("NOR", "SWE", "03")}
    (hope,) = _stored(["Norway expressed its hope that the dispute with Sweden would end."])
    assert all(r != "03" for _, _, r in hope)  # a hope about an outcome declares no act of one's own


def test_forces_put_on_alert_are_a_show_of_force_at_the_other_side_of_the_war():
    # CAMEO 152 (increase military alert status), aimed, like a deployment, at the article's war's other side
    texts = [
        "Norway's war in Sweden goes on. Oslo is testing its combat readiness near the border.",
        "Norway's war in Sweden goes on. All Norwegian army units were alerted on Monday.",
        "The ministry is testing its readiness for winter.",
    ]
    tested, alerted, winter = _stored(texts)
    assert ("NORGOV", "SWE", "15") in tested or ("NOR", "SWE", "15") in tested
    assert any(r == "15" and t and t[:3] == "SWE" for _, t, r in alerted)
    assert winter == []


def test_an_attack_named_by_its_doer_alone_is_on_the_other_side_of_the_articles_war():
    (stored,) = _stored(
        [
            "Norway's strikes on power plants in Sweden went on. Oslo said they answered the attacks from the "
            "Swedish side. The Bergen port strike was the worst."
        ]
    )
    assert ("SWE", "NOR", "19") in stored
    assert all(s != "NOR" or t != "NOR" for s, t, _ in stored)  # a place in front is where the blow fell


def test_a_countrys_newspaper_is_not_its_state():
    text = "“We will not yield,” the Norwegian minister told the Danish paper."
    [told] = process_batch([Article(id="t", text=text, date=REPORT)], Job(tasks=("events",)))
    assert [e.target for e in told.events if e.target and e.target.startswith("DNK")] == []


def test_a_scheduled_trip_is_an_intent_to_meet_told_on_the_report_day_not_a_meeting_to_come():
    # a record dated after its report would be an act that has not happened: the act told is the announcement
    # (CAMEO 036), on the day it is told; the trip gone is the meeting on its day
    texts = [
        "The Norwegian prime minister goes to Stockholm on Friday to meet the Swedish king.",
        "The Norwegian prime minister will meet the Swedish king on Friday.",
        "The Norwegian prime minister went to Stockholm on Friday to meet the Swedish king.",
    ]
    coming, will, gone = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)])
    assert {(e.code, e.date) for e in coming.events + will.events} == {("036", REPORT)}
    assert {e.date for e in gone.events} == {date(2031, 5, 9)}  # REPORT is a Saturday


def test_an_agreement_to_an_act_done_in_an_earlier_month_or_a_clause_of_an_earlier_year_is_undated():
    texts = [
        "Norway agreed to send 31 tanks to Sweden in January 2030.",
        "The lesson of 2014, when Norway occupied the Swedish islands, is clear.",
        "Norway agreed on Tuesday to send tanks to Sweden in June 2031.",  # a sending still to come
    ]
    agreed, lesson, coming = process_batch(
        [Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)]
    )
    assert agreed.events and {e.date for e in agreed.events} == {None}
    assert lesson.events and {e.date for e in lesson.events} == {None}
    assert coming.events and None not in {e.date for e in coming.events}


def test_driving_forces_back_is_fighting_and_defending_ones_own_land_is_no_verbal_defence():
    pushed, forced, own, ally = _stored(
        [
            "Swedish troops pushed Norwegian forces back from Uppsala on Monday.",
            "The counteroffensive had forced Norwegian troops a long way back from Stockholm, Sweden said.",
            "Sweden defends its sovereignty against the Norwegian aggression.",
            "Sweden defended its ally Norway at the summit.",
        ]
    )
    assert ("SWEMIL", "NORMIL", "19") in pushed
    assert not any(r in ("02", "07") for _, _, r in pushed + forced)  # no appeal, no protection
    assert not any(r == "05" for _, _, r in own)
    assert ("SWE", "NOR", "05") in ally  # defending another in words stays CAMEO 052


def test_a_danger_an_awaited_act_a_means_and_a_figure_of_speech_are_no_acts():
    tanks, until, potentially, means, trust, threat = _stored(
        [
            "Oslo said Norway was again being threatened by Swedish tanks.",
            "The aid will help Denmark hold out until Sweden ends its war.",
            "Denmark is preparing for Sweden potentially striking Norway with missiles.",
            "A Swedish pledge could be a way of offering Norway a basis for peace.",
            "The Swedish invasion has destroyed Danish trust in Norway.",
            "Sweden threatened Norway with sanctions on Monday.",
        ]
    )
    assert tanks == [] and until == [] and potentially == [] and means == [] and trust == []
    assert ("SWE", "NOR", "13") in threat


def test_a_need_a_wished_outcome_and_a_states_protest_are_no_demands_or_demonstrations():
    need, asked, outcome, demanded, protest = _stored(
        [
            "Denmark needs trade with Norway.",
            "Denmark needs more help from Norway.",
            "Oslo wanted its invasion of Sweden to yield a quick victory.",
            "Oslo wanted Stockholm to recognise the island.",
            "Sweden protested against Norway's decision on Monday.",
        ]
    )
    assert need == [] and outcome == []
    assert ("DNK", "NOR", "02") in asked
    assert any(r == "10" for _, _, r in demanded)
    assert [(s, t, r) for s, t, r in protest if r in ("11", "14")] == [("SWE", "NOR", "11")]


def test_war_brought_to_a_country_and_an_appeal_coordinated_with_a_report():
    brought, urged = _stored(
        [
            "Norway brought a war to Sweden on Monday.",
            "The Swedish minister said Norway was \u201cadapting to the sanctions\u201d and urged the EU to impose "
            "more restrictions on Norway.",
        ]
    )
    assert ("NOR", "SWE", "19") in brought
    assert [(s[:3], t, r) for s, t, r in urged if r == "02"] == [("SWE", "IGOEUREEC", "02")]


def test_a_charge_coordinated_with_or_trailing_a_report_is_the_speakers():
    joined, trailing, inside = _triples(
        [
            "The Swedish minister said the talks had stalled but accused Norway of delaying them.",
            "The Swedish minister said on Monday that Europe must stay united, accusing Norway of breaking the rules.",
            "The Swedish minister said Norwegian troops shelled the town, killing five Danish soldiers.",
        ]
    )
    assert ("SWE", "NOR", "11") in joined
    assert ("SWE", "NOR", "11") in trailing
    assert not any(s == "SWE" and r == "18" for s, _, r in inside)  # an act of force stays the reported one's


def test_the_one_thanked_or_blamed_for_an_act_did_it():
    thanked, condemned, asked = _triples(
        [
            "The Swedish king thanked Norway for sending tanks to Denmark.",
            "Sweden condemned Norway for shelling Danish villages.",
            "Sweden asked Norway for help in sending tanks to Denmark.",
        ]
    )
    assert ("NOR", "DNK", "07") in thanked
    assert ("NOR", "DNK", "19") in condemned
    assert not any(s == "NOR" and t == "DNK" for s, t, _ in asked)


def test_support_given_with_a_material_kind_is_aid_and_leaving_a_pact_reduces_relations():
    military, words, pact, troops = _stored(
        [
            "Norway provided military and financial support to Sweden on Monday.",
            "Norway gave its support to Sweden's bid on Monday.",
            "Norway withdrew from the grain deal with Sweden on Monday.",
            "Norway withdrew its troops from Sweden on Monday.",
        ]
    )
    assert ("NOR", "SWE", "07") in military
    assert ("NOR", "SWE", "05") in words
    assert ("NOR", "SWE", "16") in pact
    assert ("NOR", "SWE", "08") in troops


def test_a_war_named_by_its_place_a_forecast_an_occasions_host_and_said_this_name_no_party():
    place, forecast, games, said = _stored(
        [
            "The Sweden invasion has brought Norway and Denmark closer.",
            "Norway's aggression against Sweden would be a serious mistake, the minister said.",
            "Denmark called for a boycott of the Stockholm games.",
            "Norway must end the war against Sweden at once. The Danish minister said this on Tuesday.",
        ]
    )
    assert not any(s.startswith("SWE") for s, _, _ in place)  # the place of a war is not its doer
    assert not any(r == "19" for _, _, r in forecast)
    assert not any(t for _, t, _ in games)  # the host city of the games is no addressee
    assert not any(s.startswith("DNK") and r == "01" for s, _, r in said)


def test_an_act_not_going_on_is_no_refusal_and_a_wrapped_acts_object_is_not_coded_again():
    ongoing, refused, pledged = _stored(
        [
            "Sweden has said it is not providing Norway with arms.",
            "Norway refused to send aid to Sweden on Monday.",
            "Norway pledged to send aid to Sweden on Monday.",
        ]
    )
    assert not any(r == "12" for _, _, r in ongoing)
    assert [r for _, _, r in refused] == ["12"]  # no aid given beside the refusal
    assert [r for _, _, r in pledged] == ["03"]


def test_committing_to_an_act_is_a_pledge_and_a_dare_to_act_is_an_appeal():
    committed, dared, convened = _triples(
        [
            "Norway committed Tuesday to deliver more military hardware and aid to Sweden.",
            "Norway challenged Sweden to pledge more troops to the mission.",
            "The conference was jointly organized by Norway and Sweden.",
        ]
    )
    assert ("NOR", "SWE", "03") in committed and not any(r == "07" for _, _, r in committed)
    assert ("NOR", "SWE", "02") in dared
    assert not any(r == "02" for _, _, r in convened)


def test_a_war_placed_in_another_land_is_not_the_articles_war():
    text = (
        "Norway's invasion of Sweden entered its third month. Critics asked how Denmark was supporting "
        "Finland's war unless Finland allowed more aid in Estonia."
    )
    [article] = process_batch([Article(id="t", text=text, date=REPORT)])
    assert not any(e.source.startswith("FIN") and (e.target or "").startswith("SWE") for e in article.events)


def test_a_war_of_aggression_against_a_state_names_its_other_side_through_the_kind_of_war():
    (kind,) = _triples(
        [
            "Norway's war of attrition against Sweden is in its second year. "
            "Oslo assembled 40,000 soldiers this spring, analysts said."
        ]
    )
    assert ("NOR", "SWE", "19") in kind  # the war itself, its target behind "of attrition"
    assert ("NOR", "SWE", "15") in kind  # and the article's war gives the buildup its other side
    (served,) = _triples(["Denmark sent military aid for the fight against Norway on Monday."])
    assert not any(s == "DNK" and t == "NOR" for s, t, _ in served)  # what the aid serves, not whom it hits


def test_what_is_brought_decides_and_how_a_threat_is_taken_is_no_act():
    battle, evil, seriously = _triples(
        [
            "Sweden has brought the battle to Norwegian soil with drone attacks.",
            "Norway must answer for all the harm it has brought to Sweden, the Swedish king said.",
            "The Swedish government takes Norway's threats seriously.",
        ]
    )
    assert ("SWE", "NOR", "19") in battle and not any(r == "06" for _, _, r in battle)
    assert not any(r == "06" for _, _, r in evil)  # harm brought is no delivery of goods
    assert not any(s == "SWE" and r == "13" for s, _, r in seriously)  # Norway's threats, not Sweden's


def test_aid_handed_over_with_a_verb_of_backing_and_visits_and_defeats_by_their_nouns():
    backed, furnished, trained, trip, defeat = _triples(
        [
            "Norway supported Sweden with economic assistance last year.",
            "Denmark has furnished Sweden with large numbers of attack drones.",
            "Norway has trained 5,000 Swedish soldiers.",
            "The Norwegian prime minister made a surprise trip to Sweden on Monday.",
            "Sweden inflicted a heavy defeat on the Norwegian army near Narvik.",
        ]
    )
    assert ("NOR", "SWE", "07") in backed and not any(r == "05" for _, _, r in backed)
    assert ("DNK", "SWE", "07") in furnished and not any(r == "06" for _, _, r in furnished)
    assert ("NOR", "SWE", "07") in trained
    assert ("NOR", "SWE", "04") in trip and not any(r == "03" for _, _, r in trip)
    assert ("SWE", "NOR", "19") in defeat and not any(r == "17" for _, _, r in defeat)


def test_a_bracket_ends_its_clause_and_a_pro_state_group_is_not_the_state():
    (bracket,), (pro,) = (
        _triples(
            [
                "From the fighting in Finland (where Norway intervened on the side of the rebels) to Denmark, "
                "Estonia and Latvia, the region has changed."
            ]
        ),
        _triples(["Sweden sanctioned two pro-Norwegian officials in Denmark on Friday."]),
    )
    assert not any(s == "NOR" and t in ("DNK", "EST", "LVA") for s, t, _ in bracket)
    assert not any(t == "NOR" for _, t, _ in pro)  # the officials are Norway's friends, not Norway's


def test_a_spell_of_time_is_no_particle_a_view_is_no_statement_and_a_denying_cleft_negates():
    spell, cleft = _triples(
        [
            "For 100 days, Norway has been bombarding Swedish forces and civilians.",
            "Ola Hansen rails about the claim that it was not Norway and Denmark that began the war in Sweden",
        ]
    )
    assert ("NOR", "SWE", "19") in spell and not any(r == "11" for _, _, r in spell)
    assert not any(r == "19" for _, _, r in cleft)
    (view,) = _all(["Norway and Denmark see their competition with Sweden as zero-sum."], candidates=True)
    assert view == []  # not even a candidate statement


def test_aggression_a_bystander_faces_is_no_attack_and_force_moved_to_a_state_is_at_that_state():
    faced, moved = _triples(
        [
            "Norway's invasion of Sweden began in 2022. With the war raging in neighbouring Sweden, Denmark has "
            "been facing inflation, high energy prices, a refugee influx and Norwegian aggression.",
            "Norway's invasion of Sweden began in 2022. The Norwegian king announced the first deployment of "
            "those weapons to neighbouring Finland.",
        ]
    )
    # pressure Denmark faces, no force used on it (two audit judges, z6 and z8); the invasion stays Sweden's
    assert ("NOR", "DNK", "19") not in faced and ("NOR", "SWE", "19") in faced
    assert ("NOR", "FIN", "15") in moved and ("NOR", "SWE", "15") not in moved


def test_arms_handed_to_a_state_are_military_aid_not_a_deployment_or_a_strike():
    handed, fired = _triples(
        [
            "Denmark has sent anti-radar missiles to Sweden, the Danish ministry said on Monday.",
            "Norway sent missiles into Stockholm overnight, killing three people.",
        ]
    )
    assert handed == {("DNK", "SWE", "07")}
    assert not any(r == "07" for _, _, r in fired)  # no recipient: what was sent struck


def test_member_states_of_a_body_are_not_the_body_and_agreeing_with_a_view_is_no_pledge():
    members, agreed = _triples(
        [
            "More than two dozen UN member nations condemned Norway's annexation of two Swedish regions on Friday.",
            "Danish officials agreed with the Swedish prime minister's assessment that Norway would attack.",
        ]
    )
    assert not any(s == "IGO" or s == "UN" for s, _, _ in members)
    assert not any(r == "03" for _, _, r in agreed)


def test_a_plan_read_by_another_side_is_no_announced_intention():
    others, own = _triples(
        [
            "The Swedish prime minister said Norwegian forces plan to attack Sweden in the coming days.",
            "The Norwegian government said Norway plans to hold talks with Sweden next week.",
        ]
    )
    assert not any(s == "NOR" for s, _, _ in others)
    assert ("NOR", "SWE", "03") in own


def test_an_appeal_refusal_or_threat_made_to_no_actor_is_stored_with_a_blank_target():
    leaders, refused, called, spared, named, specific, words = _triples(
        [
            "The Norwegian prime minister urged world leaders not to abandon Sweden.",
            "Denmark refused to condemn the coup in the capital.",
            "Finland called for humanitarian corridors on Monday.",
            "Norway has refused to criticise Sweden's annexation of the islands.",
            "Norway refused to send aid to Sweden on Monday.",
            "The report has pushed the country away from integration.",
            "Danish officials declined to confirm the meeting.",
        ]
    )
    assert ("NOR", "", "02") in leaders  # "world leaders": all, not an actor, and no guessed one
    assert ("DNK", "", "12") in refused
    assert ("FIN", "", "02") in called
    assert ("NOR", "", "12") in spared and (
        "NOR",
        "SWE",
        "12",
    ) not in spared  # a refusal to blame spares Sweden
    assert ("NOR", "SWE", "12") in named  # a refusal of aid to Sweden is still Sweden's
    assert specific == set()  # "the country": one named before, not all
    assert words == set()  # declining to say is no refusal of an act


def test_a_call_for_an_actor_to_act_is_an_appeal_to_it():
    asked, plan = _triples(
        [
            "The European Union called for Norway to withdraw its troops from Sweden.",
            "Denmark began preparing for Norway striking Sweden with missiles.",
        ]
    )
    assert (
        "IGO",
        "NOR",
        "02",
    ) in asked  # (the EU) the for-clause's subject is the one asked, not a separate withdrawal
    assert not any(s == "DNK" for s, _, _ in plan)  # preparing for another's strike is no appeal


def test_a_relative_clause_on_a_predicate_noun_is_said_of_the_subject_and_a_refusal_to_agree_to_blame_spares():
    only, agreed = _triples(
        [
            "Norway is the only country that invaded Sweden last year.",
            "Denmark and Finland were the only states which refused to agree to condemn the war.",
        ]
    )
    assert ("NOR", "SWE", "19") in only  # "the only country that …" is Norway
    assert ("DNK", "", "12") in agreed


def test_the_commander_of_a_states_unit_acts_for_that_state():
    owned, national = _triples(
        [
            "The commander of Sweden's 12th marine brigade condemned Norway on Monday.",
            "The spokesman of the Norwegian army accused Sweden of lying.",
        ]
    )
    assert ("SWE", "NOR", "11") in owned
    assert ("NOR", "SWE", "11") in national


def test_a_demand_named_as_what_another_answers_was_made_of_that_other():
    rejected, ignored, own = _triples(
        [
            "Stockholm rejected Oslo's demands on Monday.",
            "The Norwegian king accused Sweden and its allies of ignoring Norway's demands to leave Finland.",
            "Norway repeated its demands.",
        ]
    )
    assert ("NOR", "SWE", "10") in rejected
    assert ("NOR", "SWE", "10") in ignored  # the charged is the one who ignores the demands
    assert not any(r == "10" for _, _, r in own)  # made of no one named


def test_an_appeal_joined_to_what_a_speaker_added_is_the_speakers():
    (added,) = _triples(
        [
            "The Norwegian foreign minister added that talks had not yet ended and urged Stockholm to withdraw its troops."
        ]
    )
    assert ("NOR", "SWE", "02") in added


def test_a_threat_to_the_west_has_a_blank_target_and_an_act_makes_no_appeal():
    west, act = _triples(
        [
            "Norway has threatened the West with nuclear war on Monday.",
            "Norwegian aggression has pushed the West across a policy watershed.",
        ]
    )
    assert ("NOR", "", "13") in west  # the West is a bloc with no actor code
    assert act == set()


def test_a_war_by_other_means_or_of_another_side_takes_no_default_target():
    hybrid, other_doer, bystander, placed, faced = _triples(
        [
            "Norway's invasion of Sweden began in 2022. Norway is waging a hybrid war against Europe, "
            "and Norway's economic war has hit Danish farmers.",
            "Norway's invasion of Sweden began in 2022. Iceland compared Britain's war in Iraq with Norway's "
            "invasion.",
            "Norway's invasion of Sweden began in 2022. Iceland warned about Chinese aggression.",
            "Norway's invasion of Sweden began in 2022. Historians recalled Germany's invasion of the USSR.",
            "Norway's invasion of Sweden began in 2022. Iceland warned about the Chinese aggression faced by "
            "Finland. Iceland is worried about the Norwegian aggression Denmark faces.",
        ]
    )
    assert not any(r == "19" and s == "NOR" and t != "SWE" for s, t, r in hybrid)  # no armed attack
    assert ("GBR", "IRQ", "19") in other_doer and ("NOR", "IRQ", "19") not in other_doer
    assert not any(s == "CHN" for s, _, _ in bystander)  # China is no side of Norway's war
    assert not any(s == "DEU" and t == "SWE" for s, t, _ in placed)  # the USSR is no actor, but named
    # aggression a bystander faces is pressure, no armed attack (audit judges z6, z8)
    assert not any(r == "19" and t in ("FIN", "DNK", "SWE") and s != "NOR" for s, t, r in faced)
    assert ("NOR", "DNK", "19") not in faced


def test_talks_sought_or_held_on_a_topic_are_no_talks_with_the_topic():
    sought, invited, topic, met = _triples(
        [
            "The Swedish government has even reached out for talks with the Danish king.",
            "The Swedish president invited the Danish king for talks in Stockholm.",
            "The Danish minister said he had discussed Norwegian aggression in Sweden during talks with the "
            "Finnish foreign minister.",
            "On Thursday, the Danish prime minister met with the Finnish president on the crisis in Norway.",
        ]
    )
    assert not any(r == "04" for _, _, r in sought | invited)  # talks sought or offered are not held
    assert ("SWE", "DNK", "03") in invited  # an invitation offers a meeting
    assert not any(r == "04" and t == "NOR" for _, t, r in topic)
    assert ("DNK", "FIN", "04") in met and ("DNK", "NOR", "04") not in met


def test_a_build_up_on_allied_soil_is_not_shown_to_the_articles_war():
    allied, moved, at_sea, border = _triples(
        [
            "Norway's invasion of Sweden began in 2022. Denmark deployed more troops in Eastern Europe.",
            "Norway's invasion of Sweden began in 2022. Norway deployed nuclear weapons to Finland.",
            "Norway's invasion of Sweden began in 2022. Norway moved 30 warships in the Baltic Sea on Monday.",
            "Norway's invasion of Sweden began in 2022. Norway massed troops near the border on Monday.",
        ]
    )
    assert not any(t == "SWE" for s, t, _ in allied if s == "DNK")
    assert ("NOR", "SWE", "15") not in at_sea and ("NOR", "SWE", "15") in border
    assert ("NOR", "FIN", "15") in moved and ("NOR", "SWE", "15") not in moved


def test_a_denial_is_aimed_at_what_it_denies_not_at_the_accused_beside_it():
    (denied,) = _triples(
        [
            'Norway has accused Denmark and others of "escalating tensions" over the issue and denies planning '
            "to enter Sweden. Denmark criticised Norway on Monday. Denmark sanctioned Norway on Tuesday."
        ]
    )
    assert ("NOR", "SWE", "01") in denied and ("NOR", "DNK", "01") not in denied


def test_tanks_supplied_are_military_aid_and_aid_bound_to_a_condition_is_not_given():
    tanks, bound = _all(
        [
            "Denmark is supplying Leopard 2 tanks to Sweden.",
            "Under the 1994 treaty, Denmark provides security assistance to Sweden if Sweden becomes a victim of "
            "nuclear aggression.",
        ]
    )
    assert [(s, t, c) for s, t, c, *_ in tanks] == [("DNK", "SWE", "072")]
    assert all(h for s, t, c, _, h, _ in bound if c.startswith("07"))  # a condition, not aid given


def test_a_wish_and_an_admission_are_no_demand_and_no_cooperation():
    wish, fortune, asked, admitted = _triples(
        [
            "Denmark wants Norway weakened.",
            "Denmark wants Sweden to win the war.",
            "Denmark wants Norway to withdraw its troops.",
            "The Norwegian minister admitted that the aggression against Sweden took place.",
        ]
    )
    assert not any(r == "10" for _, _, r in wish | fortune)
    assert ("DNK", "NOR", "10") in asked
    assert not any(r == "05" for _, _, r in admitted)


def test_an_act_inside_a_charge_marked_false_or_named_as_alleged_is_not_stored():
    false, alleged, denied = _triples(
        [
            "Norway repeated a false charge that Swedes attack Norwegians.",
            "Norwegian media reported the alleged shelling of a Norwegian village by Sweden.",
            "Norwegian media reported an attack by Sweden on a Norwegian village, which Stockholm denies.",
        ]
    )
    assert not any(s == "SWE" and r == "19" for s, _, r in false | alleged | denied)


def test_forces_are_shown_where_a_clause_places_them_and_a_rehearsal_is_no_deployment():
    placed, rehearsed = _triples(
        [
            "Norway's invasion of Sweden began in 2022. Finland, where Norway recently deployed troops with "
            "Iceland's blessing, is another frontline.",
            "Norway's invasion of Sweden began in 2022. The Norwegian king has ordered Norwegian forces to "
            "rehearse deploying tactical nuclear weapons.",
        ]
    )
    assert ("NOR", "FIN", "15") in placed and ("NOR", "ISL", "15") not in placed
    assert not any(r == "15" and t == "SWE" for _, t, r in rehearsed)


def test_an_act_taken_as_a_reference_and_measures_aimed_at_someone_are_no_force():
    reference, measures, taken = _triples(
        [
            "In different ways, Norway, Denmark and Iceland took the 2003 invasion as a reference point.",
            "The latest Swedish measures target several Norwegian military organizations.",
            "Norwegian forces took the Swedish town of Malmo on Monday.",
        ]
    )
    assert not any(r == "19" for _, _, r in reference | measures)
    assert ("NOR", "SWE", "19") in taken  # taking a town is force


def test_an_act_suggested_and_words_delivered_are_no_aid():
    suggested, words, aid, photos = _triples(
        [
            "The French leader has suggested arming the EU with nuclear weapons.",
            "Norway and Denmark delivered their written responses to Swedish security demands.",
            "Norway delivered humanitarian aid to Sweden on Monday.",
            "Norway is providing aerial photographs and other military intelligence to Finland.",
        ]
    )
    assert not any(r == "07" for _, _, r in suggested | words)
    assert ("NOR", "SWE", "07") in aid
    assert ("NOR", "FIN", "07") in photos  # pictures handed over can be intelligence given


def test_agreeing_to_or_reaching_a_deal_or_treaty_is_concluding_it():
    [trade, treaty, reached] = _triples(
        [
            "Norway and Sweden have agreed to a trade agreement to strengthen their relationship.",
            "Norway agreed to a treaty with Finland on fishing.",
            "The Norwegian delegation reached a deal with Denmark last week on fishing quotas.",
        ]
    )
    assert ("NOR", "SWE", "05") in trade
    assert ("NOR", "FIN", "05") in treaty
    assert ("NOR", "DNK", "05") in reached


def test_an_act_one_is_capable_or_incapable_of_is_not_done():
    [narrative, guilty] = _triples(
        [
            "Norway spreads the narrative that Sweden is incapable of defeating Norway. Norway is capable of "
            "striking Sweden within hours.",
            "Sweden was guilty of attacking Norway in 2020.",
        ]
    )
    assert narrative == set()
    assert ("SWE", "NOR", "19") in guilty


def test_an_act_a_verb_of_need_takes_is_not_done():
    [needed, begun] = _triples(
        [
            "Norway will not win quickly. Instead, it requires providing the Swedes with the weapons they need.",
            "Norway began sending troops to Sweden.",
        ]
    )
    assert needed == set()
    assert ("NOR", "SWE", "15") in begun


def test_remembered_verb_lemmas_match_the_rules():
    from volteface.extract import codebook
    from volteface.nlp import load

    doc = load()("Valdoria staged a drill. They hoped to win and hopped on the bus, then took off.")
    expected = [codebook._mended_lemma(t.lemma_.lower(), t.lower_) for t in doc]
    assert expected[1] == "stage"  # mended: the small model gives "stag"
    for _ in range(2):  # the second time from memory
        assert [codebook.verb_lemma(t) for t in doc] == expected
    codebook._MENDED.clear()  # forgotten, and asked again
    assert [codebook.verb_lemma(t) for t in doc] == expected


def test_an_aim_at_force_is_no_threat_and_forces_readied_show_force():
    [forecast, sought, readied, sanctions] = _triples(
        [
            "Norwegian forces plan to attack Sweden in the coming days, the Danish prime minister said.",
            "The bill sends money to Sweden as it seeks to repel Norway from its territory.",
            "The Norwegian army prepared to resume shelling Swedish positions.",
            "Norway plans to impose sanctions on Sweden.",
        ]
    )
    assert not any(
        r == "13" for _, _, r in forecast | sought
    )  # a plan told by another, an aim: no threat made
    assert ("NOR", "SWE", "15") in readied
    assert ("NOR", "SWE", "13") in sanctions  # a sanction planned is announced: a threat


def test_a_pact_agreed_with_its_purpose_is_concluded_and_its_broker_is_no_party():
    [purpose, brokered] = _triples(
        [
            "Norway and Sweden have agreed to an Agreement on Reciprocal Trade to strengthen their relationship.",
            "Norway and Sweden agreed a deal brokered by the United Nations to unblock grain exports.",
        ]
    )
    assert ("NOR", "SWE", "05") in purpose
    assert ("NOR", "SWE", "05") in brokered
    assert not any(t == "IGOUNO" for _, t, _ in brokered)


def test_enabling_is_aid_looting_soldiers_seize_and_forces_bombing_are_military():
    [enabled, looted, rioters, bombing, car_bomb] = _all(
        [
            "NATO has enabled Sweden to put up a valiant resistance.",
            "Churches in Sweden were deliberately looted by the Norwegian military.",
            "Rioters looted shops in Oslo on Monday.",
            "The Norwegians are still bombing Swedish towns.",
            "A car bomb killed a Swedish officer in Oslo on Monday.",
        ],
        candidates=True,
    )
    assert [e[2][:2] for e in enabled] == ["07"]  # the means lent, no concession (08)
    assert [e[2] for e in looted] == ["171"]  # property seized, no riot (145)
    assert [e[2] for e in rioters] == ["145"]
    assert all(e[2][:2] == "19" for e in bombing)  # a state's forces bombing: not 183, non-military bombing
    assert [e[2] for e in car_bomb] == ["183"]


def test_what_a_thing_concerns_is_no_worry_and_some_of_a_bodys_states_are_not_the_body():
    [concern, some, leaders, whole] = _all(
        [
            "The demands mainly concern NATO's expansion to Sweden.",
            "Some other NATO countries sent weapons to Sweden on Monday.",
            "Many leaders of the European Union countries talked to the Norwegian prime minister on Monday.",
            "The G7 nations signed an agreement with Norway on Monday.",
        ],
        candidates=True,
    )
    assert concern == []
    assert not any(e[0] == "IGONATO" for e in some)
    assert not any(e[0] == "IGOEUREEC" for e in leaders)
    assert any(
        e[0] == "IGOG7" and e[2][:2] == "05" for e in whole
    )  # the body's states all together: the body


def test_a_judgement_of_an_act_falls_on_its_doer_never_on_its_victim():
    [named, unnamed, supplies, blamed] = _all(
        [
            "Norway's invasion of Sweden began in May. The European Union condemned the invasion of Sweden on Monday.",
            "The European Union condemned the invasion of Sweden on Monday.",
            "Norwegian officials have criticised supplies of Danish weapons to Sweden.",
            "Norway blamed the blockade on Swedish mines.",
        ]
    )
    assert ("IGOEUREEC", "NOR", "111") in {e[:3] for e in named}  # the doer the article names
    assert not any(e[1] == "SWE" and e[2][:2] == "11" for e in unnamed + supplies)  # not the victim
    assert any(e[1] == "SWE" and e[2][:2] == "11" for e in blamed)  # "blamed X on Y": Y is blamed


def test_talks_ruled_out_are_no_talks_and_support_provided_is_aid():
    [excluded, ruled, provided, political, stepped, sent] = _all(
        [
            "Peace talks with Norway remain out of the question, a senior Swedish official said on Monday.",
            "The Swedish president ruled out talks with Norway on Monday.",
            "Germany provided support to Sweden on Monday.",
            "Germany provided political support to Sweden on Monday.",
            "Denmark stepped up its supplies of heavy weapons to Sweden on Monday.",
            "Serbia sent humanitarian aid to Sweden on Monday.",
        ]
    )
    assert ("SWEGOV", "NOR", "125") in {e[:3] for e in excluded}  # the speaker's side rejects talks
    assert not any(e[2][:2] == "04" for e in excluded)  # none held
    assert ("SWEGOV", "NOR", "125") in {e[:3] for e in ruled}
    assert [e[2][:2] for e in provided] == ["07"]  # handed over, no words of praise (051)
    assert [e[2] for e in political] == ["051"]
    assert [e[2][:2] for e in stepped] == ["07"]
    assert [e[2] for e in sent] == ["073"]  # the aid sent is that act, counted once


def test_calling_an_act_by_a_name_judges_it_and_a_demand_about_how_others_see_a_state_is_not_made_of_it():
    [called, order, seen, withdraw] = _all(
        [
            "The Danish premier called Norway's attack on Sweden a war crime.",
            "Norway called a general strike on Monday.",
            "Sweden demands that Norway be seen as a threat to all of Europe.",
            "Sweden demanded that Norway withdraw its troops.",
        ]
    )
    assert ("DNKGOV", "NOR", "111") in {e[:3] for e in called}
    assert not any(e[2][:2] == "13" for e in called)  # no threat made
    assert not any(e[2] == "111" for e in order)  # an act called for is no act judged
    assert not any(e[1] == "NOR" for e in seen)  # asked of the onlookers, not of Norway
    assert ("SWE", "NOR") in {e[:2] for e in withdraw if e[2][:2] == "10"}


def test_a_belief_a_topic_and_an_act_halted_by_its_doer_or_by_another():
    [believed, topic, own, others, urged] = _all(
        [
            '"I am convinced that Norway has already decided to invade Sweden," the Danish premier said.',
            "The European Union will discuss Norway's invasion of Sweden with Denmark on Monday.",
            "Norway ended its aggression against Sweden on Monday.",
            "Sweden's counteroffensive ended the Norwegian threat to Stockholm on Monday.",
            "France continues to urge Norway to abide by its commitments, to end its aggression, and to "
            "withdraw its armed forces.",
        ]
    )
    assert not any(e[2][:2] == "19" for e in believed)  # what one is convinced of is not told as done
    assert not any(e[1] == "NOR" and e[2][:2] in ("03", "04") for e in topic)  # the topic is no side
    assert ("NOR", "SWE", "087") in {e[:3] for e in own}  # de-escalation, no relations cut (160)
    assert not any(e[2][:2] in ("13", "16") for e in others)
    assert [e[2][:2] for e in urged if e[0] == "FRA"] == ["02"]  # the acts asked for are asked, not done


def test_support_for_someone_is_aimed_at_them():
    """Support is for the one backed ("expressed support for Sweden"), whatever verb voices it."""
    expressed, voiced = _stored(
        [
            "Norway expressed support for Sweden on Monday.",
            "Denmark reaffirmed its support for Finland on Monday.",
        ]
    )
    assert ("NOR", "SWE", "05") in expressed  # CAMEO 051: "express support for" is endorsement
    assert ("DNK", "FIN", "05") in voiced


def test_a_participle_after_by_or_before_is_done_by_the_subject_of_its_clause():
    after, by, modal, patient = _stored(
        [
            "Norway began a new term on Monday after launching a war in Sweden.",
            "Norway responded on Monday by shelling Sweden.",
            "Norway should show resolve by shelling Sweden.",
            "Norway was punished on Monday after shelling Sweden.",
        ]
    )
    assert ("NOR", "SWE", "19") in after
    assert ("NOR", "SWE", "19") in by
    assert not [e for e in modal if e[2] == "19"]  # what one should do is not done
    assert ("NOR", "SWE", "19") in patient  # the passive clause's subject still did the shelling


def test_freeing_a_place_is_fighting_for_it_and_freeing_people_a_release():
    town, named, prisoners = _stored(
        [
            "Swedish troops freed the city of Brenn from Norwegian forces on Monday.",
            "Swedish troops liberated Brenn from the Norwegian invaders on Monday.",
            "Norway freed ten Swedish prisoners on Tuesday.",
        ]
    )
    assert [e[2] for e in town] == ["19"] and [e[2] for e in named] == ["19"]
    assert [e[2] for e in prisoners] == ["08"]


def test_a_repeated_preposition_gives_a_reason_not_the_thing_called_for():
    (called,) = _stored(["Sweden called for new sanctions against Norway for its attack on the border."])
    assert [e[2] for e in called] == ["02"]  # an appeal, not an attack called for (PETRARCH's 1383)


def test_aid_confirmed_on_a_condition_is_a_promise_not_aid_given():
    (confirmed,) = _stored(
        ['Denmark confirmed "providing Sweden with security guarantees" if "becomes a victim of aggression".']
    )
    assert [e[2] for e in confirmed] == ["03"]  # a promise of the guarantees, not aid given


def test_a_linking_phrase_is_no_object_of_the_act():
    (gave,) = _stored(["Denmark in fact provided 3 million euros to Sweden on Monday."])
    assert [e[2] for e in gave] == ["07"]  # money given, not a "fact provided" (PETRARCH's statement row)


def test_a_claim_suggested_is_no_appeal():
    (claim,) = _stored(
        [
            "The Swedish minister suggested to the Norwegian newspaper Aftenposten that Norway may have provoked the war."
        ]
    )
    assert not [e for e in claim if e[2] == "02"]


def test_it_after_a_document_stands_for_the_document_not_the_nearest_name():
    (document,) = _stored(
        [
            "Norway drafted a resolution on space weapons. The resolution was adopted on Monday. "
            "It also called on Sweden not to develop nuclear weapons."
        ]
    )
    assert not [e for e in document if e[0] == "NOR"]


def test_destroying_the_other_sides_forces_is_fighting_and_homes_property():
    fleet, tanks, homes = _stored(
        [
            "At the Battle of Kiel, Swedish forces destroyed the entire Norwegian fleet on Monday.",
            "Swedish forces destroyed three Norwegian tanks on Monday.",
            "Norwegian forces destroyed Swedish homes on Monday.",
        ]
    )
    assert [e[2] for e in fleet] == ["19"] and [e[2] for e in tanks] == ["19"]
    assert [e[2] for e in homes] == ["17"]  # property destroyed (1712)


def test_a_raid_is_military_force():
    (raids,) = _stored(["The Norwegian raids on Sweden killed ten people on Monday."])
    assert ("NOR", "SWE", "19") in raids  # not coercion unspecified (170)


def test_time_taken_is_nothing_seized():
    (took,) = _stored(['The Swedish president said it had taken Norway "a while to be convinced to do it".'])
    assert not [e for e in took if e[2] == "17"]


def test_an_act_that_defines_whoever_may_be_punished_is_asserted_of_none():
    whoever, particular = _stored(
        [
            "Swedish companies that oppose Norwegian export restrictions can be cut off, the minister said.",
            "The Swedish companies that oppose Norwegian export restrictions can be cut off.",
        ]
    )
    assert not [e for e in whoever if e[2] == "11"]  # a condition on whoever opposes
    assert ("SWEBUS", "NOR", "11") in particular  # particular companies, their opposition told


def test_a_bare_participle_fixed_to_a_clause_is_done_by_its_subject():
    launched, listed = _stored(
        [
            "The Norwegian king began his term on Monday after jailing his rivals, launching a war in Sweden.",
            "Norway had failed in its first aims; capturing Stockholm and removing the Swedish king.",
        ]
    )
    assert ("NOR", "SWE", "19") in [(s[:3], t[:3], r) for s, t, r in launched]
    assert not listed  # goals listed after a semicolon: no act done
    (war,) = _events(
        [
            "Norway's king began his rule after jailing his political opponents, launching a war in "
            "Sweden and consolidating all power."
        ]
    )
    assert [e[5] for e in war if e[2] == "19"] == [
        None
    ]  # at the time of the "after" clause: before the report


def test_a_threat_is_aimed_at_the_one_whose_act_it_is_conditioned_on():
    named, pronoun, victim = _stored(
        [
            "If Norway invades Sweden, we will unite the world, the Danish prime minister said. "
            "Denmark is ready to impose huge sanctions.",
            "Denmark is ready to impose huge sanctions if it invades Sweden.",
            "Denmark is ready to impose huge sanctions if Sweden is invaded.",
        ]
    )
    assert ("DNK", "NOR", "13") in [(s[:3], t[:3], r) for s, t, r in named]
    assert not [e for e in pronoun + victim if e[1] and e[1].startswith("SWE")]  # no guessed or struck target


def test_a_method_deployed_moves_no_forces():
    tactics, troops = _stored(
        [
            "Norwegian forces are gaining ground in Sweden, deploying scorched-earth tactics on Monday.",
            "Norway deployed troops to the Swedish border on Monday.",
        ]
    )
    assert not [e for e in tactics if e[2] == "15"]
    assert [e for e in troops if e[2] == "15"]


def test_an_aim_to_drive_forces_back_is_no_cooperation():
    (aim,) = _stored(["Norwegian forces aim to push Swedish troops back from the border, an official said."])
    assert not [e for e in aim if e[2] == "03"]  # an aim at force ascribed to someone: no intent to cooperate


def test_asking_about_a_thing_is_a_question_not_an_appeal():
    about, request = _stored(
        [
            "The Norwegian foreign minister asked Sweden about the border talks on Monday.",
            "The Norwegian foreign minister asked Sweden to reopen the border on Monday.",
        ]
    )
    assert not [e for e in about if e[2] == "02"]
    assert [e for e in request if e[2] == "02"]


def test_a_present_perfect_after_the_lead_or_last_week_is_an_earlier_act_undated():
    # the lead tells the news; a present perfect further down recalls an earlier act, and "last week" names no
    # day of it (a made-up day, the report's minus seven, is worse than none)
    (told,) = _all(
        [
            "Ferries stopped on Friday. Officials counted the damage. "
            "Norway has accused Sweden of shelling the port. Sweden has also imposed sanctions on Norway. "
            "Last week, Denmark imposed sanctions on Norway. Finland has already imposed sanctions on Norway. "
            "Sweden has been shelling Norwegian towns for weeks."
        ]
    )
    assert [d for _, _, c, _, _, d in told if c[:2] in ("11", "16")] == [None, None, None, None]
    assert [d for _, _, c, _, _, d in told if c[:2] == "19"] == [REPORT]  # a progressive: still going on


def test_a_present_perfect_in_the_lead_or_on_the_reports_day_keeps_its_date():
    lead, named = _all(
        [
            "Norway has imposed sanctions on Sweden.",
            "Ships left port. Crews waved. Talks failed, and Saturday marked the first time Norway has imposed "
            "sanctions on Sweden.",  # REPORT is a Saturday
        ]
    )
    assert [e[5] for e in lead if e[2].startswith("16")] == [REPORT]
    assert [e[5] for e in named if e[2].startswith("16")] == [REPORT]


def test_an_act_of_a_merely_imagined_thing_or_of_whoever_would_do_it_is_not_told_as_done():
    imagined, seekers = _all(
        [
            "I could imagine a new government in Norway that ends the war with Sweden.",
            "Norwegian troops seeking the shortest route to Stockholm could run into Swedish mines.",
        ]
    )
    assert imagined == [] and seekers == []


def test_an_act_at_the_start_of_a_war_or_recalled_is_earlier_and_undated():
    phase, recalled, meeting = _all(
        [
            "Reporters visited Swedish towns that Norway shelled at the start of its invasion.",
            "Lund reminded Kallas that Denmark condemned Norway's invasion of Sweden.",
            "At the start of the meeting on Tuesday, Denmark condemned Norway.",
        ]
    )
    assert [e[5] for e in phase if e[2].startswith("19")] == [None]
    assert [e[5] for e in recalled if e[2].startswith("11")] == [None]
    assert [e[5] for e in meeting if e[2].startswith("11")] == [date(2031, 5, 6)]  # the phase of a named day


def test_a_promise_not_to_threaten_is_an_assurance_and_staff_pulled_out_no_retreat():
    pledged, undertook, staff, troops = _all(
        [
            "Norway pledged not to threaten Sweden.",
            "Norway undertakes not to use or threaten to use nuclear weapons against Sweden.",
            "Norway withdrew its military instructors and embassy staff from Sweden.",
            "Norway withdrew its troops from Sweden.",
        ]
    )
    assert [e[2] for e in pledged] == ["0356"]  # an intent to de-escalate, no threat (13)
    assert not any(e[2].startswith("13") for e in undertook)
    assert staff == []  # a precaution: no forces pulled back (087), no relations cut
    assert [e[2] for e in troops] == ["087"]


def test_long_ago_years_later_and_a_perfect_beside_a_coming_day_are_undated():
    long_ago, later, coming = _all(
        [
            "Everyone knows that Norway declared war on Sweden long ago.",
            "Eight years later, Norway brought Sweden a real war.",
            "Ferries stopped. Crews waved. The Norwegian premier, who has accused Sweden of lying, will meet the "
            "Swedish king on Monday.",
        ]
    )
    assert [e[5] for e in long_ago + later if e[2].startswith("19")] == [None, None]
    assert [e[5] for e in coming if e[2].startswith("11")] == [None]  # not the Monday of the meeting to come


def test_a_season_of_an_earlier_year_or_an_act_as_someone_recalled_is_undated():
    winter, recalled = _all(
        [
            "Norwegians battled Swedish troops during the winter of 2015, and soldiers froze.",
            "As the Danish minister recalled, Norway brought a war to Sweden for no reason.",
        ]
    )
    assert [e[5] for e in winter + recalled if e[2].startswith("19")] == [None, None]


def test_a_war_as_the_time_of_a_death_is_no_dated_attack():
    (died,) = _all(["Many Swedes died during Norway's invasion of Sweden."])
    assert [e[5] for e in died if e[2].startswith("19")] == [None]  # the war named in passing, undated


def test_a_domestic_agent_with_no_country_belongs_to_the_state_where_it_acts():
    after, own, unplaced, two = _stored(
        [
            "Two Swedish men were stabbed at a market in Bavaria. The police detained a Norwegian suspect.",
            "The police in Bavaria detained a Norwegian suspect on Monday.",
            "The police detained a Norwegian suspect on Monday.",
            "Sweden and Norway met in Bavaria and in Oslo. The police detained a Norwegian suspect.",
        ]
    )
    assert ("DEUCOP", "NOR", "17") in after
    assert ("DEUCOP", "NOR", "17") in own
    assert not unplaced  # no place named: no country guessed
    assert not any(s == "DEUCOP" or s == "NORCOP" for s, _, _ in two)  # two countries: blank


def test_its_in_a_states_own_reported_words_is_that_state():
    own, other = _stored(
        [
            "The UN met on Monday. Norway said its troops had launched strikes on Sweden.",
            "The UN met on Monday. Norway said Sweden had moved its troops into Finland.",
        ]
    )
    assert ("NOR", "SWE", "19") in own  # not the UN, named last before the pronoun
    assert not any(
        s == "NOR" and r == "15" for s, _, r in other
    )  # Sweden named first: its troops are Sweden's


def test_an_office_named_bare_acts_as_the_speaker_the_attribution_resolved():
    articles = process_batch(
        [
            Article(
                id="0",
                text="Sergei Lavrov spoke in Geneva on Friday. The foreign minister accused Ukraine of shelling Donetsk.",
                date=date(2023, 5, 10),
            )
        ]
    )
    quote = next(q for q in articles[0].quotes if "Donetsk" in q.content)
    assert quote.speaker_actor == "sergey-lavrov"  # the attribution's reading, reused, not redone
    assert any(e.source == "RUSGOV" and e.target == "UKR" and e.root == "11" for e in articles[0].events)


def test_the_code_memoised_per_verb_is_each_documents_own():
    # the lexicon code is memoised per token: a word at the same place in another document is another verb
    job = Job(settings=Settings(event_candidates=True))
    texts = ["Valdoria condemned Norland on Monday.", "Valdoria praised Norland on Monday."] * 2
    articles = process_batch([Article(id=str(i), text=t, date=REPORT) for i, t in enumerate(texts)], job)
    roots = [[e.root for e in a.events] for a in articles]
    assert roots == [["11"], ["05"], ["11"], ["05"]]


def test_trade_and_support_told_by_a_noun_are_material_cooperation_and_aid():
    buyer, topic, grown, support, cleft, bare, political = _stored(
        [
            "Norway is one of the largest buyers of Swedish oil.",
            "Norway has become Sweden's closest partner. They are among the main buyers of Swedish gas.",
            "Norway has increased its oil imports from Sweden this year.",
            "Norway's military support for Sweden has grown.",
            "Denmark argues that it is Norway's support for Sweden, including weapons supplies, that worries it.",
            "Norway is ramping up its support for Sweden.",
            "Norway's political support for Sweden has grown.",
        ]
    )

    def pairs(events: list[tuple]) -> set[tuple]:
        return {(s[:3], (t or "")[:3], r) for s, t, r in events}

    assert ("NOR", "SWE", "06") in pairs(buyer)
    assert ("NOR", "SWE", "06") in pairs(topic)  # "They": the subject of the sentence before
    assert ("NOR", "SWE", "06") in pairs(grown)  # more imports are imports made
    assert ("NOR", "SWE", "07") in pairs(support)
    assert ("NOR", "SWE", "07") in pairs(cleft)  # the support presupposed in Denmark's words
    # support of no named kind may be words as well as arms, and political support is no aid
    assert not any(r == "07" for _, _, r in bare + political)


def test_a_view_not_shared_or_a_stance_not_changed_is_a_refusal():
    shared, kept, counterpart = _triples(
        [
            "The Swedish court did not share the arguments of Norway.",
            "Norway will not change its position on the islands.",
            (
                "Norwegian forces shelled Sweden on Monday. Norway's drones struck Stockholm on Tuesday. "
                "Oslo will not change its position on the islands."
            ),
        ]
    )
    assert ("SWE", "NOR", "12") in shared  # another's view not shared is rejected
    assert kept == set()  # a stance kept against no one named: no guessed target
    assert ("NOR", "SWE", "12") in counterpart  # a refusal to yield is aimed at the article's other side


def test_a_refusal_announced_with_will_is_the_event_but_not_another_sides_forecast():
    (announced, said, forecast, weighed) = _triples(
        [
            "Denmark will not accept the plan of Sweden.",
            "Denmark said it would not accept the plan of Sweden.",
            "A Finnish official assessed that although Denmark will not accept the plan of Sweden, talks go on.",
            "Denmark would not accept the plan of Sweden.",
        ]
    )
    assert ("DNK", "SWE", "12") in announced and ("DNK", "SWE", "12") in said
    assert not any(r == "12" for _, _, r in forecast | weighed)


def test_resisting_pressure_from_no_one_named_is_a_refusal_with_a_blank_target():
    bare, named, owned = _triples(
        [
            "Finland has resisted pressure and kept its neutrality.",
            "Finland has resisted pressure from Norway.",
            "Finland rejected the calls for a ceasefire.",
        ]
    )
    assert ("FIN", "", "12") in bare
    assert ("FIN", "NOR", "12") in named
    assert ("FIN", "", "12") not in owned  # "the calls": calls told before, not pressure from no one


def test_the_spokesman_of_an_international_body_speaks_for_it_not_the_leaders_of_its_members():
    court, members = _triples(
        [
            "The spokesman of the CJEU criticised Norway on Monday.",
            "The Norwegian king met other leaders of NATO countries on Monday.",
        ]
    )
    assert ("IGO", "NOR", "11") in court  # the EU's court is the EU (IGOEUREEC)
    assert not any(t == "IGO" for _, t, _ in members)  # some of its member states, not NATO


def test_a_side_fighting_no_one_named_fights_the_other_side_of_the_articles_war():
    bravely, corruption, unpaired = _triples(
        [
            "Norway's invasion of Sweden began in 2029. Sweden's armed forces continue to fight bravely.",
            "Norway's invasion of Sweden began in 2029. Sweden must fight corruption.",
            "Sweden's armed forces continue to fight bravely.",
        ]
    )
    assert ("SWE", "NOR", "19") in bravely
    assert not any(r == "19" and s == "SWE" for s, _, r in corruption)  # no armed force
    assert not any(r == "19" and t for _, t, r in unpaired)  # no war in the article pairs Sweden with a foe


def test_an_act_of_war_named_by_whom_it_struck_alone_is_the_other_sides():
    lessons, prospect, of_doer = _triples(
        [
            "Sweden's strikes on Norway continued. The plans draw on the lessons of the aggression "
            "on Sweden.",
            "Sweden's strikes on Norway continued. The attack on Sweden would include rocket fire.",
            "Sweden's strikes on Norway continued. Iceland ignores the aggression of Denmark against Sweden.",
        ]
    )
    assert ("NOR", "SWE", "19") in lessons
    assert ("NOR", "SWE", "19") not in prospect  # a prospect named, no act
    assert not any(s == "NOR" and t == "SWE" for s, t, _ in of_doer)  # Denmark's, named by "of"


def test_coming_to_an_agreement_concludes_it():
    (came,) = _triples(["Norway and Sweden came to an agreement on fishing on Monday."])
    assert ("NOR", "SWE", "05") in came and not any(r == "04" for _, _, r in came)  # no arrival (040)


def test_a_wrapped_infinitive_is_the_act_not_a_clause_before_a_colon():
    (article,) = process_batch(
        [
            Article(
                id="0",
                text="We reached a deal: Norway and Denmark intend to hold talks with Iceland.",
                date=REPORT,
            )
        ]
    )
    # "intend" wraps "to hold talks" (036), not "reached a deal", which the small model hangs on it
    assert "036" in {e.code for e in article.events if e.source and e.source.startswith("NOR")}


def test_a_statement_named_by_a_noun_under_a_verb_of_voicing_is_that_statement():
    reiterated, levelled, withering, reply = _triples(
        [
            "Norwegian minister Lars Berg reiterated his harsh criticism of Sweden's leadership.",
            "Norwegian minister Lars Berg levelled harsh criticism at Sweden on Monday.",
            "Norwegian minister Lars Berg launched withering criticism of the Swedish government on Monday.",
            "Norwegian minister Lars Berg repeated his demand for Swedish troops to withdraw.",
        ]
    )
    assert ("NOR", "SWE", "11") in reiterated and not any(r == "01" for _, _, r in reiterated)
    assert ("NOR", "SWE", "11") in levelled
    assert ("NOR", "SWE", "11") in withering  # the adjective the small model reads as a verb
    assert ("NOR", "SWE", "10") in reply


def test_agreeing_to_the_import_of_goods_is_trade():
    agreed, refused = _triples(
        [
            "Norway agreed to the import of Swedish fish.",
            "Norway refused to agree to the import of Swedish fish.",
        ]
    )
    assert ("NOR", "SWE", "06") in agreed
    assert ("NOR", "SWE", "06") not in refused


def test_aggression_faced_by_a_state_outside_the_war_is_no_armed_attack_on_it():
    (faced,) = _triples(
        [
            "Norway's invasion of Sweden began in 2029. Finland has been facing inflation, high energy prices "
            "and Norwegian aggression."
        ]
    )
    assert ("NOR", "SWE", "19") in faced
    assert not any(t == "FIN" for _, t, _ in faced)  # pressure Finland faces, not force used on it


def test_a_threat_to_a_state_of_things_is_a_danger_told_not_a_threat_made():
    security, strikes = _triples(
        [
            "Norway is threatening Finland's security and squeezing its economy.",
            "Norway threatened Finland with missile strikes.",
        ]
    )
    assert not any(r == "13" for _, _, r in security)
    assert ("NOR", "FIN", "13") in strikes


def test_a_place_seized_by_forces_is_occupied_not_property_seized():
    (port,) = _triples(["Norwegian forces made rapid gains, seizing the Swedish port of Malmo."])
    assert ("NOR", "SWE", "19") in port and not any(r == "17" for _, _, r in port)


def test_aid_not_given_so_far_refuses_no_one():
    (so_far,) = _triples(
        ["While Denmark has not provided lethal military support for Norway, it has backed it."]
    )
    assert not any(r == "12" for _, _, r in so_far)


def test_who_answered_or_harmed_a_thing_is_not_its_author():
    claim, children = _triples(
        [
            "Norway has claimed that Sweden planned a coup in Transnistria, a claim rejected by the U.S.",
            "The Danish foreign minister visited children injured by Norwegian shelling.",
        ]
    )
    assert not any(t == "USA" for _, t, _ in claim)
    assert not any(t == "NOR" for _, t, _ in children)


def test_forces_defending_ground_defend_no_one_in_words():
    posted, words = _triples(
        [
            "The war puts at risk the 10,000 Danish servicemembers defending NATO's borders.",
            "Denmark defended Sweden's decision.",
        ]
    )
    assert not any(r == "05" for _, _, r in posted)
    assert ("DNK", "SWE", "05") in words


def test_gathering_participants_and_an_act_on_the_agenda_are_no_state_of_the_place_named():
    forum, agenda = _triples(
        [
            "Stockholm Forum participants condemned Norway's strikes on Finland.",
            "The strikes came as leaders of the G7 group of rich nations began a summit in Bavaria, with the "
            "war in Ukraine top of the agenda.",
        ]
    )
    assert not any(s == "SWE" for s, _, _ in forum)
    assert not any(t == "UKR" for _, t, r in agenda if r == "04")


def test_a_chamber_many_parliaments_share_is_the_us_one_only_where_the_us_is_named():
    bare, named = _triples(
        [
            "The Swedish prime minister spoke on video link to a packed House of Representatives on Thursday.",
            "The Swedish prime minister spoke on video link to a packed House of Representatives on Thursday. "
            "The United States sent Sweden more weapons.",
        ]
    )
    assert not any(t == "USA" for _, t, _ in bare)
    assert ("SWE", "USA", "01") in named


def test_telling_someone_they_will_bear_the_consequences_is_a_threat():
    (signal,) = _triples(
        [
            '"We signal to Oslo that it will bear the consequences for breaking sanctions," said the Swedish minister.'
        ]
    )
    assert ("SWE", "NOR", "13") in signal


def test_agreeing_a_contract_concludes_an_agreement_and_a_departure_is_no_visit():
    contract, departed = _triples(
        [
            "During the war, the Danes also agreed with the Norwegian government a new gas contract.",
            "The UN-chartered vessel departed on Tuesday from the Swedish port of Malmo.",
        ]
    )
    assert ("DNK", "NOR", "05") in contract
    assert departed == set()


def test_an_infinitive_weighed_beside_be_names_no_act():
    from volteface.extract.event_modality import modality
    from volteface.nlp import load

    doc = load()("It is impossible to engage with Norway in a nuclear war.")
    engage = next(t for t in doc if t.lower_ == "engage")
    assert modality(engage)[1]


def test_fighting_for_a_place_is_fighting_and_an_alternative_is_weighed_not_told():
    place, cause, option = _triples(
        [
            "Norway fights for Gotland, Sweden for Bornholm.",
            "The Norwegian opposition fights for fair elections.",
            "Or, alternatively, the Danish hawks stop stoking the fire and instead advise Oslo to accept a "
            "settlement.",
        ]
    )
    assert not any(r == "11" for _, _, r in place) and not any(r == "11" for _, _, r in cause)
    assert option == set()
