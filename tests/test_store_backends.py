"""The same behaviour from both stores, SQLite and PostgreSQL (a real server): round trip, idempotence, the
reads of the store's interface, word search, actor reconciliation, concurrent writers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from multiprocessing import get_context

import pytest

from volteface.model import Actor, Article, Event, Mention, Quote, Span, Stance
from volteface.store import Selection, open_store

TEXT = "Brandvik met Kalnas in Ostmark. Kalnas said the harbour deal was fair."


def _article(n: int = 0, actor: Actor | None = None) -> Article:
    day = date(2031, 4, 2 + n)
    return Article(
        id=f"a{n}",
        text=TEXT + f" Part {n}.",
        title=f"Talks {n}",
        date=day,
        date_source="text",
        source="Wire",
        url=f"https://news.example/{n}",
        mentions=(Mention(Span(0, 8), "Brandvik", "p:brandvik"),),
        actors=(actor or Actor("p:brandvik", "Ilse Brandvik", "VALGOV", "VAL", "GOV", "person"),),
        quotes=(
            Quote(
                "Kalnas",
                Span(32, 38),
                "said",
                Span(39, 43),
                "the harbour deal was fair",
                Span(44, 69),
                "indirect",
                day,
                "article",
                "p:kalnas",
                None,
            ),
        ),
        events=(
            Event(
                "VALGOV",
                "OSTGOV",
                "040",
                "04",
                "CONSULT",
                "meet",
                1,
                1.0,
                False,
                False,
                day,
                Span(0, 31),
                Span(9, 12),
                0.8,
                "p:brandvik",
                "p:kalnas",
            ),
            Event(
                "VALGOV",
                "OSTGOV",
                "190",
                "19",
                "ASSAULT",
                None,
                4,
                -10.0,
                False,
                True,
                day,
                Span(0, 31),
                Span(9, 12),
                0.6,
                "p:brandvik",
                "p:kalnas",
            ),
        ),
        stances=(Stance("p:kalnas", "p:brandvik", "favor", 0.7, day, Span(32, 70), 0),),
    )


def test_round_trip_idempotence_and_reads(store_target):
    with open_store(store_target) as store:
        assert store.save(_article(0)) and store.save(_article(1))
        assert not store.save(_article(0))  # stored once
        assert store.article("a0") == _article(0)
        assert store.counts()["articles"] == 2 and store.counts()["events"] == 4
        quotes = store.quotes(Selection(actor="kalnas"))
        assert [q.origin.article_id for q in quotes] == ["a1", "a0"]  # newest first
        assert quotes[0].origin.outlet == "Wire" and quotes[0].origin.url == "https://news.example/1"
        assert quotes[0].evidence == "the harbour deal was fair"
        events = store.events(Selection(source="VAL", target="OST", asserted=True, limit=None))
        assert [e.record.code for e in events] == ["040", "040"]  # the hypothetical assault is left out
        assert events[0].evidence == "Brandvik met Kalnas in Ostmark."
        assert [s.record.label for s in store.stances(Selection(actor="p:kalnas"))] == ["favor", "favor"]
        assert store.find_actor("brand") == "p:brandvik"
        [summary] = store.actor_summaries()
        assert (summary.mentions, summary.articles, summary.first) == (2, 2, date(2031, 4, 2))
        assert store.articles_per_month() == [("2031-04", 2)] and store.outlets() == [("Wire", 2)]
        total, page = store.article_list(Selection(since=date(2031, 4, 3), limit=10))
        assert total == 1 and page[0].article_id == "a1"
        assert store.evidence("a0", 0, 8) == "Brandvik"
        hits = store.search("harbour deal")
        assert {o.article_id for o, _ in hits.articles} == {"a0", "a1"} and len(hits.quotes) == 2
        assert store.search("'; DROP TABLE articles; --").articles == []  # words, not SQL or search syntax
        assert store.quotes(Selection(actor="%")) == []  # a user's % is a character, not a wildcard


def test_replacing_an_article_replaces_its_records(store_target):
    with open_store(store_target) as store:
        store.save(_article(0))
        assert store.save(replace(_article(0), events=()), replace_existing=True)
        assert store.counts()["events"] == 0 and store.counts()["articles"] == 1


def _counted(store) -> dict[str, tuple[int, int, date | None, date | None]]:
    """Each actor's (mentions, articles, first, last) as the store keeps them."""
    return {s.actor.id: (s.mentions, s.articles, s.first, s.last) for s in store.actor_summaries()}


def _recounted(store) -> dict[str, tuple[int, int, date | None, date | None]]:
    """The same counted again from every stored article: what the kept counts must always equal."""
    seen: dict[str, list] = {}
    for article in store.articles():
        for actor_id in {m.actor_id for m in article.mentions}:
            n = sum(m.actor_id == actor_id for m in article.mentions)
            mentions, articles, days = seen.setdefault(actor_id, [0, 0, []])
            seen[actor_id] = [mentions + n, articles + 1, days + ([article.date] if article.date else [])]
    return {a: (m, n, min(days, default=None), max(days, default=None)) for a, (m, n, days) in seen.items()}


def test_actor_counts_are_kept_as_articles_arrive_and_are_replaced(store_target):
    kalnas = Actor("p:kalnas", "Aron Kalnas", "OSTGOV", "OST", "GOV", "person")

    def told(n: int, *actor_ids: str, **dated: date | None) -> Article:
        article = replace(_article(n), **dated)
        mentions = tuple(Mention(Span(0, 8), "them", actor_id) for actor_id in actor_ids)
        return replace(article, mentions=mentions, actors=(*article.actors, kalnas))

    first, second = date(2031, 4, 2), date(2031, 4, 3)
    with open_store(store_target) as store:
        version = store.version()
        store.save(told(0, "p:brandvik", "p:brandvik", "p:kalnas"))
        store.save(told(1, "p:brandvik"))
        assert (
            _counted(store)
            == _recounted(store)
            == {"p:brandvik": (3, 2, first, second), "p:kalnas": (1, 1, first, first)}
        )
        assert store.version()[0] == version[0] and store.version()[1] == version[1] + 2
        assert not store.save(told(1, "p:brandvik"))  # a second run: nothing written, nothing counted twice
        assert store.version()[1] == version[1] + 2
        store.save(
            told(0, "p:brandvik"), replace_existing=True
        )  # run again with --reprocess: one mention less
        assert _counted(store) == _recounted(store) == {"p:brandvik": (2, 2, first, second)}
        store.save(told(0, "p:brandvik", date=date(2031, 5, 1)), replace_existing=True)  # dated again, later
        assert _counted(store) == _recounted(store) == {"p:brandvik": (2, 2, second, date(2031, 5, 1))}
        store.save(told(2, "p:kalnas", date=None))  # undated: counted, no date
        assert _counted(store) == _recounted(store)
        assert _counted(store)["p:kalnas"] == (1, 1, None, None)
        assert store.find_actor("a") == "p:brandvik"  # of the names matching, the most mentioned
        rows = store._rows("SELECT COUNT(*) AS n FROM mentions")[0]["n"]  # type: ignore[attr-defined]
        assert store.counts()["mentions"] == rows == 3  # the overview's count, read off the kept counts


def test_actor_rows_do_not_depend_on_arrival_order(store_target):
    vague = Actor("p:brandvik", "Brandvik", None, None, None, "person")
    with open_store(store_target) as store:
        store.save(_article(0))
        store.save(_article(1, actor=vague))
        assert store.actor("p:brandvik") == Actor(
            "p:brandvik", "Ilse Brandvik", "VALGOV", "VAL", "GOV", "person"
        )


def _write(args: tuple[str, list[int]]) -> int:
    target, numbers = args
    from volteface.store import open_store as opened

    saved = 0
    with opened(target) as store:
        for n in numbers:
            saved += store.save(_article(n))
    return saved


def test_concurrent_writers_on_a_new_postgresql_store_lose_and_double_nothing(postgres_url):
    """Two processes writing overlapping articles into a new database at once: every article stored once."""
    with get_context("spawn").Pool(2) as pool:
        saved = pool.map(_write, [(postgres_url, list(range(14))), (postgres_url, list(range(6, 20)))])
    assert sum(saved) == 20  # the eight both wrote were stored by one of them
    with open_store(postgres_url, read_only=True) as store:
        counts = store.counts()
    assert (counts["articles"], counts["quotes"], counts["events"]) == (20, 20, 40)


def test_a_read_only_postgresql_store_refuses_writes_and_an_empty_database(postgres_url):
    from volteface.errors import StoreError

    with pytest.raises(StoreError, match="not a volteface store"):
        open_store(postgres_url, read_only=True)
    with open_store(postgres_url) as store:
        store.save(_article(0))
    with open_store(postgres_url, read_only=True) as store, pytest.raises(Exception, match="read-only"):
        store.save(_article(1))


@pytest.mark.model
def test_the_cli_runs_into_and_reads_from_postgresql(postgres_url, fixtures):
    import json

    from typer.testing import CliRunner

    from volteface.cli import app

    runner = CliRunner()
    first = runner.invoke(app, ["run", str(fixtures / "harbour_talks.txt"), "--db", postgres_url])
    assert first.exit_code == 0 and "new 1" in first.output, first.output
    again = runner.invoke(app, ["run", str(fixtures / "harbour_talks.txt"), "--db", postgres_url])
    assert "unchanged 1" in again.output
    listed = runner.invoke(app, ["quotes", "--db", postgres_url, "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert rows and all(r["content"] == r["evidence"] for r in rows)
    assert runner.invoke(app, ["stats", "--db", postgres_url]).exit_code == 0


@pytest.mark.model
def test_the_analyses_read_the_same_from_both_stores(postgres_url, tmp_path):
    """Shifts (with what was refused), relation series, timelines and the report's overview: the same answers
    from PostgreSQL as from SQLite for the same articles."""
    from importlib import resources

    from volteface.analyze import find_shifts, relation_series, timeline
    from volteface.ingest import read
    from volteface.pipeline import process_batch
    from volteface.report.html import overview

    corpus = resources.files("volteface") / "data" / "demo"
    articles = [
        a
        for a in process_batch([a for a in read([str(corpus / "*.txt")]) if isinstance(a, Article)])
        if isinstance(a, Article)
    ]
    answers = []
    for target in (str(tmp_path / "s.db"), postgres_url):
        with open_store(target) as store:
            for article in articles:
                store.save(article)
            refused: list = []
            shifts = find_shifts(store, refused=refused)
            actor = store.find_actor("Trump")
            answers.append(
                (
                    shifts,
                    refused,
                    relation_series(store, "USA", "RUS", "month"),
                    timeline(store, actor) if actor else None,
                    overview(store),
                )
            )
    assert answers[0][0] and answers[0][3]  # something to compare
    assert answers[0] == answers[1]


@pytest.mark.model
def test_dask_into_postgresql_then_serve_and_report_read_it(postgres_url, tmp_path, fixtures):
    """End to end on the shared path: `run --engine dask` (a LocalCluster) into PostgreSQL, twice (idempotent),
    then the API and the report read the store."""
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from volteface.cli import app
    from volteface.serve import create_app

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        text = (fixtures / "harbour_talks.txt").read_text(encoding="utf-8")
        (folder / f"talks{n}.txt").write_text(text + f"\n\nA note added to copy {n}.\n", encoding="utf-8")
    runner = CliRunner()
    args = ["run", str(folder), "--db", postgres_url, "--engine", "dask", "--workers", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0 and "new 3" in first.output, first.output
    assert "unchanged 3" in runner.invoke(app, args).output
    client = TestClient(create_app(postgres_url))
    quotes = client.get("/api/quotes").json()
    assert quotes and {q["article_id"] for q in quotes} and client.get("/").status_code == 200
    report = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "--db", postgres_url, "-o", str(report)]).exit_code == 0
    assert "volteface report" in report.read_text(encoding="utf-8")
