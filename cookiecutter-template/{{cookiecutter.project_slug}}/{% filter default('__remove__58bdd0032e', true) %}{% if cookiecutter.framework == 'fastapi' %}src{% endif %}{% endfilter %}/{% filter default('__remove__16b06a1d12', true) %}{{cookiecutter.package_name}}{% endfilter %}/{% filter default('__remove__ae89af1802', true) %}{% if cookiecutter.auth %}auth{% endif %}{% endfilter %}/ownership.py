{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Whose items a caller may see and change: their own, or anyone's with `items:manage-any`."""

from typing import Annotated

from fastapi import Depends

from {{ package_name }} import deps
from {{ package_name }}.auth.dependencies import CurrentPrincipal
from {{ package_name }}.auth.errors import PermissionDeniedError
from {{ package_name }}.auth.permissions import Permission
from {{ package_name }}.items.models import Item


async def visible_owner(principal: CurrentPrincipal) -> int | None:
    """The owner whose items the caller lists; None for everyone's."""
    return None if principal.can(Permission.ITEMS_MANAGE_ANY) else principal.id


VisibleOwner = Annotated[int | None, Depends(visible_owner)]


async def get_owned_item(principal: CurrentPrincipal, item: deps.ItemDep) -> Item:
    """The item the path names, if the caller may act on it (else a 403).

    The caller is authenticated before the item is looked up: without a valid token, a missing
    item is a 401 like any other.
    """
    if item.owner_id != principal.id and not principal.can(Permission.ITEMS_MANAGE_ANY):
        raise PermissionDeniedError("You can only access your own items")
    return item


# `deps.ItemDep` with the owner check: the items router takes this one.
ItemDep = Annotated[Item, Depends(get_owned_item)]
