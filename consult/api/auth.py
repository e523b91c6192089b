"""Bearer-key authentication and role checks for staff endpoints."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from functools import wraps
from http import HTTPStatus
from typing import Any, TypeVar

from flask import Response, g, request
from webargs.flaskparser import abort  # flask_smorest's abort, typed NoReturn at its source

from consult.domain import api_keys, audit
from consult.models import ApiKey
from consult.session import request_session

View = TypeVar("View", bound=Callable[..., Any])

# Set on every view function: the least role that may call it. A test checks that every
# /api/v1 endpoint carries one (or is explicitly public), so none is left open by mistake.
ACCESS_ATTRIBUTE = "_consult_access"
PUBLIC = "public"
# flask-smorest's own views: the OpenAPI document and the docs page.
SPEC_ENDPOINTS = ("api-docs.",)
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def require(role: str) -> Callable[[View], View]:
    """Let the view run only for a valid, unrevoked key whose role is `role` or above.

    401 when the key is missing, malformed, unknown or revoked; 403 when its role is too low.
    Applied outermost, so a caller without the right is refused before its input is read.
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            key = _authenticated_key()
            if not api_keys.role_allows(key.role, role):
                abort(403, message=f"This needs the {role} role; your key has {key.role}.")
            g.api_key = key
            return view(*args, **kwargs)

        setattr(wrapper, ACCESS_ATTRIBUTE, role)
        _document(wrapper, role)
        return wrapper  # type: ignore[return-value]

    return decorator


def public(view: View) -> View:
    """Mark a view that anyone may call (health checks, a network's own token link)."""
    setattr(view, ACCESS_ATTRIBUTE, PUBLIC)
    return view


def access_of(endpoint: str, view: Callable[..., Any], method: str) -> str | None:
    """The least role an endpoint's method needs, PUBLIC, or None if never declared."""
    if endpoint.startswith(SPEC_ENDPOINTS):
        return PUBLIC
    view_class = getattr(view, "view_class", None)
    handler = getattr(view_class, method.lower(), view) if view_class else view
    return getattr(handler, ACCESS_ATTRIBUTE, None)


def _authenticated_key() -> ApiKey:
    scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        abort(401, message="Send an API key as 'Authorization: Bearer <key>'.")
    session = request_session()
    key = api_keys.authenticate(session, presented.strip())
    if key is None:
        abort(401, message="This API key is not valid or has been revoked.")
    session.commit()  # keeps last_used_at, which authenticate may have moved
    return key


def audit_key_writes(response: Response) -> Response:
    """A change made with an API key goes in the audit log as a console user's does: the
    key's name, the operation and the path, once the change has been answered with success.
    Read-only requests and a network's own link (no key) are not recorded."""
    key = g.get("api_key")
    if key is None or request.method not in WRITES or not 200 <= response.status_code < 400:
        return response
    operation = request.url_rule.rule if request.url_rule else request.path
    session = request_session()  # its transaction, if the view left one open (SQLite: one writer)
    audit.record(session, f"key:{key.name}", f"{request.method} {operation}", request.path)
    session.commit()
    return response


def _document(view: Any, role: str) -> None:
    apidoc = deepcopy(getattr(view, "_apidoc", {}))
    manual = apidoc.setdefault("manual_doc", {})
    manual["security"] = [{"bearerAuth": []}]
    manual["description"] = (manual.get("description", "") + f"\n\nRole: {role} or above.").strip()
    responses = apidoc.setdefault("response", {}).setdefault("responses", {})
    for status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        responses.setdefault(status.value, []).append(status.name)
    view._apidoc = apidoc
