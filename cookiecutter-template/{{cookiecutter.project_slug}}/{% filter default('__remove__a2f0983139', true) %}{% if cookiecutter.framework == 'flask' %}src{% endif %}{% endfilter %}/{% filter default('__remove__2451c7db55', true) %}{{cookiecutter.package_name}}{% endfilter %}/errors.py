{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""One JSON error body for every 4xx and 5xx response: `{"error": {...}}`."""

from collections.abc import Iterator, Mapping
from http import HTTPStatus
from typing import Any

from apiflask import APIFlask, HTTPError, Schema
from apiflask.fields import List, Nested, String
from flask import Response, jsonify, request

# Machine-readable codes; other statuses use their reason phrase ("method_not_allowed").
CODES = {
    HTTPStatus.UNAUTHORIZED: "not_authenticated",
    HTTPStatus.FORBIDDEN: "permission_denied",
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE: "content_too_large",
    HTTPStatus.REQUEST_URI_TOO_LONG: "uri_too_long",
    HTTPStatus.UNPROCESSABLE_ENTITY: "validation_error",
    HTTPStatus.TOO_MANY_REQUESTS: "rate_limited",
    HTTPStatus.INTERNAL_SERVER_ERROR: "internal_error",
}
# Where webargs found the bad value, named as the FastAPI track names it.
LOCATIONS = {"json": "body", "form": "body", "files": "body", "query": "query", "path": "path"}
_KNOWN_MESSAGES = {
    "Missing data for required field.": "missing",
    "Unknown field.": "unknown_field",
    "Field may not be null.": "null",
}
# gunicorn's default limit on the request line ("GET /path?query HTTP/1.1"), applied here so
# that a longer one gets the common body (gunicorn itself runs with --limit-request-line 0).
MAX_REQUEST_LINE = 4094
# Any operation can meet these: an unreadable or oversized body, an overlong URL, invalid
# input, a bug{% if database %}, a database outage{% endif %}.
COMMON_ERRORS = (
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.REQUEST_URI_TOO_LONG,
    HTTPStatus.UNPROCESSABLE_ENTITY,
    HTTPStatus.INTERNAL_SERVER_ERROR,
{%- if database %}
    HTTPStatus.SERVICE_UNAVAILABLE,
{%- endif %}
)


class ErrorDetail(Schema):
    field = String()
    message = String()
    type = String()


class ErrorBody(Schema):
    code = String()
    message = String()
    details = List(Nested(ErrorDetail))


class ErrorOut(Schema):
    """The body of every error response, as documented in the OpenAPI document."""

    error = Nested(ErrorBody)


class NotFoundError(HTTPError):
    status_code = HTTPStatus.NOT_FOUND
{%- if database %}


class ServiceUnavailableError(HTTPError):
    status_code = HTTPStatus.SERVICE_UNAVAILABLE
{%- endif %}


def _code(status: int) -> str:
    if status in CODES:
        return CODES[HTTPStatus(status)]
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")


def _flatten(messages: object, path: str) -> Iterator[dict[str, str]]:
    """marshmallow's nested {field: [messages]} as a flat list of field paths."""
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            yield from _flatten(value, f"{path}.{key}")
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        text = str(messages)
        yield {"field": path, "message": text, "type": _KNOWN_MESSAGES.get(text, "invalid")}


def _details(error: HTTPError) -> list[dict[str, str]]:
    detail = error.detail
    if error.status_code != HTTPStatus.UNPROCESSABLE_ENTITY or not isinstance(detail, Mapping):
        return []
    return [
        detail
        for location, messages in detail.items()
        for detail in _flatten(messages, LOCATIONS.get(str(location), str(location)))
    ]


def error_body(error: HTTPError) -> Response:
    status = error.status_code
    if status == HTTPStatus.INTERNAL_SERVER_ERROR:
        message = "An unexpected error occurred"  # never the exception's own text
    elif status == HTTPStatus.UNPROCESSABLE_ENTITY:
        message = "Request validation failed"
    else:
        message = error.message or HTTPStatus(status).phrase
    body = {"error": {"code": _code(status), "message": message, "details": _details(error)}}
    response = jsonify(body)
    response.status_code = status
    response.headers.update(error.headers or {})
    return response


def refuse_long_request_lines() -> None:
    """414 for a request line over MAX_REQUEST_LINE bytes, before routing or authentication."""
    target = request.environ.get("RAW_URI") or request.full_path
    line = f"{request.method} {target} {request.environ.get('SERVER_PROTOCOL', 'HTTP/1.1')}"
    if len(line.encode()) > MAX_REQUEST_LINE:
        raise HTTPError(HTTPStatus.REQUEST_URI_TOO_LONG, message="URI Too Long")


def document_common_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Add COMMON_ERRORS to every operation; APIFlask documents the rest per route (401 on
    `auth_required`, 404 with a path argument, 422 with an input, `doc(responses=...)`)."""
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
    for operations in spec["paths"].values():
        for operation in operations.values():
            for status in COMMON_ERRORS:
                response = {"description": status.phrase, "content": content}
                operation["responses"].setdefault(str(status.value), response)
    return spec


def init_app(app: APIFlask) -> None:
    # APIFlask turns validation errors, abort() and werkzeug's HTTP errors (400, 404, 405,
    # 413, 429, an unhandled exception's 500) into an HTTPError that reaches this processor.
    app.error_processor(error_body)
    app.before_request(refuse_long_request_lines)
    app.config.update(HTTP_ERROR_SCHEMA=ErrorOut, VALIDATION_ERROR_SCHEMA=ErrorOut)
