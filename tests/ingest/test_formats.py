"""Every input format, on files written here and on the real samples in ../shared."""

import itertools
import json
from datetime import date

import pytest

from volteface.ingest import read
from volteface.model import Article, Failure


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _failures(items):
    return [i for i in items if isinstance(i, Failure)]


def test_date_line_own_line_and_same_line(tmp_path):
    own = tmp_path / "own.txt"
    own.write_text("date 2031-03-04\n\nValdoria closed the pass.", encoding="utf-8")
    same = tmp_path / "same.txt"
    same.write_text(" date 2031-03-05 Ostmark reopened it the next day.", encoding="utf-8")
    a, b = _articles(read([str(own), str(same)]))
    assert (a.date, a.date_source, a.text) == (date(2031, 3, 4), "text", "Valdoria closed the pass.")
    assert (b.date, b.text) == (date(2031, 3, 5), "Ostmark reopened it the next day.")


def test_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Pass reopened\ndate: 2031-03-05\nurl: https://example.org/a\nsource: Demo Post\n---\n"
                    "Ostmark reopened the pass.\n", encoding="utf-8")
    [a] = _articles(read([str(path)]))
    assert (a.title, a.date, a.url, a.source, a.text) == (
        "Pass reopened", date(2031, 3, 5), "https://example.org/a", "Demo Post", "Ostmark reopened the pass.")


def test_cli_date_only_dates_undated(tmp_path):
    dated = tmp_path / "a.txt"
    dated.write_text("date 2031-01-01\nText one.", encoding="utf-8")
    undated = tmp_path / "b.txt"
    undated.write_text("Text two.", encoding="utf-8")
    a, b = _articles(read([str(tmp_path)], date=date(2030, 6, 1)))
    assert (a.date, a.date_source) == (date(2031, 1, 1), "text")
    assert (b.date, b.date_source) == (date(2030, 6, 1), "cli")


def test_field_map_and_csv(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"body": "Ostmark signed.", "when": "2031-02-02", "id": 7}) + "\n", encoding="utf-8")
    [a] = _articles(read([str(jsonl)], field_map={"text": "body", "date": "when"}))
    assert a.text == "Ostmark signed." and a.date == date(2031, 2, 2) and "id=7" in a.provenance
    csv_path = tmp_path / "b.csv"
    csv_path.write_text("text,date,title\n\"Valdoria, at last, agreed.\",2031-02-03,Deal\n", encoding="utf-8")
    [b] = _articles(read([str(csv_path)]))
    assert (b.text, b.title, b.date) == ("Valdoria, at last, agreed.", "Deal", date(2031, 2, 3))


def test_html_page(tmp_path):
    page = tmp_path / "p.html"
    body = "".join(f"<p>Paragraph {i} of a long report on the harbour talks between the two states.</p>" for i in range(8))
    page.write_text(f'<html><head><meta charset="utf-8"><title>Harbour talks</title>'
                    f'<meta property="article:published_time" content="2024-04-02"></head>'
                    f"<body><nav>Home | World</nav><article>{body}</article></body></html>", encoding="utf-8")
    [a] = _articles(read([str(page)]))
    assert "Paragraph 3 of a long report" in a.text and "Home | World" not in a.text
    assert (a.date, a.date_source) == (date(2024, 4, 2), "html")


def test_seeds(shared):
    items = list(read([str(shared / "seeds")]))
    assert not _failures(items)
    first, second = sorted(_articles(items), key=lambda a: a.provenance)
    assert first.date is None and first.date_source == "none"
    assert second.date == date(2025, 9, 24) and second.text.startswith("America")


@pytest.mark.parametrize("name,least", [
    ("arc_webrecorder@2a797aa8c6_example.arc.gz", 1),
    ("warc_webrecorder@2a797aa8c6_example.warc.gz", 1),
    ("warc_webrecorder@2a797aa8c6_example.warc", 1),
    ("warc_webrecorder@2a797aa8c6_example-iana.org-chunked.warc", 1),
    ("warc_ukwa@5ef547bada_post-blackout.warc.gz", 1),
    ("warc_ukwa@5ef547bada_IAH-urls-wget.warc.gz", 5),
    ("atom_adbar@e90b0ef51a_feed1.atom", 2),
    ("rss_adbar@e90b0ef51a_feed2.rss", 1),
    ("rss2_whitehouse_briefings@9c0d345915.xml", 10),
    ("jsonfeed_adbar@e90b0ef51a_feed.json", 20),
])
def test_real_format_samples(shared, name, least):
    articles = _articles(read([str(shared / "data" / "formats" / name)]))
    assert len(articles) >= least
    assert all(a.text.strip() for a in articles)


def test_sitemap_is_refused_clearly(shared):
    [failure] = _failures(read([str(shared / "data" / "formats" / "sitemap_adbar@e90b0ef51a_sitemap.xml")]))
    assert "sitemap" in failure.problem


@pytest.mark.parametrize("name", ["gdelt_ukraine_war_news.jsonl", "zelenskyy_putin_press.jsonl",
                                  "ruwa_headlines.jsonl", "reuters21578.jsonl", "whitehouse_briefings_rss.jsonl"])
def test_real_corpora(shared, name):
    items = list(itertools.islice(read([str(shared / "data" / "corpora" / name)]), 50))
    articles = _articles(items)
    assert len(articles) >= 40 and all(a.date for a in articles)
