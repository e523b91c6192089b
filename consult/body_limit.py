"""A chunked request body counts against `CONSULT_MAX_BODY_BYTES` like any other.

A body sent without Content-Length (Transfer-Encoding: chunked) is cut at the limit by
Werkzeug without a word: the request goes on with the part that fit (a 400 "invalid
JSON", or worse a 200 on a prefix). This WSGI layer reads such a body first, up to one
byte past the limit, and hands the application a body of known length: a body over the
limit is then the same JSON 413 as one that declared its length.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

_READ_SIZE = 64 * 1024


class ChunkedBodyLimit:
    def __init__(self, app: WSGIApplication, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        # Only a server that ends the stream itself (gunicorn, Werkzeug's) can be read to
        # its end safely; Werkzeug gives an empty body in the other case anyway.
        if chunked and not environ.get("CONTENT_LENGTH") and environ.get("wsgi.input_terminated"):
            body = self._read_up_to_limit(environ["wsgi.input"])
            # Over the limit, the declared length alone makes Werkzeug answer 413 when the
            # body is read; the part already read is not kept.
            environ["wsgi.input"] = io.BytesIO(b"" if len(body) > self.max_body_bytes else body)
            environ["CONTENT_LENGTH"] = str(len(body))
            environ.pop("HTTP_TRANSFER_ENCODING", None)
        return self.app(environ, start_response)

    def _read_up_to_limit(self, stream: io.BufferedIOBase) -> bytes:
        parts, size = [], 0
        while size <= self.max_body_bytes:
            part = stream.read(min(_READ_SIZE, self.max_body_bytes + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
        return b"".join(parts)
