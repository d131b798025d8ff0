{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""The items resource: CRUD, pagination, filtering and validation."""

from typing import Any

import pytest
{%- if database %}
from django.db import OperationalError
{%- endif %}
from rest_framework.test import APIClient
{%- if database %}

from {{ package_name }}.items.views import ItemViewSet
{%- endif %}

URL = "/api/v1/items"
# Every test calls the API as a user allowed to use the items (tests/fixtures/auth.py).
pytestmark = pytest.mark.usefixtures("signed_in")


def create(api: APIClient, **fields: Any) -> dict[str, Any]:
    response = api.post(URL, {"name": "Widget", **fields})
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


def test_create_returns_the_new_item(api: APIClient) -> None:
    item = create(api, name="  Lamp  ", description="Bright")

    assert item["name"] == "Lamp"
    assert item["description"] == "Bright"
    assert item["status"] == "draft"
    assert item["created_at"].endswith("Z")
    assert item["updated_at"].endswith("Z")


def test_read_update_delete_round_trip(api: APIClient) -> None:
    item = create(api)
    url = f"{URL}/{item['id']}"

    assert api.get(url).json() == item

    updated = api.patch(url, {"status": "published"})
    assert updated.status_code == 200
    assert updated.json()["status"] == "published"
    assert updated.json()["name"] == "Widget"

    assert api.delete(url).status_code == 204
    missing = api.get(url)
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == f"Item {item['id']} not found"


def test_list_paginates_with_a_total(api: APIClient) -> None:
    for number in range(5):
        create(api, name=f"Item {number}")

    page = api.get(URL, {"limit": 2, "offset": 2}).json()

    assert page["total"] == 5
    assert (page["limit"], page["offset"]) == (2, 2)
    assert [item["name"] for item in page["items"]] == ["Item 2", "Item 1"]


def test_a_page_past_the_end_is_empty_but_keeps_the_total(api: APIClient) -> None:
    create(api)

    page = api.get(URL, {"offset": 10}).json()

    assert page["items"] == []
    assert page["total"] == 1


def test_list_filters_by_status_and_name(api: APIClient) -> None:
    create(api, name="Red chair", status="published")
    create(api, name="Red table")
    create(api, name="Blue chair", status="published")

    published = api.get(URL, {"status": "published"})
    red = api.get(URL, {"q": "RED"})
    both = api.get(URL, {"q": "chair", "status": "published", "sort": "name"})

    assert published.json()["total"] == 2
    assert red.json()["total"] == 2
    assert [item["name"] for item in both.json()["items"]] == ["Blue chair", "Red chair"]


def test_search_treats_wildcards_literally(api: APIClient) -> None:
    create(api, name="100% cotton")
    create(api, name="Cotton")

    page = api.get(URL, {"q": "%"}).json()

    assert [item["name"] for item in page["items"]] == ["100% cotton"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "body.name"),
        ({"name": ""}, "body.name"),
        ({"name": "x" * 201}, "body.name"),
        ({"name": "ok", "status": "lost"}, "body.status"),
        ({"name": "ok", "colour": "red"}, "body.colour"),
        ({"name": "ok", "description": "x" * 2001}, "body.description"),
        ({"name": "nul\x00byte"}, "body.name"),
        ({"name": 42}, "body.name"),
        ({"name": ["a", "b"]}, "body.name"),
        ({"name": "ok", "description": "\x00"}, "body.description"),
    ],
)
def test_invalid_bodies_get_422_with_field_paths(
    api: APIClient, payload: dict[str, Any], field: str
) -> None:
    response = api.post(URL, payload)

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert field in [detail["field"] for detail in error["details"]]


def test_a_body_that_is_not_an_object_is_a_422(api: APIClient) -> None:
    response = api.post(URL, ["name"])

    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "body"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"limit": 0}, "query.limit"),
        ({"limit": ""}, "query.limit"),
        ({"limit": 101}, "query.limit"),
        ({"offset": -1}, "query.offset"),
        ({"status": "lost"}, "query.status"),
        ({"sort": "price"}, "query.sort"),
        ({"q": "nul\x00"}, "query.q"),
        ({"status": ""}, "query.status"),
        ({"sort": ""}, "query.sort"),
    ],
)
def test_invalid_query_parameters_get_422(
    api: APIClient, query: dict[str, Any], field: str
) -> None:
    response = api.get(URL, query)

    assert response.status_code == 422
    assert field in [detail["field"] for detail in response.json()["error"]["details"]]


def test_null_is_refused_in_a_partial_update(api: APIClient) -> None:
    item = create(api)

    response = api.patch(f"{URL}/{item['id']}", {"name": None})

    assert response.status_code == 422


@pytest.mark.parametrize("item_id", ["999999", str(2**70)])
def test_unknown_ids_are_404(api: APIClient, item_id: str) -> None:
    response = api.get(f"{URL}/{item_id}")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_put_is_not_offered(api: APIClient) -> None:
    item = create(api)

    response = api.put(f"{URL}/{item['id']}", {"name": "Replaced"})

    assert response.status_code == 405
{%- if database %}


def test_a_database_outage_is_a_503_not_a_500(
    api: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(_: ItemViewSet) -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(ItemViewSet, "get_queryset", unreachable)

    response = api.get(URL)

    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
{%- endif %}
