{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{%- import "_shared/strings.jinja" as strings -%}
"""{{ strings.escaped(project_name) }}: the application factory.

Development: `flask --app {{ package_name }} run --debug --port 8000`;
production: `gunicorn --preload '{{ package_name }}:create_app()'` (workers: WEB_CONCURRENCY).
"""

from apiflask import APIFlask
from flask.json.provider import DefaultJSONProvider
{%- if database %}
from sqlalchemy import event
{%- endif %}

from {{ package_name }} import docs, errors, headers, health
{%- if auth %}
from {{ package_name }}.auth import cli
from {{ package_name }}.auth.routes import bp as auth_bp
from {{ package_name }}.auth.users import bp as users_bp
{%- endif %}
from {{ package_name }}.config import Config, load_config
{%- if database %}
from {{ package_name }}.db import sqlite_pragmas
{%- endif %}
from {{ package_name }}.extensions import {% if auth %}cors, csrf, db, migrate{% elif database %}cors, db, migrate{% else %}cors{% endif %}
{%- if not database %}
from {{ package_name }}.items.repository import ItemStore
{%- endif %}
from {{ package_name }}.items.routes import bp as items_bp
{%- if auth %}
from {{ package_name }}.pages.routes import bp as pages_bp
from {{ package_name }}.uploads.routes import bp as uploads_bp
{%- endif %}


class JSONProvider(DefaultJSONProvider):
    """Fields in the order the schemas declare them (Flask sorts keys by default)."""

    sort_keys = False


def create_app(config: Config | None = None) -> APIFlask:
    config = config or load_config()
    app = APIFlask(
        __name__, title=config.PROJECT_NAME, version="0.1.0", enable_openapi=config.API_DOCS
    )
    app.config.from_object(config)
    app.json = JSONProvider(app)

    cors.init_app(
        app,
        resources={r"/api/*": {"origins": config.CORS_ORIGINS}},
        methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
{%- if database %}
    db.init_app(app)
    migrate.init_app(app, db)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", sqlite_pragmas)
{%- else %}
    app.extensions["item_store"] = ItemStore()
{%- endif %}
{%- if auth %}
    csrf.init_app(app)
{%- endif %}
    errors.init_app(app)
    headers.init_app(app)
    docs.init_app(app)

    app.register_blueprint(health.bp)
{%- if auth %}
    # The JSON API authenticates with bearer tokens, not cookies: no CSRF token to check.
    for api_bp in (auth_bp, users_bp, items_bp, uploads_bp):
        csrf.exempt(api_bp)
        app.register_blueprint(api_bp)
    app.register_blueprint(pages_bp)
    app.cli.add_command(cli.create_admin)
{%- else %}
    app.register_blueprint(items_bp)
{%- endif %}
    return app
