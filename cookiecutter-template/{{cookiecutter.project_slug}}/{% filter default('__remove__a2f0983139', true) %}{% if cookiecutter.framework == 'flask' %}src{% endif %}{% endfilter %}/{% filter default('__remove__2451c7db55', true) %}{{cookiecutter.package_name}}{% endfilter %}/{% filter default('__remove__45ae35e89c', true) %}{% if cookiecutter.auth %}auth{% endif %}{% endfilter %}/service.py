{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sign-up, sign-in and refresh-token rotation."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from {{ package_name }}.auth.errors import AuthenticationError, ConflictError
from {{ package_name }}.auth.models import RefreshToken, User
from {{ package_name }}.auth.passwords import hash_password, needs_rehash, verify_password
from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.auth.tokens import (
    create_access_token,
    hash_refresh_token,
    new_refresh_token,
)
from {{ package_name }}.extensions import db


def create_user(email: str, password: str, role: Role = Role.MEMBER) -> User:
    user = User(email=email.lower(), password_hash=hash_password(password), role=role)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ConflictError(message="An account with this email already exists") from None
    return user


def get_user_by_email(email: str) -> User | None:
    if "\x00" in email:  # no stored email holds one, and PostgreSQL refuses it in a query
        return None
    return db.session.scalar(select(User).where(User.email == email.lower()))


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials; upgrades the stored hash when outdated."""
    user = get_user_by_email(email)
    # Verified even for an unknown email, so timing does not reveal which emails exist.
    if not verify_password(user.password_hash if user else None, password):
        return None
    if user is None or not user.is_active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


def issue_tokens(user: User, family_id: str | None = None) -> dict[str, Any]:
    """A new access token and a refresh token in the given (or a new) family."""
    refresh_token = new_refresh_token()
    days = current_app.config["REFRESH_TOKEN_EXPIRE_DAYS"]
    db.session.add(
        RefreshToken(
            token_hash=hash_refresh_token(refresh_token),
            family_id=family_id or uuid.uuid4().hex,
            user_id=user.id,
            expires_at=datetime.now(UTC) + timedelta(days=days),
        )
    )
    db.session.commit()
    return {
        "access_token": create_access_token(user.id, user.role),
        "refresh_token": refresh_token,
        "expires_in": current_app.config["ACCESS_TOKEN_EXPIRE_MINUTES"] * 60,
    }


def rotate_refresh_token(token: str) -> dict[str, Any]:
    """Trade a refresh token for a new pair. Reuse of a spent token revokes its whole family."""
    stored = db.session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    now = datetime.now(UTC)
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise AuthenticationError(message="Invalid refresh token")
    # Mark the token spent atomically: of two concurrent uses, only one wins.
    spent = db.session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == stored.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        revoke_family(stored.family_id)
        raise AuthenticationError(message="Refresh token reuse detected; please sign in again")
    user = db.session.get(User, stored.user_id)
    if user is None or not user.is_active:
        db.session.commit()
        raise AuthenticationError(message="Invalid refresh token")
    return issue_tokens(user, family_id=stored.family_id)


def revoke_family(family_id: str) -> None:
    db.session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    db.session.commit()


def logout(token: str) -> None:
    """Revoke the session (token family) the refresh token belongs to."""
    family_id = db.session.scalar(
        select(RefreshToken.family_id).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    if family_id is not None:
        revoke_family(family_id)
