{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The items resource: CRUD, pagination, filtering and validation."""

from typing import Any

import pytest
{%- if database %}
from django.db import OperationalError
{%- endif %}
from pytest_django.fixtures import Settings
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
    ("payload", "field", "kind"),
    [
        ({}, "body.name", "missing"),
        ({"name": ""}, "body.name", "string_too_short"),
        ({"name": "x" * 201}, "body.name", "string_too_long"),
        ({"name": "ok", "status": "lost"}, "body.status", "enum"),
        ({"name": "ok", "colour": "red"}, "body.colour", "extra_forbidden"),
        ({"name": "ok", "description": "x" * 2001}, "body.description", "string_too_long"),
        ({"name": "nul\x00byte"}, "body.name", "string_pattern_mismatch"),
        ({"name": 42}, "body.name", "string_type"),
        ({"name": ["a", "b"]}, "body.name", "string_type"),
        ({"name": None}, "body.name", "string_type"),
        ({"name": "ok", "description": "\x00"}, "body.description", "string_pattern_mismatch"),
    ],
)
def test_invalid_bodies_get_422_with_field_paths_and_pydantics_types(
    api: APIClient, payload: dict[str, Any], field: str, kind: str
) -> None:
    response = api.post(URL, payload)

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert (field, kind) in [(detail["field"], detail["type"]) for detail in error["details"]]


def test_a_body_that_is_not_an_object_is_a_422(api: APIClient) -> None:
    response = api.post(URL, ["name"])

    assert response.status_code == 422
    (detail,) = response.json()["error"]["details"]
    assert (detail["field"], detail["type"]) == ("body", "model_type")


@pytest.mark.parametrize(
    ("query", "field", "kind"),
    [
        ({"limit": 0}, "query.limit", "greater_than_equal"),
        ({"limit": ""}, "query.limit", "int_parsing"),
        ({"limit": "ten"}, "query.limit", "int_parsing"),
        ({"limit": 101}, "query.limit", "less_than_equal"),
        ({"offset": -1}, "query.offset", "greater_than_equal"),
        ({"status": "lost"}, "query.status", "enum"),
        ({"sort": "price"}, "query.sort", "enum"),
        ({"q": "nul\x00"}, "query.q", "string_pattern_mismatch"),
        ({"q": "x" * 101}, "query.q", "string_too_long"),
        ({"status": ""}, "query.status", "enum"),
        ({"sort": ""}, "query.sort", "enum"),
        ({"colour": "red"}, "query.colour", "extra_forbidden"),
    ],
)
def test_invalid_query_parameters_get_422(
    api: APIClient, query: dict[str, Any], field: str, kind: str
) -> None:
    response = api.get(URL, query)

    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert (field, kind) in [(detail["field"], detail["type"]) for detail in details]


def test_null_is_refused_in_a_partial_update(api: APIClient) -> None:
    item = create(api)

    response = api.patch(f"{URL}/{item['id']}", {"name": None})

    assert response.status_code == 422
    (detail,) = response.json()["error"]["details"]
    assert (detail["field"], detail["type"]) == ("body.name", "value_error")


def test_a_partial_update_needs_a_body(api: APIClient) -> None:
    item = create(api)

    response = api.patch(f"{URL}/{item['id']}")

    assert response.status_code == 422
    (detail,) = response.json()["error"]["details"]
    assert (detail["field"], detail["type"]) == ("body", "missing")


@pytest.mark.parametrize("item_id", ["999999", "0", "-1", "2147483648", str(2**70), "abc", "1.5"])
def test_ids_no_item_has_are_404_in_the_api_body(
    api: APIClient, settings: Settings, item_id: str
) -> None:
    settings.DEBUG = True  # where Django would answer with its own HTML page
    url = f"{URL}/{item_id}"

    for response in (api.get(url), api.patch(url, {"name": "Lamp"}), api.delete(url)):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", [f"{URL}/", f"{URL}/1/"])
def test_a_trailing_slash_is_not_found(api: APIClient, path: str) -> None:
    create(api)

    response = api.get(path)

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
