"""Actors: the knowledge base and the date-aware resolver of mentions."""

from .kb import KnowledgeBase, load_kb
from .resolve import DocActors, Resolver

__all__ = ["DocActors", "KnowledgeBase", "Resolver", "load_kb"]
