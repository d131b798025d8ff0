{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The client of the current request, behind the proxies of FORWARDED_ALLOW_IPS (forwarded.py)."""

from flask import current_app, request

from {{ package_name }}.auth import forwarded


def client_address() -> str:
    """The address of the client of the current request."""
    forwarded_for = ",".join(request.headers.getlist("X-Forwarded-For"))
    proxies: forwarded.Networks = current_app.config["FORWARDED_ALLOW_IPS"]
    return forwarded.client_address(request.remote_addr or "", forwarded_for, proxies)
