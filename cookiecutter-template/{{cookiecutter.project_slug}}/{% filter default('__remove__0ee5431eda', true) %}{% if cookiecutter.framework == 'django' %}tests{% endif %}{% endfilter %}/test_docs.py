"""The API's documentation: served by the app, without a CDN, and switched off by API_DOCS."""

import re
from typing import Any

import pytest
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

DOCS = ("/docs", "/redoc")


def schema(api: APIClient) -> dict[str, Any]:
    document: dict[str, Any] = api.get("/openapi.json").json()
    return document


@pytest.mark.parametrize("page", DOCS)
def test_docs_load_nothing_from_elsewhere(api: APIClient, page: str) -> None:
    html = api.get(page).content.decode()

    assert re.findall(r"https?://[^\s\"'<>]+", html) == []
    assert "/static/drf_spectacular_sidecar/" in html


def test_docs_assets_are_served_by_the_app(api: APIClient) -> None:
    for asset in ("swagger-ui-dist/swagger-ui-bundle.js", "redoc/bundles/redoc.standalone.js"):
        response = api.get(f"/static/drf_spectacular_sidecar/{asset}")
        assert response.status_code == 200
        body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
        response.close()
        assert len(body) > 10_000


@pytest.mark.parametrize("path", [*DOCS, "/openapi.json"])
def test_api_docs_false_hides_the_docs_and_the_schema(
    api: APIClient, settings: Settings, path: str
) -> None:
    settings.API_DOCS = False

    response = api.get(path)

    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not Found", "details": []}
    }


def test_the_openapi_document_follows_the_api_contract(api: APIClient) -> None:
    document = schema(api)

    assert document["openapi"] == "3.1.0"
    read_item = document["paths"]["/api/v1/items/{item_id}"]["get"]
    assert read_item["operationId"] == "read_item"
    assert read_item["parameters"] == [
        {
            "in": "path",
            "name": "item_id",
            "required": True,
            "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
        }
    ]
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    for operations in document["paths"].values():
        for operation in operations.values():
            responses = operation["responses"]
            assert "default" not in responses
            for status in ("400", "413", "414", "422", "500"):
                assert responses[status]["content"]["application/json"]["schema"] == error


def test_response_bodies_require_every_field_in_the_schema(api: APIClient) -> None:
    schemas = schema(api)["components"]["schemas"]

    for name in ("ItemRead", "ItemPage", "Health", "Readiness", "ErrorBody", "ErrorDetail"):
        assert set(schemas[name]["required"]) == set(schemas[name]["properties"]), name
    assert schemas["ErrorDetail"]["properties"]["field"]["type"] == ["string", "null"]


def test_json_bodies_refuse_unknown_fields_in_the_schema(api: APIClient) -> None:
    document = schema(api)
    bodies = [
        content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for operations in document["paths"].values()
        for operation in operations.values()
        if "application/json" in (content := operation.get("requestBody", {}).get("content", {}))
    ]

    assert {"ItemCreate", "ItemUpdate"} <= set(bodies)
    for name in bodies:
        assert document["components"]["schemas"][name]["additionalProperties"] is False, name
