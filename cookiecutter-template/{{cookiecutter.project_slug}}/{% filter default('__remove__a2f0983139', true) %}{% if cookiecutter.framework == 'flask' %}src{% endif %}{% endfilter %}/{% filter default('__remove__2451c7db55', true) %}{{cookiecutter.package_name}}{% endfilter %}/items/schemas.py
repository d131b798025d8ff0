{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request and response bodies for items."""

from collections.abc import Mapping
from enum import StrEnum

from apiflask import Schema
from apiflask.fields import Enum, Integer, List, Nested, String
from apiflask.validators import Length, OneOf, Range, Regexp

from {{ package_name }}.schemas import ResponseSchema, Timestamp

# No NUL characters: PostgreSQL text cannot hold them, so they get a 422, not a 500.
NO_NUL = Regexp(r"^[^\x00]*$", error="Must not contain NUL characters.")
# Each bound is a validator of its own, so that an error names the one it broke.
NAME_LENGTH = [Length(min=1), Length(max=200)]


class ItemStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Name(String):
    """A name, surrounding blanks stripped before it is checked."""

    def _deserialize(
        self, value: object, attr: str | None, data: Mapping[str, object] | None, **kwargs: object
    ) -> str:
        return super()._deserialize(value, attr, data, **kwargs).strip()


class ItemCreate(Schema):
    name = Name(required=True, validate=[*NAME_LENGTH, NO_NUL])
    description = String(load_default="", validate=[Length(max=2000), NO_NUL])
    status = Enum(ItemStatus, by_value=True, load_default=ItemStatus.DRAFT)


class ItemUpdate(Schema):
    """Partial update: only the fields sent are changed; null is refused."""

    name = Name(validate=[*NAME_LENGTH, NO_NUL])
    description = String(validate=[Length(max=2000), NO_NUL])
    status = Enum(ItemStatus, by_value=True)


class ItemRead(ResponseSchema):
    id = Integer()
    name = String()
    description = String()
    status = Enum(ItemStatus, by_value=True)
{%- if auth %}
    owner_id = Integer()
{%- endif %}
    created_at = Timestamp()
    updated_at = Timestamp()


class PageQuery(Schema):
    """Which page of a list: every list endpoint takes these."""

    limit = Integer(load_default=20, validate=[Range(min=1), Range(max=100)])
    offset = Integer(load_default=0, validate=[Range(min=0), Range(max=1_000_000)])


class ItemQuery(PageQuery):
    status = Enum(ItemStatus, by_value=True)
    q = String(
        validate=[Length(max=100), NO_NUL], metadata={"description": "Name contains (any case)"}
    )
    sort = String(
        load_default="-created_at", validate=OneOf(["created_at", "-created_at", "name", "-name"])
    )


class ItemPage(ResponseSchema):
    items = List(Nested(ItemRead))
    total = Integer()
    limit = Integer()
    offset = Integer()
