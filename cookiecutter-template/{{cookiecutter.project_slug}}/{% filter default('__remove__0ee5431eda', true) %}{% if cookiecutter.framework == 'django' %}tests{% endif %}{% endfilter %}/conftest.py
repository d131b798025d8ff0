{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Fixtures: an API client per test{% if database %}, each test inside a rolled-back transaction{% endif %}."""

{% if not database -%}
from collections.abc import Iterator

{% endif -%}
import pytest
{%- if auth %}
from django.core.cache import cache
{%- endif %}
from rest_framework.test import APIClient
{%- if auth %}
from rest_framework_simplejwt.tokens import RefreshToken

from {{ package_name }}.accounts.models import User
from {{ package_name }}.accounts.roles import ADMIN
from tests.factories import UserFactory
{%- elif not database %}

from {{ package_name }}.items.store import items
{%- endif %}
{%- if database %}


@pytest.fixture(autouse=True)
def _database(db: None) -> None:
    """Every test may use the database; pytest-django rolls its changes back."""
{%- else %}


@pytest.fixture(autouse=True)
def _empty_store() -> Iterator[None]:
    yield
    items.clear()
{%- endif %}


@pytest.fixture
def api() -> APIClient:
    return APIClient()
{%- if auth %}


@pytest.fixture(autouse=True)
def _fresh_throttles() -> None:
    """Throttle counters live in the cache: start every test without any."""
    cache.clear()


def client_for(user: User) -> APIClient:
    """A client that sends the user's access token, as an API consumer does."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


@pytest.fixture
def member() -> User:
    return UserFactory.create()


@pytest.fixture
def other_member() -> User:
    return UserFactory.create()


@pytest.fixture
def admin() -> User:
    return UserFactory.create(role=ADMIN)
{%- endif %}
