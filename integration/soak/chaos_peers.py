"""Peers that misbehave on cue, for the soak (integration/soak/soak.py).

- `ChaosRelay` sits between Outrigger and mock-gemini as a TCP relay. It passes bytes through, or
  resets every connection, or stalls them (reads, never answers), or refuses connections (its
  listening socket closed).
- `FlakyAgent` stands in for the node's Datadog Agent: the trace and LLM Observability intake
  over HTTP and DogStatsD over UDP. It answers, or hangs (reads a request, never answers), or
  refuses (both sockets closed), and counts what it acknowledged.

Both keep their port across modes, so a refused peer comes back where it was, as a restarted
one does.
"""

from __future__ import annotations

import json
import select
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def hard_close(sock: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a crashed peer does."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def listening_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(512)
    return sock


class ChaosRelay:
    """A TCP relay to `target` whose mode is one of pass, reset, stall, refuse."""

    MODES = ("pass", "reset", "stall", "refuse")

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode = "pass"
        self._lock = threading.Lock()
        self._pairs: set[tuple[socket.socket, socket.socket | None]] = set()
        self._listener: socket.socket | None = listening_socket(0)
        self.port = self._listener.getsockname()[1]
        self.accepted = 0
        self._stop = False
        threading.Thread(target=self._accept_loop, name="relay-accept", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_mode(self, mode: str) -> None:
        assert mode in self.MODES, mode
        with self._lock:
            old, self.mode = self.mode, mode
            pairs = list(self._pairs)
            if mode in ("reset", "refuse") or (old == "stall" and mode != "stall"):
                # A dying upstream: every open connection is reset, a stalled one included.
                for client, upstream in pairs:
                    hard_close(client)
                    if upstream is not None:
                        hard_close(upstream)
                self._pairs.clear()
            if mode == "refuse" and self._listener is not None:
                self._listener.close()
                self._listener = None
            if mode != "refuse" and self._listener is None:
                self._listener = listening_socket(self.port)

    def close(self) -> None:
        self._stop = True
        self.set_mode("refuse")

    def _accept_loop(self) -> None:
        while not self._stop:
            with self._lock:
                listener = self._listener
            if listener is None:
                time.sleep(0.02)
                continue
            ready, _, _ = select.select([listener], [], [], 0.1)
            if not ready:
                continue
            try:
                client, _ = listener.accept()
            except OSError:
                continue
            self.accepted += 1
            with self._lock:
                mode = self.mode
            if mode == "reset":
                hard_close(client)
            elif mode == "stall":
                with self._lock:
                    self._pairs.add((client, None))
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()
            else:
                threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _swallow(self, client: socket.socket) -> None:
        """Read and discard until the connection is closed by either side."""
        try:
            while client.recv(65536):
                pass
        except OSError:
            pass

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            hard_close(client)
            return
        pair = (client, upstream)
        with self._lock:
            self._pairs.add(pair)
        try:
            while True:
                with self._lock:
                    stalled = self.mode == "stall"
                if stalled:
                    # Stop forwarding; the mode change resets this pair.
                    time.sleep(0.05)
                    if pair not in self._pairs:
                        return
                    continue
                ready, _, _ = select.select([client, upstream], [], [], 0.1)
                for src in ready:
                    data = src.recv(65536)
                    if not data:
                        return
                    (upstream if src is client else client).sendall(data)
        except (OSError, ValueError):
            return
        finally:
            with self._lock:
                if pair in self._pairs:
                    self._pairs.discard(pair)
                    client.close()
                    upstream.close()


class FlakyAgent:
    """The Agent's intake with a mode: up, hang or refuse."""

    MODES = ("up", "hang", "refuse")

    def __init__(self) -> None:
        self.mode = "up"
        self._lock = threading.Lock()
        self.acked_trace_spans = 0
        self.acked_llmobs_spans = 0
        self.hung_requests = 0
        self.datagrams = 0
        self._http_port = 0
        self._server: ThreadingHTTPServer | None = None
        self._udp: socket.socket | None = None
        self._udp_port = 0
        self._start()

    @property
    def trace_url(self) -> str:
        return f"http://127.0.0.1:{self._http_port}"

    @property
    def statsd_url(self) -> str:
        return f"udp://127.0.0.1:{self._udp_port}"

    def set_mode(self, mode: str) -> None:
        assert mode in self.MODES, mode
        with self._lock:
            old, self.mode = self.mode, mode
        if mode == "refuse" and old != "refuse":
            self._stop()
        elif mode != "refuse" and old == "refuse":
            self._start()

    def close(self) -> None:
        with self._lock:
            self.mode = "refuse"
        self._stop()

    def _start(self) -> None:
        agent = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                if agent.mode == "hang":
                    with agent._lock:
                        agent.hung_requests += 1
                    while agent.mode == "hang":
                        time.sleep(0.05)
                    self.close_connection = True
                    return
                with agent._lock:
                    if self.path.startswith("/v0.4/traces"):
                        agent.acked_trace_spans += int(self.headers.get("x-datadog-trace-count", "0"))
                    elif self.path.endswith("/api/v2/llmobs"):
                        agent.acked_llmobs_spans += count_llmobs_spans(body)
                reply = b'{"rate_by_service":{}}'
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            do_POST = do_PUT  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            allow_reuse_address = True
            daemon_threads = True

        self._server = Server(("127.0.0.1", self._http_port), Handler)
        self._http_port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", self._udp_port))
        self._udp_port = udp.getsockname()[1]
        self._udp = udp
        threading.Thread(target=self._receive, args=(udp,), daemon=True).start()

    def _stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._udp is not None:
            self._udp.close()
            self._udp = None

    def _receive(self, udp: socket.socket) -> None:
        while True:
            try:
                udp.recv(65536)
            except OSError:
                return
            with self._lock:
                self.datagrams += 1


def count_llmobs_spans(body: bytes) -> int:
    """Spans in an LLM Observability EVP payload (a JSON object or array of span batches)."""
    try:
        doc = json.loads(body)
    except ValueError:
        return 0
    batches = doc if isinstance(doc, list) else [doc]
    return sum(len(b.get("spans", [])) for b in batches if isinstance(b, dict))
