{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Production settings refuse a weak secret and pass Django's deployment checks."""

import importlib
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).parent.parent
SETTINGS = ROOT / "src/{{ package_name }}/config/settings"
PACKAGE = "{{ package_name }}.config.settings"
PRODUCTION = f"{PACKAGE}.production"


def load_production(
    monkeypatch: pytest.MonkeyPatch, secret_key: str | None, **env: str
) -> ModuleType:
    """The production settings, read afresh from the environment."""
    if secret_key is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", secret_key)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in [name for name in sys.modules if name.startswith(f"{PACKAGE}.")]:
        monkeypatch.delitem(sys.modules, name)
    return importlib.import_module(PRODUCTION)


@pytest.mark.parametrize("secret_key", [None, "change-me-to-a-long-random-string", "short"])
def test_production_refuses_a_missing_default_or_short_secret_key(
    monkeypatch: pytest.MonkeyPatch, secret_key: str | None
) -> None:
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        load_production(monkeypatch, secret_key)


def test_production_is_https_only_with_secure_cookies(monkeypatch: pytest.MonkeyPatch) -> None:
    production = load_production(monkeypatch, secrets.token_urlsafe(48))

    assert production.DEBUG is False
    assert production.SECURE_SSL_REDIRECT is True
    assert production.SECURE_HSTS_SECONDS > 0
    assert production.SESSION_COOKIE_SECURE is True
    assert production.CSRF_COOKIE_SECURE is True


def test_the_environment_sets_the_limits_the_proxies_and_the_docs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    production = load_production(
        monkeypatch,
        secrets.token_urlsafe(48),
        MAX_REQUEST_BYTES="2048",
        API_DOCS="false",
        FORWARDED_ALLOW_IPS="10.0.0.0/8, 192.0.2.1",
{%- if auth %}
        LOGIN_MAX_FAILURES="3",
        LOGIN_FAILURE_WINDOW_SECONDS="60",
{%- endif %}
    )

    assert production.DATA_UPLOAD_MAX_MEMORY_SIZE == 2048
    assert production.API_DOCS is False
    assert production.FORWARDED_ALLOW_IPS == ["10.0.0.0/8", "192.0.2.1"]
{%- if auth %}
    assert (production.LOGIN_MAX_FAILURES, production.LOGIN_FAILURE_WINDOW_SECONDS) == (3, 60)
{%- endif %}


def test_production_passes_the_deployment_checks() -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": secrets.token_urlsafe(48),
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_env_example_lists_every_variable() -> None:
    read = re.compile(r'(?:environ\.get|env_\w+)\(\s*"([A-Z_]+)"')
    names = {name for path in SETTINGS.rglob("*.py") for name in read.findall(path.read_text())}
    lines = (ROOT / ".env.example").read_text().splitlines()
    listed = {line.split("=", 1)[0] for line in lines if line and not line.startswith("#")}

    assert names
    assert names <= listed
