{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""CRUD endpoints for items."""

from http import HTTPStatus
from typing import Annotated

from fastapi import APIRouter, Query, status

{% if auth -%}
from {{ package_name }}.auth.dependencies import CurrentPrincipal
from {{ package_name }}.auth.ownership import ItemDep, VisibleOwner
from {{ package_name }}.deps import ItemRepositoryDep, ReadItemRepositoryDep
{% else -%}
from {{ package_name }}.deps import ItemDep, ItemRepositoryDep, ReadItemRepositoryDep
{% endif -%}
from {{ package_name }}.errors import error_responses
from {{ package_name }}.items.schemas import ItemCreate, ItemFilters, ItemPage, ItemRead, ItemUpdate

{% if auth -%}
router = APIRouter(
    prefix="/items",
    tags=["items"],
    responses=error_responses(HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN),
)
{%- else -%}
router = APIRouter(prefix="/items", tags=["items"])
{%- endif %}
NOT_FOUND = error_responses(HTTPStatus.NOT_FOUND)


@router.get("")
async def list_items(
    filters: Annotated[ItemFilters, Query()],
    repository: ReadItemRepositoryDep,
{%- if auth %}
    owner_id: VisibleOwner,
) -> ItemPage:
    """Your items; admins see everyone's."""
    items, total = await repository.list(filters, owner_id=owner_id)
{%- else %}
) -> ItemPage:
    items, total = await repository.list(filters)
{%- endif %}
    page = {"items": items, "total": total, "limit": filters.limit, "offset": filters.offset}
    # The whole page in one validation call, done in Rust.
    return ItemPage.model_validate(page)


@router.post("", status_code=status.HTTP_201_CREATED)
{%- if auth %}
async def create_item(
    data: ItemCreate, repository: ItemRepositoryDep, principal: CurrentPrincipal
) -> ItemRead:
    return ItemRead.model_validate(await repository.create(data, owner_id=principal.id))
{%- else %}
async def create_item(data: ItemCreate, repository: ItemRepositoryDep) -> ItemRead:
    return ItemRead.model_validate(await repository.create(data))
{%- endif %}


@router.get("/{item_id}", responses=NOT_FOUND)
async def read_item(item: ItemDep) -> ItemRead:
    return ItemRead.model_validate(item)


@router.patch("/{item_id}", responses=NOT_FOUND)
async def update_item(item: ItemDep, data: ItemUpdate, repository: ItemRepositoryDep) -> ItemRead:
    return ItemRead.model_validate(await repository.update(item, data))


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
async def delete_item(item: ItemDep, repository: ItemRepositoryDep) -> None:
    await repository.delete(item)
