{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""WSGI entry point for the production server: `gunicorn {{ package_name }}.config.wsgi`."""

import os

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{ package_name }}.config.settings.production")

application = get_wsgi_application()


def require_collected_static_files() -> None:
    """Refuse to start without the static files' manifest (`collectstatic` writes it).

    Otherwise every page that links a static file would answer 500: the docs{% if database %}, the admin{% endif %}.
    With DEBUG on, Django serves the files from the apps instead.
    """
    if settings.DEBUG or not isinstance(staticfiles_storage, ManifestFilesMixin):
        return
    if not staticfiles_storage.manifest_storage.exists(staticfiles_storage.manifest_name):
        msg = (
            f"No static files in {settings.STATIC_ROOT}: run "
            "`python manage.py collectstatic --noinput` before starting the server"
        )
        raise ImproperlyConfigured(msg)


require_collected_static_files()
