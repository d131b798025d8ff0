{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""`flask --app {{ package_name }} create-admin EMAIL` creates (or promotes) an admin."""

import click
from flask.cli import with_appcontext
from marshmallow import ValidationError

from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.auth.schemas import UserCreate
from {{ package_name }}.auth.service import create_user, get_user_by_email
from {{ package_name }}.extensions import db


@click.command("create-admin")
@click.argument("email")
@click.password_option(envvar="ADMIN_PASSWORD", help="Prompted for when ADMIN_PASSWORD is unset.")
@with_appcontext
def create_admin(email: str, password: str) -> None:
    """Create an admin account, or promote the existing user with this email."""
    try:
        credentials = UserCreate().load({"email": email, "password": password})
    except ValidationError as exc:
        problems = exc.messages_dict
        detail = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in problems.items())
        raise click.BadParameter(detail) from None
    user = get_user_by_email(credentials["email"])
    if user is not None:
        user.role = Role.ADMIN
        user.is_active = True
        db.session.commit()
        click.echo(f"Promoted {user.email} to admin")
        return
    user = create_user(credentials["email"], credentials["password"], role=Role.ADMIN)
    click.echo(f"Created admin {user.email}")
