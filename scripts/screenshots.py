"""Refresh the screenshots in docs/ from the demo store: the report's first screen, an actor page and a dyad
page of the dashboard, taken in Debian's Chromium through Playwright (as the browser tests do).

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from volteface.report import write_report
    from volteface.run import run
    from volteface.serve import create_app
    from volteface.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        with open_store(db) as store:
            run(store, [str(resources.files("volteface") / "data" / "demo" / "*.txt")])
            report = write_report(store, Path(tmp) / "report.html")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            shots = {"report-first-screen.png": report.as_uri(),
                     "actor-page.png": f"http://127.0.0.1:{port}/actors/Trump",
                     "dyad-page.png": f"http://127.0.0.1:{port}/dyads/USA:RUS?freq=month"}
            for name, url in shots.items():
                page.goto(url)
                page.screenshot(path=str(ROOT / "docs" / name))
                sys.stderr.write(f"docs/{name}\n")
            browser.close()
        server.should_exit = True
        thread.join(timeout=5)


if __name__ == "__main__":
    main()
