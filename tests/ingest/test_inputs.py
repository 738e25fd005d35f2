"""Inputs: folders, globs, stdin, sniffing, and every bad input as one clear one-line Failure."""

import gzip
import io
import json
import sys

import pytest

from volteface.ingest import ACCEPTED, files, read
from volteface.model import Article, Failure


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_folders_are_recursive_sorted_and_skip_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("One.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git.", encoding="utf-8")
    assert [a.text for a in read([str(tmp_path)])] == ["One.", "Two."]


def test_empty_folder(tmp_path):
    (tmp_path / ".only_hidden").write_text("x", encoding="utf-8")
    [f] = read([str(tmp_path)])
    assert f.where == str(tmp_path) and f.problem.startswith("folder has no files to read")


def test_globs_and_input_order(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    texts = [a.text for a in read([str(tmp_path / "c.md"), str(tmp_path / "*.txt")])]
    assert texts == ["c.md", "a.txt", "b.txt"]


def test_missing_path_and_empty_glob(tmp_path):
    for path in (tmp_path / "nope.txt", tmp_path / "none*.txt"):
        [f] = read([str(path)])
        assert f == Failure(str(path), "no such file or folder")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch):
    _stdin(monkeypatch, b"date 2031-04-01\nValdoria spoke.\n")
    [a] = read(["-"])
    assert (a.text, a.date.isoformat(), a.provenance) == ("Valdoria spoke.", "2031-04-01", "-")


def test_stdin_json_lines(monkeypatch):
    _stdin(monkeypatch, b'{"text": "One."}\n{"text": "Two."}\n{"broken"\n')
    articles, failures = _split(read(["-"]))
    assert [a.provenance for a in articles] == ["-:line 1", "-:line 2"] and failures[0].where == "-:line 3"


def test_stdin_gzip_and_html(monkeypatch):
    page = "".join(
        f"<p>Paragraph {i} about the harbour talks between Valdoria and Ostmark, again.</p>" for i in range(6)
    )
    _stdin(
        monkeypatch,
        gzip.compress(f"<!DOCTYPE html><html><body><article>{page}</article></body></html>".encode()),
    )
    [a] = read(["-"])
    assert "Paragraph 4 about the harbour talks" in a.text


def test_unknown_extension_is_sniffed_or_refused(tmp_path):
    data = tmp_path / "export.dat"
    data.write_text(json.dumps({"text": "Sniffed."}) + "\n", encoding="utf-8")
    odd = tmp_path / "notes.xyz"
    odd.write_text("what is this", encoding="utf-8")
    bare = tmp_path / "README"
    bare.write_text("no extension", encoding="utf-8")
    a, f, g = read([str(data), str(odd), str(bare)])
    assert a.text == "Sniffed."
    assert f.problem.startswith("unknown format '.xyz'") and "accepted: " + ", ".join(ACCEPTED) in f.problem
    assert g.problem.startswith("unknown format '(no extension)'")


def test_each_bad_file_gives_one_clear_failure_and_the_good_ones_still_come(tmp_path):
    (tmp_path / "good.txt").write_text("date 2031-01-01\nValdoria recalled its envoy.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "fake.jsonl.gz").write_bytes(b'{"text": "plain, not gzip"}\n')
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "noise.md").write_bytes(bytes(range(1, 32)) * 100)
    articles, failures = _split(read([str(tmp_path)]))
    assert [a.text for a in articles] == ["Valdoria recalled its envoy."]
    problems = {f.where.rsplit("/", 1)[-1]: f.problem for f in failures}
    assert problems["binary.txt"].startswith("binary file, not text")
    assert problems["noise.md"].startswith("binary file, not text")
    assert problems["fake.jsonl.gz"].startswith("not a gzip file")
    assert problems["empty.txt"] == "empty file"
    assert problems["latin.txt"].startswith("not valid UTF-8 (byte 0xe9 at offset 3)")
    assert all(f.fatal and "\n" not in str(f) for f in failures)


def test_oversized_file_is_refused_by_its_size_without_being_read(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"Valdoria and Ostmark talked again. " * 180_000)  # ~6.3 MB

    def never(path):
        raise AssertionError(f"{path} was opened")

    monkeypatch.setattr(files, "open_input", never)
    [f] = read([str(big)])
    assert f == Failure(str(big), "file is 6.3 MB, over the 5.0 MB article limit (setting max_article_bytes)")


def test_gzip_bomb_is_bounded(tmp_path):
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wb") as handle:
        for _ in range(20):
            handle.write(b"a" * 1_000_000)
    [f] = read([str(path)], max_bytes=1_000_000)
    assert f.problem == "decompressed content is over the 1.0 MB article limit (setting max_article_bytes)"


def test_truncated_gzip_text_is_refused(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(bytes(range(32, 127)) * 400)[:-50])
    [f] = read([str(path)])
    assert isinstance(f, Failure) and f.problem.startswith("truncated")


@pytest.mark.parametrize(
    "name", ["a.txt", "a.html", "a.jsonl", "a.csv", "a.rss", "a.json", "a.warc", "a.warc.gz"]
)
def test_never_raises_on_garbage(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x1f\x8b\x08\x00garbage" + bytes(range(256)) * 4)
    items = list(read([str(path)]))
    assert items and all(isinstance(i, Failure) and "\n" not in str(i) for i in items)
