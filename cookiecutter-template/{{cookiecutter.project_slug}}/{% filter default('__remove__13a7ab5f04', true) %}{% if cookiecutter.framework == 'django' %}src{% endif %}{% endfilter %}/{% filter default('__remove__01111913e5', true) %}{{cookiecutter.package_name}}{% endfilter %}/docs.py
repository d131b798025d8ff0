"""The API's documentation: the OpenAPI schema, Swagger UI and ReDoc, all served by the app.

The pages load nothing from elsewhere (no CDN, no web fonts); `API_DOCS=false` makes all three 404.
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.csp import CSP
from django.utils.html import format_html
from django.views.decorators.csp import csp_override
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

View = Callable[..., HttpResponse]

# Swagger UI and ReDoc inject styles and use a blob worker.
DOCS_CSP: dict[str, list[str]] = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "worker-src": [CSP.SELF, "blob:"],
    "frame-ancestors": [CSP.NONE],
}

# drf-spectacular's own ReDoc page links Google Fonts: this one leaves fonts to the browser.
REDOC_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
</head>
<body>
<redoc spec-url="{}"></redoc>
<script src="{}"></script>
</body>
</html>
"""


def redoc(request: HttpRequest) -> HttpResponse:  # noqa: ARG001
    script = static("drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js")
    return HttpResponse(format_html(REDOC_PAGE, settings.PROJECT_NAME, reverse("openapi"), script))


def when_enabled(view: View) -> View:
    """The view answers 404 when API_DOCS is off."""

    @wraps(view)
    def docs_view(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.API_DOCS:
            raise Http404
        return view(request, *args, **kwargs)

    return docs_view


urlpatterns = [
    path("openapi.json", when_enabled(SpectacularJSONAPIView.as_view()), name="openapi"),
    path(
        "docs",
        when_enabled(
            csp_override(DOCS_CSP)(SpectacularSwaggerSplitView.as_view(url_name="openapi"))
        ),
        name="docs",
    ),
    path("redoc", when_enabled(csp_override(DOCS_CSP)(redoc)), name="redoc"),
]
