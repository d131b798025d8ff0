"""What the template's tests need to know about each framework track, in one place.

Every tier is parametrised over `TRACKS`; a new track adds one entry here (and its choice in
copier.yml) and joins the render matrix, the generated tier and the update tier.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

PACKAGE = "groundwork_service"
ALL_ON: dict[str, Any] = {"database": True, "auth": True, "docker": True, "ci": "github"}
ALL_OFF: dict[str, Any] = {"database": False, "auth": False, "docker": False, "ci": "none"}
# Valid answers that break a file which pastes them in unescaped: quotes, backslashes, unicode,
# Jinja's own delimiters. The generated tier's all-on projects take them.
HOSTILE: dict[str, Any] = {
    "project_name": """Café "Ünïcode" \\ {{ x }} {% raw %} O'Brien""",
    "description": """Says "hi" \\o/ {# not a comment #} ✓""",
    "author_name": """Zoë "Z" O'Brien \\""",
    "project_slug": "groundwork-service",
    "package_name": PACKAGE,
}


@dataclass(frozen=True)
class Track:
    name: str
    # Paths (relative to the project) each phase owns: none may exist when the phase is off.
    phase_paths: dict[str, list[str]]
    # Libraries each phase brings: no word of them may remain in *.py or pyproject.toml when off.
    phase_words: dict[str, list[str]]
    # The project's own static checks, each run as `uv run --no-sync <command>` after `uv sync`.
    checks: list[list[str]]
    # SQLAlchemy-style URL scheme the project's DATABASE_URL takes for PostgreSQL.
    database_scheme: str
    # Environment that selects production settings (SECRET_KEY and DATABASE_URL come on top).
    production_env: dict[str, str]
    # Release-time migration and the production server, as commands of the installed runtime's
    # bin/ folder; `{package}`, `{port}` and `{workers}` are filled in.
    migrate: list[str]
    serve: list[str]
    # The first admin (auth phase), from the same bin/ folder; the password comes from
    # ADMIN_PASSWORD and `{email}` is filled in.
    create_admin: list[str]
    # Python source that loads the production settings; without SECRET_KEY it must fail with
    # `refusal_message` in its stderr.
    load_production_settings: str
    refusal_message: str
    # Combinations (with python_version) the generated tier installs and runs.
    generated: list[dict[str, Any]]
    # A template file and a line in it that the update tier changes between two releases.
    release_file: str
    release_line: str
    # A generated file and an edit a user makes to it, which an update must keep.
    user_file: str
    user_edit: tuple[str, str]
    # Words `_message_after_copy` must print for the all-on defaults.
    next_steps: list[str] = field(default_factory=list)
    # Environment the checks run with (on top of the tools' clean environment).
    check_env: dict[str, str] = field(default_factory=dict)
    # Where the production server publishes its OpenAPI document.
    openapi_path: str = "/openapi.json"
    # Globs (relative to the project) of the project's own Jinja templates, e.g. HTML pages:
    # Jinja syntax is expected there.
    project_templates: tuple[str, ...] = ()
    # Release steps after the migrations, before the server starts (same bin/ folder).
    release: tuple[tuple[str, ...], ...] = ()


FASTAPI = Track(
    name="fastapi",
    phase_paths={
        "database": [
            "alembic.ini",
            "migrations",
            f"src/{PACKAGE}/db.py",
            f"src/{PACKAGE}/items/models.py",
            "tests/factories.py",
            "tests/test_migrations.py",
        ],
        "auth": [
            f"src/{PACKAGE}/auth",
            f"src/{PACKAGE}/cli.py",
            "tests/test_auth.py",
            "tests/test_cli.py",
            "tests/test_login_throttle.py",
            "tests/test_permissions.py",
            "tests/test_proxy_headers.py",
            "tests/test_security.py",
        ],
        "docker": ["Dockerfile", "compose.yaml", ".dockerignore"],
    },
    phase_words={
        "database": ["sqlalchemy", "alembic", "asyncpg", "aiosqlite"],
        "auth": ["jwt", "argon2", "login_failures", "oauth2"],
    },
    checks=[["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    database_scheme="postgresql+asyncpg",
    production_env={"ENVIRONMENT": "production"},
    migrate=["alembic", "upgrade", "head"],
    serve=[
        *("gunicorn", "--bind", "127.0.0.1:{port}", "--workers", "{workers}", "--preload"),
        *("--no-control-socket", "--worker-class", "uvicorn_worker.UvicornWorker"),
        "{package}.main:app",
    ],
    create_admin=["groundwork-service", "create-admin", "{email}"],
    load_production_settings=f"import {PACKAGE}.main",
    refusal_message="SECRET_KEY must be set",
    generated=[
        {**ALL_ON, **HOSTILE, "python_version": "3.12"},
        {**ALL_OFF, "python_version": "3.13"},
        {**ALL_OFF, "database": True, "ci": "gitlab", "python_version": "3.13"},
        {**ALL_OFF, "database": True, "auth": True, "python_version": "3.13"},
    ],
    release_file="templates/fastapi/src/{{package_name}}/health.py.jinja",
    release_line='    """The process is up and serving requests."""',
    user_file=f"src/{PACKAGE}/items/schemas.py",
    user_edit=("max_length=2000", "max_length=5000"),
    next_steps=["uv sync", "cp .env.example .env", "uv run alembic upgrade head", "create-admin"],
)

FLASK = Track(
    name="flask",
    phase_paths={
        "database": [
            "migrations",
            f"src/{PACKAGE}/db.py",
            f"src/{PACKAGE}/items/models.py",
            "tests/factories.py",
            "tests/test_migrations.py",
        ],
        "auth": [
            f"src/{PACKAGE}/auth",
            f"src/{PACKAGE}/pages",
            f"src/{PACKAGE}/uploads",
            f"src/{PACKAGE}/templates",
            f"src/{PACKAGE}/static",
            "tests/test_auth.py",
            "tests/test_cli.py",
            "tests/test_pages.py",
            "tests/test_permissions.py",
            "tests/test_proxies.py",
            "tests/test_security.py",
            "tests/test_uploads.py",
        ],
        "docker": ["Dockerfile", "compose.yaml", ".dockerignore"],
    },
    phase_words={
        "database": ["sqlalchemy", "flask_sqlalchemy", "flask_migrate", "alembic", "psycopg"],
        "auth": ["jwt", "argon2", "login_failures", "flask_wtf", "csrf"],
    },
    checks=[["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    database_scheme="postgresql+psycopg",
    production_env={"ENVIRONMENT": "production"},
    migrate=["flask", "--app", PACKAGE, "db", "upgrade"],
    serve=[
        *("gunicorn", "--bind", "127.0.0.1:{port}", "--workers", "{workers}", "--preload"),
        *("--no-control-socket", "--limit-request-line", "0", "{package}:create_app()"),
    ],
    create_admin=["flask", "--app", PACKAGE, "create-admin", "{email}"],
    load_production_settings=f"from {PACKAGE} import create_app; create_app()",
    refusal_message="SECRET_KEY must be set",
    generated=[
        {**ALL_ON, **HOSTILE, "python_version": "3.12"},
        {**ALL_OFF, "python_version": "3.13"},
        {**ALL_OFF, "database": True, "ci": "gitlab", "python_version": "3.13"},
    ],
    release_file="templates/flask/src/{{package_name}}/health.py.jinja",
    release_line='    """The process is up and serving requests."""',
    user_file=f"src/{PACKAGE}/items/schemas.py",
    user_edit=("Length(max=2000)", "Length(max=5000)"),
    next_steps=[
        "uv sync",
        "cp .env.example .env",
        f"uv run flask --app {PACKAGE} db upgrade",
        "create-admin",
    ],
    project_templates=(f"src/{PACKAGE}/templates/*.html",),
)

DJANGO_PRODUCTION = f"{PACKAGE}.config.settings.production"
DJANGO = Track(
    name="django",
    phase_paths={
        "database": [
            f"src/{PACKAGE}/accounts",
            f"src/{PACKAGE}/items/models.py",
            f"src/{PACKAGE}/items/admin.py",
            f"src/{PACKAGE}/items/filters.py",
            f"src/{PACKAGE}/items/migrations",
            "tests/factories.py",
            "tests/test_admin.py",
            "tests/test_migrations.py",
        ],
        "auth": [
            f"src/{PACKAGE}/accounts/forms.py",
            f"src/{PACKAGE}/accounts/roles.py",
            f"src/{PACKAGE}/accounts/serializers.py",
            f"src/{PACKAGE}/accounts/throttling.py",
            f"src/{PACKAGE}/accounts/tokens.py",
            f"src/{PACKAGE}/accounts/urls.py",
            f"src/{PACKAGE}/accounts/views.py",
            f"src/{PACKAGE}/accounts/management",
            f"src/{PACKAGE}/accounts/migrations/0002_roles.py",
            f"src/{PACKAGE}/accounts/migrations/0003_login_failure.py",
            f"src/{PACKAGE}/items/permissions.py",
            f"src/{PACKAGE}/items/migrations/0002_item_owner.py",
            "tests/test_auth.py",
            "tests/test_permissions.py",
            "tests/test_security.py",
            "tests/test_create_admin.py",
        ],
        "docker": ["Dockerfile", "compose.yaml", ".dockerignore"],
    },
    phase_words={
        "database": ["django_filters", "dj_database_url", "psycopg", "admin", "sessions"],
        "auth": ["simplejwt", "jwt", "argon2", "login_failures", "bearer"],
    },
    checks=[
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["python", "manage.py", "makemigrations", "--check", "--dry-run"],
        ["python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
    ],
    check_env={
        "DJANGO_SETTINGS_MODULE": DJANGO_PRODUCTION,
        "SECRET_KEY": secrets.token_urlsafe(48),
    },
    database_scheme="postgresql",
    # Plain HTTP on loopback: no TLS proxy in front for the HTTPS redirect to point at.
    production_env={"DJANGO_SETTINGS_MODULE": DJANGO_PRODUCTION, "SECURE_SSL_REDIRECT": "false"},
    migrate=["django-admin", "migrate", "--noinput"],
    serve=[
        *("gunicorn", "{package}.config.wsgi", "--bind", "127.0.0.1:{port}"),
        *("--workers", "{workers}", "--no-control-socket", "--limit-request-line", "0"),
    ],
    create_admin=["django-admin", "create_admin", "{email}"],
    release=(("django-admin", "collectstatic", "--noinput"),),
    load_production_settings="import django; django.setup()",
    refusal_message="SECRET_KEY must be set",
    generated=[
        {**ALL_ON, **HOSTILE, "python_version": "3.12"},
        {**ALL_OFF, "python_version": "3.13"},
        {**ALL_OFF, "database": True, "ci": "gitlab", "python_version": "3.13"},
    ],
    release_file="templates/django/src/{{package_name}}/health.py.jinja",
    release_line='    """The process is up and serving requests."""',
    user_file=f"src/{PACKAGE}/pagination.py",
    user_edit=("max_value=100, default=20", "max_value=500, default=20"),
    next_steps=[
        "uv sync",
        "cp .env.example .env",
        "uv run python manage.py migrate",
        "create_admin",
    ],
)

TRACKS: dict[str, Track] = {track.name: track for track in (FASTAPI, FLASK, DJANGO)}
