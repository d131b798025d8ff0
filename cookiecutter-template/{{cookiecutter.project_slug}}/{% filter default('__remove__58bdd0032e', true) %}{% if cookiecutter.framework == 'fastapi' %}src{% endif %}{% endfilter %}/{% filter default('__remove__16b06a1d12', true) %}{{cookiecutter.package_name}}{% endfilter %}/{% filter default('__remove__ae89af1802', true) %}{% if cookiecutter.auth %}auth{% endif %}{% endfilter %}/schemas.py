{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request and response bodies for sign-up, tokens and users."""

from datetime import datetime
from typing import Annotated, Literal

import email_validator
from pydantic import BaseModel, ConfigDict, EmailStr, Field, StrictBool, validate_email

from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.schemas import NotNull, PartialUpdate, ResponseBody

# Addresses are checked for syntax only: special-use domains (`.test`, `.local`) are valid too,
# and deliverability is never checked. email-validator documents this list as the switch.
email_validator.SPECIAL_USE_DOMAIN_NAMES.clear()

# RFC 5321 limits a path, and so an address, to 254 characters.
MAX_EMAIL_LENGTH = 254
Email = Annotated[EmailStr, Field(max_length=MAX_EMAIL_LENGTH)]
# An address read back as stored, so already valid: documented as one, not validated again.
StoredEmail = Annotated[
    str, Field(max_length=MAX_EMAIL_LENGTH, json_schema_extra={"format": "email"})
]
Password = Annotated[str, Field(min_length=12, max_length=128)]


def canonical_email(address: str) -> str:
    """An address as it is stored and looked up: validated, normalised, in lower case."""
    return validate_email(address)[1].lower()


class UserCreate(BaseModel):
    """Sign-up body. Unknown fields (a role, an id) are refused."""

    model_config = ConfigDict(extra="forbid")

    email: Email
    password: Password


class UserRead(ResponseBody):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: StoredEmail
    role: Role
    is_active: bool
    created_at: datetime


class UserPage(ResponseBody):
    items: list[UserRead]
    total: int
    limit: int
    offset: int


class UserAdminUpdate(PartialUpdate):
    role: Annotated[Role | None, NotNull] = None
    is_active: Annotated[StrictBool | None, NotNull] = None  # true or false, not 0, 1 or "yes"


class TokenRequest(BaseModel):
    """The OAuth2 password grant: the email address as `username`.

    `scope` is accepted and ignored (roles, not scopes, grant access), and so is any other field
    (`client_id`, `client_secret`), as RFC 6749 asks of unrecognised parameters.
    """

    grant_type: Literal["password"] = "password"
    # An empty form field counts as missing: the schema says so.
    username: Annotated[str, Field(min_length=1)]
    password: Annotated[str, Field(min_length=1, json_schema_extra={"format": "password"})]
    scope: str = ""


class TokenPair(ResponseBody):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Access token lifetime in seconds")


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Room for any track's token (Django's are signed JWTs of about 350 characters).
    refresh_token: Annotated[str, Field(min_length=1, max_length=1024)]
