{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""CRUD endpoints for items."""

from http import HTTPStatus
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query{% if not database %}, Request{% endif %}, status

{% if auth -%}
from {{ package_name }}.auth.dependencies import CurrentPrincipal
from {{ package_name }}.auth.permissions import Permission
{% endif -%}
{% if database -%}
from {{ package_name }}.db import ReadSessionDep, SessionDep
{% endif -%}
from {{ package_name }}.errors import NotFoundError{% if auth %}, PermissionDeniedError{% endif %}, error_responses
{% if database -%}
from {{ package_name }}.items.models import Item
from {{ package_name }}.items.repository import ItemRepository
{% else -%}
from {{ package_name }}.items.repository import Item, ItemRepository
{% endif -%}
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

ItemId = Annotated[int, Path(ge=1, le=2**31 - 1)]


{% if database -%}
async def get_repository(session: SessionDep) -> ItemRepository:
    return ItemRepository(session)


async def get_read_repository(session: ReadSessionDep) -> ItemRepository:
    """For single-statement reads: no transaction around them."""
    return ItemRepository(session)
{%- else -%}
async def get_repository(request: Request) -> ItemRepository:
    return ItemRepository(request.app.state.item_store)
{%- endif %}


Repository = Annotated[ItemRepository, Depends(get_repository)]
{%- if database %}
ReadRepository = Annotated[ItemRepository, Depends(get_read_repository)]
{%- endif %}


{% if auth -%}
async def get_item(item_id: ItemId, repository: Repository, principal: CurrentPrincipal) -> Item:
    """The item, if it exists and the caller may act on it."""
    item = await repository.get(item_id)
    if item is None:
        raise NotFoundError(f"Item {item_id} not found")
    if item.owner_id != principal.id and not principal.can(Permission.ITEMS_MANAGE_ANY):
        raise PermissionDeniedError("You can only access your own items")
    return item
{%- else -%}
async def get_item(item_id: ItemId, repository: Repository) -> Item:
    item = await repository.get(item_id)
    if item is None:
        raise NotFoundError(f"Item {item_id} not found")
    return item
{%- endif %}


ItemDep = Annotated[Item, Depends(get_item)]


@router.get("")
async def list_items(
    filters: Annotated[ItemFilters, Query()],
{%- if database %}
    repository: ReadRepository,
{%- else %}
    repository: Repository,
{%- endif %}
{%- if auth %}
    principal: CurrentPrincipal,
{%- endif %}
) -> ItemPage:
{%- if auth %}
    """Your items; admins see everyone's."""
    owner_id = None if principal.can(Permission.ITEMS_MANAGE_ANY) else principal.id
    items, total = await repository.list(filters, owner_id=owner_id)
{%- else %}
    items, total = await repository.list(filters)
{%- endif %}
    page = {"items": items, "total": total, "limit": filters.limit, "offset": filters.offset}
{%- if database %}
    # One validation call for the whole page of plain rows, done in Rust.
    return ItemPage.model_validate(page)
{%- else %}
    return ItemPage.model_validate(page, from_attributes=True)
{%- endif %}


@router.post("", status_code=status.HTTP_201_CREATED)
{%- if auth %}
async def create_item(
    data: ItemCreate, repository: Repository, principal: CurrentPrincipal
) -> ItemRead:
    item = await repository.create(data, owner_id=principal.id)
{%- else %}
async def create_item(data: ItemCreate, repository: Repository) -> ItemRead:
    item = await repository.create(data)
{%- endif %}
    return ItemRead.model_validate(item)


@router.get("/{item_id}", responses=NOT_FOUND)
async def read_item(item: ItemDep) -> ItemRead:
    return ItemRead.model_validate(item)


@router.patch("/{item_id}", responses=NOT_FOUND)
async def update_item(item: ItemDep, data: ItemUpdate, repository: Repository) -> ItemRead:
    return ItemRead.model_validate(await repository.update(item, data))


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
async def delete_item(item: ItemDep, repository: Repository) -> None:
    await repository.delete(item)
