"""Character normalisation that keeps every offset: one character in, one character out."""

from __future__ import annotations

# Exotic quote marks become the common curly ones; odd spaces become plain spaces. Length never changes, so
# spans found on the normalised text are spans of the original too.
_SAME_LENGTH = str.maketrans(
    {
        "«": "“",
        "»": "”",
        "„": "“",
        "‟": "“",
        "‚": "‘",
        "‛": "‘",
        "‹": "‘",
        "›": "’",
        "″": '"',
        "＂": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\r": "\n",
    }
)


def normalise_chars(text: str) -> str:
    """Quote marks and spaces in one style, offsets unchanged."""
    return text.translate(_SAME_LENGTH)


def tidy_lines(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, no blank edges (offsets change)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    return "\n".join(out).strip()
