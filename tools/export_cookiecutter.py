"""Export the Copier template as a Cookiecutter template (copier.yml stays the source of truth).

    uv run python tools/export_cookiecutter.py [DESTINATION]

writes `cookiecutter-template/` (or DESTINATION), which is committed so that
`cookiecutter <repository> --directory cookiecutter-template` works without an export step.

How Copier's features map onto Cookiecutter's:
- questions -> `cookiecutter.json` (booleans stay booleans, choices become lists with the default
  first, computed defaults are rewritten to `cookiecutter.<name>`), help texts -> `__prompts__`;
- validators -> `hooks/pre_gen_project.py`, messages -> `hooks/post_gen_project.py`, both from the
  top-level `hooks/` folder;
- every track's files go under one `{{cookiecutter.project_slug}}/` folder, each top-level entry
  named for its track; a rendered file starts with a one-line prelude that binds Copier's answer
  names (`database`, `package_name`, ...) to Cookiecutter's context, so its body is unchanged;
- conditional names: a file whose name renders empty is skipped by Cookiecutter itself; a folder
  whose name renders empty renders to a unique `__remove__` name instead, which the post-generation
  hook deletes with everything in it;
- files without the `.jinja` suffix are copied verbatim (`_copy_without_render`);
- shared partials go to `templates/_shared/`, where Cookiecutter's loader finds them as `_shared/`.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import stat
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DESTINATION = ROOT / "cookiecutter-template"
PROJECT_DIR = "{{cookiecutter.project_slug}}"
SUFFIX = ".jinja"
SHARED = "templates/_shared/"
REMOVE = "__remove__"
# Copier's own default exclusions, plus the answers file (Cookiecutter keeps no answers file).
DEFAULT_EXCLUDE = ["copier.yml", "~*", "*.py[co]", "__pycache__", ".git", ".DS_Store", ".svn"]
ANSWERS_FILE = "{{_copier_conf.answers_file}}"
SUPPORTED_KEYS = {"type", "help", "default", "choices", "validator"}
JINJA_TAG = re.compile(r"({{.*?}}|{%.*?%})", re.DOTALL)


GENERATED_NOTICE = """\
# Generated: do not edit by hand

This folder is written by `tools/export_cookiecutter.py` from `copier.yml` and `templates/`,
which are the template's source: change those, then run
`uv run python tools/export_cookiecutter.py` (a test fails while this folder is stale).
"""


def load_copier_config() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Settings (keys starting with `_`) and questions of copier.yml."""
    config = yaml.safe_load((ROOT / "copier.yml").read_text())
    settings = {key: value for key, value in config.items() if key.startswith("_")}
    questions = {key: value for key, value in config.items() if not key.startswith("_")}
    for name, question in questions.items():
        unsupported = set(question) - SUPPORTED_KEYS
        if unsupported:
            raise SystemExit(
                f"copier.yml: question {name!r} uses {sorted(unsupported)}, "
                "which the Cookiecutter export does not translate yet"
            )
    return settings, questions


def to_cookiecutter(text: str, names: list[str]) -> str:
    """Rewrite the answer names used inside Jinja tags as `cookiecutter.<name>`."""
    pattern = re.compile(rf"(?<![\w.'\"])({'|'.join(map(re.escape, names))})(?![\w'\"])")
    return JINJA_TAG.sub(lambda tag: pattern.sub(r"cookiecutter.\1", tag.group(0)), text)


def cookiecutter_context(questions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """cookiecutter.json's questions, defaults and prompts."""
    names = list(questions)
    context: dict[str, Any] = {}
    prompts: dict[str, Any] = {}
    for name, question in questions.items():
        default = question.get("default")
        if question.get("type") == "bool":
            # Cookiecutter's yes/no questions need a literal default; a computed one (auth's
            # "same as database") becomes "yes", and the pre-generation hook explains a clash.
            default = default if isinstance(default, bool) else True
        elif isinstance(default, str):
            default = to_cookiecutter(default, names)
        choices = question.get("choices")
        if choices:
            labels = choices if isinstance(choices, dict) else {value: value for value in choices}
            values = [value for value in labels.values() if value != default]
            context[name] = [default, *values]
            prompts[name] = {"__prompt__": question.get("help", name)} | {
                value: label for label, value in labels.items()
            }
        else:
            context[name] = default
            prompts[name] = question.get("help", name)
    context["__prompts__"] = prompts
    return context


SHARED_IMPORT = re.compile(
    r'{%-? from "(templates/_shared/[^"]+)" import [\w, ]+?(?: with context)? -?%}'
)
COPIER_ONLY = re.compile(r"{%- if not _copier_conf\.vcs_ref_hash %}.*?{%- endif %}", re.DOTALL)


def inline_imports(template: str) -> str:
    """A validator or message with its shared partials pasted in (Cookiecutter renders hooks
    without a loader)."""
    return SHARED_IMPORT.sub(lambda match: (ROOT / match[1]).read_text(), template)


def cookiecutter_message(message: str) -> str:
    """`_message_after_copy` for a Cookiecutter project: updates go through cruft, and what
    only Copier knows (the destination, whether git read the template) is left out."""
    message = inline_imports(COPIER_ONLY.sub("", message))
    message = message.replace("{{ _copier_conf.dst_path }}", "{{ cookiecutter.project_slug }}")
    return message.replace(
        "uvx copier update --vcs-ref=:current: --data PHASE=true --defaults",
        """uvx cruft update --variables-to-update '{"PHASE": true}'""",
    )


def prelude(names: list[str]) -> str:
    """One line, no output: Copier's answer names bound to Cookiecutter's context."""
    return "".join(f"{{% set {name} = cookiecutter.{name} %}}" for name in names)


def tracked_files(folder: str) -> list[str]:
    """Files of `folder` as git sees them in the working tree (ignored files left out)."""
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", folder],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted(name for name in listing.split("\0") if name and (ROOT / name).is_file())


def excluded(relative: str, patterns: list[str]) -> bool:
    parts = relative.split("/")
    return any(fnmatch(part, pattern) for part in parts for pattern in patterns) or any(
        fnmatch(relative, pattern) for pattern in patterns
    )


def fallback_name(source: str, name: str) -> str:
    """A name that never renders empty (the post-generation hook deletes the fallback)."""
    unique = hashlib.sha256(source.encode()).hexdigest()[:10]
    return f"{{% filter default('{REMOVE}{unique}', true) %}}{name}{{% endfilter %}}"


def export_name(track: str, relative: str, names: list[str], *, verbatim: bool) -> str:
    """The exported path of a track file: its top-level entry named for the track, `.jinja`
    dropped, answer names rewritten."""
    parts = relative.split("/")
    parts[-1] = parts[-1].removesuffix(SUFFIX)
    parts = [to_cookiecutter(part, names) for part in parts]
    parts[0] = f"{{% if cookiecutter.framework == '{track}' %}}{parts[0]}{{% endif %}}"
    # Cookiecutter skips a rendered file whose name is empty, but not a folder or a verbatim
    # file: those get a name that cannot render empty.
    fallbacks = len(parts) if verbatim else len(parts) - 1
    source = track
    for index, original in enumerate(relative.split("/")[:fallbacks]):
        source += "/" + original
        if "{" in parts[index]:
            parts[index] = fallback_name(source, parts[index])
    return "/".join(parts)


def copy_mode(source: Path, target: Path) -> None:
    target.chmod(stat.S_IMODE(source.stat().st_mode))


def export(destination: Path = DESTINATION) -> Path:
    settings, questions = load_copier_config()
    names = list(questions)
    subdirectory = settings["_subdirectory"]
    if subdirectory != "templates/{{ framework }}":
        raise SystemExit(f"unexpected _subdirectory {subdirectory!r}")
    patterns = DEFAULT_EXCLUDE + list(settings.get("_exclude", []))
    tracks = sorted(set(questions["framework"]["choices"].values()))
    if destination.exists():
        shutil.rmtree(destination)
    (destination / PROJECT_DIR).mkdir(parents=True)
    (destination / "README.md").write_text(GENERATED_NOTICE)
    verbatim: list[str] = []
    prefix = prelude(names)
    for track in tracks:
        for name in tracked_files(f"templates/{track}"):
            relative = name.removeprefix(f"templates/{track}/")
            if relative.startswith(ANSWERS_FILE) or excluded(relative, patterns):
                continue
            source = ROOT / name
            exported = export_name(track, relative, names, verbatim=not name.endswith(SUFFIX))
            target = destination / PROJECT_DIR / exported
            target.parent.mkdir(parents=True, exist_ok=True)
            if relative.endswith(SUFFIX):
                body = source.read_text().replace(f'"{SHARED}', '"_shared/')
                target.write_text(prefix + body)
            else:
                shutil.copyfile(source, target)
                verbatim.append(exported)
            copy_mode(source, target)
    for name in tracked_files(SHARED):
        source = ROOT / name
        target = destination / "templates" / name.removeprefix("templates/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text().replace(f'"{SHARED}', '"_shared/'))
        copy_mode(source, target)
    context = cookiecutter_context(questions)
    context["_copy_without_render"] = sorted(verbatim)
    (destination / "cookiecutter.json").write_text(
        json.dumps(context, indent=2, ensure_ascii=False) + "\n"
    )
    hooks = destination / "hooks"
    hooks.mkdir()
    message = cookiecutter_message(settings["_message_after_copy"])
    validators = {
        name: inline_imports(question["validator"])
        for name, question in questions.items()
        if "validator" in question
    }
    fills = {
        # Cookiecutter renders hooks: the validators must reach Python as they are.
        "{# validators #}": "{% raw %}" + json.dumps(validators, indent=2) + "{% endraw %}",
        "{# _message_after_copy #}": prefix + message,
    }
    for hook in sorted((ROOT / "hooks").glob("*.py")):
        text = hook.read_text()
        for placeholder, value in fills.items():
            text = text.replace(placeholder, value)
        (hooks / hook.name).write_text(text)
        copy_mode(hook, hooks / hook.name)
    return destination


if __name__ == "__main__":
    print(export(Path(sys.argv[1]) if len(sys.argv) > 1 else DESTINATION))
