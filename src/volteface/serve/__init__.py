"""The dashboard and JSON API (FastAPI), read-only over one store."""

from .app import create_app

__all__ = ["create_app"]
