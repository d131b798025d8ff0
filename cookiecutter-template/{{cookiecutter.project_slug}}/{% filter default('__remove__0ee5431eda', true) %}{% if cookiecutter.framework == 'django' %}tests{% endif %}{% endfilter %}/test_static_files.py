{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Static files: served after `collectstatic`; without it, production refuses to start."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import Client
from pytest_django.fixtures import Settings

from {{ package_name }}.config import wsgi

ROOT = Path(__file__).parent.parent
PAGES = ["/docs", "/redoc"{% if database %}, "/admin/login/"{% endif %}]


@pytest.fixture
def manifest_storage(settings: Settings, tmp_path: Path) -> Path:
    """Production's storage (a manifest of hashed names; uncompressed, for speed), empty."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    return tmp_path


@pytest.mark.usefixtures("manifest_storage")
def test_pages_are_served_after_collectstatic() -> None:
    call_command("collectstatic", "--noinput", verbosity=0)

    wsgi.require_collected_static_files()
    for page in PAGES:
        response = Client().get(page)
        assert response.status_code == 200, page
        assert "/static/" in response.content.decode()


@pytest.mark.usefixtures("manifest_storage")
def test_start_up_is_refused_without_collectstatic() -> None:
    with pytest.raises(ImproperlyConfigured, match="collectstatic --noinput"):
        wsgi.require_collected_static_files()


def test_the_production_server_refuses_to_start_without_collectstatic(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "{{ package_name }}.config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "STATIC_ROOT": str(tmp_path),
    }

    result = subprocess.run(
        [sys.executable, "-c", "import {{ package_name }}.config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "python manage.py collectstatic --noinput" in result.stderr
