"""The layout keeps its promises: SQL lives under store/ only (the other stages read through the store's
interface), and the library never prints (only cli.py talks to the terminal)."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "volteface"
SQL = re.compile(
    r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|DELETE\s+FROM|CREATE\s+TABLE)\b|\.execute\(|\.query\("
)


def _modules(skip: tuple[str, ...]) -> list[Path]:
    return [p for p in SRC.rglob("*.py") if not any(part in skip for part in p.relative_to(SRC).parts)]


def test_no_sql_outside_the_store():
    found = [
        f"{p.relative_to(SRC)}:{n}"
        for p in _modules(("store",))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not found, f"SQL outside store/: {found}"


def test_the_library_never_prints():
    found = [
        f"{p.relative_to(SRC)}:{n}"
        for p in _modules(("cli.py",))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*print\(", line)
    ]
    assert not found, f"print() outside cli.py: {found}"
