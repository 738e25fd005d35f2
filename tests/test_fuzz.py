"""Fuzzing, seeded and bounded: whatever bytes a file holds, every reader answers with articles or one-line
failures, and what it reads can be cleaned, stored and exported; whatever a client puts in a query, the API
answers 2xx or 4xx, never 500. Both run in CI (derandomised, so a failure reproduces)."""

from __future__ import annotations

import json
import os
import string
from datetime import date
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volteface.clean import clean_article
from volteface.ingest import read
from volteface.model import Actor, Article, Event, Failure, Mention, Quote, Span, Stance
from volteface.records import article_record
from volteface.serve import create_app
from volteface.store import open_store

# VOLTEFACE_FUZZ_EXAMPLES=20000 for a long local run; CI keeps the suite's default under a minute.
EXAMPLES = int(os.environ.get("VOLTEFACE_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

EXTENSIONS = [".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".rss", ".xml", ".warc", ".md", ""]
# Values of every JSON type, nested a little: what a record's fields may hold in a hostile file.
NASTY_TEXT = st.sampled_from(
    [
        "\ud800",
        "x\udc00y",
        "\x00",
        "[/red]",
        "[/]",
        "9999-01-01",
        "0001-01-01",
        "Mon, 01 Jan 0001 00:00:00 GMT",
        "31 Feb 2025",
        "\x1b[31m",
        "<script>x</script>",
    ]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40) | NASTY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
RECORDS = st.dictionaries(
    st.sampled_from(["text", "title", "date", "url", "source", "id", "x"]), JSON_VALUES, max_size=6
)
# Fragments of the formats, so the fuzzer reaches past the first byte of each parser.
HEADS = st.sampled_from(
    [
        b"",
        b"<rss><channel><item><title>",
        b"<html><body><p>",
        b"WARC/1.0\r\n",
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
        b"text,title,date\n",
        b"---\ntitle: x\n---\n",
        b"\xef\xbb\xbf",
        b"\x1f\x8b",
    ]
)


def _stored(tmp_path, name: str, data: bytes) -> None:
    """Read one file and carry every article through cleaning, the store and the export."""
    path = tmp_path / name
    path.write_bytes(data)
    with open_store(tmp_path / "fuzz.db") as store:
        for item in read([str(path)], max_bytes=200_000):
            assert isinstance(item, Article | Failure)
            if isinstance(item, Failure):
                assert "\n" not in str(item)  # one line each
                continue
            article = clean_article(item)
            if article.text.strip():
                store.save(article)
                json.dumps(article_record(store.article(article.id)), ensure_ascii=False).encode("utf-8")


@FUZZ
@given(head=HEADS, body=st.binary(max_size=600), ext=st.sampled_from(EXTENSIONS))
def test_any_bytes_in_any_format(tmp_path, head, body, ext):
    _stored(tmp_path, "input" + ext, head + body)


@FUZZ
@given(records=st.lists(RECORDS, min_size=1, max_size=4), raw=st.text(max_size=60))
def test_any_json_lines(tmp_path, records, raw):
    lines = [json.dumps(r) for r in records] + [raw]
    _stored(tmp_path, "records.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))


@FUZZ
@given(items=st.lists(RECORDS, max_size=4), title=JSON_VALUES)
def test_any_json_feed(tmp_path, items, title):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "items": [
            {
                "content_text": r.get("text"),
                "title": r.get("title"),
                "url": r.get("url"),
                "date_published": r.get("date"),
            }
            for r in items
        ],
    }
    _stored(tmp_path, "feed.json", json.dumps(feed).encode("utf-8", "surrogatepass"))


# -- the API, driven from its own OpenAPI description ------------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "s.db"
    text = "Brandvik met Kalnas. Kalnas said the deal was fair."
    with open_store(db) as store:
        for n in range(3):
            store.save(
                Article(
                    id=f"a{n}",
                    text=text + f" Part {n}.",
                    title=f"Talks {n}",
                    date=date(2031, 4, 2 + n),
                    source="demo",
                    mentions=(Mention(Span(0, 8), "Brandvik", "p:brandvik"),),
                    actors=(Actor("p:brandvik", "Ilse Brandvik", "VALGOV", "VAL", "GOV", "person"),),
                    quotes=(
                        Quote(
                            "Kalnas",
                            Span(21, 27),
                            "said",
                            Span(28, 32),
                            "the deal was fair",
                            Span(33, 50),
                            "indirect",
                            date(2031, 4, 2 + n),
                            "article",
                            None,
                            None,
                        ),
                    ),
                    events=(
                        Event(
                            "VALGOV",
                            "OSTGOV",
                            "040",
                            "04",
                            "CONSULT",
                            "meet",
                            1,
                            1.0,
                            False,
                            False,
                            date(2031, 4, 2 + n),
                            Span(0, 20),
                            Span(9, 12),
                            0.8,
                            "p:brandvik",
                            None,
                        ),
                    ),
                    stances=(
                        Stance("p:brandvik", "p:kalnas", "favor", 0.5, date(2031, 4, 2 + n), Span(0, 20)),
                    ),
                )
            )
    client = TestClient(create_app(db), raise_server_exceptions=False)
    spec = client.get("/openapi.json").json()
    return client, spec


NASTY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30
) | st.sampled_from(
    [
        "",
        "%",
        "_",
        "'",
        '"',
        "*",
        "NEAR(",
        "a:b",
        "USA:",
        ":RUS",
        "0001-01-01",
        "9999-12-31",
        "2031-02-31",
        "-1",
        "1e9",
        "<script>",
        "\\",
        "a" * 300,
    ]
)


def _value(schema: dict[str, Any]) -> st.SearchStrategy:
    kinds = {s.get("type") for s in schema.get("anyOf", [schema])}
    out = NASTY
    if "integer" in kinds:
        out = out | st.integers(min_value=-(10**12), max_value=10**12).map(str)
    if "boolean" in kinds:
        out = out | st.sampled_from(["true", "false", "1", "yes"])
    return out


def _requests(spec: dict[str, Any]) -> st.SearchStrategy:
    operations = []
    for path, methods in spec["paths"].items():
        get = methods.get("get")
        if get is None:
            continue
        params = get.get("parameters", [])
        query = {p["name"]: _value(p.get("schema", {})) for p in params if p["in"] == "query"}
        paths = {
            p["name"]: NASTY.filter(lambda v: "/" not in v and v not in (".", ".."))
            for p in params
            if p["in"] == "path"
        }
        operations.append(
            st.tuples(st.just(path), st.fixed_dictionaries(paths), st.fixed_dictionaries({}, optional=query))
        )
    return st.one_of(operations)


def test_every_operation_answers_without_a_server_error(api):
    client, spec = api
    assert any(p.startswith("/api/") for p in spec["paths"])

    @settings(max_examples=EXAMPLES * 3, deadline=None, derandomize=True, database=None)
    @given(request=_requests(spec))
    def run(request):
        path, path_params, query = request
        url = path
        for name, value in path_params.items():
            url = url.replace("{" + name + "}", quote(value, safe=""))
        answer = client.get(url, params=query)
        assert answer.status_code < 500, (url, query, answer.text[:300])

    run()


def test_the_pages_answer_without_a_server_error(api):
    client, _ = api
    for url in (
        "/",
        "/quotes?speaker=%25",
        "/search?q=NEAR(",
        "/actors/" + string.punctuation.replace("/", ""),
        "/dyads/USA:RUS?freq=decade",
        "/articles/a0?start=-5&end=9999999",
    ):
        assert client.get(url).status_code < 500, url
