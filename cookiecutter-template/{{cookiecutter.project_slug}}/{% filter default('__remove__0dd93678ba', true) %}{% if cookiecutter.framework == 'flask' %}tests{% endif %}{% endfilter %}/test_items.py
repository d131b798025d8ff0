{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The items resource: CRUD, pagination, filtering and validation."""

from typing import Any

import pytest
from flask.testing import FlaskClient

URL = "/api/v1/items"


def create(client: FlaskClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={"name": "Widget", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json  # type: ignore[assignment]
    return body


def listing(client: FlaskClient, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = client.get(URL, query_string=params, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json  # type: ignore[assignment]
    return body


def test_create_returns_the_new_item(client: FlaskClient, headers: dict[str, str]) -> None:
    item = create(client, headers, name="  Lamp  ", description="Bright")

    assert item["name"] == "Lamp"
    assert item["description"] == "Bright"
    assert item["status"] == "draft"
    assert item["created_at"].endswith("Z")
    assert item["updated_at"].endswith("Z")
    assert "+00:00" not in item["created_at"]


def test_read_update_delete_round_trip(client: FlaskClient, headers: dict[str, str]) -> None:
    item = create(client, headers)
    url = f"{URL}/{item['id']}"

    assert client.get(url, headers=headers).json == item

    updated = client.patch(url, json={"status": "published"}, headers=headers)
    assert updated.status_code == 200
    assert updated.json is not None
    assert updated.json["status"] == "published"
    assert updated.json["name"] == "Widget"

    deleted = client.delete(url, headers=headers)
    assert deleted.status_code == 204
    assert deleted.data == b""
    missing = client.get(url, headers=headers)
    assert missing.status_code == 404
    assert missing.json is not None
    assert missing.json["error"]["message"] == f"Item {item['id']} not found"


def test_list_paginates_with_a_total(client: FlaskClient, headers: dict[str, str]) -> None:
    for number in range(5):
        create(client, headers, name=f"Item {number}")

    page = listing(client, headers, limit=2, offset=2)

    assert page["total"] == 5
    assert (page["limit"], page["offset"]) == (2, 2)
    assert [item["name"] for item in page["items"]] == ["Item 2", "Item 1"]


def test_a_page_past_the_end_is_empty_but_keeps_the_total(
    client: FlaskClient, headers: dict[str, str]
) -> None:
    create(client, headers)

    page = listing(client, headers, offset=10)

    assert page["items"] == []
    assert page["total"] == 1


def test_list_filters_by_status_and_name(client: FlaskClient, headers: dict[str, str]) -> None:
    create(client, headers, name="Red chair", status="published")
    create(client, headers, name="Red table")
    create(client, headers, name="Blue chair", status="published")

    published = listing(client, headers, status="published")
    red = listing(client, headers, q="RED")
    both = listing(client, headers, q="chair", status="published", sort="name")

    assert published["total"] == 2
    assert red["total"] == 2
    assert [item["name"] for item in both["items"]] == ["Blue chair", "Red chair"]


def test_search_treats_wildcards_literally(client: FlaskClient, headers: dict[str, str]) -> None:
    create(client, headers, name="100% cotton")
    create(client, headers, name="Cotton")

    page = listing(client, headers, q="%")

    assert [item["name"] for item in page["items"]] == ["100% cotton"]


@pytest.mark.parametrize(
    ("payload", "field", "kind"),
    [
        ({}, "body.name", "missing"),
        ({"name": ""}, "body.name", "string_too_short"),
        ({"name": "   "}, "body.name", "string_too_short"),
        ({"name": "x" * 201}, "body.name", "string_too_long"),
        ({"name": 42}, "body.name", "string_type"),
        ({"name": "nul\x00byte"}, "body.name", "string_pattern_mismatch"),
        ({"name": "ok", "description": "\x00"}, "body.description", "string_pattern_mismatch"),
        ({"name": "ok", "status": "lost"}, "body.status", "enum"),
        ({"name": "ok", "owner_id": 1}, "body.owner_id", "extra_forbidden"),
        ([{"name": "ok"}], "body", "model_attributes_type"),
    ],
)
def test_invalid_bodies_get_422_with_field_paths_and_pydantic_types(
    client: FlaskClient, headers: dict[str, str], payload: object, field: str, kind: str
) -> None:
    response = client.post(URL, json=payload, headers=headers)

    assert response.status_code == 422
    assert response.json is not None
    error = response.json["error"]
    assert error["code"] == "validation_error"
    assert (field, kind) in [(detail["field"], detail["type"]) for detail in error["details"]]


@pytest.mark.parametrize(
    "request_body",
    [{}, {"data": b"name=x", "content_type": "application/x-www-form-urlencoded"}],
)
def test_a_partial_update_needs_a_json_body(
    client: FlaskClient, headers: dict[str, str], request_body: dict[str, Any]
) -> None:
    item = create(client, headers)

    response = client.patch(f"{URL}/{item['id']}", headers=headers, **request_body)

    assert response.status_code == 422
    assert response.json is not None
    assert response.json["error"]["details"] == [
        {"field": "body", "message": "Missing data for required field.", "type": "missing"}
    ]


def test_an_empty_partial_update_changes_nothing(
    client: FlaskClient, headers: dict[str, str]
) -> None:
    item = create(client, headers)

    response = client.patch(f"{URL}/{item['id']}", json={}, headers=headers)

    assert response.status_code == 200
    assert response.json is not None
    assert (response.json["name"], response.json["status"]) == (item["name"], item["status"])


def test_null_is_refused_in_a_partial_update(client: FlaskClient, headers: dict[str, str]) -> None:
    item = create(client, headers)

    response = client.patch(f"{URL}/{item['id']}", json={"name": None}, headers=headers)

    assert response.status_code == 422
    assert response.json is not None
    assert response.json["error"]["details"] == [
        {"field": "body.name", "message": "Field may not be null.", "type": "value_error"}
    ]


@pytest.mark.parametrize(
    ("params", "field", "kind"),
    [
        ({"limit": 0}, "query.limit", "greater_than_equal"),
        ({"limit": 101}, "query.limit", "less_than_equal"),
        ({"limit": "ten"}, "query.limit", "int_parsing"),
        ({"offset": -1}, "query.offset", "greater_than_equal"),
        ({"sort": "password"}, "query.sort", "enum"),
        ({"status": "lost"}, "query.status", "enum"),
        ({"q": "x" * 101}, "query.q", "string_too_long"),
        ({"q": "nul\x00"}, "query.q", "string_pattern_mismatch"),
        ({"owner_id": 1}, "query.owner_id", "extra_forbidden"),
        ({"page": 2}, "query.page", "extra_forbidden"),
    ],
)
def test_invalid_or_unknown_query_parameters_get_422(
    client: FlaskClient, headers: dict[str, str], params: dict[str, Any], field: str, kind: str
) -> None:
    response = client.get(URL, query_string=params, headers=headers)

    assert response.status_code == 422
    assert response.json is not None
    details = response.json["error"]["details"]
    assert [(detail["field"], detail["type"]) for detail in details] == [(field, kind)]


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize(
    "item_id", ["abc", "-1", "0", "2147483648", "99999999999999999999", "1%27%20OR%201=1"]
)
def test_bad_item_ids_are_404_whatever_the_method(
    client: FlaskClient, headers: dict[str, str], method: str, item_id: str
) -> None:
    response = client.open(f"{URL}/{item_id}", method=method, json={}, headers=headers)

    assert response.status_code == 404
    assert response.json is not None
    assert response.json["error"]["code"] == "not_found"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_trailing_slash_is_404_not_a_redirect(
    client: FlaskClient, headers: dict[str, str], method: str
) -> None:
    response = client.open(f"{URL}/", method=method, json={"name": "x"}, headers=headers)

    assert response.status_code == 404
