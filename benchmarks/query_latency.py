"""Query latency on a large store, straight through the store interface (no HTTP): the pages' building blocks
and the shifts, cold (first call) and warm (p50 / p95 of the next N). "computed": the readings kept per store
version (shifts, relation series) cleared before every call; "kept": what a page asks for the second time.

    .venv/bin/python benchmarks/query_latency.py --synthesise FROM.db --times 338 --db big.db   # SQLite copy ×N
    .venv/bin/python benchmarks/query_latency.py --db big.db [--runs 20]
    .venv/bin/python benchmarks/query_latency.py --db postgresql:///volteface_big   # after copy_to_postgres.py

--synthesise builds a big SQLite store from a real one by copying every article and its records N times under new
ids (the text and records unchanged), as the issues' "real rows multiplied" store.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path

from volteface.analyze import find_shifts, keep_shifts, kept, relation_series
from volteface.report import html
from volteface.store import open_store

TABLES = ("posts", "mentions", "quotes", "events", "stances")


def synthesise(source: Path, times: int, target: Path) -> None:
    """``target``: the store at ``source`` (brought to the current schema) with each article and its records
    stored ``times`` times, copy n under the id ``ID-n``; each actor's kept counts multiplied to match, and the
    copy given a store id of its own."""
    open_store(source).close()  # migrated: the copy has every table the current version reads
    conn = sqlite3.connect(target)
    with closing(sqlite3.connect(source)) as original:
        original.backup(conn)  # a consistent copy, whatever the source's write-ahead log still holds
    conn.execute("ATTACH DATABASE ? AS source", (str(source),))
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in ("articles", *TABLES)}
    for n in range(1, times):
        for table, key in (("articles", "id"), *((t, "article_id") for t in TABLES)):
            cols = columns[table]
            picked = ", ".join(f"{key} || '-{n}'" if c == key else c for c in cols)
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM source.{table}")
        conn.commit()
    conn.execute("UPDATE actor_counts SET mentions = mentions * ?, articles = articles * ?", (times, times))
    conn.execute("UPDATE store_version SET id = lower(hex(randomblob(16))), version = version + 1")
    conn.commit()
    conn.execute("DETACH DATABASE source")
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    with open_store(target) as store:
        keep_shifts(store)  # as ``run`` leaves a store: the whole store's shifts kept in it


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def computed(call):
    """The call with the kept readings cleared first: what it costs on a store version not read yet."""

    def fresh():
        kept._KEPT.clear()
        return call()

    return fresh


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--synthesise", type=Path)
    parser.add_argument("--times", type=int, default=338)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if args.synthesise:
        synthesise(args.synthesise, args.times, Path(args.db))
    with open_store(args.db, read_only=True) as store:
        queries = {
            "shifts (computed)": computed(lambda: find_shifts(store, limit=100)),
            "shifts (kept)": lambda: find_shifts(store, limit=100),
            "overview": lambda: html.overview(store),
            "actors (40)": lambda: store.actor_summaries(40),
            "actor page (Putin, computed)": computed(
                lambda: html.actor_section(store, "vladimir-putin", True)
            ),
            "dyad page USA:RUS (computed)": computed(lambda: html.dyad_section(store, "USA:RUS", "month")),
            "relations RUS:UKR week (computed)": computed(
                lambda: relation_series(store, "RUS", "UKR", "week")
            ),
            "quotes search": lambda: store.search("sanctions", 50),
        }
        out: dict = {"store": store.path, "articles": store.counts()["articles"]}
        for name, call in queries.items():
            cold = timed(call)
            warm = sorted(timed(call) for _ in range(args.runs))
            out[name] = {
                "cold_s": round(cold, 3),
                "p50_s": round(statistics.median(warm), 3),
                "p95_s": round(warm[int(0.95 * (len(warm) - 1))], 3),
            }
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
