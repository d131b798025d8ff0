{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The API documentation: Swagger UI for the OpenAPI document, served by the app itself
(no CDN). `API_DOCS=false` serves neither: `/docs` and `/openapi.json` answer 404."""

from pathlib import Path

from apiflask import APIBlueprint, APIFlask
from flask import Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

ASSETS = Path(swagger_ui_path)
bp = APIBlueprint("docs_assets", __name__, url_prefix="/docs/assets", enable_openapi=False)


@bp.get("/<path:filename>")
def asset(filename: str) -> Response:
    return send_from_directory(ASSETS, filename, max_age=86400)


def init_app(app: APIFlask) -> None:
    if not app.config["API_DOCS"]:
        return
    app.register_blueprint(bp)
    app.config.update(
        SWAGGER_UI_CSS="/docs/assets/swagger-ui.css",
        SWAGGER_UI_BUNDLE_JS="/docs/assets/swagger-ui-bundle.js",
        SWAGGER_UI_STANDALONE_PRESET_JS="/docs/assets/swagger-ui-standalone-preset.js",
        DOCS_FAVICON="/docs/assets/favicon-32x32.png",
        # No badge from the online validator: the page talks to this app only.
        SWAGGER_UI_CONFIG={"validatorUrl": None},
    )
