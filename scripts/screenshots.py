"""Refresh the screenshots in docs/ from the demo store: the report's first screen, an actor page and a dyad
page of the dashboard, taken in Debian's Chromium through Playwright (as the browser tests do).

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    from volteface.report import write_report
    from volteface.run import run
    from volteface.serve import serve_in_background
    from volteface.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        with open_store(db) as store:
            run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
            report = write_report(store, Path(tmp) / "report.html")
        url, stop = serve_in_background(db)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            shots = {
                "report-first-screen.png": report.as_uri(),
                "actor-page.png": f"{url}/actors/Trump",
                "dyad-page.png": f"{url}/dyads/USA:RUS?freq=month",
            }
            for name, address in shots.items():
                page.goto(address)
                page.screenshot(path=str(ROOT / "docs" / name))
                sys.stderr.write(f"docs/{name}\n")
            browser.close()
        stop()


if __name__ == "__main__":
    main()
