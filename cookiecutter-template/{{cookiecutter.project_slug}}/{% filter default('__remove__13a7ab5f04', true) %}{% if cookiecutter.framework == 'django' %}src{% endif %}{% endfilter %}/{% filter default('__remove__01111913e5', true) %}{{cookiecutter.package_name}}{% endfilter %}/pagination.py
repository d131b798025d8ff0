{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Limit/offset pages: `{"items": [...], "total": n, "limit": 20, "offset": 0}`."""

from collections.abc import Mapping, Sequence
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from {{ package_name }}.validation import QueryIntegerField, QuerySerializer, ResponseBody


class PageQuery(QuerySerializer):
    """Which page of a list. Out-of-range values are refused (422), not silently clamped."""

    limit = QueryIntegerField(min_value=1, max_value=100, default=20)
    offset = QueryIntegerField(min_value=0, max_value=1_000_000, default=0)


# One object, although the operation lists: drf-spectacular would document an array.
@extend_schema_serializer(many=False)
class Page(ResponseBody):
    """A page of a list; each list's page declares its `items` (`ItemPage`)."""

    total = serializers.IntegerField()
    limit = serializers.IntegerField()
    offset = serializers.IntegerField()


def page_of(rows: QuerySet[Any] | Sequence[Any], query: Mapping[str, Any]) -> dict[str, Any]:
    """The page of `rows` that a `PageQuery` asks for, with the number of rows."""
    limit, offset = query["limit"], query["offset"]
    total = rows.count() if isinstance(rows, QuerySet) else len(rows)
    items = list(rows[offset : offset + limit]) if offset < total else []
    return {"items": items, "total": total, "limit": limit, "offset": offset}
