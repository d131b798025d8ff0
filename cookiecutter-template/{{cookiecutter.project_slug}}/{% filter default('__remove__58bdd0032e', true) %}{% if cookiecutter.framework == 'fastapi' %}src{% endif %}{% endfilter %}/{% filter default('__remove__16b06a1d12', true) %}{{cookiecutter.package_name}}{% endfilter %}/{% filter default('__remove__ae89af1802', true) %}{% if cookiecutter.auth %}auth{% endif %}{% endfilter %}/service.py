{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sign-up, login and refresh-token rotation."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from {{ package_name }}.auth.errors import AuthenticationError
from {{ package_name }}.auth.models import RefreshToken, User
from {{ package_name }}.auth.passwords import hash_password, needs_rehash, verify_password
from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.auth.schemas import TokenPair, canonical_email
from {{ package_name }}.auth.tokens import (
    create_access_token,
    hash_refresh_token,
    new_refresh_token,
)
from {{ package_name }}.config import Settings
from {{ package_name }}.errors import ConflictError


async def create_user(
    session: AsyncSession, email: str, password: str, role: Role = Role.MEMBER
) -> User:
    password_hash = await asyncio.to_thread(hash_password, password)
    user = User(email=canonical_email(email), password_hash=password_hash, role=role)
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise ConflictError("An account with this email already exists") from None
    return user


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    """The user with this address, written in any form that signing up accepts."""
    try:
        address = canonical_email(email)
    except ValueError:  # not an address (a NUL, which PostgreSQL refuses, say): no user has it
        return None
    return await session.scalar(select(User).where(User.email == address))


async def authenticate(session: AsyncSession, email: str, password: str) -> User | None:
    """The active user with these credentials; upgrades the stored hash when outdated."""
    user = await get_user_by_email(session, email)
    # Argon2 is deliberately slow: keep it off the event loop.
    stored_hash = user.password_hash if user else None
    if not await asyncio.to_thread(verify_password, stored_hash, password):
        return None
    if user is None or not user.is_active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = await asyncio.to_thread(hash_password, password)
        await session.commit()
    return user


async def issue_tokens(
    session: AsyncSession, user: User, settings: Settings, family_id: str | None = None
) -> TokenPair:
    """A new access token and a refresh token in the given (or a new) family."""
    refresh_token = new_refresh_token()
    session.add(
        RefreshToken(
            token_hash=hash_refresh_token(refresh_token),
            family_id=family_id or uuid.uuid4().hex,
            user_id=user.id,
            expires_at=datetime.now(UTC) + timedelta(days=settings.refresh_token_expire_days),
        )
    )
    await session.commit()
    return TokenPair(
        access_token=create_access_token(user.id, user.role, settings),
        refresh_token=refresh_token,
        expires_in=settings.access_token_expire_minutes * 60,
    )


async def rotate_refresh_token(session: AsyncSession, token: str, settings: Settings) -> TokenPair:
    """Trade a refresh token for a new pair. Reuse of a spent token revokes its whole family."""
    stored = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    now = datetime.now(UTC)
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise AuthenticationError("Invalid refresh token")
    # Mark the token spent atomically: of two concurrent uses, only one wins.
    spent = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == stored.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await revoke_family(session, stored.family_id)
        raise AuthenticationError("Refresh token reuse detected; please sign in again")
    user = await session.get(User, stored.user_id)
    if user is None or not user.is_active:
        await session.commit()
        raise AuthenticationError("Invalid refresh token")
    return await issue_tokens(session, user, settings, family_id=stored.family_id)


async def revoke_family(session: AsyncSession, family_id: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    await session.commit()


async def logout(session: AsyncSession, token: str) -> None:
    """Revoke the session (token family) the refresh token belongs to."""
    family_id = await session.scalar(
        select(RefreshToken.family_id).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    if family_id is not None:
        await revoke_family(session, family_id)
