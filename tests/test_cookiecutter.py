"""Cookiecutter export: the committed export is current, and Cookiecutter generates exactly what
Copier generates from the same answers, refusing bad answers with Copier's messages."""

from __future__ import annotations

import re
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytest_cookies.plugin import Cookies

from tests.helpers import (
    BAD_ANSWERS,
    all_combinations,
    combo_id,
    commit_all,
    git,
    render,
    run,
    tool_env,
)
from tools.export_cookiecutter import DESTINATION, export

COMBINATIONS = all_combinations()


def files_with_modes(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(root)): (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(tmp_path_factory.mktemp("export") / "cookiecutter-template")


def test_the_committed_export_is_current(exported: Path) -> None:
    committed = files_with_modes(DESTINATION)
    fresh = files_with_modes(exported)

    assert sorted(committed) == sorted(fresh), "run: uv run python tools/export_cookiecutter.py"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"stale export ({stale[:5]}): run uv run python tools/export_cookiecutter.py"


@pytest.mark.parametrize("combo", COMBINATIONS, ids=combo_id)
def test_cookiecutter_generates_what_copier_generates(
    cookies: Cookies, template_repo: Path, exported: Path, tmp_path: Path, combo: dict[str, Any]
) -> None:
    result = cookies.bake(extra_context=combo, template=str(exported))
    assert result.exception is None, result.exception

    copied = render(tmp_path / "copier", src=template_repo, **combo)
    expected = files_with_modes(copied)
    expected.pop(".copier-answers.yml")
    baked = files_with_modes(result.project_path)
    assert sorted(baked) == sorted(expected)
    assert [name for name in baked if baked[name] != expected[name]] == []


def test_cookiecutter_prints_the_next_steps(
    cookies: Cookies, exported: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    result = cookies.bake(template=str(exported))

    assert result.exception is None, result.exception
    out = capfd.readouterr().out
    assert "cd groundwork-service" in out
    assert "uv run alembic upgrade head" in out


@pytest.mark.parametrize(("answers", "message"), BAD_ANSWERS)
def test_bad_answers_fail_with_copiers_message(
    cookies: Cookies,
    template_repo: Path,
    exported: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    answers: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as copier_error:
        render(tmp_path / "bad", src=template_repo, **answers)

    result = cookies.bake(extra_context=answers, template=str(exported))

    assert result.exit_code != 0
    assert str(copier_error.value).strip() in capfd.readouterr().err


def test_cookiecutter_runs_straight_from_the_repository(
    template_repo: Path, tmp_path: Path
) -> None:
    """The README's command: a git URL and the exported folder, no export step."""
    config = tmp_path / "config.yaml"
    config.write_text(
        f"cookiecutters_dir: {tmp_path / 'clones'}\nreplay_dir: {tmp_path / 'replay'}\n"
    )
    command = ("cookiecutter", "--no-input", "--config-file", config, "-o", tmp_path / "out")
    run(
        *command,
        f"git+file://{template_repo}",
        "--directory",
        "cookiecutter-template",
        "database=false",
        "auth=false",
        cwd=tmp_path,
    )

    project = tmp_path / "out/groundwork-service"
    assert (project / "src/groundwork_service/main.py").is_file()
    assert not (project / "migrations").exists()
    assert not list(project.rglob("__remove__*"))


def test_cruft_creates_checks_and_updates_a_project_keeping_its_edits(
    template_repo: Path, tmp_path: Path
) -> None:
    """The README's Cookiecutter path: cruft records the template's version, so a project made
    from the export takes in a later release and keeps the user's edit."""
    clone = tmp_path / "groundwork"
    git("clone", "-q", str(template_repo), str(clone), cwd=tmp_path)
    env = tool_env(HOME=str(tmp_path / "home"))
    created = run(
        *("cruft", "create", f"file://{clone}", "--directory", "cookiecutter-template"),
        *("--no-input", "--extra-context", '{"framework": "flask"}'),
        cwd=tmp_path,
        env=env,
    )
    assert "uvx cruft update" in created.stdout
    project = tmp_path / "groundwork-service"
    schemas = project / "src/groundwork_service/items/schemas.py"
    git("init", "-q", "-b", "main", cwd=project)
    commit_all(project, "Initial commit")
    schemas.write_text(schemas.read_text().replace("Length(max=2000)", "Length(max=5000)"))
    commit_all(project, "A user's edit")
    [health] = [
        path
        for path in (clone / "cookiecutter-template").rglob("health.py")
        if "'flask'" in str(path)
    ]
    health.write_text(health.read_text().replace("serving requests", "answering requests"))
    commit_all(clone, "A template release")

    check = subprocess.run(["cruft", "check"], cwd=project, env=env, capture_output=True, text=True)
    run("cruft", "update", "-y", cwd=project, env=env)

    assert check.returncode == 1, check.stdout
    assert "answering requests" in (project / "src/groundwork_service/health.py").read_text()
    assert "Length(max=5000)" in schemas.read_text()
    run("cruft", "check", cwd=project, env=env)
