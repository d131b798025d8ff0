{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Alembic environment for Flask-Migrate: the app's engine and models."""

from logging.config import fileConfig
from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from flask import current_app

# Every model module is imported so that autogenerate sees all tables.
{%- if auth %}
from {{ package_name }}.auth import models as _auth  # noqa: F401
{%- endif %}
from {{ package_name }}.db import Base, UTCDateTime
from {{ package_name }}.extensions import db
from {{ package_name }}.items import models as _items  # noqa: F401
{%- if auth %}
from {{ package_name }}.uploads import models as _uploads  # noqa: F401
{%- endif %}

config = context.config
if config.config_file_name is not None:
    # Loggers that exist already (Flask-Migrate's, which prints every error) keep working.
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _render_item(kind: str, obj: object, _: AutogenContext) -> str | Literal[False]:
    """Write our column types as plain SQLAlchemy types in new migrations."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_offline() -> None:
    context.configure(
        url=current_app.config["SQLALCHEMY_DATABASE_URI"],
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with db.engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            render_item=_render_item,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
