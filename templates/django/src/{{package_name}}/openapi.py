"""OpenAPI post-processing: every operation documents the common error body."""

from typing import Any

ERROR_RESPONSE = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["field", "message", "type"],
                        "properties": {
                            "field": {"type": "string"},
                            "message": {"type": "string"},
                            "type": {"type": "string"},
                        },
                    },
                },
            },
        }
    },
}


def document_errors(result: dict[str, Any], **_: object) -> dict[str, Any]:
    """drf-spectacular hook: any 4xx or 5xx of any operation has the `ErrorResponse` body."""
    result.setdefault("components", {}).setdefault("schemas", {})["ErrorResponse"] = ERROR_RESPONSE
    error = {
        "description": "Error (any 4xx or 5xx) in the common error body",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            operation.setdefault("responses", {}).setdefault("default", error)
    return result
