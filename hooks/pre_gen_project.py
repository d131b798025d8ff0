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
VALIDATORS: dict[str, str] = json.loads(r"""{# validators #}""")


def regex_search(value: str, pattern: str) -> str | None:
    """Copier's `regex_search` filter, as the validators use it."""
    match = re.search(pattern, value)
    return match.group() if match else None


def first_error(answers: dict[str, object]) -> str | None:
    environment = Environment(autoescape=False)  # noqa: S701 - messages for a terminal
    environment.filters["regex_search"] = regex_search
    for question, validator in VALIDATORS.items():
        error = environment.from_string(validator).render(answers).strip()
        if error:
            return f"Validation error for question '{question}': {error}"
    return None


if __name__ == "__main__":
    if error := first_error(ANSWERS):
        print(error, file=sys.stderr)
        sys.exit(1)
