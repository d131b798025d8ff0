{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""JWT access tokens for the API, and opaque refresh tokens."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from apiflask import HTTPError, HTTPTokenAuth
from flask import Response, current_app

from {{ package_name }}.auth.errors import AuthenticationError
from {{ package_name }}.auth.permissions import ROLE_PERMISSIONS, Permission, Role
from {{ package_name }}.errors import error_body

ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 - a path, not a secret


class OAuth2PasswordBearer(HTTPTokenAuth):
    """Bearer access tokens from the OAuth2 password flow, documented as that flow (Swagger UI
    then signs in through the token endpoint) rather than as a bare `http` bearer scheme."""

    def __init__(self) -> None:
        super().__init__(scheme="Bearer", security_scheme_name=type(self).__name__)

    def get_security_scheme(self) -> dict[str, Any]:
        password = {"tokenUrl": TOKEN_URL, "scopes": {}}
        return {"type": "oauth2", "flows": {"password": password}}


token_auth = OAuth2PasswordBearer()


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller, taken from a verified access token."""

    id: int
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


class InvalidTokenError(Exception):
    pass


def create_access_token(user_id: int, role: Role) -> str:
    now = datetime.now(UTC)
    minutes = current_app.config["ACCESS_TOKEN_EXPIRE_MINUTES"]
    claims = {
        "sub": str(user_id),
        "role": role.value,
        "type": ACCESS_TOKEN_TYPE,
        "iat": now,
        "exp": now + timedelta(minutes=minutes),
    }
    return jwt.encode(claims, current_app.config["SECRET_KEY"], algorithm=ALGORITHM)


def decode_access_token(token: str) -> Principal:
    try:
        claims = jwt.decode(
            token,
            current_app.config["SECRET_KEY"],
            algorithms=[ALGORITHM],
            options={"require": ["exp", "iat", "sub", "type"]},
        )
        if claims["type"] != ACCESS_TOKEN_TYPE:
            raise InvalidTokenError("Not an access token")
        return Principal(id=int(claims["sub"]), role=Role(claims["role"]))
    except (jwt.PyJWTError, KeyError, ValueError) as exc:
        raise InvalidTokenError(str(exc)) from exc


def _verify(token: str) -> Principal | None:
    try:
        return decode_access_token(token)
    except InvalidTokenError:
        return None


token_auth.verify_token(_verify)


@token_auth.error_processor
def _refused(_: HTTPError) -> Response:
    """No bearer token is "Not authenticated"; one that fails verification is named as such."""
    sent = getattr(token_auth.get_auth(), "token", None)
    message = "Invalid or expired access token" if sent else "Not authenticated"
    return error_body(AuthenticationError(message=message))


def current_principal() -> Principal:
    """The caller of an endpoint decorated with `auth_required(token_auth)`."""
    principal = token_auth.current_user
    assert isinstance(principal, Principal)  # noqa: S101 - auth_required guarantees it
    return principal


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    """Refresh tokens are stored hashed: a database leak does not leak sessions."""
    return hashlib.sha256(token.encode()).hexdigest()
