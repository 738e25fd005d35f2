"""Text and Markdown: the date line (own line or same line), front matter, --date and --source."""

from datetime import date
from pathlib import Path

import pytest

from volteface.ingest import read
from volteface.model import Article, Failure

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_date_line_on_its_own_line(tmp_path):
    path = tmp_path / "own.txt"
    path.write_text("date 2031-03-04\n\nValdoria closed the pass.\n", encoding="utf-8")
    [a] = read([str(path)])
    assert (a.date, a.date_source, a.text, a.title) == (
        date(2031, 3, 4),
        "text",
        "Valdoria closed the pass.",
        None,
    )
    assert (a.id, a.provenance) == ("", str(path))


def test_date_line_followed_by_body_on_the_same_line(tmp_path):
    path = tmp_path / "same.txt"
    path.write_text(" date 2031-03-05 Ostmark reopened it the next day.\nSecond line.", encoding="utf-8")
    [a] = read([str(path)])
    assert (a.date, a.date_source) == (date(2031, 3, 5), "text")
    assert a.text == "Ostmark reopened it the next day.\nSecond line."


def test_a_first_word_date_is_not_a_date_line(tmp_path):
    path = tmp_path / "prose.txt"
    path.write_text("Date night at the embassy ended early.", encoding="utf-8")
    [a] = read([str(path)])
    assert a.date is None and a.date_source == "none" and a.text.startswith("Date night")


def test_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Pass reopened\ndate: 2031-03-05\nurl: https://example.org/a\nsource: Demo Post\n---\n"
        "Ostmark reopened the pass.\n",
        encoding="utf-8",
    )
    [a] = read([str(path)])
    assert (a.title, a.date, a.date_source, a.url, a.source, a.text) == (
        "Pass reopened",
        date(2031, 3, 5),
        "text",
        "https://example.org/a",
        "Demo Post",
        "Ostmark reopened the pass.",
    )


def test_front_matter_with_windows_line_ends(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: Windows\r\ndate: 2031-01-02\r\n---\r\nValdoria voted.\r\n")
    [a] = read([str(path)])
    assert (a.title, a.date, a.text) == ("Windows", date(2031, 1, 2), "Valdoria voted.")


def test_impossible_date_keeps_the_article_undated(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("date 2031-02-30\nValdoria voted.", encoding="utf-8")
    front = tmp_path / "front.md"
    front.write_text("---\ndate: 2031-02-30\n---\nOstmark voted.", encoding="utf-8")
    articles, failures = _split(read([str(line), str(front)]))
    assert [a.text for a in articles] == ["Valdoria voted.", "Ostmark voted."]
    assert all(a.date is None and a.date_source == "none" for a in articles)
    assert [f.problem for f in failures] == [
        "impossible date '2031-02-30' (kept undated; --date sets one)"
    ] * 2
    assert not any(f.fatal for f in failures)


def test_cli_date_dates_only_undated_articles(tmp_path):
    (tmp_path / "a.txt").write_text("date 2031-01-01\nText one.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Text two.", encoding="utf-8")
    a, b = read([str(tmp_path)], date=date(2030, 6, 1))
    assert (a.date, a.date_source) == (date(2031, 1, 1), "text")
    assert (b.date, b.date_source) == (date(2030, 6, 1), "cli")


def test_source_option_names_every_article(tmp_path):
    (tmp_path / "a.md").write_text("---\nsource: Own Name\n---\nText one.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Text two.", encoding="utf-8")
    assert [a.source for a in read([str(tmp_path)])] == ["Own Name", None]
    assert [a.source for a in read([str(tmp_path)], source="Courier")] == ["Courier", "Courier"]


def test_header_without_body_is_a_failure(tmp_path):
    path = tmp_path / "empty_body.txt"
    path.write_text("date 2031-01-01\n\n", encoding="utf-8")
    [f] = read([str(path)])
    assert isinstance(f, Failure) and "no text after the header" in f.problem


def _seeds() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared not present: {seeds} (seed articles)")
    return seeds


def test_seed_004_date_line_shares_the_line_with_the_body():
    [path] = sorted(_seeds().glob("004_*.txt"))
    [a] = read([str(path)])
    assert (a.date, a.date_source) == (date(2025, 9, 24), "text")
    assert a.text.startswith("America") and "date 2025" not in a.text[:40]


def test_seed_000_is_undated():
    [path] = sorted(_seeds().glob("000_*.txt"))
    [a] = read([str(path)])
    assert isinstance(a, Article) and (a.date, a.date_source) == (None, "none")
    [b] = read([str(path)], date=date(2025, 9, 1))
    assert (b.date, b.date_source) == (date(2025, 9, 1), "cli")
