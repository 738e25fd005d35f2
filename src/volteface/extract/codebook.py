"""The CAMEO codebook (name, root, quad class, Goldstein value, PLOVER type and mode) and event lexicons."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    root: str
    quad: int
    goldstein: float
    plover: str | None
    mode: str | None


def _rows(name: str) -> list[dict[str, str]]:
    item = resources.files("volteface") / "data" / name
    if not item.is_file():
        return []
    with item.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def codebook() -> dict[str, Code]:
    """Every CAMEO code in ``data/cameo.tsv``."""
    out = {}
    for row in _rows("cameo.tsv"):
        out[row["code"]] = Code(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            quad=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            plover=row.get("plover") or None,
            mode=row.get("mode") or None,
        )
    return out


@cache
def verb_lexicon() -> dict[str, list[tuple[str, str, str]]]:
    """Verb lemma → [(particle, object noun, code)], most specific entries first."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows("event_verbs.tsv"):
        out.setdefault(row["lemma"].strip().lower(), []).append(
            ((row.get("particle") or "").strip().lower(), (row.get("object") or "").strip().lower(), row["code"])
        )
    for entries in out.values():
        entries.sort(key=lambda e: (not e[0], not e[1]))
    return out


@cache
def noun_lexicon() -> dict[str, str]:
    """Event noun → code ("talks" → 043, "strike" → 190)."""
    return {row["noun"].strip().lower(): row["code"] for row in _rows("event_nouns.tsv")}
