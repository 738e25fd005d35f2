"""What the shared event scorer does not print: PLOVER dyad F1, and the PETRARCH behavioural suites' pass share.

    .venv/bin/python benchmarks/event_suites.py

- PLOVER GSR dev: dyad F1 over (source country, target country, PLOVER type) of the primary event, for gold
  records with both actors (the gold has no CAMEO root, so the type stands in for it).
- PETRARCH suites (fictional sentences, toy actor codes): the share of records whose expectation we meet —
  the primary root for records that expect an event, no event for records that expect none. A regression
  check of syntax handling (passives, compounds, negation, discards), not an accuracy claim.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events"
OLD_PLOVER = {"FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}


def annotate(name: str) -> tuple[list[dict], dict[str, list[dict]]]:
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "volteface.cli",
            "annotate",
            str(SHARED / name),
            "-o",
            str(out),
            "--task",
            "events",
        ],
        check=False,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "VOLTEFACE_EVENT_CANDIDATES": "1"},
    )  # every coded action: no actors in gold
    gold = [json.loads(line) for line in (SHARED / name).open(encoding="utf-8")]
    pred = [json.loads(line) for line in out.open(encoding="utf-8")]
    # Records are matched by position: ids repeat in some suites.
    return gold, {
        str(i): sorted(p.get("events") or [], key=lambda e: -e.get("confidence", 0))
        for i, p in enumerate(pred)
    }


def plover_dyads() -> dict[str, float]:
    gold, pred = annotate("plover_gsr.dev.jsonl")
    tp = n_gold = n_pred = 0
    for i, record in enumerate(gold):
        g = record["events"][0]
        if not g.get("source") or not g.get("target"):
            continue
        n_gold += 1
        key = (g["source"][:3], g["target"][:3], OLD_PLOVER.get(g["plover"], g["plover"]))
        events = pred[str(i)]
        if events and events[0].get("source") and events[0].get("target"):
            n_pred += 1
            e = events[0]
            tp += (e["source"][:3], e["target"][:3], e["plover"]) == key
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"gold": n_gold, "pred": n_pred, "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def suite_share(name: str) -> dict[str, float]:
    gold, pred = annotate(name)
    met = total = 0
    for i, record in enumerate(gold):
        events = pred[str(i)]
        expected = [e for e in record["events"] if e.get("root")]
        if not record["events"]:
            total += 1
            met += not events
        elif expected:
            total += 1
            met += bool(events) and events[0].get("root") == expected[0]["root"]
    return {"records": total, "met": met, "share": met / total if total else 0.0}


def main() -> None:
    if not SHARED.is_dir():
        print("skipped: ../shared not present")
        return
    d = plover_dyads()
    print(
        f"PLOVER GSR dev dyad F1 (source country, target country, type): {d['F1']:.3f} "
        f"(P {d['P']:.3f}, R {d['R']:.3f}; {d['gold']} gold records with both actors)"
    )
    for name in ("petrarch2_unittest.jsonl", "udpetrarch_validate_2_02.jsonl"):
        s = suite_share(name)
        print(
            f"{name}: {s['met']}/{s['records']} records meet their root / no-event expectation ({s['share']:.1%})"
        )


if __name__ == "__main__":
    main()
