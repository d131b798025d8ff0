"""Input checks shared by the API's serializers, and what the OpenAPI document says of them."""

from collections.abc import Mapping
from typing import Any

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


def refuse_unknown_fields(
    data: object, fields: Mapping[str, serializers.Field[Any, Any, Any, Any]]
) -> None:
    """A body naming a field the endpoint does not accept is an error, not silently ignored."""
    if not isinstance(data, Mapping):
        return
    writable = {name for name, field in fields.items() if not field.read_only}
    unknown = sorted(set(data) - writable)
    if unknown:
        raise serializers.ValidationError(
            {name: ["Unknown field."] for name in unknown}, code="extra_forbidden"
        )


class StrictSerializer(serializers.Serializer[Any]):
    """Refuses (422) a body with a field the serializer does not accept."""

    def to_internal_value(self, data: Any) -> Any:  # noqa: ANN401 - DRF's signature
        refuse_unknown_fields(data, self.fields)
        return super().to_internal_value(data)


class StrictSerializerSchema(OpenApiSerializerExtension):  # type: ignore[no-untyped-call]
    """The OpenAPI document says so: `additionalProperties: false` on the request body."""

    target_class = StrictSerializer
    match_subclasses = True

    def map_serializer(self, auto_schema: AutoSchema, direction: str) -> dict[str, Any]:
        # The way drf-spectacular documents to augment its own mapping (untyped there).
        schema: dict[str, Any] = auto_schema._map_serializer(  # type: ignore[no-untyped-call]  # noqa: SLF001
            self.target, direction, bypass_extensions=True
        )
        if direction == "request":
            schema["additionalProperties"] = False
        return schema


# DRF turns the JSON number 42 into the string "42", and "yes" into True. The API's schema
# says string and boolean, so other JSON types are refused instead.


class StrictCharField(serializers.CharField):
    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictEmailField(serializers.EmailField):
    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    def to_internal_value(self, data: object) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data
