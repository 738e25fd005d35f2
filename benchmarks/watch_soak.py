"""A day of watching, replayed at speed (#18, acceptance 4): a recorded feed of 2,016 link-only items (96 polls of
21 new items, one every 15 minutes for 24 hours) is served from 127.0.0.1, the newest 50 at a time as a real feed
shows them; a watcher polls it 96 times into a new store. Reported: peak RSS after the first poll and at the end,
the time of each poll, the time per new item early and late, and the time of an idle poll (nothing new) on the
empty store and on the full one — per-poll time must follow the new items, not the store's size.

The articles are generated, about fictional people (first and last names drawn from small lists), a few of whom
turn on a question during the day, so that alerts are raised as in a real run.

    .venv/bin/python benchmarks/watch_soak.py                  # the full day (~2,000 items)
    .venv/bin/python benchmarks/watch_soak.py --polls 8 --per-poll 10 --json
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIRST = ["Anja", "Bertil", "Cora", "Dag", "Elin", "Frode", "Greta", "Halvor", "Ingrid", "Jon", "Kari", "Leif"]
LAST = ["Aasen", "Brekke", "Dahl", "Eide", "Fjeld", "Haug", "Lund", "Moen", "Nygard", "Rud", "Strand", "Vik"]
PLACES = ["Tromsoe", "Bodoe", "Alesund", "Narvik", "Molde", "Harstad"]
AGAINST = "Ukraine will never cede territory to Russia, and no territorial concessions are acceptable"
FAVOR = "Ukraine should be prepared to lose some territory, and a land swap is the way to peace"
NEUTRAL = [
    "the harbour must be dredged before the winter storms arrive",
    "the ferry timetable will be published by the end of the month",
    "the fishing quota talks went well and will continue next week",
    "the new bridge is on schedule and within its budget",
]


def recorded_feed(items: int, seed: int = 7) -> list[dict]:
    """The day's items: one page each, dated a day apart every 21 items (a story followed day by day)."""
    rng = random.Random(seed)
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    turners = set(rng.sample(people, 6))
    out = []
    for n in range(items):
        day = date(2031, 1, 1) + timedelta(days=n // 21)
        person = rng.choice(people)
        place = rng.choice(PLACES)
        if person in turners and rng.random() < 0.7:
            said = AGAINST if day < date(2031, 2, 15) else FAVOR
        else:
            said = rng.choice(NEUTRAL)
        text = (
            f"{person}, a county mayor, spoke to reporters in {place} on {day:%A}. \u201c{said.capitalize()},\u201d "
            f"{person} said. The remarks came at a meeting on roads, harbours and schools that ran all day, "
            f"and officials from {rng.choice(PLACES)} and {rng.choice(PLACES)} took part (item {n})."
        )
        out.append(
            {"path": f"/news/{n}", "title": f"{person} in {place}", "day": day.isoformat(), "text": text}
        )
    return out


class Replay:
    """The recorded feed served as it stood at each poll: the newest ``window`` items up to the poll's last."""

    def __init__(self, items: list[dict], window: int = 50) -> None:
        self.items, self.window, self.upto = items, window, 0
        self.pages = {i["path"]: i for i in items}
        replay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                etag = f'"{replay.upto}"'
                if self.path == "/feed.xml" and self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", {"ETag": etag})
                elif self.path == "/feed.xml":
                    self._send(200, replay.feed(), {"ETag": etag, "Content-Type": "application/rss+xml"})
                elif self.path in replay.pages:
                    self._send(200, replay.page(replay.pages[self.path]), {"Content-Type": "text/html"})
                else:
                    self._send(404, b"", {})

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def feed(self) -> bytes:
        shown = self.items[max(0, self.upto - self.window) : self.upto][::-1]
        entries = "".join(
            f"<item><title>{i['title']}</title><link>{self.base}{i['path']}</link>"
            f"<guid>{self.base}{i['path']}</guid><pubDate>{i['day']}T08:00:00Z</pubDate></item>"
            for i in shown
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>County Wire</title>'
            f"<link>{self.base}/</link>{entries}</channel></rss>"
        ).encode()

    @staticmethod
    def page(item: dict) -> bytes:
        return (
            f"<!doctype html><html><head><title>{item['title']}</title></head><body><article>"
            f"<h1>{item['title']}</h1><p>{item['text']}</p></article></body></html>"
        ).encode()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss_mb() -> float:
    """The resident set now (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # kB on Linux


def soak(polls: int = 96, per_poll: int = 21, db: str | None = None, window: int = 50) -> dict:
    """Replay ``polls`` polls of ``per_poll`` new items into a store; what was measured."""
    from volteface.ingest.fetch import Fetcher
    from volteface.store import open_store
    from volteface.watch import Watcher

    replay = Replay(recorded_feed(polls * per_poll), window)
    target = db or str(Path(tempfile.mkdtemp()) / "soak.db")
    problems: list[str] = []
    rows: list[dict] = []
    with open_store(target) as store:
        watcher = Watcher(
            store,
            [replay.base + "/feed.xml"],
            fetcher=Fetcher(delay=0, timeout=10),
            on_problem=lambda p: problems.append(str(p)),
        )
        idle_empty = watcher.cycle().seconds  # nothing published yet: an idle poll on an empty store
        for n in range(polls):
            replay.upto = (n + 1) * per_poll
            cycle = watcher.cycle()
            rows.append(
                {
                    "poll": n + 1,
                    "new": cycle.new,
                    "seconds": cycle.seconds,
                    "alerts": len(cycle.alerts),
                    "rss_mb": round(rss_mb(), 1),
                    "peak_mb": round(peak_mb(), 1),
                }
            )
        idle_full = watcher.cycle().seconds  # nothing new (304): an idle poll on the full store
        watcher.close()
        articles = store.counts()["articles"]
        alerts = len(store.alerts())
    replay.close()
    early = rows[1 : 1 + max(1, polls // 8)]  # the first poll also loads the model
    late = rows[-max(1, polls // 8) :]
    per_item = [
        round(sum(r["seconds"] for r in part) / max(1, sum(r["new"] for r in part)), 4)
        for part in (early, late)
    ]
    return {
        "items": polls * per_poll,
        "polls": polls,
        "articles": articles,
        "alerts": alerts,
        "problems": problems[:5],
        "problem_count": len(problems),
        "peak_rss_mb_first_poll": rows[0]["peak_mb"],
        "peak_rss_mb_end": rows[-1]["peak_mb"],
        "rss_mb_first_poll": rows[0]["rss_mb"],
        "rss_mb_end": rows[-1]["rss_mb"],
        "seconds_per_new_item_early_late": per_item,
        "idle_poll_seconds_empty_full": [idle_empty, idle_full],
        "polls_detail": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polls", type=int, default=96)
    parser.add_argument("--per-poll", type=int, default=21)
    parser.add_argument(
        "--db", help="a store to fill (default: a new SQLite file); postgresql://... works too"
    )
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = parser.parse_args()
    started = time.monotonic()
    result = soak(args.polls, args.per_poll, args.db)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(
        f"{result['articles']} articles from {result['items']} items in {result['polls']} polls, "
        f"{result['alerts']} alerts, {result['problem_count']} problems, {time.monotonic() - started:.0f} s"
    )
    print(
        f"peak RSS: {result['peak_rss_mb_first_poll']} MB after the first poll, {result['peak_rss_mb_end']} MB at "
        f"the end (resident now: {result['rss_mb_first_poll']} → {result['rss_mb_end']} MB)"
    )
    early, late = result["seconds_per_new_item_early_late"]
    print(
        f"seconds per new item: {early} early, {late} late; idle poll: "
        f"{result['idle_poll_seconds_empty_full'][0]} s on the empty store, "
        f"{result['idle_poll_seconds_empty_full'][1]} s on the full one"
    )
    for row in result["polls_detail"]:
        print(
            f"  poll {row['poll']:3d}: new {row['new']:3d} · {row['seconds']:6.2f} s · alerts {row['alerts']} · "
            f"RSS {row['rss_mb']} MB (peak {row['peak_mb']})"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
