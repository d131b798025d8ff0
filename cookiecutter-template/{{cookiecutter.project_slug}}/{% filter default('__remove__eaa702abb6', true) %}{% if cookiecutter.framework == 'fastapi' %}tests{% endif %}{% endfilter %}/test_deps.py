{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The typed dependencies read the state of the app that serves the request."""

from fastapi import FastAPI
from httpx import AsyncClient

from {{ package_name }}.config import Settings
from {{ package_name }}.deps import SettingsDep, StateDep, app_state


async def test_routes_get_their_own_apps_state_and_settings(
    app: FastAPI, client: AsyncClient, settings: Settings
) -> None:
    @app.get("/probe")
    async def probe(state: StateDep, current: SettingsDep) -> dict[str, bool]:
        return {"state": state is app_state(app), "settings": current is settings}

    response = await client.get("/probe")

    assert response.json() == {"state": True, "settings": True}
