{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sets REMOTE_ADDR to the client's address, behind the proxies of FORWARDED_ALLOW_IPS."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from {{ package_name }}.forwarded import client_address, trusted_networks


class ForwardedForMiddleware:
    """REMOTE_ADDR is the client's address for everything that reads it (forwarded.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.proxies = trusted_networks(settings.FORWARDED_ALLOW_IPS)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        peer = request.META.get("REMOTE_ADDR", "")
        forwarded_for = request.META.get("HTTP_X_FORWARDED_FOR", "")
        request.META["REMOTE_ADDR"] = client_address(peer, forwarded_for, self.proxies)
        return self.get_response(request)
