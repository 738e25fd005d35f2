"""Dashboard and API latency on a large store, under a local load generator (threads over HTTP on loopback).

    .venv/bin/python benchmarks/serve_latency.py --db big.db [--requests 40] [--concurrency 4]

Builds nothing: give it a store (e.g. 10,000 articles from ../shared/data/corpora run through
`volteface run`). Starts `volteface serve` on a free loopback port, requests every page and API call repeatedly
from a thread pool, and prints p50 / p95 per URL and overall (target: p95 < 300 ms).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

URLS = [
    "/", "/actors/donald-trump", "/actors/vladimir-putin", "/dyads/USA:RUS", "/dyads/RUS:UKR?freq=month",
    "/quotes", "/search?q=sanctions", "/api/articles?limit=50", "/api/articles?limit=50&offset=5000",
    "/api/actors?limit=100", "/api/quotes?limit=100", "/api/quotes?speaker=putin", "/api/events?dyad=USA:RUS",
    "/api/stances?limit=100", "/api/shifts", "/api/relations?dyad=RUS:UKR&freq=week", "/api/search?q=Zelensky",
    "/openapi.json",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=40, help="requests per URL")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "volteface.cli", "serve", "--db", str(args.db), "--port",
                               str(port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/shifts", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        client = httpx.Client(base_url=base, timeout=30)
        cold: dict[str, float] = {}
        for url in URLS:  # the first request of each URL renders it (charts, aggregates): reported apart
            start = time.perf_counter()
            client.get(url)
            cold[url] = (time.perf_counter() - start) * 1000

        def timed(url: str) -> tuple[str, float, int]:
            start = time.perf_counter()
            status = client.get(url).status_code
            return url, time.perf_counter() - start, status

        work = [url for url in URLS for _ in range(args.requests)]
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(timed, work))
    finally:
        server.terminate()
        server.wait(timeout=10)
    by_url: dict[str, list[float]] = {}
    for url, seconds, status in results:
        assert status == 200, (url, status)
        by_url.setdefault(url, []).append(seconds * 1000)
    print(f"{len(results)} requests, concurrency {args.concurrency}, store {args.db}")
    print(f"{'url':<42}{'cold ms':>9}{'p50 ms':>9}{'p95 ms':>9}")
    worst = 0.0
    for url, times in by_url.items():
        p95 = statistics.quantiles(times, n=20)[18]
        worst = max(worst, p95)
        print(f"{url:<42}{cold[url]:>9.1f}{statistics.median(times):>9.1f}{p95:>9.1f}")
    every = [t for times in by_url.values() for t in times]
    print(f"overall p95 {statistics.quantiles(every, n=20)[18]:.1f} ms; worst URL p95 {worst:.1f} ms (target < 300)")


if __name__ == "__main__":
    main()
