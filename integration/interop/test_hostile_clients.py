"""Hostile and broken clients against the real `outrigger serve` binary.

Each test sends one request shape that no SDK would send (a CONNECT line, an absolute-form
target, smuggling-style framing, floods of headers, other protocols on the plain port, bad bytes)
and then checks three things: the client got an answer or a closed connection, the process is
still running, and a normal call succeeds afterwards. A request that takes the process down fails
every test after it.

The proxy here is its own, so a crash cannot hide behind the shared session stack.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
import threading
import time
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import pytest

from interop_support import ADMIN_READY, MOCK_READY, TRAFFIC_READY, Child, binary_path, child_env, http_get

UNARY_PATH = "/v1beta/models/gemini-2.5-flash:generateContent"
BODY = json.dumps({"contents": [{"role": "user", "parts": [{"text": "Which sunglasses do you sell?"}]}]})


class Proxy:
    def __init__(self, proc: Child, port: int, admin_url: str) -> None:
        self.child = proc
        self.port = port
        self.admin_url = admin_url

    def exchange(self, data: bytes, timeout: float = 3.0) -> bytes:
        """Sends raw bytes and reads until the server closes or `timeout` passes without data."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            try:
                sock.sendall(data)
            except OSError:
                pass  # the server may close before reading everything (a 2 MB header)
            chunks = []
            try:
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
            except (socket.timeout, ConnectionResetError):
                pass
            return b"".join(chunks)

    def assert_alive_and_serving(self) -> None:
        time.sleep(0.3)  # a trap on a background task shows up a moment later
        assert self.child.proc.poll() is None, f"outrigger exited\n{self.child.output()[-4000:]}"
        request = (
            f"POST {UNARY_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"x-goog-api-key: test-key\r\nContent-Length: {len(BODY)}\r\nConnection: close\r\n\r\n{BODY}"
        ).encode()
        reply = self.exchange(request, timeout=10)
        assert reply.startswith(b"HTTP/1.1 200"), f"normal call after the hostile one: {reply[:300]!r}"


def start_stack(logs: Path, config: str = "") -> Iterator[Proxy]:
    mock = Child("mock", [str(binary_path()), "mock-gemini", "--listen", "127.0.0.1:0"], logs, child_env())
    proc: Child | None = None
    config_path = logs / "outrigger.yaml"
    config_path.write_text(config)
    try:
        mock_url = mock.wait_for(MOCK_READY)
        proc = Child(
            "proxy",
            [str(binary_path()), "serve", "--config", str(config_path), "--listen", "127.0.0.1:0",
             "--admin-listen", "127.0.0.1:0", "--upstream", mock_url],
            logs,
            child_env(DD_DOGSTATSD_URL="udp://127.0.0.1:9", DD_TRACE_ENABLED="false", DD_LLMOBS_ENABLED="false"),
        )
        traffic = urlparse(proc.wait_for(TRAFFIC_READY))
        admin = proc.wait_for(ADMIN_READY).rstrip("/")
        yield Proxy(proc, traffic.port or 0, admin)
    finally:
        if proc is not None:
            proc.stop()
        mock.stop()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    """The documented defaults."""
    yield from start_stack(tmp_path_factory.mktemp("hostile-logs"))


# Short bounds, so the tests of time and connection limits run in seconds.
TIGHT = """limits:
  idle_timeout: "2s"
  request_read_timeout: "3s"
  max_connections: 40
"""


@pytest.fixture(scope="module")
def tight_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    yield from start_stack(tmp_path_factory.mktemp("hostile-tight-logs"), TIGHT)


def status_of(reply: bytes) -> int | None:
    if not reply.startswith(b"HTTP/1.1 "):
        return None
    return int(reply[9:12])


def header(reply: bytes, name: str) -> str | None:
    head = reply.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    for line in head.split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return None


def test_connect_is_refused_and_the_process_keeps_running(proxy: Proxy) -> None:
    reply = proxy.exchange(b"CONNECT evil.example.com:443 HTTP/1.1\r\nHost: evil.example.com:443\r\n\r\n")
    assert status_of(reply) == 405, reply[:500]
    assert header(reply, "x-outrigger-error") == "connect_refused"
    assert "OPTIONS" in (header(reply, "allow") or "")
    # HTTP/1 framing gives a response to CONNECT no body, so the connection is closed after the head.
    assert header(reply, "connection") == "close"
    proxy.assert_alive_and_serving()


def test_options_asterisk_is_answered_by_outrigger(proxy: Proxy) -> None:
    reply = proxy.exchange(b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", timeout=1.0)
    assert status_of(reply) == 200, reply[:500]
    assert header(reply, "allow") == "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
    proxy.assert_alive_and_serving()


def test_absolute_form_is_refused(proxy: Proxy) -> None:
    reply = proxy.exchange(f"GET http://evil.example.com{UNARY_PATH} HTTP/1.1\r\nHost: evil.example.com\r\n\r\n".encode())
    assert status_of(reply) == 400, reply[:500]
    assert header(reply, "x-outrigger-error") == "forward_proxy_refused"
    proxy.assert_alive_and_serving()


class CountingListener:
    """A TCP listener that only counts connections: where a forward proxy would have gone."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.stopping = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self.stopping = True
        self.thread.join()
        self.sock.close()


def test_no_request_line_reaches_another_host(proxy: Proxy) -> None:
    listener = CountingListener()
    try:
        target = f"127.0.0.1:{listener.port}"
        shapes = [
            f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n",
            f"GET http://{target}/v1beta/models HTTP/1.1\r\nHost: {target}\r\n\r\n",
            f"POST http://{target}{UNARY_PATH} HTTP/1.1\r\nHost: {target}\r\nContent-Length: {len(BODY)}\r\n\r\n{BODY}",
            f"GET {target} HTTP/1.1\r\nHost: {target}\r\n\r\n",
            f"GET /v1beta/models HTTP/1.1\r\nHost: {target}\r\nConnection: close\r\n\r\n",
        ]
        for shape in shapes:
            proxy.exchange(shape.encode(), timeout=1.5)
        time.sleep(0.5)
        assert listener.accepted == 0, "a request line or Host header made outrigger connect elsewhere"
        # The listener does count: a direct connection is seen.
        socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
        deadline = time.monotonic() + 2
        while listener.accepted == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.accepted == 1
    finally:
        listener.close()
    proxy.assert_alive_and_serving()


def _client_hello() -> bytes:
    """The first bytes a real TLS client sends (Python's own ClientHello, captured from a socket pair)."""
    a, b = socket.socketpair()
    try:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        tls = context.wrap_socket(a, server_hostname="generativelanguage.googleapis.com", do_handshake_on_connect=False)
        tls.setblocking(False)
        try:
            tls.do_handshake()
        except ssl.SSLWantReadError:
            pass
        b.settimeout(2)
        return b.recv(65536)
    finally:
        a.close()
        b.close()


CHUNKED = f"POST {UNARY_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
SHAPES: dict[str, bytes] = {
    "content-length and transfer-encoding": (
        CHUNKED + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n"
    ).encode(),
    "duplicate content-length": (CHUNKED + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} ").encode(),
    "bad chunk size": (CHUNKED + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n").encode(),
    "chunk size overflow": (CHUNKED + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n{}\r\n").encode(),
    "1 MB header": (f"GET /v1beta/models HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * (1 << 20)}\r\n\r\n").encode(),
    "2 MB header": (f"GET /v1beta/models HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * (2 << 20)}\r\n\r\n").encode(),
    "10,000 headers": ("GET /v1beta/models HTTP/1.1\r\nHost: x\r\n" + "".join(f"X-H{i}: v\r\n" for i in range(10_000)) + "\r\n").encode(),
    "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00",
    "bad UTF-8 in the path": b"GET /v1beta/models/\xff\xfe:generateContent HTTP/1.1\r\nHost: x\r\n\r\n",
    "NUL in a header": b"GET /v1beta/models HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n",
    "no version": b"GET /v1beta/models\r\n\r\n",
    "garbage line": b"\x01\x02\x03 hello\r\n\r\n",
    "lower-case method": b"get /v1beta/models HTTP/1.1\r\nHost: x\r\n\r\n",
    "empty target": b"GET  HTTP/1.1\r\nHost: x\r\n\r\n",
    "asterisk with GET": b"GET * HTTP/1.1\r\nHost: x\r\n\r\n",
    "TRACE": b"TRACE / HTTP/1.1\r\nHost: x\r\nx-goog-api-key: secret-echo\r\n\r\n",
    "bad percent encoding": b"GET /v1beta/models/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
    "absolute form with a port past 65535": b"GET http://127.0.0.1:99999/ HTTP/1.1\r\nHost: x\r\n\r\n",
    "authority form with GET": b"GET 127.0.0.1:0 HTTP/1.1\r\nHost: x\r\n\r\n",
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_hostile_shape_gets_an_error_and_costs_only_itself(proxy: Proxy, name: str) -> None:
    reply = proxy.exchange(SHAPES[name], timeout=2.0)
    status = status_of(reply)
    assert status is None or 400 <= status < 500, f"{name}: {reply[:300]!r}"
    assert b"secret-echo" not in reply
    proxy.assert_alive_and_serving()


def test_tls_client_hello_on_the_plain_port(proxy: Proxy) -> None:
    reply = proxy.exchange(_client_hello(), timeout=2.0)
    assert status_of(reply) in (None, 400), reply[:300]
    proxy.assert_alive_and_serving()


def test_pipelined_requests_are_answered_in_order(proxy: Proxy) -> None:
    one = f"POST {UNARY_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n{BODY}"
    last = "CONNECT evil.example.com:443 HTTP/1.1\r\nHost: evil.example.com\r\n\r\n"
    reply = proxy.exchange((one + one + last).encode(), timeout=3.0)
    statuses = [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", reply)]
    assert statuses == [200, 200, 405], reply[:1000]
    proxy.assert_alive_and_serving()


def _settled_status(proxy: Proxy) -> dict:
    """/v1/status once the count of recorded calls has stopped moving for 0.3 s: calls of earlier
    tests are recorded after they are answered, and one landing late would count as this test's."""
    status = json.loads(http_get(proxy.admin_url + "/v1/status")[1])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.3)
        again = json.loads(http_get(proxy.admin_url + "/v1/status")[1])
        if again["totals"]["requests"] == status["totals"]["requests"]:
            return again
        status = again
    return status


def test_rejections_are_counted(proxy: Proxy) -> None:
    before = _settled_status(proxy)
    proxy.exchange(b"CONNECT evil.example.com:443 HTTP/1.1\r\nHost: evil.example.com\r\n\r\n")
    deadline = time.monotonic() + 5
    while True:
        status = json.loads(http_get(proxy.admin_url + "/v1/status")[1])
        if status["totals"]["requests"] > before["totals"]["requests"] or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert status["totals"]["requests"] == before["totals"]["requests"] + 1
    assert status["recent_calls"][-1]["outcome"] == "rejected"


def trickle(proxy: Proxy, head: bytes, rest: bytes, interval: float, limit: float) -> tuple[float, bytes]:
    """Sends `head`, then `rest` one byte every `interval` s until the server closes or `limit` s
    pass; returns when it closed (seconds) and what it answered."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=limit) as sock:
        sock.sendall(head)
        sock.settimeout(interval)
        answer = b""
        for byte in rest:
            if time.monotonic() - start > limit:
                break
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return time.monotonic() - start, answer
            try:
                chunk = sock.recv(65536)
                if not chunk:
                    return time.monotonic() - start, answer
                answer += chunk
            except socket.timeout:
                pass
            except ConnectionResetError:
                return time.monotonic() - start, answer
    return float("inf"), answer


def test_slowloris_head_is_cut_at_the_idle_timeout(tight_proxy: Proxy) -> None:
    request = f"POST {UNARY_PATH} HTTP/1.1\r\nHost: x\r\n" + "X-Slow: " + "a" * 200 + "\r\n\r\n"
    closed_after, _ = trickle(tight_proxy, b"", request.encode(), interval=0.25, limit=20)
    assert closed_after < 6, f"a head sent one byte every 0.25 s held the connection for {closed_after:.1f} s (idle_timeout 2s)"
    tight_proxy.assert_alive_and_serving()


def test_slow_body_is_cut_at_the_request_read_timeout(tight_proxy: Proxy) -> None:
    head = f"POST {UNARY_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
    closed_after, _ = trickle(tight_proxy, head.encode(), BODY.encode(), interval=0.25, limit=30)
    assert closed_after < 7, f"a body sent one byte every 0.25 s held the connection for {closed_after:.1f} s (request_read_timeout 3s)"
    tight_proxy.assert_alive_and_serving()


def test_connections_beyond_the_cap_are_closed_and_counted(tight_proxy: Proxy) -> None:
    idle = [socket.create_connection(("127.0.0.1", tight_proxy.port), timeout=5) for _ in range(40)]
    try:
        time.sleep(0.3)
        extra = socket.create_connection(("127.0.0.1", tight_proxy.port), timeout=5)
        extra.settimeout(3)
        try:
            assert extra.recv(1) == b"", "the 41st connection is closed at once"
        except ConnectionResetError:
            pass
        finally:
            extra.close()
        status = json.loads(http_get(tight_proxy.admin_url + "/v1/status")[1])
        assert status["traffic"]["refused_connections"] >= 1
        assert status["traffic"]["max_connections"] == 40
    finally:
        for sock in idle:
            sock.close()
    time.sleep(0.3)
    tight_proxy.assert_alive_and_serving()


def test_a_thousand_idle_connections_leave_the_proxy_serving(proxy: Proxy) -> None:
    idle = []
    try:
        for _ in range(1000):
            idle.append(socket.create_connection(("127.0.0.1", proxy.port), timeout=5))
        proxy.assert_alive_and_serving()
        status = json.loads(http_get(proxy.admin_url + "/v1/status")[1])
        assert status["traffic"]["open_connections"] >= 1000
        assert status["traffic"]["refused_connections"] == 0
    finally:
        for sock in idle:
            sock.close()


def test_http_1_0_without_host_is_served(proxy: Proxy) -> None:
    request = f"POST {UNARY_PATH} HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n{BODY}"
    reply = proxy.exchange(request.encode(), timeout=5)
    assert reply.startswith(b"HTTP/1.") and reply[9:12] == b"200", reply[:300]
    assert b"candidates" in reply
    proxy.assert_alive_and_serving()


@pytest.mark.parametrize("path", ["/v1beta/models/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/v1beta/models/..%2f..%2fadmin"])
def test_path_traversal_stays_on_the_upstream(proxy: Proxy, path: str) -> None:
    listener = CountingListener()
    try:
        reply = proxy.exchange(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{listener.port}\r\nConnection: close\r\n\r\n".encode(), timeout=5)
        assert status_of(reply) is not None, reply[:300]
        assert listener.accepted == 0
    finally:
        listener.close()
    proxy.assert_alive_and_serving()
