"""Bearer-key authentication and role checks for staff endpoints, and the audit line of
each change a key makes."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from functools import wraps
from http import HTTPStatus
from typing import Any, TypeVar

from flask import Response, g, request
from sqlalchemy import event
from sqlalchemy.orm import Session
from webargs.flaskparser import abort  # flask_smorest's abort, typed NoReturn at its source

from consult.domain import api_keys, audit
from consult.models import ApiKey
from consult.roles import role_allows
from consult.session import request_session

View = TypeVar("View", bound=Callable[..., Any])

# Set on every view function: the least role that may call it. A test checks that every
# /api/v1 endpoint carries one (or is explicitly public), so none is left open by mistake.
ACCESS_ATTRIBUTE = "_consult_access"
PUBLIC = "public"
# flask-smorest's own views: the OpenAPI document and the docs page.
SPEC_ENDPOINTS = ("api-docs.",)
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# In `g`: a keyed write's audit line (actor, action, target) until a commit takes it.
PENDING_AUDIT_LINE = "pending_audit_line"


def require(role: str) -> Callable[[View], View]:
    """Let the view run only for a valid, unrevoked key whose role is `role` or above.

    401 when the key is missing, malformed, unknown or revoked; 403 when its role is too low.
    Applied outermost, so a caller without the right is refused before its input is read.
    A write's audit line goes in with what the view commits (`_audit_with_the_write`).
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            key = _authenticated_key()
            if not role_allows(key.role, role):
                abort(403, message=f"This needs the {role} role; your key has {key.role}.")
            g.api_key = key
            if request.method in WRITES:
                _audit_with_the_write(request_session(), key)
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


def _audit_with_the_write(session: Session, key: ApiKey) -> None:
    """A change made with an API key goes in the audit log as a console user's does: the
    key's name, the operation and the path, added as the view's first commit begins, so the
    change and its line are one transaction (a crash keeps both or neither)."""
    operation = request.url_rule.rule if request.url_rule else request.path
    g.setdefault(
        PENDING_AUDIT_LINE, (f"key:{key.name}", f"{request.method} {operation}", request.path)
    )
    event.listen(session, "before_commit", _record_pending_line, once=True)


def _record_pending_line(session: Session) -> None:
    line = g.pop(PENDING_AUDIT_LINE, None)
    if line is not None:
        audit.record(session, *line)


def audit_writes_that_committed_nothing(response: Response) -> Response:
    """A keyed write answered with success that committed nothing (a dry run, a recompute
    asked for) still gets its line, alone: there is no change for it to go with. What the
    view left uncommitted is not a change it made, so it is rolled back first. A refused
    write and a read leave no line."""
    if PENDING_AUDIT_LINE in g and 200 <= response.status_code < 400:
        session = request_session()
        session.rollback()
        session.commit()  # _record_pending_line adds the line as it begins
    g.pop(PENDING_AUDIT_LINE, None)
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
