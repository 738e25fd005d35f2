"""The dashboard and JSON API over a real store built from the shipped demo corpus."""

from importlib import resources

import pytest
from fastapi.testclient import TestClient

from volteface.run import run
from volteface.serve import create_app
from volteface.store import open_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "demo.db"
    corpus = resources.files("volteface") / "data" / "demo"
    with open_store(db) as store:
        run(store, [str(corpus / "*.txt")])
    return db


@pytest.fixture(scope="module")
def client(demo_db):
    return TestClient(create_app(demo_db))


def test_every_api_endpoint_answers_with_json(client):
    spec = client.get("/openapi.json").json()
    examples = {"dyad": "USA:RUS", "q": "Kyiv", "article_id": None}
    article_id = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["article_id"]
    for path, methods in spec["paths"].items():
        assert "get" in methods and len(methods) == 1  # read-only
        params = {
            p["name"]: examples[p["name"]]
            for p in methods["get"].get("parameters", [])
            if p.get("required") and p["in"] == "query"
        }
        url = path.replace("{article_id}", article_id)
        response = client.get(url, params=params)
        assert response.status_code == 200, (url, response.text)
        response.json()


def test_bad_parameters_are_4xx_with_a_message(client):
    for url in (
        "/api/articles?limit=0",
        "/api/articles?limit=100000",
        "/api/articles?since=yesterday",
        "/api/relations?dyad=nonsense",
        "/api/relations?dyad=USA:RUS&freq=decade",
        "/api/search?q=",
        "/api/articles/does-not-exist",
    ):
        response = client.get(url)
        assert 400 <= response.status_code < 500, url
        assert response.json()["detail"]


def test_sql_and_path_looking_input_is_harmless(client):
    before = client.get("/api/articles", params={"limit": 1}).json()["page"]["total"]
    for q in ("'; DROP TABLE articles; --", '" OR 1=1 --', "../../etc/passwd", "NEAR(a b)", "*"):
        assert client.get("/api/search", params={"q": q}).status_code == 200
        assert client.get("/api/quotes", params={"speaker": q}).status_code == 200
    assert client.get("/articles/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get("/api/articles", params={"limit": 1}).json()["page"]["total"] == before


def test_pages_and_evidence_links(client):
    page = client.get("/actors/Trump")
    assert page.status_code == 200 and "Donald Trump" in page.text and "<svg" in page.text
    assert 'href="/articles/' in page.text
    quotes = client.get("/quotes").text
    link = quotes.split('class="evidence muted" href="', 1)[1].split('"', 1)[0]
    assert link.startswith("/articles/")
    article = client.get(link.replace("&amp;", "&"))
    assert article.status_code == 200 and '<mark id="mark">' in article.text
    assert "cdn" not in client.get("/docs").text.lower()


def test_a_nul_in_a_request_is_a_4xx_and_a_foreign_file_is_refused_at_start(client, tmp_path):
    from volteface.errors import StoreError

    for url in ("/api/search?q=%00", "/api/quotes?speaker=a%00b", "/search?q=x%00"):
        answer = client.get(url)
        assert answer.status_code == 400 and "NUL" in answer.json()["detail"]
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty file"):
        create_app(empty)
    assert empty.stat().st_size == 0  # serving never writes a schema into it


def test_api_rows_are_the_model_records_with_their_place(client):
    """The API's rows come from the dataclasses: every field of a record, then where it is and comes from."""
    from dataclasses import fields

    from volteface.model import Event, Quote

    place = {"idx", "evidence", "article_id", "title", "article_date", "outlet", "url"}
    for url, record_type in (("/api/quotes", Quote), ("/api/events", Event)):
        rows = client.get(url, params={"limit": 5}).json()
        assert rows and all(set(r) == {f.name for f in fields(record_type)} | place for r in rows), url
    quote = client.get("/api/quotes", params={"limit": 1}).json()[0]
    start, end = quote["content_span"]
    article = client.get(f"/api/articles/{quote['article_id']}").json()
    assert article["text"][start:end] == quote["content"] == quote["evidence"]
