{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Failed sign-ins, counted in the database per client address and account (429 beyond).

Every worker and host reads the same table, so the limit holds however the app is scaled.
Only failures count: a correct sign-in clears its own key and is never refused for others'.
"""

import math
from datetime import timedelta
from http import HTTPStatus

from apiflask import HTTPError
from flask import current_app
from sqlalchemy import ColumnElement, delete, func, select

from {{ package_name }}.auth.models import LoginFailure
from {{ package_name }}.auth.proxies import client_address
from {{ package_name }}.db import utcnow
from {{ package_name }}.extensions import db


class TooManyFailuresError(HTTPError):
    status_code = HTTPStatus.TOO_MANY_REQUESTS
    message = "Too many failed sign-in attempts; try again later"


def _window() -> timedelta:
    return timedelta(seconds=current_app.config["LOGIN_FAILURE_WINDOW_SECONDS"])


def _key(account: str) -> tuple[str, str]:
    # NUL never names an account, and PostgreSQL text cannot hold it.
    return client_address()[:64], account.replace("\x00", "").strip().casefold()[:320]


def _is_key(account: str) -> ColumnElement[bool]:
    client, name = _key(account)
    return (LoginFailure.client == client) & (LoginFailure.account == name)


def check(account: str) -> None:
    """Refuse the attempt (429, with Retry-After) once the key has failed too often lately."""
    now = utcnow()
    count, oldest = db.session.execute(
        select(func.count(), func.min(LoginFailure.failed_at)).where(
            _is_key(account), LoginFailure.failed_at > now - _window()
        )
    ).one()
    if count < current_app.config["LOGIN_MAX_FAILURES"]:
        return
    retry_after = max(1, math.ceil((oldest + _window() - now).total_seconds()))
    raise TooManyFailuresError(headers={"Retry-After": str(retry_after)})


def record_failure(account: str) -> None:
    """Count a failed attempt; failures that left the window (any key) are deleted."""
    now = utcnow()
    db.session.execute(delete(LoginFailure).where(LoginFailure.failed_at <= now - _window()))
    client, name = _key(account)
    db.session.add(LoginFailure(client=client, account=name, failed_at=now))
    db.session.commit()


def clear(account: str) -> None:
    """A successful sign-in forgets the key's failures."""
    db.session.execute(delete(LoginFailure).where(_is_key(account)))
    db.session.commit()
