"""The report is one self-contained file: charts inline, nothing fetched from the network."""

import re
from importlib import resources

import pytest

from volteface.report import write_report
from volteface.run import run
from volteface.store import open_store

pytestmark = pytest.mark.model


def test_report_is_self_contained_small_and_complete(tmp_path):
    db = tmp_path / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
        path = write_report(store, tmp_path / "report.html", actors=["Trump"], dyads=["USA:RUS", "USA:UKR"])
    html = path.read_text(encoding="utf-8")
    assert path.stat().st_size < 5_000_000
    assert not re.search(
        r'(src\s*=|<link[^>]*href\s*=)\s*"(https?:)?//', html
    )  # nothing to fetch: works offline
    assert "<script" not in html
    assert html.count("<svg") >= 3  # articles per month, Trump's stances, at least one dyad
    assert "Donald Trump" in html and "USA → RUS" in html and "Quotes" in html
    # the first screen is the shifts; every section is in the navigation; a cut list says so
    assert html.index('id="shifts"') < html.index('id="overview"') and 'href="#shifts"' in html
    assert 'href="#dyad-USA-RUS"' in html and 'href="#quotes"' in html
    with open_store(db) as store:
        total = store.counts()["quotes"]
    assert total <= 80 or f"80 of {total} quotes" in html


def test_evidence_is_cited_with_headline_outlet_date_and_only_a_web_link():
    from datetime import date

    from volteface.model import Origin
    from volteface.report.html import cited

    web = cited(Origin("a1", "Talks <resume>", date(2031, 4, 2), "Wire", "https://news.example/a1"))
    assert '<a href="https://news.example/a1"' in web and "Talks &lt;resume&gt;" in web
    assert "Wire · 2031-04-02" in web
    script = cited(Origin("a2", "Odd", None, None, "javascript:alert(1)"))
    assert "<a " not in script and "javascript" not in script
