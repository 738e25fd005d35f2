"""Two writers on a new store at once, against one process: no failure, no row lost or doubled, the same actors.

    .venv/bin/python benchmarks/concurrent_writers.py INPUT.jsonl [--tries 20] [--n 40]

Each try starts two ``volteface run`` processes on the same new store, one on each half of the first N records
(with an overlap of a quarter, which both write), then compares the store's rows with a store made by one
process from the same records. Prints one JSON line per try and a summary.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

BIN = Path(sys.executable).with_name("volteface")
TABLES = ("articles", "quotes", "events", "stances", "mentions", "actors")


def _run(db: Path, *inputs: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(BIN), "run", *map(str, inputs), "--db", str(db), "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _rows(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    out: dict[str, object] = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    out["actor_rows"] = sorted(conn.execute("SELECT * FROM actors").fetchall())
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input")
    parser.add_argument("--tries", type=int, default=20)
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args()
    lines = [line for line in Path(args.input).read_text(encoding="utf-8").splitlines() if line.strip()][
        : args.n
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        quarter = len(lines) // 4
        first, second, whole = folder / "first.jsonl", folder / "second.jsonl", folder / "all.jsonl"
        first.write_text("\n".join(lines[: 2 * quarter + quarter]) + "\n", encoding="utf-8")
        second.write_text("\n".join(lines[2 * quarter :]) + "\n", encoding="utf-8")
        whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
        single = folder / "single.db"
        _run(single, whole).communicate()
        expected = _rows(single)
        failures = differ = 0
        for n in range(args.tries):
            db = folder / f"two{n}.db"
            writers = [_run(db, first), _run(db, second)]
            codes = []
            for writer in writers:
                _, err = writer.communicate()
                codes.append(writer.returncode)
                if writer.returncode not in (0,) and "Traceback" in err:
                    failures += 1
            got = _rows(db)
            same = got == expected
            differ += not same
            print(
                json.dumps(
                    {
                        "try": n,
                        "exit_codes": codes,
                        "same_as_one_process": same,
                        **{t: got[t] for t in TABLES},
                    }
                )
            )
        print(
            json.dumps(
                {
                    "tries": args.tries,
                    "writer_failures": failures,
                    "stores_differing": differ,
                    "expected": {t: expected[t] for t in TABLES},
                }
            )
        )


if __name__ == "__main__":
    main()
