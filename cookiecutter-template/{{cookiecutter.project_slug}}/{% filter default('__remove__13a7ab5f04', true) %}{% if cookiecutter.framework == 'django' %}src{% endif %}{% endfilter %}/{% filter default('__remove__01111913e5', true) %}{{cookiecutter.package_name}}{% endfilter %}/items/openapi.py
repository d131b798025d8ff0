{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The items operations as the OpenAPI document names them (every track's names)."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.viewsets import ViewSetMixin

from {{ package_name }}.items.serializers import ItemPage, ItemQuery, ItemRead
from {{ package_name }}.validation import ID_SCHEMA

ITEM_ID = OpenApiParameter("item_id", ID_SCHEMA, OpenApiParameter.PATH)


def item_operations[ViewSet: type[ViewSetMixin]](viewset: ViewSet) -> ViewSet:
    """Names the item ViewSet's operations, their path parameter and their responses."""
    documented: ViewSet = extend_schema_view(
        list=extend_schema(operation_id="list_items", parameters=[ItemQuery], responses=ItemPage),
        create=extend_schema(operation_id="create_item", responses={201: ItemRead}),
        retrieve=extend_schema(operation_id="read_item", parameters=[ITEM_ID]),
        partial_update=extend_schema(
            operation_id="update_item", parameters=[ITEM_ID], responses=ItemRead
        ),
        destroy=extend_schema(
            operation_id="delete_item", parameters=[ITEM_ID], responses={204: None}
        ),
    )(extend_schema(tags=["items"])(viewset))
    return documented
