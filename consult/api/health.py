"""Liveness (the process answers) and readiness (its database and broker answer)."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from marshmallow import Schema, fields

from consult.api.auth import public
from consult.api.blueprint import Blueprint
from consult.domain.health import readiness
from consult.runtime import current_runtime

blp = Blueprint("health", __name__, description="Liveness and readiness probes")


class HealthSchema(Schema):
    status = fields.String(metadata={"example": "ok"})
    checks = fields.Dict(keys=fields.String(), values=fields.String())


@blp.route("/healthz")
class Health(MethodView):
    @public
    @blp.response(200, HealthSchema)
    def get(self) -> dict[str, Any]:
        """The process is up (checks nothing else)."""
        return {"status": "ok", "checks": {}}


@blp.route("/readyz")
class Ready(MethodView):
    @public
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=HealthSchema, description="A dependency is down")
    def get(self) -> tuple[dict[str, Any], int]:
        """The database and the broker answer; 503 names the one that does not."""
        runtime = current_runtime()
        checks = readiness(runtime.database, runtime.celery)
        ready = all(state == "ok" for state in checks.values())
        return {"status": "ok" if ready else "unavailable", "checks": checks}, (
            200 if ready else 503
        )
