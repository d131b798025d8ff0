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


def test_openapi_schema_describes_the_api(api: APIClient) -> None:
    document = schema(api)

    assert "/api/v1/items" in document["paths"]
    assert "/api/v1/items/{id}" in document["paths"]
    assert "ErrorResponse" in document["components"]["schemas"]
    for operations in document["paths"].values():
        for operation in operations.values():
            assert "default" in operation["responses"]


def test_json_bodies_refuse_unknown_fields_in_the_schema(api: APIClient) -> None:
    document = schema(api)
    bodies = [
        content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for operations in document["paths"].values()
        for operation in operations.values()
        if "application/json" in (content := operation.get("requestBody", {}).get("content", {}))
    ]

    assert "ItemRequest" in bodies
    for name in bodies:
        assert document["components"]["schemas"][name]["additionalProperties"] is False, name
