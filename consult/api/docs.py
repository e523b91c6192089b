"""/api/v1/docs: Swagger UI 5 (it reads OpenAPI 3.1) from files vendored in the package.

Nothing comes from a CDN: provincial links are slow or offline. The assets' URLs carry a
hash of their content, so a browser keeps them for a year and a new version is a new URL;
the page itself, which names those URLs, is cached for minutes only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask import Blueprint, Response, abort, request, url_for
from markupsafe import escape

from consult.api.auth import public

STATIC = Path(__file__).parent / "static"
IMMUTABLE = "public, max-age=31536000, immutable"
PAGE_CACHE = "public, max-age=300"
HASH_LENGTH = 16


@dataclass(frozen=True)
class Asset:
    # Held in memory (2 MB): a body, not a file stream, is one flask-compress gzips too
    # (it compresses streams only with brotli, which browsers offer only over HTTPS).
    content: bytes
    mimetype: str
    digest: str  # the first HASH_LENGTH hex digits of the content's SHA-256


def _asset(relative: str, mimetype: str) -> Asset:
    content = (STATIC / relative).read_bytes()
    return Asset(content, mimetype, hashlib.sha256(content).hexdigest()[:HASH_LENGTH])


PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>consult API</title>
<link rel="stylesheet" href="{css}">
</head>
<body>
<noscript><p>This page needs JavaScript. The API's description is
<a href="{openapi}">{openapi}</a> (OpenAPI 3.1).</p></noscript>
<div id="swagger-ui" data-openapi="{openapi}"></div>
<script src="{bundle}" defer></script>
<script src="{start}" defer></script>
</body>
</html>
"""


blp = Blueprint("docs", __name__)


@cache
def assets() -> dict[str, Asset]:
    """The files the page loads, by the name in their URL (hashed once per process)."""
    return {
        "swagger-ui-bundle.js": _asset("swagger-ui/swagger-ui-bundle.js", "text/javascript"),
        "swagger-ui.css": _asset("swagger-ui/swagger-ui.css", "text/css"),
        "docs.js": _asset("docs.js", "text/javascript"),
    }


def asset_url(name: str) -> str:
    """The URL of an asset with its content hash: a new file is a new URL."""
    return url_for("docs.asset", name=name, v=assets()[name].digest)


@blp.get("")
@public
def page() -> Response:
    html = PAGE.format(
        css=escape(asset_url("swagger-ui.css")),
        bundle=escape(asset_url("swagger-ui-bundle.js")),
        start=escape(asset_url("docs.js")),
        openapi=escape(url_for("api-docs.openapi_json")),
    )
    response = Response(html, content_type="text/html; charset=utf-8")
    response.headers["Cache-Control"] = PAGE_CACHE
    return response


@blp.get("/assets/<name>")
@public
def asset(name: str) -> Response:
    """An asset, kept for a year when asked for by its current hash (`?v=`); otherwise
    revalidated each time, so an old page or a typed URL still gets today's file."""
    found = assets().get(name)
    if found is None:
        abort(404)
    response = Response(found.content, mimetype=found.mimetype)
    response.set_etag(found.digest)
    response.make_conditional(request)
    response.headers["Cache-Control"] = (
        IMMUTABLE if request.args.get("v") == found.digest else "no-cache"
    )
    return response
