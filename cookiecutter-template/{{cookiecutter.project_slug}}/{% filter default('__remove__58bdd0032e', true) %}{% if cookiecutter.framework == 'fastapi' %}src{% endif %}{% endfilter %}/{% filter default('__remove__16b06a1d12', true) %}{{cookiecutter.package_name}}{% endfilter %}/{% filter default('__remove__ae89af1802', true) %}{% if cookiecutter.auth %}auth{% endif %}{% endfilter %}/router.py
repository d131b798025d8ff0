{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sign-up and the OAuth2 password flow with rotating refresh tokens."""

from http import HTTPStatus
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, status

from {{ package_name }}.auth import rate_limit, service
from {{ package_name }}.auth.errors import (
    AuthenticationError,
    RateLimitedError,
    UnsupportedMediaTypeError,
)
from {{ package_name }}.auth.rate_limit import LoginKey
from {{ package_name }}.auth.schemas import (
    RefreshRequest,
    TokenPair,
    TokenRequest,
    UserCreate,
    UserRead,
)
from {{ package_name }}.deps import SessionDep, SettingsDep
from {{ package_name }}.errors import error_responses

router = APIRouter(prefix="/auth", tags=["auth"])
FORM = "application/x-www-form-urlencoded"


async def form_encoded(request: Request) -> None:
    """The token request is a form (RFC 6749, 4.3.2); FastAPI would read a JSON body as empty."""
    media_type = request.headers.get("content-type", "").partition(";")[0]
    if media_type.strip().lower() != FORM:
        raise UnsupportedMediaTypeError(f"The token request must be sent as {FORM}")


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(HTTPStatus.CONFLICT),
)
async def register(data: UserCreate, session: SessionDep) -> UserRead:
    """Create a member account."""
    user = await service.create_user(session, data.email, data.password)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    dependencies=[Depends(form_encoded)],
    responses=error_responses(
        HTTPStatus.UNAUTHORIZED, HTTPStatus.UNSUPPORTED_MEDIA_TYPE, HTTPStatus.TOO_MANY_REQUESTS
    ),
)
async def login(
    form: Annotated[TokenRequest, Form()],
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
) -> TokenPair:
    """Exchange email (as `username`) and password for an access and a refresh token."""
    key = LoginKey.of(request.client.host if request.client else "unknown", form.username)
    if wait := await rate_limit.retry_after(session, key, settings):
        raise RateLimitedError("Too many failed sign-in attempts; try again later", wait)
    user = await service.authenticate(session, form.username, form.password)
    if user is None:
        await rate_limit.record_failure(session, key, settings)
        raise AuthenticationError("Incorrect email or password")
    await rate_limit.clear(session, key)
    return await service.issue_tokens(session, user, settings)


@router.post("/refresh", responses=error_responses(HTTPStatus.UNAUTHORIZED))
async def refresh(data: RefreshRequest, session: SessionDep, settings: SettingsDep) -> TokenPair:
    """Rotate a refresh token: the old one is spent, a new pair is returned."""
    return await service.rotate_refresh_token(session, data.refresh_token, settings)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(data: RefreshRequest, session: SessionDep) -> None:
    """Revoke the session the refresh token belongs to."""
    await service.logout(session, data.refresh_token)
