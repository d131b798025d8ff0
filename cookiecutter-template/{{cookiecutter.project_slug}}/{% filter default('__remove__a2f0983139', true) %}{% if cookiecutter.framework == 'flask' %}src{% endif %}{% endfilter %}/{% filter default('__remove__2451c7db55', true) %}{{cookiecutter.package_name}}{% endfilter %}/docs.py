"""Swagger UI assets served by the app itself, so `/docs` needs no CDN."""

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
    app.register_blueprint(bp)
    app.config.update(
        SWAGGER_UI_CSS="/docs/assets/swagger-ui.css",
        SWAGGER_UI_BUNDLE_JS="/docs/assets/swagger-ui-bundle.js",
        SWAGGER_UI_STANDALONE_PRESET_JS="/docs/assets/swagger-ui-standalone-preset.js",
        DOCS_FAVICON="/docs/assets/favicon-32x32.png",
        # No badge from the online validator: the page talks to this app only.
        SWAGGER_UI_CONFIG={"validatorUrl": None},
    )
