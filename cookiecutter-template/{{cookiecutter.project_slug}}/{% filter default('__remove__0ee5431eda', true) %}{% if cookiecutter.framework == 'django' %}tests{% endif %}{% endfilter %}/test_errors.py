{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Every error, from the API or from Django, has the same JSON body."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import path
from rest_framework.test import APIClient

from {{ package_name }} import errors
from {{ package_name }}.config.urls import urlpatterns as project_urls


def boom(_: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret internals")


def forbidden(_: HttpRequest) -> HttpResponse:
    raise PermissionDenied


# A URL configuration with failing views, for the tests below that use it.
urlpatterns = [path("boom", boom), path("forbidden", forbidden), *project_urls]
handler403 = errors.permission_denied
handler500 = errors.server_error
# As a user the API lets through, so that each error is the one under test (tests/fixtures/auth.py).
pytestmark = pytest.mark.usefixtures("signed_in")


def test_unknown_route_gets_the_common_404_body(api: APIClient) -> None:
    response = api.get("/nope")

    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not Found", "details": []}
    }


def test_wrong_method_is_405(api: APIClient) -> None:
    response = api.put("/health")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_malformed_json_is_a_422_with_a_message(api: APIClient) -> None:
    response = api.post("/api/v1/items", b"{not json", content_type="application/json")

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"][0]["type"] == "json_invalid"


def test_an_oversized_body_is_413_in_the_common_body(api: APIClient) -> None:
    body = b'{"name": "' + b"x" * 1_100_000 + b'"}'

    response = api.post("/api/v1/items", body, content_type="application/json")

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "content_too_large"


@pytest.mark.parametrize("path", ["/api/v1/items", "/nowhere"])
def test_an_overlong_url_is_414_in_the_common_body(client: Client, path: str) -> None:
    at_limit = client.get(f"{path}?q=" + "x" * (4094 - len(f"GET {path}?q= HTTP/1.1")))
    over = client.get(f"{path}?q=" + "x" * 5000)

    assert at_limit.status_code != 414
    assert over.status_code == 414
    assert over.json() == {
        "error": {"code": "uri_too_long", "message": "URI Too Long", "details": []}
    }


def test_unsupported_media_type_is_415(api: APIClient) -> None:
    response = api.post("/api/v1/items", {"name": "Lamp"}, format="multipart")

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


def test_a_disallowed_host_is_a_400(api: APIClient) -> None:
    response = api.get("/health", headers={"host": "evil.example.com"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


@pytest.mark.urls(__name__)
def test_unexpected_errors_are_a_500_without_details() -> None:
    client = Client(raise_request_exception=False)

    response = client.get("/boom")

    assert response.status_code == 500
    assert response.json() == {
        "error": {
            "code": "internal_error",
            "message": "An unexpected error occurred",
            "details": [],
        }
    }
    assert "secret internals" not in response.content.decode()


@pytest.mark.urls(__name__)
def test_permission_denied_outside_the_api_is_a_403() -> None:
    response = Client().get("/forbidden")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
