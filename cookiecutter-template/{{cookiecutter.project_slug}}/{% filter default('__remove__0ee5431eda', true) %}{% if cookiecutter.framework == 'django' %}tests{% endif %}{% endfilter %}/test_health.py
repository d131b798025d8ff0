{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}{% if database -%}
import pytest
from django.db import OperationalError
{% endif -%}
from rest_framework.test import APIClient
{%- if database %}

from {{ package_name }} import health
{%- endif %}


def test_health_answers_ok(api: APIClient) -> None:
    response = api.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_reports_its_checks(api: APIClient) -> None:
    response = api.get("/ready")

    assert response.status_code == 200
{%- if database %}
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}
{%- else %}
    assert response.json() == {"status": "ok", "checks": {}}
{%- endif %}
{%- if database %}


class _DownDatabase:
    def cursor(self) -> None:
        raise OperationalError("connection refused")


def test_ready_is_503_when_the_database_is_down(
    api: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "connection", _DownDatabase())

    ready = api.get("/ready")
    alive = api.get("/health")

    assert ready.status_code == 503
    assert ready.json()["error"] == {
        "code": "service_unavailable",
        "message": "Database is unavailable",
        "details": [],
    }
    assert alive.status_code == 200
{%- endif %}


def test_responses_carry_security_headers(api: APIClient) -> None:
    response = api.get("/health")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
