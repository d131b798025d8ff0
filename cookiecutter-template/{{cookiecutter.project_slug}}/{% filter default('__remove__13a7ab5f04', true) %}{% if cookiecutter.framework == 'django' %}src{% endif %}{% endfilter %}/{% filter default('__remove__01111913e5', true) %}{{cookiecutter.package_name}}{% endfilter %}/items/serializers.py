{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Request and response bodies for items, and the item list's query parameters."""

from rest_framework import serializers

from {{ package_name }}.items.choices import SORTS, ItemStatus
from {{ package_name }}.pagination import Page, PageQuery
from {{ package_name }}.validation import (
    EnumField,
    PartialUpdate,
    ResponseBody,
    StrictSerializer,
    TextField,
)


class ItemCreate(StrictSerializer):
    name = TextField(min_length=1, max_length=200)
    description = TextField(max_length=2000, allow_blank=True, default="")
    status = EnumField(ItemStatus, default=ItemStatus.DRAFT)


class ItemUpdate(PartialUpdate):
    name = TextField(min_length=1, max_length=200, required=False)
    description = TextField(max_length=2000, allow_blank=True, required=False)
    status = EnumField(ItemStatus, required=False)


class ItemRead(ResponseBody):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()
    status = EnumField(ItemStatus)
{%- if auth %}
    owner_id = serializers.IntegerField()
{%- endif %}
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ItemPage(Page):
    items = ItemRead(many=True)


class ItemQuery(PageQuery):
    status = EnumField(ItemStatus, required=False)
    q = TextField(max_length=100, allow_blank=True, required=False, help_text="Name contains")
    sort = serializers.ChoiceField(choices=SORTS, default="-created_at")
