"""Fast tier: every combination of phases renders a clean, lint-clean project."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import (
    BAD_ANSWERS,
    ROOT,
    UV,
    all_combinations,
    bash_block,
    combo_id,
    commit_all,
    git,
    render,
    run,
    tool_env,
)
from tests.tracks import ALL_OFF, ALL_ON, PACKAGE, TRACKS, facts

COMBINATIONS = all_combinations()
ENDS = [{**ends, "framework": name} for name in TRACKS for ends in (ALL_ON, ALL_OFF)]
CI_FILES = {"github": ".github/workflows/ci.yml", "gitlab": ".gitlab-ci.yml"}


@pytest.fixture(scope="module")
def projects(template_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("render")
    return {
        combo_id(combo): render(root / combo_id(combo), src=template_repo, **combo)
        for combo in COMBINATIONS
    }


def files_of(project: Path) -> list[Path]:
    return [path for path in project.rglob("*") if path.is_file() and ".git" not in path.parts]


def test_the_matrix_covers_all_on_and_all_off_on_every_track() -> None:
    for ends in ENDS:
        assert ends in COMBINATIONS
    for name in TRACKS:
        for phase in ("database", "auth", "docker", "typescript_client"):
            states = {combo[phase] for combo in COMBINATIONS if combo["framework"] == name}
            assert states == {True, False}


@pytest.mark.parametrize("combo", COMBINATIONS, ids=combo_id)
def test_no_template_residue(projects: dict[str, Path], combo: dict[str, Any]) -> None:
    project = projects[combo_id(combo)]
    own_templates = TRACKS[combo["framework"]].project_templates
    for path in files_of(project):
        relative = path.relative_to(project)
        assert not path.name.endswith(".jinja"), relative
        text = path.read_text()
        if not any(relative.match(pattern) for pattern in own_templates):
            assert not re.search(r"\{\{|\{%|\{#|%\}", text), f"Jinja syntax left in {relative}"
        if relative.name not in {".copier-answers.yml", "README.md"}:
            assert "copier" not in text.lower(), f"'copier' mentioned in {relative}"


@pytest.mark.parametrize("combo", COMBINATIONS, ids=combo_id)
def test_phases_that_are_off_leave_nothing_behind(
    projects: dict[str, Path], combo: dict[str, Any]
) -> None:
    project = projects[combo_id(combo)]
    track = TRACKS[combo["framework"]]
    for phase, paths in track.phase_paths.items():
        for relative in paths:
            assert (project / relative).exists() == combo[phase], relative
    for phase, words in track.phase_words.items():
        if combo[phase]:
            continue
        for path in [*project.rglob("*.py"), project / "pyproject.toml"]:
            text = path.read_text().lower()
            for word in words:
                assert not re.search(rf"\b{word}\b", text), f"{word} in {path} with {phase} off"
    for ci, relative in CI_FILES.items():
        assert (project / relative).exists() == (combo["ci"] == ci), relative


def wiring_files() -> set[str]:
    """The paths ARCHITECTURE.md lists under "Wiring files" (relative to templates/, with
    conditional names and the .jinja suffix left out)."""
    text = (ROOT / "ARCHITECTURE.md").read_text()
    section = text.split("\n## Wiring files\n", 1)[1].split("\n## ", 1)[0]
    listing = section[section.index("\n- ") :]  # the list, after the paragraph about it
    return set(re.findall(r"`([\w{}/.-]+)`", listing))


def phases_used(source: str, phases: set[str]) -> set[str]:
    """The phase variables a template's Jinja tags read (not strings, not attributes)."""
    used: set[str] = set()
    for tag in re.finditer(r"\{[%{](.*?)[%}]\}", source, re.DOTALL):
        code = re.sub(r"\"[^\"]*\"|'[^']*'", "", tag[1])
        used |= set(re.findall(r"(?<![.\w])\w+", code)) & phases
    return used


def test_only_the_wiring_files_branch_on_more_than_one_phase() -> None:
    """A phase lives in files it owns; the few wiring files gain a line per phase."""
    phases = set(facts("fastapi").phases)
    wiring = wiring_files()
    mixed = []
    for path in sorted((ROOT / "templates").rglob("*")):
        if not path.is_file():
            continue
        name = re.sub(r"\{%.*?%\}", "", str(path.relative_to(ROOT / "templates")))
        if {name, name.removesuffix(".jinja")} & wiring:
            continue
        if len(used := phases_used(path.read_text(), phases)) > 1:
            mixed.append(f"{path.relative_to(ROOT)}: {sorted(used)}")

    assert wiring, "ARCHITECTURE.md lists no wiring files"
    assert not mixed, (
        "outside the wiring files, a file branches on one phase at most:\n" + "\n".join(mixed)
    )


def test_every_listed_wiring_file_exists() -> None:
    names = {
        re.sub(r"\{%.*?%\}", "", str(path.relative_to(ROOT / "templates")))
        for path in (ROOT / "templates").rglob("*")
    }
    names |= {name.removesuffix(".jinja") for name in names}
    assert wiring_files() <= names, wiring_files() - names


@pytest.mark.parametrize("combo", COMBINATIONS, ids=combo_id)
def test_ruff_check_and_format_are_clean(projects: dict[str, Path], combo: dict[str, Any]) -> None:
    project = projects[combo_id(combo)]

    run("ruff", "check", "--no-cache", ".", cwd=project)
    run("ruff", "format", "--no-cache", "--check", ".", cwd=project)


@pytest.mark.parametrize("combo", COMBINATIONS, ids=combo_id)
def test_deployment_files_pass_their_linters(
    projects: dict[str, Path], combo: dict[str, Any]
) -> None:
    project = projects[combo_id(combo)]
    if combo["docker"]:
        run("hadolint", "Dockerfile", cwd=project)
        run(
            "check-jsonschema",
            "--builtin-schema",
            "vendor.compose-spec",
            "compose.yaml",
            cwd=project,
        )
    if combo["ci"] == "github":
        schema = "vendor.github-workflows"
        run("check-jsonschema", "--builtin-schema", schema, CI_FILES["github"], cwd=project)
    if combo["ci"] == "gitlab":
        run(
            "check-jsonschema",
            "--builtin-schema",
            "vendor.gitlab-ci",
            CI_FILES["gitlab"],
            cwd=project,
        )


@pytest.mark.parametrize("combo", ENDS, ids=combo_id)
def test_answers_file_holds_no_secret(projects: dict[str, Path], combo: dict[str, Any]) -> None:
    answers = yaml.safe_load((projects[combo_id(combo)] / ".copier-answers.yml").read_text())

    assert not [key for key in answers if re.search("secret|password|token|key", key)]
    assert answers["framework"] == combo["framework"]


@pytest.mark.parametrize("framework", TRACKS)
def test_env_example_ships_only_placeholders(projects: dict[str, Path], framework: str) -> None:
    env = (projects[combo_id({**ALL_ON, "framework": framework})] / ".env.example").read_text()

    assert "SECRET_KEY=change-me-to-a-long-random-string" in env
    assert re.search(r"^POSTGRES_PASSWORD=$", env, re.MULTILINE)


@pytest.mark.parametrize("framework", TRACKS)
def test_python_version_is_threaded_through(
    template_repo: Path, tmp_path: Path, framework: str
) -> None:
    answers = {**ALL_ON, "framework": framework, "python_version": "3.13"}
    project = render(tmp_path / "py313", src=template_repo, **answers)

    assert (project / ".python-version").read_text().strip() == "3.13"
    assert 'requires-python = ">=3.13"' in (project / "pyproject.toml").read_text()
    assert "FROM python:3.13-slim-bookworm AS runtime" in (project / "Dockerfile").read_text()
    run("ruff", "check", "--no-cache", ".", cwd=project)


@pytest.mark.parametrize(("answers", "message"), BAD_ANSWERS)
def test_bad_answers_are_refused_with_a_clear_message(
    template_repo: Path, tmp_path: Path, answers: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        render(tmp_path / "bad", src=template_repo, **answers)
    assert not (tmp_path / "bad").exists()


@pytest.mark.parametrize("framework", TRACKS)
def test_next_steps_are_printed_after_copy(
    template_repo: Path, tmp_path: Path, framework: str
) -> None:
    copy = ("copier", "copy", "--defaults", "--data", f"framework={framework}")
    result = run(*copy, template_repo, tmp_path / "new", cwd=tmp_path)

    for step in TRACKS[framework].next_steps:
        assert step in result.stdout + result.stderr


def no_terminal(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A shell command as a script runs it: no terminal, nothing on standard input."""
    result = subprocess.run(
        ["bash", "-euc", command],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def test_the_readmes_generate_then_the_projects_update_command_work(
    template_repo: Path, tmp_path: Path
) -> None:
    """The README's generate command as written, in a clone, without a terminal; then a template
    release, and the generated README's update command, run from the project."""
    clone = tmp_path / "groundwork"
    git("clone", "-q", str(template_repo), str(clone), cwd=tmp_path)
    home = tmp_path / "home"
    cache = run(UV, "cache", "dir", cwd=tmp_path).stdout.strip()
    env = tool_env(HOME=str(home), UV_CACHE_DIR=cache)
    readme = (ROOT / "README.md").read_text()

    copied = no_terminal(bash_block(readme, "Generate a backend"), clone, env)

    project = home / "my-backend"
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["_src_path"] == str(clone)
    assert "Warning" not in copied.stderr
    git("init", "-q", "-b", "main", cwd=project)
    commit_all(project, "Initial commit from Groundwork")
    release = clone / "templates/fastapi/src/{{package_name}}/health.py.jinja"
    release.write_text(release.read_text().replace("serving requests", "answering requests"))
    commit_all(clone, "A template release")
    update = bash_block((project / "README.md").read_text(), "Updating from the template")

    updated = no_terminal(update, project, env)

    assert "answering requests" in (project / f"src/{PACKAGE}/health.py").read_text()
    assert (
        yaml.safe_load((project / ".copier-answers.yml").read_text())["_commit"]
        != (answers["_commit"])
    )
    assert "Warning" not in updated.stderr


def test_a_destination_written_with_dotdot_works(template_repo: Path, tmp_path: Path) -> None:
    (tmp_path / "here").mkdir()

    result = run("copier", "copy", "--defaults", template_repo, "../there", cwd=tmp_path / "here")

    assert (tmp_path / "there" / "pyproject.toml").is_file()
    assert "Warning" not in result.stderr


def test_without_git_the_copy_says_updates_cannot_work(template_repo: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    copier = Path(sys.executable).parent / "copier"
    for folder in os.environ["PATH"].split(os.pathsep):
        for tool in ("python3", "env"):
            if (Path(folder) / tool).exists() and not (bin_dir / tool).exists():
                (bin_dir / tool).symlink_to(Path(folder) / tool)
    env = {**tool_env(), "PATH": str(bin_dir)}

    result = subprocess.run(
        [str(copier), "copy", "--defaults", str(template_repo), str(tmp_path / "project")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    assert "records no _commit and `copier update` will fail" in result.stderr
    assert "_commit" not in (tmp_path / "project" / ".copier-answers.yml").read_text()


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Acme's Orders API", "acmes-orders-api"),
        ("Café Ünïcode", "cafe-unicode"),
        ("  2024: Straße  & Co. ", "strasse-co"),
    ],
)
def test_the_slug_is_derived_from_any_name(
    template_repo: Path, tmp_path: Path, name: str, slug: str
) -> None:
    project = render(tmp_path / "project", src=template_repo, project_name=name)

    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["project_slug"] == slug
    assert answers["package_name"] == slug.replace("-", "_")


@pytest.mark.parametrize("framework", TRACKS)
def test_git_ignores_what_the_app_writes_at_run_time(
    projects: dict[str, Path], framework: str
) -> None:
    project = projects[combo_id({**ALL_ON, "framework": framework})]
    written = [f"{PACKAGE}.db", f"{PACKAGE}.db-wal", f"{PACKAGE}.db-shm", ".env"]
    if framework == "django":
        written.append("staticfiles/admin/css/base.css")
    git("init", "-q", cwd=project)

    ignored = git("check-ignore", "--no-index", *written, cwd=project).split()

    assert ignored == written
