import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from volteface.model import Actor, Article, Event, Mention, Post, Quote, Span, Stance
from volteface.store import open_store


def _article() -> Article:
    text = "Brandvik met Kalnas. Kalnas said the deal was fair."
    return Article(
        id="a1",
        text=text,
        title="Talks",
        date=date(2031, 4, 2),
        date_source="text",
        url=None,
        source="demo",
        posts=(Post("twitter", "Mira Quell", "mira_quell", date(2031, 4, 1), "Brandvik", Span(0, 8)),),
        mentions=(Mention(Span(0, 8), "Brandvik", "p:brandvik"),),
        actors=(Actor("p:brandvik", "Ilse Brandvik", "VALGOV", "VAL", "GOV", "person"),),
        quotes=(
            Quote(
                "Kalnas",
                Span(21, 27),
                "said",
                Span(28, 32),
                "the deal was fair",
                Span(33, 50),
                "indirect",
                date(2031, 4, 2),
                "article",
                None,
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
                True,
                date(2031, 4, 2),
                Span(0, 20),
                Span(9, 12),
                0.8,
                "p:brandvik",
                None,
            ),
        ),
        stances=(Stance("p:brandvik", "p:kalnas", "favor", 0.1, date(2031, 4, 2), Span(0, 20), None),),
    )


def test_round_trip_keeps_every_record(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert store.save(_article())
        back = store.article("a1")
    assert back == _article()


def test_saving_twice_is_a_no_op(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert store.save(_article()) is True
        assert store.save(_article()) is False
        counts = store.counts()
    assert counts["articles"] == 1 and counts["quotes"] == 1 and counts["events"] == 1


def test_failed_write_leaves_nothing_half_written(tmp_path):
    bad = _article()
    # A quote with no content violates NOT NULL: the article and its other records must roll back too.
    from dataclasses import replace

    bad = replace(bad, quotes=(replace(bad.quotes[0], content=None),))
    with open_store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.save(bad)
        assert store.counts()["articles"] == 0 and store.counts()["posts"] == 0
        assert store.save(_article())


def test_migrations_recorded_and_reopen_works(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.save(_article())
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.has("a1")


def test_not_a_database_is_a_clear_error(tmp_path):
    from volteface.errors import StoreError

    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        open_store(path)


def test_a_store_made_by_migration_001_is_upgraded(tmp_path):
    import sqlite3 as sql

    from volteface.store.sqlite import migrations

    path = tmp_path / "old.db"
    conn = sql.connect(path)
    number, script = migrations()[0]
    conn.executescript(f"{script}\nPRAGMA user_version={number};")
    conn.close()
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
        assert store.save(_article()) and store.article("a1") == _article()


def _save_one(args: tuple[str, int]) -> str:
    path, n = args
    from volteface.store import open_store as opened

    with opened(path) as store:
        store.save(replace(_article(), id=f"w{n}", text=f"Text number {n}."))
    return "ok"


def test_two_first_runs_on_a_new_store_at_once_both_store_their_articles(tmp_path):
    from multiprocessing import get_context

    with get_context("spawn").Pool(2) as pool:
        for attempt in range(20):
            path = str(tmp_path / f"new{attempt}.db")
            assert pool.map(_save_one, [(path, 1), (path, 2)]) == ["ok", "ok"]
            with open_store(path) as store:
                assert sorted(store.article_ids()) == ["w1", "w2"]


def test_a_lock_held_too_long_is_one_clear_error_and_nothing_is_lost(tmp_path, monkeypatch):
    from volteface.errors import StoreError
    from volteface.store import sqlite as backend

    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.save(_article())
    monkeypatch.setattr(backend, "LOCK_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(path) as store, pytest.raises(StoreError, match="locked by another writer"):
            store.save(replace(_article(), id="a2", text="Another text."))
    finally:
        holder.execute("ROLLBACK")
    with open_store(path, read_only=True) as store:
        assert store.article_ids() == ["a1"]


def test_reading_refuses_an_empty_or_foreign_file_and_never_changes_it(tmp_path):
    from volteface.errors import StoreError

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty file"):
        open_store(empty, read_only=True)
    foreign = tmp_path / "theirs.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="not a volteface store"):
            open_store(foreign, read_only=read_only)
    tables = (
        sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    )
    assert tables == [("notes",)]
    with open_store(tmp_path / "ours.db") as store:
        store.save(_article())
    with open_store(tmp_path / "ours.db", read_only=True) as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM articles")


def test_an_actor_described_differently_by_two_articles_is_the_same_row_in_either_order(tmp_path):
    vague = Actor("p:kalnas", "Kalnas", None, None, None, "person")
    full = Actor("p:kalnas", "Edda Kalnas", "OSTGOV", "OST", "GOV", "person")
    rows = []
    for n, order in enumerate(((vague, full), (full, vague))):
        with open_store(tmp_path / f"s{n}.db") as store:
            for i, actor in enumerate(order):
                store.save(replace(_article(), id=f"a{i}", text=f"Text {i}.", actors=(actor,)))
            rows.append(tuple(store.conn.execute("SELECT * FROM actors WHERE id = 'p:kalnas'").fetchone()))
    assert rows[0] == rows[1] == ("p:kalnas", "Edda Kalnas", "OSTGOV", "OST", "GOV", "person")
