"""The OpenAPI document describes every endpoint, and the docs page works offline."""

from __future__ import annotations

import re


def spec_path(rule: str) -> str:
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule)


def test_openapi_describes_every_api_endpoint(app, client):
    spec = client.get("/api/v1/openapi.json").json
    documented = {
        (path, method.upper())
        for path, operations in spec["paths"].items()
        for method in operations
        if method != "parameters"
    }
    served = {
        (spec_path(rule.rule), method)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.split(".")[0] not in ("api-docs", "static", "docs_assets", "web")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert served - documented == set()
    assert spec["openapi"].startswith("3.1")


def test_staff_operations_declare_bearer_security_and_public_ones_do_not(client):
    spec = client.get("/api/v1/openapi.json").json
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            secured = operation.get("security") == [{"bearerAuth": []}]
            public_paths = ("/api/v1/respond/", "/api/v1/events.ics")
            staff_path = path.startswith("/api/v1/") and not path.startswith(public_paths)
            assert secured == staff_path, f"{method} {path}"


def test_docs_page_loads_its_assets_from_this_server(client):
    page = client.get("/api/v1/docs").get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets
    for asset in assets:
        assert asset.startswith("/api/v1/docs/assets/"), asset
        assert client.get(asset).status_code == 200
