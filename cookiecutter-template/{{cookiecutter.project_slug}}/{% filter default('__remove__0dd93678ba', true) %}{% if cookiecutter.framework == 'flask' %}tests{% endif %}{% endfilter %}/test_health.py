{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% if database -%}
import pytest
from flask.testing import FlaskClient
from sqlalchemy.exc import OperationalError

from {{ package_name }}.extensions import db
{%- else -%}
from flask.testing import FlaskClient
{%- endif %}


def test_health_answers_ok(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_ready_reports_its_checks(client: FlaskClient) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
{%- if database %}
    assert response.json == {"status": "ok", "checks": {"database": "ok"}}
{%- else %}
    assert response.json == {"status": "ok", "checks": {}}
{%- endif %}
{%- if database %}


def test_ready_is_503_when_the_database_is_down(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(*_: object, **__: object) -> None:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(db.session, "execute", unreachable)

    ready = client.get("/ready")
    health = client.get("/health")

    assert ready.status_code == 503
    assert ready.json is not None
    assert ready.json["error"]["code"] == "service_unavailable"
    assert health.status_code == 200
{%- endif %}


def test_responses_carry_security_headers(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "Strict-Transport-Security" not in response.headers


def test_https_responses_carry_hsts(client: FlaskClient) -> None:
    response = client.get("/health", base_url="https://localhost")

    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_docs_are_served_without_a_cdn(client: FlaskClient) -> None:
    html = client.get("/docs").text

    assert "cdn." not in html
    assert '{"validatorUrl": null}' in html
    assert "/docs/assets/swagger-ui-bundle.js" in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js"):
        with client.get(f"/docs/assets/{asset}") as response:
            assert response.status_code == 200
            assert len(response.data) > 10_000


def test_openapi_documents_the_api(client: FlaskClient) -> None:
    schema = client.get("/openapi.json").json

    assert schema is not None
    assert "/api/v1/items" in schema["paths"]
    assert "/docs/assets/{filename}" not in schema["paths"]
    assert {"ErrorOut", "ItemOut", "ItemPage"} <= set(schema["components"]["schemas"])
    assert "HTTPError" not in schema["components"]["schemas"]
    assert "ItemOut1" not in schema["components"]["schemas"]
