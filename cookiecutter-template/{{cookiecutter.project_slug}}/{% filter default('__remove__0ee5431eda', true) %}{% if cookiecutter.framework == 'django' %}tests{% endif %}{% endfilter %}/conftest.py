"""Test wiring: each phase's fixtures are a plugin (tests/fixtures/<phase>.py)."""

import pytest
from rest_framework.test import APIClient

pytest_plugins = ["tests.fixtures.database", "tests.fixtures.auth"]


@pytest.fixture
def api() -> APIClient:
    """An anonymous client; tests that need a user add `signed_in` (tests/fixtures/auth.py)."""
    return APIClient()
