{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""One JSON error body for every 4xx and 5xx response."""

import logging
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import Field, WithJsonSchema
{%- if database %}
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
{%- endif %}
from starlette.exceptions import HTTPException

from {{ package_name }}.schemas import ResponseBody

logger = logging.getLogger(__name__)


class ErrorDetail(ResponseBody):
    # Null when the error is not a field's; OpenAPI 3.1 writes that as a list of types.
    field: Annotated[str | None, WithJsonSchema({"type": ["string", "null"]})] = None
    message: str
    type: str


class ErrorBody(ResponseBody):
    code: str
    message: str
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorResponse(ResponseBody):
    error: ErrorBody


class AppError(Exception):
    """Base for errors the API reports on purpose."""

    status_code = HTTPStatus.BAD_REQUEST
    code = "bad_request"

    def __init__(self, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers


class NotFoundError(AppError):
    status_code = HTTPStatus.NOT_FOUND
    code = "not_found"


class ConflictError(AppError):
    status_code = HTTPStatus.CONFLICT
    code = "conflict"


class ServiceUnavailableError(AppError):
    status_code = HTTPStatus.SERVICE_UNAVAILABLE
    code = "service_unavailable"


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[ErrorDetail] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(code=code, message=message, details=details or []))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _field_path(location: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in location)


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)  # noqa: S101 - registered for AppError only
    return error_response(exc.status_code, exc.code, exc.message, headers=exc.headers)


# RFC 9110 names for the statuses Python 3.13 renamed, so codes do not depend on the Python.
_RENAMED = {
    413: "content_too_large",
    414: "uri_too_long",
    416: "range_not_satisfiable",
    422: "unprocessable_content",
}


def _allowed_methods(request: Request) -> str | None:
    """Every method the path answers to (Starlette's 405 names only the first route's)."""
    for template, operations in request.app.openapi()["paths"].items():
        if re.fullmatch(re.sub(r"\{[^/}]+\}", "[^/]+", template), request.url.path):
            return ", ".join(sorted(method.upper() for method in operations))
    return None


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)  # noqa: S101 - registered for HTTPException only
    status = HTTPStatus(exc.status_code)
    code = _RENAMED.get(status) or status.phrase.lower().replace(" ", "_").replace("-", "_")
    message = exc.detail if isinstance(exc.detail, str) else status.phrase
    headers = exc.headers
    if status == HTTPStatus.METHOD_NOT_ALLOWED and (allowed := _allowed_methods(request)):
        headers = {**(headers or {}), "Allow": allowed}
    return error_response(exc.status_code, code, message, headers=headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - registered for it only
    errors = exc.errors()
    # A path id no row can have (0, too large, not a number) names nothing there is: a 404.
    if any(err["loc"][0] == "path" for err in errors):
        return error_response(HTTPStatus.NOT_FOUND, "not_found", HTTPStatus.NOT_FOUND.phrase)
    details = [
        ErrorDetail(field=_field_path(err["loc"]), message=err["msg"], type=err["type"])
        for err in errors
    ]
    return error_response(
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        "validation_error",
        "Request validation failed",
        details,
    )


{%- if database %}


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """Lost or refused connections, an exhausted pool: retry later, not a bug."""
    logger.warning("Database unavailable on %s %s: %s", request.method, request.url.path, exc)
    return error_response(
        HTTPStatus.SERVICE_UNAVAILABLE,
        "service_unavailable",
        "The database is unavailable; retry shortly",
        headers={"Retry-After": "5"},
    )
{%- endif %}


async def _unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(
        HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error", "An unexpected error occurred"
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
{%- if database %}
    for error in (ConnectionError, OperationalError, InterfaceError, PoolTimeoutError):
        app.add_exception_handler(error, _database_unavailable)
{%- endif %}
    app.add_exception_handler(Exception, _unhandled_error)


def error_responses(*statuses: HTTPStatus) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for error statuses an operation answers with, in the common body."""
    return {
        int(status): {"model": ErrorResponse, "description": status.phrase} for status in statuses
    }


# Any operation can meet these: an unreadable or oversized body, an overlong URL, invalid
# input, a bug
{%- if database %},
# a database outage
{%- endif %}.
ERROR_RESPONSES = error_responses(
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.REQUEST_URI_TOO_LONG,
    HTTPStatus.UNPROCESSABLE_ENTITY,
    HTTPStatus.INTERNAL_SERVER_ERROR,
{%- if database %}
    HTTPStatus.SERVICE_UNAVAILABLE,
{%- endif %}
)
