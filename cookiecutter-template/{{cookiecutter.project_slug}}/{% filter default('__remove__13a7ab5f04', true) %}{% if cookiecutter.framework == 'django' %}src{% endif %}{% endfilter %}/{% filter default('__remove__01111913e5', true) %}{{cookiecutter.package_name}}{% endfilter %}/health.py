{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Liveness (`/health`) and readiness (`/ready`) probes."""

{% if database -%}
import logging

from django.db import connection
{% endif -%}
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.request import Request
from rest_framework.response import Response

{% if database -%}
from {{ package_name }}.errors import ServiceUnavailable
{% endif -%}
from {{ package_name }}.validation import LiteralField, ResponseBody
{%- if database %}

logger = logging.getLogger(__name__)
{%- endif %}


class Health(ResponseBody):
    status = LiteralField("ok", default="ok")


class Readiness(ResponseBody):
    status = LiteralField("ok", default="ok")
    checks = serializers.DictField(child=LiteralField("ok"))


@extend_schema(operation_id="health", responses=Health, tags=["health"])
@api_view(["GET"])
@authentication_classes([])
@permission_classes([])
def health(request: Request) -> Response:  # noqa: ARG001
    """The process is up and serving requests."""
    return Response({"status": "ok"})


@extend_schema(operation_id="ready", responses=Readiness, tags=["health"])
@api_view(["GET"])
@authentication_classes([])
@permission_classes([])
{%- if database %}
def ready(request: Request) -> Response:  # noqa: ARG001
    """The app can serve traffic: the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        logger.warning("Readiness check failed: %s", exc)
        raise ServiceUnavailable("Database is unavailable") from None
    return Response({"status": "ok", "checks": {"database": "ok"}})
{%- else %}
def ready(request: Request) -> Response:  # noqa: ARG001
    """The app can serve traffic (no external dependencies to check)."""
    return Response({"status": "ok", "checks": {}})
{%- endif %}
