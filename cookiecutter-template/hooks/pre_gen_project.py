"""Cookiecutter pre-generation hook: copier.yml's answer checks, with copier.yml's messages.

tools/export_cookiecutter.py writes copier.yml's validators into VALIDATORS; Cookiecutter fills
ANSWERS when it renders this file. Each validator is the Jinja template Copier renders: a
non-empty result is the error, and the first one stops the generation, as in Copier.
"""

import json
import re
import sys

from jinja2 import Environment

ANSWERS = json.loads(r"""{{ cookiecutter | jsonify }}""")
VALIDATORS: dict[str, str] = json.loads(r"""{% raw %}{
  "project_name": "{% if not project_name.strip() %}The project name cannot be empty.{% endif %}",
  "project_slug": "{% if not (project_slug | regex_search('^[a-z][a-z0-9]*(-[a-z0-9]+)*$')) %} Invalid slug '{{ project_slug }}': use lowercase letters, digits and single dashes, starting with a letter (for example 'orders-api'). {% endif %}",
  "package_name": "{% if not (package_name | regex_search('^[a-z][a-z0-9_]*$')) %} Invalid package name '{{ package_name }}': use lowercase letters, digits and underscores, starting with a letter. {% elif package_name in ['test', 'tests', 'app', 'migrations', 'alembic', 'fastapi', 'flask', 'django', 'sqlalchemy', 'pydantic', 'typing', 'json', 'logging', 'asyncio'] %} Package name '{{ package_name }}' shadows a module the project imports; pick another. {% endif %}",
  "author_email": "{% if '@' not in author_email %}'{{ author_email }}' is not an email address.{% endif %}",
  "framework": "{% if _external_data.previous.framework | default(framework) != framework %} This project was generated with framework '{{ _external_data.previous.framework }}'. Switching tracks on an existing project is not supported: generate a new project instead. {% endif %}",
  "auth": "{% if auth and not database %} The auth phase stores users and refresh tokens, so it needs the database phase: answer database=true, or auth=false. {% endif %}"
}{% endraw %}""")


def regex_search(value: str, pattern: str) -> str | None:
    """Copier's `regex_search` filter, as the validators use it."""
    match = re.search(pattern, value)
    return match.group() if match else None


def first_error(answers: dict[str, object]) -> str | None:
    environment = Environment(autoescape=False)  # noqa: S701 - messages for a terminal
    environment.filters["regex_search"] = regex_search
    # A Cookiecutter project is always new: no previous answers to compare with.
    context = {**answers, "_external_data": {"previous": {}}}
    for question, validator in VALIDATORS.items():
        error = environment.from_string(validator).render(context).strip()
        if error:
            return f"Validation error for question '{question}': {error}"
    return None


if __name__ == "__main__":
    if error := first_error(ANSWERS):
        print(error, file=sys.stderr)
        sys.exit(1)
