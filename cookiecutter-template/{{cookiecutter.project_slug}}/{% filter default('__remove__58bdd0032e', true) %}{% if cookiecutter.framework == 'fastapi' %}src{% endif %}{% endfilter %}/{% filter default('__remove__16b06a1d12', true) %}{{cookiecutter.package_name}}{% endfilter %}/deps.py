{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The dependencies routes declare, each typed once, and the app state they are read from."""

{% if database -%}
from collections.abc import AsyncIterator
{% endif -%}
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Path, Request
{%- if database %}
from sqlalchemy.ext.asyncio import AsyncSession
{%- endif %}

from {{ package_name }}.config import Settings
{%- if database %}
from {{ package_name }}.db import Database
{%- endif %}
from {{ package_name }}.errors import NotFoundError
{%- if database %}
from {{ package_name }}.items.models import Item
from {{ package_name }}.items.repository import ItemRepository
{%- else %}
from {{ package_name }}.items.repository import Item, ItemRepository, ItemStore
{%- endif %}


@dataclass(slots=True)
class AppState:
    """What the app holds while it serves: one typed object on Starlette's untyped `app.state`."""

    settings: Settings
{%- if database %}
    database: Database
{%- else %}
    item_store: ItemStore
{%- endif %}


def set_app_state(app: FastAPI, state: AppState) -> None:
    app.state.app_state = state


def app_state(app: FastAPI) -> AppState:
    state: AppState = app.state.app_state
    return state


# Providers take the request and read the state directly: a sub-dependency per provider would
# cost every request another call through FastAPI's resolver.
async def get_app_state(request: Request) -> AppState:
    return app_state(request.app)


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with (tests create apps with their own)."""
    return app_state(request.app).settings


StateDep = Annotated[AppState, Depends(get_app_state)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
{%- if database %}


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for writes: its statements share one transaction."""
    async with app_state(request.app).database.sessionmaker() as session:
        yield session


async def get_read_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for single-statement reads, in autocommit: no BEGIN and ROLLBACK round trips."""
    async with app_state(request.app).database.read_sessionmaker() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session)]


async def get_item_repository(session: SessionDep) -> ItemRepository:
    return ItemRepository(session)


async def get_read_item_repository(session: ReadSessionDep) -> ItemRepository:
    """For single-statement reads: no transaction around them."""
    return ItemRepository(session)


ItemRepositoryDep = Annotated[ItemRepository, Depends(get_item_repository)]
ReadItemRepositoryDep = Annotated[ItemRepository, Depends(get_read_item_repository)]
{%- else %}


async def get_item_repository(request: Request) -> ItemRepository:
    return ItemRepository(app_state(request.app).item_store)


ItemRepositoryDep = Annotated[ItemRepository, Depends(get_item_repository)]
# Memory has no transactions to spare: reads take the same repository.
ReadItemRepositoryDep = ItemRepositoryDep
{%- endif %}

ItemId = Annotated[int, Path(ge=1, le=2**31 - 1)]


async def get_item(item_id: ItemId, repository: ItemRepositoryDep) -> Item:
    """The item the path names; a 404 when there is none."""
    item = await repository.get(item_id)
    if item is None:
        raise NotFoundError(f"Item {item_id} not found")
    return item


ItemDep = Annotated[Item, Depends(get_item)]
