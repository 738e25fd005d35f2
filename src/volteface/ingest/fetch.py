"""Polite HTTP fetching for a watcher: a real User-Agent, robots.txt honoured, a delay between requests to one
host, conditional GET (ETag, Last-Modified), bounded time, size and redirects. Every problem is a ``FetchError``
naming the URL and what went wrong, and saying whether trying again later may help."""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib.metadata import version
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx  # the maintained HTTP client: streaming bodies (size limits), bounded redirects, timeouts

from ..errors import InputError
from .files import size_text

USER_AGENT = f"volteface/{version('volteface')} (news watcher; honours robots.txt)"
ROBOTS_BYTES = 512_000  # the most of a robots.txt read (RFC 9309 asks for at least 500 KiB)
ROBOTS_KEPT = 3600.0  # seconds a host's robots.txt is kept before it is asked again
ROBOTS_RETRY = 60.0  # ... and, when it could not be read, before trying again
MAX_HOST_DELAY = 60.0  # the longest Crawl-delay honoured


class FetchError(InputError):
    """A URL that could not be fetched; ``transient`` when trying again later may work (a 5xx, a timeout)."""

    def __init__(self, problem: str, where: str, transient: bool = False) -> None:
        super().__init__(problem, where)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: ``status`` 200, or 304 when the page has not changed since the ETag / Last-Modified given
    (then ``body`` is empty). ``url`` is where the redirects ended."""

    url: str
    status: int
    body: bytes
    etag: str | None = None
    modified: str | None = None
    charset: str | None = None


def is_web(source: str) -> bool:
    return source.startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client with its per-host state (robots rules, when it was last asked)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
        delay: float = 1.0,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.delay = delay
        self.user_agent = user_agent
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent},
        )
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, etag: str | None = None, modified: str | None = None, max_bytes: int | None = None
    ) -> Fetched:
        """The page at ``url`` (at most ``max_bytes``, the fetcher's limit by default); a FetchError otherwise."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not an http(s) URL", url)
        rules = self._rules(url)
        if rules is None:
            raise FetchError(
                "robots.txt could not be read: the host is left alone for now (RFC 9309)", url, True
            )
        if not rules.can_fetch(self.user_agent, url):
            raise FetchError("robots.txt disallows it for our User-Agent", url)
        crawl_delay = rules.crawl_delay(self.user_agent)
        self._wait(parts.netloc, min(float(crawl_delay or 0), MAX_HOST_DELAY))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return self._get(url, headers, self.max_bytes if max_bytes is None else max_bytes)

    def _wait(self, host: str, at_least: float = 0.0) -> None:
        """Keep ``delay`` seconds (or the host's Crawl-delay) between two requests to one host."""
        gap = max(self.delay, at_least)
        last = self._last.get(host)
        if last is not None and (rest := last + gap - time.monotonic()) > 0:
            time.sleep(rest)
        self._last[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        deadline = time.monotonic() + self.timeout * 3  # a page that trickles in is cut off too
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(
                        str(response.url),
                        304,
                        b"",
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                    )
                if response.status_code >= 400:
                    transient = response.status_code >= 500 or response.status_code in (408, 429)
                    raise FetchError(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip(), url, transient
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(
                        f"page is {size_text(int(declared))}, over the {size_text(limit)} limit; not read",
                        url,
                    )
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(
                            f"page is over the {size_text(limit)} limit; cut off and not read", url
                        )
                    if time.monotonic() > deadline:
                        raise FetchError(
                            f"page still arriving after {self.timeout * 3:.0f} s; cut off", url, True
                        )
                return Fetched(
                    str(response.url),
                    response.status_code,
                    bytes(body),
                    response.headers.get("etag"),
                    response.headers.get("last-modified"),
                    response.charset_encoding,
                )
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects", url) from None
        except httpx.TimeoutException:
            raise FetchError(f"no answer within {self.timeout:g} s (timed out)", url, True) from None
        except httpx.RemoteProtocolError as exc:
            raise FetchError(
                f"the connection broke before the whole page arrived (truncated: {_short(exc)})", url, True
            ) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch it ({type(exc).__name__}: {_short(exc)})", url, True) from None

    def _rules(self, url: str) -> RobotFileParser | None:
        """The host's robots.txt rules (allow-all when it has none); None while it cannot be read."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        kept = self._robots.get(key)
        if kept is not None and kept[0] > time.monotonic():
            return kept[1]
        rules: RobotFileParser | None = RobotFileParser()
        self._wait(parts.netloc)
        try:
            response = self._get(key + "/robots.txt", {}, ROBOTS_BYTES)
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())  # type: ignore[union-attr]
        except FetchError as exc:
            if exc.transient:
                rules = None  # unreachable: RFC 9309 says assume everything is disallowed, for now
            else:
                rules.parse([])  # type: ignore[union-attr]  # none there (4xx): everything is allowed
        self._robots[key] = (time.monotonic() + (ROBOTS_KEPT if rules is not None else ROBOTS_RETRY), rules)
        return rules


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]


__all__ = ["USER_AGENT", "FetchError", "Fetched", "Fetcher", "is_web"]
