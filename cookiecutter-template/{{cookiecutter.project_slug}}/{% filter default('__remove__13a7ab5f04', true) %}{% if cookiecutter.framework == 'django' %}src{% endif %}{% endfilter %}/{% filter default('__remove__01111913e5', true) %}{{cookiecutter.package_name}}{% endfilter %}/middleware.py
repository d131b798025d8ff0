{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request limits, checked by the app so that a refusal has the common error body."""

from collections.abc import Callable
from http import HTTPStatus

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from {{ package_name }}.errors import json_error

# gunicorn's default limit on the request line ("GET /path?query HTTP/1.1"), applied here so
# that a longer one gets the common body (gunicorn itself runs with --limit-request-line 0).
MAX_REQUEST_LINE = 4094


class RequestLineLimitMiddleware:
    """Refuses a request line over MAX_REQUEST_LINE bytes with 414, before anything else runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        target = request.META.get("RAW_URI") or request.get_full_path()
        protocol = request.META.get("SERVER_PROTOCOL", "HTTP/1.1")
        if len(f"{request.method} {target} {protocol}".encode()) > MAX_REQUEST_LINE:
            return json_error(HTTPStatus.REQUEST_URI_TOO_LONG, "uri_too_long", "URI Too Long")
        return self.get_response(request)


class ContentLengthLimitMiddleware:
    """Refuses a body announced above MAX_REQUEST_BYTES (DATA_UPLOAD_MAX_MEMORY_SIZE) with 413.

    Django checks that limit when it reads `request.body`; DRF's parsers read the stream instead,
    so without this a client could make the app parse a body of any size.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            return json_error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                "content_too_large",
                f"Request body larger than {limit} bytes",
            )
        return self.get_response(request)
