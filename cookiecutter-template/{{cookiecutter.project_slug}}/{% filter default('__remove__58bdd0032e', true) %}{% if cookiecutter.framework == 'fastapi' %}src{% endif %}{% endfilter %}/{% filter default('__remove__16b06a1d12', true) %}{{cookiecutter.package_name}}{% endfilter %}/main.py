{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Application factory and the ASGI app, `{{ package_name }}.main:app`: served by uvicorn in
development and by gunicorn's uvicorn workers in production."""

from functools import partial

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline

from {{ package_name }} import health
{%- if auth %}
from {{ package_name }}.auth import router as auth_router
from {{ package_name }}.auth import users
{%- endif %}
from {{ package_name }}.config import Settings, get_settings
{%- if database %}
from {{ package_name }}.db import Database
{%- endif %}
from {{ package_name }}.deps import AppState, set_app_state
from {{ package_name }}.errors import ERROR_RESPONSES, install_error_handlers
from {{ package_name }}.items import router as items
{%- if not database %}
from {{ package_name }}.items.repository import ItemStore
{%- endif %}
from {{ package_name }}.middleware import (
    BodySizeLimitMiddleware,
    CORSMiddleware,
    RequestLineLimitMiddleware,
    SecurityHeadersMiddleware,
)


def operation_id(route: APIRoute) -> str:
    """An operation's id is its function's name: `list_items`, not `list_items_api_v1_items_get`."""
    return route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # What the app holds while it serves; what must be closed at shutdown comes with a lifespan.
{%- if database %}
    state = AppState(settings, Database.from_settings(settings))
{%- else %}
    state = AppState(settings, ItemStore())
{%- endif %}
    # The docs' assets are served by the app itself (no CDN). API_DOCS=false: `/docs`, `/redoc`
    # and `/openapi.json` answer 404.
    new_app = (
        FastAPIOffline
        if settings.api_docs
        else partial(FastAPI, openapi_url=None, docs_url=None, redoc_url=None)
    )
    app = new_app(
        title=settings.project_name,
        version="0.1.0",
        responses=ERROR_RESPONSES,
        generate_unique_id_function=operation_id,
        # `/api/v1/items/` is not `/api/v1/items`: a 404, not a redirect.
        redirect_slashes=False,
{%- if database %}
        lifespan=state.database.lifespan,
{%- endif %}
    )
    set_app_state(app, state)

    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_request_bytes)
    app.add_middleware(RequestLineLimitMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.is_production)

    api = APIRouter(prefix="/api/v1")
{%- if auth %}
    api.include_router(auth_router.router)
    api.include_router(users.router)
{%- endif %}
    api.include_router(items.router)
    app.include_router(health.router)
    app.include_router(api)
    return app


app = create_app()
