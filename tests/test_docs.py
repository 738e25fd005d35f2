"""Docs cannot drift: the CLI reference in docs/ is what the CLI says about itself."""

from pathlib import Path

from volteface.cli import reference

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_cli_reference_is_current():
    assert DOC.read_text(encoding="utf-8") == reference() + "\n", (
        "docs/cli.md is stale: regenerate with  .venv/bin/python -c "
        "'from volteface.cli import reference; print(reference())' > docs/cli.md"
    )
