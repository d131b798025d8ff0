{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The client's address: X-Forwarded-For is believed only from trusted proxies."""

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory
from pytest_django.fixtures import Settings

from {{ package_name }}.proxies import ForwardedForMiddleware


def client_address(peer: str, forwarded_for: str | None = None) -> str:
    headers = {} if forwarded_for is None else {"x-forwarded-for": forwarded_for}
    request = RequestFactory().get("/health", REMOTE_ADDR=peer, headers=headers)
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(request.META["REMOTE_ADDR"])
        return HttpResponse()

    ForwardedForMiddleware(view)(request)
    return seen[0]


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        ("198.51.100.7", "203.0.113.1", "198.51.100.7"),  # an untrusted peer's header is ignored
        ("127.0.0.1", None, "127.0.0.1"),
        ("127.0.0.1", "203.0.113.1", "203.0.113.1"),
        ("::1", "2001:db8::1", "2001:db8::1"),
        # The right-most entry that is not a trusted proxy: earlier entries are the client's own.
        ("127.0.0.1", "192.0.2.66, 203.0.113.1", "203.0.113.1"),
        ("127.0.0.1", "203.0.113.1, 127.0.0.1", "203.0.113.1"),
        ("127.0.0.1", "127.0.0.1", "127.0.0.1"),
    ],
)
def test_the_default_trusts_only_loopback(
    peer: str, forwarded_for: str | None, client: str
) -> None:
    assert client_address(peer, forwarded_for) == client


def test_trusted_proxies_may_be_networks(settings: Settings) -> None:
    settings.FORWARDED_ALLOW_IPS = ["10.0.0.0/8"]

    assert client_address("10.1.2.3", "203.0.113.1, 10.9.9.9") == "203.0.113.1"
    assert client_address("127.0.0.1", "203.0.113.1") == "127.0.0.1"


def test_a_star_trusts_every_peer(settings: Settings) -> None:
    settings.FORWARDED_ALLOW_IPS = ["*"]

    assert client_address("198.51.100.7", "192.0.2.66, 203.0.113.1") == "192.0.2.66"
