"""Shared test helpers: the ../shared folder (skipped with a reason when absent) and small fictional articles."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
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


POSTGRES = os.environ.get("VOLTEFACE_TEST_POSTGRES", "postgresql:///postgres")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """A PostgreSQL server the tests may create databases on (``make test`` starts Debian's; set
    VOLTEFACE_TEST_POSTGRES to use another). Skipped, saying why, where there is none."""
    import psycopg

    try:
        psycopg.connect(POSTGRES, connect_timeout=3).close()
    except psycopg.Error as exc:
        pytest.skip(
            f"no PostgreSQL at {POSTGRES} ({' '.join(str(exc).split())[:120]}); `make test` starts one"
        )
    return POSTGRES


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database for one test, dropped after it."""
    import psycopg

    name = f"volteface_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    scheme, rest = postgres_server.split("://", 1)
    host, _, path = rest.partition("/")
    query = path.partition("?")[2]
    yield f"{scheme}://{host}/{name}" + (f"?{query}" if query else "")
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request, tmp_path) -> str:
    """A new store of each kind: a SQLite file, and a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres_url")
