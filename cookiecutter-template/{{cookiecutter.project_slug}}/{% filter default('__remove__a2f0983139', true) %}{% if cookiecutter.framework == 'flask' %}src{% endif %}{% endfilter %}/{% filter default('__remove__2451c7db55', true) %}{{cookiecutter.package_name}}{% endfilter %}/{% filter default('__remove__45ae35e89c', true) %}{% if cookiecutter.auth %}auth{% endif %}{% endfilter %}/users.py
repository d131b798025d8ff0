{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The caller's account, and user management for admins."""

from collections.abc import Mapping
from typing import Any

from apiflask import APIBlueprint
from flask import Response, jsonify
from marshmallow import RAISE
from sqlalchemy import func, select

from {{ package_name }}.auth.decorators import permission_required
from {{ package_name }}.auth.errors import AuthenticationError, ConflictError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.permissions import Permission, Role
from {{ package_name }}.auth.schemas import UserAdminUpdate, UserPage, UserRead
from {{ package_name }}.auth.tokens import current_principal, token_auth
from {{ package_name }}.db import is_valid_id
from {{ package_name }}.errors import NotFoundError, json_body_required
from {{ package_name }}.extensions import db
from {{ package_name }}.items.schemas import PageQuery

bp = APIBlueprint("users", __name__, url_prefix="/api/v1/users", tag="users")
ADMINS_ONLY = {403: f"Needs the {Permission.USERS_MANAGE.value} permission"}


@bp.get("/me")
@bp.auth_required(token_auth)
@bp.output(UserRead)
@bp.doc(operation_id="read_me")
def read_me() -> User:
    user = db.session.get(User, current_principal().id)
    if user is None or not user.is_active:
        raise AuthenticationError(message="Account no longer active")
    return user


# The page is dumped by the view and documented through `doc`, not `output`: APIFlask documents
# the shortest path first, so it would meet UserRead inside the page before read_me's body and
# then name it a second time (UserRead1). A schema in `doc` is added after every body.
PAGE: dict[int | str, dict[str, str | dict[str, dict[str, Any]]]] = {
    200: {"description": "A page of users", "content": {"application/json": {"schema": UserPage}}}
}


@bp.get("")
@bp.auth_required(token_auth)
@permission_required(Permission.USERS_MANAGE)
@bp.input(PageQuery, location="query", arg_name="page", unknown=RAISE)
@bp.doc(operation_id="list_users", responses=PAGE)
def list_users(page: Mapping[str, Any]) -> Response:
    query = select(User).order_by(User.id).limit(page["limit"]).offset(page["offset"])
    total = db.session.scalar(select(func.count()).select_from(User))
    users = list(db.session.scalars(query))
    body = {"items": users, "total": total, "limit": page["limit"], "offset": page["offset"]}
    return jsonify(UserPage().dump(body))


@bp.patch("/<int:user_id>")
@bp.auth_required(token_auth)
@permission_required(Permission.USERS_MANAGE)
@json_body_required
@bp.input(UserAdminUpdate, arg_name="data")
@bp.output(UserRead)
@bp.doc(
    operation_id="update_user",
    responses=ADMINS_ONLY | {409: "Admins cannot demote or deactivate themselves"},
)
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
