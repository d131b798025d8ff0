{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Liveness (`/health`) and readiness (`/ready`) probes."""

{% if database -%}
import asyncio
import logging
from http import HTTPStatus
{% endif -%}
from typing import Literal

from fastapi import APIRouter
{%- if database %}
from sqlalchemy import text
{%- endif %}

{% if database -%}
from {{ package_name }}.deps import StateDep
from {{ package_name }}.errors import ServiceUnavailableError, error_responses
{% endif -%}
from {{ package_name }}.schemas import ResponseBody
{%- if database %}

logger = logging.getLogger(__name__)
READY_TIMEOUT_SECONDS = 2.0
{%- endif %}

router = APIRouter(tags=["health"])


class Health(ResponseBody):
    status: Literal["ok"] = "ok"


class Readiness(ResponseBody):
    status: Literal["ok"] = "ok"
    checks: dict[str, Literal["ok"]]


@router.get("/health")
async def health() -> Health:
    """The process is up and serving requests."""
    return Health()
{% if database %}

@router.get("/ready", responses=error_responses(HTTPStatus.SERVICE_UNAVAILABLE))
async def ready(state: StateDep) -> Readiness:
    """The app can serve traffic: the database answers."""
    try:
        async with (
            asyncio.timeout(READY_TIMEOUT_SECONDS),
            state.database.engine.connect() as connection,
        ):
            await connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        logger.warning("Readiness check failed: %s", exc)
        raise ServiceUnavailableError("Database is unavailable") from None
    return Readiness(checks={"database": "ok"})
{%- else %}

@router.get("/ready")
async def ready() -> Readiness:
    """The app can serve traffic (no external dependencies to check)."""
    return Readiness(checks={})
{%- endif %}
