"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): pages render, charts carry data,
and a click on a piece of evidence opens its article with the span highlighted."""

import shutil
from importlib import resources
from pathlib import Path

import pytest

from volteface.run import run
from volteface.serve import serve_in_background
from volteface.store import open_store

pytestmark = pytest.mark.model
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        pytest.skip(
            "no Chromium at /usr/bin/chromium: browser tests need Debian's chromium (.ci/run installs it)"
        )
    db = tmp_path_factory.mktemp("browser") / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
    url, stop = serve_in_background(db)
    yield url
    stop()


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory, server):
    from conftest import SHARED

    if not SHARED.is_dir():
        pytest.skip("../shared not present: the seeds dashboard test needs the founding articles")
    db = tmp_path_factory.mktemp("browser-seeds") / "seeds.db"
    with open_store(db) as store:
        run(store, [str(SHARED / "seeds")])
    url, stop = serve_in_background(db)
    yield url
    stop()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser.new_page(viewport={"width": 1200, "height": 900})
        browser.close()


def test_actor_page_chart_and_click_through_to_the_evidence(server, page, tmp_path):
    page.goto(f"{server}/actors/Trump")
    assert "Donald Trump" in page.inner_text("h2")
    marks = page.locator(".chart svg path").count() + page.locator(".chart svg rect").count()
    assert marks > 5  # the stance chart is drawn with data, not an empty frame
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=False)
    page.locator("a.evidence").first.click()
    page.wait_for_selector("mark#mark")
    assert "/articles/" in page.url
    assert page.locator("mark#mark").inner_text().strip()


def test_dyad_chart_and_search(server, page):
    page.goto(f"{server}/dyads/USA:RUS?freq=month")
    assert page.locator(".chart svg").count() == 1
    page.goto(f"{server}/")
    page.fill("input[name=q]", "paper tiger")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert "paper tiger" in page.inner_text("body").lower()


def test_seeds_dashboard_shows_trumps_turn_with_both_posts(seeds_server, page):
    page.goto(f"{seeds_server}/actors/Trump")
    card = page.locator(".shift").first
    text = card.inner_text()
    assert "ukraine-cede-territory" in text and "2025-08-17" in text and "2025-09-23" in text
    assert "donald-trump on ukraine-cede-territory" in text  # who turned, not only on what
    assert "lose territory" in text and "WIN all of Ukraine back" in text
    assert page.locator(".chart svg rect, .chart svg path").count() > 3
    card.locator("a.evidence").last.click()
    page.wait_for_selector("mark#mark")
    assert "WIN all of Ukraine back" in page.locator("mark#mark").inner_text()


def test_the_api_docs_render_their_operations_offline(server, page):
    """/docs lists the API's operations (Swagger UI that reads OpenAPI 3.1), with its assets served locally."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/quotes" in p for p in paths) and any("/api/shifts" in p for p in paths)
    assert page.locator("text=Unable to render this definition").count() == 0
    assert all(url.startswith(server) for url in fetched)  # no CDN


def test_dyad_page_lists_its_events_and_the_quotes_page_filters_and_pages(server, page):
    page.goto(f"{server}/dyads")
    page.fill("input[name=dyad]", "usa:rus")
    page.click("form.filters button")
    assert "/dyads/USA:RUS" in page.url and page.locator(".chart svg").count() == 1
    rows = page.locator("table tbody tr")
    assert rows.count() > 0 and all("USA" in t for t in rows.locator("td:nth-child(2)").all_inner_texts())
    page.goto(f"{server}/quotes")
    first_page = page.locator("table tbody tr").count()
    assert first_page == 50 and page.locator(".pager a", has_text="older").count() == 1
    page.locator(".pager a", has_text="older").click()
    assert "offset=50" in page.url and page.locator("table tbody tr").count() > 0
    page.goto(f"{server}/quotes")
    page.fill("input[name=speaker]", "Trump")
    page.click("form.filters button")
    speakers = page.locator("table tbody tr td:nth-child(2)").all_inner_texts()
    assert speakers and all("Trump" in s for s in speakers)
    page.goto(f"{server}/shifts")
    assert page.locator("h2", has_text="Shifts").count() == 1


def test_the_reports_first_screen_shows_the_shifts(page, tmp_path):
    from volteface.report import write_report

    db = tmp_path / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
        path = write_report(store, tmp_path / "report.html")
    page.goto(path.as_uri())
    first = page.locator(".shift").first
    box = first.bounding_box()
    height = page.viewport_size["height"] if page.viewport_size else 900
    assert box is not None and box["y"] < height  # seen before any scrolling
    assert "reversal" in first.inner_text() and first.locator("blockquote").count() >= 1
