"""Inputs → byte streams: folders, globs and stdin; gzip undone; the checks every input passes first."""

from __future__ import annotations

import fnmatch
import glob
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

CHUNK = 1 << 16
SNIFF = 8192  # bytes looked at to tell text from binary, and one format from another
GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"


def expand(inputs: Iterable[str], include: Iterable[str] = ()) -> Iterator[str]:
    """Each input as paths: a folder recursively (sorted, hidden entries skipped), a glob's matches, or itself."""
    for item in inputs:
        path = Path(item)
        if item == STDIN or path.is_file():
            yield item
        elif path.is_dir():
            empty = True
            for child in _walk(path, tuple(include)):
                empty = False
                yield child
            if empty:
                yield item  # reported by the reader: a folder with nothing to read
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item  # reported as missing by the reader
            for match in matches:
                if Path(match).is_dir():
                    yield from _walk(Path(match), tuple(include))
                elif not Path(match).name.startswith("."):
                    yield match
        else:
            yield item


# A folder's own papers, not its articles: README.md, LICENSE, CHANGELOG.txt … (a file named on the command
# line is always read).
PAPERS = re.compile(
    r"^(readme|licen[cs]e|copying|changelog|changes|notice|authors|contributing)(\.[a-z0-9]+)*$",
    re.IGNORECASE,
)


_RECORD_PART = re.compile(r"(?::line \d+|#record \d+)?(?: \(id .*\))?$")


def input_file(where: str) -> str:
    """The file a record's or a problem's place is in: "feed.json#record 12" → "feed.json"."""
    return _RECORD_PART.sub("", where, count=1) or where


def _walk(folder: Path, include: tuple[str, ...] = ()) -> Iterator[str]:
    """Files under a folder in sorted order; hidden files and folders (.git, .DS_Store) and the folder's own
    papers (README, LICENSE, CHANGELOG) are skipped, unless their name matches an ``include`` pattern."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # pruned in place: os.walk then skips them
        for name in sorted(names):
            if any(fnmatch.fnmatch(name, pattern) for pattern in include) or (
                not name.startswith(".") and not PAPERS.match(name)
            ):
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
    if os.path.isdir(path):
        raise InputError("folder has no files to read (hidden files and folders are skipped)", path)
    if size == 0:
        raise InputError("empty file", path)
    return size


def size_text(n: float) -> str:
    """A byte count for a message: '40.0 MB', '1.0 KB', '300 bytes'."""
    if n >= 100_000:
        return f"{n / 1e6:.1f} MB"
    return f"{n / 1e3:.1f} KB" if n >= 1000 else f"{int(n)} bytes"


def over_limit(size: int, max_bytes: int, what: str = "file") -> str:
    return (
        f"{what} is {size_text(size)}, over the {size_text(max_bytes)} article limit "
        "(setting max_article_bytes)"
    )


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them): those bytes, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO, owns: bool = True) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._owns = owns  # stdin is not ours to close: "-" may be read again

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
        if self._owns:
            self._rest.close()
        super().close()


class _Gunzip(io.RawIOBase):
    """gzip (any number of members) undone as a stream, in bounded steps; a member cut short ends the stream
    there and sets ``cut`` (an exception would make buffered readers drop the bytes before the cut)."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._z = zlib.decompressobj(31)  # 31: gzip header and trailer
        self._pending = b""
        self.cut = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if self._z.eof:
                tail = self._z.unused_data or self._raw.read(CHUNK)
                if not tail:
                    return 0  # ended cleanly after a whole member
                self._z = zlib.decompressobj(31)
                self._pending = self._z.decompress(tail, CHUNK)
                continue
            data = self._z.unconsumed_tail or self._raw.read(CHUNK)
            if not data:
                self.cut = True
                return 0
            self._pending = self._z.decompress(data, CHUNK)  # max_length: a gzip bomb inflates step by step
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass
class Opened:
    """An input opened for reading: its (gunzipped) stream, its first bytes, and whether gzip data was cut."""

    stream: BinaryIO
    head: bytes
    packed: bool  # the content was gzip-compressed
    _gunzip: _Gunzip | None = None

    @property
    def truncated(self) -> bool:
        return self._gunzip is not None and self._gunzip.cut


def open_input(path: str) -> Opened:
    """A file or stdin opened as bytes, gzip content undone (by its magic bytes); a fake .gz is refused."""
    raw: BinaryIO = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115 - closed by caller
    magic = raw.read(2)
    if is_gz_name(path) and magic != GZIP_MAGIC:
        raw.close()  # a .gz name: never stdin
        raise InputError("not a gzip file (named .gz, but the content is not gzip-compressed)", path)
    stream: BinaryIO = io.BufferedReader(_Rewound(magic, raw, owns=path != STDIN))  # type: ignore[arg-type]
    gunzip = _Gunzip(stream) if magic == GZIP_MAGIC else None
    if gunzip is not None:
        stream = io.BufferedReader(gunzip)  # type: ignore[assignment]
    try:
        head = stream.read(SNIFF)
    except BaseException:
        stream.close()  # corrupt gzip data: the caller never gets the stream to close
        raise
    return Opened(io.BufferedReader(_Rewound(head, stream)), head, gunzip is not None, gunzip)  # type: ignore[arg-type]


def read_limited(stream: BinaryIO, max_bytes: int, where: str, what: str = "content") -> bytes:
    """The rest of the stream, refused once it passes ``max_bytes`` — never more than that is held."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{what} is over the {size_text(max_bytes)} article limit (setting max_article_bytes)", where
        )
    if not data.strip():
        raise InputError("empty file", where)
    return data


def check_text(head: bytes, where: str) -> None:
    """Refuse binary content: NUL bytes, or mostly control characters, in the first 8 KB."""
    head = head[:SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 has NUL bytes by design; decoding decides
    if b"\x00" in head:
        raise InputError(
            "binary file, not text (it has NUL bytes); accepted: UTF-8 text, HTML, JSON, CSV, feeds, WARC",
            where,
        )
    controls = sum(b < 32 and b not in (9, 10, 12, 13, 27) for b in head)
    if head and controls / len(head) > 0.05:
        raise InputError(
            "binary file, not text (mostly control bytes); accepted: UTF-8 text, HTML, JSON, CSV, "
            "feeds, WARC",
            where,
        )


def decode_utf8(data: bytes, where: str) -> str:
    """Strict UTF-8 (a BOM is dropped); the error says where the first bad byte is."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start + bom}); "
            "convert it to UTF-8",
            where,
        ) from None


__all__ = [
    "SNIFF",
    "STDIN",
    "Opened",
    "check_text",
    "decode_utf8",
    "expand",
    "file_size",
    "open_input",
    "over_limit",
    "read_limited",
    "size_text",
    "suffix",
]
