{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Accounts, tokens, roles and permissions; with them, uploads and the HTML pages."""

from apiflask import APIFlask

from {{ package_name }}.auth import cli, routes, users
from {{ package_name }}.extensions import csrf
from {{ package_name }}.pages import routes as pages
from {{ package_name }}.uploads import routes as uploads


def init_app(app: APIFlask) -> None:
    """The auth phase in the app: its blueprints, CSRF for the pages, `flask create-admin`."""
    csrf.init_app(app)
    # The JSON API authenticates with bearer tokens, not cookies: no CSRF token to check.
    for api_bp in (routes.bp, users.bp, uploads.bp):
        csrf.exempt(api_bp)
        app.register_blueprint(api_bp)
    app.register_blueprint(pages.bp)
    app.cli.add_command(cli.create_admin)
