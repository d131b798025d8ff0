{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Who is calling, and what they may do."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from {{ package_name }}.auth.errors import AuthenticationError, PermissionDeniedError
from {{ package_name }}.auth.permissions import ROLE_PERMISSIONS, Permission, Role
from {{ package_name }}.auth.tokens import InvalidTokenError, decode_access_token
from {{ package_name }}.deps import SettingsDep

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller, taken from a verified access token."""

    id: int
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


async def get_principal(
    token: Annotated[str | None, Depends(oauth2_scheme)], settings: SettingsDep
) -> Principal:
    if token is None:
        raise AuthenticationError("Not authenticated")
    try:
        claims = decode_access_token(token, settings)
    except InvalidTokenError:
        raise AuthenticationError("Invalid or expired access token") from None
    return Principal(id=claims.user_id, role=claims.role)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require(permission: Permission) -> Callable[[Principal], Awaitable[Principal]]:
    """Dependency factory: the caller must hold `permission`."""

    async def check(principal: CurrentPrincipal) -> Principal:
        if not principal.can(permission):
            raise PermissionDeniedError(f"Missing permission: {permission.value}")
        return principal

    return check
