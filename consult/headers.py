"""What every response says about itself: compressed for slow provincial links, and cached
only where nothing private rides in it.

A page or JSON that carries a network's link token, a signed link or a new API key is
`no-store`: no browser history, proxy or shared computer keeps it. Other staff data may be
kept by the browser but is revalidated (`private, no-cache`); the public results page and
calendar feed may be cached for a few minutes. Views that set their own Cache-Control
(versioned static assets) keep it.
"""

from __future__ import annotations

from flask import Flask, Response, request
from flask_compress import Compress

# Text worth compressing; XLSX is a zip already.
COMPRESSED = [
    "text/html",
    "text/css",
    "text/plain",
    "text/csv",
    "text/calendar",
    "text/javascript",
    "application/javascript",
    "application/json",
    "image/svg+xml",
]
# Endpoints whose responses carry a secret: a link token, a signed link or a new key.
SECRET_ENDPOINTS = frozenset(
    {
        "respond.Respond",
        "respond.Followups",
        "respond.FollowupReplies",
        "web.form",
        "web.save",
        "web.done",
        "web.followup_pages.followup",
        "web.followup_pages.reply",
        "web.stop_digests",
        "rounds.Launch",
        "rounds.Reissue",
        "keys.Keys",
        "digests.DigestPreview",
    }
)
PUBLIC_ENDPOINTS = frozenset({"web.results_pages.results", "calendar.Feed"})
PUBLIC_MAX_AGE = 300


def init_headers(app: Flask) -> None:
    app.config.update(
        COMPRESS_MIMETYPES=COMPRESSED,
        COMPRESS_ALGORITHM=["br", "gzip", "deflate"],
        COMPRESS_MIN_SIZE=500,
    )
    Compress(app)
    app.after_request(cache_policy)


def cache_policy(response: Response) -> Response:
    """Cache-Control by what the response carries (see the module's docstring)."""
    endpoint = request.endpoint or ""
    if endpoint in SECRET_ENDPOINTS:
        response.headers["Cache-Control"] = "no-store"
    elif "Cache-Control" not in response.headers:
        public = endpoint in PUBLIC_ENDPOINTS and response.status_code == 200
        response.headers["Cache-Control"] = (
            f"public, max-age={PUBLIC_MAX_AGE}" if public else "private, no-cache"
        )
    return response
