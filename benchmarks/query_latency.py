"""Query latency on a large store, straight through the store interface (no HTTP, no cache): shifts, a dyad's
relation series, an actor's page, and a word search; cold (first call) and warm (p50 / p95 of the next N).

    .venv/bin/python benchmarks/query_latency.py --synthesise FROM.db --times 338 --db big.db   # SQLite copy ×N
    .venv/bin/python benchmarks/query_latency.py --db big.db [--runs 20]

--synthesise builds a big SQLite store from a real one by copying every article and its records N times under new
ids (the text and records unchanged), as the issue's "real rows multiplied" store.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

from volteface.analyze import find_shifts, relation_series
from volteface.report.html import actor_section
from volteface.store import open_store

TABLES = ("posts", "mentions", "quotes", "events", "stances")


def synthesise(source: Path, times: int, target: Path) -> None:
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in ("articles", *TABLES)}
    art = [c for c in columns["articles"]]
    for n in range(1, times):
        picked = ", ".join(f"id || '-{n}'" if c == "id" else c for c in art)
        conn.execute(f"INSERT INTO articles ({', '.join(art)}) SELECT {picked} FROM articles WHERE id NOT LIKE '%-%'")
        for table in TABLES:
            cols = columns[table]
            picked = ", ".join(f"article_id || '-{n}'" if c == "article_id" else c for c in cols)
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM {table} "
                         "WHERE article_id NOT LIKE '%-%'")
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--synthesise", type=Path)
    parser.add_argument("--times", type=int, default=338)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if args.synthesise:
        synthesise(args.synthesise, args.times, Path(args.db))
    with open_store(args.db, read_only=True) as store:
        queries = {
            "shifts": lambda: find_shifts(store),
            "relations USA:RUS month": lambda: relation_series(store, "USA", "RUS", "month"),
            "actor page (Putin)": lambda: actor_section(store, "vladimir-putin"),
            "quotes search": lambda: store.search("sanctions", 50),
        }
        out = {"articles": store.counts()["articles"]}
        for name, call in queries.items():
            cold = timed(call)
            warm = sorted(timed(call) for _ in range(args.runs))
            out[name] = {"cold_s": round(cold, 3), "p50_s": round(statistics.median(warm), 3),
                         "p95_s": round(warm[int(0.95 * (len(warm) - 1))], 3)}
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
