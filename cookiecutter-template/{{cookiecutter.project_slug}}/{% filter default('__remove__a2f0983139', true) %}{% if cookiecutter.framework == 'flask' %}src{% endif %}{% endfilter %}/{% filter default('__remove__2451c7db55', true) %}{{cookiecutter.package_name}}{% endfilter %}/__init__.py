{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}{%- import "_shared/strings.jinja" as strings -%}
"""{{ strings.escaped(project_name) }}: the application factory.

Development: `flask --app {{ package_name }} run --debug --port 8000`;
production: `gunicorn --preload '{{ package_name }}:create_app()'` (workers: WEB_CONCURRENCY).
"""

from apiflask import APIFlask
from flask.json.provider import DefaultJSONProvider

from {{ package_name }} import {% if auth %}auth, {% endif %}{% if database %}database, {% endif %}docs, errors, headers, health, openapi
from {{ package_name }}.config import Config, load_config
from {{ package_name }}.extensions import cors
{%- if not database %}
from {{ package_name }}.items import repository
{%- endif %}
from {{ package_name }}.items.routes import bp as items_bp


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
    errors.init_app(app)
    headers.init_app(app)
    openapi.init_app(app)
    docs.init_app(app)
{%- if database %}
    database.init_app(app)
{%- else %}
    repository.init_app(app)
{%- endif %}

    app.register_blueprint(health.bp)
{%- if auth %}
    auth.init_app(app)
{%- endif %}
    app.register_blueprint(items_bp)
    return app
