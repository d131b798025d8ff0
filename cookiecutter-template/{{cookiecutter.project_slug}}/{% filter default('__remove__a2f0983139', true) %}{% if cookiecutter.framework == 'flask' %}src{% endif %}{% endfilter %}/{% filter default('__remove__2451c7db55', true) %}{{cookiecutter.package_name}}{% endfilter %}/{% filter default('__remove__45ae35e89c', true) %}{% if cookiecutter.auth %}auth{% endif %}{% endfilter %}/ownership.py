{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Items belong to the member who created them: every items endpoint asks for a bearer token,
a member acts on their own items only, an admin (`items:manage-any`) on everyone's."""

from apiflask import APIBlueprint

from {{ package_name }}.auth.errors import PermissionDeniedError
from {{ package_name }}.auth.permissions import Permission
from {{ package_name }}.auth.tokens import current_principal, token_auth
from {{ package_name }}.extensions import csrf
from {{ package_name }}.items.models import Item


def _authenticated() -> None:
    """Reached with a verified token only (`auth_required`): nothing left to check."""


def protect(bp: APIBlueprint) -> None:
    """Every endpoint of `bp` asks for a bearer token (OpenAPI says so for each); a token is no
    cookie, so there is no CSRF token to check either."""
    csrf.exempt(bp)
    bp.before_request(bp.auth_required(token_auth)(_authenticated))


def owner_id() -> int:
    """The owner of a new item: its creator."""
    return current_principal().id


def visible_owner() -> int | None:
    """Whose items the caller lists: their own, or everyone's (None) for an admin."""
    principal = current_principal()
    return None if principal.can(Permission.ITEMS_MANAGE_ANY) else principal.id


def check(item: Item) -> None:
    """403 unless the caller owns `item` or may manage any item."""
    principal = current_principal()
    if item.owner_id != principal.id and not principal.can(Permission.ITEMS_MANAGE_ANY):
        raise PermissionDeniedError(message="You can only access your own items")
