"""Upload bodies."""

from apiflask import Schema
from apiflask.fields import DateTime, File, Integer, String


class UploadIn(Schema):
    file = File(required=True)  # type: ignore[no-untyped-call]


class UploadOut(Schema):
    id = Integer()
    filename = String()
    content_type = String()
    size = Integer()
    created_at = DateTime()
