"""JSON Lines, JSON and CSV/TSV records: field mapping, per-line failures, dates, limits."""

import gzip
import json
from datetime import date
from pathlib import Path

from volteface.ingest import read
from volteface.ingest.dates import parse_date
from volteface.model import Article, Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def _jsonl(path, *rows):
    path.write_text(
        "".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    return str(path)


def test_jsonl_fields_and_provenance(tmp_path):
    path = _jsonl(
        tmp_path / "a.jsonl",
        {
            "text": "Ostmark signed.",
            "title": "Signed",
            "date": "2031-02-02",
            "url": "https://x.example/1",
            "source": "Courier",
            "id": "r-1",
        },
        {"text": "Valdoria objected."},
    )
    a, b = read([path])
    assert (a.text, a.title, a.date, a.date_source, a.url, a.source) == (
        "Ostmark signed.",
        "Signed",
        date(2031, 2, 2),
        "field",
        "https://x.example/1",
        "Courier",
    )
    assert a.provenance == f"{path}:line 1 (id r-1)" and a.id == ""
    assert (b.date, b.date_source, b.provenance) == (None, "none", f"{path}:line 2")


def test_field_map(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"body": "Ostmark signed.", "when": "2031-02-02", "text": "not this"})
    [a] = read([path], field_map={"text": "body", "date": "when"})
    assert (a.text, a.date) == ("Ostmark signed.", date(2031, 2, 2))


def test_bad_lines_fail_alone_and_reading_goes_on(tmp_path):
    path = _jsonl(
        tmp_path / "cut.jsonl",
        {"text": "First."},
        '{"text": broken}\n',
        {"title": "no text here"},
        "[1, 2]\n",
        "\n",
        {"text": "Fifth."},
        '{"text": "Osk',  # the last line, cut short
    )
    articles, failures = _split(read([path]))
    assert [a.text for a in articles] == ["First.", "Fifth."]
    problems = {f.where: f.problem for f in failures}
    assert "not valid JSON" in problems[f"{path}:line 2"]
    assert (
        "no text in field 'text'" in problems[f"{path}:line 3"]
        and "--field text=NAME" in problems[f"{path}:line 3"]
    )
    assert "expected an object" in problems[f"{path}:line 4"]
    assert "cut short" in problems[f"{path}:line 7"]
    assert all(f.fatal for f in failures)


def test_impossible_and_relative_dates_keep_the_article(tmp_path):
    path = _jsonl(
        tmp_path / "d.jsonl", {"text": "One.", "date": "2025-02-30"}, {"text": "Two.", "date": "yesterday"}
    )
    articles, failures = _split(read([path]))
    assert [(a.text, a.date) for a in articles] == [("One.", None), ("Two.", None)]
    assert failures[0] == Failure(
        f"{path}:line 1", "impossible date '2025-02-30' (kept undated; --date sets one)", fatal=False
    )
    assert "relative date 'yesterday'" in failures[1].problem and not failures[1].fatal


def test_common_date_forms():
    assert parse_date("2031-09-24T23:30:00-05:00") == (
        date(2031, 9, 24),
        None,
    )  # the publisher's day, not UTC's
    assert parse_date("Wed, 24 Sep 2031 23:30:00 -0500") == (date(2031, 9, 24), None)
    assert parse_date("24 September 2031") == (date(2031, 9, 24), None)
    assert parse_date("September 24, 2031") == (date(2031, 9, 24), None)
    assert parse_date(None) == (None, None) and parse_date("") == (None, None)
    assert parse_date("Tuesday")[0] is None and "unreadable" in parse_date("Tuesday")[1]
    assert parse_date("3 days ago")[0] is None


def test_record_over_the_limit_fails_alone(tmp_path):
    path = _jsonl(tmp_path / "big.jsonl", {"text": "Small."}, {"text": "x" * 5000}, {"text": "Also small."})
    articles, failures = _split(read([path], max_bytes=1000))
    assert [a.text for a in articles] == ["Small.", "Also small."]
    assert [f.where for f in failures] == [f"{path}:line 2"] and "over the 1.0 KB article limit" in failures[
        0
    ].problem


def test_jsonl_gz_is_streamed(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for n in range(3):
            handle.write(json.dumps({"text": f"Item {n}."}) + "\n")
    assert [a.text for a in read([str(path)])] == ["Item 0.", "Item 1.", "Item 2."]


def test_json_array_and_single_object(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "One."}, {"nope": 1}, {"text": "Three."}]), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Only.", "date": "2031-01-01"}, indent=2), encoding="utf-8")
    items = list(read([str(many), str(one)]))
    assert [getattr(i, "provenance", None) or i.where for i in items] == [
        f"{many}#record 1",
        f"{many}#record 2",
        f"{many}#record 3",
        str(one),
    ]
    assert isinstance(items[1], Failure) and items[3].date == date(2031, 1, 1)


def test_csv_with_field_map_quoted_commas_and_multiline_cells():
    path = FIXTURES / "records.csv"
    field_map = {"text": "body", "date": "published", "title": "headline", "url": "link"}
    articles, failures = _split(read([str(path)], field_map=field_map))
    a, b = articles
    assert (a.text, a.date, a.title, a.url) == (
        "Valdoria, after long talks, signed the harbour accord.",
        date(2031, 5, 2),
        "Accord signed",
        "https://courier.example/a1",
    )
    assert b.text == "Ostmark said the accord\nwould be ratified in June." and b.date == date(2031, 5, 2)
    assert a.provenance == f"{path}:line 2 (id a1)" and b.provenance == f"{path}:line 3 (id a2)"
    [f] = failures
    assert f.where == f"{path}:line 5" and "no text in field 'body'" in f.problem


def test_tsv(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("text\tdate\nValdoria voted.\t2031-01-05\n", encoding="utf-8")
    [a] = read([str(path)])
    assert (a.text, a.date, a.date_source) == ("Valdoria voted.", date(2031, 1, 5), "field")
