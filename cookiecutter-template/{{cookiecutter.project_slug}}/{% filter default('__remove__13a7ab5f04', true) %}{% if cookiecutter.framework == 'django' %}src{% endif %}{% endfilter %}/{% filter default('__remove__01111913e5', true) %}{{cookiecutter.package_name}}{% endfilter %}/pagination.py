{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Limit/offset pages: `{"items": [...], "total": n, "limit": 20, "offset": 0}`."""

from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from rest_framework import serializers
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from {{ package_name }}.errors import QueryValidationError


class PageParams(serializers.Serializer[dict[str, int]]):
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)
    offset = serializers.IntegerField(min_value=0, max_value=1_000_000, default=0)


class Page(BasePagination):
    """Out-of-range limits and offsets are refused (422), not silently clamped."""

    limit = 20
    offset = 0
    total = 0

    def paginate_queryset(
        self,
        queryset: QuerySet[Any] | Sequence[Any],
        request: Request,
        view: APIView | None = None,  # noqa: ARG002
    ) -> list[Any]:
        # A plain dict: DRF reads a QueryDict like a form, where `?limit=` means "not sent".
        params = PageParams(data=request.query_params.dict())
        if not params.is_valid():
            raise QueryValidationError(params.errors)
        self.limit, self.offset = params.validated_data["limit"], params.validated_data["offset"]
        self.total = queryset.count() if isinstance(queryset, QuerySet) else len(queryset)
        if self.offset >= self.total:
            return []
        return list(queryset[self.offset : self.offset + self.limit])

    def get_paginated_response(self, data: object) -> Response:
        return Response(
            {"items": data, "total": self.total, "limit": self.limit, "offset": self.offset}
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["items", "total", "limit", "offset"],
            "properties": {
                "items": schema,
                "total": {"type": "integer"},
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
            },
        }

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:  # noqa: ARG002
        return [
            {
                "name": name,
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": minimum, "maximum": maximum},
            }
            for name, minimum, maximum in (("limit", 1, 100), ("offset", 0, 1_000_000))
        ]
