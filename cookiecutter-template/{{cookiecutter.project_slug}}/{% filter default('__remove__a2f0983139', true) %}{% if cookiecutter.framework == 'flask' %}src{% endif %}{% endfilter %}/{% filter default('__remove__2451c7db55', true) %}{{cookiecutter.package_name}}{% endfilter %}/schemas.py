"""What the request and response bodies share."""

from datetime import UTC, datetime
from typing import Any

from apiflask import Schema
from apiflask.fields import DateTime, Field
from marshmallow import EXCLUDE

# Ids are positive 32-bit integers (PostgreSQL `integer`): an id outside the range, say from a
# URL, names no row.
MAX_ID = 2**31 - 1


def _iso_utc(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


class Timestamp(DateTime):
    """ISO 8601 in UTC with a `Z`, as the other tracks write it: 2026-12-02T07:16:08.123456Z."""

    SERIALIZATION_FUNCS = DateTime.SERIALIZATION_FUNCS | {"iso": _iso_utc}


class ResponseSchema(Schema):
    """A response body. The server always sends every field, so the OpenAPI document marks each
    one required; fields added later must not break a client, so unknown ones are not refused
    (marshmallow's `unknown` only shapes the document here: a response is dumped, not loaded)."""

    class Meta:
        unknown = EXCLUDE

    def on_bind_field(self, field_name: str, field_obj: Field[Any]) -> None:  # noqa: ARG002
        field_obj.required = True
