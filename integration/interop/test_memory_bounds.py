"""A flood of 32 MiB request bodies against the real `outrigger serve` binary.

Twelve clients each send a body just under `limits.max_request_body` (32 MiB) to a slow
upstream, all at once. Request bodies in flight are bounded by `limits.in_flight_body_bytes`
(64 MiB by default) and finished calls waiting for analysis by `limits.analysis_queue_bytes`
(4 MiB): the process's peak RSS must stay within its baseline plus those bounds (with room for
buffer growth), every client must get a 200 or a 503 with `Retry-After`, every refusal must be
counted, and every call must be recorded.

`OUTRIGGER_FLOOD_BOUND=off` runs the same flood with the body bound lifted (to show that the
test fails without it).
"""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path
from typing import Iterator

import pytest

from interop_support import Child, http_get
from test_hostile_clients import start_stack

MIB = 1 << 20
BODY_BYTES = 32 * MIB - 4096
CLIENTS = 12
PATH = "/v1beta/models/gemini-2.5-flash:generateContent"
PROMPT = json.dumps({"contents": [{"role": "user", "parts": [{"text": "Which mugs do you sell?"}]}]})
# The documented defaults of limits.in_flight_body_bytes and limits.analysis_queue_bytes.
DEFAULT_BOUNDS = 64 * MIB + 4 * MIB
# Memory beyond those bounds that the flood may use: each body buffer may have up to
# twice its size in capacity while it grows, plus the HTTP parser's and the event loops' buffers.
SLACK = 48 * MIB


def kib(status_text: str, field: str) -> int:
    for line in status_text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"{field} not in /proc status")


class Flooded:
    def __init__(self, child: Child, port: int, admin: str) -> None:
        self.child, self.port, self.admin = child, port, admin

    def memory(self) -> tuple[int, int]:
        """VmRSS and VmHWM of the proxy, in bytes."""
        text = Path(f"/proc/{self.child.proc.pid}/status").read_text()
        return kib(text, "VmRSS"), kib(text, "VmHWM")

    def status(self) -> dict:
        code, body = http_get(self.admin + "/v1/status", timeout=30)
        assert code == 200
        return json.loads(body)

    def call(self, body_bytes: int, latency: str = "0ms") -> tuple[int, bytes]:
        """One call on its own connection: the status and the raw head."""
        body = (PROMPT + " " * (body_bytes - len(PROMPT))).encode()
        head = (
            f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"x-goog-api-key: test-key\r\nx-mock-behavior: latency={latency}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", self.port), timeout=120) as sock:
            try:
                sock.sendall(head + body)
            except OSError:
                pass  # a refused body is not read to its end: the server may close first
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except (ConnectionResetError, socket.timeout):
                pass
        reply = b"".join(chunks)
        status = int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.1 ") else 0
        return status, reply.split(b"\r\n\r\n", 1)[0]


@pytest.fixture(scope="module")
def flooded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flooded]:
    # The documented defaults, or the body bound lifted.
    config = 'limits:\n  in_flight_body_bytes: "4GiB"\n' if os.environ.get("OUTRIGGER_FLOOD_BOUND") == "off" else ""
    for proxy in start_stack(tmp_path_factory.mktemp("flood-logs"), config):
        yield Flooded(proxy.child, proxy.port, proxy.admin_url)


@pytest.mark.timeout(400)
def test_a_flood_of_32_mib_bodies_stays_within_the_byte_bounds(flooded: Flooded) -> None:
    # Warm up with one large call, so the baseline includes the buffers one call needs.
    assert flooded.call(BODY_BYTES)[0] == 200
    baseline, _ = flooded.memory()
    before = flooded.status()

    results: list[tuple[int, bytes]] = []
    lock = threading.Lock()

    def client() -> None:
        outcome = flooded.call(BODY_BYTES, latency="1500ms")
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    _, peak = flooded.memory()
    assert flooded.child.proc.poll() is None, "outrigger exited during the flood"

    codes = sorted(code for code, _ in results)
    assert len(codes) == CLIENTS and set(codes) <= {200, 503}, f"answers: {codes}"
    refused = [head for code, head in results if code == 503]
    assert all(b"retry-after: 1" in head.lower() and b"proxy_overloaded" in head for head in refused), refused[:1]
    assert codes.count(200) >= 2, f"two bodies fit the default bound at once: {codes}"

    after = flooded.status()
    traffic, pipeline = after["traffic"], after["pipeline"]
    bound = DEFAULT_BOUNDS
    print(f"flood: answers {codes}; RSS baseline {baseline / MIB:.0f} MiB, peak {peak / MIB:.0f} MiB; "
          f"recorded inline {pipeline['recorded_inline']}, queue peak {pipeline['queue_peak_bytes'] / MIB:.1f} MiB")
    assert peak - baseline <= bound + SLACK, (
        f"peak RSS {peak / MIB:.0f} MiB is {(peak - baseline) / MIB:.0f} MiB over the baseline "
        f"{baseline / MIB:.0f} MiB; the bounds allow {bound / MIB:.0f} MiB plus {SLACK / MIB:.0f} MiB"
    )
    assert traffic["refused_bodies"] - before["traffic"]["refused_bodies"] == len(refused)
    assert traffic["in_flight_body_bytes"] == 0, "every reservation was given back"
    recorded = after["totals"]["requests"] - before["totals"]["requests"]
    assert recorded == CLIENTS, f"{recorded} of {CLIENTS} calls recorded"
    assert pipeline["dropped_calls"] == 0

    # Still serving.
    assert flooded.call(1024)[0] == 200
