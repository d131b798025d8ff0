{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Sign-up and the OAuth2 password flow with rotating refresh tokens."""

from http import HTTPStatus
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from fastapi.security import OAuth2PasswordRequestForm

from {{ package_name }}.auth import service
from {{ package_name }}.auth.dependencies import LoginLimiterDep, SettingsDep
from {{ package_name }}.auth.schemas import RefreshRequest, TokenPair, UserCreate, UserRead
from {{ package_name }}.db import SessionDep
from {{ package_name }}.errors import AuthenticationError, RateLimitedError, error_responses

router = APIRouter(prefix="/auth", tags=["auth"])


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
    "/token", responses=error_responses(HTTPStatus.UNAUTHORIZED, HTTPStatus.TOO_MANY_REQUESTS)
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    limiter: LoginLimiterDep,
) -> TokenPair:
    """Exchange email (as `username`) and password for an access and a refresh token."""
    client = request.client.host if request.client else "unknown"
    if await limiter.is_blocked(client, form.username):
        raise RateLimitedError(
            "Too many failed sign-in attempts; try again later", limiter.window_seconds
        )
    user = await service.authenticate(session, form.username, form.password)
    if user is None:
        await limiter.record_failure(client, form.username)
        raise AuthenticationError("Incorrect email or password")
    await limiter.reset(client, form.username)
    return await service.issue_tokens(session, user, settings)


@router.post("/refresh", responses=error_responses(HTTPStatus.UNAUTHORIZED))
async def refresh(data: RefreshRequest, session: SessionDep, settings: SettingsDep) -> TokenPair:
    """Rotate a refresh token: the old one is spent, a new pair is returned."""
    return await service.rotate_refresh_token(session, data.refresh_token, settings)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(data: RefreshRequest, session: SessionDep) -> None:
    """Revoke the session the refresh token belongs to."""
    await service.logout(session, data.refresh_token)
