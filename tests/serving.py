"""Serving a generated project as production does: the image's install steps, a free port,
the wait for its health check, the track's database URL."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import UV, run, tool_env
from tests.tracks import Track

BOOT_TIMEOUT = 30.0


def database_url(track: Track, url: str) -> str:
    return url.replace("postgresql://", f"{track.database_scheme}://", 1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_health(url: str, process: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + BOOT_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}: {process.communicate()[1]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                return int(response.status)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            # TimeoutError: the socket is bound but the worker is still loading the app.
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within {BOOT_TIMEOUT}s")


def production_install(path: Path, tmp_path: Path) -> Path:
    """The Dockerfile's install steps, outside Docker: lock, then a locked, non-dev,
    non-editable environment of its own."""
    run(UV, "lock", "--quiet", cwd=path)
    venv = tmp_path / "runtime"
    env = tool_env(UV_PROJECT_ENVIRONMENT=str(venv))
    run(UV, "sync", "--quiet", "--locked", "--no-dev", "--no-install-project", cwd=path, env=env)
    run(UV, "sync", "--quiet", "--locked", "--no-dev", "--no-editable", cwd=path, env=env)
    return venv / "bin"
