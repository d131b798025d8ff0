{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Request and response bodies for items."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

# No NUL characters: PostgreSQL text cannot hold them, so they get a 422, not a 500.
NO_NUL = r"^[^\x00]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=NO_NUL)
]
Description = Annotated[str, StringConstraints(max_length=2000, pattern=NO_NUL)]


class ItemStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    description: Description = ""
    status: ItemStatus = ItemStatus.DRAFT


class ItemUpdate(BaseModel):
    """Partial update: only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid")

    # Optional but never null, in the schema too.
    name: Name | SkipJsonSchema[None] = None
    description: Description | SkipJsonSchema[None] = None
    status: ItemStatus | SkipJsonSchema[None] = None

    @field_validator("*")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            msg = "may be omitted but not null"
            raise ValueError(msg)
        return value


class ItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str
    status: ItemStatus
{%- if auth %}
    owner_id: int
{%- endif %}
    created_at: datetime
    updated_at: datetime


class ItemFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: ItemStatus | None = None
    q: Annotated[
        str | None, Field(max_length=100, pattern=NO_NUL, description="Name contains (any case)")
    ] = None
    sort: Literal["created_at", "-created_at", "name", "-name"] = "-created_at"
    limit: Annotated[int, Field(ge=1, le=100)] = 20
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class ItemPage(BaseModel):
    items: list[ItemRead]
    total: int
    limit: int
    offset: int
