{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Upload bodies."""

from apiflask import Schema
from apiflask.fields import File, Integer, List, Nested, String

from {{ package_name }}.schemas import ResponseSchema, Timestamp


class UploadCreate(Schema):
    file = File(required=True)  # type: ignore[no-untyped-call]


class UploadRead(ResponseSchema):
    id = Integer()
    filename = String()
    content_type = String()
    size = Integer()
    created_at = Timestamp()


class UploadPage(ResponseSchema):
    items = List(Nested(UploadRead))
    total = Integer()
    limit = Integer()
    offset = Integer()
