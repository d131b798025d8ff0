{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sign-up and the OAuth2 password flow with rotating refresh tokens."""

from collections.abc import Callable, Mapping
from functools import wraps
from http import HTTPStatus
from typing import Any

from apiflask import APIBlueprint, HTTPError
from flask import request

from {{ package_name }}.auth import rate_limit, service
from {{ package_name }}.auth.errors import AuthenticationError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.schemas import (
    RefreshRequest,
    TokenPair,
    TokenRequest,
    UserCreate,
    UserRead,
)

bp = APIBlueprint("auth", __name__, url_prefix="/api/v1/auth", tag="auth")
FORM = "application/x-www-form-urlencoded"


def form_only[**P, R](view: Callable[P, R]) -> Callable[P, R]:
    """415 unless the body is a form (webargs would read a JSON body as an empty form)."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        if request.mimetype != FORM:
            raise HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, message=f"Send the form as {FORM}")
        return view(*args, **kwargs)

    return wrapped


@bp.post("/register")
@bp.input(UserCreate, arg_name="data")
@bp.output(UserRead, status_code=201)
@bp.doc(operation_id="register", responses={409: "Email already registered"})
def register(data: Mapping[str, Any]) -> User:
    """Create a member account."""
    return service.create_user(data["email"], data["password"])


@bp.post("/token")
@form_only
@bp.input(TokenRequest, location="form", arg_name="form")
@bp.output(TokenPair)
@bp.doc(
    operation_id="login",
    responses={
        401: "Invalid credentials",
        415: f"Not a form ({FORM})",
        429: "Too many failed sign-ins",
    },
)
def login(form: Mapping[str, Any]) -> dict[str, Any]:
    """Exchange email (as `username`) and password for an access and a refresh token."""
    rate_limit.check(form["username"])
    user = service.authenticate(form["username"], form["password"])
    if user is None:
        rate_limit.record_failure(form["username"])
        raise AuthenticationError(message="Incorrect email or password")
    rate_limit.clear(form["username"])
    return service.issue_tokens(user)


@bp.post("/refresh")
@bp.input(RefreshRequest, arg_name="data")
@bp.output(TokenPair)
@bp.doc(operation_id="refresh", responses={401: "Invalid, expired or reused refresh token"})
def refresh(data: Mapping[str, Any]) -> dict[str, Any]:
    """Rotate a refresh token: the old one is spent, a new pair is returned."""
    return service.rotate_refresh_token(data["refresh_token"])


@bp.post("/logout")
@bp.input(RefreshRequest, arg_name="data")
@bp.output({}, status_code=204)
@bp.doc(operation_id="logout")
def logout(data: Mapping[str, Any]) -> str:
    """Revoke the session the refresh token belongs to."""
    service.logout(data["refresh_token"])
    return ""
