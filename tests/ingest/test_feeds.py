"""RSS, Atom and JSON Feed: one article per item, the publisher's date, broken feeds and sitemaps."""

import json
from datetime import date
from pathlib import Path

from volteface.ingest import read
from volteface.ingest.feeds import html_to_text
from volteface.model import Article, Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_rss_items():
    path = FIXTURES / "briefing.rss"
    a, b = read([str(path)])
    assert a.text == (
        "The Valdorian envoy said the harbour talks with Ostmark would resume on Monday.\n\n"
        "Ostmark's delegation did not comment."
    )  # content:encoded over the summary, script dropped
    assert (a.title, a.url, a.source, a.provenance) == (
        "Harbour talks resume",
        "https://valdoria.example/briefings/harbour-talks",
        "Valdoria Ministry Briefings",
        f"{path}#record 1",
    )
    assert (a.date, a.date_source) == (date(2031, 9, 24), "feed")  # the publisher's day, not the UTC one
    assert (b.text, b.date, b.date_source) == ("Ostmark agreed to reopen the grain corridor.", None, "none")


def test_atom_entry():
    [a] = read([str(FIXTURES / "dispatches.atom")], source="Wire")
    assert a.text == "Ostmark reopened the northern border crossing.\n\nValdoria welcomed the step."
    assert (a.date, a.date_source, a.url, a.source) == (
        date(2031, 10, 1),
        "feed",
        "https://ostmark.example/dispatches/border",
        "Wire",
    )


def test_xml_extension_is_sniffed_as_a_feed(tmp_path):
    path = tmp_path / "briefing.xml"
    path.write_bytes((FIXTURES / "briefing.rss").read_bytes())
    assert len(list(read([str(path)]))) == 2


def test_truncated_feed_yields_what_parsed_then_a_failure(tmp_path):
    text = (FIXTURES / "briefing.rss").read_text(encoding="utf-8")
    path = tmp_path / "cut.rss"
    path.write_text(text[: text.index("<title>Grain corridor") + 20], encoding="utf-8")
    articles, failures = _split(read([str(path)]))
    assert articles and articles[0].title == "Harbour talks resume"
    [f] = failures
    assert f.where == str(path) and f.problem.startswith("malformed feed: ") and "\n" not in f.problem


def test_json_feed(tmp_path):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Valdoria Notes",
        "items": [
            {
                "id": "1",
                "url": "https://notes.example/1",
                "title": "One",
                "content_html": "<p>First.</p><p>Second.</p>",
                "date_published": "2031-04-05T22:00:00-07:00",
            },
            {"id": "2", "content_text": "Plain text item.", "date_published": "2031-02-30T10:00:00Z"},
            {"id": "3", "url": "https://notes.example/3"},
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    items = list(read([str(path)]))
    a = items[0]
    assert (a.text, a.title, a.url, a.date, a.date_source, a.source) == (
        "First.\n\nSecond.",
        "One",
        "https://notes.example/1",
        date(2031, 4, 5),
        "feed",
        "Valdoria Notes",
    )
    assert isinstance(items[1], Failure) and not items[1].fatal and "impossible date" in items[1].problem
    assert items[2].text == "Plain text item." and items[2].date is None
    assert (
        isinstance(items[3], Failure)
        and items[3].where == f"{path}#record 3"
        and "no text" in items[3].problem
    )


def test_sitemap_is_not_articles(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://x.example/a</loc></url></urlset>",
        encoding="utf-8",
    )
    [f] = read([str(path)])
    assert isinstance(f, Failure) and f.problem.startswith("sitemap lists URLs, not articles")


def test_xml_that_is_no_feed(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>', encoding="utf-8")
    [f] = read([str(path)])
    assert isinstance(f, Failure) and "not an RSS or Atom feed" in f.problem


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>One  two.</p><ul><li>Three</li><li>Four</li></ul>Five<br>Six") == (
        "One two.\n\nThree\n\nFour\n\nFive\n\nSix"
    )
    assert html_to_text("No markup at all.") == "No markup at all."
