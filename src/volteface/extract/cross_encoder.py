"""The shipped cross-encoder: a small transformer that reads a target and a text together and answers one of a
few labels.

``data/stance_encoder/`` is all-MiniLM-L6-v2 fine-tuned here (``scripts/train_cross_encoder.py``) on the VAST,
P-Stance and SemEval-2016 A train splits: (target, text) → favor / against / none, the author's stance toward a
free-text target. It ships as an int8 ONNX graph with its tokenizer and runs on onnxruntime (a small, fast CPU
runtime; no torch at run time) with the ``tokenizers`` library (the WordPiece it was trained with). It is the
heavy model: callers give it only the texts that need it. ``load_encoder`` reads any folder of the same shape
(the script's ``--task nli`` writes one).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

STANCE = "stance_encoder"


@dataclass(frozen=True)
class CrossEncoder:
    session: Any  # onnxruntime.InferenceSession (imported when the encoder is loaded)
    tokenizer: Any  # tokenizers.Tokenizer
    labels: tuple[str, ...]

    def probabilities(self, pairs: Sequence[tuple[str, str]], batch: int = 1) -> np.ndarray:
        """Softmax rows (in ``labels`` order) for each (text, target) pair, in order.

        One pair a run by default: int8 dynamic quantisation scales activations per run, so pairs run together
        nudge each other's answers (by up to ~0.02); alone, an answer depends on its own pair only.
        """
        out = np.zeros((len(pairs), len(self.labels)), dtype=np.float32)
        # Shortest first so that a batch pads little; rows go back to their own places.
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]))
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            encoded = self.tokenizer.encode_batch([(pairs[i][1], pairs[i][0]) for i in rows])
            feed = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            logits = self.session.run(["logits"], feed)[0]
            logits = logits - logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            out[rows] = probs / probs.sum(axis=1, keepdims=True)
        return out

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """(label, probability) for each (text, target) pair."""
        probs = self.probabilities(pairs)
        return [(self.labels[int(row.argmax())], round(float(row.max()), 3)) for row in probs]


def load_encoder(directory: str | Path) -> CrossEncoder:
    """The encoder in a folder holding ``model.int8.onnx``, ``tokenizer.json`` and ``meta.json``."""
    import onnxruntime
    from tokenizers import Tokenizer

    directory = Path(directory)
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    # The longer segment loses its tail first: a long text before a short target (which stays whole), and a
    # target too long to fit is cut rather than refused.
    tokenizer.enable_truncation(int(meta.get("max_len", 160)), strategy="longest_first")
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]") or 0, pad_token="[PAD]")  # noqa: S106 - a token, no password
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(directory / "model.int8.onnx"), options, providers=["CPUExecutionProvider"]
    )
    return CrossEncoder(session, tokenizer, tuple(meta["labels"]))


@cache
def shipped_encoder(name: str = STANCE) -> CrossEncoder | None:
    """A cross-encoder shipped in the package under ``data/{name}/``, or None where its files are absent."""
    folder = resources.files("volteface") / "data" / name
    if not (folder / "model.int8.onnx").is_file():
        return None
    with resources.as_file(folder) as path:
        return load_encoder(path)
