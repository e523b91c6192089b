"""The HTTP API under /api/v1: blueprints, OpenAPI document, offline docs, error shape."""

from __future__ import annotations

from typing import Any

from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask
from flask_smorest import Api
from werkzeug.exceptions import HTTPException
from werkzeug.routing import AnyConverter

from consult.api import (
    api_keys,
    calendar,
    common_responses,
    docs,
    exports,
    followups,
    glossary,
    health,
    mail,
    networks,
    respond,
    rounds,
    summaries,
    webhooks,
)
from consult.api.auth import audit_writes_that_committed_nothing
from consult.api.converters import (
    IdConverter,
    TokenConverter,
    any_parameter_schema,
    id_parameter_schema,
    token_parameter_schema,
)
from consult.api.errors import http_error, register_error_handlers
from consult.api.links import LinksPlugin
from consult.schemas.common import ErrorSchema
from consult.schemas.summaries import one_of_properties

API_PREFIX = "/api/v1"


class ExamplesPlugin(MarshmallowPlugin):
    """Puts a schema's `EXAMPLE` in its component: the docs' "Try it out" starts from a
    valid body, and schemathesis' example phase sends it."""

    # MarshmallowPlugin names BasePlugin's `definition` parameter `_`: no override can match
    # both, and apispec passes it by position.
    def schema_helper(  # type: ignore[override]
        self, name: str, _: dict[str, Any], schema: Any = None, **kwargs: Any
    ) -> dict[str, Any] | None:
        described: dict[str, Any] | None = super().schema_helper(name, _, schema=schema, **kwargs)

        example = getattr(schema, "EXAMPLE", None)
        if described is not None and example is not None:
            described["example"] = example
        return described


class ConsultApi(Api):
    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error: HTTPException) -> Any:
        return http_error(error)


def init_api(app: Flask) -> Api:
    app.config.update(
        API_TITLE="consult",
        API_VERSION="1",
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX=API_PREFIX,
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {
                "description": (
                    "Consultation rounds, responses, common-response summaries and "
                    "follow-ups. Staff endpoints take `Authorization: Bearer <api key>` "
                    "(Authorize below); a network's endpoints take its link's token."
                )
            }
        },
    )
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["token"] = TokenConverter
    api = ConsultApi(
        app,
        spec_kwargs={"marshmallow_plugin": ExamplesPlugin(), "extra_plugins": [LinksPlugin()]},
    )
    api.register_converter(IdConverter, id_parameter_schema)
    api.register_converter(TokenConverter, token_parameter_schema)
    api.register_converter(AnyConverter, any_parameter_schema)
    api.ma_plugin.converter.add_attribute_function(one_of_properties)
    app.after_request(audit_writes_that_committed_nothing)
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "a staff API key"}
    )
    api.register_blueprint(health.blp)
    api.register_blueprint(networks.blp, url_prefix=f"{API_PREFIX}/networks")
    api.register_blueprint(api_keys.blp, url_prefix=f"{API_PREFIX}/keys")
    api.register_blueprint(rounds.blp, url_prefix=f"{API_PREFIX}/rounds")
    api.register_blueprint(exports.blp, url_prefix=f"{API_PREFIX}/rounds")
    api.register_blueprint(respond.blp, url_prefix=f"{API_PREFIX}/respond")
    api.register_blueprint(summaries.blp, url_prefix=f"{API_PREFIX}/rounds")
    api.register_blueprint(followups.blp, url_prefix=f"{API_PREFIX}/rounds")
    api.register_blueprint(common_responses.blp, url_prefix=f"{API_PREFIX}/rounds")
    api.register_blueprint(summaries.tasks_blp, url_prefix=f"{API_PREFIX}/tasks")
    api.register_blueprint(calendar.blp, url_prefix=f"{API_PREFIX}/events")
    api.register_blueprint(calendar.feed_blp, url_prefix=f"{API_PREFIX}/events.ics")
    api.register_blueprint(mail.blp, url_prefix=f"{API_PREFIX}/mail")
    api.register_blueprint(mail.digest_blp, url_prefix=f"{API_PREFIX}/digests")
    api.register_blueprint(glossary.blp, url_prefix=f"{API_PREFIX}/glossary")
    api.register_blueprint(webhooks.blp, url_prefix=f"{API_PREFIX}/webhooks")
    api.register_blueprint(webhooks.log_blp, url_prefix=f"{API_PREFIX}/event-log")
    register_error_handlers(app)
    app.register_blueprint(docs.blp, url_prefix=f"{API_PREFIX}/docs")
    return api
