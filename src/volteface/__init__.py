"""volteface: who said what, who did what to whom, who stands where — and when they changed their mind.

The public API: ``read`` articles, ``process`` them, ``open_store`` to keep them; the records in ``model``.
"""

from importlib.metadata import version

from .ingest import read
from .model import Actor, Article, Event, Failure, Mention, Post, Quote, Shift, Span, Stance
from .pipeline import Job, process, process_batch
from .store import open_store

__version__ = version("volteface")  # the one version string is pyproject.toml's

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Failure",
    "Job",
    "Mention",
    "Post",
    "Quote",
    "Shift",
    "Span",
    "Stance",
    "open_store",
    "process",
    "process_batch",
    "read",
]
