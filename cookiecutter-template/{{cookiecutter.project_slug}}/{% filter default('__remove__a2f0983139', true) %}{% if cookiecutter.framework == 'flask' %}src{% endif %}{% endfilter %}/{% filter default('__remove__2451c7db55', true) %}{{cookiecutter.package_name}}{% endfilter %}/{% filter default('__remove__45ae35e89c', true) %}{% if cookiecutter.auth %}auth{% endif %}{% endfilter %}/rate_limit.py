{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Failed sign-ins are limited per client address and account (Flask-Limiter, 429)."""

from flask import Response, current_app, g, request
from flask_limiter.util import get_remote_address

from {{ package_name }}.extensions import limiter


def _client_and_account() -> str:
    account = request.form.get("username") or request.form.get("email") or ""
    return f"{get_remote_address()}|{account.strip().casefold()}"


def _failed(_: Response) -> bool:
    return bool(g.get("sign_in_failed"))


def record_failed_sign_in() -> None:
    """Count this request against the limit (successful sign-ins do not count)."""
    g.sign_in_failed = True


# After LOGIN_RATE_LIMIT failures for one account from one address, sign-in answers 429.
limit_sign_in = limiter.limit(
    lambda: str(current_app.config["LOGIN_RATE_LIMIT"]),
    key_func=_client_and_account,
    methods=["POST"],
    deduct_when=_failed,
)
