"""Helpers shared by the interop tests: subprocess control, status polling, assertions."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import msgpack
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# Credentials the tests hand to the SDKs. None of them may ever appear in the proxy's output.
FAKE_API_KEY = "fake-key"
FAKE_TOKEN = "fake-token"
FAKE_VERTEX_KEY = "fake-vertex-key"
SECRETS = (FAKE_API_KEY, FAKE_TOKEN, FAKE_VERTEX_KEY)

PROJECT = "outrigger-interop"
LOCATION = "us-central1"

STARTUP_TIMEOUT_S = 60.0
STATUS_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0

MOCK_READY = re.compile(r"mock-gemini listening on (http://[^\s]+)")
TRAFFIC_READY = re.compile(r"outrigger traffic listening on (http://[^\s]+)")
ADMIN_READY = re.compile(r"outrigger admin listening on (http://[^\s]+)")


def child_env(**overrides: str) -> dict[str, str]:
    """The test process's environment without any OUTRIGGER_* settings, plus `overrides`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OUTRIGGER_")}
    env.update(overrides)
    return env


def binary_path() -> Path:
    raw = os.environ.get("OUTRIGGER_BIN")
    path = Path(raw) if raw else REPO_ROOT / ".build" / "debug" / "outrigger"
    if not path.is_absolute():
        path = REPO_ROOT / path
    return path


class Child:
    """A subprocess whose stdout and stderr are captured in full (for the leak check)."""

    def __init__(self, name: str, argv: list[str], log_dir: Path, env: dict[str, str] | None = None) -> None:
        self.name = name
        self.argv = argv
        self.stdout_path = log_dir / f"{name}.stdout.log"
        self.stderr_path = log_dir / f"{name}.stderr.log"
        self._stdout_lines: list[str] = []
        self._cond = threading.Condition()
        self._stderr_file = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr_file,
            cwd=REPO_ROOT,
            env=env,
            start_new_session=True,
        )
        self._reader = threading.Thread(target=self._pump, name=f"{name}-stdout", daemon=True)
        self._reader.start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        with open(self.stdout_path, "wb") as sink:
            for raw in iter(self.proc.stdout.readline, b""):
                sink.write(raw)
                sink.flush()
                with self._cond:
                    self._stdout_lines.append(raw.decode("utf-8", "replace"))
                    self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern[str], timeout: float = STARTUP_TIMEOUT_S) -> str:
        """Block until a stdout line matches `pattern`; return its first group."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self._cond:
            while True:
                for line in self._stdout_lines[seen:]:
                    match = pattern.search(line)
                    if match:
                        return match.group(1)
                seen = len(self._stdout_lines)
                if self.proc.poll() is not None and not self._reader.is_alive():
                    raise RuntimeError(
                        f"{self.name} exited with {self.proc.returncode} before printing "
                        f"{pattern.pattern!r}\n{self.output()}"
                    )
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise RuntimeError(
                        f"{self.name} did not print {pattern.pattern!r} within {timeout}s\n{self.output()}"
                    )
                self._cond.wait(min(remaining, 0.2))

    def output(self) -> str:
        """Everything the process has written so far, stdout then stderr."""
        if not self._stderr_file.closed:
            self._stderr_file.flush()
        parts = []
        for path in (self.stdout_path, self.stderr_path):
            try:
                parts.append(path.read_text("utf-8", "replace"))
            except FileNotFoundError:
                pass
        return "\n".join(parts)

    def stop(self) -> bool:
        """SIGTERM, then SIGKILL after a grace period. Returns True if SIGTERM sufficed."""
        graceful = True
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                graceful = False
                self.proc.kill()
                self.proc.wait(STOP_TIMEOUT_S)
        self._reader.join(STOP_TIMEOUT_S)
        self._stderr_file.close()
        return graceful


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    req = urllib.request.Request(url, method="GET")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@dataclass
class RecordedCall:
    """What one `expect_one_call` block saw: the new recent_calls entry and status before/after."""

    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    call: dict[str, Any] = field(default_factory=dict)

    def dialect_delta(self, dialect: str, *path: str) -> int:
        """Change of a by_dialect counter. A dialect not seen yet may be absent (all zeros)
        before the call, but must be present after it."""

        def dig(node: Any) -> int:
            for key in path:
                node = node[key]
            return node

        after = self.after["by_dialect"]
        assert dialect in after, f"by_dialect lacks {dialect!r}: {sorted(after)}"
        before = self.before["by_dialect"].get(dialect)
        return dig(after[dialect]) - (dig(before) if before is not None else 0)

    def totals_delta(self, *path: str) -> int:
        def dig(status: dict[str, Any]) -> int:
            node: Any = status["totals"]
            for key in path:
                node = node[key]
            return node

        return dig(self.after) - dig(self.before)


@dataclass
class Stack:
    mock_url: str
    proxy_url: str
    admin_url: str
    proxy: Child
    mock: Child

    def status(self) -> dict[str, Any]:
        code, body = http_get(self.admin_url + "/v1/status")
        assert code == 200, f"GET /v1/status -> {code}: {body[:500]!r}"
        return json.loads(body)

    @contextmanager
    def expect_one_call(self) -> Iterator[RecordedCall]:
        """Wrap exactly one SDK call through the proxy; afterwards `.call` is its status entry.

        Waits (briefly) for the proxy to record the call, since a stream may be recorded
        only after the client has read its last byte.
        """
        rec = RecordedCall(before=self.status())
        prev_ids = {c["id"] for c in rec.before.get("recent_calls", [])}
        prev_requests = rec.before["totals"]["requests"]
        yield rec
        deadline = time.monotonic() + STATUS_TIMEOUT_S
        while True:
            status = self.status()
            calls = status.get("recent_calls", [])
            if (
                status["totals"]["requests"] > prev_requests
                and calls
                and calls[-1]["id"] not in prev_ids
            ):
                break
            if time.monotonic() > deadline:
                pytest.fail(
                    "proxy did not record the call within "
                    f"{STATUS_TIMEOUT_S}s; status={json.dumps(status)[:2000]}"
                )
            time.sleep(0.05)
        time.sleep(0.1)  # let any unexpected extra call (e.g. an SDK retry) show up too
        status = self.status()
        rec.after = status
        new_calls = [c for c in status["recent_calls"] if c["id"] not in prev_ids]
        assert len(new_calls) == 1, f"expected exactly one new call, got {json.dumps(new_calls)}"
        assert status["totals"]["requests"] == prev_requests + 1
        assert status["recent_calls"][-1]["id"] == new_calls[0]["id"], "newest entry must be last"
        rec.call = new_calls[0]

    def assert_no_secrets_in_proxy_output(self) -> None:
        """No credential the SDKs sent shows up in the proxy's logs or its admin status."""
        out = self.proxy.output()
        _, status = http_get(self.admin_url + "/v1/status")
        for secret in SECRETS:
            assert secret not in out, f"credential {secret!r} leaked into outrigger serve output"
            assert secret.encode() not in status, f"credential {secret!r} leaked into /v1/status"


@dataclass(frozen=True)
class Usage:
    """SDK-neutral view of a response's usageMetadata (None counts read as 0)."""

    prompt: int
    candidates: int
    total: int
    thoughts: int = 0
    cached: int = 0

    @classmethod
    def of(cls, um: Any) -> "Usage":
        """Build from a google-genai `UsageMetadata` or a vertexai SDK `UsageMetadata`."""

        def get(name: str) -> int:
            return int(getattr(um, name, None) or 0)

        return cls(
            prompt=get("prompt_token_count"),
            candidates=get("candidates_token_count"),
            total=get("total_token_count"),
            thoughts=get("thoughts_token_count"),
            cached=get("cached_content_token_count"),
        )


# Prices in USD per million tokens (input, output, cached input), written out independently of
# the proxy's own table (config/outrigger.yaml) so the cost check is a real cross-check.
PRICES = {
    ("gemini-2.0-flash", "gemini_api"): ("0.10", "0.40", "0.025"),
    ("gemini-2.0-flash", "vertex"): ("0.15", "0.60", "0.0375"),
    ("gemini-2.5-flash", "gemini_api"): ("0.30", "2.50", "0.03"),
    ("gemini-2.5-flash", "vertex"): ("0.30", "2.50", "0.03"),
}


def expected_cost(usage: "Usage", model: str, dialect: str) -> Decimal:
    """Exact on-demand cost: uncached input, cached input, and output with thinking, per million tokens."""
    base = model.removeprefix("models/").removesuffix("-001")
    input_price, output_price, cached_price = (Decimal(p) for p in PRICES[(base, dialect)])
    uncached = usage.prompt - usage.cached
    million = Decimal(1_000_000)
    return (uncached * input_price + usage.cached * cached_price + (usage.candidates + usage.thoughts) * output_price) / million


# An Online Boutique product ID; the mock writes it in one of several layouts ([ID], (ID), ID:,
# a table cell, a link target), so brackets are not required.
PRODUCT_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]{10}(?![A-Za-z0-9])")


def assert_mock_answer(text: str | None) -> None:
    """The mock recommends Online Boutique products by ID."""
    assert text, "empty answer"
    assert PRODUCT_ID.search(text), f"no product ID in the answer: {text!r}"


def assert_generation_recorded(
    rec: RecordedCall,
    *,
    dialect: str,
    model: str,
    operation: str,
    stream_format: str,
    usage: Usage,
    finish_reasons: list[str],
) -> None:
    """The proxy's newest recent_calls entry, and the aggregates, match what the SDK received."""
    call = rec.call
    assert call["dialect"] == dialect, call
    assert call["model"] == model, call
    assert call["operation"] == operation, call
    assert call["stream_format"] == stream_format, call
    assert call["status"] == 200, call
    assert call["outcome"] == "ok", call
    assert call["unparsed"] is False, call
    assert usage.total > 0, f"the mock's usage should not be all zeros: {usage}"
    recorded = call.get("usage")
    assert recorded is not None, f"no usage recorded: {call}"
    assert recorded["input"] == usage.prompt, (recorded, usage)
    assert recorded["output"] == usage.candidates, (recorded, usage)
    assert recorded["total"] == usage.total, (recorded, usage)
    assert recorded["thoughts"] == usage.thoughts, (recorded, usage)
    assert recorded["cached"] == usage.cached, (recorded, usage)
    assert call["finish_reasons"] == finish_reasons, call
    # Cost: exactly the price table applied to the SDK's own usage numbers.
    assert call["cost_basis"] == "reported", call
    assert Decimal(call["cost_usd"]) == expected_cost(usage, model, dialect), (call, usage)

    assert rec.totals_delta("requests") == 1
    assert rec.totals_delta("errors") == 0
    assert rec.totals_delta("streamed") == (0 if stream_format == "unary" else 1)
    assert rec.dialect_delta(dialect, "requests") == 1
    assert rec.dialect_delta(dialect, "tokens", "input") == usage.prompt
    assert rec.dialect_delta(dialect, "tokens", "output") == usage.candidates
    assert rec.dialect_delta(dialect, "tokens", "total") == usage.total


def assert_count_tokens_recorded(rec: RecordedCall, *, dialect: str, model: str, total_tokens: int) -> None:
    call = rec.call
    assert call["dialect"] == dialect, call
    assert call["model"] == model, call
    assert call["operation"] == "countTokens", call
    assert call["stream_format"] == "unary", call
    assert call["status"] == 200, call
    assert call["outcome"] == "ok", call
    assert call["unparsed"] is False, call
    assert total_tokens > 0
    assert call["counted_tokens"] == total_tokens, call
    assert rec.totals_delta("requests") == 1
    assert rec.dialect_delta(dialect, "requests") == 1
    # Counting tokens consumes none.
    assert rec.dialect_delta(dialect, "tokens", "total") == 0


class TraceCapture:
    """Accepts /v0.4/traces like the Agent and keeps every span it was sent."""

    def __init__(self) -> None:
        self.spans: list[dict] = []
        self._lock = threading.Lock()
        capture = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                if self.path.startswith("/v0.4/traces"):
                    for trace in msgpack.unpackb(body, raw=False, strict_map_key=False):
                        with capture._lock:
                            capture.spans.extend(trace)
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"rate_by_service":{}}')

            do_POST = do_PUT  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def snapshot(self) -> list[dict]:
        with self._lock:
            return list(self.spans)

    def close(self) -> None:
        self.server.shutdown()
