"""Shared test helpers: the ../shared folder (skipped with a reason when absent) and small fictional articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def shared() -> Path:
    """The shared data folder beside the repository; tests that need it skip on a clone without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared not present: real-data check skipped on this clone")
    return SHARED


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
