"""What the template's tests need to know about each framework track, in one place.

The facts the generated projects are built from (commands, production environment, database
scheme, what each phase owns) come from `templates/_shared/tracks.jinja`, rendered here with
Jinja as Copier renders it; only what the tests add on top (the combinations they install,
the lines they edit, the words a phase that is off must not leave) is written below. Every tier
is parametrised over `TRACKS`; a new track adds one entry here (and its choice in copier.yml).
"""

from __future__ import annotations

import secrets
import shlex
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "groundwork_service"
SLUG = "groundwork-service"
ALL_ON: dict[str, Any] = {
    "database": True,
    "auth": True,
    "docker": True,
    "ci": "github",
    "typescript_client": True,
}
ALL_OFF: dict[str, Any] = {
    "database": False,
    "auth": False,
    "docker": False,
    "ci": "none",
    "typescript_client": False,
}
# Valid answers that break a file which pastes them in unescaped: quotes, backslashes, unicode,
# Jinja's own delimiters. The generated tier's all-on projects take them.
HOSTILE: dict[str, Any] = {
    "project_name": """Café "Ünïcode" \\ {{ x }} {% raw %} O'Brien""",
    "description": """Says "hi" \\o/ {# not a comment #} ✓""",
    "author_name": """Zoë "Z" O'Brien \\""",
    "project_slug": SLUG,
    "package_name": PACKAGE,
}
# Copier's settings: no autoescape (the output is code, not HTML), undefined names are errors.
_JINJA = jinja2.Environment(
    loader=jinja2.FileSystemLoader(ROOT),
    undefined=jinja2.StrictUndefined,
    autoescape=False,  # noqa: S701
)


@cache
def _module(name: str, framework: str, answers: tuple[tuple[str, Any], ...]) -> Any:
    context = {"framework": framework, "package_name": PACKAGE, "project_slug": SLUG, **ALL_ON}
    return _JINJA.get_template(f"templates/_shared/{name}.jinja").make_module(
        context | dict(answers)
    )


def facts(framework: str, **answers: Any) -> Any:
    """The variables of `templates/_shared/tracks.jinja` for a track (all phases on unless
    `answers` say otherwise): `facts("flask").migrate_command`, `.production_env`, ..."""
    return _module("tracks", framework, tuple(sorted(answers.items())))


def services(framework: str = "fastapi", **answers: Any) -> dict[str, dict[str, Any]]:
    """The service declarations of `templates/_shared/services.jinja`, by name."""
    return dict(_module("services", framework, tuple(sorted(answers.items()))).catalogue)


@dataclass(frozen=True)
class Track:
    name: str
    # Libraries each phase brings: no word of them may remain in *.py or pyproject.toml when off.
    phase_words: dict[str, list[str]]
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
    # Checks the generated tier runs besides the project's CI checks, and their environment.
    extra_checks: list[list[str]] = field(default_factory=list)
    check_env: dict[str, str] = field(default_factory=dict)
    # Where the production server publishes its OpenAPI document.
    openapi_path: str = "/openapi.json"
    # Globs (relative to the project) of the project's own Jinja templates, e.g. HTML pages:
    # Jinja syntax is expected there.
    project_templates: tuple[str, ...] = ()

    @property
    def facts(self) -> Any:
        return facts(self.name)

    @property
    def phase_paths(self) -> dict[str, list[str]]:
        """Paths (relative to the project) each phase owns: none may exist when it is off."""
        owned: dict[str, list[str]] = self.facts.phase_paths
        return {phase: paths for phase, paths in owned.items() if phase != "ci"}

    @property
    def checks(self) -> list[list[str]]:
        """The project's static checks, as its CI runs them (`uv run` left to the caller)."""
        commands = [shlex.split(command) for name, command in self.facts.checks if name != "Test"]
        return [command[2:] for command in commands] + self.extra_checks

    @property
    def database_scheme(self) -> str:
        return str(self.facts.database_scheme)

    @property
    def production_env(self) -> dict[str, str]:
        """Production settings on plain HTTP over loopback (SECRET_KEY, DATABASE_URL on top)."""
        return {**self.facts.production_env, **self.facts.loopback_env}

    # Release steps and the production server, as commands of the installed runtime's bin/.
    @property
    def migrate(self) -> list[str]:
        return list(self.facts.migrate_command)

    @property
    def release(self) -> list[list[str]]:
        return [list(step) for step in self.facts.release_commands]

    @property
    def create_admin(self) -> list[str]:
        """The first admin (auth phase), admin@example.com; the password from ADMIN_PASSWORD."""
        return list(self.facts.create_admin_command)

    def serve(self, port: int, *, access_log: bool = True) -> list[str]:
        """The production server on a loopback port; WEB_CONCURRENCY sets its workers."""
        command = [
            f"127.0.0.1:{port}" if part == "0.0.0.0:8000" else part
            for part in self.facts.server_command
        ]
        if not access_log:
            at = command.index("--access-logfile")
            del command[at : at + 2]
        return command

    @property
    def next_steps(self) -> list[str]:
        """What `_message_after_copy` prints for the all-on defaults."""
        facts = self.facts
        return [
            "uv sync",
            "cp .env.example .env",
            facts.dev_migrate_command,
            facts.dev_create_admin_command,
            facts.dev_server_command,
        ]


FASTAPI = Track(
    name="fastapi",
    phase_words={
        "database": ["sqlalchemy", "alembic", "asyncpg", "aiosqlite"],
        "auth": ["jwt", "argon2", "login_failures", "oauth2"],
        "typescript_client": ["npm"],
    },
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
)

FLASK = Track(
    name="flask",
    phase_words={
        "database": ["sqlalchemy", "flask_sqlalchemy", "flask_migrate", "alembic", "psycopg"],
        "auth": ["jwt", "argon2", "login_failures", "flask_wtf", "csrf"],
        "typescript_client": ["npm"],
    },
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
    project_templates=(f"src/{PACKAGE}/templates/*.html",),
)

DJANGO = Track(
    name="django",
    phase_words={
        "database": ["dj_database_url", "psycopg", "admin", "sessions"],
        "auth": ["simplejwt", "jwt", "argon2", "login_failures", "bearer"],
        "typescript_client": ["npm"],
    },
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
    # Production settings pass Django's deployment checklist.
    extra_checks=[["python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"]],
    check_env={
        "DJANGO_SETTINGS_MODULE": f"{PACKAGE}.config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
    },
)

TRACKS: dict[str, Track] = {track.name: track for track in (FASTAPI, FLASK, DJANGO)}
