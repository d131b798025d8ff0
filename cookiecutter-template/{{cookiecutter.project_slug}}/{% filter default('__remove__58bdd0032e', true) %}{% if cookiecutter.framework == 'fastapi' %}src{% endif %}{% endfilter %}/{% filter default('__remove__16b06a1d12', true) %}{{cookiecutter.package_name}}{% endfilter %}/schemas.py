"""What request and response bodies have in common."""

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


def _without_null(schema: dict[str, Any]) -> None:
    (kept,) = [choice for choice in schema.pop("anyOf") if choice != {"type": "null"}]
    schema.update(kept)


# On a `T | None = None` field whose None means "not sent": documented as T, without null.
NotNull = Field(json_schema_extra=_without_null)


class ResponseBody(BaseModel):
    """A response body: every field is always sent, so its schema requires each one."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class PartialUpdate(BaseModel):
    """A PATCH body: only the fields sent change, and none may be null.

    Declare each field `Annotated[T | None, NotNull] = None`, None standing for "not sent".
    """

    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            msg = "may be omitted but not null"
            raise ValueError(msg)
        return value


class PageQuery(BaseModel):
    """The page of a list, from the query string; unknown query parameters are refused."""

    model_config = ConfigDict(extra="forbid")

    limit: Annotated[int, Field(ge=1, le=100)] = 20
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0
