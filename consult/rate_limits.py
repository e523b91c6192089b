"""Rate limits on what a stranger can reach: network links, the web form, unknown tokens.

Flask-Limiter counts in Redis when the broker is Redis (production: every gunicorn worker
shares one count) and in memory on the embedded default. Three budgets, each a setting
(`CONSULT_RATE_LIMIT_*`):

- a link (`/r/<token>…`, `/api/v1/respond/<token>…`): requests per link, whoever sends them;
- the web form's POSTs: saves per link;
- unknown tokens: 404s on token routes per client address, so guessing links is slow.

The console's sign-in attempts are counted in the same storage (consult.console.sign_in_budget).

Over a budget the answer is 429 with `Retry-After`, said by the edge that the app factory
hands in (consult.api.errors.too_many_requests: JSON, or a page in both languages on the
network's pages), so this module imports no edge. The counts are keyed by a hash of the
token: no link token sits in Redis.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address
from limits import RateLimitItem, parse
from werkzeug.exceptions import TooManyRequests

from consult.config import Settings

LINK_ENDPOINTS = (
    "respond.Respond",
    "respond.Followups",
    "respond.FollowupReplies",
    "web.respond_pages.form",
    "web.respond_pages.save",
    "web.respond_pages.done",
    "web.followup_pages.followup",
    "web.followup_pages.reply",
)
FORM_ENDPOINTS = ("web.respond_pages.save", "web.followup_pages.reply")
# Paths that carry a token or a signed link; a 404 under them is a failed guess.
TOKEN_PATHS = ("/r/", "/api/v1/respond/", "/digests/stop/")
REDIS_SCHEMES = ("redis://", "rediss://")
REDIS_TIMEOUTS: dict[str, str | int] = {"socket_connect_timeout": 1, "socket_timeout": 1}


# The 429 for a spent budget, given the seconds until it refills.
Refusal = Callable[[int], Response]


def init_rate_limits(app: Flask, settings: Settings, refuse: Refusal) -> Limiter:
    """Attach the limiter and its budgets, answering with `refuse(seconds)` when one is
    spent; call after every blueprint is registered."""
    in_redis = settings.broker_url.startswith(REDIS_SCHEMES)
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=settings.broker_url if in_redis else "memory://",
        # A Redis that hangs (a dropped network, not a refused connection) costs a request
        # at most this long before the fallback below counts in memory.
        storage_options=REDIS_TIMEOUTS if in_redis else {},
        key_prefix="consult-limits",
        # Redis down must not take the links down: count in memory until it is back.
        in_memory_fallback_enabled=True,
        swallow_errors=True,
    )
    per_link = limiter.shared_limit(settings.rate_limit_link, scope="link", key_func=link_key)
    per_form = limiter.shared_limit(
        settings.rate_limit_form, scope="form", key_func=link_key, methods=["POST"]
    )
    for endpoint in LINK_ENDPOINTS:
        view: Callable[..., Any] = per_link(app.view_functions[endpoint])
        if endpoint in FORM_ENDPOINTS:
            view = per_form(view)
        app.view_functions[endpoint] = view
    unknown = UnknownTokenBudget(limiter, parse(settings.rate_limit_unknown_token))
    app.before_request(unknown.refuse_when_spent)
    app.after_request(unknown.count)
    app.register_error_handler(TooManyRequests, lambda error: refuse(_retry_after(error)))
    return limiter


def link_key() -> str:
    """The link a request is for, hashed: each link has its own budget."""
    token = str((request.view_args or {}).get("token", ""))
    return hashlib.sha256(token.encode()).hexdigest()[:32]


class UnknownTokenBudget:
    """404s on token paths per client address. Counted whether or not the path matched a
    route (a malformed token is a guess too), checked before the request runs."""

    def __init__(self, limiter: Limiter, limit: RateLimitItem) -> None:
        self.limiter = limiter
        self.limit = limit

    def refuse_when_spent(self) -> None:
        if not request.path.startswith(TOKEN_PATHS):
            return
        try:
            if self.limiter.limiter.test(self.limit, "unknown-token", _client()):
                return
            reset_at = self.limiter.limiter.get_window_stats(
                self.limit, "unknown-token", _client()
            ).reset_time
        except Exception:  # the storage is down: no budget rather than no links
            current_app.logger.warning("rate limit storage unavailable; unknown-token budget off")
            return
        raise TooManyRequests(retry_after=_seconds_until(reset_at))

    def count(self, response: Response) -> Response:
        if response.status_code == 404 and request.path.startswith(TOKEN_PATHS):
            try:
                self.limiter.limiter.hit(self.limit, "unknown-token", _client())
            except Exception:  # as above
                current_app.logger.warning("rate limit storage unavailable; 404 not counted")
        return response


def _retry_after(error: TooManyRequests) -> int:
    if isinstance(error, RateLimitExceeded):
        limiter: Limiter = next(iter(current_app.extensions["limiter"]))
        limit = limiter.current_limit
        if limit is not None:
            return _seconds_until(limit.reset_at)
    given = error.retry_after
    if isinstance(given, int):
        return max(1, given)
    return 60


def _seconds_until(moment: float) -> int:
    return max(1, math.ceil(moment - time.time()))


def _client() -> str:
    return get_remote_address() or "unknown"
