"""Inputs → files: folders, globs and stdin; bytes with gzip undone; the checks every file passes first."""

from __future__ import annotations

import glob
import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError

SNIFF = 8192


def expand(inputs: list[str]) -> Iterator[str]:
    """Each input as file paths: a folder recursively (sorted, hidden entries skipped), a glob, or itself."""
    for item in inputs:
        path = Path(item)
        if item == "-" or path.is_file():
            yield item
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in parts):
                    yield str(child)
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            yield from (m for m in matches if Path(m).is_file())
            if not matches:
                yield item  # reported as missing by the reader
        else:
            yield item


def format_name(path: str) -> str:
    """The format suffix with any .gz removed: 'a.jsonl.gz' → '.jsonl'."""
    name = path.lower()
    name = name.removesuffix(".gz")
    return Path(name).suffix


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


def check_file(path: str, max_bytes: int, container: bool) -> None:
    """Refuse a missing, empty or (for single-article formats) oversized file without reading it."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", path)
    size = p.stat().st_size
    if size == 0:
        raise InputError("empty file", path)
    if not container and not is_gzip(path) and size > max_bytes:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB article limit "
            "(setting max_article_bytes)", path)


def open_binary(path: str) -> io.BufferedIOBase:
    """The file's bytes as a stream, gunzipped when named .gz (a fake .gz is refused)."""
    if path == "-":
        return sys.stdin.buffer
    if is_gzip(path):
        with open(path, "rb") as handle:
            magic = handle.read(2)
        if magic != b"\x1f\x8b":
            raise InputError("not a gzip file (named .gz but the content is not gzip-compressed)", path)
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_limited(path: str, max_bytes: int) -> bytes:
    """The whole (decompressed) file, refused when it exceeds ``max_bytes`` — never more read than that."""
    try:
        with open_binary(path) as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read ({exc})", path) from None
    if len(data) > max_bytes:
        raise InputError(f"content is over the {max_bytes / 1e6:.1f} MB article limit "
                         "(setting max_article_bytes)", path)
    if not data.strip():
        raise InputError("empty file", path)
    return data


def check_text_bytes(data: bytes, where: str) -> None:
    """Refuse binary content: NUL bytes, or mostly control characters, in the first 8 KB."""
    head = data[:SNIFF]
    if b"\x00" in head:
        raise InputError("binary file, not text (contains NUL bytes)", where)
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    if head and controls / len(head) > 0.05:
        raise InputError("binary file, not text (mostly control bytes)", where)


def decode_utf8(data: bytes, where: str) -> str:
    """Strict UTF-8 (a BOM is dropped); the error says where the first bad byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8", where
        ) from None
