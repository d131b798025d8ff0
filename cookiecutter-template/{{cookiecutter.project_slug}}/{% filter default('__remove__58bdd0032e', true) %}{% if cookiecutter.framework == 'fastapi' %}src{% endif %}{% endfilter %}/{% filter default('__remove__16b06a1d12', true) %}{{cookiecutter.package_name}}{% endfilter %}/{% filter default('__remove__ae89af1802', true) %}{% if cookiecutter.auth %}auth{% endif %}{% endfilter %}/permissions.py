"""Roles and the permissions each one grants."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MEMBER = "member"


class Permission(StrEnum):
    ITEMS_MANAGE_ANY = "items:manage-any"
    USERS_MANAGE = "users:manage"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.MEMBER: frozenset(),
}
