"""Actor resolution by date and by reading, on hand-written sentences, with the real parser and shipped KB."""

from datetime import date

import pytest

from volteface.actors import Resolver, load_kb
from volteface.nlp import load

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def resolver():
    return Resolver(load_kb(), load())


def _resolve(resolver, text: str, day: date) -> dict[str, str]:
    doc = load()(text)
    found = resolver.resolve(doc, day)
    return {m.text: m.actor_id for m in found.mentions}


@pytest.mark.parametrize(
    "text,day,mention,actor",
    [
        ("The US president spoke to reporters.", date(2022, 3, 1), "US president", "joe-biden"),
        ("The US president spoke to reporters.", date(2025, 2, 20), "US president", "donald-trump"),
        ("The US president spoke to reporters.", date(2018, 6, 1), "US president", "donald-trump"),
        (
            "The British prime minister flew to Kyiv.",
            date(2022, 4, 9),
            "British prime minister",
            "boris-johnson",
        ),
        (
            "The British prime minister flew to Kyiv.",
            date(2022, 10, 1),
            "British prime minister",
            "liz-truss",
        ),
        (
            "The British prime minister flew to Kyiv.",
            date(2023, 11, 19),
            "British prime minister",
            "rishi-sunak",
        ),
        (
            "The British prime minister flew to Kyiv.",
            date(2025, 3, 2),
            "British prime minister",
            "keir-starmer",
        ),
        ("The German chancellor met Macron.", date(2020, 5, 1), "German chancellor", "angela-merkel"),
        ("The German chancellor met Macron.", date(2023, 5, 1), "German chancellor", "olaf-scholz"),
        ("The German chancellor met Macron.", date(2025, 8, 18), "German chancellor", "friedrich-merz"),
        (
            "Russia's defence minister visited the front.",
            date(2023, 1, 5),
            "Russia's defence minister",
            "sergei-shoigu",
        ),
        (
            "Russia's defence minister visited the front.",
            date(2024, 8, 1),
            "Russia's defence minister",
            "andrei-belousov",
        ),
    ],
)
def test_offices_resolve_to_the_holder_of_the_day(resolver, text, day, mention, actor):
    assert _resolve(resolver, text, day)[mention] == actor


def test_readings_of_places_and_groups(resolver):
    found = _resolve(
        resolver,
        "Moscow rejected the plan. Russian forces shelled Kharkiv. The talks were held in Moscow.",
        date(2025, 3, 1),
    )
    assert found["Russian forces"] == "RUSMIL"
    doc = load()("Moscow rejected the plan. The talks were held in Moscow.")
    mentions = resolver.resolve(doc, date(2025, 3, 1)).mentions
    assert [m.actor_id for m in mentions if m.text == "Moscow"] == ["RUSGOV", "RUS"]  # actor, then a place


def test_appositive_and_possessive_titles(resolver):
    found = _resolve(
        resolver,
        "Trump's Secretary of State, Marco Rubio, met Russia's long-time foreign minister, Sergey Lavrov.",
        date(2025, 2, 18),
    )
    assert found["Marco Rubio"] == "marco-rubio" and found["Sergey Lavrov"] == "sergey-lavrov"


def test_user_file_adds_an_actor(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n  - id: ilse-brandvik\n    name: Ilse Brandvik\n    names: [Ilse Brandvik, Brandvik]\n"
        "    country: NOR\n    roles:\n      - {title: foreign minister, org: GOV, country: NOR, "
        "start: 2030-01-01, end: null}\n",
        encoding="utf-8",
    )
    resolver = Resolver(load_kb(extra), load())
    doc = load()("Brandvik said the talks would resume.")
    [mention] = [m for m in resolver.resolve(doc, date(2031, 1, 1)).mentions if m.text == "Brandvik"]
    assert mention.actor_id == "ilse-brandvik"
    assert resolver.resolve(doc, date(2031, 1, 1)).actors["ilse-brandvik"].code == "NORGOV"


def test_a_nationality_on_a_non_state_person_is_not_the_state():
    from datetime import date

    from volteface.model import Article
    from volteface.pipeline import process_batch

    [article] = process_batch(
        [
            Article(
                id="t",
                text="The Argentinian pontiff condemned Russian troops for their cruelty on Monday.",
                date=date(2031, 5, 1),
            )
        ]
    )
    assert not any((e.source or "").startswith("ARG") for e in article.events)
    assert not any(s.holder.startswith("ARG") for s in article.stances)


def test_a_name_introduced_with_a_nationality_and_a_part_in_society_is_that_actor(resolver):
    doc = load()("Norwegian billionaire Olaf Lund met Swedish journalist Eva Berg and Lars Dahl.")
    found = resolver.resolve(doc, date(2031, 5, 1))
    codes = {a.name: a.code for a in found.actors.values() if a.kind == "person"}
    assert codes["Olaf Lund"] == "NORBUS" and codes["Eva Berg"] == "SWEMED"
    assert codes["Lars Dahl"] is None  # nothing told of him: no actor code is guessed


def test_a_womans_honorific_with_a_surname_is_the_woman_already_named(resolver):
    found = _resolve(
        resolver,
        "Valdo Berg thanked First Lady Melania Trump. He was grateful for Mrs. Trump's support.",
        date(2026, 2, 4),
    )
    assert found["Mrs. Trump"] == "melania-trump"
    # with no woman of that surname named, the reading is as before
    assert _resolve(resolver, "Mrs. Trump spoke.", date(2026, 2, 4))["Mrs. Trump"] == "donald-trump"


def test_a_sector_named_before_a_government_title_says_whose_it_is(resolver):
    found = _resolve(resolver, "Norway's opposition leader slammed the plan.", date(2031, 5, 1))
    assert found["Norway's opposition leader"] == "NOROPP"
    found = _resolve(
        resolver, "Norwegian intelligence officials spoke. Norwegian state media said so.", date(2031, 5, 1)
    )
    assert "NORSPY" in found.values() and "NORMED" in found.values()


def test_a_body_named_by_a_word_many_states_use_is_the_named_states(resolver):
    day = date(2031, 5, 1)
    assert _resolve(resolver, "The Norwegian Senate met.", day)["Senate"] == "NORLEG"
    assert _resolve(resolver, "Denmark's Senate met.", day)["Senate"] == "DNKLEG"
    # alone, the one it names where the article names its state; elsewhere any state's
    assert _resolve(resolver, "The Senate met. The United States sent more aid.", day)["Senate"] == "SENATE"
    assert "Senate" not in _resolve(resolver, "The Senate met.", day)
    assert "House of Representatives" not in _resolve(
        resolver, "He spoke to the House of Representatives.", day
    )
    renamed = _resolve(resolver, "The upper house of the Norwegian parliament, the Senate, met.", day)
    assert renamed["Senate"] == "NORLEG"  # an apposition renames its head
    assert (
        _resolve(resolver, "The Danish House of Representatives met.", day)["House of Representatives"]
        == "DNKLEG"
    )


def test_a_social_platform_is_not_a_person(resolver):
    found = _resolve(
        resolver,
        "That is why we ask allies to commit fully, Minister of Foreign Affairs of Valdoria Valdo Berg posted on "
        "Twitter, an agency reports. He emphasized that we all want peace in Ukraine.",
        date(2031, 5, 1),
    )
    assert "Twitter" not in found and found["Valdo Berg"] == "person:valdo-berg"


def test_the_us_treasury_secretary_of_the_day_is_in_the_base():
    kb = load_kb()
    assert kb.holder("finance minister", "USA", date(2024, 4, 1)).id == "janet-yellen"
    assert kb.holder("finance minister", "USA", date(2025, 3, 1)).id == "scott-bessent"


def test_a_name_with_a_word_in_capitals_is_the_known_person(resolver):
    # some outlets print surnames in capitals; the tagger's entity is forced here, as it varies with the sentence
    from spacy.tokens import Span as DocSpan

    nlp = load()
    doc = nlp("The chancellor met XI Jinping in Beijing. Later XI toured a factory.")
    doc.ents = [DocSpan(doc, 3, 5, label="ORG"), DocSpan(doc, 9, 10, label="ORG")]
    found = resolver.resolve(doc, date(2024, 4, 16))
    assert [found.actors[m.actor_id].id for m in found.mentions if m.text.startswith("XI")] == [
        "xi-jinping",
        "xi-jinping",
    ]
