{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Failed sign-ins, counted in the database so that every worker and host sees the same count.

A key is a client address and an account. Once a key has `LOGIN_MAX_FAILURES` failures within
the last `LOGIN_FAILURE_WINDOW_SECONDS`, sign-in is refused until the oldest of them leaves the
window. Only failures count, and a successful sign-in clears its key.
"""

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Self

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from {{ package_name }}.auth.models import LoginFailure
from {{ package_name }}.config import Settings


@dataclass(frozen=True, slots=True)
class LoginKey:
    client: str
    account: str

    @classmethod
    def of(cls, client: str, username: str) -> Self:
        account = username.replace("\x00", "")  # PostgreSQL text cannot hold a NUL
        return cls(client[:64], account.strip().casefold()[:320])

    def matches(self) -> ColumnElement[bool]:
        return (LoginFailure.client == self.client) & (LoginFailure.account == self.account)


def _window(settings: Settings) -> timedelta:
    return timedelta(seconds=settings.login_failure_window_seconds)


async def retry_after(session: AsyncSession, key: LoginKey, settings: Settings) -> int | None:
    """Whole seconds until `key` may sign in again, or None when it is not blocked."""
    now = datetime.now(UTC)
    counted = select(func.count(), func.min(LoginFailure.failed_at)).where(
        key.matches(), LoginFailure.failed_at > now - _window(settings)
    )
    failures, oldest = (await session.execute(counted)).one()
    if failures < settings.login_max_failures:
        return None
    return max(1, math.ceil((oldest + _window(settings) - now).total_seconds()))


async def record_failure(session: AsyncSession, key: LoginKey, settings: Settings) -> None:
    """Count one failure for `key`, and forget every failure that has left the window."""
    now = datetime.now(UTC)
    await session.execute(
        insert(LoginFailure).values(client=key.client, account=key.account, failed_at=now)
    )
    await session.execute(
        delete(LoginFailure).where(LoginFailure.failed_at <= now - _window(settings))
    )
    await session.commit()


async def clear(session: AsyncSession, key: LoginKey) -> None:
    await session.execute(delete(LoginFailure).where(key.matches()))
    await session.commit()
