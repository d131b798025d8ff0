{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Liveness (`/health`) and readiness (`/ready`) probes."""

{% if database -%}
import logging

{% endif -%}
from apiflask import APIBlueprint
from apiflask.fields import Constant, Dict, String
from apiflask.validators import Equal
{%- if database %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
{%- endif %}

{% if database -%}
from {{ package_name }}.errors import ServiceUnavailableError
from {{ package_name }}.extensions import db
{% endif -%}
from {{ package_name }}.schemas import ResponseSchema
{%- if database %}

logger = logging.getLogger(__name__)
{%- endif %}

bp = APIBlueprint("health", __name__, tag="health")


class Health(ResponseSchema):
    status = Constant("ok")


class Readiness(ResponseSchema):
    status = Constant("ok")
    checks = Dict(keys=String(), values=String(validate=Equal("ok")))


@bp.get("/health")
@bp.output(Health)
@bp.doc(operation_id="health")
def health() -> dict[str, str]:
    """The process is up and serving requests."""
    return {"status": "ok"}
{% if database %}

@bp.get("/ready")
@bp.output(Readiness)
@bp.doc(operation_id="ready")
@bp.doc(responses={503: "Database is unavailable"})
def ready() -> dict[str, object]:
    """The app can serve traffic: the database answers."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        logger.warning("Readiness check failed: %s", exc)
        raise ServiceUnavailableError(message="Database is unavailable") from None
    return {"status": "ok", "checks": {"database": "ok"}}
{%- else %}

@bp.get("/ready")
@bp.output(Readiness)
@bp.doc(operation_id="ready")
def ready() -> dict[str, object]:
    """The app can serve traffic (no external dependencies to check)."""
    return {"status": "ok", "checks": {}}
{%- endif %}
