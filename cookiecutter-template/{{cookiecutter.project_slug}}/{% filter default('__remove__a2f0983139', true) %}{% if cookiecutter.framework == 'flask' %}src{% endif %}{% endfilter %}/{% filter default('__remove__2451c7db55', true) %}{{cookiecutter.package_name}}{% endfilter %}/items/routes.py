{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""CRUD endpoints for items."""

from collections.abc import Mapping
from typing import Any

from apiflask import APIBlueprint
from marshmallow import RAISE

{% if auth -%}
from {{ package_name }}.auth import ownership
{% endif -%}
from {{ package_name }}.errors import NotFoundError, json_body_required
from {{ package_name }}.items import repository
from {{ package_name }}.items.repository import Item
from {{ package_name }}.items.schemas import ItemCreate, ItemPage, ItemQuery, ItemRead, ItemUpdate

bp = APIBlueprint("items", __name__, url_prefix="/api/v1/items", tag="items")
{%- if auth %}
ownership.protect(bp)  # a bearer token on every endpoint below
{%- endif %}
# Any number reaches the view, which answers 404 for an id that names no item. (A range in the
# converter would refuse 0 while routing, and werkzeug would answer DELETE /items/0 with 405:
# the path's GET and PATCH rules match it.)
ITEM_URL = "/<int:item_id>"


def _get_item(item_id: int) -> Item:
    item = repository.get_item(item_id)
    if item is None:
        raise NotFoundError(message=f"Item {item_id} not found")
{%- if auth %}
    ownership.check(item)
{%- endif %}
    return item


@bp.post("")
@bp.input(ItemCreate, arg_name="data")
@bp.output(ItemRead, status_code=201)
@bp.doc(operation_id="create_item")
def create_item(data: Mapping[str, Any]) -> Item:
{%- if auth %}
    return repository.create_item(data, owner_id=ownership.owner_id())
{%- else %}
    return repository.create_item(data)
{%- endif %}


@bp.get("")
@bp.input(ItemQuery, location="query", arg_name="filters", unknown=RAISE)
@bp.output(ItemPage)
@bp.doc(operation_id="list_items")
def list_items(filters: Mapping[str, Any]) -> dict[str, Any]:
{%- if auth %}
    """Your items; admins see everyone's."""
    items, total = repository.list_items(filters, owner_id=ownership.visible_owner())
{%- else %}
    items, total = repository.list_items(filters)
{%- endif %}
    return {"items": items, "total": total, "limit": filters["limit"], "offset": filters["offset"]}


@bp.get(ITEM_URL)
@bp.output(ItemRead)
@bp.doc(operation_id="read_item")
def read_item(item_id: int) -> Item:
    return _get_item(item_id)


@bp.patch(ITEM_URL)
@json_body_required
@bp.input(ItemUpdate, arg_name="data")
@bp.output(ItemRead)
@bp.doc(operation_id="update_item")
def update_item(item_id: int, data: Mapping[str, Any]) -> Item:
    return repository.update_item(_get_item(item_id), data)


@bp.delete(ITEM_URL)
@bp.output({}, status_code=204)
@bp.doc(operation_id="delete_item")
def delete_item(item_id: int) -> str:
    repository.delete_item(_get_item(item_id))
    return ""
