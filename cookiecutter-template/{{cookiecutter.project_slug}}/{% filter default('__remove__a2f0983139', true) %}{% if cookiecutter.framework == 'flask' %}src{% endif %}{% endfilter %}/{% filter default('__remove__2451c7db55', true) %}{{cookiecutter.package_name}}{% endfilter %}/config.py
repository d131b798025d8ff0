{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}{%- import "_shared/strings.jinja" as strings -%}
"""Configuration classes, read from the environment (see `.env.example`).

`flask` commands also load `.env`; gunicorn takes the environment as it is.
"""

import os
from collections.abc import Mapping
{%- if auth %}
from pathlib import Path
{%- endif %}
from typing import ClassVar
{%- if auth or database %}
{% endif %}
{%- if auth %}
from {{ package_name }}.auth.forwarded import Networks, trusted_networks
{%- endif %}
{%- if database %}
from {{ package_name }}.database import database_url
{%- endif %}

DEFAULT_PROJECT_NAME = {{ strings.python(project_name) }}
# The placeholder shipped in `.env.example`: good enough for development, refused in production.
DEFAULT_SECRET_KEY = "change-me-to-a-long-random-string"  # noqa: S105
MIN_SECRET_KEY_LENGTH = 32
_BOOLEANS = {"true": True, "yes": True, "on": True, "1": True}
_BOOLEANS.update({"false": False, "no": False, "off": False, "0": False})


class ConfigError(ValueError):
    """A setting is missing or invalid; the app refuses to start."""


def _integer(environ: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = environ.get(name, str(default))
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _boolean(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = environ.get(name, str(default))
    if raw.strip().lower() not in _BOOLEANS:
        raise ConfigError(f"{name} must be true or false, got {raw!r}")
    return _BOOLEANS[raw.strip().lower()]
{%- if auth %}


def _networks(environ: Mapping[str, str], name: str, default: str) -> Networks:
    """Comma-separated addresses or networks, as gunicorn reads them; `*` is every address."""
    try:
        return trusted_networks(environ.get(name, default).split(","))
    except ValueError as exc:
        raise ConfigError(f"{name} must list IP addresses or networks: {exc}") from None
{%- endif %}


class Config:
    """Settings shared by every environment. Each instance reads the environment it is given."""

    ENVIRONMENT: ClassVar[str] = "development"
    TESTING: ClassVar[bool] = False

    def __init__(self, environ: Mapping[str, str] = os.environ, **overrides: object) -> None:
        self.SECRET_KEY = environ.get("SECRET_KEY", DEFAULT_SECRET_KEY)
        self.PROJECT_NAME = environ.get("PROJECT_NAME", DEFAULT_PROJECT_NAME)
        origins = environ.get("CORS_ORIGINS", "")
        self.CORS_ORIGINS = [origin.strip() for origin in origins.split(",") if origin.strip()]
        self.API_DOCS = _boolean(environ, "API_DOCS", default=True)
        # Flask's name for the largest request body it reads (413 above).
        self.MAX_CONTENT_LENGTH = _integer(environ, "MAX_REQUEST_BYTES", 1024 * 1024, 1)
{%- if database %}
        self.SQLALCHEMY_DATABASE_URI = database_url(
            environ.get("DATABASE_URL", "sqlite:///{{ package_name }}.db")
        )
{%- endif %}
{%- if auth %}
        # The pages' session cookie: never readable by scripts, not sent on cross-site posts,
        # only over HTTPS in production.
        self.SESSION_COOKIE_HTTPONLY = True
        self.SESSION_COOKIE_SAMESITE = "Lax"
        self.SESSION_COOKIE_SECURE = self.ENVIRONMENT == "production"
        self.PERMANENT_SESSION_LIFETIME = 14 * 24 * 3600
        self.ACCESS_TOKEN_EXPIRE_MINUTES = _integer(environ, "ACCESS_TOKEN_EXPIRE_MINUTES", 15, 1)
        self.REFRESH_TOKEN_EXPIRE_DAYS = _integer(environ, "REFRESH_TOKEN_EXPIRE_DAYS", 14, 1)
        self.LOGIN_MAX_FAILURES = _integer(environ, "LOGIN_MAX_FAILURES", 5, 1)
        self.LOGIN_FAILURE_WINDOW_SECONDS = _integer(
            environ, "LOGIN_FAILURE_WINDOW_SECONDS", 300, 1
        )
        self.FORWARDED_ALLOW_IPS = _networks(environ, "FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
        self.UPLOAD_FOLDER = Path(environ.get("UPLOAD_FOLDER", "uploads")).resolve()
{%- endif %}
        for name, value in overrides.items():
            setattr(self, name, value)
        self.validate()

    def validate(self) -> None:
        """Refuse settings that must not reach this environment."""


class DevelopmentConfig(Config):
    pass


class TestingConfig(Config):
    ENVIRONMENT = "test"
    TESTING = True


class ProductionConfig(Config):
    ENVIRONMENT = "production"

    def validate(self) -> None:
        if self.SECRET_KEY == DEFAULT_SECRET_KEY or len(self.SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
            raise ConfigError(
                "SECRET_KEY must be set to a random value of at least "
                f"{MIN_SECRET_KEY_LENGTH} characters in production; generate one with "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "test": TestingConfig,
    "production": ProductionConfig,
}


def load_config(environ: Mapping[str, str] = os.environ) -> Config:
    """The configuration class named by ENVIRONMENT, filled from the environment."""
    name = environ.get("ENVIRONMENT", "development")
    if name not in CONFIGS:
        raise ConfigError(f"ENVIRONMENT must be one of {', '.join(CONFIGS)}, got {name!r}")
    return CONFIGS[name](environ)
