"""The same run into SQLite and into PostgreSQL gives identical exports: N articles are read and processed once,
each result is saved into both stores, then both are exported (``article_record``, what `volteface export`
writes) and compared record by record; prints the counts and the first difference, if any.

    .venv/bin/python benchmarks/store_parity.py INPUT.jsonl --postgres postgresql:///parity [--n 2000]

The PostgreSQL database must exist and be empty (createdb parity).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import islice
from pathlib import Path

from volteface.config import Settings
from volteface.ingest import read
from volteface.model import Article
from volteface.pipeline import Job, process
from volteface.records import article_record
from volteface.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input")
    parser.add_argument("--postgres", required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    articles = (a for a in read([args.input]) if isinstance(a, Article))
    job = Job(settings=Settings().but(workers=args.workers))
    with (
        tempfile.TemporaryDirectory() as tmp,
        open_store(Path(tmp) / "parity.db") as lite,
        open_store(args.postgres) as shared,
    ):
        for result in process(islice(articles, args.n), job):
            if isinstance(result, Article):
                lite.save(result)
                shared.save(result)
        ids = lite.article_ids()
        same = differ = 0
        for article_id in ids:
            a, b = lite.article(article_id), shared.article(article_id)
            if a is not None and b is not None and article_record(a) == article_record(b):
                same += 1
            else:
                differ += 1
                if differ == 1:
                    sys.stderr.write(f"first difference: {article_id}\n")
        print(
            json.dumps(
                {
                    "articles": len(ids),
                    "identical": same,
                    "differing": differ,
                    "sqlite_counts": lite.counts(),
                    "postgres_counts": shared.counts(),
                    "postgres_ids_same": sorted(ids) == sorted(shared.article_ids()),
                }
            )
        )


if __name__ == "__main__":
    main()
