{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The OpenAPI document. APIFlask derives it from the routes and the marshmallow schemas; the
hooks below (an apispec plugin, an APIFlask spec processor) say what the code does and the
derived document leaves unsaid. Every track serves the same document."""

from http import HTTPStatus
from typing import Any

from apiflask import APIFlask
from apispec import APISpec, BasePlugin
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec.ext.marshmallow.openapi import OpenAPIConverter
from marshmallow import fields
from marshmallow.validate import Equal

from {{ package_name }}.errors import COMMON_ERRORS
from {{ package_name }}.schemas import MAX_ID

SCHEMAS = "#/components/schemas/"
ERROR = {"application/json": {"schema": {"$ref": f"{SCHEMAS}ErrorResponse"}}}
JSON_TYPES = {str: "string", int: "integer", bool: "boolean"}


def enum2ref(
    converter: OpenAPIConverter, field: fields.Field[Any], ret: dict[str, Any], **_: object
) -> dict[str, Any]:
    """An enum is a component of its own, named after its class (`ItemStatus`), which each
    field refers to; apispec would repeat its values in every field."""
    if not isinstance(field, fields.Enum):
        return {}
    name = field.enum.__name__
    if name not in converter.spec.components.schemas:
        values = [member.value for member in field.enum]
        converter.spec.components.schema(name, {"type": "string", "enum": values})
    ret.pop("enum", None)
    ret.pop("type", None)
    ref = {"$ref": f"{SCHEMAS}{name}"}
    return {"anyOf": [ref, {"type": "null"}]} if field.allow_none else ref


def const2property(
    converter: OpenAPIConverter,  # noqa: ARG001 - apispec passes it to every attribute function
    field: fields.Field[Any],
    ret: dict[str, Any],
    **_: object,
) -> dict[str, Any]:
    """A `Constant` field, or a field that must equal one value, is a JSON Schema `const`."""
    if isinstance(field, fields.Constant):
        return {"type": JSON_TYPES[type(field.constant)], "const": field.constant}
    equal = next((v for v in field.validators if isinstance(v, Equal)), None)
    if equal is None:
        return {}
    ret.pop("enum", None)
    return {"const": equal.comparable}


class ContractPlugin(BasePlugin):
    """Adds the attribute functions above to apispec's marshmallow converter."""

    def init_spec(self, spec: APISpec) -> None:
        marshmallow = next(p for p in spec.plugins if isinstance(p, MarshmallowPlugin))
        assert marshmallow.converter is not None  # noqa: S101 - set by its own init_spec
        for function in (enum2ref, const2property):
            marshmallow.converter.add_attribute_function(function)  # type: ignore[no-untyped-call]


def _complete(operation: dict[str, Any], enums: dict[tuple[str, ...], str]) -> None:
    if not operation.get("parameters"):
        operation.pop("parameters", None)
    for parameter in operation.get("parameters", []):
        schema = parameter["schema"]
        # `<int:...>` in the route: the views answer 404 for an id no row can have.
        if parameter["in"] == "path" and schema == {"type": "integer"}:
            schema.update(minimum=1, maximum=MAX_ID)
        # APIFlask converts parameters with a converter of its own, without the plugin above.
        if (name := enums.get(tuple(schema.get("enum", ())))) is not None:
            parameter["schema"] = {"$ref": f"{SCHEMAS}{name}"}
    if "requestBody" in operation:
        operation["requestBody"]["required"] = True
    errors = [*COMMON_ERRORS, *([HTTPStatus.FORBIDDEN] if "security" in operation else [])]
    for status in errors:
        response = {"description": status.phrase, "content": ERROR}
        operation["responses"].setdefault(str(status.value), response)


def complete(spec: dict[str, Any]) -> dict[str, Any]:
    """Every operation lists the errors any request can meet (a token can be refused, 403),
    its body is required, a path id is in the range of a primary key, an enum parameter refers
    to the enum's component; no empty lists."""
    schemas = spec["components"]["schemas"]
    enums = {tuple(schema["enum"]): name for name, schema in schemas.items() if "enum" in schema}
    for operations in spec["paths"].values():
        for operation in operations.values():
            _complete(operation, enums)
    # The operations name their tags; a list of them without descriptions says nothing more.
    spec.pop("tags", None)
    return spec


def init_app(app: APIFlask) -> None:
    app.spec_plugins.append(ContractPlugin())
    # APIFlask types the document as `dict | str`; a processor always gets the dict.
    app.spec_processor(complete)  # type: ignore[arg-type]
