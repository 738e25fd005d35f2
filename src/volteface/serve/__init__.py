"""The dashboard and JSON API (FastAPI), read-only over one store."""

from .app import create_app
from .background import serve_in_background

__all__ = ["create_app", "serve_in_background"]
