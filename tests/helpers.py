"""Shared helpers: render the template, run tools, compare trees."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from copier import run_copy
from uv import find_uv_bin

from tests.tracks import TRACKS

ROOT = Path(__file__).resolve().parent.parent
UV = find_uv_bin()


def valid(answers: dict[str, Any]) -> bool:
    """auth needs database, the TypeScript client needs auth."""
    return (answers["database"] or not answers["auth"]) and (
        answers["auth"] or not answers.get("typescript_client")
    )


def all_combinations() -> list[dict[str, Any]]:
    """Every valid combination of the phase toggles on every track; the TypeScript client
    (which changes only client/, its test and the CI files) with each CI and Docker."""
    names = ("framework", "database", "auth", "docker", "ci", "typescript_client")
    combos = [
        dict(zip(names, values, strict=True))
        for values in itertools.product(
            TRACKS, *[(True, False)] * 3, ("github", "gitlab", "none"), (True, False)
        )
    ]
    return [
        combo
        for combo in combos
        if valid(combo) and not (combo["typescript_client"] and not combo["docker"])
    ]


def combo_id(answers: dict[str, Any]) -> str:
    on = [name for name in ("database", "auth", "docker", "typescript_client") if answers.get(name)]
    parts = [answers.get("framework", "fastapi"), *on, f"ci_{answers.get('ci', 'github')}"]
    return "-".join(parts)


# Answers copier.yml refuses, and the message each gets.
BAD_ANSWERS = [
    ({"project_slug": "Bad Slug"}, "Invalid slug 'Bad Slug'"),
    ({"project_slug": "-api"}, "Invalid slug '-api'"),
    ({"package_name": "9lives"}, "Invalid package name '9lives'"),
    ({"package_name": "fastapi"}, "shadows a module"),
    ({"package_name": "class"}, "is a Python keyword"),
    ({"package_name": "email"}, "shadows a module"),
    ({"package_name": "rest_framework"}, "shadows a module"),
    ({"package_name": "starlette"}, "shadows a module"),
    ({"author_email": "nobody"}, "is not an email address"),
    ({"author_email": "foo@"}, "is not an email address"),
    ({"author_email": 'a"b@x.org'}, "is not an email address"),
    ({"project_name": "Two\nlines"}, "must be one line"),
    ({"database": False, "auth": True}, "needs the database phase"),
]


def render(dst: Path, src: Path = ROOT, vcs_ref: str | None = None, **answers: Any) -> Path:
    """Generate a project the way a user does, without --trust."""
    run_copy(
        str(src),
        dst,
        data=answers,
        defaults=True,
        unsafe=False,
        quiet=True,
        vcs_ref=vcs_ref,
    )
    return dst


def tool_env(**extra: str) -> dict[str, str]:
    """Environment for uv and the generated project's tools: no uv-managed Python downloads,
    no variables leaking from the template's own virtual environment."""
    # PYENV_VERSION/PYENV_DIR leak from a pyenv shim that started us and would pin every
    # python shim to that version, whatever the project's .python-version says.
    leaked = {"VIRTUAL_ENV", "PYTHONPATH", "PYENV_VERSION", "PYENV_DIR"}
    env = {k: v for k, v in os.environ.items() if k not in leaked}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    # The real uv binary first, so that pyenv shims cannot hide it in projects
    # that pin another Python with .python-version.
    env["PATH"] = f"{Path(UV).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def run(
    *command: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure raise with its output, so the test report shows why."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env or tool_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, command))} failed in {cwd} ({result.returncode}):\n"
            f"{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
        )
    return result


def tree(root: Path, ignore: tuple[str, ...] = (".git",)) -> dict[str, bytes]:
    """Every file under root, by relative path, with its content."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not any(part in ignore for part in path.relative_to(root).parts)
    }


def git(*args: str, cwd: Path) -> str:
    env = tool_env(
        GIT_AUTHOR_NAME="Groundwork Tests",
        GIT_AUTHOR_EMAIL="tests@example.com",
        GIT_COMMITTER_NAME="Groundwork Tests",
        GIT_COMMITTER_EMAIL="tests@example.com",
    )
    return run("git", *args, cwd=cwd, env=env).stdout


def commit_all(cwd: Path, message: str) -> None:
    git("add", "-A", cwd=cwd)
    git("commit", "-q", "--no-verify", "-m", message, cwd=cwd)


def snapshot_template(dst: Path) -> Path:
    """A git repository holding the template as it is in the working tree now."""
    files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT)
    for name in filter(None, files.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = dst / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git("init", "-q", "-b", "main", cwd=dst)
    commit_all(dst, "template")
    return dst


def bash_block(markdown: str, after: str) -> str:
    """The first ```bash block after the words `after`."""
    block = re.search(re.escape(after) + r".*?```bash\n(.+?)\n```", markdown, re.DOTALL)
    assert block is not None, after
    return block[1]
