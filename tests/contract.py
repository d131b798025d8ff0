"""The API contract: each track's all-on OpenAPI document, exported without a server and
normalised, must equal the others'. `uv run python -m tests.contract DIR...` prints the
differences between generated projects' documents (the first is the reference)."""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# What the comparison ignores besides ordering: words for people, not for clients.
IGNORED = {"title", "description", "summary"}
# Lists whose order carries no meaning.
UNORDERED = {"required", "enum", "tags", "security", "type"}
# Paths one track serves before the phase that brings them to all (the storage phase).
NOT_YET_SHARED = {"/api/v1/uploads", "/api/v1/uploads/{upload_id}"}

EXPORT = {
    "fastapi": [
        "python",
        "-c",
        "import json, sys; from {package}.main import create_app; "
        "json.dump(create_app().openapi(), sys.stdout)",
    ],
    "flask": ["flask", "--app", "{package}", "spec", "--quiet", "--output", "{output}"],
    "django": [
        *("python", "manage.py", "spectacular", "--format", "openapi-json"),
        *("--file", "{output}"),
    ],
}


def export(project: Path, framework: str, package: str, env: dict[str, str]) -> dict[str, Any]:
    """The project's OpenAPI document, from its own virtual environment (no server)."""
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "openapi.json"
        command = [part.format(package=package, output=output) for part in EXPORT[framework]]
        command[0] = str(project / ".venv" / "bin" / command[0])
        result = subprocess.run(
            command, cwd=project, env=env, capture_output=True, text=True, check=True
        )
        return json.loads(output.read_text() if output.exists() else result.stdout)


def shared(document: dict[str, Any]) -> dict[str, Any]:
    """The document without the paths one track serves alone, and without the schemas only
    those used."""
    paths = {path: ops for path, ops in document["paths"].items() if path not in NOT_YET_SHARED}
    schemas = document.get("components", {}).get("schemas", {})
    used: set[str] = set()
    pending = [paths]
    while pending:
        for ref in re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(pending.pop())):
            if ref not in used:
                used.add(ref)
                pending.append(schemas.get(ref, {}))
    components = dict(document.get("components", {}))
    components["schemas"] = {name: schemas[name] for name in schemas if name in used}
    return {**document, "paths": paths, "components": components}


def normalise(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        return {
            name: normalise(value, name)
            for name, value in sorted(node.items())
            if name not in IGNORED
        }
    if isinstance(node, list):
        items = [normalise(item) for item in node]
        if key in UNORDERED:
            return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        if key == "parameters":
            return sorted(items, key=lambda item: (item.get("in", ""), item.get("name", "")))
        return items
    return node


def difference(reference: dict[str, Any], other: dict[str, Any], names: tuple[str, str]) -> str:
    """A unified diff of the two normalised documents; empty when they agree."""
    lines = [
        json.dumps(normalise(shared(document)), indent=1, sort_keys=True).splitlines()
        for document in (reference, other)
    ]
    return "\n".join(difflib.unified_diff(*lines, *names, lineterm="", n=4))


if __name__ == "__main__":
    from tests.helpers import tool_env

    projects = [Path(arg).resolve() for arg in sys.argv[1:]]
    documents = {}
    for project in projects:
        answers = (project / ".copier-answers.yml").read_text()
        framework = next(
            line.split(": ")[1] for line in answers.splitlines() if line.startswith("framework:")
        )
        package = next(
            line.split(": ")[1] for line in answers.splitlines() if line.startswith("package_name:")
        )
        env = tool_env(DJANGO_SETTINGS_MODULE=f"{package}.config.settings.local")
        documents[framework] = export(project, framework, package, env)
    (first, reference), *others = documents.items()
    for name, document in others:
        print(difference(reference, document, (first, name)) or f"{first} == {name}")
