"""Keep watching (#18): a real HTTP server on 127.0.0.1 serves a feed and its pages and changes between polls; a
real webhook receiver takes the alerts; the real spaCy model extracts; SQLite and PostgreSQL keep the state.

The articles are fictional (Eirik Solvang is no one): a prime minister who rules out territorial concessions in
March and calls for them in April, the turn a watcher must tell of once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from volteface.config import Settings
from volteface.ingest.fetch import Fetcher
from volteface.model import Alert, Article, Failure, Span, Stance
from volteface.store import Seen, open_store
from volteface.watch import Watcher, parse_every

ROOT = Path(__file__).resolve().parents[1]
FILLER = (
    "Delegates from several coastal states met in Oslo this week for a conference on shipping, fisheries "
    "and port safety, which ran for two days and closed with a joint statement on search and rescue."
)
AGAINST = (
    "Norway rules out territorial concessions",
    "2031-03-02",
    "The Norwegian government said on Monday that Ukraine must not give up land. \u201cUkraine will never "
    "cede territory to Russia, and no territorial concessions are acceptable,\u201d Prime Minister Eirik "
    "Solvang told reporters in Oslo.",
)
FAVOR = (
    "Norway now open to a land swap",
    "2031-04-20",
    "In a sharp change, the Norwegian prime minister said on Tuesday that a settlement may require painful "
    "trade-offs. \u201cUkraine should be prepared to lose some territory, and a land swap is the way to "
    "peace,\u201d Prime Minister Eirik Solvang said in Oslo.",
)
NEUTRAL = ("Harbour talks close in Oslo", "2031-03-10", FILLER)


def page(title: str, day: str, text: str) -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{day}"></head><body><article><h1>{title}</h1>'
        f"<p>{text}</p><p>{FILLER}</p></article></body></html>"
    ).encode()


def feed(base: str, paths: list[str], pages: dict[str, tuple[str, str, str]] | None = None) -> bytes:
    """An RSS feed of link-only items; each dated as its page (htmldate takes no date after today's)."""
    items = "".join(
        f"<item><title>{(pages or {}).get(p, (p,))[0]}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>{(pages or {}).get(p, ('', '2031-03-02'))[1]}T09:00:00Z</pubDate></item>"
        for p in paths
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Nordic Wire</title><link>{base}/</link>'
        f"{items}</channel></rss>"
    ).encode()


@dataclass
class Site:
    """A local web server whose routes a test changes between polls: path → (status, headers, body)."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(
        default_factory=list
    )  # method, path, headers, body
    base: str = ""

    def hits(self, path: str) -> int:
        return sum(1 for method, p, _, _ in self.requests if p == path and method == "GET")


def _serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def _record(self) -> bytes:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            site.requests.append((self.command, self.path, dict(self.headers), body))
            return body

        def do_POST(self) -> None:
            self._record()
            status, _, _ = site.routes.get(self.path, (200, {}, b""))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            self._record()
            if self.path == "/slow":
                time.sleep(2.5)
            if self.path == "/truncated":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(page(*AGAINST)[:300])
                self.wfile.flush()
                self.connection.shutdown(2)
                return
            if self.path == "/huge":  # 50 MB, no length announced: the fetcher must cut it off while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65_000 + b"</p>"
                try:
                    for _ in range(50_000_000 // len(chunk)):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    return server, thread


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    server, _ = _serve(site)
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def receiver() -> Iterator[Site]:
    site = Site()
    server, _ = _serve(site)
    yield site
    server.shutdown()
    server.server_close()


def _publish(site: Site, pages: dict[str, tuple[str, str, str]], etag: str) -> None:
    for path, (title, day, text) in pages.items():
        site.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, page(title, day, text))
    site.routes["/feed.xml"] = (
        200,
        {"Content-Type": "application/rss+xml", "ETag": etag},
        feed(site.base, list(pages), pages),
    )


def _watcher(store, sources, problems: list[Failure], **options) -> Watcher:
    return Watcher(
        store,
        sources,
        Settings(),
        fetcher=Fetcher(delay=0, timeout=1.0, max_bytes=5_000_000),
        on_problem=problems.append,
        **options,
    )


# -- the unit parts ------------------------------------------------------------------------------------------


def test_every_takes_seconds_minutes_hours():
    assert (parse_every("15m"), parse_every("30s"), parse_every("1h"), parse_every("90")) == (
        900,
        30,
        3600,
        90,
    )
    from volteface.errors import UsageError

    for bad in ("soon", "-5m", "0"):
        with pytest.raises(UsageError):
            parse_every(bad)


def test_the_watch_tables_behave_the_same_in_both_stores(store_target):
    day = date(2031, 3, 2)
    with open_store(store_target) as store:
        store.save(
            Article(
                id="a1",
                text="Solvang spoke.",
                date=day,
                url="https://wire.example/1",
                extractor_version="actors=1,events=1,quotes=1,stances=1",
                stances=(Stance("person:x", "ukraine-cede-territory", "against", 1.0, day, Span(0, 7)),),
            )
        )
        store.save(Article(id="a2", text="Old text.", date=day))
        assert store.stored_urls(["https://wire.example/1", "https://wire.example/2"]) == {
            "https://wire.example/1": "a1"
        }
        assert store.touched(["a1", "a2"]) == {("person:x", "ukraine-cede-territory")}
        store.mark_seen([Seen("feed", "i1", etag='"v1"'), Seen("feed", "i2", problem="HTTP 404")])
        store.mark_seen([Seen("feed", "i1", etag='"v2"')])  # a later mark replaces the earlier
        seen = store.seen("feed", ["i1", "i2", "i3"])
        assert set(seen) == {"i1", "i2"} and seen["i1"].etag == '"v2"' and seen["i2"].problem == "HTTP 404"
        assert store.seen("other", ["i1"]) == {}
        alert = Alert(
            "x1",
            "2031-04-20T10:00:00.000000+00:00",
            "person:x",
            "t",
            "reversal",
            "a1:0 > a2:0",
            2,
            {"id": "x1", "kind": "reversal", "before": {"url": "u"}},
        )
        assert store.add_alert(alert) and not store.add_alert(alert)  # once
        assert store.alerts() == [alert] and store.alerts(since="2031-04-21") == []
        assert store.alerts(unsent=True) == [alert]
        store.mark_sent(["x1"])
        assert store.alerts(unsent=True) == [] and store.alerts()[0].sent is not None
        assert dict(store.extractor_versions()) == {None: 1, "actors=1,events=1,quotes=1,stances=1": 1}
        assert store.article_ids_made_by([None]) == ["a2"]
        assert store.article_ids_made_by([None, "actors=1,events=1,quotes=1,stances=1"], after="a1") == ["a2"]
        assert [i for i, _ in store.stored_since("")] and store.last_stored() is not None
        assert store.check() == []
        assert store.article("a1").extractor_version == "actors=1,events=1,quotes=1,stances=1"


def test_extractor_versions_say_which_articles_are_older():
    from volteface.errors import UsageError
    from volteface.extract import versions

    now = versions.current()
    assert not versions.older(now) and versions.older(None) and versions.older("actors=1,events=0")
    assert versions.older("actors=1,events=1,quotes=1,stances=1", "events=2")
    assert not versions.older("actors=1,events=2,quotes=1,stances=1", "events=2")
    with pytest.raises(UsageError, match="NAME=NUMBER"):
        versions.parse("events", "--before")


def test_robots_txt_is_honoured_and_a_real_user_agent_sent(site):
    site.routes["/robots.txt"] = (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nDisallow: /private/\n",
    )
    site.routes["/open"] = (200, {}, b"hello")
    with Fetcher(delay=0) as fetcher:
        assert fetcher.get(site.base + "/open").body == b"hello"
        from volteface.ingest.fetch import FetchError

        with pytest.raises(FetchError, match=r"robots\.txt disallows"):
            fetcher.get(site.base + "/private/page")
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get("file:///etc/passwd")
    assert site.hits("/private/page") == 0 and site.hits("/robots.txt") == 1  # asked once per host
    assert all(h["User-Agent"].startswith("volteface/") for _, _, h, _ in site.requests)


def test_the_delay_between_requests_to_one_host_is_kept(site):
    site.routes["/a"] = (200, {}, b"a")
    with Fetcher(delay=0.3) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.get(site.base + "/a")
    assert time.monotonic() - started >= 0.6


# -- acceptance 1: a feed that changes between polls; alerts; the webhook; failures ------------------------


@pytest.mark.model
def test_the_watcher_stores_exactly_the_new_items_and_alerts_once_on_the_turn(site, receiver, tmp_path):
    alerts_file = tmp_path / "alerts.jsonl"
    problems: list[Failure] = []
    _publish(site, {"/a1": AGAINST, "/n1": NEUTRAL}, '"v1"')
    with open_store(tmp_path / "w.db") as store:
        watcher = _watcher(
            store,
            [site.base + "/feed.xml"],
            problems,
            alerts_file=alerts_file,
            webhook=receiver.base + "/hook",
        )
        first = watcher.cycle()
        assert (first.new, first.alerts) == (2, []) and problems == []
        _publish(site, {"/a1": AGAINST, "/n1": NEUTRAL, "/b1": FAVOR}, '"v2"')
        second = watcher.cycle()
        assert second.new == 1 and len(second.alerts) == 1
        third = watcher.cycle()  # the feed has not changed: answered 304, nothing read
        assert (third.new, third.unchanged, third.alerts) == (0, 0, [])
        watcher.close()  # waits for the webhook's thread
        assert store.counts()["articles"] == 3
        assert [a.sent is not None for a in store.alerts()] == [True]
    assert (site.hits("/a1"), site.hits("/n1"), site.hits("/b1")) == (1, 1, 1)  # no page fetched twice
    feed_gets = [h for m, p, h, _ in site.requests if p == "/feed.xml"]
    assert "If-None-Match" not in feed_gets[0] and feed_gets[2]["If-None-Match"] == '"v2"'
    [line] = alerts_file.read_text(encoding="utf-8").splitlines()
    alert = json.loads(line)
    assert (alert["holder"], alert["target"], alert["kind"]) == (
        "person:eirik-solvang",
        "ukraine-cede-territory",
        "reversal",
    )
    assert alert["before"]["label"] == "against" and alert["after"]["label"] == "favor"
    assert alert["before"]["headline"] == AGAINST[0] and alert["after"]["url"] == site.base + "/b1"
    assert alert["before"]["outlet"] == "Nordic Wire" and alert["after"]["date"] == "2031-04-20"
    assert "never cede territory" in alert["before"]["evidence"]
    [post] = [json.loads(b) for m, p, _, b in receiver.requests if m == "POST"]
    assert post == alert


@pytest.mark.model
def test_a_failing_server_costs_one_line_per_failure_and_the_cycle_goes_on(site, tmp_path):
    site.routes["/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /private/\n")
    site.routes["/error"] = (500, {}, b"boom")
    site.routes["/empty"] = (
        200,
        {"Content-Type": "text/html"},
        b"<html><head><title>Empty</title></head><body><script>var x = 1;</script></body></html>",
    )
    site.routes["/good"] = (200, {"Content-Type": "text/html"}, page(*AGAINST))
    failing = ["/error", "/slow", "/truncated", "/huge", "/empty", "/private/x"]
    site.routes["/feed.xml"] = (200, {"ETag": '"f1"'}, feed(site.base, [*failing, "/good"]))
    site.routes["/broken.xml"] = (500, {}, b"")
    problems: list[Failure] = []
    with open_store(tmp_path / "f.db") as store:
        watcher = _watcher(store, [site.base + "/broken.xml", site.base + "/feed.xml"], problems)
        started = time.monotonic()
        cycle = watcher.cycle()
        assert time.monotonic() - started < 30
        assert cycle.new == 1 and store.counts()["articles"] == 1
        where = [p.where for p in problems]
        assert sorted(where) == sorted([site.base + "/broken.xml", *(site.base + f for f in failing)])
        reasons = {p.where.removeprefix(site.base): p.problem for p in problems}
        assert "HTTP 500" in reasons["/error"] and "timed out" in reasons["/slow"]
        assert "truncated" in reasons["/truncated"] and "over the 5.0 MB limit" in reasons["/huge"]
        assert "no article text" in reasons["/empty"] and "robots.txt" in reasons["/private/x"]
        assert all("\n" not in str(p) for p in problems)
        # the next cycle tries again what may heal (a 500, a timeout, a cut), not what will not
        problems.clear()
        site.routes["/error"] = (200, {"Content-Type": "text/html"}, page(*FAVOR))
        again = watcher.cycle()
        watcher.close()
        assert again.new == 1 and store.counts()["articles"] == 2
        assert sorted(p.where.removeprefix(site.base) for p in problems) == [
            "/broken.xml",
            "/slow",
            "/truncated",
        ]
    assert site.hits("/huge") == 1 and site.hits("/empty") == 1 and site.hits("/private/x") == 0


@pytest.mark.model
def test_a_webhook_that_fails_is_retried_without_holding_up_ingestion(site, receiver, tmp_path):
    receiver.routes["/hook"] = (503, {}, b"")
    _publish(site, {"/a1": AGAINST}, '"v1"')
    problems: list[Failure] = []
    with open_store(tmp_path / "h.db") as store:
        watcher = _watcher(
            store, [site.base + "/feed.xml"], problems, webhook=receiver.base + "/hook", webhook_backoff=0.05
        )
        watcher.cycle()
        _publish(site, {"/a1": AGAINST, "/b1": FAVOR}, '"v2"')
        started = time.monotonic()
        assert len(watcher.cycle().alerts) == 1
        assert time.monotonic() - started < 20  # the POSTs happen on their own thread
        deadline = time.monotonic() + 10
        while sum(m == "POST" for m, *_ in receiver.requests) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        receiver.routes["/hook"] = (200, {}, b"")
        watcher._delivered()
        watcher.cycle()  # queued again, now taken
        watcher.close()
        assert [a.sent is not None for a in store.alerts()] == [True]
    posts = [m for m, *_ in receiver.requests if m == "POST"]
    assert len(posts) == 6 and any(
        "webhook refused the alert 5 times (HTTP 503)" in p.problem for p in problems
    )


@pytest.mark.model
def test_a_folder_new_and_changed_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(f"date 2031-03-02\n\n{AGAINST[2]}\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("date 2031-03-02\n\nSkipped.\n", encoding="utf-8")
    problems: list[Failure] = []
    with open_store(tmp_path / "d.db") as store:
        watcher = _watcher(store, [str(folder)], problems)
        assert watcher.cycle().new == 1
        assert watcher.cycle().new == 0  # nothing changed: not even read
        (folder / "two.txt").write_text(f"date 2031-04-20\n\n{FAVOR[2]}\n", encoding="utf-8")
        (folder / "bad.txt").write_bytes(b"\x00\x01\x02 binary")
        cycle = watcher.cycle()
        assert cycle.new == 1 and len(cycle.alerts) == 1
        assert [p.where for p in problems] == [str(folder / "bad.txt")]
        # while it runs, a new file wakes it long before its next poll is due (watchfiles)
        woken: list[float] = []

        def on_cycle(cycle) -> None:
            if cycle.new:
                woken.append(time.monotonic())
                watcher.stop.set()

        watcher.on_cycle = on_cycle
        threading.Timer(
            1.5, lambda: (folder / "three.txt").write_text(f"date 2031-05-02\n\n{FILLER}\n")
        ).start()
        guard = threading.Timer(30, lambda: (watcher.stop.set(), watcher._woken.set()))
        guard.start()
        started = time.monotonic()
        watcher.run(120.0)
        guard.cancel()
        assert woken and woken[0] - started < 20 and store.counts()["articles"] == 3


# -- acceptance 2: kill -9 mid-cycle, restart -------------------------------------------------------------


@pytest.mark.model
def test_a_watcher_killed_mid_cycle_resumes_without_doubling_or_losing(site, tmp_path):
    pages = {
        f"/p{i}": (
            f"Harbour report {i}",
            f"2031-03-{10 + i:02d}",
            f"Report {i}: the port of Tromsoe handled {100 + i} ships this week. {FILLER}",
        )
        for i in range(14)
    }
    pages["/a1"], pages["/b1"] = AGAINST, FAVOR
    _publish(site, pages, '"v1"')
    db, alerts_file = tmp_path / "k.db", tmp_path / "alerts.jsonl"
    command = [
        sys.executable,
        "-m",
        "volteface.cli",
        "watch",
        site.base + "/feed.xml",
        "--db",
        str(db),
        "--every",
        "1s",
        "--delay",
        "0.15",
        "--alerts",
        str(alerts_file),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 3:
        time.sleep(0.1)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
    assert 3 <= stored < len(pages), "the kill must come mid-cycle"
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    fetched_before = {p: site.hits(p) for p in pages}
    again = subprocess.run(
        [*command[:-4], "--once", "--delay", "0", "--alerts", str(alerts_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    again = subprocess.run(
        [*command[:-4], "--once", "--delay", "0", "--alerts", str(alerts_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0 and "new 0" in again.stderr, again.stderr
    with sqlite3.connect(db) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
        alerts = conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0]
    assert sorted(urls) == sorted(site.base + p for p in pages)  # none doubled, none lost
    lines = [json.loads(line)["id"] for line in alerts_file.read_text(encoding="utf-8").splitlines()]
    assert alerts == 1 and len(lines) == 1  # raised once, written once
    refetched = [p for p in pages if fetched_before[p] and site.hits(p) > fetched_before[p]]
    assert len(refetched) <= 8  # at most the one batch fetched but not yet stored when it was killed
    assert all(site.hits(p) <= 2 for p in pages)


# -- acceptance 3: reprocess after an extractor's version changed ---------------------------------------------


def _records(store) -> dict[str, tuple]:
    return {a.id: (a.quotes, a.events, a.stances, a.extractor_version) for a in store.articles()}


@pytest.mark.model
def test_reprocess_rebuilds_every_article_interrupted_or_not(tmp_path, monkeypatch):
    import shutil
    from importlib import resources

    from volteface.extract import versions
    from volteface.reprocess import reprocess
    from volteface.run import run

    demo = sorted(
        str(p) for p in (resources.files("volteface") / "data" / "demo").iterdir() if str(p).endswith(".txt")
    )[:5]
    with open_store(tmp_path / "demo.db") as store:
        run(store, demo, source="volteface demo")
        made = _records(store)
    shutil.copy(tmp_path / "demo.db", tmp_path / "whole.db")
    assert {v for *_, v in made.values()} == {versions.current()}
    monkeypatch.setitem(versions.EXTRACTORS, "events", versions.EXTRACTORS["events"] + 1)

    class Stop(Exception):
        pass

    def interrupt(done) -> None:
        if done.rebuilt >= 2:
            raise Stop

    with open_store(tmp_path / "demo.db") as store:
        with pytest.raises(Stop):
            reprocess(store, before=f"events={versions.EXTRACTORS['events']}", batch=2, on_progress=interrupt)
        assert sum(v == versions.current() for *_, v in _records(store).values()) == 2
        rest = reprocess(store, batch=2)
        assert (rest.todo, rest.rebuilt, rest.failed) == (3, 3, 0)
        assert reprocess(store).todo == 0  # nothing left
        resumed = _records(store)
        assert store.check() == []
    with open_store(tmp_path / "whole.db") as store:
        whole = reprocess(store, batch=2)
        assert (whole.todo, whole.rebuilt) == (5, 5) and whole.before == whole.after
        assert sum(whole.after.values()) > 0
        assert _records(store) == resumed  # interrupted and resumed: the same result
    assert {k: v[:3] for k, v in resumed.items()} == {k: v[:3] for k, v in made.items()}
    assert {v for *_, v in resumed.values()} == {versions.current()}


@pytest.mark.model
def test_reprocess_from_the_command_line_reports_counts_and_integrity(tmp_path):
    from typer.testing import CliRunner

    from volteface.cli import app

    article = tmp_path / "one.txt"
    article.write_text(f"date 2031-03-02\n\n{AGAINST[2]}\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(article), "--db", db]).exit_code == 0
    nothing = runner.invoke(app, ["reprocess", "--db", db])
    assert (
        nothing.exit_code == 0
        and "rebuilt 0 of 0" in nothing.output
        and "integrity check: clean" in nothing.output
    )
    done = runner.invoke(app, ["reprocess", "--db", db, "--before", "stances=1,events=1"])
    assert done.exit_code == 0 and "rebuilt 0 of 0" in done.output
    ahead = runner.invoke(app, ["reprocess", "--db", db, "--before", "events=99"])
    assert ahead.exit_code == 2 and "newer than the extractors in use" in ahead.output
    again = runner.invoke(app, ["run", str(article), "--db", db, "--reprocess"])
    assert again.exit_code == 0 and "replaced 1" in again.output
    listed = runner.invoke(app, ["alerts", "--db", db, "--json"])
    assert listed.exit_code == 0 and listed.output == ""
    missing = runner.invoke(app, ["reprocess", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output


# -- the dashboard -----------------------------------------------------------------------------------------


def _alert(n: int, created: str) -> Alert:
    side = {
        "label": "against",
        "date": "2031-03-02",
        "evidence": f"<b>never</b> {n}",
        "headline": f"Headline {n}",
        "outlet": "Nordic Wire",
        "url": "javascript:alert(1)",
        "article_id": "a1",
        "speaker": "person:x",
    }
    record = {
        "id": f"x{n}",
        "created": created,
        "holder": "person:x",
        "holder_name": "Eirik Solvang",
        "target": "t",
        "target_name": "Ukraine should cede territory to Russia",
        "kind": "reversal",
        "before": side,
        "after": {**side, "label": "favor", "url": f"https://wire.example/{n}"},
    }
    return Alert(f"x{n}", created, "person:x", "t", "reversal", f"a1:{n} > a1:{n}", 2, record)


def test_the_dashboard_lists_the_alerts_new_since_the_last_visit(tmp_path):
    from fastapi.testclient import TestClient

    from volteface.serve import create_app

    db = tmp_path / "dash.db"
    with open_store(db) as store:
        store.save(Article(id="a1", text="Solvang spoke.", date=date(2031, 3, 2)))
        store.add_alert(_alert(1, "2031-04-20T10:00:00.000000+00:00"))
    client = TestClient(create_app(db))
    first = client.get("/alerts")
    assert first.status_code == 200 and "Headline 1" in first.text
    assert first.text.index("New since your last visit") < first.text.index("Headline 1")
    assert "&lt;b&gt;never&lt;/b&gt;" in first.text and 'href="javascript:' not in first.text
    assert 'href="https://wire.example/1"' in first.text
    second = client.get("/alerts")  # the cookie now says when this browser last looked
    assert "Nothing new" in second.text and second.text.index("Earlier") < second.text.index("Headline 1")
    with open_store(db) as store:
        store.add_alert(_alert(2, "2031-04-21T10:00:00.000000+00:00"))
    third = client.get("/alerts")
    assert third.text.index("Headline 2") < third.text.index("Earlier") < third.text.index("Headline 1")
    client.cookies.set("volteface_last_visit", "'; DROP TABLE alerts; --")  # not a time: taken as no visit
    assert client.get("/alerts").status_code == 200
    assert [a["id"] for a in client.get("/api/alerts").json()] == ["x1", "x2"]
    assert [a["id"] for a in client.get("/api/alerts", params={"since": "2031-04-21"}).json()] == ["x2"]


# -- acceptance 4, small: the soak benchmark on a short day --------------------------------------------------


@pytest.mark.model
def test_a_short_soak_stores_every_item_once_and_idle_polls_stay_cheap():
    import importlib.util

    spec = importlib.util.spec_from_file_location("watch_soak", ROOT / "benchmarks" / "watch_soak.py")
    soak = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(soak)
    result = soak.soak(polls=5, per_poll=8, window=12)
    assert result["articles"] == 40 and result["problem_count"] == 0
    assert [r["new"] for r in result["polls_detail"]] == [8] * 5
    idle_full = result["idle_poll_seconds_empty_full"][1]
    assert idle_full < 1.0  # a 304 and nothing to look at, whatever the store holds


@pytest.mark.model
def test_a_sitemap_and_a_json_feed_file(site, tmp_path):
    site.routes["/a1"] = (200, {"Content-Type": "text/html"}, page(*AGAINST))
    site.routes["/b1"] = (200, {"Content-Type": "text/html"}, page(*FAVOR))
    site.routes["/sitemap.xml"] = (
        200,
        {"Content-Type": "application/xml"},
        (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{site.base}/pages.xml</loc></sitemap></sitemapindex>"
        ).encode(),
    )
    site.routes["/pages.xml"] = (
        200,
        {"Content-Type": "application/xml"},
        (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{site.base}/a1</loc></url><url><loc>{site.base}/b1</loc></url></urlset>"
        ).encode(),
    )
    json_feed = tmp_path / "wire.json"
    json_feed.write_text(
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "Harbour Wire",
                "items": [
                    {
                        "id": "h1",
                        "content_text": FILLER,
                        "date_published": "2031-03-10T08:00:00Z",
                        "url": "https://x.example/h1",
                    },
                    {"id": "h2", "url": "javascript:alert(1)"},
                ],
            }
        ),
        encoding="utf-8",
    )
    problems: list[Failure] = []
    with open_store(tmp_path / "s.db") as store:
        watcher = _watcher(store, [site.base + "/sitemap.xml", str(json_feed)], problems)
        assert watcher.cycle().new == 3
        assert watcher.cycle().new == 0  # the sitemap's pages are seen; the file has not changed
        watcher.close()
        assert {a.source for a in store.articles()} == {None, "Harbour Wire"}
    assert [p.problem for p in problems] == ["feed item has neither text nor an http(s) link"]
    assert site.hits("/a1") == site.hits("/b1") == 1
