"""Generated tier: install each project and run its own checks, then boot it for production."""

from __future__ import annotations

import json
import re
import secrets
import shlex
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest

from tests import contract
from tests.conftest import new_postgres_database, require_service
from tests.helpers import ROOT, UV, bash_block, combo_id, render, run, tool_env
from tests.serving import (
    database_url,
    free_port,
    production_install,
    release,
    start,
    stop,
    wait_for_health,
)
from tests.tracks import PACKAGE, TRACKS, Track
from tools import client_types
from tools.reserved_names import project_names

pytestmark = pytest.mark.generated

# Each track's all-on, all-off and a few states between, across both Python versions.
COMBINATIONS = [
    {**combo, "framework": name} for name, track in TRACKS.items() for combo in track.generated
]
WORKERS = "2"


def project_id(combo: dict[str, Any]) -> str:
    return f"{combo_id(combo)}-py{combo['python_version']}"


@pytest.fixture(scope="module", params=COMBINATIONS, ids=project_id)
def project(
    request: pytest.FixtureRequest, template_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    combo: dict[str, Any] = request.param
    path = render(tmp_path_factory.mktemp("generated") / "project", src=template_repo, **combo)
    run(UV, "sync", "--quiet", cwd=path)
    return path, combo


@pytest.fixture(scope="session")
def reference_document(
    template_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The FastAPI project's OpenAPI document for the given API phases: the contract the other
    tracks' documents must equal (ARCHITECTURE.md, "The API contract")."""
    documents: dict[str, dict[str, Any]] = {}

    def document(phases: dict[str, Any]) -> dict[str, Any]:
        key = json.dumps(phases, sort_keys=True)
        if key not in documents:
            root = tmp_path_factory.mktemp("reference")
            path = render(root / "project", src=template_repo, framework="fastapi", **phases)
            run(UV, "sync", "--quiet", cwd=path)
            documents[key] = contract.export(path, "fastapi", PACKAGE, tool_env())
        return documents[key]

    return document


def track_of(combo: dict[str, Any]) -> Track:
    return TRACKS[combo["framework"]]


def test_lint_format_and_types_are_clean(project: tuple[Path, dict[str, Any]]) -> None:
    path, combo = project
    track = track_of(combo)

    for check in track.checks:
        run(UV, "run", "--no-sync", *check, cwd=path, env=tool_env(**track.check_env))


def test_its_openapi_document_is_the_contract(
    project: tuple[Path, dict[str, Any]],
    reference_document: Callable[[dict[str, Any]], dict[str, Any]],
) -> None:
    """Exported without a server, the document equals FastAPI's for the same phases, titles,
    descriptions and ordering aside: one typed client fits every track."""
    path, combo = project
    phases = {phase: combo[phase] for phase in ("database", "auth")}
    document = contract.export(path, combo["framework"], PACKAGE, tool_env())

    difference = contract.difference(reference_document(phases), document, ("fastapi", path.name))

    assert not difference, f"{combo['framework']} breaks the API contract:\n{difference}"


def test_the_client_type_checks_against_this_tracks_own_document(
    project: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """The client program of client/ compiles under `tsc --strict` with types generated from
    this track's document, not only from the committed ones."""
    path, combo = project
    if not combo["typescript_client"]:
        pytest.skip("no TypeScript client")
    client = tmp_path / "client"
    shutil.copytree(path / "client", client, ignore=shutil.ignore_patterns("node_modules", "dist"))
    document = contract.export(path, combo["framework"], PACKAGE, tool_env())
    (client / "src" / "schema.d.ts").write_text(client_types.types_of(document, tmp_path))

    run("npm", "install", "--no-audit", "--no-fund", cwd=client)
    run("npx", "tsc", "--noEmit", cwd=client)


def test_the_committed_client_types_are_current(
    reference_document: Callable[[dict[str, Any]], dict[str, Any]], tmp_path: Path
) -> None:
    """templates/_shared/client/src/schema.d.ts is what tools/client_types.py writes."""
    document = reference_document({"database": True, "auth": True})

    assert client_types.types_of(document, tmp_path) == client_types.TARGET.read_text(), (
        "run `uv run python -m tools.client_types`"
    )


def test_own_suite_passes_on_sqlite(project: tuple[Path, dict[str, Any]]) -> None:
    path, _ = project

    result = run(UV, "run", "--no-sync", "pytest", "-q", "-p", "no:cacheprovider", cwd=path)

    assert " passed" in result.stdout
    assert "Required test coverage of 90" in result.stdout


def test_own_suite_passes_on_postgresql(
    project: tuple[Path, dict[str, Any]], postgres_database: str
) -> None:
    path, combo = project
    if not combo["database"]:
        pytest.skip("no database phase: nothing runs on PostgreSQL")
    env = tool_env(DATABASE_URL=database_url(track_of(combo), postgres_database))

    result = run(
        UV, "run", "--no-sync", "pytest", "-q", "-p", "no:cacheprovider", cwd=path, env=env
    )

    assert " passed" in result.stdout


def test_boots_with_production_settings(
    project: tuple[Path, dict[str, Any]], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    path, combo = project
    track = track_of(combo)
    bin_dir = production_install(path, tmp_path)
    env = tool_env(
        **track.production_env, SECRET_KEY=secrets.token_urlsafe(48), WEB_CONCURRENCY=WORKERS
    )
    if combo["database"]:
        require_service("PostgreSQL", ("127.0.0.1", 5432))
        env["DATABASE_URL"] = database_url(track, request.getfixturevalue("postgres_database"))
    release(track, bin_dir, path, env, migrate=combo["database"])
    port = free_port()
    process = start(
        track,
        bin_dir,
        path,
        env,
        port,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for_health(f"http://127.0.0.1:{port}/health", process) == 200
        ready = f"http://127.0.0.1:{port}/ready"
        with urllib.request.urlopen(ready, timeout=5) as response:
            assert response.status == 200
    finally:
        stop(process)


def test_production_refuses_the_default_secret(
    project: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, combo = project
    track = track_of(combo)
    env = tool_env(**track.production_env)
    env.pop("SECRET_KEY", None)

    result = subprocess.run(
        [str(path / ".venv/bin/python"), "-c", track.load_production_settings],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert track.refusal_message in result.stderr


def test_every_module_it_imports_is_a_refused_package_name(
    project: tuple[Path, dict[str, Any]],
) -> None:
    """copier.yml refuses the names of tools/reserved_names.py's list: the list must hold every
    keyword-free name this project's environment imports from (regenerate it when this fails)."""
    path, _ = project
    listing = (ROOT / "templates/_shared/reserved_names.jinja").read_text()
    listed = set(re.findall(r'"(\w+)"', listing))

    missing = project_names(path) - listed - {PACKAGE}

    assert not missing, f"run tools/reserved_names.py: {sorted(missing)}"


def readme_block(readme: str, after: str) -> list[str]:
    """The lines of the first ```bash block after `after`, comments and blank lines dropped."""
    lines = (line.split("   #")[0].strip() for line in bash_block(readme, after).splitlines())
    return [line for line in lines if line]


def foreign_assets(url: str) -> list[str]:
    """Scripts, styles and fonts a docs page loads from another host (none: no CDN)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            html = response.read().decode()
    except urllib.error.HTTPError as error:
        if error.code == 404:  # a track without that page
            return []
        raise
    return re.findall(r"""(?:src|href)\s*=\s*["']?((?:https?:)?//[^"' >]+)""", html)


def test_the_readmes_steps_deploy_it_without_docker(
    project: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """The generated README's production steps, followed as written on a fresh checkout."""
    source, combo = project
    track = track_of(combo)
    path = tmp_path / "checkout"
    shutil.copytree(source, path, ignore=shutil.ignore_patterns(".venv", "*.db*", ".*_cache"))
    readme = (path / "README.md").read_text()
    environment = readme_block(readme, "### On a host without Docker")
    steps = readme_block(readme, "install the locked runtime")
    admin_password = secrets.token_urlsafe(16)
    ours = {"SECRET_KEY": secrets.token_urlsafe(48), "ADMIN_PASSWORD": admin_password}
    # Plain HTTP on loopback: what the tests add to production settings (no TLS proxy).
    env = tool_env(**track.production_env, WEB_CONCURRENCY="2")
    with new_postgres_database() if combo["database"] else nullcontext("") as url:
        ours["DATABASE_URL"] = url
        for line in environment:
            name, _, value = line.removeprefix("export ").partition("=")
            env.setdefault(name, ours.get(name) or shlex.split(value)[0])
        for step in steps[:-1]:
            run("bash", "-euc", step, cwd=path, env=env)
        port = free_port()
        serve = steps[-1].replace("0.0.0.0:8000", f"127.0.0.1:{port}")
        process = subprocess.Popen(
            ["bash", "-euc", f"exec {serve}"], cwd=path, env=env, stderr=subprocess.PIPE, text=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            assert wait_for_health(f"{base}/health", process) == 200
            for page in ("/ready", "/docs", track.openapi_path):
                with urllib.request.urlopen(base + page, timeout=10) as response:  # noqa: S310
                    assert response.status == 200, page
            for page in ("/docs", "/redoc"):
                assert not foreign_assets(base + page), f"{page} needs a CDN"
            if combo["auth"]:
                form = {"username": "admin@example.com", "password": admin_password}
                body = urllib.parse.urlencode(form).encode()
                token = f"{base}/api/v1/auth/token"
                with urllib.request.urlopen(token, body, timeout=10) as response:  # noqa: S310
                    assert json.load(response)["access_token"]
        finally:
            stop(process)
