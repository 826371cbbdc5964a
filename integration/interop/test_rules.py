"""The detection rules end to end: `outrigger load --scenario injection` through a live proxy
makes the prompt_injection rule fire, and its signal reaches the Datadog Agent (a DogStatsD
event) and a webhook, each with the runbook link and sample trace ids; the rule can then be
acknowledged through the admin API."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from interop_support import (
    ADMIN_READY,
    MOCK_READY,
    TRAFFIC_READY,
    Child,
    TraceCapture,
    binary_path,
    child_env,
    http_get,
)


class WebhookReceiver:
    """A local webhook that keeps every JSON body posted to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver._lock:
                    receiver.bodies.append(json.loads(raw))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/outrigger"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def snapshot(self) -> list[dict]:
        with self._lock:
            return list(self.bodies)


class DogStatsDCapture:
    """Every DogStatsD line sent to a local UDP port."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"udp://127.0.0.1:{self.sock.getsockname()[1]}"
        self.lines: list[str] = []

    def drain(self) -> list[str]:
        while True:
            try:
                self.lines += self.sock.recv(65536).decode().split("\n")
            except socket.timeout:
                return self.lines


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[dict]:
    agent = TraceCapture()
    hook = WebhookReceiver()
    statsd = DogStatsDCapture()
    logs = tmp_path / "logs"
    logs.mkdir()
    mock = Child("mock", [str(binary_path()), "mock-gemini", "--listen", "127.0.0.1:0"], logs, child_env())
    mock_url = mock.wait_for(MOCK_READY)
    config = tmp_path / "outrigger.yaml"
    config.write_text(
        "rules:\n"
        "  evaluation_interval: 1s\n"
        "  runbook_base_url: \"https://runbooks.example/outrigger/\"\n"
        "  notify:\n"
        f"    webhook_url: \"{hook.url}\"\n"
    )
    proxy = Child(
        "proxy",
        [str(binary_path()), "serve", "--config", str(config), "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0"],
        logs,
        child_env(
            OUTRIGGER_UPSTREAM=mock_url, DD_TRACE_AGENT_URL=agent.url, DD_DOGSTATSD_URL=statsd.url, DD_LLMOBS_ENABLED="false"
        ),
    )
    try:
        yield {
            "proxy": proxy.wait_for(TRAFFIC_READY),
            "admin": proxy.wait_for(ADMIN_READY),
            "hook": hook,
            "statsd": statsd,
            "logs": logs,
            "child": proxy,
        }
    finally:
        proxy.stop()
        mock.stop()
        agent.close()
        hook.server.shutdown()


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_injection_load_fires_the_rule_and_notifies_datadog_and_the_webhook(rig: dict) -> None:
    load = Child(
        "load",
        [
            str(binary_path()), "load", "--target", rig["proxy"], "--admin", rig["admin"], "--scenario", "injection",
            "--rate", "20", "--duration", "6s", "--seed", "3",
        ],
        rig["logs"],
        child_env(),
    )
    assert load.proc.wait(60) == 0, load.output()

    def injection_hooks() -> list[dict]:
        return [b for b in rig["hook"].snapshot() if b.get("outrigger_signal", {}).get("rule") == "prompt_injection"]

    hooks = wait_for(injection_hooks, 20, "a prompt_injection webhook delivery")
    signal = hooks[0]["outrigger_signal"]
    assert signal["severity"] == "critical" and signal["state"] == "alert", signal
    assert signal["runbook"] == "https://runbooks.example/outrigger/deploy/runbooks/prompt_injection.md"
    assert Path(__file__).resolve().parents[2].joinpath(signal["runbook"].split("outrigger/", 1)[1]).is_file()
    traced = [s for s in signal["samples"] if s.get("trace_id")]
    assert traced, f"no sample with a trace id: {signal['samples']}"
    assert all(len(s["trace_id"]) == 32 for s in traced)
    assert "prompt_injection" in hooks[0]["text"] and "Runbook:" in hooks[0]["text"]

    def events() -> list[str]:
        return [l for l in rig["statsd"].drain() if l.startswith("_e{") and "detection_rule:prompt_injection" in l]

    event = wait_for(events, 10, "a prompt_injection Datadog event")[0]
    assert "|t:error" in event and "|k:outrigger-rule:prompt_injection:" in event, event
    assert "severity:critical" in event and "deploy/runbooks/prompt_injection.md" in event
    assert any(s["trace_id"] in event for s in traced), "the event names a sample trace id"

    gauges = [l for l in rig["statsd"].drain() if l.startswith("outrigger.rule.state:")]
    assert any("rule:prompt_injection" in g and g.startswith("outrigger.rule.state:2|g") for g in gauges), gauges[-5:]

    # The admin API shows the rule firing, the signals, and takes an acknowledgement.
    rules = json.loads(http_get(rig["admin"] + "/v1/rules")[1])
    state = {r["rule"]: r["state"] for r in rules["rules"]}
    assert state["prompt_injection"] == "alert" and state["hallucination"] == "ok", state
    assert rules["webhook"]["delivered"] >= 1
    signals = json.loads(http_get(rig["admin"] + "/v1/signals")[1])["signals"]
    assert any(s["rule"] == "prompt_injection" for s in signals)
    request = urllib.request.Request(rig["admin"] + "/v1/rules/prompt_injection/ack", method="POST", data=b"")
    with urllib.request.urlopen(request, timeout=5) as response:
        assert json.loads(response.read())["acknowledged"] is True
    rules = json.loads(http_get(rig["admin"] + "/v1/rules")[1])
    firing = [g for r in rules["rules"] if r["rule"] == "prompt_injection" for g in r["groups"] if g["state"] == "alert"]
    assert firing and all(g["acknowledged"] for g in firing)
    code, _ = http_get(rig["admin"] + "/v1/rules/nonexistent")
    assert code == 404


def test_a_dead_webhook_costs_the_traffic_nothing(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    mock = Child("mock", [str(binary_path()), "mock-gemini", "--listen", "127.0.0.1:0"], logs, child_env())
    mock_url = mock.wait_for(MOCK_READY)
    config = tmp_path / "outrigger.yaml"
    # Port 9 (discard) refuses connections: every delivery fails and is retried, then counted.
    config.write_text(
        "rules:\n  evaluation_interval: 1s\n  notify:\n    webhook_url: \"http://127.0.0.1:9/x\"\n    webhook_max_attempts: 2\n"
    )
    proxy = Child(
        "proxy",
        [str(binary_path()), "serve", "--config", str(config), "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0"],
        logs,
        child_env(OUTRIGGER_UPSTREAM=mock_url, DD_TRACE_ENABLED="false", DD_LLMOBS_ENABLED="false"),
    )
    try:
        proxy_url, admin = proxy.wait_for(TRAFFIC_READY), proxy.wait_for(ADMIN_READY)
        load = Child(
            "load",
            [str(binary_path()), "load", "--target", proxy_url, "--scenario", "injection", "--rate", "20", "--duration", "4s",
             "--report", "json"],
            logs,
            child_env(),
        )
        assert load.proc.wait(60) == 0, load.output()
        load.stop()
        report = json.loads(load.stdout_path.read_text())
        assert report["errors"] == {} and report["sent"] > 0, report
        webhook = wait_for(
            lambda: (w := json.loads(http_get(admin + "/v1/rules")[1])["webhook"]) and w["failed"] >= 1 and w,
            20,
            "the failed delivery to be counted",
        )
        assert webhook["delivered"] == 0 and "127.0.0.1" in webhook["url"]
    finally:
        proxy.stop()
        mock.stop()
