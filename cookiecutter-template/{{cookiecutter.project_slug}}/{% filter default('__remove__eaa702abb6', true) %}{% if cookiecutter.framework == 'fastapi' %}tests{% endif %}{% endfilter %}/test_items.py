{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The items resource: CRUD, pagination, filtering and validation."""

import re
from typing import Any

import pytest
from httpx import AsyncClient

URL = "/api/v1/items"
# ISO 8601 in UTC, written with a Z: 2026-12-02T07:16:08.123456Z
UTC_TIMESTAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z"


async def create(client: AsyncClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    response = await client.post(URL, json={"name": "Widget", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_create_returns_the_new_item(client: AsyncClient, headers: dict[str, str]) -> None:
    item = await create(client, headers, name="  Lamp  ", description="Bright")

    assert item["name"] == "Lamp"
    assert item["description"] == "Bright"
    assert item["status"] == "draft"
    assert re.fullmatch(UTC_TIMESTAMP, item["created_at"])


async def test_timestamps_are_iso_8601_in_utc_with_a_z(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    created = await create(client, headers)
    read = (await client.get(f"{URL}/{created['id']}", headers=headers)).json()
    listed = (await client.get(URL, headers=headers)).json()["items"][0]

    for item in (created, read, listed):
        assert re.fullmatch(UTC_TIMESTAMP, item["created_at"])
        assert re.fullmatch(UTC_TIMESTAMP, item["updated_at"])


async def test_read_update_delete_round_trip(client: AsyncClient, headers: dict[str, str]) -> None:
    item = await create(client, headers)
    url = f"{URL}/{item['id']}"

    assert (await client.get(url, headers=headers)).json() == item

    updated = await client.patch(url, json={"status": "published"}, headers=headers)
    assert updated.status_code == 200
    assert updated.json()["status"] == "published"
    assert updated.json()["name"] == "Widget"

    assert (await client.delete(url, headers=headers)).status_code == 204
    missing = await client.get(url, headers=headers)
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == f"Item {item['id']} not found"


async def test_list_paginates_with_a_total(client: AsyncClient, headers: dict[str, str]) -> None:
    for number in range(5):
        await create(client, headers, name=f"Item {number}")

    page = (await client.get(URL, params={"limit": 2, "offset": 2}, headers=headers)).json()

    assert page["total"] == 5
    assert (page["limit"], page["offset"]) == (2, 2)
    assert [item["name"] for item in page["items"]] == ["Item 2", "Item 1"]


async def test_a_page_past_the_end_is_empty_but_keeps_the_total(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    await create(client, headers)

    page = (await client.get(URL, params={"offset": 10}, headers=headers)).json()

    assert page["items"] == []
    assert page["total"] == 1


async def test_list_filters_by_status_and_name(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    await create(client, headers, name="Red chair", status="published")
    await create(client, headers, name="Red table")
    await create(client, headers, name="Blue chair", status="published")

    published = await client.get(URL, params={"status": "published"}, headers=headers)
    red = await client.get(URL, params={"q": "RED"}, headers=headers)
    both = await client.get(
        URL, params={"q": "chair", "status": "published", "sort": "name"}, headers=headers
    )

    assert published.json()["total"] == 2
    assert red.json()["total"] == 2
    assert [item["name"] for item in both.json()["items"]] == ["Blue chair", "Red chair"]


async def test_search_treats_wildcards_literally(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    await create(client, headers, name="100% cotton")
    await create(client, headers, name="Cotton")

    page = (await client.get(URL, params={"q": "%"}, headers=headers)).json()

    assert [item["name"] for item in page["items"]] == ["100% cotton"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "body.name"),
        ({"name": ""}, "body.name"),
        ({"name": "x" * 201}, "body.name"),
        ({"name": "ok", "status": "lost"}, "body.status"),
        ({"name": "nul\x00byte"}, "body.name"),
        ({"name": "ok", "description": "\x00"}, "body.description"),
        ({"name": "ok", "owner_id": 1}, "body.owner_id"),
    ],
)
async def test_invalid_bodies_get_422_with_field_paths(
    client: AsyncClient, headers: dict[str, str], payload: dict[str, Any], field: str
) -> None:
    response = await client.post(URL, json=payload, headers=headers)

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert field in [detail["field"] for detail in error["details"]]


async def test_null_is_refused_in_a_partial_update(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    item = await create(client, headers)

    response = await client.patch(f"{URL}/{item['id']}", json={"name": None}, headers=headers)

    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "body.name"


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"sort": "password"},
        {"status": "x"},
        {"q": "nul\x00"},
        {"page": 2},
    ],
)
async def test_bad_query_parameters_get_422(
    client: AsyncClient, headers: dict[str, str], params: dict[str, Any]
) -> None:
    response = await client.get(URL, params=params, headers=headers)

    assert response.status_code == 422


@pytest.mark.parametrize(
    "item_id", ["abc", "0", "-1", "1.5", "2147483648", "99999999999999999999", "1%27%20OR%201=1"]
)
async def test_an_id_no_item_can_have_is_404_in_the_common_body(
    client: AsyncClient, headers: dict[str, str], item_id: str
) -> None:
    response = await client.get(f"{URL}/{item_id}", headers=headers)

    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not Found", "details": []}
    }


async def test_an_impossible_id_is_404_even_with_an_invalid_body(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    response = await client.patch(f"{URL}/0", json={"name": ""}, headers=headers)

    assert response.status_code == 404


async def test_a_trailing_slash_is_404_not_a_redirect(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    response = await client.get(f"{URL}/", headers=headers)

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
