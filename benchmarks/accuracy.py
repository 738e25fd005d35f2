"""Accuracy gate: the extractors on the ../shared dev splits, scored with the shared scorers.

    .venv/bin/python benchmarks/accuracy.py [--only quotes,events,stance] [--update-floors]

Prints one table of the headline numbers and compares each with ``benchmarks/floors.json`` (the last accepted
scores); a number below its floor is marked DROP — a change that causes one must say why.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).with_name("floors.json")

# name → (task, gold file, scorer, [(metric path, label)])
SUITES = {
    "polnear.dev": (
        "quotes",
        "data/quotes/polnear.dev.jsonl",
        "score_quotes.py",
        [
            ("overlap@0.3.F1", "overlap F1"),
            ("overlap@0.3.speaker_acc", "speaker acc"),
            ("overlap@0.3.end_to_end_F1", "end-to-end F1"),
            ("exact_content.F1", "exact F1"),
        ],
    ),
    "cameo_manual.dev": (
        "events",
        "data/events/cameo_manual.dev.jsonl",
        "score_events.py",
        [("primary_root.accuracy", "root acc"), ("primary_root.macro_F1", "root macro-F1")],
    ),
    "plover_gsr.dev": (
        "events",
        "data/events/plover_gsr.dev.jsonl",
        "score_events.py",
        [("primary_plover.macro_F1", "PLOVER macro-F1"), ("dyad.F1", "dyad F1")],
    ),
    "conflibert_penta.train": (
        "events",
        "data/events/conflibert_penta.train.jsonl",
        "score_events.py",
        [("primary_penta.macro_F1", "5-class macro-F1")],
    ),
    "petrarch2_unittest": (
        "events",
        "data/events/petrarch2_unittest.jsonl",
        "score_events.py",
        [("primary_root.accuracy", "root acc"), ("detection.F1", "detection F1")],
    ),
    "vast.dev": ("stance", "data/stance/vast.dev.jsonl", "score_stance.py", [("macro_F1", "macro-F1")]),
    "pstance.dev": ("stance", "data/stance/pstance.dev.jsonl", "score_stance.py", [("macro_F1", "macro-F1")]),
    # statement pairs: Consistent / Inconsistent / Unrelated, scored by the stance scorer's macro-F1 over gold labels
    "political_inconsistency.dev": (
        "consistency",
        "data/flipflop/political_inconsistency.dev.jsonl",
        "score_stance.py",
        [("macro_F1", "macro-F1")],
    ),
}


def _get(data: dict, path: str) -> float | None:
    # Keys may hold dots ("overlap@0.3"): join parts until they name a key.
    node: object = data
    key = ""
    for part in path.split("."):
        key = f"{key}.{part}" if key else part
        if isinstance(node, dict) and key in node:
            node, key = node[key], ""
    return float(node) if isinstance(node, (int, float)) and not key else None


def run_suite(name: str, work: Path) -> dict[str, float | None]:
    task, gold, scorer, metrics = SUITES[name]
    out = work / f"{name}.out.jsonl"
    # The event suites score the code of each sentence's action and their gold has no actors: they read every
    # coded action (the store keeps only those with actors).
    env = {**os.environ, "VOLTEFACE_EVENT_CANDIDATES": "1"} if task == "events" else None
    subprocess.run(
        [
            sys.executable,
            "-m",
            "volteface.cli",
            "annotate",
            str(SHARED / gold),
            "-o",
            str(out),
            "--task",
            task,
        ],
        check=False,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / scorer), str(SHARED / gold), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(scored.stdout)
    return {label: _get(data, path) for path, label in metrics}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated tasks (quotes, events, stance)")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("skipped: ../shared not present")
        return
    only = set(filter(None, args.only.split(",")))
    floors = json.loads(FLOORS.read_text()) if FLOORS.is_file() else {}
    work = Path(tempfile.mkdtemp())
    results: dict[str, dict[str, float | None]] = {}
    print(f"{'suite':<30}{'metric':<20}{'score':>8}{'floor':>8}")
    for name, (task, *_rest) in SUITES.items():
        if only and task not in only:
            continue
        results[name] = run_suite(name, work)
        for label, value in results[name].items():
            floor = floors.get(name, {}).get(label)
            mark = " DROP" if floor is not None and value is not None and value < floor - 1e-9 else ""
            shown = "n/a" if value is None else f"{value:.3f}"
            print(f"{name:<30}{label:<20}{shown:>8}{'' if floor is None else f'{floor:.3f}':>8}{mark}")
    if args.update_floors:
        for name, values in results.items():
            floors[name] = {k: v for k, v in values.items() if v is not None}
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print(f"floors written to {FLOORS}")


if __name__ == "__main__":
    main()
