"""What accounts and permissions refuse with; errors.py gives each the common error body."""

from http import HTTPStatus

from apiflask import HTTPError


class AuthenticationError(HTTPError):
    status_code = HTTPStatus.UNAUTHORIZED
    headers = {"WWW-Authenticate": "Bearer"}  # noqa: RUF012 - read-only class default


class PermissionDeniedError(HTTPError):
    status_code = HTTPStatus.FORBIDDEN


class ConflictError(HTTPError):
    status_code = HTTPStatus.CONFLICT
