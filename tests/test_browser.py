"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): pages render, charts carry data,
and a click on a piece of evidence opens its article with the span highlighted."""

import shutil
import socket
import threading
import time
from importlib import resources
from pathlib import Path

import pytest

from volteface.run import run
from volteface.store import open_store

pytestmark = pytest.mark.model
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        pytest.skip("no Chromium at /usr/bin/chromium: browser tests need Debian's chromium (.ci/run installs it)")
    import uvicorn

    from volteface.serve import create_app

    db = tmp_path_factory.mktemp("browser") / "demo.db"
    with open_store(db) as store:
        run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


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
