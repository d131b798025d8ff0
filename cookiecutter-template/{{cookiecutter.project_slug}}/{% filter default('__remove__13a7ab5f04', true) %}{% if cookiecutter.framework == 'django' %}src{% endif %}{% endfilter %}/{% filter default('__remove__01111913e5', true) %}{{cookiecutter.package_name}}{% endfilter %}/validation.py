{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Input checks shared by the API's serializers, and what the OpenAPI document says of them.

Errors name their `type` in pydantic's words, as the FastAPI track does (`errors.py` renames
DRF's own codes), so that a client reads the same `details[].type` from every track.
"""

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.db.models import TextChoices
from drf_spectacular.extensions import OpenApiSerializerExtension, OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.settings import api_settings

from {{ package_name }}.errors import QueryValidationError

if TYPE_CHECKING:
    from drf_spectacular.openapi import AutoSchema

# The ids a path may name: positive 32-bit integers. Any other value names no row: a 404.
MAX_ID = 2**31 - 1
ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
NO_NUL = r"^[^\x00]*$"


def path_id(value: str, kind: str) -> int:
    """The id a path names (`/items/{item_id}`); one that no row can have is not found."""
    if not re.fullmatch(r"[0-9]{1,10}", value) or not 1 <= int(value) <= MAX_ID:
        raise NotFound(f"{kind} {value} not found")
    return int(value)


def request_body(request: Request) -> Any:  # noqa: ANN401 - any JSON value
    """The request's body. None at all is a 422 (`missing`), even where no field is required:
    the document says every operation's body is required."""
    if request.stream is None:
        raise serializers.ValidationError(
            {api_settings.NON_FIELD_ERRORS_KEY: ["Field required"]}, code="missing"
        )
    return request.data


class StrictSerializer(serializers.Serializer[Any]):
    """A JSON body: an object whose every field is declared; any other field is a 422."""

    def to_internal_value(self, data: Any) -> Any:  # noqa: ANN401 - DRF's signature
        if not isinstance(data, Mapping):
            raise serializers.ValidationError(
                {api_settings.NON_FIELD_ERRORS_KEY: ["Input should be a valid dictionary"]},
                code="model_type",
            )
        unknown = sorted(set(data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {name: ["Extra inputs are not permitted"] for name in unknown},
                code="extra_forbidden",
            )
        return super().to_internal_value(data)


class PartialUpdate(StrictSerializer):
    """A PATCH body: only the fields sent change; each may be omitted, but none may be null."""

    def to_internal_value(self, data: Any) -> Any:  # noqa: ANN401 - DRF's signature
        if isinstance(data, Mapping) and (nulls := [k for k, v in data.items() if v is None]):
            raise serializers.ValidationError(
                {name: ["Value error, may be omitted but not null"] for name in nulls},
                code="value_error",
            )
        return super().to_internal_value(data)


class QuerySerializer(serializers.Serializer[Any]):
    """An operation's query parameters; an unknown one is a 422, as an unknown body field is."""

    @classmethod
    def of(cls, request: Request) -> dict[str, Any]:
        query = cls(data=request.query_params.dict())
        if unknown := sorted(set(request.query_params) - set(query.fields)):
            raise QueryValidationError(
                {name: ["Extra inputs are not permitted"] for name in unknown},
                code="extra_forbidden",
            )
        # A plain dict: DRF reads a QueryDict like a form, where `?limit=` means "not sent".
        if not query.is_valid():
            raise QueryValidationError(query.errors)
        return dict(query.validated_data)


class ResponseBody(serializers.Serializer[Any]):
    """A response body: the server sends every field, so its schema requires each one."""


class StrictCharField(serializers.CharField):
    """A JSON string: DRF would turn the number 42 into "42"; other JSON types are refused."""

    default_error_messages = {"string_type": "Input should be a valid string"}

    def validate_empty_values(self, data: object) -> tuple[bool, Any]:
        if data is None and not self.allow_null:
            self.fail("string_type")
        return super().validate_empty_values(data)

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("string_type")
        return super().to_internal_value(data)


class TextField(StrictCharField):
    """Text without NUL characters (PostgreSQL cannot store them): DRF refuses them in every
    CharField, and the document says so of these (`pattern`)."""


class StrictEmailField(StrictCharField, serializers.EmailField):
    """A JSON string holding an e-mail address."""


class StrictBooleanField(serializers.BooleanField):
    """A JSON boolean: DRF would read "yes" and 1 as true; other JSON types are refused."""

    default_error_messages = {"bool_type": "Input should be a valid boolean"}

    def validate_empty_values(self, data: object) -> tuple[bool, Any]:
        if data is None and not self.allow_null:
            self.fail("bool_type")
        return super().validate_empty_values(data)

    def to_internal_value(self, data: object) -> bool:
        if not isinstance(data, bool):
            self.fail("bool_type")
        return data


class QueryIntegerField(serializers.IntegerField):
    """An integer in the query string, in digits: `?limit=1.0` or `?limit=` is refused."""

    default_error_messages = {
        "int_parsing": "Input should be a valid integer, unable to parse string as an integer"
    }

    def to_internal_value(self, data: object) -> int:
        if not isinstance(data, str) or not re.fullmatch(r"\s*[+-]?[0-9]{1,20}\s*", data):
            self.fail("int_parsing")
        return super().to_internal_value(data)


class EnumField(serializers.ChoiceField):
    """One of an enum's values, documented as a reference to the enum's schema (its name)."""

    def __init__(self, enum: type[TextChoices], **kwargs: Any) -> None:  # noqa: ANN401 - DRF's options
        self.enum = enum
        super().__init__(choices=enum.choices, **kwargs)

    def validate_empty_values(self, data: object) -> tuple[bool, Any]:
        if data is None and not self.allow_null:
            self.fail("invalid_choice", input=data)
        return super().validate_empty_values(data)


class LiteralField(serializers.ChoiceField):
    """The one value a field may take (`"ok"`), documented as a `const`."""

    default_error_messages = {"literal_error": "Input should be '{expected}'"}

    def __init__(self, value: str, **kwargs: Any) -> None:  # noqa: ANN401 - DRF's options
        self.value = value
        super().__init__(choices=[value], **kwargs)

    def to_internal_value(self, data: object) -> str:
        if data != self.value:
            self.fail("literal_error", expected=self.value)
        return self.value


# What the OpenAPI document says of them, through drf-spectacular's extensions (untyped there).


def _serializer_schema(
    auto_schema: "AutoSchema", serializer: serializers.Serializer[Any], direction: str
) -> dict[str, Any]:
    """drf-spectacular's own schema of the serializer (the way it documents to augment it),
    described by the serializer's own docstring only, not by one of its base classes'."""
    schema: dict[str, Any] = auto_schema._map_serializer(  # type: ignore[no-untyped-call]  # noqa: SLF001
        serializer, direction, bypass_extensions=True
    )
    if not type(serializer).__dict__.get("__doc__"):
        schema.pop("description", None)
    return schema


class StrictSerializerSchema(OpenApiSerializerExtension):  # type: ignore[no-untyped-call]
    """`additionalProperties: false`: the body may hold no other field."""

    target_class = StrictSerializer
    match_subclasses = True

    def map_serializer(self, auto_schema: "AutoSchema", direction: str) -> dict[str, Any]:
        # The way drf-spectacular documents to augment its own mapping.
        schema = _serializer_schema(auto_schema, self.target, direction)
        return {**schema, "additionalProperties": False}


class ResponseBodySchema(OpenApiSerializerExtension):  # type: ignore[no-untyped-call]
    """Every field is required: defaults (`"status": "ok"`) are sent too."""

    target_class = ResponseBody
    match_subclasses = True

    def map_serializer(self, auto_schema: "AutoSchema", direction: str) -> dict[str, Any]:
        schema = _serializer_schema(auto_schema, self.target, direction)
        return {**schema, "required": list(schema["properties"])}


class EnumFieldSchema(OpenApiSerializerFieldExtension):  # type: ignore[no-untyped-call]
    """A reference to the enum's own component, named after the enum (`ItemStatus`)."""

    target_class = EnumField
    match_subclasses = True

    def map_serializer_field(self, auto_schema: "AutoSchema", direction: str) -> dict[str, Any]:  # noqa: ARG002
        enum = self.target.enum
        component = ResolvedComponent(  # type: ignore[no-untyped-call]
            name=enum.__name__,
            type=ResolvedComponent.SCHEMA,
            object=enum,
            schema={"type": "string", "enum": list(enum.values)},
        )
        auto_schema.registry.register_on_missing(component)
        return dict(component.ref)


class TextFieldSchema(OpenApiSerializerFieldExtension):  # type: ignore[no-untyped-call]
    target_class = TextField
    match_subclasses = True

    def map_serializer_field(self, auto_schema: "AutoSchema", direction: str) -> dict[str, Any]:
        schema: dict[str, Any] = auto_schema._map_serializer_field(  # type: ignore[no-untyped-call]  # noqa: SLF001
            self.target, direction, bypass_extensions=True
        )
        return {**schema, "pattern": NO_NUL}


class LiteralFieldSchema(OpenApiSerializerFieldExtension):  # type: ignore[no-untyped-call]
    target_class = LiteralField
    match_subclasses = True

    def map_serializer_field(self, auto_schema: "AutoSchema", direction: str) -> dict[str, Any]:  # noqa: ARG002
        return {"type": "string", "const": self.target.value}
