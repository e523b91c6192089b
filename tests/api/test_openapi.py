"""The OpenAPI document describes every endpoint, and the docs page works offline."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import jsonschema_rs
from sqlalchemy import select

import consult.api
from consult.api.links import LINKS
from consult.models import MAIL_STATUSES, VERDICTS, Summary
from consult.schemas.common import InputSchema
from consult.schemas.followups import MailTallySchema, TallySchema
from consult.schemas.summaries import SummarySchema
from tests.web.test_report_charts import SUMMARY

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


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
        if rule.endpoint.split(".")[0] not in ("api-docs", "static", "docs", "web", "console")
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


def test_docs_page_loads_its_hashed_assets_from_this_server_and_no_inline_script(client):
    page = client.get("/api/v1/docs")
    html = page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "public, max-age=300"
    assert re.findall(r"<script>|<script [^>]*>[^<]", html) == [], "scripts are files (CSP)"
    assets = re.findall(r'(?:src|href)="(/api/v1/docs/assets/[^"]+)"', html)
    assert len(assets) == 3, html
    for asset in assets:
        digest = re.fullmatch(r"/api/v1/docs/assets/[\w.-]+\?v=([0-9a-f]{16})", asset).group(1)
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert served.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert hashlib.sha256(served.data).hexdigest().startswith(digest)
        again = client.get(asset, headers={"If-None-Match": f'"{digest}"'})
        assert again.status_code == 304
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html), "nothing from another host"


def test_an_asset_asked_for_without_its_current_hash_is_revalidated_not_kept(client):
    stale = client.get("/api/v1/docs/assets/swagger-ui-bundle.js?v=0000000000000000")
    assert stale.status_code == 200 and stale.headers["Cache-Control"] == "no-cache"
    assert client.get("/api/v1/docs/assets/swagger-ui.css.map").status_code == 404


def test_the_vendored_swagger_ui_is_the_pinned_version_and_keeps_its_licence():
    static = Path(consult.api.__file__).parent / "static" / "swagger-ui"
    pinned = re.search(r"^SWAGGER_UI_VERSION := (\S+)$", MAKEFILE.read_text(), re.M).group(1)
    assert f"Version: {pinned}" in (static / "README.md").read_text()
    assert pinned.startswith("5."), "Swagger UI 5 reads OpenAPI 3.1"
    assert "Apache License" in (static / "LICENSE").read_text()


def documented(spec: dict, component: str):
    """A validator of `component` that resolves references inside the document."""
    schema = {"$ref": f"#/components/schemas/{component}", "components": spec["components"]}
    return jsonschema_rs.Draft202012Validator(schema)


def test_a_computed_summary_is_sent_as_stored_and_has_the_documented_shape(
    app, client, admin, answered_round
):
    sent = client.get(f"/api/v1/rounds/{answered_round.id}/summary", headers=admin).json
    with app.extensions["consult"].database.session() as session:
        stored = session.scalars(select(Summary).where(Summary.round_id == answered_round.id)).one()
        assert SummarySchema().dump(stored)["data"] == stored.data
    assert sent["data"] == stored.data, "the wire format is the stored JSON, key for key"
    spec = client.get("/api/v1/openapi.json").json
    errors = [
        f"{e.instance_path}: {e.message}" for e in documented(spec, "Summary").iter_errors(sent)
    ]
    assert errors == []
    types = {question["type"] for question in sent["data"]["questions"]}
    assert types >= {"likert", "multi_choice", "single_choice", "statement", "ranking", "number"}


def test_the_documented_summary_covers_caveats_tentative_positions_and_opinion_groups(client):
    """The report's hand-written summary has what the scripted answers do not produce."""
    spec = client.get("/api/v1/openapi.json").json
    data = {**SUMMARY, "settings": {}}
    errors = [
        f"{e.instance_path}: {e.message}" for e in documented(spec, "SummaryData").iter_errors(data)
    ]
    assert errors == []
    questions = spec["components"]["schemas"]["SummaryData"]["properties"]["questions"]
    assert len(questions["items"]["oneOf"]) == 6, "one shape per family of question types"


def test_the_follow_up_tallies_name_every_mail_status_and_verdict():
    """A tally's keys are its schema's fields: a status missing there would be dropped."""
    assert set(MailTallySchema().fields) == set(MAIL_STATUSES)
    assert set(TallySchema().fields) == {*VERDICTS, "replied", "no_reply"}


def test_every_request_body_example_is_valid_for_its_schema(client):
    """The docs' "Try it out" starts from these; a refused example would mislead."""
    spec = client.get("/api/v1/openapi.json").json
    components = spec["components"]["schemas"]
    checked = 0
    for operations in spec["paths"].values():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if media is None:
                continue
            name = media["schema"]["$ref"].rsplit("/", 1)[-1]
            example = media.get("example", components[name].get("example"))
            assert example is not None, f"{method} {name} has no example"
            schema_class = next(cls for cls in input_schemas() if cls.__name__ == f"{name}Schema")
            assert schema_class().validate(example) == {}, name
            checked += 1
    assert checked >= 15


def input_schemas():
    pending = [InputSchema]
    while pending:
        cls = pending.pop()
        yield cls
        pending.extend(cls.__subclasses__())


def test_every_link_leads_to_an_operation_that_takes_what_it_hands_over(client):
    """The links of consult/api/links.py cannot rot: each target operation exists and has
    the parameters and body fields the link sets, and each value is read from a field its
    source really sends (a request path parameter or a documented response field)."""
    spec = client.get("/api/v1/openapi.json").json
    followed = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for status, response in operation["responses"].items():
                for name, link in response.get("links", {}).items():
                    where = f"{method.upper()} {path} {status} {name}"
                    source = Described(spec, path, method)
                    target = Described(spec, *target_of(link["operationRef"], spec))
                    for parameter, expression in link["parameters"].items():
                        assert parameter in target.parameters(), where
                        assert source.sends(expression, response), f"{where}: {expression}"
                    for field, expression in link.get("requestBody", {}).items():
                        assert field in target.body_fields(), f"{where}: {field}"
                        assert source.sends(expression, response), f"{where}: {expression}"
                    followed += 1
    assert followed == len(LINKS), "every link of consult/api/links.py found its source"


def target_of(reference: str, spec: dict) -> tuple[str, str]:
    """(path, method) of an `operationRef` such as "#/paths/~1api~1v1~1rounds~1{round_id}/get",
    which must point at an operation of this document."""
    assert reference.startswith("#/paths/"), reference
    pointer, method = reference.removeprefix("#/paths/").rsplit("/", 1)
    path = pointer.replace("~1", "/").replace("~0", "~")
    assert method in spec["paths"].get(path, {}), f"{reference}: no such operation"
    return path, method


class Described:
    """An operation as the document describes it, for checking what a link reads and sets."""

    def __init__(self, spec: dict, path: str, method: str) -> None:
        self.spec, self.path = spec, path
        self.operation = spec["paths"][path][method]

    def parameters(self) -> set[str]:
        shared = self.spec["paths"][self.path].get("parameters", [])
        return {p["name"] for p in [*shared, *self.operation.get("parameters", [])]}

    def body_fields(self) -> set[str]:
        body = self.operation["requestBody"]["content"]["application/json"]["schema"]
        return set(self.resolve(body)["properties"])

    def sends(self, expression: str, response: dict) -> bool:
        """Whether `expression` reads a path parameter of this operation or a field of its
        `response` (a JSON pointer through objects and, by index, arrays)."""
        if expression.startswith("$request.path."):
            return expression.removeprefix("$request.path.") in self.parameters()
        pointer = expression.removeprefix("$response.body#/")
        assert pointer != expression, f"an expression this test does not know: {expression}"
        schema = response["content"]["application/json"]["schema"]
        for step in pointer.split("/"):
            schema = self.resolve(schema)
            if step.isdigit():
                schema = schema.get("items")
            else:
                schema = schema.get("properties", {}).get(step)
            if schema is None:
                return False
        return True

    def resolve(self, schema: dict) -> dict:
        while "$ref" in schema:
            schema = self.spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema
