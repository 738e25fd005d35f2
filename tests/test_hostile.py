"""Hostile input: whatever one file, line or feed item holds, the run goes on, the good articles are stored, and
nothing a user supplies is interpreted (terminal markup, control characters)."""

import json

import pytest
from typer.testing import CliRunner

from volteface.cli import app
from volteface.ingest import read
from volteface.ingest.dates import parse_date
from volteface.model import Article, Failure

runner = CliRunner()


def _good(n: int) -> str:
    return json.dumps(
        {
            "id": f"g{n}",
            "date": f"2031-03-0{n % 9 + 1}",
            "text": f"The Ostmark foreign minister said on Tuesday that talks would resume. Note {n}.",
        }
    )


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_a_lone_surrogate_is_replaced_and_noted_not_fatal(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"title": "t\\udc00", "text": "bad \\ud800 text"}\n' + _good(1) + "\n", encoding="utf-8")
    articles, failures = _split(read([str(path)]))
    assert len(articles) == 2 and "\ufffd" in articles[0].text and "\ufffd" in articles[0].title
    articles[0].text.encode("utf-8")  # storable
    assert failures and not any(f.fatal for f in failures)


def test_one_unreadable_line_does_not_drop_the_lines_after_it(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        _good(1)
        + "\n"
        + '{"n": '
        + "9" * 5000
        + "}\n"
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
        + _good(2)
        + "\n",
        encoding="utf-8",
    )
    articles, failures = _split(read([str(path)]))
    assert [a.provenance.rsplit("(", 1)[1] for a in articles] == ["id g1)", "id g2)"]
    assert [f.where.split(":")[-1] for f in failures] == ["line 2", "line 3"]


def test_feed_fields_of_the_wrong_type_are_left_empty_and_the_feed_goes_on(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "items": [
                    {
                        "id": "1",
                        "url": {"a": 1},
                        "title": ["x"],
                        "content_text": "First item text.",
                        "date_published": {"y": 1},
                    },
                    {
                        "id": "2",
                        "url": "http://example.org/2",
                        "title": "Two",
                        "content_text": "Second item text.",
                    },
                ],
            }
        )
    )
    articles, failures = _split(read([str(path)]))
    assert [(a.title, a.url) for a in articles] == [(None, None), ("Two", "http://example.org/2")]
    assert {"field 'url' is a dict", "field 'title' is a list"} <= {
        f.problem.split(", not")[0] for f in failures
    }


def test_dates_outside_the_plausible_window_are_kept_undated_with_a_warning(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"text": f"Text {d}.", "date": d}) for d in ("9999-01-01", "0001-01-01", "2031-02-01")
        )
        + "\n"
    )
    articles, failures = _split(read([str(path)]))
    assert [a.date and a.date.isoformat() for a in articles] == [None, None, "2031-02-01"]
    assert sum("outside 1900" in f.problem for f in failures) == 2
    assert parse_date("Mon, 01 Jan 0001 00:00:00 GMT")[0].year == 1  # not read as 2001
    assert parse_date("Wed, 24 Sep 31 10:00:00 -0400")[0].year == 2031  # a two-digit year, not the zone


@pytest.mark.model
def test_markup_and_escapes_in_names_and_fields_are_printed_as_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[bold]open.txt").write_text("The Ostmark minister said the talks would resume.\n")
    (folder / "m.jsonl").write_text(
        json.dumps({"title": "[/]", "date": "[/red]", "text": "Some [bold]x[/]."}) + "\n" + _good(3) + "\n"
    )
    (folder / "esc\x1b[31m.jsonl").write_text('{"text": 1}\n')
    result = runner.invoke(app, ["run", str(folder), "--db", str(tmp_path / "s.db")], catch_exceptions=False)
    assert result.exit_code == 1  # warnings and one bad file, not a crash
    assert "unreadable date '[/red]'" in result.output and "new 3" in result.output
    assert "esc\\x1b[31m.jsonl" in result.output and "\x1b[31m" not in result.output


@pytest.mark.model
def test_a_file_of_many_bad_items_is_summarised_not_printed_line_by_line(tmp_path):
    path = tmp_path / "links.jsonl"
    path.write_text('{"title": "only a link"}\n' * 40 + _good(4) + "\n")
    result = runner.invoke(app, ["run", str(path), "--db", str(tmp_path / "s.db")], catch_exceptions=False)
    assert result.output.count("no text in field") == 5
    assert "40 in all, 35 more not shown" in result.output and "new 1" in result.output


@pytest.mark.model
def test_a_folder_of_hostile_inputs_beside_good_articles_stores_every_good_one(tmp_path):
    from hostile_inputs import GOOD, make_folder
    from volteface.store import open_store

    bad, good = make_folder(tmp_path / "in")
    assert bad >= 94 and good == GOOD
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "unexpected error" not in result.output
    assert "\x1b" not in result.output
    with open_store(db, read_only=True) as store:
        texts = [r[0] for r in store.query("SELECT text FROM articles")]
    assert all(any(f"Report number {n} of" in t for t in texts) for n in range(GOOD))
    again = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(db)], catch_exceptions=False)
    assert "new 0" in again.output  # idempotent: nothing doubled


@pytest.mark.model
def test_a_folder_skips_its_readme_and_stores_other_languages_without_records(tmp_path):
    from volteface.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "README.md").write_text("# Notes\nThis folder holds the articles of a test.\n")
    (folder / "ru.txt").write_text(
        "date 2031-05-02\nМинистр иностранных дел Остмарка заявил во вторник, что "
        "переговоры с Вальдорией продолжатся на следующей неделе, сообщили журналисты.\n"
    )
    (folder / "uk.txt").write_text(
        "date 2031-05-02\nМіністр закордонних справ Остмарку заявив у вівторок, що "
        "переговори з Вальдорією продовжаться наступного тижня, повідомили журналісти.\n"
    )
    (folder / "en.txt").write_text(
        "date 2031-05-02\nThe Ostmark foreign minister, Edda Kalnas, said on Tuesday "
        "that talks with Valdoria would resume next week in the harbour city.\n"
    )
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0 and "new 3" in result.output
    assert sum("extractors read English only" in line for line in result.output.splitlines()) == 2
    assert "stored 1 quotes" in result.output
    with open_store(db, read_only=True) as store:
        rows = store.query(
            "SELECT a.lang, a.provenance, (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) "
            "+ (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS records FROM articles a"
        )
    found = {row[1].rsplit("/", 1)[1]: (row[0], row[2]) for row in rows}
    assert found.keys() == {"ru.txt", "uk.txt", "en.txt"}  # no README
    assert found["ru.txt"] == ("ru", 0) and found["uk.txt"] == ("uk", 0) and found["en.txt"][1] >= 1


@pytest.mark.model
def test_a_run_counts_the_input_files_it_has_begun_for_its_progress(tmp_path):
    from volteface.run import run
    from volteface.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.jsonl").write_text(_good(n) + "\n" + _good(n + 10) + "\n")
    (folder / "bad.json").write_text("{")
    with open_store(tmp_path / "s.db") as store:
        counts = run(store, [str(folder)])
    assert counts.files == 4 and counts.new == 6


def test_include_reads_what_a_folder_walk_skips(tmp_path):
    from volteface.ingest import files

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("README.md", "LICENSE", ".hidden.txt", "story.txt"):
        (folder / name).write_text("The minister said talks would resume.\n")
    assert [p.rsplit("/", 1)[1] for p in files.expand([str(folder)])] == ["story.txt"]
    assert [p.rsplit("/", 1)[1] for p in files.expand([str(folder)], ["README*", ".*"])] == [
        ".hidden.txt",
        "README.md",
        "story.txt",
    ]
