"""Benchmark a generated project: cold start and throughput of two endpoints.

Run from the template repository: `uv run python -m bench.run [--framework fastapi]`.
See bench/README.md. Every request goes to 127.0.0.1; every load run is bounded in time.
"""

import argparse
import asyncio
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tests.helpers import tool_env
from tests.serving import (
    ServerFailed,
    database_url,
    free_port,
    production_install,
    release,
    start,
    wait_for_health,
)
from tests.tracks import TRACKS

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WORKERS = 2
REQUEST_TIMEOUT = 10.0  # seconds; a slower response counts as a socket error (timeout)
BASELINE_RPS = 130.0  # sync SQLModel stack, 2 workers, authenticated list of 100 rows
TARGET_RPS = 5 * BASELINE_RPS
TARGET_COLD_START = 1.0  # seconds


# Printed once per worker by the server when that worker is up: uvicorn's workers log the
# app's startup; with --preload, gunicorn's sync workers only fork (Django loads at import).
READY_MARKERS = {
    "fastapi": "Application startup complete",
    "flask": "Booting worker with pid",
    "django": "Booting worker with pid",
}
HEALTH_PATH = "/health"
API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def step(message: str) -> None:
    print(f"-- {message}", flush=True)


def run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        cmdline = " ".join(map(str, cmd))
        sys.exit(f"command failed ({proc.returncode}): {cmdline}\n{proc.stdout}{proc.stderr}")


def psql(dsn: str, sql: str) -> None:
    run(["psql", f"{dsn}/postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql], cwd=REPO)


# -- HTTP helpers for setup ------------------------------------------------------------------


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def call(port: int, method: str, path: str, token: str = "", **body: Any) -> Any:
    """One API call with a `json=` or a `form=` body; exits unless it succeeds."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = None
    if "json" in body:
        data, headers["Content-Type"] = json.dumps(body["json"]).encode(), "application/json"
    elif "form" in body:
        data = urllib.parse.urlencode(body["form"]).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    status, raw = request(port, method, path, data, headers)
    if not 200 <= status < 300:
        sys.exit(f"{method} {path} -> {status}: {raw[:300]!r}")
    return json.loads(raw)


def seed(port: int, prefix: str, items: int) -> str:
    """Sign up and log in a member, give them `items` items; returns the access token."""
    email, password = f"bench-{os.getpid()}@example.com", secrets.token_urlsafe(18)
    call(port, "POST", f"{prefix}/auth/register", json={"email": email, "password": password})
    login = {"username": email, "password": password}
    token = call(port, "POST", f"{prefix}/auth/token", form=login)["access_token"]
    for n in range(items):
        call(port, "POST", f"{prefix}/items", token, json={"name": f"Bench item {n:03d}"})
    page = call(port, "GET", f"{prefix}/items?limit={items}", token)
    if len(page["items"]) != items:
        sys.exit(f"expected {items} items, the API lists {len(page['items'])}")
    return str(token)


# -- server lifecycle --------------------------------------------------------------------------


def wait_ready(
    proc: subprocess.Popen[bytes], port: int, log: Path, marker: str
) -> tuple[float, float]:
    """Seconds from spawn until the health check first answers 200, and until every worker is
    up (its `marker` in the log)."""
    started = time.perf_counter()
    try:
        status = wait_for_health(f"http://{HOST}:{port}{HEALTH_PATH}", proc, timeout=60)
    except ServerFailed as failure:
        sys.exit(f"{failure}\n{log.read_text()}")
    if status != 200:
        sys.exit(f"{HEALTH_PATH} answered {status}:\n{log.read_text()}")
    first = time.perf_counter() - started
    while log.read_text().count(marker) < WORKERS:
        if proc.poll() is not None or time.perf_counter() - started > 60:
            sys.exit(f"not every worker came up:\n{log.read_text()}")
        time.sleep(0.01)
    return first, time.perf_counter() - started


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    with suppress(ProcessLookupError):  # a worker that outlived its parent
        os.killpg(proc.pid, signal.SIGKILL)


# -- load generators ---------------------------------------------------------------------------

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def cpu_seconds(owned: Callable[[int, str], bool]) -> float:
    """User + system CPU time of the live processes `owned(pgid, comm)` selects (Linux /proc).

    CPU time per request moves far less than requests per second when the machine is shared.
    """
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            text = stat.read_text()
            comm = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            if owned(int(fields[2]), comm):
                ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(value) * _UNITS[unit]


def wrk_load(url: str, headers: dict[str, str], connections: int, duration: float) -> LoadResult:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration:g}s", f"--timeout={REQUEST_TIMEOUT:g}s"]
    cmd += [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]
    out = subprocess.run(
        [*cmd, "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    if total is None:
        sys.exit(f"cannot parse wrk output:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return LoadResult(
        requests=int(total[1]),
        seconds=_ms(total[2] + total[3]) / 1e3,
        p50_ms=_ms(re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)[1]),  # type: ignore[index]
        p99_ms=_ms(re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)[1]),  # type: ignore[index]
        non_2xx=int(non_2xx[1]) if non_2xx else 0,
        socket_errors=sum(map(int, errors.groups())) if errors else 0,
    )


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Status and keep-alive of one HTTP/1.1 response; the body is read and dropped."""
    head = (await reader.readuntil(b"\r\n\r\n")).lower()
    status = int(head.split(b" ", 2)[1])
    if b"transfer-encoding: chunked" in head:
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    elif match := re.search(rb"content-length: *(\d+)", head):
        await reader.readexactly(int(match[1]))
    return status, b"connection: close" not in head


async def _client(
    port: int, raw: bytes, latencies: list[float], counts: dict[str, int], deadline: float
) -> None:
    """One keep-alive connection sending requests until the deadline. The loop ends on its own:
    cancelling it is not reliable on Python 3.11, where wait_for can swallow a cancellation."""
    writer: asyncio.StreamWriter | None = None
    try:
        while time.perf_counter() < deadline:
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
                sent = time.perf_counter()
                writer.write(raw)
                response = _read_response(reader)
                status, keep_alive = await asyncio.wait_for(response, REQUEST_TIMEOUT)
                latencies.append(time.perf_counter() - sent)
                counts["non_2xx"] += not 200 <= status < 300
            except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                counts["socket_errors"] += 1
                keep_alive = False
                await asyncio.sleep(0.01)
            if not keep_alive and writer is not None:
                writer.close()
                writer = None
    finally:
        if writer is not None:
            writer.close()


def _run_builtin(port: int, raw: bytes, connections: int, duration: float) -> LoadResult:
    return asyncio.run(_builtin(port, raw, connections, duration))


async def _builtin(port: int, raw: bytes, connections: int, duration: float) -> LoadResult:
    latencies: list[float] = []
    counts = {"non_2xx": 0, "socket_errors": 0}
    started = time.perf_counter()
    deadline = started + duration
    await asyncio.gather(
        *(_client(port, raw, latencies, counts, deadline) for _ in range(connections))
    )
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return LoadResult(len(latencies), elapsed, cuts[49] * 1e3, cuts[98] * 1e3, **counts)


def builtin_load(
    url: str, headers: dict[str, str], connections: int, duration: float
) -> LoadResult:
    """Keep-alive HTTP/1.1 over asyncio streams, in its own process so it has a core."""
    parts = urllib.parse.urlsplit(url)
    lines = [f"GET {parts.path}?{parts.query} HTTP/1.1", f"Host: {parts.netloc}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode()
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        future = pool.submit(_run_builtin, parts.port or 80, raw, connections, duration)
        return future.result(timeout=duration + 60)


GENERATORS = {"wrk": wrk_load, "builtin": builtin_load}


def generator_label(name: str) -> str:
    if name == "builtin":
        return "builtin (asyncio, 1 process)"
    version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout
    return f"{version.split(' [')[0].strip() or 'wrk'} (1 thread)"


# -- main --------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--framework", choices=sorted(TRACKS), default="fastapi")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per endpoint")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds, discarded")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--generator", choices=["auto", *GENERATORS], default="auto")
    parser.add_argument("--pg-dsn", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="keep the generated project")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not (1 <= args.duration <= 300 and 0 <= args.warmup <= 60 and 1 <= args.connections <= 512):
        parser.error("bounds: 1 <= duration <= 300, 0 <= warmup <= 60, 1 <= connections <= 512")
    if args.generator == "auto":
        args.generator = "wrk" if shutil.which("wrk") else "builtin"
    elif args.generator == "wrk" and not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install wrk)")
    return args


def bench(args: argparse.Namespace, cleanup: ExitStack) -> bool:
    track = TRACKS[args.framework]
    workdir = Path(tempfile.mkdtemp(prefix="groundwork-bench-"))
    if args.keep:
        print(f"keeping {workdir}")
    else:
        cleanup.callback(shutil.rmtree, workdir, ignore_errors=True)
    project = workdir / "project"
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}

    step(f"generating the {args.framework} project (all phases) in {project}")
    answers = {"framework": args.framework, "database": "true", "auth": "true"}
    data = [f"--data={key}={value}" for key, value in answers.items()]
    run([sys.executable, "-m", "copier", "copy", "-q", "--defaults", *data, REPO, project], REPO)
    step("installing the locked runtime as the Dockerfile does (no dev, byte-compiled)")
    bin_dir = production_install(project, workdir, compile_bytecode=True)

    database = f"bench_{os.getpid()}"
    step(f"creating database {database} and migrating")
    psql(args.pg_dsn, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    psql(args.pg_dsn, f'CREATE DATABASE "{database}"')
    cleanup.callback(psql, args.pg_dsn, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    env = tool_env(
        **track.production_env,
        SECRET_KEY=secrets.token_urlsafe(48),
        DATABASE_URL=database_url(track, f"{args.pg_dsn}/{database}"),
        WEB_CONCURRENCY=str(WORKERS),
    )
    release(track, bin_dir, project, env)

    port = free_port()
    log = workdir / "server.log"
    # Without its access log: a benchmark of the app, not of the disk.
    step(f"starting the production command: {' '.join(track.serve(port, access_log=False))}")
    with log.open("wb") as out:
        server = start(
            track,
            bin_dir,
            project,
            env,
            port,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    cleanup.callback(stop, server)
    cold, all_ready = wait_ready(server, port, log, READY_MARKERS[track.name])
    print(f"cold start: {cold:.3f} s to the first 200 on {HEALTH_PATH}", end="; ")
    print(f"all {WORKERS} workers ready after {all_ready:.3f} s")

    step("registering a member, logging in, creating 100 items")
    auth = {"Authorization": f"Bearer {seed(port, API_PREFIX, 100)}"}
    load = GENERATORS[args.generator]
    step(
        f"load generator {generator_label(args.generator)}: {args.connections} connections, "
        f"{args.warmup:g} s warm-up + {args.duration:g} s per endpoint"
    )
    results: dict[str, LoadResult] = {}
    server_group = os.getpgid(server.pid)
    meters = {
        "server": lambda pgid, _: pgid == server_group,
        "PostgreSQL": lambda _, comm: comm.startswith("postgres"),
    }
    for path, headers in ((HEALTH_PATH, {}), (f"{API_PREFIX}/items?limit=100", auth)):
        url = f"http://{HOST}:{port}{path}"
        if args.warmup:
            load(url, headers, args.connections, args.warmup)
        before = {name: cpu_seconds(owned) for name, owned in meters.items()}
        results[path] = result = load(url, headers, args.connections, args.duration)
        cpu = {name: cpu_seconds(owned) - before[name] for name, owned in meters.items()}
        print(f"GET {path:<26} {result.rps:8.1f} req/s", end="  ")
        print(f"p50 {result.p50_ms:7.2f} ms  p99 {result.p99_ms:7.2f} ms", end="  ")
        print(f"non-2xx {result.non_2xx}  socket errors {result.socket_errors}", end="  ")
        print(f"({result.requests} requests)")
        per_request = {name: 1000 * spent / max(result.requests, 1) for name, spent in cpu.items()}
        print(" " * 31 + "CPU per request: ", end="")
        print(", ".join(f"{name} {ms:.3f} ms" for name, ms in per_request.items()))

    listing = results[f"{API_PREFIX}/items?limit=100"]
    listing_ok = listing.rps >= TARGET_RPS and listing.non_2xx + listing.socket_errors == 0
    checks = [
        (f"cold start < {TARGET_COLD_START:g} s", f"{cold:.3f} s", cold < TARGET_COLD_START),
        (
            f"items list >= {TARGET_RPS:g} req/s (5x {BASELINE_RPS:g})",
            f"{listing.rps:.1f} req/s ({listing.rps / BASELINE_RPS:.1f}x)",
            listing_ok,
        ),
    ]
    print(f"\n== summary: {args.framework}, {WORKERS} workers, generator {args.generator} ==")
    for name, value, ok in checks:
        print(f"{name:<36} {value:<24} {'PASS' if ok else 'MISS'}")
    return all(ok for _, _, ok in checks)


def main() -> int:
    args = parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the cleanup on SIGTERM too
    with ExitStack() as cleanup:
        passed = bench(args, cleanup)
    return 1 if args.strict and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
