{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Test fixtures: an app per test, a real database, data wiped between tests."""

{% if database -%}
import os
{% endif -%}
from collections.abc import AsyncIterator
{%- if database %}
from pathlib import Path
{%- endif %}

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient{% if auth %}, Response{% endif %}
{%- if database %}
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
{%- endif %}
{% if auth %}
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.auth.tokens import create_access_token
{%- endif %}
from {{ package_name }}.config import Settings
{%- if database %}
from {{ package_name }}.db import Base, create_engine
{%- endif %}
from {{ package_name }}.main import create_app
{%- if auth %}
from tests.factories import DEFAULT_PASSWORD, create_user
{%- endif %}

TEST_SECRET_KEY = "test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
ALLOWED_ORIGIN = "https://app.example.com"
{%- if database %}


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """DATABASE_URL when set (PostgreSQL in CI), else a throwaway SQLite file."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite+aiosqlite:///{Path(tmp_path_factory.mktemp('db')) / 'test.db'}"
    name = make_url(url).database or ""
    if "test" not in name:
        pytest.exit(
            f"Refusing to run tests against database {name!r}: its name must contain 'test'"
        )
    return url
{%- endif %}


@pytest.fixture(scope="session")
def settings({% if database %}database_url: str{% endif %}) -> Settings:
    return Settings(
        _env_file=None,
        environment="test",
        secret_key=TEST_SECRET_KEY,
        cors_origins=[ALLOWED_ORIGIN],
{%- if database %}
        database_url=database_url,
{%- endif %}
    )
{%- if database %}


@pytest.fixture(scope="session")
async def _schema(settings: Settings) -> AsyncIterator[None]:
    engine = create_engine(settings)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.run_sync(Base.metadata.create_all)
    yield
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
    await engine.dispose()
{%- endif %}


@pytest.fixture
{%- if database %}
async def app(settings: Settings, _schema: None) -> AsyncIterator[FastAPI]:
    app = create_app(settings)
    yield app
    async with app.state.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(table.delete())
    await app.state.engine.dispose()
{%- else %}
def app(settings: Settings) -> FastAPI:
    return create_app(settings)
{%- endif %}


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
{%- if database %}


@pytest.fixture
async def session(app: FastAPI) -> AsyncIterator[AsyncSession]:
    async with app.state.sessionmaker() as session:
        yield session
{%- endif %}
{%- if auth %}


@pytest.fixture
async def member(session: AsyncSession) -> User:
    return await create_user(session, role=Role.MEMBER)


@pytest.fixture
async def other_member(session: AsyncSession) -> User:
    return await create_user(session, role=Role.MEMBER)


@pytest.fixture
async def admin(session: AsyncSession) -> User:
    return await create_user(session, role=Role.ADMIN)


async def login(client: AsyncClient, email: str, password: str = DEFAULT_PASSWORD) -> Response:
    return await client.post("/api/v1/auth/token", data={"username": email, "password": password})


def auth_headers(user: User, settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_access_token(user.id, user.role, settings)}"}


@pytest.fixture
def member_headers(member: User, settings: Settings) -> dict[str, str]:
    return auth_headers(member, settings)


@pytest.fixture
def admin_headers(admin: User, settings: Settings) -> dict[str, str]:
    return auth_headers(admin, settings)
{%- endif %}
