"""HTML pages: main text without navigation, the page's date, charsets and their refusals."""

import gzip
from datetime import date
from pathlib import Path

from volteface.ingest import read
from volteface.ingest.html import decode_html
from volteface.model import Article, Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PARAGRAPHS = "".join(
    f"<p>Paragraph {i}: the harbour commission of Valdoria met the Ostmark delegation again to settle the quotas.</p>"
    for i in range(6)
)


def _page(charset_meta: str = '<meta charset="utf-8">', extra: str = "") -> str:
    return (
        f"<html><head>{charset_meta}<title>Quota talks</title></head><body><nav>Home | World</nav>"
        f"<article>{PARAGRAPHS}{extra}</article></body></html>"
    )


def test_main_text_title_and_date():
    path = FIXTURES / "harbour_report.html"
    [a] = read([str(path)])
    assert "failed on Thursday to agree on fishing quotas" in a.text and "neutral mediator" in a.text
    assert "Sport" not in a.text and "All rights reserved" not in a.text
    assert a.title and a.title.startswith("Harbour talks stall")
    assert (a.date, a.date_source, a.provenance, a.id) == (date(2024, 3, 14), "html", str(path), "")


def test_undated_page_and_cli_date(tmp_path):
    path = tmp_path / "p.htm"
    path.write_text(_page(), encoding="utf-8")
    [a] = read([str(path)])
    assert "Paragraph 3: the harbour commission" in a.text and (a.date, a.date_source) == (None, "none")
    [b] = read([str(path)], date=date(2031, 1, 1))
    assert (b.date, b.date_source) == (date(2031, 1, 1), "cli")


def test_declared_charset_is_used(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(
        _page(
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
            "<p>Der Außenminister sprach in Zürich über die Fangquoten.</p>",
        ).encode("latin-1")
    )
    [a] = read([str(path)])
    assert "Außenminister sprach in Zürich" in a.text


def test_invalid_utf8_without_charset_is_refused_with_the_offset(tmp_path):
    data = b"<html><body><p>Caf\xe9 talks</p></body></html>"
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    [f] = read([str(path)])
    assert isinstance(f, Failure) and f.where == str(path)
    offset = data.index(b"\xe9")
    assert f.problem.startswith(f"not valid UTF-8 and no charset declared (byte 0xe9 at offset {offset})")


def test_bom_wins():
    assert decode_html("\ufeff<p>é</p>".encode("utf-8"), "x") == "<p>é</p>"
    assert decode_html("<p>é</p>".encode("utf-16"), "x") == "<p>é</p>"


def test_page_without_text_is_a_failure(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><div></div></body></html>", encoding="utf-8")
    [f] = read([str(path)])
    assert isinstance(f, Failure) and "no article text" in f.problem


def test_html_gz(tmp_path):
    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(_page().encode("utf-8")))
    [a] = read([str(path)])
    assert isinstance(a, Article) and "Paragraph 5" in a.text
