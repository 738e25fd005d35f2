"""Dashboard and API latency on a large store, over HTTP on loopback, each page uncached: a cold first request
on a server just started for it, then warm requests that the dashboard's answer cache cannot serve (each with a
query parameter of its own, which the page ignores). What is kept per store version inside the library (the
shifts) is kept, as it is for a reader.

    .venv/bin/python benchmarks/serve_latency.py --synthesise FROM.db --times 534 --db big.db   # build, then time
    .venv/bin/python benchmarks/serve_latency.py --db big.db [--requests 20] [--concurrency 1]
    .venv/bin/python benchmarks/serve_latency.py --db postgresql:///volteface_big   # after copy_to_postgres.py

--synthesise builds the store first by copying every article of a real store N times under new ids
(``query_latency.synthesise``): 296 articles ×534 is the issue's ~158,000. Prints, per URL, the cold time and the
warm p50 / p95 (target: p95 < 300 ms warm, < 2 s cold).
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

from query_latency import synthesise  # beside this script

URLS = [
    "/",
    "/shifts",
    "/actors/donald-trump",
    "/actors/vladimir-putin",
    "/dyads/USA:RUS",
    "/dyads/RUS:UKR?freq=week",
    "/quotes",
    "/search?q=sanctions",
    "/api/articles?limit=50",
    "/api/articles?limit=50&offset=5000",
    "/api/actors?limit=100",
    "/api/quotes?limit=100",
    "/api/quotes?speaker=putin",
    "/api/events?dyad=USA:RUS",
    "/api/stances?limit=100",
    "/api/shifts",
    "/api/shifts?holder=putin",
    "/api/relations?dyad=RUS:UKR&freq=week",
    "/api/search?q=Zelensky",
]


def _server(db: str):
    """``volteface serve`` on a free loopback port, answering; returns (process, base URL)."""
    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "volteface.cli", "serve", "--db", db, "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/docs", timeout=1)  # a page that reads nothing from the store
            return server, base
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("the server did not answer")


def _uncached(url: str, n: int) -> str:
    return url + ("&" if "?" in url else "?") + f"uncached={n}"


def measure(db: str, url: str, requests: int, concurrency: int) -> tuple[float, list[float]]:
    """The cold time (ms) of the first request on a new server, and the warm times of ``requests`` more."""
    import httpx

    server, base = _server(db)
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            start = time.perf_counter()
            assert client.get(url).status_code == 200, url
            cold = (time.perf_counter() - start) * 1000

            def timed(n: int) -> float:
                start = time.perf_counter()
                assert client.get(_uncached(url, n)).status_code == 200, url
                return (time.perf_counter() - start) * 1000

            with ThreadPoolExecutor(concurrency) as pool:
                warm = list(pool.map(timed, range(requests)))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="a SQLite file or a postgresql:// URL")
    parser.add_argument("--synthesise", type=Path, help="build --db first from this real SQLite store")
    parser.add_argument("--times", type=int, default=534)
    parser.add_argument("--requests", type=int, default=20, help="warm requests per URL")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--url", action="append", help="time only these URLs (repeatable)")
    args = parser.parse_args()
    if args.synthesise:
        synthesise(args.synthesise, args.times, Path(args.db))
    print(f"store {args.db}; {args.requests} warm requests per URL, concurrency {args.concurrency}, uncached")
    print(f"{'url':<42}{'cold ms':>9}{'p50 ms':>9}{'p95 ms':>9}")
    worst_warm = worst_cold = 0.0
    for url in args.url or URLS:
        cold, warm = measure(args.db, url, args.requests, args.concurrency)
        p95 = statistics.quantiles(warm, n=20)[18] if len(warm) > 1 else warm[0]
        worst_warm, worst_cold = max(worst_warm, p95), max(worst_cold, cold)
        print(f"{url:<42}{cold:>9.0f}{statistics.median(warm):>9.0f}{p95:>9.0f}", flush=True)
    print(
        f"worst warm p95 {worst_warm:.0f} ms (target < 300); worst cold {worst_cold:.0f} ms (target < 2000)"
    )


if __name__ == "__main__":
    main()
