{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}from httpx import ASGITransport, AsyncClient

from {{ package_name }}.config import Settings
from {{ package_name }}.main import create_app


async def test_health_answers_ok(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_reports_its_checks(client: AsyncClient) -> None:
    response = await client.get("/ready")

    assert response.status_code == 200
{%- if database %}
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}
{%- else %}
    assert response.json() == {"status": "ok", "checks": {}}
{%- endif %}


async def test_responses_carry_security_headers(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


async def test_docs_are_served_without_a_cdn(client: AsyncClient) -> None:
    for page in ("/docs", "/redoc"):
        html = (await client.get(page)).text
        assert "cdn." not in html
        assert "/static-offline-docs/" in html

    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        response = await client.get(f"/static-offline-docs/{asset}")
        assert response.status_code == 200
        assert len(response.content) > 10_000


async def test_api_docs_false_takes_the_documentation_down(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"api_docs": False}))
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        pages = [
            await client.get(path)
            for path in ("/docs", "/redoc", "/openapi.json", "/static-offline-docs/swagger-ui.css")
        ]
        health = await client.get("/health")

    assert [page.status_code for page in pages] == [404] * 4
    assert {page.json()["error"]["code"] for page in pages} == {"not_found"}
    assert health.status_code == 200


async def test_openapi_documents_the_common_error_body(client: AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()

    assert "ErrorResponse" in schema["components"]["schemas"]
    assert "HTTPValidationError" not in schema["components"]["schemas"]


async def test_operation_ids_are_the_route_functions_names(client: AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    ids = [operation["operationId"] for path in paths.values() for operation in path.values()]

    assert {"health", "ready", "list_items", "create_item", "read_item"} <= set(ids)
    assert {"update_item", "delete_item"} <= set(ids)
    assert len(set(ids)) == len(ids)


async def test_response_schemas_require_every_property(client: AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    responses = [
        response["content"]["application/json"]["schema"]["$ref"].rpartition("/")[2]
        for path in schema["paths"].values()
        for operation in path.values()
        for response in operation["responses"].values()
        if "content" in response
    ]
    # The bodies they are made of too: ErrorResponse holds ErrorBody, which holds ErrorDetail.
    bodies = {*responses, "ErrorBody", "ErrorDetail"}

    for name in bodies:
        component = schema["components"]["schemas"][name]
        assert set(component["required"]) == set(component["properties"]), name


async def test_optional_parameters_are_not_nullable_in_the_schema(client: AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()

    parameters = schema["paths"]["/api/v1/items"]["get"]["parameters"]
    assert {parameter["name"] for parameter in parameters} == {
        "status",
        "q",
        "sort",
        "limit",
        "offset",
    }
    assert not [parameter for parameter in parameters if "anyOf" in parameter["schema"]]
    assert "anyOf" not in str(schema["components"]["schemas"]["ItemUpdate"])
