"""Errors that name what is wrong, where, and what is accepted."""

from __future__ import annotations


class VolteError(Exception):
    """Base error: ``where`` (a file, record or option) and ``problem`` make one line for the user."""

    def __init__(self, problem: str, where: str | None = None) -> None:
        self.problem = problem
        self.where = where
        super().__init__(f"{where}: {problem}" if where else problem)


class InputError(VolteError):
    """An input file or record cannot be read."""


class UsageError(VolteError):
    """A command or option was used wrongly (exit code 2)."""


class StoreError(VolteError):
    """The store cannot be opened or written."""
