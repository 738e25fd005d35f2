"""Exports where analysts work: flat tables as CSV and Parquet read back by pandas with the store's row counts,
the GDELT 2.0 event table with its published columns and types, PLOVER records."""

import json
from importlib import resources

import pandas as pd
import pytest
from typer.testing import CliRunner

from volteface.cli import app
from volteface.export import GDELT_COLUMNS
from volteface.run import run
from volteface.store import open_store

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
        counts = store.counts()
    return db, counts


def _export(db, out, *args):
    result = runner.invoke(app, ["export", "--db", str(db), "-o", str(out), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("table", ["articles", "quotes", "events", "stances"])
def test_csv_and_parquet_round_trip_with_the_stores_row_counts(demo, tmp_path, table):
    db, counts = demo
    frame_csv = pd.read_csv(_export(db, tmp_path / f"{table}.csv", "--table", table, "--format", "csv"))
    frame_pq = pd.read_parquet(
        _export(db, tmp_path / f"{table}.parquet", "--table", table, "--format", "parquet")
    )
    assert len(frame_csv) == len(frame_pq) == counts[table]
    if table != "articles":
        assert {"article_id", "title", "outlet", "url", "idx", "evidence"} <= set(frame_pq.columns)
    if table == "quotes":
        assert {"content_start", "content_end", "speaker", "kind"} <= set(frame_csv.columns)


def test_the_gdelt_table_has_the_published_columns_and_types(demo, tmp_path):
    db, counts = demo
    frame = pd.read_csv(
        _export(db, tmp_path / "events.tsv", "--format", "gdelt"),
        sep="\t",
        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str},
    )
    assert list(frame.columns) == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    assert 0 < len(frame) <= counts["events"]
    assert frame["SQLDATE"].dtype.kind == "i" and frame["GLOBALEVENTID"].dtype.kind == "i"
    assert frame["QuadClass"].between(1, 4).all() and frame["GoldsteinScale"].between(-10, 10).all()
    assert (frame["EventRootCode"].str.len() == 2).all() and frame["Actor1Code"].notna().all()
    assert frame["ActionGeo_Lat"].isna().all()  # geography is left empty, as docs/export.md says


def test_plover_records_and_filters(demo, tmp_path):
    db, _ = demo
    records = [
        json.loads(line)
        for line in _export(db, tmp_path / "p.jsonl", "--format", "plover", "--dyad", "USA:RUS").open()
    ]
    assert records and all(r["actor"].startswith("USA") and r["recipient"].startswith("RUS") for r in records)
    assert all({"event_type", "mode", "context", "date", "text", "url"} <= set(r) for r in records)


def test_a_formula_looking_cell_stays_text(tmp_path):
    from volteface.export import _cell

    assert _cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")' and _cell(-2.5) == -2.5 and _cell("ok") == "ok"


def test_the_records_own_id_is_kept_as_a_column(tmp_path):
    db = tmp_path / "ids.db"
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps(
            {
                "id": "story-17",
                "text": "The Ostmark minister said on Tuesday that talks with Valdoria would resume.",
                "date": "2031-05-02",
            }
        )
        + "\n"
    )
    assert runner.invoke(app, ["run", str(source), "--db", str(db)]).exit_code == 0
    frame = pd.read_csv(_export(db, tmp_path / "a.csv", "--table", "articles", "--format", "csv"))
    assert list(frame["record_id"]) == ["story-17"]
    with open_store(db, read_only=True) as store:
        [article] = list(store.articles())
    assert article.record_id == "story-17"
