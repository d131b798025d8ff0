{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""The caller's account, and user management for admins."""

from collections.abc import Mapping
from typing import Any

from apiflask import APIBlueprint
from sqlalchemy import func, select

from {{ package_name }}.auth.decorators import permission_required
from {{ package_name }}.auth.errors import AuthenticationError, ConflictError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.permissions import Permission, Role
from {{ package_name }}.auth.schemas import PageQuery, UserOut, UserPage, UserPatch
from {{ package_name }}.auth.tokens import current_principal, token_auth
from {{ package_name }}.db import is_valid_id
from {{ package_name }}.errors import NotFoundError
from {{ package_name }}.extensions import db

bp = APIBlueprint("users", __name__, url_prefix="/api/v1/users", tag="users")
ADMINS_ONLY = {403: f"Needs the {Permission.USERS_MANAGE.value} permission"}


@bp.get("/me")
@bp.auth_required(token_auth)
@bp.output(UserOut)
def read_me() -> User:
    user = db.session.get(User, current_principal().id)
    if user is None or not user.is_active:
        raise AuthenticationError(message="Account no longer active")
    return user


@bp.get("")
@bp.auth_required(token_auth)
@permission_required(Permission.USERS_MANAGE)
@bp.input(PageQuery, location="query", arg_name="page")
@bp.output(UserPage)
@bp.doc(responses=ADMINS_ONLY)
def list_users(page: Mapping[str, Any]) -> dict[str, Any]:
    query = select(User).order_by(User.id).limit(page["limit"]).offset(page["offset"])
    total = db.session.scalar(select(func.count()).select_from(User))
    users = list(db.session.scalars(query))
    return {"items": users, "total": total, "limit": page["limit"], "offset": page["offset"]}


@bp.patch("/<int:user_id>")
@bp.auth_required(token_auth)
@permission_required(Permission.USERS_MANAGE)
@bp.input(UserPatch, arg_name="data")
@bp.output(UserOut)
@bp.doc(responses=ADMINS_ONLY | {409: "Admins cannot demote or deactivate themselves"})
def update_user(user_id: int, data: Mapping[str, Any]) -> User:
    """Change a user's role or deactivate them (another admin's too, never your own)."""
    user = db.session.get(User, user_id) if is_valid_id(user_id) else None
    if user is None:
        raise NotFoundError(message=f"User {user_id} not found")
    demoted = data.get("role", Role.ADMIN) != Role.ADMIN or data.get("is_active") is False
    if user.id == current_principal().id and demoted:
        raise ConflictError(message="You cannot demote or deactivate your own account")
    for field, value in data.items():
        setattr(user, field, value)
    db.session.commit()
    return user
