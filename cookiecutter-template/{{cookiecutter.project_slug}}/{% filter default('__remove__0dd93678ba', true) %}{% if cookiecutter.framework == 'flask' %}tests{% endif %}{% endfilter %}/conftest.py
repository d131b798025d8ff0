{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Test fixtures: an app per test{% if database %}, a real database, rows wiped between tests{% endif %}."""

{% if database -%}
import os
from collections.abc import Iterator
{%- endif %}
{%- if auth %}
from pathlib import Path
from typing import Any
{%- endif %}
{%- if database %}

{% endif -%}
import pytest
from apiflask import APIFlask
from flask.testing import FlaskClient
{%- if auth %}
from sqlalchemy import select
{%- endif %}
{%- if database %}
from sqlalchemy.engine import make_url
{%- endif %}

from {{ package_name }} import create_app
{%- if auth %}
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.auth.tokens import create_access_token
{%- endif %}
from {{ package_name }}.config import TestingConfig
{%- if database %}
from {{ package_name }}.config import database_url as with_driver
from {{ package_name }}.extensions import db
{%- endif %}
{%- if auth %}
from tests.factories import create_user
{%- endif %}

TEST_SECRET_KEY = "test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
ALLOWED_ORIGIN = "https://app.example.com"
{%- if auth %}
Snapshot = dict[str, list[tuple[Any, ...]]]
{%- endif %}
{%- if database %}


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """DATABASE_URL when set (PostgreSQL in CI), else a throwaway SQLite file."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    name = make_url(with_driver(url)).database or ""
    if "test" not in name:
        pytest.exit(
            f"Refusing to run tests against database {name!r}: its name must contain 'test'"
        )
    return with_driver(url)
{%- endif %}


@pytest.fixture
def config({% if database %}database_url: str{% endif %}{% if auth %}, tmp_path: Path{% endif %}) -> TestingConfig:
    return TestingConfig(
        {},
        SECRET_KEY=TEST_SECRET_KEY,
        CORS_ORIGINS=[ALLOWED_ORIGIN],
{%- if database %}
        SQLALCHEMY_DATABASE_URI=database_url,
{%- endif %}
{%- if auth %}
        UPLOAD_FOLDER=tmp_path / "uploads",
{%- endif %}
    )
{%- if database %}


@pytest.fixture(scope="session")
def _schema(database_url: str) -> Iterator[None]:
    app = create_app(TestingConfig({}, SQLALCHEMY_DATABASE_URI=database_url))
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield
    with app.app_context():
        db.drop_all()
        db.engine.dispose()
{%- endif %}


@pytest.fixture
{%- if database %}
def app(config: TestingConfig, _schema: None) -> Iterator[APIFlask]:
    """The app under test; every request to it gets an app context of its own."""
    app = create_app(config)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _test_context(config: TestingConfig, _schema: None) -> Iterator[None]:
    """The test's own app context, for factories and checks on the database; rows are wiped
    afterwards. It belongs to a second app on the same database: a request reuses an app
    context of its own app that is already pushed (sharing `g` and the session)."""
    test_app = create_app(config)
    with test_app.app_context():
        yield
        db.session.remove()
        with db.engine.begin() as connection:
            for table in reversed(db.metadata.sorted_tables):
                connection.execute(table.delete())
        db.engine.dispose()
{%- else %}
def app(config: TestingConfig) -> APIFlask:
    return create_app(config)
{%- endif %}


@pytest.fixture
def client(app: APIFlask) -> FlaskClient:
    return app.test_client()
{%- if database %}


@pytest.fixture
def outage_client() -> FlaskClient:
    """A client of an app whose database is down: DATABASE_URL names a closed port."""
    environ = {"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    return create_app(TestingConfig(environ, SECRET_KEY=TEST_SECRET_KEY)).test_client()
{%- endif %}
{%- if auth %}


@pytest.fixture
def member() -> User:
    return create_user(role=Role.MEMBER)


@pytest.fixture
def other_member() -> User:
    return create_user(role=Role.MEMBER)


@pytest.fixture
def admin() -> User:
    return create_user(role=Role.ADMIN)


def auth_headers(user: User) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_access_token(user.id, user.role)}"}


@pytest.fixture
def member_headers(member: User) -> dict[str, str]:
    return auth_headers(member)


@pytest.fixture
def admin_headers(admin: User) -> dict[str, str]:
    return auth_headers(admin)


def database_snapshot() -> Snapshot:
    """Every row of every table, in primary key order. It is read on a connection of its own,
    so it holds what the app committed, not what the test's session has cached."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))
            ]
            for table in db.metadata.sorted_tables
        }
{%- endif %}
