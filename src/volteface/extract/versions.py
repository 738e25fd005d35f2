"""The version of each extractor, stored with every article it made records for: a change to an extractor that
changes what it finds raises its number here, and ``volteface reprocess`` rebuilds the articles made before."""

from __future__ import annotations

from ..errors import UsageError

# Raise a number when that stage's output changes for the same text (a new rule, a retrained model, a new lexicon).
EXTRACTORS: dict[str, int] = {"actors": 14, "quotes": 29, "events": 37, "stances": 35}


def current() -> str:
    """The version string of the extractors in use: "actors=1,events=1,quotes=1,stances=1"."""
    return ",".join(f"{name}={number}" for name, number in sorted(EXTRACTORS.items()))


def parse(version: str, where: str = "version") -> dict[str, int]:
    """A version string (or a part of one, "events=2") as {extractor: number}; a clear error otherwise."""
    out: dict[str, int] = {}
    for part in version.split(","):
        name, sep, number = part.strip().partition("=")
        if not sep or name not in EXTRACTORS or not number.isdigit():
            raise UsageError(
                f"{where} takes NAME=NUMBER pairs joined by commas, NAME one of "
                f"{', '.join(sorted(EXTRACTORS))} (now: {current()}); not {version!r}"
            )
        out[name] = int(number)
    return out


def older(stored: str | None, than: str | None = None) -> bool:
    """Were an article's records made before ``than`` (by default: by another version than the current one)?
    With ``than``, an article is older when any extractor named there made it at a lower number. An article
    stored before versions were recorded (None) is older than any."""
    if stored is None:
        return True
    if than is None:
        return stored != current()
    made = _lenient(stored)
    return any(made.get(name, 0) < number for name, number in parse(than, "--before").items())


def _lenient(version: str) -> dict[str, int]:
    """A stored version string read without complaint: an unknown part is ignored, a missing one is 0."""
    out: dict[str, int] = {}
    for part in version.split(","):
        name, _, number = part.strip().partition("=")
        if number.isdigit():
            out[name] = int(number)
    return out
