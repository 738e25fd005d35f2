"""Inputs → byte streams: folders, globs and stdin; gzip undone; the checks every input passes first."""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

SNIFF = 8192  # bytes looked at to tell text from binary, and one format from another
GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Each input as paths: a folder recursively (sorted, hidden entries skipped), a glob's matches, or itself."""
    for item in inputs:
        path = Path(item)
        if item == STDIN or path.is_file():
            yield item
        elif path.is_dir():
            yield from _walk(path)
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item  # reported as missing by the reader
            for match in matches:
                if Path(match).is_dir():
                    yield from _walk(Path(match))
                elif not Path(match).name.startswith("."):
                    yield match
        else:
            yield item


def _walk(folder: Path) -> Iterator[str]:
    """Files under a folder in sorted order; hidden files and folders (.git, .DS_Store) are skipped."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # pruned in place: os.walk then skips them
        for name in sorted(names):
            if not name.startswith("."):
                yield os.path.join(root, name)


def is_gz_name(path: str) -> bool:
    return path.lower().endswith(".gz")


def suffix(path: str) -> str:
    """The format suffix with any .gz removed: 'a.jsonl.gz' → '.jsonl', 'a' → ''."""
    name = Path(path).name.lower().removesuffix(".gz")
    return Path(name).suffix if "." in name else ""


def file_size(path: str) -> int:
    """Size on disk; a missing path or an empty file is refused here, before anything is read."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError("no such file or folder", path) from None
    if size == 0:
        raise InputError("empty file", path)
    return size


def over_limit(size: int, max_bytes: int, what: str = "file") -> str:
    return (f"{what} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB article limit "
            "(setting max_article_bytes)")


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them): those bytes, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._rest.close()
        super().close()


def open_input(path: str, *, gunzip: bool = True) -> tuple[BinaryIO, bytes]:
    """(stream, first bytes) of a file or stdin; gzip content is undone when ``gunzip``; a fake .gz is refused."""
    raw: BinaryIO = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115 - closed by caller
    magic = raw.read(2)
    if is_gz_name(path) and magic != GZIP_MAGIC:
        raw.close()
        raise InputError("not a gzip file (named .gz, but the content is not gzip-compressed)", path)
    stream: BinaryIO = io.BufferedReader(_Rewound(magic, raw))  # type: ignore[arg-type]
    if gunzip and magic == GZIP_MAGIC:
        stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
    head = stream.read(SNIFF)
    return io.BufferedReader(_Rewound(head, stream)), head  # type: ignore[arg-type]


def read_limited(stream: BinaryIO, max_bytes: int, where: str, what: str = "content") -> bytes:
    """The rest of the stream, refused once it passes ``max_bytes`` — never more than that is held."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{what} is over the {max_bytes / 1e6:.1f} MB article limit (setting max_article_bytes)",
                         where)
    if not data.strip():
        raise InputError("empty file", where)
    return data


def check_text(head: bytes, where: str) -> None:
    """Refuse binary content: NUL bytes, or mostly control characters, in the first 8 KB."""
    head = head[:SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 has NUL bytes by design; decoding decides
    if b"\x00" in head:
        raise InputError("binary file, not text (it has NUL bytes); accepted: UTF-8 text, HTML, JSON, CSV, "
                         "feeds, WARC", where)
    controls = sum(b < 32 and b not in (9, 10, 12, 13, 27) for b in head)
    if head and controls / len(head) > 0.05:
        raise InputError("binary file, not text (mostly control bytes); accepted: UTF-8 text, HTML, JSON, CSV, "
                         "feeds, WARC", where)


def decode_utf8(data: bytes, where: str) -> str:
    """Strict UTF-8 (a BOM is dropped); the error says where the first bad byte is."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start + bom}); "
                         "convert it to UTF-8", where) from None


__all__ = ["SNIFF", "STDIN", "check_text", "decode_utf8", "expand", "file_size", "open_input", "over_limit",
           "read_limited", "suffix"]
