{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""One JSON error body for every 4xx and 5xx response: `{"error": {...}}`."""

from collections.abc import Callable, Iterator, Mapping
from functools import wraps
from http import HTTPStatus
from json import JSONDecodeError

from apiflask import APIFlask, HTTPError
from apiflask.fields import List, Nested, String
from flask import Response, jsonify, request
from werkzeug.exceptions import BadRequest

from {{ package_name }}.schemas import ResponseSchema

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
# The kind of each marshmallow message (its start: numbers and choices follow), in pydantic's
# words, as every track reports it in `details[].type`.
DETAIL_TYPES = (
    ("Missing data for required field.", "missing"),
    ("Unknown field.", "extra_forbidden"),
    ("Invalid JSON body.", "json_invalid"),
    ("Invalid input type.", "model_attributes_type"),
    ("Not a valid string.", "string_type"),
    ("Not a valid integer.", "int_parsing"),
    ("Not a valid boolean.", "bool_type"),
    ("Shorter than minimum length", "string_too_short"),
    ("Longer than maximum length", "string_too_long"),
    ("Must be greater than or equal to", "greater_than_equal"),
    ("Must be less than or equal to", "less_than_equal"),
    ("Must be one of:", "enum"),
    ("Must be equal to", "literal_error"),
    ("Must not contain NUL characters.", "string_pattern_mismatch"),
)
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


class ErrorDetail(ResponseSchema):
    field = String(allow_none=True)
    message = String()
    type = String()


class ErrorBody(ResponseSchema):
    code = String()
    message = String()
    details = List(Nested(ErrorDetail))


class ErrorResponse(ResponseSchema):
    """The body of every error response."""

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
            # `_schema`: the body as a whole (not an object, say).
            yield from _flatten(value, path if key == "_schema" else f"{path}.{key}")
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        text = str(messages)
        kind = next((kind for start, kind in DETAIL_TYPES if text.startswith(start)), None)
        yield {"field": path, "message": text, "type": kind or "value_error"}


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


def unreadable_body(error: BadRequest) -> Response:
    """A 400 from werkzeug or webargs. A JSON body that does not parse (webargs aborts with the
    decoding error as `exc`) is invalid input: a 422 naming where it fails, as on the other
    tracks (`body.1`)."""
    cause = getattr(error, "exc", None)
    if isinstance(cause, JSONDecodeError):
        invalid = {"json": {str(cause.pos): ["Invalid JSON body."]}}
        return error_body(HTTPError(HTTPStatus.UNPROCESSABLE_ENTITY, detail=invalid))
    return error_body(HTTPError(HTTPStatus.BAD_REQUEST, message=error.name))


def json_body_required[**P, R](view: Callable[P, R]) -> Callable[P, R]:
    """422 for a request without a JSON body, as the OpenAPI document says (a body is required);
    webargs would read it as `{}`, which a partial update accepts."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        if not (request.is_json and request.get_data(cache=True)):
            missing = {"json": {"_schema": ["Missing data for required field."]}}
            raise HTTPError(HTTPStatus.UNPROCESSABLE_ENTITY, detail=missing)
        return view(*args, **kwargs)

    return wrapped


def refuse_long_request_lines() -> None:
    """414 for a request line over MAX_REQUEST_LINE bytes, before routing or authentication."""
    target = request.environ.get("RAW_URI") or request.full_path
    line = f"{request.method} {target} {request.environ.get('SERVER_PROTOCOL', 'HTTP/1.1')}"
    if len(line.encode()) > MAX_REQUEST_LINE:
        raise HTTPError(HTTPStatus.REQUEST_URI_TOO_LONG, message="URI Too Long")


def init_app(app: APIFlask) -> None:
    # APIFlask turns validation errors, abort() and werkzeug's HTTP errors (400, 404, 405,
    # 413, 429, an unhandled exception's 500) into an HTTPError that reaches this processor.
    app.error_processor(error_body)
    app.register_error_handler(BadRequest, unreadable_body)
    app.before_request(refuse_long_request_lines)
    app.config.update(HTTP_ERROR_SCHEMA=ErrorResponse, VALIDATION_ERROR_SCHEMA=ErrorResponse)
