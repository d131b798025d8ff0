{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}import pytest
from flask.testing import FlaskClient

from {{ package_name }} import create_app
from {{ package_name }}.config import Config


def test_health_answers_ok(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_ready_reports_its_checks(client: FlaskClient) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
{%- if database %}
    assert response.json == {"status": "ok", "checks": {"database": "ok"}}
{%- else %}
    assert response.json == {"status": "ok", "checks": {}}
{%- endif %}
{%- if database %}


def test_ready_is_503_when_the_database_is_down(outage_client: FlaskClient) -> None:
    ready = outage_client.get("/ready")
    health = outage_client.get("/health")

    assert ready.status_code == 503
    assert ready.json is not None
    assert ready.json["error"]["code"] == "service_unavailable"
    assert health.status_code == 200
{%- endif %}


def test_responses_carry_security_headers(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "Strict-Transport-Security" not in response.headers


def test_https_responses_carry_hsts(client: FlaskClient) -> None:
    response = client.get("/health", base_url="https://localhost")

    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_docs_are_served_without_a_cdn(client: FlaskClient) -> None:
    html = client.get("/docs").text

    assert "cdn." not in html
    assert '{"validatorUrl": null}' in html
    assert "/docs/assets/swagger-ui-bundle.js" in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js"):
        with client.get(f"/docs/assets/{asset}") as response:
            assert response.status_code == 200
            assert len(response.data) > 10_000


@pytest.mark.parametrize("path", ["/docs", "/openapi.json", "/docs/assets/swagger-ui.css"])
def test_api_docs_false_hides_the_docs(config: Config, path: str) -> None:
    config.API_DOCS = False

    response = create_app(config).test_client().get(path)

    assert response.status_code == 404
    assert response.json == {"error": {"code": "not_found", "message": "Not Found", "details": []}}


def test_openapi_documents_the_api(client: FlaskClient) -> None:
    schema = client.get("/openapi.json").json

    assert schema is not None
    assert schema["openapi"] == "3.1.0"
    assert "/api/v1/items" in schema["paths"]
    assert "/docs/assets/{filename}" not in schema["paths"]
    components = schema["components"]["schemas"]
    names = {"ErrorResponse", "ItemCreate", "ItemUpdate", "ItemRead", "ItemPage", "ItemStatus"}
    assert names <= set(components)
    assert "HTTPError" not in components
    assert "ItemRead1" not in components
    assert "tags" not in schema


def test_openapi_operation_ids_are_the_view_names(client: FlaskClient) -> None:
    paths = client.get("/openapi.json").json["paths"]  # type: ignore[index]

    assert paths["/health"]["get"]["operationId"] == "health"
    assert paths["/ready"]["get"]["operationId"] == "ready"
    assert {method: op["operationId"] for method, op in paths["/api/v1/items"].items()} == {
        "get": "list_items",
        "post": "create_item",
    }
    assert {
        method: op["operationId"] for method, op in paths["/api/v1/items/{item_id}"].items()
    } == {"get": "read_item", "patch": "update_item", "delete": "delete_item"}


def test_openapi_response_bodies_list_every_field_as_required(client: FlaskClient) -> None:
    schemas = client.get("/openapi.json").json["components"]["schemas"]  # type: ignore[index]

    for name in ("ItemRead", "ItemPage", "ErrorResponse", "ErrorBody", "ErrorDetail", "Health"):
        assert set(schemas[name]["required"]) == set(schemas[name]["properties"]), name
        assert "additionalProperties" not in schemas[name]
    assert schemas["ItemCreate"]["additionalProperties"] is False
    status = schemas["ItemRead"]["properties"]["status"]
    assert status == {"$ref": "#/components/schemas/ItemStatus"}
    assert schemas["ErrorDetail"]["properties"]["field"] == {"type": ["string", "null"]}
    assert schemas["Health"]["properties"]["status"] == {
        "type": "string",
        "const": "ok",
        "default": "ok",
    }


def test_openapi_lists_every_status_an_operation_answers_with(client: FlaskClient) -> None:
    paths = client.get("/openapi.json").json["paths"]  # type: ignore[index]
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
    common = {"400", "413", "414", "422", "500"{% if database %}, "503"{% endif %}}

    for operations in paths.values():
        for operation in operations.values():
            responses = operation["responses"]
            assert common <= set(responses)
            errors = [response for status, response in responses.items() if status >= "4"]
            assert all(response["content"] == error for response in errors)
    item = paths["/api/v1/items/{item_id}"]
    schema = {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
    assert item["delete"]["parameters"] == [
        {"in": "path", "name": "item_id", "required": True, "schema": schema}
    ]
    assert "parameters" not in paths["/api/v1/items"]["post"]
    status = {"$ref": "#/components/schemas/ItemStatus"}
    assert {"in": "query", "name": "status", "required": False, "schema": status} in paths[
        "/api/v1/items"
    ]["get"]["parameters"]
    assert paths["/api/v1/items"]["post"]["requestBody"]["required"] is True
    assert item["patch"]["requestBody"]["required"] is True
    for method in ("get", "patch", "delete"):
        assert "404" in item[method]["responses"]
