{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}import pytest
from apiflask import APIFlask
from flask.testing import FlaskClient
from werkzeug.exceptions import BadRequest


def test_unknown_route_gets_the_common_404_body(client: FlaskClient) -> None:
    response = client.get("/nope")

    assert response.status_code == 404
    assert response.json == {"error": {"code": "not_found", "message": "Not Found", "details": []}}
    assert response.text.index('"message"') < response.text.index('"details"')  # as declared


def test_wrong_method_is_405(client: FlaskClient) -> None:
    response = client.put("/health")

    assert response.status_code == 405
    assert response.json is not None
    assert response.json["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize("path", ["/api/v1/items", "/nowhere"])
def test_an_overlong_url_is_414_with_the_common_body(client: FlaskClient, path: str) -> None:
    at_limit = client.get(f"{path}?q=" + "x" * (4094 - len(f"GET {path}?q= HTTP/1.1")))
    over = client.get(f"{path}?q=" + "x" * 5000)

    assert at_limit.status_code != 414
    assert over.status_code == 414
    assert over.json == {
        "error": {"code": "uri_too_long", "message": "URI Too Long", "details": []}
    }


@pytest.mark.parametrize(
    ("body", "field"), [(b"{not json", "body.1"), (b'{"name": "x"', "body.12"), (b"\xff", "body.0")]
)
def test_malformed_json_is_a_422_json_invalid(
    client: FlaskClient, headers: dict[str, str], body: bytes, field: str
) -> None:
    response = client.post(
        "/api/v1/items", data=body, content_type="application/json", headers=headers
    )

    assert response.status_code == 422
    assert response.json == {
        "error": {
            "code": "validation_error",
            "message": "Request validation failed",
            "details": [{"field": field, "message": "Invalid JSON body.", "type": "json_invalid"}],
        }
    }


def test_other_bad_requests_stay_400(app: APIFlask) -> None:
    @app.get("/unreadable")
    def unreadable() -> str:
        raise BadRequest

    response = app.test_client().get("/unreadable")

    assert response.status_code == 400
    assert response.json == {
        "error": {"code": "bad_request", "message": "Bad Request", "details": []}
    }


def test_a_body_over_the_limit_is_413(
    client: FlaskClient, app: APIFlask, headers: dict[str, str]
) -> None:
    body = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)

    response = client.post(
        "/api/v1/items", data=body, content_type="application/json", headers=headers
    )

    assert response.status_code == 413
    assert response.json is not None
    assert response.json["error"]["code"] == "content_too_large"


@pytest.mark.parametrize("path", ["/boom"])
def test_unexpected_errors_are_a_500_without_details(app: APIFlask, path: str) -> None:
    @app.get(path)
    def boom() -> str:
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = app.test_client().get(path)

    assert response.status_code == 500
    assert response.json == {
        "error": {
            "code": "internal_error",
            "message": "An unexpected error occurred",
            "details": [],
        }
    }
    assert "secret internals" not in response.text
