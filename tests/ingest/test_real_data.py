"""The real samples in ../shared: every archive and feed in data/formats, and the corpora's JSON Lines."""

import csv
import itertools
from pathlib import Path

import pytest

from volteface.ingest import read
from volteface.model import Article, Failure

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FORMATS = SHARED / "data" / "formats"
CORPORA = SHARED / "data" / "corpora"

# file → (least articles, a failure expected); the sitemap is read separately: it holds no articles
SAMPLES = {
    "warc_webrecorder@2a797aa8c6_example.warc.gz": 1,
    "warc_webrecorder@2a797aa8c6_example.warc": 1,
    "warc_webrecorder@2a797aa8c6_example-iana.org-chunked.warc": 1,
    "arc_webrecorder@2a797aa8c6_example.arc.gz": 1,
    "warc_ukwa@5ef547bada_IAH-20080430204825-00000-blackbook-truncated.warc.gz": 2,
    "warc_ukwa@5ef547bada_IAH-urls-wget.warc.gz": 2,  # the other responses are redirects and images
    "warc_ukwa@5ef547bada_post-blackout.warc.gz": 1,
    "jsonfeed_adbar@e90b0ef51a_feed.json": 20,
    "atom_adbar@e90b0ef51a_feed1.atom": 2,
    "rss_adbar@e90b0ef51a_feed2.rss": 1,
    "rss2_whitehouse_briefings@9c0d345915.xml": 10,
}


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"../shared not present: {path} (real-data check)")
    return path


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_every_manifest_sample_is_covered():
    with _need(FORMATS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        listed = {row["file"] for row in csv.DictReader(handle, delimiter="\t")}
    assert listed - {"sitemap_adbar@e90b0ef51a_sitemap.xml"} == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_format_sample(name):
    articles, failures = _split(read([str(_need(FORMATS / name))]))
    assert len(articles) >= SAMPLES[name], failures
    assert not [f for f in failures if f.fatal], failures
    assert all(a.text.strip() and a.provenance and a.id == "" for a in articles)
    if name.startswith(("warc", "arc")):
        assert all(a.url and a.url.startswith("http") and a.date_source in ("html", "warc") for a in articles)
    else:
        assert all(a.title and a.date and a.date_source == "feed" for a in articles)


def test_sitemap_sample():
    [f] = read([str(_need(FORMATS / "sitemap_adbar@e90b0ef51a_sitemap.xml"))])
    assert isinstance(f, Failure) and f.problem.startswith("sitemap lists URLs, not articles")


@pytest.mark.parametrize(
    "name",
    [
        "gdelt_ukraine_war_news.jsonl",
        "gdelt_ukraine_war_news.sample.jsonl",
        "zelenskyy_putin_press.jsonl",
        "ruwa_headlines.jsonl",
        "reuters21578.jsonl",
        "whitehouse_briefings_rss.jsonl",
    ],
)
def test_corpus_jsonl(name):
    path = _need(CORPORA / name)
    items = list(itertools.islice(read([str(path)]), 200))  # streamed: the big files are never read whole
    articles, failures = _split(items)
    assert len(articles) == 200 and not failures
    assert all(a.date and a.date_source == "field" and a.text.strip() for a in articles)
    assert articles[0].provenance.startswith(f"{path}:line 1 (id ")
