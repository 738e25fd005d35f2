"""Derive ``src/volteface/data/event_verbs.tsv`` from the MIT-licensed PETRARCH-2 CAMEO verb dictionary.

    .venv/bin/python scripts/derive_event_lexicon.py [../shared/data/dictionaries/CAMEO.2.0.txt]

The dictionary groups verbs in blocks that share a default code and object patterns ("- * SANCTIONS [163]").
We keep what a dependency parse can check: verb lemma, an optional preposition or particle, an optional head
noun of the object, and the code. Hand-written rows in ``data/event_verbs.extra.tsv`` are added on top and win.
The MIT notice of the source is kept in ``data/NOTICE-petrarch.txt``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "dictionaries" / "CAMEO.2.0.txt"
DATA = ROOT / "src" / "volteface" / "data"
_CODE = re.compile(r"\[(\d{2,4})(?::\d+)?\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


def _words(token: str) -> str:
    return token.strip("{}()_+$%^").replace("_", " ").lower()


SYNSET_LIMIT = 25  # larger synonym sets (people, places) are too loose to decide a code by themselves


def _expand(synsets: dict[str, list[str]], name: str) -> list[str]:
    members = synsets.get(name, [])
    return members if len(members) <= SYNSET_LIMIT else []


def parse(text: str) -> list[tuple[str, str, str, str, str]]:
    synsets: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str, str, str]] = []
    current_syn: str | None = None
    verbs: list[tuple[str, str, str | None]] = []  # (lemma, particle, own code)
    block_code: str | None = None
    block_name = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_syn = line.strip()
            synsets[current_syn] = []
            continue
        if line.startswith("+") and current_syn is not None and not verbs and block_name == "":
            synsets[current_syn].append(_words(line.split()[0]))
            continue
        header = _BLOCK.match(line)
        if header:
            current_syn = None
            block_name = header.group(1)
            code = header.group(2)
            block_code = code if code.isdigit() else None
            verbs = []
            continue
        if line.startswith("-"):
            match = _CODE.search(line)
            if not match or not verbs:
                continue
            code = match.group(1)
            body = line[1 : match.start()].split()
            if "*" not in body:
                continue
            after = body[body.index("*") + 1 :]
            if not after:
                continue
            particle, objects = "", [""]
            first = after[0]
            if first.startswith("("):
                group = " ".join(after).split(")")[0].strip("( ").split()
                particle = group[0].lower() if group else ""
                rest = group[1:]
                if rest:
                    head = rest[-1]
                    objects = _expand(synsets, head) if head.startswith("&") else [_words(head)]
            elif first.startswith("{"):
                phrase = " ".join(after).split("}")[0].strip("{ ").split()
                objects = [_words(phrase[-1])] if phrase else [""]
            elif first.startswith("&"):
                objects = _expand(synsets, first)
            else:
                objects = [_words(first)]
            for lemma, verb_particle, _own in verbs:
                for obj in objects:
                    obj = obj.split()[-1] if obj else ""
                    rows.append((lemma, particle or verb_particle, obj, code, block_name.lower()))
            continue
        if block_name and not line.startswith(("+", "&")) or (block_name and line.startswith("+")):
            token = line.split()[0]
            own = _CODE.search(line)
            words = _words(token).split()
            if not words:
                continue
            lemma = words[0]
            particle = words[1] if len(words) > 1 else ""
            code = own.group(1) if own else block_code
            verbs.append((lemma, particle, code))
            if code:
                rows.append((lemma, particle, "", code, block_name.lower()))
    return rows


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = parse(source.read_text(encoding="utf-8", errors="replace"))
    codes = {line.split("\t")[0] for line in (DATA / "cameo.tsv").read_text().splitlines()[1:]}
    seen: dict[tuple[str, str, str], tuple[str, str]] = {}
    extra = DATA / "event_verbs.extra.tsv"
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines()[1:]:
            lemma, particle, obj, code, note = (line.split("\t") + [""] * 5)[:5]
            seen[(lemma, particle, obj)] = (code, note or "hand-written")
    for lemma, particle, obj, code, note in rows:
        if code not in codes:
            code = code[:3] if code[:3] in codes else code
        if code in codes and (lemma, particle, obj) not in seen and lemma.isalpha():
            seen[(lemma, particle, obj)] = (code, note)
    out = ["lemma\tparticle\tobject\tcode\tnote"]
    out += ["\t".join((*key, *value)) for key, value in sorted(seen.items())]
    (DATA / "event_verbs.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} rows → {DATA / 'event_verbs.tsv'}")


if __name__ == "__main__":
    main()
