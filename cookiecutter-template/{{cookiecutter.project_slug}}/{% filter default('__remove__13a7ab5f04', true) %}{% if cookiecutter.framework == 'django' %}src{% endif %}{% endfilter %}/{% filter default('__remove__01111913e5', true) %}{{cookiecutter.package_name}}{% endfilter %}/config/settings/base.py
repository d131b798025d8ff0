{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}{%- import "_shared/strings.jinja" as strings -%}
"""Settings every environment shares; what varies comes from the environment and `.env`.

Each phase brings its settings in `components/<phase>.py` (one import below each), and its
REST_FRAMEWORK entries, merged into REST_FRAMEWORK here. Every variable read is in `.env.example`.
"""

import os
from pathlib import Path

import django_stubs_ext
from django.utils.csp import CSP

from .components.auth import *  # noqa: F403
from .components.database import *  # noqa: F403
from .env import env_bool, env_int, env_list

# Lets Django's generic classes be subscripted at run time (`ModelAdmin[Item]`), as the stubs do.
django_stubs_ext.monkeypatch()

# The placeholder shipped in `.env.example`: fine for development, refused in production.
DEFAULT_SECRET_KEY = "change-me-to-a-long-random-string"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY)
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
PROJECT_NAME = os.environ.get("PROJECT_NAME", {{ strings.python(project_name) }})
# Peers whose X-Forwarded-For is believed (gunicorn's variable): addresses or networks, `*` all.
FORWARDED_ALLOW_IPS = env_list("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# /docs, /redoc and /openapi.json; false makes them 404.
API_DOCS = env_bool("API_DOCS", default=True)

INSTALLED_APPS = [
{%- if database %}
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
{%- endif %}
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
{%- if auth %}
    "rest_framework_simplejwt.token_blacklist",
{%- endif %}
    "drf_spectacular",
    "drf_spectacular_sidecar",
{%- if database %}
    "{{ package_name }}.accounts",
{%- endif %}
    "{{ package_name }}.items",
]

MIDDLEWARE = [
    "{{ package_name }}.middleware.RequestLineLimitMiddleware",
    "{{ package_name }}.proxies.ForwardedForMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "{{ package_name }}.middleware.ContentLengthLimitMiddleware",
{%- if database %}
    "django.contrib.sessions.middleware.SessionMiddleware",
{%- endif %}
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
{%- if database %}
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
{%- endif %}
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "{{ package_name }}.config.urls"
WSGI_APPLICATION = "{{ package_name }}.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
{%- if database %}
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
{%- endif %}
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Largest request body accepted (1 MiB by default); larger ones are refused with 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_REQUEST_BYTES", 1_048_576)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# WhiteNoise serves the collected, compressed and fingerprinted files (no CDN, no nginx).
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", "staticfiles")).resolve()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "{{ package_name }}.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "{{ package_name }}.openapi.Schema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    **REST_FRAMEWORK_AUTH,  # noqa: F405 - who may call the API
    **REST_FRAMEWORK_DATABASE,  # noqa: F405 - without a database, no anonymous user
}

SPECTACULAR_SETTINGS = {
    "TITLE": PROJECT_NAME,
    "VERSION": "0.1.0",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Requests and responses have serializers of their own (ItemCreate, ItemRead), so each
    # serializer is one component, named after it, and a PATCH body is not "Patched...".
    "COMPONENT_SPLIT_PATCH": False,
    # Swagger UI assets come from drf-spectacular-sidecar, served by WhiteNoise (ReDoc: docs.py).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "{{ package_name }}.openapi.concise",
    ],
    **SPECTACULAR_SETTINGS_AUTH,  # noqa: F405 - the security scheme documented
}

# Browsers may call the API only from the listed origins.
CORS_ALLOWED_ORIGINS = env_list("CORS_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_PREFLIGHT_MAX_AGE = 600

# Security headers on every response; production adds HSTS, HTTPS and secure cookies.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
