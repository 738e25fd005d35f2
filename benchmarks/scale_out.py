"""Scale-out against the local pool, measured in one run: the same articles through `volteface run` with
`--workers N` and with `--engine dask --workers N` (a LocalCluster), each into a new SQLite store; prints both
times, the ratio (local time / dask time: ≥ 1 means Dask is as fast) and whether the two exports are identical.

    .venv/bin/python benchmarks/scale_out.py INPUT.jsonl [--n 1000] [--workers 2] [--scheduler tcp://HOST:PORT]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("volteface")


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN), *args], check=False, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = folder / "sample.jsonl"
        with open(args.input, encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
            for n, line in enumerate(source):
                if n >= args.n:
                    break
                out.write(line)
        workers = ["--workers", str(args.workers)]
        local = _timed(["run", str(sample), "--db", str(folder / "local.db"), *workers])
        dask_args = ["--engine", "dask", *workers] + (
            ["--scheduler", args.scheduler] if args.scheduler else []
        )
        dask = _timed(["run", str(sample), "--db", str(folder / "dask.db"), *dask_args])
        exports = []
        for name in ("local", "dask"):
            target = folder / f"{name}.jsonl"
            subprocess.run(
                [str(BIN), "export", "--db", str(folder / f"{name}.db"), "-o", str(target)],
                check=True,
                capture_output=True,
            )
            exports.append(target.read_bytes())
        print(
            json.dumps(
                {
                    "articles": args.n,
                    "workers": args.workers,
                    "local_s": round(local, 1),
                    "dask_s": round(dask, 1),
                    "ratio_local_over_dask": round(local / dask, 3),
                    "identical_exports": exports[0] == exports[1],
                }
            )
        )


if __name__ == "__main__":
    main()
