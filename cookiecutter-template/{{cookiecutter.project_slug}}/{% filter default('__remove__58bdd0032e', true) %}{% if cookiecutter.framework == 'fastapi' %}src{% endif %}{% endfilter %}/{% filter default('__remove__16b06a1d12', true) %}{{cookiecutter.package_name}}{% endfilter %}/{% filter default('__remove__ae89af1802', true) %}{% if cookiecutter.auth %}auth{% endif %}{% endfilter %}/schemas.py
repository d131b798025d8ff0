{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Request and response bodies for sign-up, tokens and users."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StrictBool

from {{ package_name }}.auth.permissions import Role

Password = Annotated[str, Field(min_length=12, max_length=128)]


class UserCreate(BaseModel):
    """Sign-up body. Unknown fields (a role, an id) are refused."""

    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: Password


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    role: Role
    is_active: bool
    created_at: datetime


class UserAdminUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role | None = None
    is_active: StrictBool | None = None  # true or false, not 0, 1 or "yes"


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Access token lifetime in seconds")


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Annotated[str, Field(min_length=1, max_length=256)]
