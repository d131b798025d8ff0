"""The Flask track's pages in a real browser: sign up, see the account, sign out, sign in,
and a form posted without its CSRF token is refused. Chromium is driven by Playwright."""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.conftest import IN_CI
from tests.helpers import UV, render, run, tool_env
from tests.serving import stop
from tests.tracks import ALL_ON, PACKAGE

pytestmark = pytest.mark.generated

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = secrets.token_urlsafe(18)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}: {process.communicate()[1]}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except OSError:  # refused, reset or timed out while the worker boots
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within 30s")


@pytest.fixture(scope="module")
def base_url(template_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The all-on Flask project served by gunicorn with production settings."""
    if not Path(CHROMIUM).exists():
        message = "chromium is not installed (apt-get install chromium)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("browser")
    project = render(root / "project", src=template_repo, **ALL_ON, framework="flask")
    run(UV, "sync", "--quiet", "--no-dev", cwd=project)
    env = tool_env(
        ENVIRONMENT="production",
        SECRET_KEY=secrets.token_urlsafe(48),
        DATABASE_URL=f"sqlite:///{root / 'browser.db'}",
        UPLOAD_FOLDER=str(root / "uploads"),
    )
    run(project / ".venv/bin/flask", "--app", PACKAGE, "db", "upgrade", cwd=project, env=env)
    port = free_port()
    command = [
        *(project / ".venv/bin/gunicorn", "--bind", f"127.0.0.1:{port}", "--preload"),
        f"{PACKAGE}:create_app()",
    ]
    process = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    # `localhost` is a secure context for the browser: the production session cookie is
    # `Secure`, and still travels over plain HTTP on loopback.
    url = f"http://localhost:{port}"
    try:
        wait_until_up(f"{url}/health", process)
        yield url
    finally:
        stop(process)


def test_sign_up_account_sign_out_sign_in_and_csrf(base_url: str) -> None:
    email = f"browser-{secrets.token_hex(4)}@example.com"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(15_000)

        page.goto(f"{base_url}/sign-up")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_label("Repeat password").fill(PASSWORD)
        page.get_by_role("button", name="Sign up").click()
        expect(page).to_have_url(f"{base_url}/account")
        expect(page.locator("#email")).to_have_text(email)
        expect(page.get_by_role("status")).to_have_text("Welcome! Your account is ready.")
        (cookie,) = page.context.cookies()
        assert (cookie["name"], cookie["httpOnly"], cookie["secure"]) == ("session", True, True)
        assert cookie["sameSite"] == "Lax"

        page.get_by_role("button", name="Sign out").click()
        expect(page).to_have_url(f"{base_url}/sign-in")
        expect(page.get_by_role("status")).to_have_text("You are signed out.")
        page.goto(f"{base_url}/account")
        expect(page).to_have_url(f"{base_url}/sign-in")

        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(f"{base_url}/account")
        expect(page.locator("#role")).to_have_text("member")

        # A second browser context (no session), whose form loses its CSRF token.
        other = browser.new_page()
        other.goto(f"{base_url}/sign-in")
        other.locator("input[name=csrf_token]").evaluate("input => input.remove()")
        other.get_by_label("Email").fill(email)
        other.get_by_label("Password").fill(PASSWORD)
        with other.expect_response(f"{base_url}/sign-in") as refused:
            other.get_by_role("button", name="Sign in").click()
        assert refused.value.status == 400
        expect(other.get_by_role("alert")).to_contain_text("CSRF token is missing")
        other.goto(f"{base_url}/account")
        expect(other).to_have_url(f"{base_url}/sign-in")
        browser.close()
