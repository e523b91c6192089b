"""What every response says about itself: compressed for slow provincial links, and cached
only where nothing private rides in it.

A page or JSON that carries a network's link token, a signed link or a new API key is
`no-store`: no browser history, proxy or shared computer keeps it. Other staff data may be
kept by the browser but is revalidated (`private, no-cache`); the public results page and
calendar feed may be cached for a few minutes. Views that set their own Cache-Control
(versioned static assets) keep it.

Every response also says what a browser may do with it: no script but our own files
(inline styles are allowed: the pages and Swagger UI use them), never inside a frame, no
type sniffing, no Referer (a link's URL is its credential), and HSTS when served over
TLS (directly or, with `CONSULT_TRUSTED_PROXIES`, behind a proxy that says so).
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
        "web.respond_pages.form",
        "web.respond_pages.save",
        "web.respond_pages.done",
        "web.followup_pages.followup",
        "web.followup_pages.reply",
        "web.digest_pages.stop_digests",
        "rounds.Launch",
        "rounds.Reissue",
        "keys.Keys",
        "digests.DigestPreview",
    }
)
# Staff console pages: a shared office computer keeps none of them (some carry links).
CONSOLE_PREFIX = "console."
PUBLIC_ENDPOINTS = frozenset({"web.results_pages.results", "calendar.Feed"})
PUBLIC_MAX_AGE = 300
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
HSTS = "max-age=31536000; includeSubDomains"


def init_headers(app: Flask) -> None:
    app.config.update(
        COMPRESS_MIMETYPES=COMPRESSED,
        COMPRESS_ALGORITHM=["br", "gzip", "deflate"],
        COMPRESS_MIN_SIZE=500,
    )
    Compress(app)
    app.after_request(cache_policy)
    app.after_request(security_headers)


def cache_policy(response: Response) -> Response:
    """Cache-Control by what the response carries (see the module's docstring)."""
    endpoint = request.endpoint or ""
    if endpoint in SECRET_ENDPOINTS or endpoint.startswith(CONSOLE_PREFIX):
        response.headers["Cache-Control"] = "no-store"
    elif "Cache-Control" not in response.headers:
        public = endpoint in PUBLIC_ENDPOINTS and response.status_code == 200
        response.headers["Cache-Control"] = (
            f"public, max-age={PUBLIC_MAX_AGE}" if public else "private, no-cache"
        )
    return response


def security_headers(response: Response) -> Response:
    """The browser-side policy of every response (see the module's docstring)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = HSTS
    return response
