"""Cookiecutter post-generation hook: delete what the phases that are off left behind, then
print the next steps.

A folder whose Copier name renders empty (a phase that is off) is exported with a fallback name
starting with REMOVE; Copier would not have created it. tools/export_cookiecutter.py writes
copier.yml's `_message_after_copy` into NEXT_STEPS, which Cookiecutter renders.
"""

import shutil
from pathlib import Path

REMOVE = "__remove__"
NEXT_STEPS = r"""{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{#- Per-track commands: a new track adds its entry to each dict. #}
{%- set migrate = {
    "fastapi": "uv run alembic upgrade head",
    "flask": "uv run flask --app " ~ package_name ~ " db upgrade",
    "django": "uv run python manage.py migrate",
}[framework] %}
{%- set create_admin = {
    "fastapi": "uv run " ~ project_slug ~ " create-admin admin@example.com",
    "flask": "uv run flask --app " ~ package_name ~ " create-admin admin@example.com",
    "django": "uv run python manage.py create_admin admin@example.com",
}[framework] %}
{%- set serve = {
    "fastapi": "uv run uvicorn " ~ package_name ~ ".main:app --reload",
    "flask": "uv run flask --app " ~ package_name ~ " run --debug --port 8000",
    "django": "uv run python manage.py runserver",
}[framework] %}
Your backend '{{ project_name }}' is ready in {{ cookiecutter.project_slug }}.

Next steps:

    cd {{ cookiecutter.project_slug }}
    git init && git add -A && git commit -m "Initial commit from Groundwork"
    uv sync
    cp .env.example .env
{%- if database %}
    {{ migrate }}
{%- endif %}
{%- if auth %}
    {{ create_admin }}
{%- endif %}
    {{ serve }}
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
