"""Production gates: each track's all-on backend, served by its production command with 2 workers
against PostgreSQL, survives bad input, load, a database restart and a SIGTERM mid-request."""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench.run import builtin_load
from tests.audit import audit
from tests.conftest import IN_CI, POSTGRES, new_postgres_database, require_service
from tests.helpers import UV, render, run, tool_env
from tests.serving import (
    ADMIN_EMAIL,
    database_url,
    free_port,
    production_install,
    release,
    start,
    stop,
    wait_for_health,
)
from tests.tracks import ALL_ON, TRACKS, Track

pytestmark = pytest.mark.generated

WORKERS = "2"
API = "/api/v1"
RECOVERY_SECONDS = 5.0
MEMBER, ADMIN = "gates@example.com", ADMIN_EMAIL
# A documentation address (RFC 5737): the only trusted proxy, so no test client is one.
NO_PROXY = "192.0.2.1"
LOGIN_MAX_FAILURES = 5  # the generated projects' default
SCHEMATHESIS_CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_headers_conformance,response_schema_conformance"
)


@dataclass
class Served:
    """A running production server and what the tests need to talk to it."""

    track: Track
    base: str
    process: subprocess.Popen[bytes]
    log: Path
    token: str
    admin_token: str

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any] | None]:
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.base + path, data=body, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        return status, json.loads(raw) if raw else None

    def api(self, method: str, path: str, payload: object = None) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        body = None if payload is None else json.dumps(payload).encode()
        return self.request(method, API + path, body, headers)

    def workers(self) -> set[int]:
        children = run("pgrep", "-P", str(self.process.pid), cwd=Path.cwd()).stdout
        return {int(pid) for pid in children.split()}


def register(base: str, email: str, password: str) -> None:
    payload = json.dumps({"email": email, "password": password}).encode()
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{base}{API}/auth/register", payload, {"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=10).close()  # noqa: S310


def sign_in(base: str, email: str, password: str) -> str:
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    with urllib.request.urlopen(f"{base}{API}/auth/token", form, timeout=10) as response:  # noqa: S310
        return str(json.load(response)["access_token"])


@pytest.fixture(scope="module", params=list(TRACKS))
def served(
    request: pytest.FixtureRequest, template_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    track = TRACKS[request.param]
    root = tmp_path_factory.mktemp(f"gates-{track.name}")
    project = render(root / "project", src=template_repo, framework=track.name, **ALL_ON)
    bin_dir = production_install(project, root)
    with new_postgres_database() as url:
        admin_password = secrets.token_urlsafe(16)
        env = tool_env(
            **track.production_env,
            SECRET_KEY=secrets.token_urlsafe(48),
            WEB_CONCURRENCY=WORKERS,
            DATABASE_URL=database_url(track, url),
            # No proxy in front: a client's X-Forwarded-For must not be believed.
            FORWARDED_ALLOW_IPS=NO_PROXY,
        )
        release(track, bin_dir, project, env, admin_password)
        port = free_port()
        log = root / "server.log"
        with log.open("wb") as output:
            process = start(
                track, bin_dir, project, env, port, stdout=output, stderr=subprocess.STDOUT
            )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for_health(f"{base}/health", process)
            member_password = secrets.token_urlsafe(16)
            register(base, MEMBER, member_password)
            member_token = sign_in(base, MEMBER, member_password)
            admin_token = sign_in(base, ADMIN, admin_password)
            yield Served(track, base, process, log, member_token, admin_token)
        finally:
            stop(process)


def schemathesis(served: Served, token: str) -> None:
    """Every operation fuzzed with the token's rights; any finding of the checks fails."""
    openapi = served.base + served.track.openapi_path
    result = subprocess.run(
        [
            *("schemathesis", "run", openapi, "--max-examples", "25"),
            *("--generation-deterministic", "--header", f"Authorization: Bearer {token}"),
            *("--checks", SCHEMATHESIS_CHECKS),
        ],
        cwd=served.log.parent,  # its example cache stays out of the repository
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )

    assert result.returncode == 0, result.stdout[-8000:]
    assert "Traceback" not in served.log.read_text(errors="replace")


def test_schemathesis_as_a_member_finds_no_server_error_and_no_schema_breach(
    served: Served,
) -> None:
    schemathesis(served, served.token)


def assert_clear_error(status: int, body: dict[str, Any] | None) -> None:
    assert 400 <= status < 500, status
    assert body is not None
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]


JSON = {"Content-Type": "application/json"}
BAD_BODIES = {
    "malformed JSON": b'{"name": ',
    "wrong type": b'{"name": 42}',
    "wrong container": b'{"name": ["a", "b"]}',
    "unknown field": b'{"name": "ok", "owner_id": 1}',
    "not an object": b'"just a string"',
}
INJECTIONS = [
    "?status=draft' OR '1'='1",
    "?sort=name;DROP TABLE items",
    "?limit=1 OR 1=1",
    "?offset=0;SELECT pg_sleep(5)",
    "/1 OR 1=1",
    "/1;DROP TABLE items",
    "/' OR ''='",
]


@pytest.mark.parametrize("name", BAD_BODIES)
def test_bad_bodies_get_a_clear_4xx(served: Served, name: str) -> None:
    headers = {**JSON, "Authorization": f"Bearer {served.token}"}

    status, body = served.request("POST", f"{API}/items", BAD_BODIES[name], headers)

    assert_clear_error(status, body)


def test_a_huge_body_is_413(served: Served) -> None:
    huge = b'{"name": "' + b"x" * 5_000_000 + b'"}'
    head = (
        f"POST {API}/items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {served.token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(huge)}\r\nConnection: close\r\n\r\n"
    ).encode()
    address = urllib.parse.urlsplit(served.base)
    with socket.create_connection((address.hostname, address.port), timeout=15) as sock:
        sock.sendall(head)
        # The server may answer and close before the body is all sent: that is allowed.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(huge)
        response = sock.makefile("rb").read()

    status_line, _, rest = response.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 413"), status_line
    assert_clear_error(413, json.loads(rest.partition(b"\r\n\r\n")[2]))


@pytest.mark.parametrize("injection", INJECTIONS)
def test_sql_injection_in_filters_and_paths_is_a_clear_4xx(served: Served, injection: str) -> None:
    status, body = served.api("GET", "/items" + urllib.parse.quote(injection, safe="/?=&"))

    assert_clear_error(status, body)


def test_sql_injection_in_a_search_is_just_text(served: Served) -> None:
    assert served.api("POST", "/items", {"name": "Plain item"})[0] == 201
    query = urllib.parse.urlencode({"q": "' OR '1'='1' --"})

    status, page = served.api("GET", f"/items?{query}")

    assert status == 200
    assert page["items"] == []
    assert served.api("GET", "/items")[1]["total"] >= 1


def test_bounded_load_has_no_socket_error_and_no_5xx(served: Served) -> None:
    for n in range(20):
        served.api("POST", "/items", {"name": f"Load item {n}"})
    headers = {"Authorization": f"Bearer {served.token}"}

    result = builtin_load(f"{served.base}{API}/items?limit=100", headers, 16, 8.0)

    assert result.requests > 100
    assert result.socket_errors == 0
    assert result.non_2xx == 0


def failed_sign_in(served: Served, email: str, password: str, client: str) -> tuple[int, str]:
    """A sign-in whose X-Forwarded-For claims another client address each time."""
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": client}
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{served.base}{API}/auth/token", form, headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After", "")


def test_login_throttling_is_shared_by_the_workers_and_not_dodged_by_a_spoofed_address(
    served: Served,
) -> None:
    email, password = "throttled@example.com", secrets.token_urlsafe(16)
    register(served.base, email, password)
    spoofed = [f"203.0.113.{n}" for n in range(LOGIN_MAX_FAILURES + 1)]

    statuses = [failed_sign_in(served, email, "wrong password!", ip)[0] for ip in spoofed[:-1]]
    status, retry_after = failed_sign_in(served, email, password, spoofed[-1])

    # Two workers, one count: the (max + 1)th attempt is refused, even with the right password.
    assert statuses == [401] * LOGIN_MAX_FAILURES
    assert status == 429
    assert int(retry_after) >= 1
    # Only failures count, per account: another account signs in from the same address.
    other, other_password = "unthrottled@example.com", secrets.token_urlsafe(16)
    register(served.base, other, other_password)
    assert failed_sign_in(served, other, other_password, spoofed[0])[0] == 200


def postgres_cluster(action: str) -> None:
    """Debian's cluster control, as an operator restarts the database."""
    if not shutil.which("pg_ctlcluster"):
        if IN_CI:
            pytest.fail("pg_ctlcluster is missing (CI=true: the restart gate must run)")
        pytest.skip("pg_ctlcluster is missing: no local cluster to restart")
    version = sorted(Path("/etc/postgresql").iterdir())[0].name
    run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action, cwd=Path.cwd())


def test_a_postgres_restart_is_survived(served: Served) -> None:
    workers = served.workers()
    assert len(workers) == int(WORKERS)
    postgres_cluster("stop")
    try:
        status, body = served.request("GET", "/ready")
        assert status == 503
        assert body is not None
        assert body["error"]["message"]
        assert served.request("GET", "/health")[0] == 200
    finally:
        postgres_cluster("start")
    back = time.monotonic()
    require_service("PostgreSQL", POSTGRES)

    while served.api("GET", "/items")[0] != 200:
        assert time.monotonic() - back < RECOVERY_SECONDS, "requests still fail after 5 s"
        time.sleep(0.1)

    assert [served.api("GET", "/items")[0] for _ in range(50)] == [200] * 50
    assert served.request("GET", "/ready")[0] == 200
    assert served.workers() == workers


def test_schemathesis_as_an_admin_finds_no_server_error_and_no_schema_breach(
    served: Served,
) -> None:
    # Last but one: an admin's fuzzing may deactivate the member whose token the tests above use.
    schemathesis(served, served.admin_token)


def test_sigterm_lets_the_request_in_flight_finish(served: Served) -> None:
    body = json.dumps({"name": "Sent during shutdown"}).encode()
    head = (
        f"POST {API}/items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {served.admin_token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    address = urllib.parse.urlsplit(served.base)
    with socket.create_connection((address.hostname, address.port), timeout=15) as sock:
        sock.sendall(head + body[:5])
        time.sleep(0.5)  # a worker holds the request, waiting for the rest of its body
        served.process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        sock.sendall(body[5:])
        response = b""
        while chunk := sock.recv(65_536):
            response += chunk

    assert response.startswith(b"HTTP/1.1 201"), response[:300]
    served.process.wait(timeout=30)


@pytest.mark.parametrize("framework", list(TRACKS))
def test_resolved_dependencies_have_no_known_vulnerability(
    template_repo: Path, tmp_path: Path, framework: str
) -> None:
    project = render(tmp_path / "project", src=template_repo, framework=framework, **ALL_ON)
    run(UV, "lock", "--quiet", cwd=project)
    requirements = tmp_path / "requirements.txt"
    exported = run(UV, "export", "--quiet", "--no-hashes", "--no-emit-project", cwd=project)
    requirements.write_text(exported.stdout)

    result = audit(requirements)

    if not result.audited:
        pytest.skip(f"no vulnerability source answers: {result.unaudited[:3]}")
    if result.unaudited:
        warnings.warn(f"not audited: {result.unaudited}", stacklevel=1)
    assert result.findings == []
