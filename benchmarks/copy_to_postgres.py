"""Copy a SQLite store into a new PostgreSQL store, table by table with COPY: how the latency benchmarks get a
big PostgreSQL store from a synthesised SQLite one (``query_latency.py --synthesise``).

    .venv/bin/python benchmarks/copy_to_postgres.py --from big.db --to postgresql:///volteface_big

The database is created (it must not exist yet), volteface's migrations make its tables, and every row is copied
as it is, the kept actor counts and the store's version included; PostgreSQL's search columns are computed as
the articles and quotes arrive. Ends with ANALYZE, as a store that has been in use has its statistics.
"""

from __future__ import annotations

import argparse
import sqlite3
import time

import psycopg

from volteface.analyze import keep_shifts
from volteface.store import open_store

TABLES = ("articles", "actors", "posts", "mentions", "quotes", "events", "stances", "actor_counts")


def create_database(url: str) -> None:
    server, _, name = url.rpartition("/")
    with psycopg.connect(server + "/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]


def copy(source: str, url: str) -> None:
    create_database(url)
    open_store(url).close()  # the tables, by volteface's own migrations
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with psycopg.connect(url) as conn:
        for table in TABLES:
            ours = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            theirs = {
                r[0]
                for r in conn.execute(  # type: ignore[call-overload]
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (table,)
                )
            }
            columns = [c for c in ours if c in theirs]
            start = time.perf_counter()
            with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as out:  # type: ignore[arg-type]
                for row in lite.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                    out.write_row(row)
            print(f"{table}: {time.perf_counter() - start:.0f} s", flush=True)
        version = lite.execute("SELECT version FROM store_version").fetchone()[0]
        conn.execute("UPDATE store_version SET version = %s", (version,))
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ANALYZE")
    with open_store(url) as store:
        keep_shifts(store)  # as ``run`` leaves a store: the whole store's shifts kept in it


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--from", dest="source", required=True, help="the SQLite store")
    parser.add_argument("--to", dest="url", required=True, help="postgresql://…/NEWDB")
    args = parser.parse_args()
    copy(args.source, args.url)


if __name__ == "__main__":
    main()
