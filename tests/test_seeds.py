"""The founding articles (../shared/seeds): the story volteface must tell, end to end through the store."""

from datetime import date

import pytest

from volteface.run import run
from volteface.store import open_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from conftest import SHARED

    if not SHARED.is_dir():
        pytest.skip("../shared not present: seed checks skipped on this clone")
    db = tmp_path_factory.mktemp("seeds") / "s.db"
    with open_store(db) as store:
        counts = run(store, [str(SHARED / "seeds")])
        assert (counts.read, counts.new, counts.failed) == (2, 2, 0)
        again = run(store, [str(SHARED / "seeds")])
        assert (again.new, again.unchanged) == (0, 2)
        articles = {a.date: a for a in store.articles()}
    return articles


def test_seed_000_undated_and_free_of_interface_lines(seeds):
    article = seeds[None]
    for line in ("Newsletter", "\nwave\n", "Search Anything"):
        assert line not in article.text
    assert article.text.startswith("Donald Trump is strengthening ties with Russia")


def test_seed_004_dated_with_three_posts(seeds):
    article = seeds[date(2025, 9, 24)]
    posts = {(p.author, p.handle, p.date) for p in article.posts}
    assert posts == {
        ("Jürgen Nauditt", "jurgen_nauditt", date(2025, 8, 17)),
        ("Acyn", "Acyn", date(2025, 9, 23)),
        ("Jake Broe", "RealJakeBroe", date(2025, 9, 16)),
    }


def test_trump_words_carried_by_posts_are_trumps(seeds):
    quotes = seeds[date(2025, 9, 24)].quotes
    territory = [q for q in quotes if "must be prepared to lose territory" in q.content]
    assert territory and all(q.speaker_actor == "donald-trump" for q in territory)
    assert territory[0].date == date(2025, 8, 17) and territory[0].via == "Jürgen Nauditt"
    win_back = [q for q in quotes if "WIN all of Ukraine back" in q.content]
    assert win_back and all(q.speaker_actor == "donald-trump" for q in win_back)
    assert win_back[0].date == date(2025, 9, 23) and win_back[0].via == "Acyn"
    betraying = [q for q in quotes if "betraying Ukraine" in q.content]
    assert [q.speaker for q in betraying] == ["Jürgen Nauditt"]
    carriers = {"Jürgen Nauditt", "Acyn", "Jake Broe"}
    assert not any(q.speaker in carriers for q in territory + win_back)


def test_seed_actors_resolve(seeds):
    mentions = {m.text: m.actor_id for a in seeds.values() for m in a.mentions}
    assert mentions["Marco Rubio"] == "marco-rubio" and mentions["Sergey Lavrov"] == "sergey-lavrov"
    assert mentions["Zelensky"] == "volodymyr-zelenskyy"
    assert {a for text, a in mentions.items() if "Volodymyr Zelenskyy" in text} == {"volodymyr-zelenskyy"}
    assert mentions["Kremlin"] == mentions["Moscow"] == "RUSGOV"
    actors = {a.id: a for article in seeds.values() for a in article.actors}
    assert actors["donald-trump"].code == "USAGOV" and actors["marco-rubio"].code == "USAGOV"
    assert actors["sergey-lavrov"].code == "RUSGOV"


def test_named_and_unnamed_speakers_in_seeds(seeds):
    quotes = [q for a in seeds.values() for q in a.quotes]
    dictator = [q for q in quotes if "dictator" in q.content]
    assert dictator and dictator[0].speaker_actor == "donald-trump"
    table = [q for q in quotes if "not on the table" in q.content]
    assert table and table[0].speaker_actor == "volodymyr-zelenskyy"
    experts = [q for q in quotes if (q.speaker or "").lower() == "experts"]
    assert experts and all(q.speaker_actor is None for q in experts)  # unnamed sources stay unnamed


def test_seed_events(tmp_path_factory, shared):
    """Seed 000 dated by the caller, as an analyst would: the founding events come out with their dyads."""
    SHARED = shared
    db = tmp_path_factory.mktemp("seed-events") / "s.db"
    with open_store(db) as store:
        run(store, [str(SHARED / "seeds" / "000_13b0ada248a51723.txt")], day=date(2025, 2, 20))
        run(store, [str(SHARED / "seeds" / "004_6b95b19a3cd9b053.txt")])
        events = [e for a in store.articles() for e in a.events]
    dyads = {(e.source, e.root, e.target) for e in events}
    assert ("USAGOV", "04", "RUSGOV") in dyads  # Rubio's meeting with Lavrov; Trump meeting Putin
    assert ("USAGOV", "11", "UKRGOV") in dyads  # the "dictator" remark
    assert ("USAGOV", "11", "RUSGOV") in dyads  # criticising Russia at the UN
    assert ("UKRGOV", "05", "USAGOV") in dyads  # Zelensky praising Trump
    assert any(
        e.source == "RUSGOV" and e.root in ("18", "19") and e.target.startswith("UKR")
        for e in events
        if e.target
    )  # Moscow's bombardment of Ukrainian cities
    # "since then Putin has: – refused to meet with Zelensky" (the parser hangs Putin on "has", before the colon)
    assert {(e.source, e.target) for e in events if e.code == "125"} == {("RUSGOV", "UKRGOV")}
    assert not any(e.hypothetical or e.negated for e in events)  # "are expected to hold meetings": a prospect
    # "Russia has turned to North Korea for military aid": an appeal for aid (023), no aid given to Pyongyang
    assert not any(e.root == "07" and (e.target or "").startswith("PRK") for e in events)
    # "• Encouraging Ukraine to cede territory to Russia": an option Trump might offer, no act of Ukraine's
    assert not any(e.root == "08" and (e.source or "").startswith("UKR") for e in events)


def test_shifts_and_relations_tell_the_seed_story(tmp_path_factory, shared):
    from volteface.analyze import find_shifts, relation_series

    SHARED = shared

    db = tmp_path_factory.mktemp("seed-story") / "s.db"
    with open_store(db) as store:
        run(store, [str(SHARED / "seeds" / "000_13b0ada248a51723.txt")], day=date(2025, 2, 20))
        run(store, [str(SHARED / "seeds" / "004_6b95b19a3cd9b053.txt")])
        shifts = find_shifts(store, "donald-trump")
        territory = [s for s in shifts if s.target == "ukraine-cede-territory"]
        assert territory, shifts
        shift = territory[0]
        assert (shift.before.record.label, shift.before.record.date.isoformat()) == ("favor", "2025-08-17")
        assert (shift.after.record.label, shift.after.record.date.isoformat()) == ("against", "2025-09-23")
        assert "lose territory" in shift.before.evidence and "WIN all of Ukraine back" in shift.after.evidence
        # and his hardening toward Russia: ties strengthened in February, a stance hardened by September
        [russia] = [s for s in shifts if s.target == "RUSGOV"]
        assert (russia.kind, russia.before.record.label, russia.after.record.label) == (
            "hardening",
            "favor",
            "against",
        )
        assert russia.before.record.date.isoformat().startswith(
            "2025-02"
        ) and russia.after.record.date.isoformat().startswith("2025-09")
        rus = {
            p.start.month: p.goldstein_mean
            for p in relation_series(store, "USA", "RUS", "month").periods
            if p.events
        }
        ukr = {
            p.start.month: p.goldstein_mean
            for p in relation_series(store, "USA", "UKR", "month").periods
            if p.events
        }
    assert rus[2] > 0 > rus[9]  # toward Russia: cooperation in February, conflict by September
    assert ukr[2] < 0 < ukr[9]  # toward Ukraine: the other way


def test_seed_statements_have_speech_cues_and_speakers_that_can_speak(seeds):
    from volteface.extract.cues import OBJECT_CUES, SPEECH_VERBS, lemma
    from volteface.nlp import load

    nlp = load()
    statements = [q for a in seeds.values() for q in a.quotes if q.kind != "belief"]
    assert statements
    for q in statements:
        if q.kind == "post":
            assert q.speaker  # a post's author
            continue
        words = [lemma(t) for t in nlp(q.cue or "") if t.pos_ in ("VERB", "AUX", "NOUN")]
        assert not words or set(words) & (SPEECH_VERBS | OBJECT_CUES | {"make"}), q.cue  # "made it clear"
        assert q.speaker and q.speaker.lower() not in ("he", "she", "it", "they", "we", "i"), q
    assert not any("distancing" in q.content for q in statements)
    assert not any((q.speaker or "").startswith(("Though", "Trump’s Alaska")) for q in statements)
