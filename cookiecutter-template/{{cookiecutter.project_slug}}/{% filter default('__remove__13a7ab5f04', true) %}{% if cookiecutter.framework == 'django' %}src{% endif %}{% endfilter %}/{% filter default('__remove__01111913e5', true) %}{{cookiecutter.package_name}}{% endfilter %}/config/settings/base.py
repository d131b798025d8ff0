{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{%- import "_shared/strings.jinja" as strings -%}
"""Settings every environment shares; what varies comes from the environment and `.env`.

Every variable read here is listed in `.env.example`.
"""

import os
{%- if auth %}
from datetime import timedelta
{%- endif %}
from pathlib import Path

{% if database -%}
import dj_database_url
{% endif -%}
import django_stubs_ext
from django.utils.csp import CSP
from dotenv import load_dotenv

# Lets Django's generic classes be subscripted at run time (`ModelAdmin[Item]`), as the stubs do.
django_stubs_ext.monkeypatch()

# The environment wins over `.env`, which is read from the working directory.
load_dotenv(Path.cwd() / ".env")


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, *, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


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
{%- if database %}
    "django_filters",
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
{%- if database %}

# SQLite by default; PostgreSQL with DATABASE_URL=postgresql://user:password@host:5432/name
DATABASES = {
    "default": dj_database_url.config(
        default="sqlite:///{{ package_name }}.db",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
AUTH_USER_MODEL = "accounts.User"
# Passwords are 12 to 128 characters, nothing else, as on the API (accounts/serializers.py).
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {
        "NAME": "{{ package_name }}.accounts.validators.MaximumLengthValidator",
        "OPTIONS": {"max_length": 128},
    },
]
{%- else %}

# No database phase: the project stores nothing of its own (items live in each worker's
# memory), so Django gets no database and none of the contrib apps that need one.
DATABASES: dict[str, dict[str, str]] = {}
{%- endif %}
{%- if auth %}

# Argon2id first: new passwords use it, and older hashes are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
{%- endif %}
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
{%- if auth %}
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "{{ package_name }}.accounts.tokens.BearerAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
{%- else %}
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
{%- endif %}
{%- if not database %}
    "UNAUTHENTICATED_USER": None,
{%- endif %}
{%- if database %}
    "DEFAULT_FILTER_BACKENDS": ["{{ package_name }}.items.filters.QueryFilterBackend"],
{%- endif %}
    "DEFAULT_PAGINATION_CLASS": "{{ package_name }}.pagination.Page",
    "EXCEPTION_HANDLER": "{{ package_name }}.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
{%- if auth %}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env_int("ACCESS_TOKEN_EXPIRE_MINUTES", 15)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env_int("REFRESH_TOKEN_EXPIRE_DAYS", 14)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "AUTH_HEADER_TYPES": ("Bearer",),
}
# Failed sign-ins per client address and account within the window, then 429 (in the database).
LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 5)
LOGIN_FAILURE_WINDOW_SECONDS = env_int("LOGIN_FAILURE_WINDOW_SECONDS", 300)
{%- endif %}

SPECTACULAR_SETTINGS = {
    "TITLE": PROJECT_NAME,
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI assets come from drf-spectacular-sidecar, served by WhiteNoise (ReDoc: docs.py).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "{{ package_name }}.openapi.document_errors",
    ],
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
