{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Request and response bodies for sign-up, tokens and users."""

from collections.abc import Mapping

from apiflask import Schema
from apiflask.fields import Boolean, Constant, Email, Enum, Integer, List, Nested, String
from apiflask.validators import Length, Range

from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.fields import Timestamp

PASSWORD_LENGTH = Length(12, 128)


class StrictBoolean(Boolean):
    """`true` or `false` only (marshmallow's Boolean also takes 1, "yes" and the like)."""

    def _deserialize(
        self, value: object, attr: str | None, data: Mapping[str, object] | None, **kwargs: object
    ) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return super()._deserialize(value, attr, data, **kwargs)


class UserIn(Schema):
    """Sign-up body. Unknown fields (a role, an id) are refused."""

    email = Email(required=True, validate=Length(max=320))
    password = String(required=True, validate=PASSWORD_LENGTH, load_only=True)


class UserOut(Schema):
    id = Integer()
    email = String()
    role = Enum(Role, by_value=True)
    is_active = Boolean()
    created_at = Timestamp()


class UserInPage(UserOut):
    """UserOut under a name of its own: APIFlask documents the list (a shorter path) first, and
    would then add UserOut a second time."""


class UserPage(Schema):
    items = List(Nested(UserInPage))
    total = Integer()
    limit = Integer()
    offset = Integer()


class UserPatch(Schema):
    role = Enum(Role, by_value=True)
    is_active = StrictBoolean()


class PageQuery(Schema):
    limit = Integer(load_default=20, validate=Range(1, 100))
    offset = Integer(load_default=0, validate=Range(0, 1_000_000))


class TokenForm(Schema):
    """OAuth2 password flow: the email goes in `username`."""

    username = String(required=True, validate=Length(1, 320))
    password = String(required=True, validate=Length(1, 128))


class TokenPair(Schema):
    access_token = String()
    refresh_token = String()
    token_type = Constant("bearer")
    expires_in = Integer(metadata={"description": "Access token lifetime in seconds"})


class RefreshIn(Schema):
    refresh_token = String(required=True, validate=Length(1, 256))
