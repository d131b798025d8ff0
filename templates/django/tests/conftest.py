"""Fixtures: an API client per test{% if database %}, each test inside a rolled-back transaction{% endif %}."""

{% if not database -%}
from collections.abc import Iterator

{% endif -%}
{% if auth -%}
from typing import Any
from urllib.parse import urlencode

{% endif -%}
import pytest
{%- if auth %}
from django.apps import apps
{%- endif %}
from rest_framework.test import APIClient
{%- if auth %}
from rest_framework_simplejwt.tokens import RefreshToken

from {{ package_name }}.accounts.models import User
from {{ package_name }}.accounts.roles import ADMIN
from tests.factories import DEFAULT_PASSWORD, UserFactory
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


def database_rows() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, join tables included: equal snapshots mean nothing was written."""
    # `_meta` and `_base_manager` are documented Django API, despite the underscore.
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values())  # noqa: SLF001
        for model in apps.get_models(include_auto_created=True)
    }


def client_for(user: User) -> APIClient:
    """A client that sends the user's access token, as an API consumer does."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


def login(api: APIClient, email: str, password: str = DEFAULT_PASSWORD) -> Any:
    """The OAuth2 password flow's form, as `POST /api/v1/auth/token` reads it."""
    form = urlencode({"username": email, "password": password})
    return api.post("/api/v1/auth/token", form, content_type="application/x-www-form-urlencoded")


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
