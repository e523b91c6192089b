"""OpenAPI links: which answer feeds which next call (a new id, a network's link token).

A client reads them as "what to call next"; schemathesis' stateful phase follows them to
chain calls on real ids instead of guessing ones that 404. `LinksPlugin` writes them into
the document as apispec builds each path; tests/api/test_openapi.py checks that every
target operation, parameter and response field they name exists, so they cannot rot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from apispec import BasePlugin

ROUND = "/api/v1/rounds/{round_id}"
NETWORK = "/api/v1/networks/{network_id}"
RESPOND = "/api/v1/respond/{token}"
WEBHOOK = "/api/v1/webhooks/{webhook_id}"


@dataclass(frozen=True)
class Link:
    """From a response of `source` ("METHOD /path") with `status` to the `target` operation."""

    source: str
    status: int
    name: str
    target: str
    parameters: dict[str, str]
    request_body: dict[str, str] = field(default_factory=dict)

    def definition(self) -> dict[str, Any]:
        """The Link Object: the target by `operationRef` (the document has no operationIds)."""
        method, path = self.target.split(" ")
        pointer = path.replace("~", "~0").replace("/", "~1")
        described: dict[str, Any] = {
            "operationRef": f"#/paths/{pointer}/{method.lower()}",
            "parameters": self.parameters,
        }
        if self.request_body:
            described["requestBody"] = self.request_body
            # The body is whole: schemathesis would otherwise merge it into one it made up.
            described["x-schemathesis"] = {"merge_body": False}
        return described


def fan_out(source: str, status: int, parameters: dict[str, str], **targets: str) -> list[Link]:
    """The same values handed to several next operations, one link each (named by keyword)."""
    return [Link(source, status, name, target, parameters) for name, target in targets.items()]


SAME_ROUND = {"round_id": "$request.path.round_id"}
FIRST_INVITATION = "$response.body#/invitations/0"
# What staff do next with a round, a network, an event or a webhook subscription, whether it
# was just created or read from its list.
ROUND_NEXT = {
    "GetRound": f"GET {ROUND}",
    "EditRound": f"PATCH {ROUND}",
    "LaunchRound": f"POST {ROUND}/launch",
    "MoveRound": f"POST {ROUND}/{{action}}",
    "ListInvitations": f"GET {ROUND}/invitations",
    "ListResponses": f"GET {ROUND}/responses",
    "GetSummary": f"GET {ROUND}/summary",
    "Recompute": f"POST {ROUND}/summary/recompute",
    "GetCommonResponse": f"GET {ROUND}/common-response",
    "SendFollowup": f"POST {ROUND}/followups",
}
NETWORK_NEXT = {
    "GetNetwork": f"GET {NETWORK}",
    "EditNetwork": f"PATCH {NETWORK}",
    "ArchiveNetwork": f"DELETE {NETWORK}",
    "AddContact": f"POST {NETWORK}/contacts",
}
EVENT_NEXT = {
    "GetEvent": "GET /api/v1/events/{event_id}",
    "EditEvent": "PATCH /api/v1/events/{event_id}",
    "DeleteEvent": "DELETE /api/v1/events/{event_id}",
}
WEBHOOK_NEXT = {
    "ListDeliveries": f"GET {WEBHOOK}/deliveries",
    "Unsubscribe": f"DELETE {WEBHOOK}",
    "Enable": f"POST {WEBHOOK}/enable",
}
LINK_NEXT = {
    "OpenLink": f"GET {RESPOND}",
    "SaveDraft": f"PUT {RESPOND}",
    "Submit": f"POST {RESPOND}",
}
INVITED_NEXT = {
    "GetResponseHistory": f"GET {ROUND}/responses/{{network_id}}",
    "ReissueLink": f"POST {ROUND}/invitations/{{network_id}}/reissue",
}
# A round's questionnaire and settings, as read, make the next round.
ROUND_COPY = {
    name: f"$response.body#/{name}"
    for name in ("title", "purpose", "questions", "audience", "lens", "opens_at", "closes_at")
}
LATEST_VERSION = {"version": "$response.body#/latest/number"}

LINKS: list[Link] = [
    *fan_out("POST /api/v1/rounds", 201, {"round_id": "$response.body#/id"}, **ROUND_NEXT),
    *fan_out("GET /api/v1/rounds", 200, {"round_id": "$response.body#/items/0/id"}, **ROUND_NEXT),
    Link(f"GET {ROUND}", 200, "CopyRound", "POST /api/v1/rounds", {}, ROUND_COPY),
    *fan_out(
        f"POST {ROUND}/launch",
        200,
        {"token": f"{FIRST_INVITATION}/token"},
        **LINK_NEXT,
        ListAddressed=f"GET {RESPOND}/followups",
    ),
    *fan_out(
        f"POST {ROUND}/launch",
        200,
        {**SAME_ROUND, "network_id": f"{FIRST_INVITATION}/network/id"},
        **INVITED_NEXT,
    ),
    *fan_out(
        f"GET {ROUND}/invitations",
        200,
        {**SAME_ROUND, "network_id": "$response.body#/items/0/network/id"},
        **INVITED_NEXT,
    ),
    *fan_out(
        f"POST {ROUND}/invitations/{{network_id}}/reissue",
        200,
        {"token": "$response.body#/token"},
        **LINK_NEXT,
    ),
    *fan_out(
        f"PUT {RESPOND}",
        200,
        {"token": "$request.path.token"},
        OpenLink=f"GET {RESPOND}",
        Submit=f"POST {RESPOND}",
    ),
    *fan_out(
        f"POST {RESPOND}",
        200,
        {"token": "$request.path.token"},
        OpenLink=f"GET {RESPOND}",
        SaveDraft=f"PUT {RESPOND}",
    ),
    *fan_out(
        f"GET {RESPOND}/followups",
        200,
        {"token": "$request.path.token", "followup_id": "$response.body#/items/0/id"},
        Reply=f"POST {RESPOND}/followups/{{followup_id}}",
    ),
    *fan_out(
        f"POST {ROUND}/followups",
        201,
        {**SAME_ROUND, "followup_id": "$response.body#/followup/id"},
        GetFollowup=f"GET {ROUND}/followups/{{followup_id}}",
    ),
    *fan_out(
        f"POST {ROUND}/summary/recompute",
        202,
        {"task_id": "$response.body#/task_id"},
        GetTask="GET /api/v1/tasks/{task_id}",
    ),
    *fan_out(
        f"POST {ROUND}/common-response",
        201,
        SAME_ROUND,
        GetCommonResponse=f"GET {ROUND}/common-response",
    ),
    # Approve what was just read or written: the version must still be the latest.
    Link(
        f"POST {ROUND}/common-response",
        201,
        "Approve",
        f"POST {ROUND}/common-response/approve",
        SAME_ROUND,
        LATEST_VERSION,
    ),
    Link(
        f"GET {ROUND}/common-response",
        200,
        "Approve",
        f"POST {ROUND}/common-response/approve",
        SAME_ROUND,
        LATEST_VERSION,
    ),
    *fan_out("POST /api/v1/networks", 201, {"network_id": "$response.body#/id"}, **NETWORK_NEXT),
    *fan_out(
        "GET /api/v1/networks", 200, {"network_id": "$response.body#/items/0/id"}, **NETWORK_NEXT
    ),
    *fan_out(
        f"POST {NETWORK}/contacts",
        201,
        {"network_id": "$request.path.network_id", "contact_id": "$response.body#/id"},
        EditContact=f"PATCH {NETWORK}/contacts/{{contact_id}}",
        RemoveContact=f"DELETE {NETWORK}/contacts/{{contact_id}}",
    ),
    *fan_out(
        "POST /api/v1/keys",
        201,
        {"key_id": "$response.body#/key/id"},
        RevokeKey="DELETE /api/v1/keys/{key_id}",
    ),
    *fan_out("POST /api/v1/events", 201, {"event_id": "$response.body#/id"}, **EVENT_NEXT),
    *fan_out("GET /api/v1/events", 200, {"event_id": "$response.body#/items/0/id"}, **EVENT_NEXT),
    *fan_out(
        "POST /api/v1/glossary",
        201,
        {"term_id": "$response.body#/id"},
        DeleteTerm="DELETE /api/v1/glossary/{term_id}",
    ),
    *fan_out(
        "POST /api/v1/webhooks", 201, {"webhook_id": "$response.body#/webhook/id"}, **WEBHOOK_NEXT
    ),
    *fan_out("GET /api/v1/webhooks", 200, {"webhook_id": "$response.body#/0/id"}, **WEBHOOK_NEXT),
    *fan_out(
        f"GET {WEBHOOK}/deliveries",
        200,
        {"webhook_id": "$request.path.webhook_id", "delivery_id": "$response.body#/items/0/id"},
        Replay=f"POST {WEBHOOK}/deliveries/{{delivery_id}}/replay",
    ),
]


class LinksPlugin(BasePlugin):
    """Adds `LINKS` to the responses of their source operations as each path is documented."""

    def operation_helper(
        self, path: str | None = None, operations: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        for link in LINKS:
            method, source = link.source.split(" ")
            operation = (operations or {}).get(method.lower())
            if source != path or operation is None:
                continue
            response = operation["responses"][link.status]
            response.setdefault("links", {})[link.name] = link.definition()
