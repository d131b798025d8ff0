"""Update tier: updates keep user edits; a phase switched on later equals a fresh copy."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import UV, commit_all, git, render, run, snapshot_template, tool_env, tree
from tests.tracks import ALL_ON, TRACKS

pytestmark = pytest.mark.update

OLD_LINE = "    # (an older release of this line)"


@pytest.fixture(scope="module")
def versioned_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template with two releases: v1 (one line per track differs) and v2 (today's tree)."""
    repo = snapshot_template(tmp_path_factory.mktemp("versioned"))
    current = {}
    for track in TRACKS.values():
        path = repo / track.release_file
        current[path] = path.read_text()
        assert track.release_line in current[path], track.release_file
        path.write_text(current[path].replace(track.release_line, OLD_LINE, 1))
    commit_all(repo, "v1")
    git("tag", "v1", cwd=repo)
    for path, text in current.items():
        path.write_text(text)
    commit_all(repo, "v2")
    git("tag", "v2", cwd=repo)
    return repo


def copier(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run("copier", *args, cwd=cwd)


def start_repository(project: Path) -> None:
    git("init", "-q", "-b", "main", cwd=project)
    commit_all(project, "Generated")


def assert_clean_merge(project: Path) -> None:
    leftovers = [path for path in project.rglob("*.rej") if ".git" not in path.parts]
    assert not leftovers
    for path in project.rglob("*"):
        if path.is_file() and not {".git", ".venv"} & set(path.parts) and path.suffix != ".db":
            assert "<<<<<<<" not in path.read_text(errors="replace"), path


@pytest.mark.parametrize("framework", TRACKS)
def test_update_to_a_new_release_keeps_the_users_edits(
    versioned_template: Path, tmp_path: Path, framework: str
) -> None:
    track = TRACKS[framework]
    answers = {**ALL_ON, "framework": framework}
    project = render(tmp_path / "project", src=versioned_template, vcs_ref="v1", **answers)
    start_repository(project)
    edited_file = project / track.user_file
    original, replacement = track.user_edit
    assert original in edited_file.read_text()
    edited = edited_file.read_text().replace(original, replacement)
    edited_file.write_text(edited)
    own_module = edited_file.with_name("pricing.py")
    own_module.write_text('"""Our own module."""\n')
    commit_all(project, "A user's edit and module")

    copier("update", "--defaults", "--vcs-ref", "v2", cwd=project)

    assert_clean_merge(project)
    assert edited_file.read_text() == edited
    assert own_module.exists()
    texts = [path.read_text() for path in project.rglob("*.py") if ".git" not in path.parts]
    assert any(track.release_line in text for text in texts)
    assert not any(OLD_LINE in text for text in texts)
    assert "_commit: v2" in (project / ".copier-answers.yml").read_text()


# The TypeScript client needs auth.
WITHOUT_AUTH = {**ALL_ON, "auth": False, "typescript_client": False}
PHASES_LATER = [
    ("database", {**WITHOUT_AUTH, "database": False}, {"database": True}),
    ("auth", WITHOUT_AUTH, {"auth": True}),
    ("docker", {**ALL_ON, "docker": False}, {"docker": True}),
    ("ci-github", {**ALL_ON, "ci": "none"}, {"ci": "github"}),
    ("ci-gitlab", {**ALL_ON, "ci": "none"}, {"ci": "gitlab"}),
    ("typescript_client", {**ALL_ON, "typescript_client": False}, {"typescript_client": True}),
]
LATER = [
    (f"{name}-{phase}", {**before, "framework": name}, change)
    for name in TRACKS
    for phase, before, change in PHASES_LATER
]


@pytest.mark.parametrize(("phase", "before", "change"), LATER, ids=[case[0] for case in LATER])
def test_a_phase_switched_on_later_equals_a_fresh_copy(
    versioned_template: Path,
    tmp_path: Path,
    phase: str,
    before: dict[str, Any],
    change: dict[str, Any],
) -> None:
    project = render(tmp_path / "project", src=versioned_template, vcs_ref="v2", **before)
    start_repository(project)
    data = [arg for key, value in change.items() for arg in ("--data", f"{key}={value}")]

    copier("update", "--vcs-ref=:current:", *data, "--defaults", cwd=project)

    fresh = render(tmp_path / "fresh", src=versioned_template, vcs_ref="v2", **(before | change))
    assert tree(project) == tree(fresh), f"switching {phase} on later differs from a fresh copy"


@pytest.mark.parametrize("framework", TRACKS)
def test_the_readmes_downgrade_lets_a_migrated_project_switch_auth_off(
    versioned_template: Path, tmp_path: Path, framework: str
) -> None:
    """Switching off a phase with migrations, as the generated README says: revert its
    migrations first, then update; the migrate command works afterwards."""
    project = render(tmp_path / "project", src=versioned_template, framework=framework, **ALL_ON)
    start_repository(project)
    migrate = TRACKS[framework].next_steps[2]  # as the next steps say, on the SQLite default
    run(UV, "sync", "--quiet", cwd=project)
    commit_all(project, "uv.lock")
    run("bash", "-c", migrate, cwd=project)
    readme = (project / "README.md").read_text()
    [downgrade] = [line for line in readme.splitlines() if line.endswith("# before auth=false")]

    run("bash", "-c", downgrade, cwd=project)
    copier("update", "--vcs-ref=:current:", "--data", "auth=false", "--defaults", cwd=project)

    assert_clean_merge(project)
    run("bash", "-c", migrate, cwd=project)


def test_switching_framework_on_an_existing_project_is_refused(tmp_path: Path) -> None:
    # A template with a second track, so that the question offers something to switch to.
    template = snapshot_template(tmp_path / "template")
    shutil.copytree(template / "templates/fastapi", template / "templates/other")
    copier_yml = template / "copier.yml"
    copier_yml.write_text(
        copier_yml.read_text().replace(
            "    FastAPI (async, SQLAlchemy 2.0, Pydantic): fastapi\n",
            "    FastAPI (async, SQLAlchemy 2.0, Pydantic): fastapi\n    Other: other\n",
        )
    )
    commit_all(template, "second track")
    project = render(tmp_path / "project", src=template, **ALL_ON)
    start_repository(project)

    result = subprocess.run(
        ["copier", "update", "--defaults", "--data", "framework=other"],
        cwd=project,
        env=tool_env(),
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "generated with framework 'fastapi'" in result.stderr
    assert "Switching tracks on an existing project is not supported" in result.stderr
    assert git("status", "--porcelain", cwd=project) == ""
