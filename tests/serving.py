"""Serving a generated project as production does: the image's install steps, the release
steps, the track's production command on a free loopback port, the wait for its health check.
The template's tests and `bench/` both serve through here."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.helpers import UV, run, tool_env
from tests.tracks import Track

BOOT_TIMEOUT = 30.0
ADMIN_EMAIL = "admin@example.com"  # the create-admin command's, from tracks.jinja


class ServerFailed(RuntimeError):
    """The server exited, or did not answer in time."""


def database_url(track: Track, url: str) -> str:
    return url.replace("postgresql://", f"{track.database_scheme}://", 1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_health(url: str, process: subprocess.Popen[Any], timeout: float = BOOT_TIMEOUT) -> int:
    """The status of the first answer from `url`, polled every 10 ms."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _, stderr = process.communicate()
            raise ServerFailed(f"server exited with {process.returncode}: {stderr}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                return int(response.status)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            # TimeoutError: the socket is bound but the worker is still loading the app.
            time.sleep(0.01)
    raise ServerFailed(f"{url} did not answer within {timeout}s")


def production_install(path: Path, tmp_path: Path, *, compile_bytecode: bool = False) -> Path:
    """The Dockerfile's install steps, outside Docker: lock, then a locked, non-dev,
    non-editable environment of its own (byte-compiled, as in the image, when asked: that
    costs the tests time and buys only a faster cold start). Returns its bin/ folder."""
    run(UV, "lock", "--quiet", cwd=path)
    venv = tmp_path / "runtime"
    env = tool_env(UV_PROJECT_ENVIRONMENT=str(venv), UV_COMPILE_BYTECODE=str(int(compile_bytecode)))
    run(UV, "sync", "--quiet", "--locked", "--no-dev", "--no-install-project", cwd=path, env=env)
    run(UV, "sync", "--quiet", "--locked", "--no-dev", "--no-editable", cwd=path, env=env)
    return venv / "bin"


def release(
    track: Track,
    bin_dir: Path,
    project: Path,
    env: dict[str, str],
    admin_password: str = "",
    *,
    migrate: bool = True,
) -> None:
    """What a release runs before the server starts: the migrations (database phase), the
    track's release steps and, given a password, the first admin (ADMIN_EMAIL)."""
    for step in [track.migrate] * migrate + track.release:
        run(bin_dir / step[0], *step[1:], cwd=project, env=env)
    if admin_password:
        command = track.create_admin
        admin_env = {**env, "ADMIN_PASSWORD": admin_password}
        run(bin_dir / command[0], *command[1:], cwd=project, env=admin_env)


def start(
    track: Track,
    bin_dir: Path,
    project: Path,
    env: dict[str, str],
    port: int,
    *,
    access_log: bool = True,
    **popen: Any,
) -> subprocess.Popen[Any]:
    """The track's production command on 127.0.0.1:`port` (WEB_CONCURRENCY workers, from
    `env`), with the app from the installed runtime: src/ is not importable from there."""
    command = track.serve(port, access_log=access_log)
    command[0] = str(bin_dir / command[0])
    return subprocess.Popen(command, cwd=project, env=env, **popen)


# gunicorn's default graceful timeout, and a margin: a TERM that lands while the arbiter is
# forking a worker misses that worker, and the arbiter then waits the whole timeout for it.
STOP_TIMEOUT = 40.0


def stop(process: subprocess.Popen[Any]) -> None:
    """SIGTERM, as a container stop sends; waits for the server to exit."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        raise ServerFailed(f"the server ignored SIGTERM for {STOP_TIMEOUT}s") from None
