"""/api/v1/keys: staff API keys, managed by admins."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.domain import api_keys
from consult.models import ApiKey
from consult.schemas.api_keys import ApiKeyCreateSchema, ApiKeySchema, IssuedApiKeySchema
from consult.session import request_session

blp = Blueprint("keys", __name__, description="Staff API keys (admin only)")


@blp.route("")
class Keys(MethodView):
    @require("admin")
    @blp.response(200, ApiKeySchema(many=True))
    def get(self) -> list[ApiKey]:
        """Every key, revoked ones included; secrets are never shown again."""
        return api_keys.list_keys(request_session())

    @require("admin")
    @blp.arguments(ApiKeyCreateSchema)
    @blp.response(201, IssuedApiKeySchema)
    def post(self, body: dict[str, Any]) -> api_keys.IssuedKey:
        """Issue a key; the response holds its secret, the only time it is shown."""
        session = request_session()
        issued = api_keys.create_key(session, body["name"], body["role"])
        session.commit()
        return issued


@blp.route("/<id:key_id>")
class KeyById(MethodView):
    @require("admin")
    @blp.response(200, ApiKeySchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def delete(self, key_id: int) -> ApiKey:
        """Revoke a key: from now on it gets 401."""
        session = request_session()
        key = api_keys.revoke_key(session, key_id)
        session.commit()
        return key
