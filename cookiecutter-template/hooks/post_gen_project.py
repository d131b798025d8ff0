"""Cookiecutter post-generation hook: delete what the phases that are off left behind, then
print the next steps.

A folder whose Copier name renders empty (a phase that is off) is exported with a fallback name
starting with REMOVE; Copier would not have created it. tools/export_cookiecutter.py writes
copier.yml's `_message_after_copy` into NEXT_STEPS, which Cookiecutter renders.
"""

import shutil
from pathlib import Path

REMOVE = "__remove__"
NEXT_STEPS = r"""{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}{#- What differs between tracks, in one place. The shared partials and copier.yml's messages
    import it ({% import "templates/_shared/tracks.jinja" as track with context %}); the
    template's tests and bench/ read the same variables (tests/tracks.py, `facts()`). -#}
{%- set phases = ["database", "auth", "docker", "ci", "typescript_client"] -%}
{%- set enabled = {
    "database": database, "auth": auth, "docker": docker, "ci": ci != "none",
    "typescript_client": typescript_client,
} -%}
{%- set server_command = {
    "fastapi": [
        "gunicorn", "--bind", "0.0.0.0:8000", "--preload", "--no-control-socket",
        "--access-logfile", "-", "--worker-class", "uvicorn_worker.UvicornWorker",
        package_name ~ ".main:app",
    ],
    "flask": [
        "gunicorn", "--bind", "0.0.0.0:8000", "--preload", "--no-control-socket",
        "--limit-request-line", "0", "--access-logfile", "-", package_name ~ ":create_app()",
    ],
    "django": [
        "gunicorn", package_name ~ ".config.wsgi", "--bind", "0.0.0.0:8000",
        "--no-control-socket", "--limit-request-line", "0", "--access-logfile", "-",
    ],
}[framework] -%}
{%- set migrate_command = {
    "fastapi": ["alembic", "upgrade", "head"],
    "flask": ["flask", "--app", package_name, "db", "upgrade"],
    "django": ["django-admin", "migrate", "--noinput"],
}[framework] -%}
{#- The first admin, from ADMIN_PASSWORD when there is no terminal (auth phase). -#}
{%- set create_admin_command = {
    "fastapi": [project_slug, "create-admin", "admin@example.com"],
    "flask": ["flask", "--app", package_name, "create-admin", "admin@example.com"],
    "django": ["django-admin", "create_admin", "admin@example.com"],
}[framework] -%}
{#- Development: the message after copy and the READMEs. -#}
{%- set dev_migrate_command = {
    "fastapi": "uv run alembic upgrade head",
    "flask": "uv run flask --app " ~ package_name ~ " db upgrade",
    "django": "uv run python manage.py migrate",
}[framework] -%}
{%- set dev_create_admin_command = {
    "fastapi": "uv run " ~ project_slug ~ " create-admin admin@example.com",
    "flask": "uv run flask --app " ~ package_name ~ " create-admin admin@example.com",
    "django": "uv run python manage.py create_admin admin@example.com",
}[framework] -%}
{#- The development server and migrations as the TypeScript client's test runs them. -#}
{%- set dev_server_argv = {
    "fastapi": ["-m", "uvicorn", package_name ~ ".main:app", "--port", "{port}"],
    "flask": ["-m", "flask", "--app", package_name, "run", "--port", "{port}"],
    "django": ["manage.py", "runserver", "127.0.0.1:{port}", "--noreload"],
}[framework] -%}
{%- set dev_env = {
    "fastapi": {"ENVIRONMENT": "development"},
    "flask": {"ENVIRONMENT": "development"},
    "django": {"DJANGO_SETTINGS_MODULE": package_name ~ ".config.settings.local"},
}[framework] -%}
{%- set dev_migrate_argv = {
    "fastapi": ["-m", "alembic", "upgrade", "head"],
    "flask": ["-m", "flask", "--app", package_name, "db", "upgrade"],
    "django": ["manage.py", "migrate", "--noinput"],
}[framework] -%}
{%- set dev_server_command = {
    "fastapi": "uv run uvicorn " ~ package_name ~ ".main:app --reload",
    "flask": "uv run flask --app " ~ package_name ~ " run --debug --port 8000",
    "django": "uv run python manage.py runserver",
}[framework] -%}
{#- Release steps after the migrations, before the server starts. -#}
{%- set release_commands = {
    "fastapi": [],
    "flask": [],
    "django": [["django-admin", "collectstatic", "--noinput"]],
}[framework] -%}
{#- Before a phase with migrations is switched off: its migrations reverted (README). -#}
{%- set downgrade = {
    "fastapi": {"auth": "uv run alembic downgrade 0001", "database": "uv run alembic downgrade base"},
    "flask": {
        "auth": "uv run flask --app " ~ package_name ~ " db downgrade 0001",
        "database": "uv run flask --app " ~ package_name ~ " db downgrade base",
    },
    "django": {
        "auth": "uv run python manage.py migrate items 0001 && uv run python manage.py migrate accounts 0001",
        "database": "uv run python manage.py migrate items zero && uv run python manage.py migrate accounts zero",
    },
}[framework] -%}
{%- set phase_downgrades = [] -%}
{%- if auth %}{% set _ = phase_downgrades.append(downgrade.auth ~ "   # before auth=false") %}{% endif -%}
{%- if database %}{% set _ = phase_downgrades.append(downgrade.database ~ "   # before database=false") %}{% endif -%}
{%- set runtime_paths = {
    "fastapi": ["alembic.ini", "migrations"] if database else [],
    "flask": ["migrations"] if database else [],
    "django": [],
}[framework] -%}
{%- set build_command = {
    "fastapi": "",
    "flask": "mkdir -p uploads && chown 10001:10001 uploads" if auth else "",
    "django": "SECRET_KEY=\"$(python -c 'import secrets; print(secrets.token_urlsafe(48))')\" django-admin collectstatic --noinput",
}[framework] -%}
{#- Named volumes of the app container (volume name: path), for data it writes. -#}
{%- set app_volumes = {
    "fastapi": {},
    "flask": {"uploads": "/app/uploads"} if auth else {},
    "django": {},
}[framework] -%}
{#- Environment that selects production settings (image, compose, README). -#}
{%- set production_env = {
    "fastapi": {"ENVIRONMENT": "production"},
    "flask": {"ENVIRONMENT": "production"},
    "django": {"DJANGO_SETTINGS_MODULE": package_name ~ ".config.settings.production"},
}[framework] -%}
{#- Production settings on plain HTTP over loopback (the template's tests, bench): no TLS proxy. -#}
{%- set loopback_env = {
    "fastapi": {},
    "flask": {},
    "django": {"SECURE_SSL_REDIRECT": "false"},
}[framework] -%}
{%- set database_scheme = {
    "fastapi": "postgresql+asyncpg",
    "flask": "postgresql+psycopg",
    "django": "postgresql",
}[framework] -%}
{#- The database phase: the embedded default, and how the tests take PostgreSQL. -#}
{%- set database_default_url = {
    "fastapi": "sqlite+aiosqlite:///./" ~ package_name ~ ".db",
    "flask": "sqlite:///" ~ package_name ~ ".db",
    "django": "sqlite:///" ~ package_name ~ ".db",
}[framework] -%}
{%- set database_test_name = package_name if framework == "django" else package_name ~ "_test" -%}
{%- set database_test_isolation = {
    "fastapi": "the database must exist and its name contain `test` (the suite drops its tables)",
    "flask": "the database must exist and its name contain `test` (the suite drops its tables)",
    "django": "pytest-django creates and drops a `test_` database beside the one named",
}[framework] -%}
{%- set checks = {
    "fastapi": [
        ["Lint", "uv run ruff check ."],
        ["Format", "uv run ruff format --check ."],
        ["Type check", "uv run mypy"],
        ["Test", "uv run pytest"],
    ],
    "flask": [
        ["Lint", "uv run ruff check ."],
        ["Format", "uv run ruff format --check ."],
        ["Type check", "uv run mypy"],
        ["Test", "uv run pytest"],
    ],
    "django": [
        ["Lint", "uv run ruff check ."],
        ["Format", "uv run ruff format --check ."],
        ["Type check", "uv run mypy"],
        ["Migrations are complete", "uv run python manage.py makemigrations --check --dry-run"],
        ["Test", "uv run pytest"],
    ],
}[framework] -%}
{#- What each phase owns (paths in the project): switching the phase off deletes them. -#}
{%- set src = "src/" ~ package_name ~ "/" -%}
{%- set deployment_paths = {
    "docker": ["Dockerfile", "compose.yaml", ".dockerignore"],
    "ci": {"github": [".github/workflows/ci.yml"], "gitlab": [".gitlab-ci.yml"]}.get(ci, []),
    "typescript_client": ["client/", "tests/test_client.py"],
} -%}
{%- set phase_paths = dict(deployment_paths, **{
    "fastapi": {
        "database": [
            "alembic.ini", "migrations/", src ~ "db.py", src ~ "items/models.py",
            "tests/factories.py", "tests/fixtures/database.py", "tests/services.py",
            "tests/test_database.py", "tests/test_migrations.py",
        ],
        "auth": [
            src ~ "auth/", src ~ "cli.py", "tests/fixtures/auth.py", "tests/test_auth.py",
            "tests/test_cli.py", "tests/test_login_throttle.py", "tests/test_permissions.py",
            "tests/test_proxy_headers.py", "tests/test_security.py",
        ],
    },
    "flask": {
        "database": [
            "migrations/", src ~ "database.py", src ~ "db.py", src ~ "items/models.py",
            "tests/factories.py", "tests/fixtures/database.py", "tests/services.py",
            "tests/test_database.py", "tests/test_migrations.py",
        ],
        "auth": [
            src ~ "auth/", src ~ "pages/", src ~ "uploads/", src ~ "templates/", src ~ "static/",
            "tests/fixtures/auth.py", "tests/test_auth.py", "tests/test_cli.py", "tests/test_pages.py",
            "tests/test_permissions.py", "tests/test_proxies.py", "tests/test_security.py",
            "tests/test_uploads.py",
        ],
    },
    "django": {
        "database": [
            src ~ "accounts/", src ~ "items/models.py", src ~ "items/admin.py",
            src ~ "items/filters.py", src ~ "items/migrations/", "tests/factories.py",
            "tests/services.py", "tests/test_admin.py", "tests/test_migrations.py",
        ],
        "auth": [
            src ~ "accounts/forms.py", src ~ "accounts/roles.py", src ~ "accounts/serializers.py",
            src ~ "accounts/throttling.py", src ~ "accounts/tokens.py", src ~ "accounts/urls.py",
            src ~ "accounts/views.py", src ~ "accounts/management/",
            src ~ "accounts/migrations/0002_roles.py",
            src ~ "accounts/migrations/0003_login_failure.py", src ~ "items/permissions.py",
            src ~ "items/migrations/0002_item_owner.py", "tests/test_auth.py",
            "tests/test_create_admin.py", "tests/test_permissions.py", "tests/test_security.py",
        ],
    },
}[framework]) -%}
{%- set owned_paths = {} -%}
{%- for phase in phases if enabled[phase] %}{% set _ = owned_paths.update({phase: phase_paths[phase]}) %}{% endfor -%}

Your backend '{{ project_name }}' is ready in {{ cookiecutter.project_slug }}.

Next steps:

    cd {{ cookiecutter.project_slug }}
    git init && git add -A && git commit -m "Initial commit from Groundwork"
    uv sync
    cp .env.example .env
{%- if database %}
    {{ dev_migrate_command }}
{%- endif %}
{%- if auth %}
    {{ dev_create_admin_command }}
{%- endif %}
    {{ dev_server_command }}
    uv run pytest

Then open http://127.0.0.1:8000/docs. Switch a phase on later with:

    uvx cruft update --variables-to-update '{"PHASE": true}'

"""


def remove_leftovers(project: Path) -> None:
    for path in sorted(project.rglob(f"{REMOVE}*")):
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()


if __name__ == "__main__":
    remove_leftovers(Path.cwd())
    print(NEXT_STEPS)
