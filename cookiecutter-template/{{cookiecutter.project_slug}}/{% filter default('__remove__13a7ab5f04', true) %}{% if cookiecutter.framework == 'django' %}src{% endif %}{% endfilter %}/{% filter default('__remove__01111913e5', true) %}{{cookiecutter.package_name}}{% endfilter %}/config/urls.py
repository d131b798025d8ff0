{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""URL routes: probes, the versioned API (each app includes its own), its schema and docs."""

{% if database -%}
from django.contrib import admin
{% endif -%}
from django.urls import include, path

from {{ package_name }} import docs, health

api = [
    path("", include("{{ package_name }}.items.urls")),
{%- if auth %}
    path("", include("{{ package_name }}.accounts.urls")),
{%- endif %}
]

urlpatterns = [
    path("health", health.health, name="health"),
    path("ready", health.ready, name="ready"),
    path("api/v1/", include(api)),
    *docs.urlpatterns,
{%- if database %}
    path("admin/", admin.site.urls),
{%- endif %}
]

# Errors outside the API views get the same JSON body.
handler400 = "{{ package_name }}.errors.bad_request"
handler403 = "{{ package_name }}.errors.permission_denied"
handler404 = "{{ package_name }}.errors.page_not_found"
handler500 = "{{ package_name }}.errors.server_error"
