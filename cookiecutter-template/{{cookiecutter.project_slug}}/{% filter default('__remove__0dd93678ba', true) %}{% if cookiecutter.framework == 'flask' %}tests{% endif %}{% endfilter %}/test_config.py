{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}from pathlib import Path

import pytest

from {{ package_name }} import create_app
from {{ package_name }}.config import (
    DEFAULT_SECRET_KEY,
    ConfigError,
    DevelopmentConfig,
    ProductionConfig,
    load_config,
)

STRONG_SECRET = "x" * 48


class RecordingEnviron(dict[str, str]):
    """An empty environment that remembers which variables were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self.asked.add(key)
        return super().get(key, default)


def test_production_refuses_a_missing_secret_key() -> None:
    with pytest.raises(ConfigError, match="SECRET_KEY must be set"):
        load_config({"ENVIRONMENT": "production"})


def test_production_refuses_the_default_or_a_short_secret_key() -> None:
    for secret in (DEFAULT_SECRET_KEY, "short"):
        with pytest.raises(ConfigError, match="SECRET_KEY must be set"):
            ProductionConfig({"SECRET_KEY": secret})


def test_production_accepts_a_strong_secret_key() -> None:
    config = load_config({"ENVIRONMENT": "production", "SECRET_KEY": STRONG_SECRET})

    assert isinstance(config, ProductionConfig)
    assert create_app(config).config["SECRET_KEY"] == STRONG_SECRET


def test_development_allows_the_default_secret_key() -> None:
    config = load_config({})

    assert isinstance(config, DevelopmentConfig)
    assert config.SECRET_KEY == DEFAULT_SECRET_KEY


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(ConfigError, match="ENVIRONMENT must be one of"):
        load_config({"ENVIRONMENT": "staging"})


@pytest.mark.parametrize("value", ["many", "0"])
def test_numbers_are_checked(value: str) -> None:
    with pytest.raises(ConfigError, match="MAX_REQUEST_BYTES"):
        DevelopmentConfig({"MAX_REQUEST_BYTES": value})


def test_max_request_bytes_is_flasks_max_content_length() -> None:
    assert DevelopmentConfig({"MAX_REQUEST_BYTES": "2048"}).MAX_CONTENT_LENGTH == 2048
    assert DevelopmentConfig({}).MAX_CONTENT_LENGTH == 1024 * 1024


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("0", False), ("True", True)])
def test_api_docs_reads_a_boolean(value: str, expected: bool) -> None:
    assert DevelopmentConfig({"API_DOCS": value}).API_DOCS is expected


def test_api_docs_refuses_other_words() -> None:
    with pytest.raises(ConfigError, match="API_DOCS must be true or false"):
        DevelopmentConfig({"API_DOCS": "maybe"})


def test_cors_origins_are_read_as_a_comma_separated_list() -> None:
    config = DevelopmentConfig({"CORS_ORIGINS": "https://a.example.com, https://b.example.com"})

    assert config.CORS_ORIGINS == ["https://a.example.com", "https://b.example.com"]


def test_env_example_lists_every_setting() -> None:
    lines = (Path(__file__).parent.parent / ".env.example").read_text().splitlines()
    listed = {line.split("=", 1)[0] for line in lines if line and not line.startswith("#")}
    environ = RecordingEnviron()

    load_config(environ)

    assert environ.asked <= listed
