"""The Django track's admin in a real browser: sign in at /admin/ and see the items list."""

from __future__ import annotations

import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.conftest import IN_CI
from tests.helpers import UV, render, run, tool_env
from tests.serving import free_port, stop, wait_for_health
from tests.tracks import ALL_ON, PACKAGE

pytestmark = pytest.mark.generated

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EMAIL = "admin@example.com"
ITEM = "Lamp seen in a real browser"


def chromium() -> str:
    """Debian's chromium (Playwright cannot download its own browsers here)."""
    path = shutil.which("chromium")
    if path is None:
        message = "chromium is not installed (apt-get install chromium)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def admin_server(
    template_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """The all-on Django project with an admin and an item, served by `runserver`."""
    path = render(
        tmp_path_factory.mktemp("browser") / "project",
        src=template_repo,
        **{**ALL_ON, "framework": "django"},
    )
    run(UV, "sync", "--quiet", cwd=path)
    password = secrets.token_urlsafe(18)
    database = tmp_path_factory.mktemp("db") / "admin.db"
    env = tool_env(DATABASE_URL=f"sqlite:///{database}", ADMIN_PASSWORD=password)
    manage = (UV, "run", "--no-sync", "python", "manage.py")
    run(*manage, "migrate", "--noinput", cwd=path, env=env)
    run(*manage, "create_admin", EMAIL, cwd=path, env=env)
    seed = (
        f"from {PACKAGE}.accounts.models import User; from {PACKAGE}.items.models import Item; "
        f"Item.objects.create(name={ITEM!r}, owner=User.objects.get())"
    )
    run(*manage, "shell", "--command", seed, cwd=path, env=env)
    port = free_port()
    server = subprocess.Popen(
        [path / ".venv/bin/python", "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_health(f"http://127.0.0.1:{port}/health", server)
        yield f"http://127.0.0.1:{port}", password
    finally:
        stop(server)


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_admin_signs_in_and_lists_the_items(page: Page, admin_server: tuple[str, str]) -> None:
    base, password = admin_server

    page.goto(f"{base}/admin/")
    page.fill("#id_username", EMAIL)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.click("a[href='/admin/items/item/']")
    page.wait_for_url(f"{base}/admin/items/item/")

    assert page.locator("#result_list").get_by_text(ITEM).is_visible()
    # The admin's own stylesheets loaded (static files served, not blocked by the CSP).
    assert page.evaluate("document.styleSheets.length") > 0
    assert page.locator("#changelist-filter").is_visible()


def test_swagger_ui_renders_from_the_apps_own_assets(
    page: Page, admin_server: tuple[str, str]
) -> None:
    base, _ = admin_server
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{base}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)

    assert "/api/v1/items" in page.content()
    assert [url for url in requested if not url.startswith(base)] == []  # no CDN
