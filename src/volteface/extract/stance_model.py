"""A small target-aware linear stance model (favor / against / none) over hashed word n-grams.

A first learned model for the author's stance toward a free-text target: words and word pairs of the text,
each also paired with the target's words, hashed into a fixed space and weighed by multinomial logistic
regression trained here (``scripts/train_stance.py``, on the shared train splits). It ships as a compressed
weight file in ``data/stance_model.npz``; without it, the lexicon in ``stances.py`` answers.
"""

from __future__ import annotations

import itertools
import re
import zlib
from functools import cache
from importlib import resources

import numpy as np

LABELS = ("favor", "against", "none")
DIM = 1 << 18
_TOKEN = re.compile(r"[#@]?\w+|[!?]")


def features(text: str, target: str) -> list[int]:
    """Hashed feature indices: unigrams, bigrams, and unigrams conjoined with each target word."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    target_words = [w.lower() for w in _TOKEN.findall(target)][:4] or ["_"]
    keys = [f"u:{w}" for w in words] + [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    keys += [f"t:{t}|{w}" for t in target_words for w in words]
    keys.append("bias")
    return [zlib.crc32(k.encode("utf-8")) % DIM for k in keys]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


def train(
    examples: list[tuple[str, str, str]], epochs: int = 6, rate: float = 0.2, l2: float = 1e-6, seed: int = 13
) -> np.ndarray:
    """Weights (DIM × 3) by AdaGrad on the multinomial log-loss; examples are (text, target, label)."""
    rng = np.random.default_rng(seed)
    weights = np.zeros((DIM, len(LABELS)), dtype=np.float32)
    history = np.full((DIM, len(LABELS)), 1e-6, dtype=np.float32)
    encoded = [
        (np.array(sorted(set(features(t, g))), dtype=np.int64), LABELS.index(y)) for t, g, y in examples
    ]
    for _ in range(epochs):
        for i in rng.permutation(len(encoded)):
            idx, y = encoded[i]
            p = _softmax(weights[idx].sum(axis=0))
            grad = p.copy()
            grad[y] -= 1.0
            g = np.broadcast_to(grad, (len(idx), len(LABELS))) + l2 * weights[idx]
            history[idx] += g * g
            weights[idx] -= rate * g / np.sqrt(history[idx])
    return weights


def save(weights: np.ndarray, path: str) -> None:
    np.savez_compressed(path, weights=weights.astype(np.float16))


@cache
def _shipped() -> np.ndarray | None:
    item = resources.files("volteface") / "data" / "stance_model.npz"
    if not item.is_file():
        return None
    with item.open("rb") as handle:
        return np.load(handle)["weights"].astype(np.float32)


def probabilities(text: str, target: str, weights: np.ndarray | None = None) -> np.ndarray | None:
    """The (favor, against, none) probabilities, or None when no model is shipped."""
    weights = _shipped() if weights is None else weights
    if weights is None:
        return None
    idx = np.array(sorted(set(features(text, target))), dtype=np.int64)
    return _softmax(weights[idx].sum(axis=0))


def predict(text: str, target: str, weights: np.ndarray | None = None) -> tuple[str, float] | None:
    """(label, probability), or None when no model is shipped."""
    p = probabilities(text, target, weights)
    if p is None:
        return None
    best = int(p.argmax())
    return LABELS[best], round(float(p[best]), 3)
