"""The CLI end to end on hand-written inputs: run twice, export, annotate, bad input, exit codes."""

import gzip
import json

import pytest
from typer.testing import CliRunner

from volteface.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_run_twice_changes_nothing_and_export_has_evidence(tmp_path, fixtures):
    db = tmp_path / "s.db"
    first = _run("run", str(fixtures / "harbour_talks.txt"), "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "new 1" in first.output
    second = _run("run", str(fixtures / "harbour_talks.txt"), "--db", str(db))
    assert second.exit_code == 0 and "new 0" in second.output and "unchanged 1" in second.output
    out = tmp_path / "out.jsonl"
    assert _run("export", "--db", str(db), "-o", str(out)).exit_code == 0
    [record] = [json.loads(line) for line in out.open()]
    assert record["date"] == "2031-04-02" and record["posts"][0]["handle"] == "mira_quell"
    for quote in record["quotes"]:
        start, end = quote["content_span"]
        assert record["text"][start:end] == quote["content"]


def test_bad_inputs_get_one_line_each_and_good_ones_are_stored(tmp_path, fixtures):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (fixtures / "harbour_talks.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "cut.jsonl").write_text(
        '{"text": "Ostmark recalled its ambassador.", "date": "2031-05-01"}\n{"text": "Val', encoding="utf-8"
    )
    (folder / "fake.jsonl.gz").write_bytes(b"not gzip at all")
    (folder / "bad.html").write_bytes(b"<html><body><p>caf\xe9 \xff\xfe broken</p></body></html>")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "when.jsonl").write_text(
        '{"text": "Valdoria closed its border on Monday.", "date": "2031-02-30"}\n', encoding="utf-8"
    )
    db = tmp_path / "s.db"
    result = _run("run", str(folder), "--db", str(db), "--max-bytes", "100000")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(("error:", "warning:"))]
    for name in ("binary.txt", "cut.jsonl", "fake.jsonl.gz", "bad.html", "empty.txt", "when.jsonl"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert "Traceback" not in result.output
    stats = _run("stats", "--db", str(db))
    assert stats.exit_code == 0
    export = tmp_path / "o.jsonl"
    _run("export", "--db", str(db), "-o", str(export))
    texts = [json.loads(line)["text"] for line in export.open()]
    assert len(texts) == 3  # the good article, the good JSONL line, and the undated one kept


def test_annotate_one_record_per_line_in_order_with_errors(tmp_path):
    lines = [
        json.dumps(
            {"id": "a", "text": "Valdoria's president said the talks would resume.", "date": "2031-01-02"}
        ),
        "{broken json",
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": "Ostmark expelled two diplomats.", "date": None}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("annotate", str(src), "-o", str(out), "--task", "all", "--workers", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.open()]
    assert [r.get("id") for r in records] == ["a", None, "c", "d"]
    assert "error" in records[1] and "error" in records[2]
    assert {"quotes", "events", "stances"} <= set(records[0])


def test_usage_errors_exit_2(tmp_path):
    assert _run("annotate", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")).exit_code == 2
    assert _run("run", "x.txt", "--db", str(tmp_path / "s.db"), "--date", "yesterday").exit_code == 2
    assert _run("annotate", "x", "-o", "y", "--task", "poetry").exit_code == 2


def test_gzip_jsonl_reads(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(
            json.dumps({"text": "Ostmark and Valdoria signed a fishing accord.", "date": "2031-06-01"}) + "\n"
        )
    result = _run("run", str(path), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0 and "new 1" in result.output


def test_quotes_and_events_listings(tmp_path, fixtures):
    db = tmp_path / "s.db"
    # an event is stored only with coded actors: the fixture's fictional states are given to the resolver
    _run(
        "run",
        str(fixtures / "harbour_talks.txt"),
        "--db",
        str(db),
        "--actors",
        str(fixtures / "harbour_actors.yaml"),
    )
    quotes = _run("quotes", "--db", str(db), "--speaker", "kalnas", "--json")
    assert quotes.exit_code == 0
    rows = [json.loads(line) for line in quotes.output.splitlines() if line.startswith("{")]
    assert rows and all("Kalnas" in r["speaker"] for r in rows)
    events = _run("events", "--db", str(db), "--json")
    assert events.exit_code == 0 and '"code"' in events.output
    assert _run("events", "--db", str(db), "--dyad", "nonsense").exit_code == 2


def test_run_with_two_workers_stores_everything(tmp_path, fixtures):
    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {"text": f"Valdoria and Ostmark held talks number {i} on the harbour.", "date": "2031-05-01"}
            )
            + "\n"
            for i in range(40)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    result = _run("run", str(src), "--db", str(db), "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "new 40" in result.output


def test_reprocess_replaces_records_without_duplicating(tmp_path, fixtures):
    db = tmp_path / "s.db"
    _run("run", str(fixtures / "harbour_talks.txt"), "--db", str(db))
    again = _run("run", str(fixtures / "harbour_talks.txt"), "--db", str(db), "--reprocess")
    assert again.exit_code == 0 and "new 0" in again.output and "replaced 1" in again.output
    from volteface.store import open_store

    with open_store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 1 and counts["quotes"] >= 1


def test_quotes_listing_shows_statements_and_beliefs_only_on_request(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "date 2031-05-01\n\nEnvoy Pavel Dorn said the harbour would reopen. Envoy Pavel Dorn believes "
        "that the talks will fail.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    _run("run", str(src), "--db", str(db))

    def kinds(*extra: str) -> set[str]:
        result = _run("quotes", "--db", str(db), "--json", *extra)
        return {json.loads(line)["kind"] for line in result.output.splitlines() if line.startswith("{")}

    assert kinds() == {"indirect"}
    assert kinds("--beliefs") == {"indirect", "belief"}


def test_an_unknown_actor_is_a_usage_error_with_suggestions_and_a_foreign_file_is_left_alone(
    tmp_path, fixtures
):
    import sqlite3

    db = tmp_path / "s.db"
    assert _run("run", str(fixtures / "harbour_talks.txt"), "--db", str(db)).exit_code == 0
    for args in (
        ("report", "--db", str(db), "--actor", "Nobody Atall", "-o", str(tmp_path / "r.html")),
        ("timeline", "Nobody Atall", "--db", str(db)),
        ("shifts", "--db", str(db), "--holder", "Nobody"),
    ):
        result = runner.invoke(app, list(args))
        assert result.exit_code == 2 and "no actor matching" in result.output, args
    assert not (tmp_path / "r.html").exists()
    close = runner.invoke(app, ["timeline", "Brandvk", "--db", str(db)])
    assert "did you mean" in close.output or close.exit_code == 0
    foreign = tmp_path / "theirs.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for command in ("stats", "quotes", "report"):
        result = runner.invoke(app, [command, "--db", str(foreign)])
        assert result.exit_code != 0 and "not a volteface store" in result.output, command
    assert foreign.read_bytes() == before


def test_an_unknown_dyad_is_a_usage_error_that_names_the_busiest(tmp_path):
    from importlib import resources

    db = tmp_path / "demo.db"
    assert (
        _run("run", str(resources.files("volteface") / "data" / "demo" / "*.txt"), "--db", str(db)).exit_code
        == 0
    )
    for args in (
        ("relations", "--db", str(db), "--dyad", "XXX:RUS"),
        ("events", "--db", str(db), "--dyad", "USA:QQQ"),
        ("report", "--db", str(db), "--dyad", "ZZZ:YYY", "-o", str(tmp_path / "r.html")),
    ):
        result = runner.invoke(app, list(args))
        assert result.exit_code == 2 and "busiest dyads" in result.output, args
    assert runner.invoke(app, ["relations", "--db", str(db), "--dyad", "USA:RUS"]).exit_code == 0
