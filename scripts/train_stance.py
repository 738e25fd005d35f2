"""Train the shipped stance model (``src/volteface/data/stance_model.npz``) from the shared train splits.

    .venv/bin/python scripts/train_stance.py [--cv-semeval]

Training data (train splits only; dev and test never): VAST train (no licence file in the source repo; research
use), P-Stance train (research use), SemEval-2016 Task 6 subtask A train (research use). The model is a hashed
n-gram logistic regression (``volteface.extract.stance_model``); it stores weights only, no text.
With --cv-semeval it also prints the 5-fold cross-validated F_avg on SemEval-2016 A train.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STANCE = ROOT.parent / "shared" / "data" / "stance"
TRAIN = ("vast.train.jsonl", "pstance.train.jsonl", "semeval2016.A.train.jsonl")


def load(name: str) -> list[tuple[str, str, str]]:
    rows = [json.loads(line) for line in (STANCE / name).open(encoding="utf-8")]
    return [(r["text"], r["target"], r["label"]) for r in rows if r["label"] in ("favor", "against", "none")]


def f_avg(gold: list[str], pred: list[str]) -> float:
    def f1(label: str) -> float:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    return (f1("favor") + f1("against")) / 2


def main() -> None:
    from volteface.extract import stance_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-semeval", action="store_true")
    args = parser.parse_args()
    examples = [e for name in TRAIN for e in load(name)]
    weights = stance_model.train(examples)
    out = ROOT / "src" / "volteface" / "data" / "stance_model.npz"
    stance_model.save(weights, str(out))
    print(f"trained on {len(examples)} examples → {out} ({out.stat().st_size / 1e6:.1f} MB)")
    if args.cv_semeval:
        semeval = load("semeval2016.A.train.jsonl")
        others = [e for name in TRAIN[:2] for e in load(name)]
        scores = []
        for k in range(5):
            test = semeval[k::5]
            train = others + [e for i, e in enumerate(semeval) if i % 5 != k]
            w = stance_model.train(train)
            pred = [stance_model.predict(t, g, w)[0] for t, g, _ in test]
            scores.append(f_avg([y for _, _, y in test], pred))
        print(
            f"SemEval-2016 A, 5-fold CV F_avg: {sum(scores) / 5:.3f} ({', '.join(f'{s:.3f}' for s in scores)})"
        )


if __name__ == "__main__":
    main()
