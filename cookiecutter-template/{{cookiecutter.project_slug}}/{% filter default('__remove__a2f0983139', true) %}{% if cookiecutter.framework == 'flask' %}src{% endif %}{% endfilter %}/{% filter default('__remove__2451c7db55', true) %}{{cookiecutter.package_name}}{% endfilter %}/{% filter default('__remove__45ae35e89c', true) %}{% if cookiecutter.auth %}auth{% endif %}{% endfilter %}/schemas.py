{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request and response bodies for sign-up, tokens and users."""

from collections.abc import Mapping

from apiflask import Schema
from apiflask.fields import Boolean, Constant, Email, Enum, Integer, List, Nested, String
from apiflask.validators import Equal, Length
from marshmallow import EXCLUDE

from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.schemas import ResponseSchema, Timestamp

PASSWORD_LENGTH = [Length(min=12), Length(max=128)]
# RFC 5321's limit on a forward path, as every track checks it.
EMAIL_LENGTH = Length(max=254)


class StrictBoolean(Boolean):
    """`true` or `false` only (marshmallow's Boolean also takes 1, "yes" and the like)."""

    def _deserialize(
        self, value: object, attr: str | None, data: Mapping[str, object] | None, **kwargs: object
    ) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return super()._deserialize(value, attr, data, **kwargs)


class UserCreate(Schema):
    """Sign-up body. Unknown fields (a role, an id) are refused."""

    email = Email(required=True, validate=EMAIL_LENGTH)
    password = String(required=True, validate=PASSWORD_LENGTH)


class UserRead(ResponseSchema):
    id = Integer()
    email = Email(validate=EMAIL_LENGTH)
    role = Enum(Role, by_value=True)
    is_active = Boolean()
    created_at = Timestamp()


class UserPage(ResponseSchema):
    items = List(Nested(UserRead))
    total = Integer()
    limit = Integer()
    offset = Integer()


class UserAdminUpdate(Schema):
    """Only the fields sent are changed; null is refused."""

    role = Enum(Role, by_value=True)
    is_active = StrictBoolean()


class TokenRequest(Schema):
    """The OAuth2 password grant: the email address as `username`. The other fields of the
    grant (`scope`, `client_id`, `client_secret`) are accepted and ignored."""

    class Meta:
        unknown = EXCLUDE

    grant_type = String(load_default="password", validate=Equal("password"))
    username = String(required=True, validate=Length(min=1))
    password = String(required=True, validate=Length(min=1), metadata={"format": "password"})
    scope = String(load_default="")


class TokenPair(ResponseSchema):
    access_token = String()
    refresh_token = String()
    token_type = Constant("bearer")
    expires_in = Integer(metadata={"description": "Access token lifetime in seconds"})


class RefreshRequest(Schema):
    # Room for any track's token (Django's are signed JWTs of about 350 characters).
    refresh_token = String(required=True, validate=[Length(min=1), Length(max=1024)])
