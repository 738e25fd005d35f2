"""Bad input: one Failure per problem, naming the file; good articles still come through; memory bounded."""

import gzip
import json

from volteface.ingest import read
from volteface.model import Article, Failure


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_each_bad_file_one_clear_failure(tmp_path):
    (tmp_path / "good.txt").write_text("date 2031-01-01\nValdoria recalled its envoy.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "cut.jsonl").write_text(json.dumps({"text": "Ostmark protested."}) + '\n{"text": "Osk',
                                        encoding="utf-8")
    (tmp_path / "fake.gz").write_bytes(b"plain bytes")
    (tmp_path / "bad.html").write_bytes(b"<html><body><p>\xff\xfe\xfa broken</p></body></html>")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "feed.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                                       "<item><title>A</title><description>Valdoria voted.</description></item>"
                                       "<item><title>B</title><descr", encoding="utf-8")
    (tmp_path / "when.txt").write_text("date 2031-02-30\nValdoria voted.", encoding="utf-8")
    (tmp_path / "odd.xyz").write_text("what is this", encoding="utf-8")
    articles, failures = _split(read([str(tmp_path)], max_bytes=10_000))
    texts = sorted(a.text for a in articles)
    assert "Valdoria recalled its envoy." in texts and "Ostmark protested." in texts
    assert any(t == "Valdoria voted." for t in texts)  # the feed's good item and the undated text both kept
    problems = {f.where.split("/")[-1]: f for f in failures}
    assert "binary" in problems["binary.txt"].problem
    assert "JSON" in problems["cut.jsonl:line 2"].problem
    assert "gzip" in problems["fake.gz"].problem
    assert "UTF-8" in problems["bad.html"].problem
    assert "empty" in problems["empty.txt"].problem
    assert "malformed feed" in problems["feed.rss"].problem
    assert "impossible date" in problems["when.txt"].problem and not problems["when.txt"].fatal
    assert "unknown format" in problems["odd.xyz"].problem
    assert all("\n" not in str(f) for f in failures)


def test_oversized_file_refused_without_reading(tmp_path):
    big = tmp_path / "noise.txt"
    with big.open("wb") as handle:
        handle.seek(40_000_000)
        handle.write(b"x")  # a sparse 40 MB file: refusing it must not read it
    [failure] = read([str(big)])
    assert "over the 5.0 MB article limit" in failure.problem


def test_gzip_bomb_is_bounded(tmp_path):
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"a" * 20_000_000)
    [failure] = read([str(path)], max_bytes=1_000_000)
    assert "limit" in failure.problem


def test_missing_path(tmp_path):
    [failure] = read([str(tmp_path / "nope.txt")])
    assert failure.problem == "no such file or folder"
