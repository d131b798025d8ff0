{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""URL routes: probes, the versioned API, its schema and docs{% if database %}, the admin{% endif %}."""

{% if database -%}
from django.contrib import admin
{% endif -%}
from django.urls import include, path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.views import (
    SpectacularJSONAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from {{ package_name }} import health

# Swagger UI and ReDoc (served from this app) inject styles and use a blob worker.
DOCS_CSP: dict[str, list[str]] = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "worker-src": [CSP.SELF, "blob:"],
    "frame-ancestors": [CSP.NONE],
}

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
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path(
        "docs",
        csp_override(DOCS_CSP)(SpectacularSwaggerSplitView.as_view(url_name="openapi")),
        name="docs",
    ),
    path(
        "redoc",
        csp_override(DOCS_CSP)(SpectacularRedocView.as_view(url_name="openapi")),
        name="redoc",
    ),
{%- if database %}
    path("admin/", admin.site.urls),
{%- endif %}
]

# Errors outside the API views get the same JSON body.
handler400 = "{{ package_name }}.errors.bad_request"
handler403 = "{{ package_name }}.errors.permission_denied"
handler404 = "{{ package_name }}.errors.page_not_found"
handler500 = "{{ package_name }}.errors.server_error"
