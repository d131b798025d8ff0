{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Sign-up and the OAuth2 password flow with rotating refresh tokens."""

from collections.abc import Mapping
from typing import Any

from apiflask import APIBlueprint

from {{ package_name }}.auth import rate_limit, service
from {{ package_name }}.auth.errors import AuthenticationError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.schemas import RefreshIn, TokenForm, TokenPair, UserIn, UserOut

bp = APIBlueprint("auth", __name__, url_prefix="/api/v1/auth", tag="auth")


@bp.post("/register")
@bp.input(UserIn, arg_name="data")
@bp.output(UserOut, status_code=201)
@bp.doc(responses={409: "Email already registered"})
def register(data: Mapping[str, Any]) -> User:
    """Create a member account."""
    return service.create_user(data["email"], data["password"])


@bp.post("/token")
@bp.input(TokenForm, location="form", arg_name="form")
@bp.output(TokenPair)
@bp.doc(responses={401: "Invalid credentials", 429: "Too many failed sign-ins"})
def token(form: Mapping[str, Any]) -> dict[str, Any]:
    """Exchange email (as `username`) and password for an access and a refresh token."""
    rate_limit.check(form["username"])
    user = service.authenticate(form["username"], form["password"])
    if user is None:
        rate_limit.record_failure(form["username"])
        raise AuthenticationError(message="Incorrect email or password")
    rate_limit.clear(form["username"])
    return service.issue_tokens(user)


@bp.post("/refresh")
@bp.input(RefreshIn, arg_name="data")
@bp.output(TokenPair)
@bp.doc(responses={401: "Invalid, expired or reused refresh token"})
def refresh(data: Mapping[str, Any]) -> dict[str, Any]:
    """Rotate a refresh token: the old one is spent, a new pair is returned."""
    return service.rotate_refresh_token(data["refresh_token"])


@bp.post("/logout")
@bp.input(RefreshIn, arg_name="data")
@bp.output({}, status_code=204)
def logout(data: Mapping[str, Any]) -> str:
    """Revoke the session the refresh token belongs to."""
    service.logout(data["refresh_token"])
    return ""
