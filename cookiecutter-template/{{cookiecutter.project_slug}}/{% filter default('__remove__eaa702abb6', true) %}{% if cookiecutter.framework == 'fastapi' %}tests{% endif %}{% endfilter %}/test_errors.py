{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient


async def test_unknown_route_gets_the_common_404_body(client: AsyncClient) -> None:
    response = await client.get("/nope")

    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not Found", "details": []}
    }


async def test_wrong_method_is_405(client: AsyncClient) -> None:
    response = await client.put("/health")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


async def test_405_lists_every_method_the_path_allows(client: AsyncClient) -> None:
    response = await client.put("/api/v1/items")

    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


async def test_a_refused_cors_preflight_answers_in_the_common_body(client: AsyncClient) -> None:
    response = await client.options(
        "/api/v1/items",
        headers={"Origin": "https://evil.example.com", "Access-Control-Request-Method": "POST"},
    )

    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["error"] == {
        "code": "cors_refused",
        "message": "Disallowed CORS origin",
        "details": [],
    }
    assert "Access-Control-Allow-Origin" not in response.headers


async def _streamed(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), 65_536):
        yield body[start : start + 65_536]


@pytest.mark.parametrize("path", ["/api/v1/items", "/nowhere"])
async def test_an_overlong_url_is_414_in_the_common_body(client: AsyncClient, path: str) -> None:
    at_limit = await client.get(f"{path}?q=" + "x" * (4094 - len(f"GET {path}?q= HTTP/1.1")))
    over = await client.get(f"{path}?q=" + "x" * 5000)

    assert at_limit.status_code != 414
    assert over.status_code == 414
    assert over.json() == {
        "error": {"code": "uri_too_long", "message": "URI Too Long", "details": []}
    }


@pytest.mark.parametrize("streamed", [False, True], ids=["announced", "streamed"])
async def test_an_oversized_body_is_413_in_the_common_body(
    client: AsyncClient, streamed: bool
) -> None:
    body = b'{"name": "' + b"x" * 1_100_000 + b'"}'

    response = await client.post(
        "/api/v1/items",
        content=_streamed(body) if streamed else body,
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "content_too_large"


async def test_malformed_json_is_a_422_with_a_message(client: AsyncClient) -> None:
    response = await client.post(
        "/api/v1/items", content=b"{not json", headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("path", ["/boom"])
async def test_unexpected_errors_are_a_500_without_details(app: FastAPI, path: str) -> None:
    @app.get(path)
    async def boom() -> None:
        raise RuntimeError("secret internals")

    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get(path)

    assert response.status_code == 500
    assert response.json() == {
        "error": {
            "code": "internal_error",
            "message": "An unexpected error occurred",
            "details": [],
        }
    }
    assert "secret internals" not in response.text
