#!/usr/bin/env python3
"""Time to first byte and to the first SSE event, per request, for several targets.

Used by bench/run.sh. Each target gets one keep-alive HTTP/1.1 connection; the targets are
called in turn (round robin, starting point rotated every round) so that background noise
on the machine falls on all of them alike. Only one request is in flight at a time, so the
numbers are pure latency, not queueing.

For every request it records, from just before the request is written:
  head_us   first response byte (the status line)
  event_us  first body bytes that contain an SSE event ("data:")
  total_us  end of the response body

Usage:
  sse_ttfb.py --path '/v1beta/models/m:streamGenerateContent?alt=sse' --body req.json \
      --rounds 200 --warmup 10 --out sse.json direct=127.0.0.1:8089 nginx=127.0.0.1:8090

Standard library only. Every socket operation has a timeout, and --deadline bounds the run.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time

NS_PER_US = 1000


class Target:
    def __init__(self, name: str, host: str, port: int, timeout: float) -> None:
        self.name = name
        self.host = host
        self.port = port
        self.timeout = timeout
        self.sock: socket.socket | None = None

    def connect(self) -> socket.socket:
        if self.sock is None:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sock = sock
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            try:
                self.sock.close()
            finally:
                self.sock = None


class ResponseError(Exception):
    pass


def build_request(host: str, port: int, path: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        "Content-Type: application/json\r\n"
        "Accept: text/event-stream\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def one_call(target: Target, request: bytes) -> dict:
    """Sends one request and reads the whole response. Returns times in microseconds."""
    sock = target.connect()
    buf = bytearray()
    t0 = time.perf_counter_ns()
    sock.sendall(request)

    def recv() -> bytes:
        data = sock.recv(65536)
        if not data:
            raise ResponseError("connection closed mid-response")
        return data

    # Status line and headers.
    buf += recv()
    t_head = time.perf_counter_ns()
    while b"\r\n\r\n" not in buf:
        buf += recv()
    head, _, rest = bytes(buf).partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    keep_alive = headers.get(b"connection", b"").lower() != b"close"

    t_event = None
    decoded = bytearray()

    def saw_event(now: int) -> None:
        nonlocal t_event
        if t_event is None and b"data:" in decoded:
            t_event = now

    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        pending = bytearray(rest)
        while True:
            # Chunk size line.
            while b"\r\n" not in pending:
                pending += recv()
            size_line, _, after = bytes(pending).partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            pending = bytearray(after)
            if size == 0:
                # Trailers (normally none), ended by an empty line.
                while not (pending.startswith(b"\r\n") or b"\r\n\r\n" in pending):
                    pending += recv()
                break
            while len(pending) < size + 2:
                # Partial chunk data still counts as the first event once it arrives.
                decoded_view = decoded + pending[:size]
                if t_event is None and b"data:" in decoded_view:
                    t_event = time.perf_counter_ns()
                pending += recv()
            decoded += pending[:size]
            saw_event(time.perf_counter_ns())
            pending = pending[size + 2:]
    elif b"content-length" in headers:
        length = int(headers[b"content-length"])
        decoded += rest
        saw_event(time.perf_counter_ns())
        while len(decoded) < length:
            decoded += recv()
            saw_event(time.perf_counter_ns())
    else:
        decoded += rest
        saw_event(time.perf_counter_ns())
        keep_alive = False
        while True:
            data = sock.recv(65536)
            if not data:
                break
            decoded += data
            saw_event(time.perf_counter_ns())
    t_end = time.perf_counter_ns()
    if not keep_alive:
        target.close()
    if status != 200:
        raise ResponseError(f"status {status}")
    if t_event is None:
        raise ResponseError("no SSE event in the response")
    return {
        "head_us": (t_head - t0) / NS_PER_US,
        "event_us": (t_event - t0) / NS_PER_US,
        "total_us": (t_end - t0) / NS_PER_US,
        "bytes": len(decoded),
    }


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1]


def summarize(samples: list[dict]) -> dict:
    out: dict = {"n": len(samples)}
    for key in ("head_us", "event_us", "total_us"):
        vals = [s[key] for s in samples]
        out[key] = {
            "p50": percentile(vals, 50),
            "p90": percentile(vals, 90),
            "p99": percentile(vals, 99),
            "max": max(vals) if vals else None,
            "mean": sum(vals) / len(vals) if vals else None,
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--path", required=True)
    ap.add_argument("--body", required=True, help="request body file")
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=10, help="rounds not recorded")
    ap.add_argument("--timeout", type=float, default=10.0, help="per socket operation, seconds")
    ap.add_argument("--deadline", type=float, default=180.0, help="whole run, seconds")
    ap.add_argument("--out", required=True, help="JSON output file")
    ap.add_argument("targets", nargs="+", help="name=host:port")
    args = ap.parse_args()

    with open(args.body, "rb") as f:
        body = f.read()
    targets = []
    for spec in args.targets:
        name, _, addr = spec.partition("=")
        host, _, port = addr.rpartition(":")
        if host not in ("127.0.0.1", "localhost", "::1", "[::1]"):
            print(f"sse_ttfb: refusing non-loopback target {addr}", file=sys.stderr)
            return 2
        targets.append(Target(name, host, int(port), args.timeout))
    requests = {t.name: build_request(t.host, t.port, args.path, body) for t in targets}
    samples: dict[str, list[dict]] = {t.name: [] for t in targets}
    errors: dict[str, int] = {t.name: 0 for t in targets}
    first_error: dict[str, str] = {}

    stop_at = time.monotonic() + args.deadline
    rounds_done = 0
    for r in range(args.warmup + args.rounds):
        if time.monotonic() > stop_at:
            print("sse_ttfb: deadline reached, stopping early", file=sys.stderr)
            break
        shift = r % len(targets)
        for t in targets[shift:] + targets[:shift]:
            try:
                result = one_call(t, requests[t.name])
            except (OSError, ResponseError, ValueError, IndexError) as exc:
                t.close()
                if r >= args.warmup:
                    errors[t.name] += 1
                    first_error.setdefault(t.name, repr(exc))
                continue
            if r >= args.warmup:
                samples[t.name].append(result)
        if r >= args.warmup:
            rounds_done += 1
    for t in targets:
        t.close()

    report = {
        "rounds": rounds_done,
        "targets": {
            t.name: {**summarize(samples[t.name]), "errors": errors[t.name], "first_error": first_error.get(t.name)}
            for t in targets
        },
    }
    with open(args.out, "w") as f:
        json.dump(report, f, indent=2)
    for name, s in report["targets"].items():
        e = s["event_us"]
        if s["n"]:
            print(f"sse_ttfb: {name}: n={s['n']} errors={s['errors']} first event p50={e['p50']:.0f}us p99={e['p99']:.0f}us")
        else:
            print(f"sse_ttfb: {name}: no samples, errors={s['errors']} {s['first_error']}")
    return 0 if all(s["n"] for s in report["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
