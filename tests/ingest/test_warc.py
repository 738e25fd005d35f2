"""WARC archives: HTML responses become articles; requests, redirects, revisits and images do not; truncation."""

import gzip
import io
from datetime import date

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from volteface.ingest import read
from volteface.model import Article, Failure


def _page(n: int, dated: bool) -> bytes:
    meta = f'<meta property="article:published_time" content="2024-06-0{n}">' if dated else ""
    body = "".join(
        f"<p>Paragraph {j} of report {n} on the fictional harbour talks between Valdoria and Ostmark.</p>"
        for j in range(8)
    )
    return f"<html><head>{meta}<title>Report {n}</title></head><body><article>{body}</article></body></html>".encode()


def _archive(gz: bool = False) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)

    def response(
        url: str,
        payload: bytes,
        status: str = "200 OK",
        kind: str = "text/html; charset=utf-8",
        rec_type: str = "response",
    ) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            rec_type,
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2031-07-01T12:00:00Z"},
        )
        writer.write_record(record)

    writer.write_record(
        writer.create_warc_record(
            "http://v.example/1", "request", payload=io.BytesIO(b"GET /1 HTTP/1.1\r\n\r\n")
        )
    )
    response("http://v.example/1", _page(1, dated=True))
    response("http://v.example/old", b"<html><body>Moved</body></html>", status="301 Moved Permanently")
    response("http://v.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), kind="image/png")
    response("http://v.example/2", _page(2, dated=False))
    return buf.getvalue()


def test_html_responses_become_articles(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_archive())
    a, b = read([str(path)])
    assert a.url == "http://v.example/1" and (a.date, a.date_source) == (date(2024, 6, 1), "html")
    assert "Paragraph 3 of report 1" in a.text and a.provenance.startswith(f"{path}#record ")
    assert b.url == "http://v.example/2" and b.date_source == "warc" and b.date == date(2031, 7, 1)


def test_gzipped_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_archive(gz=True))
    assert [a.url for a in read([str(path)])] == ["http://v.example/1", "http://v.example/2"]


def test_truncated_archive_yields_what_was_read_then_a_failure(tmp_path):
    data = _archive()
    plain = tmp_path / "cut.warc"
    plain.write_bytes(data[: len(data) - 200])
    packed = tmp_path / "cut.warc.gz"
    packed.write_bytes(gzip.compress(data)[:-300])
    for path in (plain, packed):
        items = list(read([str(path)]))
        assert isinstance(items[0], Article) and items[0].url == "http://v.example/1"
        assert (
            isinstance(items[-1], Failure)
            and "truncated" in items[-1].problem
            and items[-1].where == str(path)
        )


def test_page_over_the_limit_fails_alone(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_archive())
    items = list(read([str(path)], max_bytes=500))
    assert all(isinstance(i, Failure) and "article limit" in i.problem for i in items) and len(items) == 2


def test_a_page_cut_short_is_not_stored_in_part(tmp_path):
    data = _archive()
    cut = data.index(b"Paragraph 5 of report 2")  # inside the last page
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    items = list(read([str(path)]))
    assert [a.url for a in items if isinstance(a, Article)] == ["http://v.example/1"]
    assert any(
        "cut short" in f.problem and f.problem.endswith("http://v.example/2")
        for f in items
        if isinstance(f, Failure)
    )


def test_warcio_warnings_are_counted_not_written_to_the_terminal(tmp_path, capfd):
    data = _archive()
    at = data.index(b"Content-Length: ", data.index(b"http://v.example/2"))
    end = data.index(b"\r\n", at)
    length = int(data[at + 16 : end])
    path = tmp_path / "short.warc"
    path.write_bytes(data[:at] + b"Content-Length: " + str(length - 10).encode() + data[end:])
    items = list(read([str(path)]))
    assert "Remainder" not in capfd.readouterr().err
    assert any("Content-Length may be wrong" in f.problem for f in items if isinstance(f, Failure))
