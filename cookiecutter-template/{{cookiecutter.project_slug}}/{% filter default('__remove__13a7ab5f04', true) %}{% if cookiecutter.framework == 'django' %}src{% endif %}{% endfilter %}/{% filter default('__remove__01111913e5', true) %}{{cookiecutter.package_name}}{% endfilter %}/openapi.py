{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The OpenAPI document (drf-spectacular): every operation's errors, in the common body.

Any operation can answer with the errors of `ANY_OPERATION`; one that needs a user also with 401
and 403, one with an id in its path with 404. A view declares the others it answers with
through `error_responses` (a 409 where a request can clash with what exists, a 429).
"""

import re
from http import HTTPStatus
from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ComponentRegistry
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers

from {{ package_name }}.validation import ResponseBody

# An unreadable, oversized or invalid request, an overlong URL, a bug{% if database %}, a database outage{% endif %}.
ANY_OPERATION = (
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.REQUEST_URI_TOO_LONG,
    HTTPStatus.UNPROCESSABLE_ENTITY,
    HTTPStatus.INTERNAL_SERVER_ERROR,
{%- if database %}
    HTTPStatus.SERVICE_UNAVAILABLE,
{%- endif %}
)
SIGNED_IN = (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN)


class ErrorDetail(ResponseBody):
    field = serializers.CharField(allow_null=True, help_text="`body.name`, `query.limit`, ...")
    message = serializers.CharField()
    type = serializers.CharField(help_text="pydantic's word: `missing`, `string_too_long`, ...")


class ErrorBody(ResponseBody):
    code = serializers.CharField()
    message = serializers.CharField()
    details = ErrorDetail(many=True)


class ErrorResponse(ResponseBody):
    """The body of every 4xx and 5xx answer (`errors.py`)."""

    error = ErrorBody()


def error_responses(*statuses: HTTPStatus) -> dict[int, OpenApiResponse]:
    """`@extend_schema(responses=...)` entries for errors an operation answers with."""
    return {int(status): OpenApiResponse(ErrorResponse, status.phrase) for status in statuses}


class Schema(AutoSchema):
    """drf-spectacular's schema of an operation, with the errors it can answer with."""

    def get_auth(self) -> list[dict[str, list[str]]]:
        # An operation open to anyone has no security requirement rather than an empty one.
        return [requirement for requirement in super().get_auth() if requirement]

    def get_operation(
        self,
        path: str,
        path_regex: str,
        path_prefix: str,
        method: str,
        registry: ComponentRegistry,
    ) -> dict[str, Any] | None:
        operation: dict[str, Any] | None = super().get_operation(
            path, path_regex, path_prefix, method, registry
        )
        if operation is None:
            return None
        parameters = operation.get("parameters", [])
        for parameter in parameters:
            parameter.setdefault("required", False)
        if "requestBody" in operation:  # even one without required fields (`request_body`)
            operation["requestBody"]["required"] = True
        statuses = [
            *ANY_OPERATION,
            *(SIGNED_IN if operation.get("security") else ()),
            *((HTTPStatus.NOT_FOUND,) if any(p["in"] == "path" for p in parameters) else ()),
        ]
        error = self.resolve_serializer(ErrorResponse, "response").ref
        for status in statuses:
            operation["responses"].setdefault(
                str(int(status)),
                {"description": status.phrase, "content": {"application/json": {"schema": error}}},
            )
        return operation


def concise(result: dict[str, Any], **_: object) -> dict[str, Any]:
    """drf-spectacular hook: the document in OpenAPI 3.1's words, without redundant constraints.

    - `{"$ref": ..., "default": ...}`, as 3.1 allows, for 3.0's `{"allOf": [{"$ref": ...}], ...}`;
    - no `{"oneOf": [{..., "pattern": ...}, {"maxLength": 0}]}` where the pattern matches "";
    - no `minLength` on an enum whose values are long enough.
    """

    def simplify(node: Any) -> Any:  # noqa: ANN401 - any JSON value
        if isinstance(node, list):
            return [simplify(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: simplify(value) for key, value in node.items()}
        match node:
            case {"allOf": [{"$ref": str()} as reference], **siblings}:
                return {**reference, **siblings}
            case {"oneOf": [dict() as text, {"type": "string", "maxLength": 0}], **siblings} if (
                _accepts_empty(text)
            ):
                return {**text, **siblings}
            case {"enum": list() as values, "minLength": int() as least, **rest} if all(
                len(str(value)) >= least for value in values
            ):
                return {"enum": values, **rest}
        return node

    simplified: dict[str, Any] = simplify(result)
    return simplified


def _accepts_empty(schema: dict[str, Any]) -> bool:
    """Whether the empty string is valid by a string schema's format, length and pattern."""
    return (
        "format" not in schema
        and not schema.get("minLength")
        and re.search(schema.get("pattern", ""), "") is not None
    )
