{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""One JSON error body for every 4xx and 5xx: `{"error": {"code", "message", "details"}}`."""

import logging
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied
{%- if database %}
from django.db import InterfaceError, OperationalError
{%- endif %}
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class QueryValidationError(exceptions.ValidationError):
    """Invalid query parameters (reported as `query.<name>`, not `body.<name>`)."""

{%- if database %}


class ServiceUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "Service temporarily unavailable."
    default_code = "service_unavailable"
{%- endif %}


# DRF's codes, renamed where the API speaks of them differently.
_CODES = {
    exceptions.AuthenticationFailed: "not_authenticated",
    exceptions.Throttled: "rate_limited",
}


# DRF's validation codes in pydantic's words (the FastAPI track's), so that `details[].type` is
# the same on every track; the API's own fields raise pydantic's words (`validation.py`).
PYDANTIC_TYPES = {
    "required": "missing",
    "blank": "string_too_short",
    "min_length": "string_too_short",
    "max_length": "string_too_long",
    "null_characters_not_allowed": "string_pattern_mismatch",
    "min_value": "greater_than_equal",
    "max_value": "less_than_equal",
    "max_string_length": "int_parsing",
    "invalid_choice": "enum",
    "invalid": "value_error",
}


def error_body(
    code: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or []}}


def _flatten(errors: object, path: str) -> list[dict[str, Any]]:
    """Field errors of a (nested) serializer as a flat list with dotted field paths."""
    if isinstance(errors, dict):
        return [
            detail
            for name, nested in errors.items()
            for detail in _flatten(nested, path if name == "non_field_errors" else f"{path}.{name}")
        ]
    if isinstance(errors, list):
        if errors and all(isinstance(error, exceptions.ErrorDetail) for error in errors):
            return [_detail(path, error, error.code) for error in errors]
        return [
            detail
            for index, nested in enumerate(errors)
            for detail in _flatten(nested, f"{path}.{index}")
        ]
    return [_detail(path, errors, getattr(errors, "code", "invalid"))]


def _detail(path: str, error: object, code: object) -> dict[str, Any]:
    """One error of the field at `path`, its DRF code in pydantic's word."""
    return {"field": path, "message": str(error), "type": PYDANTIC_TYPES.get(str(code), str(code))}


def _message(detail: object) -> str:
    if isinstance(detail, dict) and "detail" in detail:  # token errors carry a dict
        return str(detail["detail"])
    if isinstance(detail, list) and detail:
        return str(detail[0])
    return str(detail)


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler (status, headers) with the API's error body; None means a 500."""
{%- if database %}
    if isinstance(exc, OperationalError | InterfaceError):
        logger.warning("Database unavailable: %s", exc)
        exc = ServiceUnavailable("Database is unavailable")
{%- endif %}
    if isinstance(exc, Http404):
        exc = exceptions.NotFound("Not Found")
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        location = "query" if isinstance(exc, QueryValidationError) else "body"
        details = _flatten(exc.detail, location)
        response.data = error_body("validation_error", "Request validation failed", details)
        response.status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    elif isinstance(exc, exceptions.ParseError):
        details = [{"field": "body", "message": str(exc.detail), "type": "json_invalid"}]
        response.data = error_body("validation_error", "Request validation failed", details)
        response.status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    elif isinstance(exc, exceptions.APIException):
        code = next(
            (code for kind, code in _CODES.items() if isinstance(exc, kind)), exc.default_code
        )
        # DRF's "Authentication credentials were not provided." in the API's words.
        no_credentials = isinstance(exc, exceptions.NotAuthenticated)
        message = "Not authenticated" if no_credentials else _message(exc.detail)
        response.data = error_body(str(code), message)
    return response


def json_error(http_status: int, code: str, message: str) -> JsonResponse:
    response = JsonResponse(error_body(code, message), status=http_status)
    # Sized, so that an answer sent before the request was read needs no chunked encoding.
    response["Content-Length"] = str(len(response.content))
    return response


def bad_request(request: HttpRequest, exception: Exception) -> JsonResponse:  # noqa: ARG001
    return json_error(HTTPStatus.BAD_REQUEST, "bad_request", "Bad Request")


def permission_denied(request: HttpRequest, exception: Exception) -> JsonResponse:  # noqa: ARG001
    return json_error(HTTPStatus.FORBIDDEN, "permission_denied", "Permission denied")


def page_not_found(request: HttpRequest, exception: Exception) -> JsonResponse:  # noqa: ARG001
    return json_error(HTTPStatus.NOT_FOUND, "not_found", "Not Found")


def server_error(request: HttpRequest) -> JsonResponse:  # noqa: ARG001
    # Django has logged the exception (django.request); the client learns nothing internal.
    return json_error(
        HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error", "An unexpected error occurred"
    )
