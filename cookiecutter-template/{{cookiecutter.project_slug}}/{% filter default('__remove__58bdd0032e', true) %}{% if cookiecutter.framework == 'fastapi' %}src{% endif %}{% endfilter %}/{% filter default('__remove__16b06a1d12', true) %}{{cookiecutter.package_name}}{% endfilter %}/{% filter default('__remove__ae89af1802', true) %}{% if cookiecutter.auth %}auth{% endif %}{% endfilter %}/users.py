{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The caller's account, and user management for admins."""

from http import HTTPStatus
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy import func, select

from {{ package_name }}.auth.dependencies import CurrentPrincipal, Principal, require
from {{ package_name }}.auth.errors import AuthenticationError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.permissions import Permission, Role
from {{ package_name }}.auth.schemas import UserAdminUpdate, UserPage, UserRead
from {{ package_name }}.deps import SessionDep
from {{ package_name }}.errors import ConflictError, NotFoundError, error_responses
from {{ package_name }}.schemas import PageQuery

router = APIRouter(
    prefix="/users",
    tags=["users"],
    responses=error_responses(HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN),
)
AdminOnly = [Depends(require(Permission.USERS_MANAGE))]
UserManager = Annotated[Principal, Depends(require(Permission.USERS_MANAGE))]


@router.get("/me")
async def read_me(principal: CurrentPrincipal, session: SessionDep) -> UserRead:
    user = await session.get(User, principal.id)
    if user is None or not user.is_active:
        raise AuthenticationError("Account no longer active")
    return UserRead.model_validate(user)


@router.get("", dependencies=AdminOnly)
async def list_users(page: Annotated[PageQuery, Query()], session: SessionDep) -> UserPage:
    users = await session.scalars(
        select(User).order_by(User.id).limit(page.limit).offset(page.offset)
    )
    total = await session.scalar(select(func.count()).select_from(User)) or 0
    return UserPage(
        items=[UserRead.model_validate(user) for user in users],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


# `:int`, so that `/users/me` never reaches this route: PATCH there is a 405, not a 422.
@router.patch(
    "/{user_id:int}", responses=error_responses(HTTPStatus.NOT_FOUND, HTTPStatus.CONFLICT)
)
async def update_user(
    user_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    data: UserAdminUpdate,
    session: SessionDep,
    principal: UserManager,
) -> UserRead:
    """Change a user's role or deactivate them; not your own account, so an admin remains."""
    if user_id == principal.id and (data.role not in (None, Role.ADMIN) or data.is_active is False):
        raise ConflictError("You cannot demote or deactivate your own account")
    user = await session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"User {user_id} not found")
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(user, field, value)
    await session.commit()
    return UserRead.model_validate(user)
