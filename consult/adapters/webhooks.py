"""The webhooks' way out: the system's resolver and one POST per attempt, over urllib.

`HttpNetwork` is the `consult.domain.webhooks.Network` the API and the worker hand in. It
decides nothing: which addresses are allowed, what counts as delivered and when to try
again are the domain's rules.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from ipaddress import IPv4Address, IPv6Address, ip_address
from typing import Any

from consult.domain.webhooks import Answer


class HttpNetwork:
    """DNS through getaddrinfo; POSTs through urllib, redirects refused."""

    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirects)

    def addresses(self, host: str, port: int) -> list[IPv4Address | IPv6Address]:
        try:
            found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except UnicodeError as exc:  # a name IDNA cannot spell resolves to nothing
            raise OSError(f"cannot resolve {host!r}: {exc}") from exc
        # An IPv6 address may carry its interface ("fe80::1%eth0"); the address is before it.
        return [ip_address(str(info[4][0]).split("%", 1)[0]) for info in found]

    def post(self, url: str, headers: dict[str, str], body: bytes, timeout: float) -> Answer:
        # The domain's check_url allowed only http and https before this is called.
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
        try:
            with self._opener.open(request, timeout=timeout) as answer:
                return Answer(answer.status)
        except urllib.error.HTTPError as exc:  # an answer, with a code that is not 2xx
            return Answer(exc.code, f"HTTP {exc.code}")
        except (OSError, ValueError) as exc:  # timeouts, refused connections, bad URLs
            return Answer(None, f"{type(exc).__name__}: {exc}")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is a failure: following it could reach an address the check refused."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None
