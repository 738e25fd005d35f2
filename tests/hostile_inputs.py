"""A folder of hostile inputs beside good articles, written fresh by ``make_folder``: what a crawl, a careless
export or an attacker can put in front of ``volteface run``. Used by tests/test_hostile.py; run it as a script
to get the folder for a look (``python tests/hostile_inputs.py OUT``)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

GOOD = 20


def good_article(n: int) -> str:
    return (
        f"The Ostmark foreign minister, Edda Kalnas, said on Tuesday that talks with Valdoria on the harbour "
        f"treaty would resume next week. Report number {n} of the fictional series."
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def hostile() -> dict[str, bytes]:
    """File name → bytes, one input per kind of trouble."""
    record = {"text": "Ostmark recalled its ambassador, the ministry said.", "date": "2031-05-01"}
    files: dict[str, bytes] = {
        # text and encodings
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "binary.txt": bytes(range(256)) * 20,
        "latin1.txt": "Der Minister sagte: Gespräche über den Hafen.".encode("latin-1"),
        "utf16.txt": "The minister said talks would resume.".encode("utf-16"),
        "nul.txt": b"The minister\x00 said talks would resume.",
        "bom_only.txt": b"\xef\xbb\xbf",
        "control.txt": b"\x1b[31mThe minister\x07 said\x1b[0m talks would resume.\x08",
        "markup.txt": b"[bold]The minister[/bold] said [/red] talks would resume [link=x]here[/link].",
        "huge_line.txt": b"word " * 300_000,
        "no_extension": b"\x00\x01\x02\x03",
        "unknown.xyz": b"plain words, said the minister",
        # JSON Lines
        "surrogate.jsonl": (b'{"text": "bad \\ud800 text, the minister said", "title": "\\udc00"}\n'),
        "bigint.jsonl": ('{"text": "x", "n": ' + "9" * 5000 + "}\n").encode(),
        "deep.jsonl": b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "cut.jsonl": (_json(record) + '\n{"text": "Val').encode(),
        "types.jsonl": "\n".join(
            _json(r)
            for r in (
                {"text": 5},
                {"text": ["a"]},
                {"text": {"b": 1}},
                {"text": None},
                {"title": "no text"},
                {"text": "ok, the minister said", "title": ["x"], "date": {"y": 1}, "url": 7, "source": [1]},
                [1, 2],
                "just a string",
                12,
            )
        ).encode(),
        "dates.jsonl": "\n".join(
            _json({"text": f"Text dated {d}, the minister said.", "date": d})
            for d in ("9999-01-01", "0001-01-01", "31 Feb 2025", "[/red]", "yesterday", "2031-13-45", "")
        ).encode(),
        "not_utf8.jsonl": b'{"text": "caf\xe9"}\n',
        "crlf.jsonl": (_json(record) + "\r\n").encode(),
        # JSON and JSON Feed
        "array.json": b"[1, 2, 3]",
        "broken.json": b'{"text": ',
        "feed_types.json": _json(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": ["t"],
                "items": [
                    {
                        "url": {"a": 1},
                        "title": ["x"],
                        "content_text": "One item, the minister said.",
                        "date_published": {"y": 1},
                    },
                    "not an item",
                    {"content_html": 5},
                    {"content_text": ""},
                ],
            }
        ).encode(),
        "feed_no_items.json": _json({"version": "https://jsonfeed.org/version/1", "items": 3}).encode(),
        # feeds and HTML
        "xxe.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>",
        "bomb.rss": b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10) for i in range(8)
        )
        + b"]><rss><channel><item><description>&i;</description></item></channel></rss>",
        "bad_date.rss": b"<rss><channel><item><title>t</title><pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate>"
        b"<description>The minister said talks would resume.</description></item></channel></rss>",
        "links.rss": b"<rss><channel>"
        + b"<item><link>http://example.org/a</link></item>" * 200
        + b"</channel></rss>",
        "script.html": b"<html><head><title><script>alert(1)</script></title></head><body><p>The minister "
        b"said <script>alert(2)</script> talks would resume.</p></body></html>",
        "nested.html": b"<div>" * 50_000 + b"text" + b"</div>" * 50_000,
        # CSV
        "ragged.csv": b'text,title\n"unclosed,x\nok text said the minister,t,extra,fields\n',
        "nul.csv": b"text\nab\x00cd said the minister\n",
        # compressed
        "cut.jsonl.gz": gzip.compress(((_json(record) + "\n") * 50).encode())[:-40],
        "not_gzip.txt.gz": b"plain text, not gzip",
        "bomb.txt.gz": gzip.compress(b"\0" * 30_000_000),
        # archives
        "junk.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>cut",
    }
    # formats in the wrong clothes, and shells with nothing inside
    files.update(
        {
            "only_script.html": b"<html><body><script>var a = 1;</script></body></html>",
            "empty_body.html": b"<html><head><title>t</title></head><body></body></html>",
            "header_only.csv": b"text,title\n",
            "crlf.tsv": b"text\ttitle\r\nThe minister said talks would resume.\tT\r\n",
            "json_in.rss": b'{"text": "not a feed"}',
            "rss_in.json": b"<rss><channel><item><title>t</title></item></channel></rss>",
            "empty.warc": b"",
            "latin1_declared.xml": b'<?xml version="1.0" encoding="latin-1"?><rss><channel><item><title>Caf\xe9</title>'
            b"<description>The minister said talks would resume.</description></item></channel></rss>",
        }
    )
    # every field of a record given every wrong type, one file each
    wrong = {
        "int": 5,
        "float": 1e308,
        "list": ["x"],
        "dict": {"a": 1},
        "bool": True,
        "null": None,
        "long": "x" * 200_000,
    }
    for name in ("text", "title", "date", "url", "source", "id"):
        for kind, value in wrong.items():
            record = {"text": "The minister said talks would resume, the ministry said.", name: value}
            files[f"field_{name}_{kind}.jsonl"] = (_json(record) + "\n").encode()
    # dates a record or a feed may carry
    for n, day in enumerate(
        (
            "0000-00-00",
            "2031-02-30",
            "31/12/2031",
            "tomorrow",
            "1 Jan 10000",
            "-2031-01-01",
            "2031-01-01T25:61:00Z",
            "NaN",
            "1e10",
            "\u0000",
        )
    ):
        files[f"date_{n}.jsonl"] = (
            _json({"text": "The minister said talks would resume.", "date": day}) + "\n"
        ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as packed:
        packed.write(b"[/red] \x1b[2J")
    files["[bold]markup[_red].txt.gz"] = buf.getvalue()
    files["esc\x1b[31m.txt"] = b"The minister said talks would resume."
    return files


def make_folder(folder: Path) -> tuple[int, int]:
    """Write the hostile inputs and GOOD good articles (one file each, a few formats); (hostile, good)."""
    folder.mkdir(parents=True, exist_ok=True)
    bad = hostile()
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    for n in range(GOOD):
        text = good_article(n)
        kind = n % 4
        if kind == 0:
            (folder / f"good{n}.txt").write_text(text + "\n", encoding="utf-8")
        elif kind == 1:
            (folder / f"good{n}.jsonl").write_text(_json({"text": text, "date": "2031-05-02"}) + "\n")
        elif kind == 2:
            (folder / f"good{n}.html").write_text(
                f"<html><head><title>Report {n}</title></head><body>"
                f"<article><p>{text}</p></article></body></html>"
            )
        else:
            (folder / f"good{n}.json").write_text(_json([{"text": text, "title": f"Report {n}"}]))
    return len(bad), GOOD


if __name__ == "__main__":
    print(make_folder(Path(sys.argv[1])))
