{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request and response bodies for items."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from {{ package_name }}.schemas import NotNull, PageQuery, PartialUpdate, ResponseBody

# No NUL characters: PostgreSQL text cannot hold them, so they get a 422, not a 500.
NO_NUL = r"^[^\x00]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=NO_NUL)
]
Description = Annotated[str, StringConstraints(max_length=2000, pattern=NO_NUL)]
Search = Annotated[str, StringConstraints(max_length=100, pattern=NO_NUL)]


class ItemStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    description: Description = ""
    status: ItemStatus = ItemStatus.DRAFT


class ItemUpdate(PartialUpdate):
    name: Annotated[Name | None, NotNull] = None
    description: Annotated[Description | None, NotNull] = None
    status: Annotated[ItemStatus | None, NotNull] = None


class ItemRead(ResponseBody):
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


class ItemFilters(PageQuery):
    status: Annotated[ItemStatus | None, NotNull] = None
    q: Annotated[Search | None, NotNull, Field(description="Name contains (any case)")] = None
    sort: Literal["created_at", "-created_at", "name", "-name"] = "-created_at"


class ItemPage(ResponseBody):
    items: list[ItemRead]
    total: int
    limit: int
    offset: int
