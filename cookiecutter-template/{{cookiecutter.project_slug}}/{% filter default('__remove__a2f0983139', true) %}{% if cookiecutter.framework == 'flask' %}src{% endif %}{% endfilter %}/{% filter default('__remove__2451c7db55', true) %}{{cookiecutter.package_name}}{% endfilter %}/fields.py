"""Field types the schemas share."""

from datetime import UTC, datetime

from apiflask.fields import DateTime


def _iso_utc(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


class Timestamp(DateTime):
    """ISO 8601 in UTC with a `Z`, as the other tracks write it: 2026-12-02T07:16:08.123456Z."""

    SERIALIZATION_FUNCS = DateTime.SERIALIZATION_FUNCS | {"iso": _iso_utc}
