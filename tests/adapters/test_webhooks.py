"""The webhooks' adapter on its own, against a real HTTP server on this machine and the
system's resolver: what a receiver answers, what it never sees, and what a host resolves to."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import IPv4Address

import pytest

from consult.adapters.webhooks import HttpNetwork
from consult.domain.webhooks import Answer

SLOW_ANSWER_SECONDS = 0.5


class Receiver:
    """Answers a POST by its path: /ok 204, /broken 500, /moved a redirect to /ok, /slow
    after SLOW_ANSWER_SECONDS; keeps (path, headers, body) of every request it read."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                headers = {name.lower(): value for name, value in self.headers.items()}
                receiver.requests.append((self.path, headers, body))
                if self.path == "/slow":
                    time.sleep(SLOW_ANSWER_SECONDS)
                try:
                    self.send_response({"/broken": 500, "/moved": 302}.get(self.path, 204))
                    if self.path == "/moved":
                        self.send_header("Location", "/ok")
                    self.end_headers()
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    thread = threading.Thread(target=receiver.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


def test_a_post_reaches_the_receiver_with_its_headers_and_body(receiver: Receiver):
    headers = {"content-type": "application/json", "webhook-id": "msg_1"}
    answer = HttpNetwork().post(f"{receiver.base}/ok", headers, b'{"type":"round.closed"}', 5)
    assert answer == Answer(204)
    ((path, seen, body),) = receiver.requests
    assert path == "/ok" and body == b'{"type":"round.closed"}'
    assert seen["webhook-id"] == "msg_1" and seen["content-type"] == "application/json"


def test_a_receiver_error_is_its_code(receiver: Receiver):
    assert HttpNetwork().post(f"{receiver.base}/broken", {}, b"{}", 5) == Answer(500, "HTTP 500")


def test_a_redirect_is_answered_not_followed(receiver: Receiver):
    assert HttpNetwork().post(f"{receiver.base}/moved", {}, b"{}", 5) == Answer(302, "HTTP 302")
    assert [path for path, _, _ in receiver.requests] == ["/moved"]


def test_a_receiver_slower_than_the_timeout_is_an_error_without_a_code(receiver: Receiver):
    started = time.monotonic()
    answer = HttpNetwork().post(f"{receiver.base}/slow", {}, b"{}", SLOW_ANSWER_SECONDS / 5)
    assert time.monotonic() - started < SLOW_ANSWER_SECONDS
    assert answer.code is None and "timed out" in (answer.error or "")


def test_a_port_nobody_listens_on_is_an_error_without_a_code():
    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = HttpNetwork().post(f"http://127.0.0.1:{port}/hook", {}, b"{}", 5)
    assert answer.code is None and "refused" in (answer.error or "")


def test_a_host_resolves_to_its_addresses():
    network = HttpNetwork()
    assert network.addresses("127.0.0.1", 80) == [IPv4Address("127.0.0.1")]
    assert IPv4Address("127.0.0.1") in network.addresses("localhost", 443)


@pytest.mark.parametrize("host", ["nowhere.invalid", "a" * 64 + ".org"])
def test_a_host_that_resolves_to_nothing_is_an_os_error(host: str):
    with pytest.raises(OSError):
        HttpNetwork().addresses(host, 80)
