{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Permission checks for API endpoints."""

from collections.abc import Callable
from functools import wraps

from {{ package_name }}.auth.errors import PermissionDeniedError
from {{ package_name }}.auth.permissions import Permission
from {{ package_name }}.auth.tokens import current_principal


def permission_required[**P, R](
    permission: Permission,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """The caller's role must grant `permission`; use below `auth_required(token_auth)`."""

    def decorator(view: Callable[P, R]) -> Callable[P, R]:
        @wraps(view)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
            if not current_principal().can(permission):
                raise PermissionDeniedError(message=f"Missing permission: {permission.value}")
            return view(*args, **kwargs)

        return wrapped

    return decorator
