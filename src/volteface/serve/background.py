"""The dashboard on a free loopback port in a background thread: for the browser tests, the screenshots script
and a notebook that wants to look at a store without a second terminal."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .app import create_app


def serve_in_background(db: str | Path, wait: float = 5.0) -> tuple[str, Callable[[], None]]:
    """Start serving the store; returns the base URL and a function that stops the server."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + wait
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    return f"http://127.0.0.1:{port}", stop
