"""Who said what: statements apart from beliefs and acts, the real speaker, and no speaker that cannot speak."""

from datetime import date

import pytest

from volteface.model import Article


@pytest.fixture(scope="module")
def quotes_of():
    from volteface.pipeline import Job, process_batch

    def read(text: str):
        [article] = process_batch([Article(id="t", text=text, date=date(2031, 5, 1))], Job(tasks=("quotes",)))
        return article.quotes

    return read


def test_acts_are_no_statements(quotes_of):
    quotes = quotes_of(
        "Valdoria launched strikes against parts of Ostrava. The fighting continued into the night."
    )
    assert [q for q in quotes if q.kind != "belief"] == []


def test_a_belief_is_kept_apart_from_statements(quotes_of):
    [quote] = quotes_of("Minister Anna Kowal believes that the talks will fail.")
    assert quote.kind == "belief" and quote.speaker == "Anna Kowal"


def test_negated_speech_is_no_statement(quotes_of):
    # (her decision to leave is her intention, a belief; nothing she said)
    quotes = quotes_of("Minister Anna Kowal has not explained her decision to leave the talks.")
    assert [q.kind for q in quotes] == ["belief"]


def test_he_said_goes_to_the_last_speaker_not_the_nearest_name(quotes_of):
    text = (
        "“We are ready to talk,” said Pavel Dorn, the Valdorian envoy. He spoke after meeting Maria Lindqvist.\n\n"
        "“Now I think that we have a chance,” he said."
    )
    quotes = quotes_of(text)
    last = [q for q in quotes if "we have a chance" in q.content]
    assert last and last[0].speaker == "Pavel Dorn" and last[0].kind == "direct"
    assert last[0].content == "Now I think that we have a chance"  # the words, not the cue or the marks


def test_a_town_does_not_speak(quotes_of):
    # a town the actor base does not know, found in the gazetteer
    assert [q.speaker for q in quotes_of("Tulsa said the water supply had failed.")] == []


def test_a_split_quotation_keeps_its_speaker_and_the_title_means_the_person(quotes_of):
    text = (
        "Valdorian President Ilse Marnen met the envoy on Monday.\n\n"
        "“There is no need for war,” the president said. “We will not send troops.”"
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Ilse Marnen", "Ilse Marnen"]
    assert quotes[1].content == "We will not send troops."


def test_an_unlisted_person_noun_speaks_but_a_place_noun_does_not(quotes_of):
    [quote] = quotes_of("The regional tax commissioner says an internal review found no leak.")
    assert quote.speaker == "The regional tax commissioner" and quote.speaker_actor is None
    assert quotes_of("The port city said the water supply had failed.") == ()


def test_the_military_added_means_the_military_named_before():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = (
        "Valdoria's military claims that Ostmark has lost 300 tanks. Ostmark denied it.\n\n"
        "“The threat of strikes remains,” the military added."
    )
    [article] = process_batch(
        [Article(id="m", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    quotes = [q for q in article.quotes if "threat of strikes" in q.content]
    assert quotes and "Valdoria" in quotes[0].speaker  # not Ostmark, the country last named


def test_the_texts_own_voice_is_nobodys_statement(quotes_of):
    assert [
        q
        for q in quotes_of("In their honour, we vow to never stop defending the harbour of Valdoria.")
        if q.kind != "belief"
    ] == []


def test_words_before_a_comma_cue_are_the_content_not_the_wires_byline(quotes_of):
    text = (
        "NORHAVEN, 3 May (VNA) – The harbour will reopen next week, Valdorian envoy Pavel Dorn said in an "
        "interview, VNA has learned."
    )
    [quote] = [q for q in quotes_of(text) if q.kind != "belief"]
    assert quote.content == "The harbour will reopen next week" and quote.speaker == "Pavel Dorn"


def test_an_honorific_of_the_other_gender_is_another_person(quotes_of):
    text = "Donald Trump spoke in Ohio on Monday. Mrs. Trump said the visit would be short."
    [quote] = [q for q in quotes_of(text) if "visit" in q.content]
    assert quote.speaker == "Mrs. Trump" and quote.speaker_actor is None


def test_a_statement_asked_for_is_not_made(quotes_of):
    quotes = quotes_of("The envoy Pavel Dorn called on Ostmark to deny the report about the harbour.")
    assert all(q.cue != "deny" for q in quotes)


def test_a_wire_relaying_an_attribution_is_not_a_statement_of_its_own(quotes_of):
    text = "The institute said the harbour would reopen next week, the Valdorian agency reports."
    speakers = [q.speaker for q in quotes_of(text) if q.kind != "belief"]
    assert speakers == ["The institute"]


def test_a_full_title_means_the_person_introduced_with_it_and_no_other(quotes_of):
    text = (
        "The head of the Harbour Office, Pavel Dorn, met the envoys. Minister of Defence Ilse Marnen was there. "
        "The Head of the Harbour Office stressed that the port must stay open. "
        "The Minister of Fisheries said the boats were ready."
    )
    speakers = {q.content: q.speaker for q in quotes_of(text) if q.kind != "belief"}
    assert speakers["that the port must stay open"] == "Pavel Dorn"
    assert (
        speakers["the boats were ready"] == "Minister of Fisheries"
    )  # not Ilse Marnen, minister of another thing


def test_furniture_reactions_and_the_bank_that_spoke(quotes_of):
    assert quotes_of("Source: Valdorian Press Agency, wires") == ()
    assert [
        q for q in quotes_of("Ostmark and its allies largely dismissed the plan.") if q.kind != "belief"
    ] == []
    text = (
        "Harbour Bank of Valdoria was fined on Monday. The Norhaven Herald reported the fine first. "
        "The bank said it had been reducing its business in Ostmark for years."
    )
    [quote] = [q for q in quotes_of(text) if "reducing" in q.content]
    assert "Herald" not in quote.speaker  # the bank named before, or the bank as written; never the newspaper


def test_a_statement_cue_after_the_words_reports_the_whole_sentence(quotes_of):
    text = "Valdoria expects the first ships to leave its ports “this week,” its harbour minister says."
    [quote] = [q for q in quotes_of(text) if q.kind != "belief"]
    assert quote.content.startswith("Valdoria expects the first ships") and quote.speaker.endswith("minister")


def test_a_person_folded_into_an_organisation_name_is_still_the_person(quotes_of):
    # the small model reads "Radio Zet Tomasz Wierzba" as one organisation; the first name and surname closing it
    # are a person, who is then "he"
    text = (
        "In the morning conversation Radio Zet Tomasz Wierzba was talking about the border with Ostrava. "
        'Mayor Leon Hart spoke after him. "The troops will stay there for a long time," he said.'
    )
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Tomasz Wierzba"
    text = 'In the morning programme of Radio Nord Eva-Maria Schultheis spoke about the port. "The ships will wait," she said.'
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Eva-Maria Schultheis"  # a first name in several pieces, whole


def test_a_newspaper_named_in_quotation_marks_is_the_newspaper_meant_later(quotes_of):
    text = (
        'On Monday the newspaper "Norhaven Tidende" wrote about the harbour of Valdoria. '
        "The newspaper from Norhaven reminds that the port was closed in May."
    )
    [quote] = [q for q in quotes_of(text) if "closed in May" in q.content]
    assert quote.speaker == "Norhaven Tidende"


def test_a_body_noun_with_a_name_in_it_is_that_body_not_one_named_before(quotes_of):
    text = (
        "The Harbour Authority of Valdoria said on Monday that the port was closed. "
        "The Nordia news agency reported that two ships had left the port."
    )
    [quote] = [q for q in quotes_of(text) if "two ships" in q.content]
    assert "Nordia" in quote.speaker


def test_the_report_speaks_for_the_body_that_published_it(quotes_of):
    text = (
        "The Norhaven Institute for Harbour Studies published its yearly assessment on Monday. "
        '"Traffic through the port will fall by half," the report said.'
    )
    [quote] = [q for q in quotes_of(text) if "fall by half" in q.content]
    assert "Institute for Harbour Studies" in quote.speaker
    # a report described where it stands is not resolved to an author
    text = "Pavel Dorn spoke on Monday. The report by the harbour office said the port would close."
    [quote] = [q for q in quotes_of(text) if "would close" in q.content]
    assert quote.speaker.startswith("The report")


def test_they_continues_an_unnamed_group(quotes_of):
    text = (
        '"The harbour will stay closed," the organizers said in a statement. '
        '"Ships will be sent to Ostrava instead," they added.'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["the organizers", "the organizers"]


def test_it_means_the_subject_before_not_a_body_named_in_passing_nor_a_document():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = (
        "Valdoria is a big buyer of grain from Ostmark. It has abstained from votes on UN resolutions condemning "
        "the blockade, including one held at the UN General Assembly last week. It has also defended its trade "
        "with Ostmark, saying it must feed its people."
    )
    [article] = process_batch(
        [Article(id="i", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    [quote] = [q for q in article.quotes if "feed its people" in q.content]
    assert quote.speaker == "Valdoria"


def test_the_inverted_subject_after_said_is_the_source(quotes_of):
    text = (
        '"The important thing is that Valdoria is wary of what it calls contact warfare," that is, troops '
        "fighting each other on the ground, said Pavel Dorn, an analyst with the Norhaven Institute."
    )
    [quote] = [q for q in quotes_of(text) if "contact warfare" in q.content]
    assert quote.speaker == "Pavel Dorn"


def test_sources_joined_by_and_speak_together():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = "Ostmark calls the vote a referendum. Valdoria and the West say the vote was a sham."
    [article] = process_batch(
        [Article(id="j", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    [quote] = [q for q in article.quotes if "sham" in q.content]
    assert quote.speaker == "Valdoria and West" and quote.speaker_actor == "VAL"


def test_an_acronym_speaks_by_the_name_spelled_out_for_it(quotes_of):
    text = (
        "The Norhaven Centre for Harbour Studies (NCHS) published a study on Monday.\n\n"
        "NCHS said that traffic through the port would fall by half."
    )
    [quote] = [q for q in quotes_of(text) if "fall by half" in q.content]
    assert quote.speaker == "Norhaven Centre for Harbour Studies (NCHS)"


def test_the_spokesman_is_the_unnamed_spokesman_who_spoke_before(quotes_of):
    text = (
        '"The road will stay closed," said a spokesman for the Norhaven police. Officer Pavel Dorn was also at '
        "the scene. The spokesman added that two people were hurt."
    )
    [quote] = [q for q in quotes_of(text) if "hurt" in q.content]
    assert quote.speaker == "a spokesman for the Norhaven police"


def test_a_name_after_a_stray_quotation_mark_is_still_a_source():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    # the mark before "the Norhaven Times" is never closed: the one before "quiet" opens a quotation of its own
    text = (
        'Valdoria sold Ostmark drones worth over $ 12 million, "the Norhaven Times said.According to the journal, '
        'this shows "quiet cooperation" between the two countries.'
    )
    [article] = process_batch(
        [Article(id="s", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    [quote] = [q for q in article.quotes if "cooperation" in q.content]
    assert "Norhaven Times" in quote.speaker


def test_a_title_before_the_name_means_the_person_named_next(quotes_of):
    # a lede's title, the name opening the next paragraph
    text = (
        "The mayor of Norhaven has said the port cannot reopen before June.\n\n"
        "Pavel Dorn, writing in the Norhaven Herald, also said that the ships must wait."
    )
    [quote] = [q for q in quotes_of(text) if "June" in q.content]
    assert quote.speaker == "Pavel Dorn"
    # among several ministers named later, the one introduced with the same modifiers
    text = (
        "A corridor has been agreed for the evacuation of the port, according to the Valdorian Deputy Prime "
        "Minister.\n\nOstmark Foreign Minister Tomas Berg said the talks would go on. Valdorian Deputy Prime "
        "Minister Ilse Marnen said on Wednesday that a corridor had been agreed."
    )
    [quote] = [q for q in quotes_of(text) if q.cue == "according to"]
    assert quote.speaker == "Ilse Marnen"
    # a source introduced by description, named in the next sentence with the same title
    text = (
        "As the war drags on, one Valdorian commander tells reporters the plan could mean trouble in the ranks.\n\n"
        '"There will be huge problems," Valdorian commander in the Harbour Regiment, Pavel Dorn, said.'
    )
    [quote] = [q for q in quotes_of(text) if "trouble" in q.content]
    assert quote.speaker == "Pavel Dorn"


def test_the_report_again_is_the_same_report_and_two_bodies_are_the_offices(quotes_of):
    text = (
        "The congressional report said hackers had entered twelve computers of the Norhaven Harbour Authority. "
        "The Norhaven Harbour Authority said on Monday that it had found the leak. "
        "The report said the leak was hidden for a year."
    )
    [quote] = [q for q in quotes_of(text) if "hidden" in q.content]
    assert (
        quote.speaker == "The report"
    )  # the congressional report again, not the authority that spoke between
    text = (
        "The Norhaven Harbour Authority and the Valdorian Port Office said they had followed every rule. "
        "The offices declined to give details, saying they could not discuss the case."
    )
    [quote] = [q for q in quotes_of(text) if "discuss" in q.content]
    assert quote.speaker == "Norhaven Harbour Authority and Valdorian Port Office"


def test_a_quoted_title_that_names_no_outlet_is_no_source(quotes_of):
    text = 'Our Harbour Fund launched a radio advert titled "Scam" on Saturday. It says the port is run by thieves.'
    assert all(q.speaker != "Scam" for q in quotes_of(text))


def test_the_government_is_the_government_of_the_country_just_named():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = (
        "Ostmark remains a firm supporter of Valdoria. "
        "The government announced on Monday that it would send ships to the harbour."
    )
    [article] = process_batch(
        [Article(id="g", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    [quote] = [q for q in article.quotes if "send ships" in q.content]
    assert quote.speaker == "Ostmark government" and quote.speaker_actor == "OST"


def test_a_claim_noun_with_its_clause_is_the_claimants_statement(quotes_of):
    quotes = quotes_of(
        "Reporters checked Senator Ivo Marek's claim that the port had closed twice this year."
    )
    said = [q for q in quotes if q.cue == "claim"]
    assert said and said[0].speaker == "Ivo Marek" and said[0].kind == "indirect"
    assert said[0].content.startswith("that the port had closed")


def test_a_mind_adjective_on_a_source_is_a_belief(quotes_of):
    quotes = quotes_of("Mayor Lena Strand is confident that the new bridge will open in June.")
    assert [(q.kind, q.speaker) for q in quotes] == [("belief", "Lena Strand")]


def test_by_saying_goes_to_the_subject_of_the_main_verb(quotes_of):
    quotes = quotes_of(
        "Governor Ruth Okafor responded to the critics by saying that the budget was balanced."
    )
    said = [q for q in quotes if q.cue == "saying"]
    assert said and said[0].speaker == "Ruth Okafor" and said[0].kind == "indirect"


def test_criticised_for_saying_is_not_the_critics_statement(quotes_of):
    quotes = quotes_of("Senator Omar Lind criticised the mayor for saying that the budget was balanced.")
    assert not [q for q in quotes if q.cue == "saying" and q.speaker == "Omar Lind"]


def test_a_question_asked_is_a_statement_of_the_asker(quotes_of):
    quotes = quotes_of("“Where did the money go?” Senator Ana Graham asked.")
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "Ana Graham", "asked")]


def test_the_journalists_question_is_no_statement(quotes_of):
    quotes = quotes_of(
        "“How do you see the talks?” the journalists asked Minister Ana Graham.\n\n"
        "“I see no progress,” she said."
    )
    assert [q.cue for q in quotes] == ["said"]


def test_a_speech_verb_whose_object_names_what_was_said(quotes_of):
    quotes = quotes_of("In her memoir, Senator Vera Holm noted the long delays at the border crossing.")
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Vera Holm", "noted")]


def test_a_polls_share_speaks_as_a_group(quotes_of):
    quotes = quotes_of("In the new survey, 61 percent of voters said the tunnel should be finished.")
    said = [q for q in quotes if q.cue == "said"]
    assert said and said[0].speaker.startswith("61 percent")


def test_people_named_by_their_tie_can_speak(quotes_of):
    quotes = quotes_of("The family said the inquiry had been too slow.")
    assert [(q.speaker, q.cue) for q in quotes] == [("The family", "said")]


def test_a_surname_given_in_full_is_the_person_whatever_the_tagger_says(quotes_of):
    quotes = quotes_of("Judge Oren Dayton ruled on Monday. Dayton wrote that the records would stay sealed.")
    wrote = [q for q in quotes if q.cue == "wrote"]
    assert wrote and wrote[0].speaker == "Oren Dayton"


def test_a_transcript_line_keeps_its_speaker_around_a_report_inside(quotes_of):
    text = (
        "Partial transcript:\n\nMORROW: Good evening. After the council announced that it was closing the old "
        "bridge, many drivers were angry about the long detours, and we want to know what comes next.\n\n"
        "LINDQVIST: The new bridge will open in June."
    )
    quotes = quotes_of(text)
    assert any(q.speaker == "MORROW" and q.content.startswith("Good evening") for q in quotes)


def test_a_speech_verb_with_only_its_topic_is_no_statement(quotes_of):
    """ "complained about the microphone" tells a topic, not what was said: no record (an analyst's statement
    needs its words or its gist)."""
    assert quotes_of("Senator Omar Lind complained about the broken microphone after the debate.") == ()


def test_an_attack_in_a_speech_is_a_statement_an_attack_in_arms_is_not(quotes_of):
    quotes = quotes_of("In a campaign speech, Rosa Dalton attacked the tax plan of the governor.")
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Rosa Dalton", "attacked")]
    assert quotes_of("The rebels attacked the village of Ostrava at dawn.") == ()


def test_a_cue_closing_its_paragraph_with_a_colon_opens_a_block_quotation(quotes_of):
    text = (
        "The rally was loud. The governor of Valdoria, Ivo Marek, added:\n\n"
        "It is typical of the council. They know nothing about the bridge.\n\nThen he left."
    )
    quotes = quotes_of(text)
    added = [q for q in quotes if q.cue == "added"]
    assert added and added[0].speaker == "Ivo Marek" and added[0].content.startswith("It is typical")


def test_the_agent_of_a_passive_attitude_holds_it(quotes_of):
    quotes = quotes_of("The mayor has been endorsed by the Valdorian Teachers Union.")
    assert [(q.kind, q.speaker, q.content) for q in quotes] == [
        ("belief", "Valdorian Teachers Union", "The mayor")
    ]


def test_a_source_the_resolver_reads_can_carry_an_object_cue(quotes_of):
    quotes = quotes_of(
        "The Republican nominee also outlined his housing plan and vowed to cut the tax on homes."
    )
    vowed = [q for q in quotes if q.cue == "vowed"]
    assert vowed and vowed[0].content.startswith("to cut the tax")


def test_the_passive_subject_of_an_object_cue_is_not_its_source(quotes_of):
    quotes = quotes_of("Mayor Lena Strand was criticised for the slow repairs of the bridge.")
    assert not [q for q in quotes if q.speaker == "Lena Strand"]


def test_calculating_is_a_thought_and_a_name_colon_line_is_the_named_persons(quotes_of):
    quotes = quotes_of(
        "Ana Kovac: the minister most likely calculates that time works in his favour\n\n"
        "The analyst spoke at a forum."
    )
    statements = [q for q in quotes if q.kind != "belief"]
    assert [(q.speaker, q.content) for q in statements] == [
        ("Ana Kovac", "the minister most likely calculates that time works in his favour")
    ]
    assert all(q.kind == "belief" for q in quotes if q.cue and q.cue.startswith("calculate"))


def test_a_transcript_speaker_in_capitals_is_the_person_the_article_names(quotes_of):
    quotes = quotes_of(
        "Ruritanian President Ana Kovac met the press on Monday.\n\n"
        "KOVAC: We must create the conditions needed to restore the room for talks.\n\nShe left."
    )
    assert [(q.speaker, q.speaker_actor) for q in quotes if q.cue == ":"] == [
        ("Ana Kovac", "person:ana-kovac")
    ]


def test_a_gloss_after_a_dash_is_not_what_was_pledged(quotes_of):
    quotes = quotes_of(
        "The Valdorian ministers also pledged to “deepen cooperation” on training and “jointly preventing unrest” – a "
        "reference to movements the ministers allege are backed by foreign donors."
    )
    pledged = [q for q in quotes if q.cue == "pledged"]
    assert [q.content[:22] for q in pledged] == ["to “deepen cooperation"]


def test_a_kicker_before_the_speaker_is_not_the_speaker(quotes_of):
    text = (
        "Savers were unsure if they could help until their own affairs were sorted out.\n\n"
        "THE BORROWING Back when she wrote her book, Ms. Ilse Varga said that she considered debt a last resort."
    )
    quotes = [q for q in quotes_of(text) if "last resort" in q.content]
    assert quotes and quotes[0].speaker == "Ilse Varga"


def test_a_fronted_infinitive_of_saying_has_no_speaker(quotes_of):
    assert quotes_of("To say that the conditions in Ostrava are hard, it is like saying nothing.") == ()


def test_an_institution_belongs_to_the_actor_named_in_front_of_it(quotes_of):
    text = (
        "Valdoria needs help. The Biden Administration announced on Wednesday that it will send aid to Valdoria. "
        "A British citizen has been killed, the Foreign Office has confirmed."
    )
    speakers = {q.speaker: q.speaker_actor for q in quotes_of(text)}
    assert speakers.get("Biden Administration") == "USAGOV" and speakers.get("Foreign Office") == "GBRGOV"


def test_a_first_name_the_tagger_split_from_its_surname_keeps_its_person():
    from volteface.pipeline import Job, process_batch

    [article] = process_batch(
        [Article(id="t", text="First Lady Melania Trump Visits A School In Ohio", date=date(2026, 3, 12))],
        Job(tasks=("quotes",)),
    )
    assert {m.actor_id for m in article.mentions} == {"melania-trump"}  # "Trump" alone is not her husband


def test_a_naming_ends_at_its_label_and_an_avoided_or_anaphoric_saying_is_none(quotes_of):
    named = [
        q
        for q in quotes_of(
            "The Valdorian premier called Orlov “the war criminal of Ostrava” in his "
            "strongest condemnation yet."
        )
        if q.cue == "called"
    ]
    assert named and "condemnation" not in named[0].content
    urged = quotes_of("The union is urging foreign media to avoid calling it a crisis.")
    assert [q.cue for q in urged] == ["urging"]  # the union's appeal; the calling is avoided, nobody's words
    assert [
        q
        for q in quotes_of("Valdoria accepted the ultimatum and publicly announced the change that day.")
        if q.kind != "belief"
    ] == []


def test_a_causal_as_clause_is_no_attribution_frame(quotes_of):
    quotes = quotes_of("It is also necessary to widen the sanctions, as many Valdorians support the war.")
    assert not any("necessary" in q.content for q in quotes)  # "as" gives a reason, not a source


def test_a_statement_by_a_pronoun_nobody_stands_for_is_left_out(quotes_of):
    assert [
        q
        for q in quotes_of("She later said she did not feel safe at the news conference.")
        if q.kind != "belief"
    ] == []


def test_another_first_name_with_the_same_surname_is_another_person(quotes_of):
    text = (
        "Karl Brenner met the envoy on Tuesday. Mira Brenner also took part in the meeting, saying: “We are "
        "grateful for every day of support.”"
    )
    assert [(q.speaker, q.speaker_actor) for q in quotes_of(text)] == [
        ("Mira Brenner", "person:mira-brenner")
    ]


def test_a_firm_named_in_apposition_is_not_its_chairman(quotes_of):
    [quote] = quotes_of(
        "Earlier this month, the chairman of the Valdorian metals firm Orlak called for an impartial "
        "investigation into the shelling."
    )
    assert quote.speaker.startswith("the chairman") and not (quote.speaker_actor or "").startswith("person:")


def test_the_journalists_gloss_after_a_dash_is_not_the_reported_words(quotes_of):
    [quote] = quotes_of(
        "Minister Ilse Varga warned that other states may follow the invader unless the world acts "
        "now – in a clear reference to Norland, which has so far stayed silent."
    )
    assert quote.content.endswith("unless the world acts now")


def test_the_former_holder_of_a_title_is_not_the_one_in_office(quotes_of):
    text = (
        "Former President Karl Brenner spoke in Ohio. President Ilse Varga met troops on Monday. Speaking on "
        "Thursday evening, the former president suggested that aid could be replaced by talks."
    )
    assert [q.speaker for q in quotes_of(text) if "replaced" in q.content] == ["Karl Brenner"]


def test_an_it_opening_a_sentence_continues_the_subject_before(quotes_of):
    # a paraphrase of January 2022 reporting: Britain, not the nearest name, threatens
    text = "Britain - like other western powers - is sending help to Ukraine. It is threatening sanctions against Russia."
    assert [q.speaker_actor for q in quotes_of(text) if "sanctions" in q.content] == ["GBR"]


def test_what_someone_is_advised_to_accept_is_not_their_attitude(quotes_of):
    quotes = quotes_of(
        "Instead, hawks should advise Valdoria to accept a negotiated settlement with Ostravia."
    )
    assert not any(q.speaker == "Valdoria" for q in quotes)


def test_what_some_people_will_say_is_the_writers_device(quotes_of):
    assert quotes_of("Some people will say that Valdoria cannot simply tell its allies what to do.") == ()


def test_an_attribution_line_is_not_what_was_said(quotes_of):
    text = "According to Valdoria Today, the ministry said this in a statement published on its website."
    assert quotes_of(text) == ()
    [quote] = quotes_of("The minister said this week that talks would resume.")
    assert quote.content == "that talks would resume"


def test_a_quotation_left_open_at_a_paragraph_end_runs_on_into_the_next(quotes_of):
    # news style: the mark stays open at the end of a paragraph when the same speaker goes on in the next one
    text = (
        "Colonel Pavel Dorn leads the Valdorian border brigade.\n\n"
        "“Our conscripts have never seen a battle,” he told the paper. “They have no reason to fight.\n\n"
        "“No bonus will make them cross the river,” he added."
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.content) for q in quotes] == [
        ("Pavel Dorn", "Our conscripts have never seen a battle"),
        ("Pavel Dorn", "They have no reason to fight."),
        ("Pavel Dorn", "No bonus will make them cross the river"),
    ]


def test_a_quotation_left_open_runs_on_in_the_next_paragraph_as_one_record(quotes_of):
    # with no cue of its own, the paragraph that opens with a mark goes on with the words left open (one record);
    # a quotation closed before it is another record of the same speaker, as is a sentence after the cue
    left_open = (
        "Colonel Pavel Dorn leads the Valdorian border brigade.\n\n"
        "“Our conscripts have never seen a battle,” he told the paper. “They have no reason to fight.\n\n"
        "“No bonus will make them cross the river. They will stay home.”"
    )
    assert [(q.speaker, q.content) for q in quotes_of(left_open)] == [
        ("Pavel Dorn", "Our conscripts have never seen a battle"),
        (
            "Pavel Dorn",
            "They have no reason to fight.\n\n“No bonus will make them cross the river. They will stay home.",
        ),
    ]
    closed = left_open.replace("fight.\n\n", "fight.”\n\n")
    assert [q.content for q in quotes_of(closed)] == [
        "Our conscripts have never seen a battle",
        "They have no reason to fight.",
        "No bonus will make them cross the river. They will stay home.",
    ]


def test_a_cue_set_inside_the_reported_clause_is_inside_its_record(quotes_of):
    # "X, she said, Y": the words on both sides of the cue are one reported clause, one contiguous record
    [quote] = quotes_of(
        "Mayor Lena Strand visited the site on Monday. The bridge, she said, will open in June."
    )
    assert (quote.speaker, quote.content) == ("Lena Strand", "The bridge, she said, will open in June")
    [quote] = quotes_of("In the spring, the mayor said, the old ferry will stop running.")
    assert quote.content == "In the spring, the mayor said, the old ferry will stop running"


def test_words_fronted_before_a_cue_belong_to_the_clause_after_it(quotes_of):
    # "If …, she said, the harbour will close": the condition alone is not what she said; the clause wraps round
    quotes = quotes_of(
        "Mayor Lena Strand spoke on Monday. If the storm comes, she said, the harbour will close for a week. "
        "To avoid delays, she said, the builders should start in May."
    )
    assert [q.content for q in quotes] == [
        "If the storm comes, she said, the harbour will close for a week",
        "To avoid delays, she said, the builders should start in May",
    ]


def test_a_named_speaker_keeps_their_name_whatever_name_closes_their_title(quotes_of):
    # "head of the office of the President, <name>": the second name is the president's, not the speaker's
    text = (
        "“Ostrava joins the visa ban,” Mira Holt, head of the office of the President of Valdoria, "
        "Pavel Dorn, wrote on Monday. “The ban is coming,” she added."
    )
    assert {q.speaker for q in quotes_of(text)} == {"Mira Holt"}


def test_who_was_told_did_not_speak(quotes_of):
    # the subject of a passive "told" heard the words; with no one named as their source, no speaker is given
    quotes = quotes_of("When the war began, the Valdorians were told they faced a choice between two evils.")
    assert [q for q in quotes if q.kind != "belief"] == []


def test_anothers_words_and_the_journalists_inference_are_not_in_the_reported_clause(quotes_of):
    quotes = quotes_of(
        "Local officials said nobody was hurt in the blast, with Governor Mira Holt writing online that the staff "
        "had hidden in a cellar. The Valdorian ministry said its troops were there to guard the border, "
        "suggesting they would not leave soon."
    )
    said = {q.speaker: q.content for q in quotes if q.kind != "belief"}
    assert said["Local officials"] == "nobody was hurt in the blast"
    assert said["Mira Holt"] == "that the staff had hidden in a cellar"
    assert said["Valdorian ministry"].endswith("to guard the border")  # "suggesting …" is no one's words
    assert len(said) == 3


def test_whom_a_speaker_told_is_not_part_of_what_was_said(quotes_of):
    [quote] = quotes_of("Minister Anna Kowal told reporters on Monday that the border would stay open.")
    assert quote.content == "that the border would stay open"


def test_an_inference_the_parser_joins_to_the_clauses_last_verb_is_still_the_journalists(quotes_of):
    [quote] = quotes_of(
        "President Mira Holt said Wednesday she supported a proposal from the council speaker, Tom Berg, to "
        "provide about $61 billion in aid for Ostrava, signaling bipartisan support for the precarious funding bill."
    )
    assert quote.content.endswith("in aid for Ostrava")


def test_a_wire_dateline_is_where_the_story_was_filed_not_who_spoke(quotes_of):
    [filed] = quotes_of(
        "VELGRAD, 26 September (ValNews) – Foreign Minister of Valdoria Tomas Reyk said he was rather "
        "pessimistic about the talks."
    )
    [short] = quotes_of("OSTRAVA, Feb 3 (Wire) - Valdoria said on Monday it had repelled an attack.")
    assert filed.speaker.endswith("Tomas Reyk") and short.speaker == "Valdoria"


def test_a_byline_is_no_statement(quotes_of):
    quotes = quotes_of("Police were called to the scene.\n\nAuthor: Jan Kowal / Source: Evening News")
    assert quotes == ()


def test_words_announced_for_later_are_not_yet_a_statement(quotes_of):
    quotes = quotes_of(
        "In an address on Tuesday, the army chief, General Tom Brandt, is set to say that the forces must be "
        "ready. The minister will say that the budget is fine."
    )
    assert quotes and all(q.kind == "belief" for q in quotes)


def test_a_dialogue_dash_cue_does_not_also_claim_the_sentence_before(quotes_of):
    [quote] = quotes_of(
        "The ministry is to present a draft of sanctions for the event of an invasion.- The oligarchs will have "
        "nowhere to hide - said the minister Ann Bell on Sunday."
    )
    assert quote.content == "The oligarchs will have nowhere to hide"


def test_a_title_with_a_nationality_never_means_a_person_of_another_country(quotes_of):
    quotes = quotes_of(
        "The United States is afraid of an assault on Ostrava - said American secretary of state Tom Berg in a "
        "telephone conversation with the head of the Russian Ministry of Foreign Affairs Ivan Petrov. The Russian "
        "minister once again assured that Moscow is not going to attack anyone."
    )
    assured = next(q for q in quotes if q.cue == "assured")
    assert assured.speaker != "Tom Berg"


def test_hopes_are_beliefs_though_the_small_model_reads_hop(quotes_of):
    quotes = quotes_of(
        "Mayor Lena Strand hopes to open the new bridge in June. She is hoping that the rain stops."
    )
    assert [(q.kind, q.cue) for q in quotes] == [("belief", "hopes"), ("belief", "hoping")]
    assert quotes[0].content == "to open the new bridge in June" and quotes[1].speaker == "Lena Strand"


def test_according_to_at_the_head_of_a_sentence_the_parser_misreads(quotes_of):
    [quote] = quotes_of("According to radio host Rick Dalmore, the move reeks of “fear” and desperation.")
    assert quote.speaker == "Rick Dalmore" and quote.kind != "belief"
    assert quote.content == "the move reeks of “fear” and desperation"


def test_according_to_a_noun_phrase_the_parser_reads_as_a_verb(quotes_of):
    [quote] = quotes_of(
        "As a television boss, Tom Berg repeatedly demeaned women with sexist language, according to show insiders."
    )
    assert quote.speaker == "insiders" and quote.content.endswith("with sexist language")


def test_an_attitude_toward_one_name_and_a_turning_down_are_beliefs(quotes_of):
    endorsed, rejected = quotes_of(
        "The teachers union has endorsed Berg. Judge Ana Kell rejected the request to unseal the file in 2030."
    )
    assert (endorsed.kind, endorsed.speaker, endorsed.content) == ("belief", "The teachers union", "Berg")
    assert (rejected.kind, rejected.speaker) == ("belief", "Ana Kell")
    assert rejected.content.startswith("the request to unseal the file")
    # a turning down with no object names nothing turned down
    assert quotes_of("The plan was rejected in 2030 .") == ()


def test_speaking_of_a_subject_is_a_belief_not_a_statement(quotes_of):
    of, against = quotes_of(
        "Tom Berg spoke of the legacy of the war. Mayor Lena Strand spoke out against the ban on Tuesday."
    )
    assert (of.kind, of.cue, of.content) == ("belief", "spoke of", "the legacy of the war")
    assert (against.kind, against.speaker) == (
        "belief",
        "Lena Strand",
    ) and "against the ban" in against.content
    assert quotes_of("Anna Kowal spoke to reporters in Kyiv.") == ()


def test_a_person_attacking_a_person_or_a_party_is_an_attitude_but_not_an_armed_attack(quotes_of):
    [quote] = quotes_of("Anna Kowal met Tom Berg on Monday. She attacked him for his record on taxes.")
    assert (quote.kind, quote.speaker, quote.content) == (
        "belief",
        "Anna Kowal",
        "him for his record on taxes",
    )
    assert quotes_of("Valdorian forces attacked Ostrava overnight.") == ()
    assert quotes_of("A man attacked Anna Kowal with a knife on Tuesday.") == ()


def test_a_negated_mind_is_a_belief_with_its_negation_but_a_negated_saying_is_nothing(quotes_of):
    [quote] = quotes_of("Senator Lena Strand doesn't think the talks will succeed.")
    assert (quote.kind, quote.cue, quote.content) == ("belief", "doesn't think", "the talks will succeed")
    assert quotes_of("Anna Kowal did not say that the talks had failed.") == ()


def test_a_negated_attitude_turns_the_side_over():
    from volteface.extract.quotes import cue_side

    assert cue_side("does not support") == -1 and cue_side("supports") == 1
    assert cue_side("did not reject") == 1 and cue_side("rejected") == -1


def test_an_attitude_does_not_take_the_words_of_a_statement_inside_it(quotes_of):
    quotes = quotes_of(
        "Tom Berg did not address the posts in which he called Mayor Lena Strand a “disgrace.”"
    )
    assert [(q.kind, q.cue) for q in quotes if q.kind != "belief"] == [("mixed", "called")]


def test_casting_a_ballot_is_no_attitude(quotes_of):
    assert quotes_of("Thousands of voters in Ostrava have not cast a ballot since 2028.") == ()
    [quote] = quotes_of("Tom Berg cast Mayor Lena Strand as a friend of the developers.")
    assert quote.kind == "belief" and quote.speaker == "Tom Berg"


def test_a_city_the_tagger_takes_for_a_person_is_no_ones_antecedent(quotes_of):
    quotes = quotes_of(
        "The scenario of an attack on Kiev or eastern Ukraine is less likely at this stage, the guest of the "
        "programme was told.\n\n- It is in the Russian interest to maintain uncertainty - he said."
    )
    assert "Kiev" not in {q.speaker for q in quotes}


def test_denying_someone_a_thing_is_withholding_it_not_saying_anything(quotes_of):
    quotes = quotes_of(
        "Valdorian forces pushed back the attackers and denied President Kern one of his key war aims. "
        "Ostmark denied that it had moved troops."
    )
    assert [q.speaker for q in quotes if q.kind != "belief"] == ["Ostmark"]


def test_an_inverted_cue_after_a_dash_names_its_speaker_and_is_not_itself_a_statement(quotes_of):
    quotes = quotes_of(
        '"Cooperation in energy and finance was extended, given the global situation" - announced the Kremlin '
        "in a statement after the call, according to Reuters."
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Kremlin", "announced")]


def test_a_share_of_those_polled_speaks(quotes_of):
    text = (
        "A poll of 900 voters in Valdoria came out on Monday. Six in 10 say the tax is unfair. "
        "Nearly half said they prefer a new candidate. A third said the economy was their top issue."
    )
    speakers = [q.speaker for q in quotes_of(text) if q.kind != "belief"]
    assert speakers == ["Six in 10", "Nearly half", "A third"]


def test_according_to_a_loose_name_and_to_both_halves(quotes_of):
    [quote] = quotes_of("Kowal won 37 percent and Berg took 13 percent, according to the results.")
    assert quote.speaker == "the results" and quote.content == "Kowal won 37 percent and Berg took 13 percent"


def test_a_decision_is_an_intention(quotes_of):
    [quote] = quotes_of("Senator Oskar Brandt decided not to enter the race for governor.")
    assert quote.kind == "belief" and quote.content == "not to enter the race for governor"


def test_a_second_object_misread_as_a_verb_is_said_too(quotes_of):
    [quote] = quotes_of(
        "Governor Ilse Marnen has mentioned refinancing student loans and forcing colleges to spend more."
    )
    assert quote.content == "refinancing student loans and forcing colleges to spend more"
    [quote] = quotes_of(
        "Judge Pavel Dorn spoke of the court's history, and how the fight for justice went on."
    )
    assert quote.content.endswith("how the fight for justice went on")


def test_advocates_speak(quotes_of):
    [quote] = quotes_of("Housing advocates said the new rule would push families out of the city.")
    assert quote.speaker == "Housing advocates" and quote.kind == "indirect"


def test_an_attitude_noun_with_its_holder_is_a_belief(quotes_of):
    quotes = quotes_of(
        "Mayor Lena Strand's support for the new bridge surprised the council. "
        "Governor Ivo Marek's determination to close the port angered the unions."
    )
    held = {(q.kind, q.speaker, q.cue, q.content) for q in quotes}
    assert ("belief", "Lena Strand", "support", "the new bridge") in held
    assert ("belief", "Ivo Marek", "determination", "to close the port") in held
    assert [q for q in quotes if q.kind != "belief"] == []


def test_an_attitude_noun_needs_a_holder_who_can_hold_it(quotes_of):
    # a place's or a thing's "support" is no one's attitude; "its" stands for a body too loosely to guess
    quotes = quotes_of(
        "The bridge's support for the road was tested. The union said the plan was late. "
        "Its support for the strike grew."
    )
    assert [q for q in quotes if q.cue == "support"] == []


def test_an_attitude_nouns_holder_is_no_speaker_for_a_later_pronoun(quotes_of):
    text = (
        "Pavel Dorn, the Valdorian envoy, said the talks would resume. Anna Kowal's support for the talks is known. "
        "“We are ready,” he added."
    )
    [added] = [q for q in quotes_of(text) if q.cue == "added"]
    assert added.speaker == "Pavel Dorn"


def test_a_body_its_own_phrase_names_is_that_body_not_the_one_named_before(quotes_of):
    [quote] = quotes_of(
        "The Swedish embassy closed on Monday. The Norwegian government says there is no technical reason for "
        "the halt."
    )
    assert quote.speaker_actor == "NORGOV"  # not the Swedish one the "the government" lookback would find


def test_an_as_clause_does_not_take_the_words_of_a_speaker_of_their_own(quotes_of):
    quotes = quotes_of(
        "Minister Anna Kowal emphasized the inadmissibility of freezing the conflict or forcing Ostrava to an "
        "unjust peace, as some have demanded."
    )
    assert not any(q.speaker == "some" for q in quotes)
    assert any(q.speaker == "Anna Kowal" and q.cue == "emphasized" for q in quotes)


def test_a_page_label_in_capitals_is_not_part_of_a_line_speaker(quotes_of):
    [quote] = quotes_of("WATCH VIDEO Brzęk-Kowal: The rulers are still in the Middle Ages.")
    assert quote.speaker == "Brzęk-Kowal"


def test_an_aside_closed_by_a_second_dash_keeps_the_clause_the_cue_reports(quotes_of):
    [parenthesis] = quotes_of(
        "The ministry announced – in a statement on Tuesday – that troops would withdraw."
    )
    assert parenthesis.content == "that troops would withdraw"


def test_reported_words_resume_after_an_aside_closed_by_a_second_dash(quotes_of):
    [quote] = quotes_of(
        "The Ostmark government argues that it is Valdoria's support for the rebels -- including weapons "
        "supplies and training -- that constitutes a growing threat on its border."
    )
    assert quote.content.endswith("-- that constitutes a growing threat on its border")


def test_a_term_in_quotation_marks_before_a_dash_and_names_is_no_statement(quotes_of):
    quotes = quotes_of(
        "They could have followed the pattern set during the war by the “Great Three Men” – Dorn, Lindqvist, "
        "and Kowal, who forged arrangements."
    )
    assert quotes == ()


def test_one_of_several_who_may_hold_a_title_is_not_the_office_holder(quotes_of):
    [quote] = quotes_of("Talks on the budget will resume next week, a UK defence minister has said.")
    assert quote.speaker_actor == "GBRGOV" and quote.speaker == "a UK defence minister"


def test_words_said_before_and_relayed_after_are_the_sayers(quotes_of):
    quotes = quotes_of(
        "Minister Anna Kowal said that “the campaign launched by Valdoria pursues provocative goals”, the "
        "Ostravan foreign ministry reported."
    )
    assert [q.speaker for q in quotes if q.kind != "belief"] == ["Anna Kowal"]


def test_figures_speak_through_whoever_made_them_not_whoever_saw_them(quotes_of):
    [made] = quotes_of(
        "Ostrava's chip imports jumped to $500 million in 2022, according to customs data analysed by the Free "
        "Valdoria Foundation, a research group."
    )
    assert made.speaker == "Free Valdoria Foundation"
    [seen] = quotes_of(
        "According to a government document reviewed by the Daily Courier, the ministry plans a course."
    )
    assert seen.speaker != "Daily Courier"


def test_he_after_a_title_of_one_country_is_not_the_most_named_person_of_another(quotes_of):
    quotes = quotes_of(
        "Vladimir Putin met the envoy on Monday. Putin visited Minsk on Tuesday. Putin returned to Moscow on "
        "Wednesday.\n\nThe Serbian minister said that both sides must give ground. He also said that the talks "
        "would continue."
    )
    assert [q.speaker for q in quotes] == ["Serbian minister", "Serbian minister"]


def test_an_it_standing_for_a_clause_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "Ostrava has lost many soldiers. It is important to know that the unit was shelled at night. It is hard "
        "to say how many soldiers are on the border. It remains critical that the allies sign off on the loans."
    )
    assert quotes == ()


def test_a_document_sent_out_speaks_for_its_sender(quotes_of):
    [letter] = quotes_of("Senator Pavel Dorn sent a letter demanding that the agency release the files.")
    assert letter.speaker == "Pavel Dorn" and letter.content == "that the agency release the files"
    [statement] = quotes_of("Pavel Dorn issued a statement calling on the government to resign.")
    assert statement.speaker == "Pavel Dorn"


def test_lives_claimed_are_taken_not_said(quotes_of):
    assert quotes_of("Russia's aggression claimed about 14,000 lives in the east.") == ()
    [claim] = quotes_of("The minister claimed victory in the vote.")
    assert claim.content == "victory in the vote"


def test_an_organisation_the_tagger_takes_for_a_person_is_it_not_its_country(quotes_of):
    quotes = quotes_of(
        "Ukraine's Atomenergo said on Monday that the plant was shelled. It added that the shelling came from "
        "the south."
    )
    assert [q.speaker for q in quotes] == ["Atomenergo", "Atomenergo"]


def test_a_participle_of_saying_after_the_reported_clause_is_a_statement_of_its_own(quotes_of):
    quotes = quotes_of("The operator said the site was hit, saying it came under fire from the south.")
    assert [q.content for q in quotes] == ["the site was hit", "it came under fire from the south"]
    assert {q.speaker for q in quotes} == {"The operator"}


def test_an_as_parenthesis_attributes_only_its_host_clause(quotes_of):
    [quote] = quotes_of(
        "Ostrava's army will attack in spring, as the minister stated, and it is likely that the front will "
        "move west."
    )
    assert quote.content == "Ostrava's army will attack in spring"


def test_a_reported_clause_ends_where_a_dialogue_dash_opens_the_next_words(quotes_of):
    quotes = quotes_of(
        "Minister Anna Kowal noted that leaders are more determined to impose sanctions on Valdoria.- These "
        "sanction regimes are analysed all the time - she said."
    )
    assert [q.content for q in quotes] == [
        "that leaders are more determined to impose sanctions on Valdoria",
        "These sanction regimes are analysed all the time",
    ]
    [belief] = quotes_of("Ostrava believes a direct U.S.-Valdoria war is inevitable in the long run.")
    assert belief.content == "a direct U.S.-Valdoria war is inevitable in the long run"


def test_a_dialogue_dash_after_a_colon_opens_the_words_not_the_journalists_lead(quotes_of):
    [quote] = quotes_of(
        "Pavel Dorn told the students about his visit to the embassy: - I told the ambassador that the war must "
        "end - he recalled."
    )
    assert quote.content == "I told the ambassador that the war must end" and quote.kind == "direct"


def test_what_a_relative_clause_feels_is_the_noun_it_describes(quotes_of):
    assert quotes_of("Nobody can describe the anxiety the students felt at the start of the war.") == ()
    [kept] = quotes_of(
        "Pavel Dorn told the anchor in a one-on-one interview at the Munich conference that he disagreed with "
        "the stance that sanctions should only be listed after an invasion takes place."
    )
    assert kept.content.startswith("with the stance")


def test_a_condition_put_first_by_inversion_is_not_the_whole_warning(quotes_of):
    [before] = quotes_of(
        "Former president Anna Kowal warned that should Ostrava and Kelmar join the alliance, Valdoria would "
        "deploy missiles in the north."
    )
    assert before.content.endswith("Valdoria would deploy missiles in the north")
    [of] = quotes_of("Anna Kowal warned of a nuclear response should Ostrava and Kelmar join the alliance.")
    assert of.content.startswith("a nuclear response")
    [both] = quotes_of("Anna Kowal said that, should the talks fail, the army would advance.")
    assert both.content.endswith("the army would advance")


def test_a_condition_put_by_inversion_holds_no_ones_belief(quotes_of):
    quotes = quotes_of(
        "Officials have warned of consequences should Kelmar offer material support for the war."
    )
    assert [q.speaker for q in quotes] == ["Officials"]


def test_a_dash_sign_off_runs_past_a_title_abbreviation(quotes_of):
    [quote] = quotes_of(
        "- At this stage we will be dealing with growing hybrid pressure - said on TV Dr. Adam Kowal, director of "
        "the Eastern Centre."
    )
    assert quote.speaker == "Adam Kowal" and quote.kind == "direct"


def test_the_analyst_is_who_was_introduced_so_or_just_quoted_not_the_most_named(quotes_of):
    quotes = quotes_of(
        "Jake Marsh, the national security adviser, said on Friday that the risk was high. Marsh said so again.\n\n"
        "“We will see growing hybrid pressure,” said Dr. Adam Kowal, director of the Eastern Centre.\n\n"
        "The analyst emphasized, however, that the reaction of the West was firm."
    )
    assert quotes[-1].speaker == "Adam Kowal"
    quotes = quotes_of(
        "Jake Marsh, the national security adviser, said on Friday that the risk was high. Marsh said so again. "
        "Marsh met Anna Lind, an analyst at the Valdoria Institute.\n\nThe talks went on. The analyst said the West "
        "was firm."
    )
    assert quotes[-1].speaker == "Anna Lind"


def test_a_fronted_when_clause_is_not_what_was_told(quotes_of):
    quotes = quotes_of(
        "OSTRAVA — When Vice President Anna Kowal met privately with Pavel Dorn at the conference in February, "
        "she told the Valdorian leader something he didn’t want to hear: Refrain from attacking the refineries."
    )
    assert not any(q.content.startswith(("OSTRAVA", "When")) for q in quotes)
    # an adverb inside the clause ("has since been") opens nothing
    [explained] = quotes_of(
        'Denys Marek left Valdoria at the age of 18 to fight for Ostrava.\n\nHe has since been dubbed "Kyt" '
        'which means "whale" in Ostravan and symbolizes "great power simultaneously combined with great calmness," '
        "he explained in an interview."
    )
    assert explained.cue == "explained" and explained.content.startswith("He has since been dubbed")


def test_the_official_is_the_unnamed_official_and_the_officials_are_no_one_named(quotes_of):
    quotes = quotes_of(
        "Valdorian Foreign Minister Jan Brok met his Ostravan counterpart on Monday. Brok said the talks were "
        "long. After the meeting, a senior Valdorian official said neither side held back. “We were open about "
        "our differences,” the official said."
    )
    assert [q.speaker for q in quotes[-2:]] == ["a senior Valdorian official"] * 2
    [_, officials] = quotes_of(
        "Jan Brok said the talks were long. The officials said no deal was near, speaking after the meeting."
    )
    assert officials.speaker == "The officials" and officials.speaker_actor is None


def test_saying_that_must_or_might_be_done_is_no_statement(quotes_of):
    quotes = quotes_of(
        "Valdoria cannot afford another misstep. President Jan Brok must immediately state his intention to arm "
        "the rebels should Ostrava choose to invade. In other words, the jets would be more an escalation of "
        "support. It might supposedly suggest to Brok that his war is not going to go away."
    )
    assert not [q for q in quotes if q.kind != "belief"]


def test_thats_according_to_x_points_back_to_the_sentence_before(quotes_of):
    [quote] = quotes_of(
        "The Valdorian army will train 6,000 more soldiers by the end of the year.\n\n"
        "That’s according to the Chairman of the Military Committee, General Jan Brok, who spoke with journalists "
        "in Ostrava, a Valdorian correspondent reports."
    )
    assert quote.speaker == "Jan Brok" and quote.cue == "according to"
    assert quote.content == "The Valdorian army will train 6,000 more soldiers by the end of the year"


def test_a_quoted_name_of_an_event_or_a_work_is_nobodys_words(quotes_of):
    quotes = quotes_of(
        "Ostravan politicians naively expect to earn their future, Valdorian President Jan Brok said at the "
        'patriotic forum "This is OUR History!" to mark the day of unity in Minsk. '
        '"We will never give up our land," Brok said. A book titled "Why We Fight On Forever" was presented.'
    )
    assert [q.content for q in quotes if q.kind != "belief"] == ["We will never give up our land"]


def test_remembered_cue_lemmas_tell_words_of_one_lemma_apart():
    from volteface.extract import cues
    from volteface.nlp import load

    doc = load()("They hoped to win and hopped on the bus. They hoped again.")
    hoped, hopped = doc[1], doc[5]
    assert hoped.lemma_ == hopped.lemma_ == "hop"  # the small model's lemma for both
    for _ in range(2):  # the second time from memory
        assert (cues.lemma(hoped), cues.lemma(hopped), cues.lemma(doc[11])) == ("hope", "hop", "hope")
    cues._mended_lemma.cache_clear()  # forgotten, and asked again
    assert (cues.lemma(hopped), cues.lemma(hoped)) == ("hop", "hope")


def test_words_inside_quotation_marks_are_told_from_the_marks_and_the_words_around():
    from volteface.config import Settings
    from volteface.extract.quotes import _Collector
    from volteface.nlp import load
    from volteface.pipeline import _resolver

    text = 'Amara Velkova said: "We will not leave." Then she left, and \u201cnever\u201d came back.'
    article = Article(id="q", text=text, date=date(2024, 3, 3))
    doc = load()(text)
    found = _Collector(doc, article, _resolver(Settings().model, None).resolve(doc, article.date))
    assert [t.text for t in doc if found.inside_quote(t)] == ["We", "will", "not", "leave", ".", "never"]


def test_a_topic_named_by_mention_or_reaffirm_is_no_statement(quotes_of):
    quotes = quotes_of(
        "Minister Jan Brok began by mentioning the reports in Western media on the attack on Ostrava. "
        "Brok reaffirmed the sacred principles of the republic. Brok described the costs of the sanctions in "
        "detail. He also reiterated his call for a ceasefire. Brok described the war as an absurdity. He stressed "
        "the need for air defence. He noted the fact that the army had retreated."
    )
    said = [q.content for q in quotes if q.kind != "belief"]
    assert said == [
        "his call for a ceasefire",
        "the war as an absurdity",
        "the need for air defence",
        "the fact that the army had retreated",
    ]
    assert {q.content for q in quotes if q.kind == "belief"} >= {
        "the reports in Western media on the attack on Ostrava",
        "the sacred principles of the republic",
    }


def test_a_quoted_subject_keeps_its_predicate(quotes_of):
    [quote] = quotes_of(
        'Governor Jan Brok had said that "becoming further entangled in a dispute between Valdoria and Ostrava" '
        'was not "vital" to the interests of the state.'
    )
    assert quote.kind == "mixed" and quote.content.endswith('was not "vital" to the interests of the state')
    [quote] = quotes_of(
        'The museum director Jan Brok said the camp was built by "megalomania" and a "similar lust for power" '
        "had driven the destruction of Ostrava."
    )
    assert quote.content.endswith("had driven the destruction of Ostrava")


def test_the_operator_is_a_company_never_the_country(quotes_of):
    quotes = quotes_of(
        "Ukraine's state nuclear company Atomvolt said on Tuesday its website was hit. Ukraine has accused Russia "
        "of shelling the plant.\n\n"
        "“On May 1 the most powerful cyberattack since the start of the war hit our website,” the operator says "
        "on Telegram."
    )
    [quote] = [q for q in quotes if q.cue == "says"]
    assert quote.speaker_actor != "UKR" and "Atomvolt" in quote.speaker


def test_the_outlet_spoken_to_is_never_the_speaker(quotes_of):
    quotes = quotes_of(
        "Valdoria will not impose sanctions on Ostrava, a senior Valdorian official told Euractiv on Monday.\n\n"
        "“We condemn the violation of the border and that is how we voted,” he said."
    )
    assert [q.speaker for q in quotes] == ["a senior Valdorian official"] * 2
    quotes = quotes_of(
        "President Pavel Dorn met Prime Minister Jan Brok in Ostrava. He informed Mr Brok about the recent "
        "attacks on the port cities. He said Valdoria was targeting the food stores of the south."
    )
    [said] = [q for q in quotes if q.cue == "said"]
    assert said.speaker == "Pavel Dorn"


def test_a_person_the_tagger_took_for_a_body_is_whom_he_means(quotes_of):
    quotes = quotes_of(
        "Deputy Mykola Verbin criticised the editors of the encyclopedia on Monday.\n\n"
        "In the case of the Polish-language version, we are talking about 3994 active people over the last 30 "
        "days - explains Maciej Padzikiewicz, a member of the Wikimedia Polska management team. He points out "
        "that none of the volunteers can speak on behalf of the entire community."
    )
    [points] = [q for q in quotes if q.cue == "points"]
    assert points.speaker == "Maciej Padzikiewicz"


def test_the_deputy_prime_minister_is_no_minister_of_another_rank(quotes_of):
    quotes = quotes_of(
        "Party MP Adam Kowal said on Thursday that the opposition was weak. Minister Adam Kowal also attacked the "
        "press.\n\n"
        "Piotr Nowicki during the speech in Sochaczew also raised the topic of war reparations.- They did not "
        "settle accounts for us after the war - said the deputy prime minister."
    )
    [said] = [q for q in quotes if q.content.startswith("They did not")]
    assert said.speaker != "Adam Kowal"


def test_an_appeal_or_order_with_its_addressee_is_a_statement(quotes_of):
    quotes = quotes_of(
        "Senator Anna Kowal asked the ministers to publish their plans. "
        "Governor Tomas Brenner told his aides to find a way around the assembly."
    )
    assert [(q.kind, q.speaker, q.content) for q in quotes] == [
        ("indirect", "Anna Kowal", "the ministers to publish their plans"),
        ("indirect", "Tomas Brenner", "his aides to find a way around the assembly"),
    ]
    # asked by someone unnamed, and told to whom: no appeal of hers
    quotes = quotes_of(
        "Asked to explain the delay, Minister Anna Kowal blamed the weather. She told reporters."
    )
    assert not [q for q in quotes if q.cue and q.cue.lower() in ("asked", "told")]
    quotes = quotes_of("“We will wait,” said a Valdorian diplomat, asking not to be named.")
    assert [q.cue for q in quotes] == ["said"]


def test_a_call_for_names_what_was_demanded(quotes_of):
    [quote] = quotes_of(
        "Doctors at the Valdorian clinic sent a letter to the board, calling for his dismissal."
    )
    assert (quote.kind, quote.cue, quote.content) == ("indirect", "calling for", "his dismissal")


def test_likes_decisions_and_views_are_beliefs(quotes_of):
    quotes = quotes_of(
        "Minister Anna Kowal despises the new tax. "
        "Tomas Brenner's decision to leave the talks surprised his party. "
        "In Brenner's view, the treaty has already failed."
    )
    assert [(q.kind, q.speaker, q.content) for q in quotes] == [
        ("belief", "Anna Kowal", "the new tax"),
        ("belief", "Tomas Brenner", "to leave the talks"),
        ("belief", "Tomas Brenner", "the treaty has already failed"),
    ]


def test_a_poll_that_frames_its_sentence_finds_what_it_frames(quotes_of):
    [quote] = quotes_of(
        "In the latest Valdorian Institute poll, Anna Kowal leads Tomas Brenner by four points."
    )
    assert (quote.kind, quote.cue, quote.content) == (
        "belief",
        "In",
        "Anna Kowal leads Tomas Brenner by four points",
    )
    assert quotes_of("The rise in polls helped Anna Kowal.") == ()


def test_deeds_told_with_verbs_of_the_mind_are_no_beliefs(quotes_of):
    quotes = quotes_of(
        "Anna Kowal will assume office in January. Tomas Brenner pushed a bill through the assembly. "
        "The Valdorian ministers pushed for new talks."
    )
    assert [(q.kind, q.cue, q.content) for q in quotes] == [("belief", "pushed for", "new talks")]


def test_a_view_of_people_the_text_does_not_name_is_a_belief(quotes_of):
    [argue] = quotes_of("There are those who argue that sending arms to Valdoria strengthens the alliance.")
    assert argue.kind == "belief"
    [say] = quotes_of("Some say that the sanctions will never work against Ostmark.")
    assert say.kind == "belief"
    [close] = quotes_of("Those close to the president say he will not run again.")
    assert close.kind != "belief"  # a group the text describes is a source


def test_what_a_thing_suggests_is_the_writers_reading_not_a_statement(quotes_of):
    [found] = quotes_of("The findings suggest that the policies largely reflect the voters' preferences.")
    assert found.kind == "belief"
    [said] = quotes_of("The report said that Ostmark has been recruiting mercenaries in the north.")
    assert said.kind != "belief"


def test_a_thing_announced_is_not_its_announcer(quotes_of):
    quotes = quotes_of(
        "He thanked Valdoria for providing a new Patriot battery, which was announced over the weekend."
    )
    assert all(q.cue != "announced" for q in quotes)


def test_page_labels_and_sign_up_boxes_are_no_speakers(quotes_of):
    quotes = quotes_of(
        "General Tomas Berg spoke at the academy on Monday. “The fleet is ready,” Berg said.\n\n"
        "skip past newsletter promotion Sign up to Evening Post Free weekly newsletter Our evening email sums up "
        "the week, telling you what matters Enter your email address Sign up Privacy Notice: Newsletters may "
        "contain info about charities and online ads. after newsletter promotion\n\n"
        "The alliance, he said, had joined with Norland last month in helping Valdoria.\n\n"
        "Background: Earlier, Anna Kowal, Vice President of the Commission, confirmed that the union has started "
        "work on the next package of sanctions."
    )
    assert {q.speaker for q in quotes} <= {"Tomas Berg", "Anna Kowal"}


def test_the_page_speaking_to_its_reader_is_no_statement(quotes_of):
    quotes = quotes_of(
        "Our weekly briefing sums up the news from the front, telling you what matters and why."
    )
    assert [q for q in quotes if q.kind != "belief"] == []


def test_a_linked_headline_is_no_statement_of_the_report(quotes_of):
    quotes = quotes_of(
        "Read also: Minister Jan Brok says partners must help Valdoria protect its skies\n\n"
        "The ministers met in Valdor on Monday."
    )
    assert [q for q in quotes if q.kind != "belief"] == []


def test_the_occasion_of_a_title_is_no_part_of_it(quotes_of):
    # "in her opening remarks" tells when the chancellor spoke, not which chancellor
    text = (
        "Valdorian Chancellor Anna Kowal arrived in Ostrava on Monday.\n\n"
        "The Chancellor in her opening remarks said that the border talks would resume."
    )
    [quote] = [q for q in quotes_of(text) if "border talks" in q.content]
    assert quote.speaker == "Anna Kowal"


def test_a_document_speaks_for_the_body_that_passed_it(quotes_of):
    text = (
        "The Valdorian Senate passed a resolution in support of Ostrava on Friday.\n\n"
        "“Ostrava faces a grave danger,” the resolution reads."
    )
    [quote] = quotes_of(text)
    assert "Senate" in quote.speaker and quote.content_span.start > 0


def test_the_name_before_a_cue_the_parser_hung_on_as_is_the_speaker(quotes_of):
    text = (
        "Apparently following the example of Ostrava, Valdoria committed on Tuesday to deliver more trucks to "
        "Kyiv as Valdorian Prime Minister Anna Kowal warned that the war would spread further into Europe."
    )
    [quote] = [q for q in quotes_of(text) if "would spread" in q.content]
    assert quote.speaker == "Anna Kowal"


def test_a_dash_sign_off_is_found_past_a_dash_inside_the_words_and_names_the_speaker_after_the_cue(quotes_of):
    text = (
        "The summit was opened by Valdorian Chancellor Anna Kowal.- Ostrava made the treaty a cause of war, which "
        "is a paradox because no decision is planned - said Kowal.\n\n"
        "The Ostravan side replied.- Pro -Western parties need war. At all costs. Threats are their favourite "
        "answer to their own problems - commented the spokeswoman of the Ostravan foreign ministry Vera Lenk."
    )
    quotes = quotes_of(text)
    paradox = [q for q in quotes if "paradox" in q.content]
    assert [(q.speaker[-5:], q.content[:6]) for q in paradox] == [("Kowal", "Ostrav")]
    [lenk] = [q for q in quotes if "favourite" in q.content]
    assert "Vera Lenk" in lenk.speaker and lenk.content.startswith("Pro -Western")


def test_a_lead_signed_off_with_a_dash_and_an_inverted_cue_is_quoted_without_its_opening_dash(quotes_of):
    text = (
        "Valdorian leader Tomas Brandt is worried about the war, partly because - as it seems - his services did "
        "not foresee it - assessed intelligence director Anna Kowal.\n\n"
        "The talks went on - reported state television on Monday."
    )
    quotes = [q for q in quotes_of(text) if q.kind != "belief"]
    assert [(q.speaker, q.cue) for q in quotes] == [("Anna Kowal", "assessed")]


def test_a_platform_never_speaks_and_the_head_of_a_named_office_is_its_minister(quotes_of):
    text = (
        "On Monday, the Minister of National Defence Adam Nowak announced that more jets landed in Ostrava. "
        '"Eight machines will join them next week," the head of the Ministry of National Defence wrote on Twitter.'
    )
    [quote] = [q for q in quotes_of(text) if "Eight" in q.content]
    assert quote.speaker == "Adam Nowak"


def test_a_name_with_particles_heads_its_line(quotes_of):
    text = "Talks in Ostrava\n\nAnna van der Berg: Valdoria cannot rely on gas from a country that threatens war\n"
    [quote] = quotes_of(text)
    assert quote.speaker == "Anna van der Berg"


def test_an_impersonal_cue_after_a_document_reports_the_document(quotes_of):
    text = (
        "The Valdorian Senate passed a resolution in support of Ostrava on Friday.\n\n"
        "According to the document, the Senate supports sending aid to Ostrava. It is emphasized that every "
        "deterrent lifts the morale of the Ostravan people.\n\n"
        "It is noted that talks are still possible."
    )
    quotes = quotes_of(text)
    [emphasized] = [q for q in quotes if "morale" in q.content]
    assert "Senate" in emphasized.speaker
    assert not [q for q in quotes if "still possible" in q.content]  # no document in the sentence before


def test_a_place_or_a_credit_heading_a_line_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "Valdoria: The defence ministry announced a new aid package for Ostrava. Ostrava is not satisfied.\n\n"
        "Infographics: Pravda Center / pravda.org"
    )
    assert [q for q in quotes if q.cue == ":"] == []
    # (but a capital heading its government's words speaks, and a title with a country names a person)
    quotes = quotes_of(
        "Ostrava: Valdoria disregards the facts and confuses black with white\n\nThe talks went on.\n\n"
        "Brenia Prime Minister: If the king dies, my country will not send condolences\n\nMore followed."
    )
    assert [q.speaker for q in quotes if q.cue == ":"] == ["Ostrava", "Brenia Prime Minister"]


def test_the_question_put_to_a_speaker_is_not_her_statement(quotes_of):
    quotes = quotes_of(
        'When asked if a peace deal would require Valdoria to withdraw its troops, Kowal said, "I do not think '
        'there is any other way."'
    )
    assert [(q.speaker, q.content) for q in quotes] == [("Kowal", "I do not think there is any other way.")]


def test_a_sentence_opening_asked_puts_a_question_even_when_parsed_as_a_past_tense(quotes_of):
    quotes = quotes_of("Asked what worried them most about the war, respondents said rising prices.")
    assert not any(q.cue == "Asked" for q in quotes)


def test_a_weekday_or_a_media_label_glued_to_a_name_is_not_part_of_it(quotes_of):
    quotes = quotes_of(
        "Speaking in Oslo on Thursday Wang said the talks were useful.\n\n"
        "Video Marta Kowal: The rulers are still living in the past\n\nMore followed."
    )
    assert {q.speaker for q in quotes} == {"Wang", "Marta Kowal"}


def test_figures_and_survey_results_are_findings_not_statements(quotes_of):
    quotes = quotes_of(
        "Ostrava exported $500m in goods to Valdoria in 2020, including grain and machinery, according to data "
        "compiled by the Department of Trade. Residents of Ostrava are as happy as they were before the war, "
        "according to new survey results."
    )
    assert len(quotes) == 2 and {q.kind for q in quotes} == {"belief"}
    # (figures a body released are its word)
    [quote] = quotes_of(
        "Some 40,000 troops are at the border, according to data provided by the Valdorian ministry."
    )
    assert quote.kind == "indirect"


def test_the_subject_is_not_read_from_a_fronted_phrase(quotes_of):
    # (the parser takes "shift" for the subject and hangs "the Pentagon" on "invasion")
    [quote] = quotes_of(
        'And despite the Blue House’s shift in messaging about "imminent" invasion, the Pentagon on Wednesday '
        "announced that the army will deploy 3,000 more troops to Ostrava, Valdoria and Brenia."
    )
    assert quote.speaker == "Pentagon"


def test_what_a_resolution_proposes_picks_it_out_and_is_not_said(quotes_of):
    quotes = quotes_of(
        "Valdoria on Wednesday vetoed a resolution that proposed a ban on the use of nuclear weapons in space "
        "amid concerns that Ostrava is building such a device."
    )
    assert [q for q in quotes if q.kind != "belief"] == []


def test_officials_of_a_named_leader_are_not_the_leader(quotes_of):
    [quote] = quotes_of(
        "Two senior Biden administration officials, who spoke on the condition of anonymity, said the talks "
        "would resume in May."
    )
    assert quote.speaker == "Two senior Biden administration officials" and quote.speaker_actor is None


def test_a_reported_clause_runs_to_its_last_word_where_the_parse_crosses(quotes_of):
    quotes = quotes_of(
        "Spokesman Jan Nowak said the dispute is an internal affair. He added that Valdoria does not take a "
        "position as to who leads Ostrava."
    )
    assert quotes[-1].content == "that Valdoria does not take a position as to who leads Ostrava"


def test_a_participle_read_as_the_reported_verb_keeps_the_real_predicate(quotes_of):
    [quote] = quotes_of(
        "The minister suggested that sanctions levied against Valdoria by the West could be seen as aggression."
    )
    assert quote.content == "that sanctions levied against Valdoria by the West could be seen as aggression"


# -- PolNeAR recall (#12): beliefs and cues of saying the lexicon lacked --------------------------------------


def test_a_closing_mark_opening_a_line_opens_a_quotation(quotes_of):
    # (a reader's words typed with the mark the wrong way round, signed off with a quotation dash)
    text = (
        "Readers wrote in after the debate.\n\n"
        "”Mr. Varga embodies the worst of our politics. He has divided the town.” ― Marta Kowal\n"
        "“He is ignorant of our lives and our work.”― Jan Nowak\n"
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.kind) for q in quotes] == [("Marta Kowal", "direct"), ("Jan Nowak", "direct")]
    assert quotes[0].content.startswith("Mr. Varga embodies")


def test_a_manner_of_speaking_reports_words(quotes_of):
    [quote] = quotes_of("Anna Kowal yelled that her husband was unarmed.")
    assert quote.kind == "indirect" and quote.content == "that her husband was unarmed"


def test_as_someone_put_it_is_a_statement_but_putting_it_somewhere_is_not(quotes_of):
    [quote] = quotes_of("As Minister Anna Kowal put it in a statement, the talks are dead.")
    assert (
        quote.kind == "indirect" and quote.speaker == "Anna Kowal" and quote.content == "the talks are dead"
    )
    assert quotes_of("Valdoria started the conflict and put it on the shoulders of Ostrava.") == ()


def test_an_adjective_of_the_mind_with_an_infinitive_is_an_intention(quotes_of):
    [quote] = quotes_of("Ostrava is eager to join the alliance.")
    assert (quote.kind, quote.speaker, quote.content) == ("belief", "Ostrava", "to join the alliance")


def test_an_adjective_of_the_mind_with_its_own_subject_is_a_belief(quotes_of):
    [quote] = quotes_of(
        "With Valdorian leaders increasingly worried about a lack of support, the president is rolling out a "
        "new appeal."
    )
    assert quote.kind == "belief" and quote.content == "a lack of support"


def test_having_an_attitude_is_holding_it_and_its_no_stays_in_the_cue(quotes_of):
    [quote] = quotes_of("Minister Anna Kowal has no illusions about the threat from Valdoria.")
    assert (quote.kind, quote.speaker, quote.cue) == ("belief", "Anna Kowal", "no illusions")
    # the support of the allies is theirs, not Ostrava's
    assert [q for q in quotes_of("Ostrava has the support of its allies.") if q.cue == "support"] == []


def test_an_infinitive_after_a_verb_read_as_a_noun_is_an_intention(quotes_of):
    # (the small model reads "plans" as a noun heading the sentence)
    quotes = quotes_of("The Ostrava campaign plans to employ the former minister in the coming weeks.")
    assert [(q.kind, q.cue) for q in quotes] == [("belief", "plans")]


def test_one_of_a_group_speaks_as_written_or_as_the_one_named(quotes_of):
    [quote] = quotes_of("One of the officials said the talks failed.")
    assert quote.speaker == "One of the officials"
    [quote] = quotes_of("In a statement, one of the family's lawyers, Marta Kowal, said the police lied.")
    assert quote.speaker == "Marta Kowal"


def test_a_fall_in_numbers_and_turning_up_are_no_attitudes(quotes_of):
    assert quotes_of("Support for the Valdorian People's Party declined from 58 percent to 55 percent.") == ()
    assert quotes_of("Marta Kowal showed up at the debate late.") == ()


def test_pleading_for_asks_but_pleading_guilty_does_not(quotes_of):
    [quote] = quotes_of("Anna Kowal's husband pleads for his life.")
    assert quote.kind == "indirect" and quote.content == "his life"
    assert quotes_of("Jan Nowak pleaded guilty to fraud.") == ()


def test_judgments_told_without_words_are_beliefs(quotes_of):
    quotes = quotes_of(
        "Security experts linked the breach to a Valdorian hacking group. The appeals court ruled that the "
        "law was void. Many Ostravans have heard that the border will close."
    )
    assert [(q.kind, q.cue) for q in quotes] == [
        ("belief", "linked"),
        ("belief", "ruled"),
        ("belief", "heard"),
    ]
    # a tie is no one's claim
    assert quotes_of("Valdoria opened a bridge linking Ostrava to the coast.") == ()
    assert quotes_of("Valdorian firms linked to the militia by analysts have run mines for years.") == ()


def test_an_attack_as_something_keeps_what_it_was_called(quotes_of):
    quotes = quotes_of("Marta Kowal attacked her opponent as a fraud, saying he lied.")
    assert quotes[0].cue == "attacked" and quotes[0].content == "her opponent as a fraud"


def test_a_surname_alone_the_tagger_missed_is_the_person_named_in_full(quotes_of):
    # ("Lynch" alone is read as an organisation, so "She" had no one to stand for)
    quotes = quotes_of(
        "Attorney General Marta Lynch said on Monday that the ministry would sue the city.\n\n"
        "Data from the census show that women make up 41 percent of the workforce. The pay gap is smaller in the "
        "civil service. Top male officials earn a median salary of $98,000. Women earn $93,000. In the private "
        "sector the gap is wider.\n\n"
        "Lynch speaks more often in public about the police than about pay.\n\n"
        "She said she speaks more often about the police because the cases come to her desk."
    )
    assert [q.speaker for q in quotes if q.kind != "belief"] == ["Marta Lynch", "Marta Lynch"]


def test_a_lead_in_of_someone_elses_words_is_no_statement_of_its_own(quotes_of):
    quotes = quotes_of(
        "On Saturday, Kowal reiterated that the west had ignored key demands, the Valdorian foreign ministry said."
    )
    assert [(q.speaker, q.content) for q in quotes if q.kind != "belief"] == [
        ("Kowal", "that the west had ignored key demands")
    ]
    quotes = quotes_of(
        'The palace issued a statement saying Kowal told Nowak that "he was the only one he trusts."'
    )
    assert [q.speaker for q in quotes if q.kind != "belief"] == ["Kowal"]


def test_a_content_that_only_tells_who_spoke_is_no_statement(quotes_of):
    assert [
        q
        for q in quotes_of("According to Nordpress, this was reported by Radio Ostrava.")
        if q.kind != "belief"
    ] == []
    quotes = quotes_of(
        "Minister Petr Nowak expressed his opinion in an interview with the agency Nordpress, Radio Ostrava reports."
    )
    assert [q for q in quotes if q.kind != "belief"] == []


def test_a_reported_clause_runs_on_into_the_quotation_that_ends_it(quotes_of):
    [quote] = quotes_of(
        'The Valdorian leader maintains that Valdoria had to respond to "attacks of Ostravan nationalists on the '
        'Valdorian population."Valdoria was not provoked by Ostrava.'
    )
    assert quote.kind == "mixed" and "attacks of Ostravan nationalists" in quote.content
    # quoted words that themselves say "he said this" are content, not an attribution line
    [quote] = quotes_of(
        'The governor said the press is to blame for focusing on "he said this, he posted that."'
    )
    assert '"he said this' in quote.content


def test_a_reported_clause_does_not_end_on_a_dangling_and(quotes_of):
    [quote] = quotes_of(
        "Prime Minister Anna Kowal stated that the coalition is far stronger than Ostrava, and if its members "
        "give a little more, it will turn the war."
    )
    assert not quote.content.endswith("and")


def test_he_after_a_newly_brought_in_official_is_the_official_not_the_one_named_before(quotes_of):
    quotes = quotes_of(
        "Foreign Minister Jan Nowak said the meeting had been useful. Speaking to Nordpress, a senior diplomat said "
        'the talks had stalled. "We condemn the violation of the border," he said.'
    )
    assert [q.speaker for q in quotes if q.kind != "belief"] == [
        "Jan Nowak",
        "a senior diplomat",
        "a senior diplomat",
    ]


def test_the_statement_a_body_said_something_in_speaks_for_that_body(quotes_of):
    quotes = quotes_of(
        "The Valdorian Foreign Ministry said in a statement released on Monday that the envoy had been summoned. "
        '"The envoy firmly pointed out that the attack contradicts the assurances given earlier," the statement '
        "continued."
    )
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Valdorian Foreign Ministry"]


def test_a_description_joined_to_a_name_by_a_singular_verb_is_that_one_person(quotes_of):
    [quote] = quotes_of(
        "His chief rival and former President Jan Kowal has yet to back Valdoria, instead saying he wants to see a "
        "negotiated solution."
    )
    assert quote.speaker == "Jan Kowal"


def test_a_body_named_in_its_own_phrase_is_not_the_subject_of_its_words():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = "Valdorian troops have tortured civilians in the occupied towns, the UN human rights office said on Tuesday."
    [article] = process_batch(
        [Article(id="u", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    assert [q.speaker for q in article.quotes] == ["UN human rights office"]


def test_the_question_put_to_a_speaker_is_not_their_statement(quotes_of):
    quotes = quotes_of(
        "When asked in an interview with the daily Nordpress, why she chose such a theme, Anna Kowal replied: - You "
        "see, this story does not belong to the past. It stays with us."
    )
    assert not any("why she chose" in q.content for q in quotes)


def test_the_occasion_after_a_quotations_cue_is_no_second_statement(quotes_of):
    quotes = quotes_of(
        '"If our country faces an aggression, there will be many soldiers here," Valdorian President Jan Kowal '
        "warned in late January."
    )
    assert [q.kind for q in quotes] == ["direct"]


def test_a_dialogue_dash_glued_to_the_name_is_not_part_of_it(quotes_of):
    quotes = quotes_of(
        "- We did not see that they were preparing for a huge war - continues Nowak.- It was not until a few days "
        "before the attack that they started to prepare - he adds."
    )
    assert quotes[0].speaker == "Nowak"


def test_a_pronoun_with_a_dialogue_dash_glued_on_is_still_an_unresolved_pronoun(quotes_of):
    quotes = quotes_of(
        "The leader of the Valdorian opposition Jan Nowak in an interview with a radio station said that Ostrava is "
        "seeking to rebuild its empire, which is a threat to its neighbours.In his opinion, if Ostrava wins the war, "
        "it will not stop there.\n\nIn his opinion, this may mean that Valdoria will have to intervene: - We cannot "
        "allow Ostrava to win, because if this happens, we will have to get involved, not only with money, but also "
        "with our soldiers -he said."
    )
    assert not any((q.speaker or "").strip("-") == "he" for q in quotes)


def test_a_newspaper_named_after_a_city_is_not_that_citys_state(quotes_of):
    [quote] = quotes_of("The Washington Post reports that Ostrava increased its military production.")
    assert quote.speaker == "Washington Post" and quote.speaker_actor is None


def test_what_the_speaker_did_meanwhile_is_the_reporters_narration(quotes_of):
    [quote] = quotes_of(
        "President Jan Kowal said he would rush weapons to Ostrava as he signed into law a large aid measure."
    )
    assert quote.content == "he would rush weapons to Ostrava"
    [quote] = quotes_of("Minister Anna Nowak said the ban would hold so long as she remained in office.")
    assert quote.content.endswith("so long as she remained in office")


def test_a_paper_named_in_quotation_marks_before_its_cue_is_no_quotation():
    from pathlib import Path

    from volteface.config import Settings
    from volteface.pipeline import Job, process_batch

    actors = str(Path(__file__).parent / "fixtures" / "harbour_actors.yaml")  # fictional Valdoria and Ostmark
    text = (
        "Ostmark is preparing for a longer war with Valdoria.Experts are alarming\n\n"
        '"The Harbour Post" notes that Ostmark rose in a surprising way after losses in Valdoria. "- Ostmark does '
        "not produce more modern combat equipment.But it produces much more simpler equipment: rifles, missiles - "
        "said Jan Kowal, an economist in an interview."
    )
    [article] = process_batch(
        [Article(id="p", text=text, date=date(2031, 5, 1))],
        Job(Settings(actors_file=actors), tasks=("quotes",)),
    )
    assert not any(q.content == "The Harbour Post" for q in article.quotes)


def test_a_leaders_administration_is_a_body_not_the_leader(quotes_of):
    # (a spokesman still speaks for the principal: that is the project's convention, a person for a person)
    [quote] = quotes_of(
        "Poland will send more aid. Polish President Jan Kowal's administration announced on Monday that "
        "$2 billion in artillery would soon be heading to Poland's eastern border."
    )
    assert quote.speaker != "Jan Kowal" and quote.speaker_actor == "POLGOV"


def test_the_outlets_own_correspondent_is_no_source(quotes_of):
    assert (
        quotes_of(
            "But the leaders meeting in Lisbon were determined to end the quarrel, our correspondent adds."
        )
        == ()
    )
    assert quotes_of("Our reporter says the town was quiet on Monday.") == ()


def test_claiming_a_thing_lays_claim_to_it_says_nothing(quotes_of):
    text = "Of the six battles the Ostravan Front has fought, it can claim only one clear victory: the capture of Lund."
    assert quotes_of(text) == ()
    assert quotes_of("The rebels claimed the town of Ostrava after a long siege.") == ()
    [quote] = quotes_of("The Ostravan Front claimed responsibility for the attack on the bridge.")
    assert quote.content == "responsibility for the attack on the bridge"
    [quote] = quotes_of("Jan Kowal claimed that the rebels had fled.")
    assert quote.content == "that the rebels had fled"


def test_a_plan_proposed_by_someone_is_not_their_words(quotes_of):
    quotes = quotes_of(
        "Kowal rejected a peace plan proposed by Ostravan leaders from five countries that called for a ceasefire."
    )
    assert not any(q.cue == "proposed" for q in quotes)


def test_banners_do_not_speak(quotes_of):
    quotes = quotes_of(
        'Thousands marched through Warsaw carrying Polish flags and banners that said "Poland will resist" '
        'and "Invaders must leave".'
    )
    assert not any("resist" in q.content for q in quotes)


def test_a_place_in_capitals_before_a_colon_heads_a_section():
    assert quotes_of_line("OSTRAVA: THREE LEADERS SET TO MEET KOWAL AS SIRENS RING OUT") == ()
    assert quotes_of_line("POLAND-LITHUANIA: LEADERS SET TO MEET KOWAL AS SIRENS RING OUT") == ()
    # a transcript's speaker in capitals is the person the article named, whatever town shares the name
    [quote] = quotes_of_line(
        "Senator Anna Warren joined the talks.\n\nWARREN: The talks will fail without a ceasefire."
    )
    assert quote.speaker == "Anna Warren"


def quotes_of_line(line: str):
    from volteface.pipeline import Job, process_batch

    text = "Leaders gathered on Monday.\n\n" + line + "\n\nThe talks began at noon."
    [article] = process_batch([Article(id="l", text=text, date=date(2031, 5, 1))], Job(tasks=("quotes",)))
    return article.quotes


def test_words_fronted_by_a_concession_run_on_to_the_main_clause(quotes_of):
    [quote] = quotes_of(
        "Poland's foreign minister Jan Kowal however told reporters on Wednesday that while the troop build up "
        '"poses a threat to Poland", he believes it is "insufficient for a full-scale offensive".'
    )
    assert quote.content.endswith("insufficient for a full-scale offensive")


def test_words_quoted_from_another_author_are_not_the_speakers_own(quotes_of):
    lead = "Foreign Minister Jan Kowal addressed the assembly on Monday. "
    quotes = quotes_of(
        lead + "He said in conclusion that the mood was well captured by the poet Anna Nowak long ago in the "
        "following phrase: “We are now faced with the fact that tomorrow is today.”"
    )
    assert not any("tomorrow is today" in q.content for q in quotes)
    quotes = quotes_of(lead + "He recalled the words of the poet Anna Nowak: “Tomorrow is today.”")
    assert not any("Tomorrow is today" in q.content for q in quotes)
    [quote] = quotes_of(lead + "He said: “Tomorrow is today.”")[1:]
    assert quote.speaker == "Jan Kowal"


def test_a_line_naming_the_pages_sign_up_box_is_no_statement(quotes_of):
    text = (
        "The Harbour Letter: A newsletter for everyone who follows the Valdorian ports\n"
        "Marta Kowal: The ports of Valdoria will reopen next week."
    )
    quotes = [q for q in quotes_of(text) if q.kind != "belief"]
    assert [q.speaker for q in quotes] == [
        "Marta Kowal"
    ]  # the promotion is page furniture; the real line speaks
