"""Keep watching: folders, feeds and sitemaps polled; each cycle stores only new articles, runs shift detection
again over the series they touch, and tells of each new shift (an alert in the store, a JSON line in a file, a
POST to a webhook).

What was seen is kept in the store (``seen``): files by mtime and size, a feed by its ETag and Last-Modified, its
items by guid or link. A watcher killed at any point resumes without doubling anything: articles are stored by
content id, a page whose URL is stored is not fetched again, alerts have ids of their content, and the alerts
file is written only with the ids it does not hold yet.
"""

from __future__ import annotations

import json
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import ingest
from .analyze.alerts import new_alerts
from .config import Settings
from .errors import InputError, UsageError
from .ingest import feeds, files, html
from .ingest.fetch import Fetcher, FetchError, is_web
from .model import Alert, Article, Failure
from .run import run
from .store import Seen, Store

WATCH = "(watch)"  # the source under which the watcher keeps its own marks
STORED_MARK = "articles alerted up to"  # the stored_at of the last article whose shifts were looked at
MAX_NESTED_SITEMAPS = 50  # a sitemap index is followed this far, one level down


@dataclass
class Cycle:
    """What one cycle did."""

    number: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    alerts: list[Alert] = field(default_factory=list)
    seconds: float = 0.0


def parse_every(text: str) -> float:
    """ "15m", "30s", "1h", "90" (seconds) → seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    number, unit = (text[:-1], text[-1]) if text[-1:] in units else (text, "s")
    try:
        seconds = float(number) * units[unit]
    except ValueError:
        raise UsageError(f"--every takes a number with s, m or h (15m, 30s, 1h); not {text!r}") from None
    if seconds <= 0:
        raise UsageError(f"--every must be more than 0; not {text!r}")
    return seconds


def check_sources(sources: list[str]) -> list[str]:
    """The sources as the watcher keys them (folders and files absolute), or a usage error naming the first
    that is neither an http(s) URL nor an existing file or folder."""
    out = []
    for source in sources:
        if is_web(source):
            out.append(source)
        elif Path(source).exists():
            out.append(str(Path(source).resolve()))
        else:
            raise UsageError("no such file or folder, and not an http(s) URL", source)
    return out


class Watcher:
    """Polls its sources into a store; ``cycle()`` once, ``run()`` until stopped."""

    def __init__(
        self,
        store: Store,
        sources: list[str],
        settings: Settings = Settings(),  # noqa: B008 (frozen)
        *,
        alerts_file: str | Path | None = None,
        webhook: str | None = None,
        fetcher: Fetcher | None = None,
        on_problem: Callable[[Failure], None] | None = None,
        on_cycle: Callable[[Cycle], None] | None = None,
        webhook_backoff: float = 1.0,
    ) -> None:
        self.store = store
        self.sources = check_sources(sources)
        self.settings = settings
        self.fetcher = fetcher or Fetcher(max_bytes=settings.max_article_bytes)
        self.on_problem = on_problem or (lambda problem: None)
        self.on_cycle = on_cycle or (lambda cycle: None)
        self.cycles = 0
        self.stop = threading.Event()
        self._changed: set[str] | None = None  # paths the folder watcher reported (None: scan the folders)
        self._lock = threading.Lock()
        self._woken = threading.Event()
        self.alerts_file = Path(alerts_file) if alerts_file else None
        self._written = _ids_in(self.alerts_file) if self.alerts_file else set()
        self.sender = Sender(webhook, backoff=webhook_backoff) if webhook else None
        self._start_marks()

    # -- the loop --------------------------------------------------------------------------------------------

    def run(self, every: float, once: bool = False) -> None:
        """Cycle every ``every`` seconds (sooner when a watched folder changes) until ``stop`` is set."""
        folders = [s for s in self.sources if not is_web(s) and Path(s).is_dir()]
        watching = None
        if folders and not once:
            watching = threading.Thread(target=self._watch_folders, args=(folders,), daemon=True)
            watching.start()
        try:
            while not self.stop.is_set():
                self.cycle()
                if once:
                    break
                self._woken.wait(every)
                self._woken.clear()
        finally:
            self.stop.set()
            self.close()

    def close(self) -> None:
        if self.sender is not None:
            self.sender.close(wait=30.0)
            self._delivered()
        self.fetcher.close()

    def cycle(self) -> Cycle:
        """Poll every source once; store the new articles; raise and deliver the alerts they bring."""
        started = time.monotonic()
        self.cycles += 1
        report = Cycle(self.cycles)
        with self._lock:
            changed, self._changed = self._changed, (set() if self._changed is not None else None)
        marks: list[Seen] = []
        counts = run(
            self.store,
            [],
            self.settings,
            items=self._items(marks, changed),
            on_progress=lambda counts, problem: self._problem(problem),
        )
        self.store.mark_seen(
            marks
        )  # after the articles: a killed cycle reads its items again, finds them stored
        report.new, report.unchanged, report.failed = counts.new, counts.unchanged, counts.failed
        report.alerts = self._alert()
        self._deliver()
        report.seconds = round(time.monotonic() - started, 3)
        self.on_cycle(report)
        return report

    def _problem(self, problem: Failure | None) -> None:
        if problem is not None:
            self.on_problem(problem)

    # -- sources ---------------------------------------------------------------------------------------------

    def _items(self, marks: list[Seen], changed: set[str] | None) -> Iterator[Article | Failure]:
        for source in self.sources:
            try:
                if Path(source).is_dir():
                    yield from self._folder(source, marks, changed)
                elif is_web(source) or _looks_like_feed(source):
                    yield from self._feed(source, marks)
                else:
                    yield from self._files(source, [source], marks)
            except InputError as exc:
                yield Failure(exc.where or source, exc.problem)
            except Exception as exc:  # noqa: BLE001 - one source breaking never stops the others or the loop
                yield Failure(
                    source, f"unexpected error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
                )

    def _folder(
        self, folder: str, marks: list[Seen], changed: set[str] | None
    ) -> Iterator[Article | Failure]:
        """New and changed files of a folder: all of it when scanning, else the paths the folder watcher saw."""
        if changed is None:
            paths = [p for p in files.expand([folder]) if p != folder]
        else:
            paths = sorted(p for p in changed if _under(p, folder) and os.path.isfile(p))
        yield from self._files(folder, paths, marks)

    def _files(self, source: str, paths: list[str], marks: list[Seen]) -> Iterator[Article | Failure]:
        known = self.store.seen(source, paths)
        for path in paths:
            stamp = _stamp(path)
            if stamp is None or (known.get(path) and known[path].modified == stamp):
                continue
            yield from _checked(ingest.read([path], max_bytes=self.settings.max_article_bytes))
            marks.append(Seen(source, path, modified=stamp))

    def _feed(self, source: str, marks: list[Seen]) -> Iterator[Article | Failure]:
        """The new items of a feed or sitemap; a page is fetched for an item that carries only its link."""
        state = self.store.seen(source, [source]).get(source)
        limit = self.settings.max_article_bytes * ingest.WHOLE_FACTOR
        if is_web(source):
            fetched = self.fetcher.get(
                source,
                etag=state.etag if state else None,
                modified=state.modified if state else None,
                max_bytes=limit,
            )
            if fetched.status == 304:
                return
            data, etag, modified = fetched.body, fetched.etag, fetched.modified
        else:
            modified, etag = _stamp(source), None
            if state is not None and state.modified == modified:
                return
            with open(source, "rb") as stream:
                data = files.read_limited(stream, limit, source)
        if feeds.is_sitemap(data):
            items = [Article(id="", text="", url=url, provenance=url) for url in self._sitemap(source, data)]
        else:
            items = feeds.feed_items(data, source)
        keys = {_key(item): item for item in items}
        known = self.store.seen(source, keys)
        fresh = {key: item for key, item in keys.items() if key not in known}
        stored = self.store.stored_urls(i.url for i in fresh.values() if not i.text.strip() and i.url)
        retry = False
        for key, item in fresh.items():
            if item.text.strip():
                yield from _checked([item])
            elif item.url and item.url in stored:
                pass  # fetched and stored before (a cycle killed before it marked its items)
            elif not item.url or not is_web(item.url):
                yield Failure(item.provenance or source, "feed item has neither text nor an http(s) link")
            else:
                try:
                    yield from _checked([self._page(item)])
                except FetchError as exc:
                    yield Failure(exc.where or item.url, exc.problem)
                    if exc.transient:
                        retry = True
                        continue  # not marked: tried again next cycle
                except InputError as exc:
                    yield Failure(exc.where or item.url, exc.problem)
            marks.append(Seen(source, key, article_id=stored.get(item.url or "")))
        # With an item to try again, the feed's validators are not kept: the next poll reads it whole.
        marks.append(Seen(source, source, etag=None if retry else etag, modified=None if retry else modified))

    def _sitemap(self, source: str, data: bytes) -> list[str]:
        pages, nested = feeds.sitemap_urls(data, source)
        for url in nested[:MAX_NESTED_SITEMAPS] if is_web(source) else []:
            try:
                more, _ = feeds.sitemap_urls(self.fetcher.get(url).body, url)
                pages += more
            except InputError as exc:
                self.on_problem(Failure(exc.where or url, exc.problem))
        return pages

    def _page(self, item: Article) -> Article:
        """The article at an item's link, with the feed's title, date, outlet and guid where the page lacks them."""
        url = item.url or ""
        fetched = self.fetcher.get(url)
        page = html.parse_html(
            html.decode_html(fetched.body, url, fetched.charset),
            url,
            url,
            fallback_date=item.date,
            fallback_source="feed",
        )
        return replace(page, title=page.title or item.title, source=item.source, record_id=item.record_id)

    def _watch_folders(self, folders: list[str]) -> None:
        """Note the paths that change under the folders (watchfiles: the OS's notifications, kept by a
        maintained library) and wake the loop."""
        import watchfiles

        for changes in watchfiles.watch(*folders, stop_event=self.stop, raise_interrupt=False, debounce=800):
            with self._lock:
                if self._changed is not None:
                    self._changed |= {path for _, path in changes}
            self._woken.set()

    # -- alerts ----------------------------------------------------------------------------------------------

    def _start_marks(self) -> None:
        """On a first start, the alerts begin now: what the store held before raises none, and the alerts file
        and the webhook get the alerts from now on."""
        items = [STORED_MARK, *self._outlets()]
        known = self.store.seen(WATCH, items)
        fresh = [
            Seen(WATCH, item, modified=self._latest_stored() if item == STORED_MARK else _now())
            for item in items
            if item not in known
        ]
        self.store.mark_seen(fresh)

    def _outlets(self) -> list[str]:
        return ([f"file {self.alerts_file.resolve()}"] if self.alerts_file else []) + (
            [f"webhook {self.sender.url}"] if self.sender else []
        )

    def _latest_stored(self) -> str:
        return self.store.last_stored() or ""

    def _alert(self) -> list[Alert]:
        """The alerts of every article stored since the last look (by this cycle, by one that was killed, or by
        another writer), then the mark moved on."""
        mark = self.store.seen(WATCH, [STORED_MARK])[STORED_MARK].modified or ""
        stored = self.store.stored_since(mark)
        if not stored:
            return []
        raised = new_alerts(self.store, [article_id for article_id, _ in stored])
        self.store.mark_seen([Seen(WATCH, STORED_MARK, modified=stored[-1][1])])
        return raised

    def _deliver(self) -> None:
        """The alerts not yet in the alerts file written there; those the webhook has not taken queued for it."""
        if self.alerts_file is not None:
            item = f"file {self.alerts_file.resolve()}"
            mark = self.store.seen(WATCH, [item])[item].modified
            pending = [a for a in self.store.alerts(since=mark) if a.id not in self._written]
            if pending:
                self.alerts_file.parent.mkdir(parents=True, exist_ok=True)
                with self.alerts_file.open("a", encoding="utf-8") as handle:
                    for alert in pending:
                        handle.write(json.dumps(alert.record, ensure_ascii=False) + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())
                self._written |= {a.id for a in pending}
                self.store.mark_seen([Seen(WATCH, item, modified=pending[-1].created)])
        if self.sender is not None:
            self._delivered()
            item = f"webhook {self.sender.url}"
            mark = self.store.seen(WATCH, [item])[item].modified
            for alert in self.store.alerts(since=mark, unsent=True):
                self.sender.submit(alert)

    def _delivered(self) -> None:
        assert self.sender is not None
        self.store.mark_sent(self.sender.delivered())
        for problem in self.sender.problems():
            self.on_problem(problem)


class Sender:
    """POSTs alerts to a webhook from its own thread (ingestion never waits for it), each retried with
    exponential backoff; what it delivered and what failed are collected by the loop."""

    def __init__(self, url: str, *, attempts: int = 5, backoff: float = 1.0, timeout: float = 10.0) -> None:
        if not is_web(url):
            raise UsageError("--webhook must be an http(s) URL", url)
        self.url = url
        self.attempts, self.backoff, self.timeout = attempts, backoff, timeout
        self._todo: queue.Queue[Alert | None] = queue.Queue()
        self._done: queue.Queue[str] = queue.Queue()
        self._failed: queue.Queue[Failure] = queue.Queue()
        self._pending: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def submit(self, alert: Alert) -> None:
        if alert.id not in self._pending:
            self._pending.add(alert.id)
            self._todo.put(alert)

    def delivered(self) -> list[str]:
        out = []
        while not self._done.empty():
            out.append(self._done.get())
        self._pending -= set(out)
        return out

    def problems(self) -> list[Failure]:
        out = []
        while not self._failed.empty():
            problem = self._failed.get()
            self._pending.discard(problem.where.rpartition("#alert ")[2])
            out.append(problem)
        return out

    def close(self, wait: float = 30.0) -> None:
        """Let the queued alerts go out (within ``wait`` seconds), then stop."""
        self._todo.put(None)
        self._thread.join(wait)
        self._stop.set()

    def _work(self) -> None:
        import httpx  # the same client as the fetcher

        with httpx.Client(timeout=self.timeout, follow_redirects=False) as client:
            while (alert := self._todo.get()) is not None:
                problem = ""
                for attempt in range(self.attempts):
                    try:
                        response = client.post(self.url, json=alert.record)
                        if response.is_success:
                            self._done.put(alert.id)
                            break
                        problem = f"HTTP {response.status_code}"
                    except httpx.HTTPError as exc:
                        problem = f"{type(exc).__name__}: {' '.join(str(exc).split())[:120]}"
                    if attempt + 1 < self.attempts and self._stop.wait(self.backoff * 2**attempt):
                        break
                else:
                    self._failed.put(
                        Failure(
                            f"{self.url}#alert {alert.id}",
                            f"webhook refused the alert "
                            f"{self.attempts} times ({problem}); tried again next cycle",
                        )
                    )


def _checked(items) -> Iterator[Article | Failure]:  # type: ignore[no-untyped-def]
    """Each article made safe to store (``ingest.checked``), failures passed on."""
    for item in items:
        if isinstance(item, Article):
            safe, problems = ingest.checked(item)
            yield from problems
            if safe is not None:
                yield safe
        else:
            yield item


def _key(item: Article) -> str:
    """A feed item's key: its guid, else its link, else its text's hash."""
    from .model import article_id

    return item.record_id or item.url or "text:" + article_id(item.text)


def _stamp(path: str) -> str | None:
    """A file's mtime and size: it changed when they did."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_size}"


def _under(path: str, folder: str) -> bool:
    """Is the path a file a folder's walk reads (under it, no hidden part, not the folder's own papers)?"""
    try:
        parts = Path(path).relative_to(folder).parts
    except ValueError:
        return False
    return bool(parts) and not any(p.startswith(".") for p in parts) and not files.PAPERS.match(parts[-1])


def _looks_like_feed(path: str) -> bool:
    """A file watched as a feed (its link-only items fetched) rather than read as articles."""
    if files.suffix(path) in (".rss", ".atom", ".xml"):
        return True
    with open(path, "rb") as stream:
        head = stream.read(4096)
    return ingest.sniff(head) == "feed" or b"jsonfeed.org" in head


def _ids_in(path: Path) -> set[str]:
    """The alert ids an alerts file holds already."""
    if not path.is_file():
        return set()
    out = set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                out.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a crash, or not ours
    return out


def _now() -> str:
    from .store.watching import now

    return now()


__all__ = ["Cycle", "Sender", "Watcher", "check_sources", "parse_every"]
