from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import run, snapshot_template
from tests.tracks import services

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
POSTGRES = ("127.0.0.1", int(services()["postgres"]["port"]))


def _reachable(address: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(address, timeout=2):
            return True
    except OSError:
        return False


def require_service(name: str, address: tuple[str, int]) -> None:
    """Skip locally when a service is down; in CI a missing service is a failure."""
    if _reachable(address):
        return
    message = f"{name} is not reachable on {address[0]}:{address[1]}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: services are required)")
    pytest.skip(message)


@contextmanager
def new_postgres_database() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database (its name contains 'test'), dropped afterwards.
    The scheme is plain `postgresql://`: callers swap in their track's driver."""
    require_service("PostgreSQL", POSTGRES)
    name = f"groundwork_test_{uuid.uuid4().hex[:10]}"
    psql = ("psql", "-h", POSTGRES[0], "-U", "postgres", "-d", "postgres", "-qc")
    run(*psql, f'CREATE DATABASE "{name}"', cwd=Path.cwd())
    try:
        yield f"postgresql://postgres@{POSTGRES[0]}:{POSTGRES[1]}/{name}"
    finally:
        run(*psql, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', cwd=Path.cwd())


@pytest.fixture
def postgres_database() -> Iterator[str]:
    with new_postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def template_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree's template committed into a scratch git repository."""
    return snapshot_template(tmp_path_factory.mktemp("template"))
