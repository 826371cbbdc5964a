"""Outrigger's telemetry against Datadog's own test agent (ddapm-test-agent, from PyPI), driven
by real google-genai calls: one APM span continuing the caller's W3C trace, accepted by the
agent with its header checks on; one LLM Observability span through the agent's EVP proxy,
linked to it; and DogStatsD metrics captured on a local UDP socket."""

from __future__ import annotations

import base64
import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
from google import genai
import google.oauth2.credentials
from google.genai import types

from interop_support import (
    ADMIN_READY, FAKE_TOKEN, LOCATION, MOCK_READY, PROJECT, TRAFFIC_READY, Child, child_env, http_get,
)

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
SESSION = "sess-interop-1"
LLMOBS_PATH = "/evp_proxy/v2/api/v2/llmobs"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_dir = tmp_path_factory.mktemp("test-agent")
    env = child_env(
        ENABLED_CHECKS="trace_count_header,meta_tracer_version_header,trace_content_length",
        SNAPSHOT_DIR=str(log_dir),
    )
    agent_bin = Path(sys.executable).with_name("ddapm-test-agent")
    proc = subprocess.Popen(
        [str(agent_bin), "--host", "127.0.0.1", "--port", str(port), "--otlp-http-port", str(free_port()),
         "--otlp-grpc-port", str(free_port()), "--disable-llmobs-data-forwarding"],
        stdout=open(log_dir / "agent.log", "wb"), stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if http_get(url + "/info", timeout=1.0)[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("ddapm-test-agent did not start:\n" + (log_dir / "agent.log").read_text())
        time.sleep(0.2)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def statsd_socket() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    yield sock
    sock.close()


@pytest.fixture(scope="module")
def traced_stack(outrigger_bin: Path, agent: str, statsd_socket: socket.socket, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    log_dir = tmp_path_factory.mktemp("traced-logs")
    mock = Child("mock", [str(outrigger_bin), "mock-gemini", "--listen", "127.0.0.1:0"], log_dir, env=child_env())
    mock_url = mock.wait_for(MOCK_READY).rstrip("/")
    env = child_env(
        DD_TRACE_AGENT_URL=agent, DD_ENV="interop", DD_SERVICE="outrigger-interop", DD_VERSION="9.9.9",
        DD_DOGSTATSD_URL=f"udp://127.0.0.1:{statsd_socket.getsockname()[1]}", DD_LLMOBS_ML_APP="shop-assistant",
    )
    proxy = Child(
        "proxy",
        [str(outrigger_bin), "serve", "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0", "--upstream", mock_url],
        log_dir, env=env,
    )
    try:
        yield {"proxy": proxy.wait_for(TRAFFIC_READY).rstrip("/"), "admin": proxy.wait_for(ADMIN_READY).rstrip("/")}
    finally:
        proxy.stop()
        mock.stop()


def poll_traces(agent: str, timeout: float = 15.0) -> list:
    deadline = time.monotonic() + timeout
    while True:
        code, body = http_get(agent + "/test/session/traces", timeout=2.0)
        assert code == 200, body
        traces = json.loads(body)
        if traces or time.monotonic() > deadline:
            return traces
        time.sleep(0.3)


def poll_llmobs(agent: str, count: int = 1, timeout: float = 15.0) -> list[dict]:
    """The LLM Observability requests the test agent recorded, once there are `count`."""
    deadline = time.monotonic() + timeout
    while True:
        code, body = http_get(agent + "/test/session/requests", timeout=2.0)
        assert code == 200, body
        requests = [r for r in json.loads(body) if r["url"].endswith(LLMOBS_PATH)]
        if len(requests) >= count or time.monotonic() > deadline:
            return requests
        time.sleep(0.3)


def recorded_text(agent: str) -> str:
    """Everything the agent received, traces and EVP bodies decoded, for credential checks."""
    requests = json.loads(http_get(agent + "/test/session/requests", timeout=2.0)[1])
    return json.dumps(requests) + "".join(base64.b64decode(r["body"]).decode("utf-8", "replace") for r in requests)


def test_genai_call_becomes_one_span_in_the_callers_trace_and_metrics(
    traced_stack: dict[str, str], agent: str, statsd_socket: socket.socket
) -> None:
    http_get(agent + "/test/session/clear", timeout=2.0)
    client = genai.Client(
        api_key="fake-key",
        http_options=types.HttpOptions(
            base_url=traced_stack["proxy"],
            headers={
                "traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01", "tracestate": "dd=s:1;t.dm:-0,rojo=00f067aa0ba902b7",
                "x-session-id": SESSION,
            },
        ),
    )
    response = client.models.generate_content(
        model="gemini-2.0-flash", contents="A gift for a tea lover? Reply to jane.doe@example.com",
        config=types.GenerateContentConfig(system_instruction="You are the shop assistant.", temperature=0.4),
    )
    usage = response.usage_metadata
    assert usage is not None and usage.prompt_token_count

    traces = poll_traces(agent)
    spans = [span for chunk in traces for span in chunk]
    assert len(spans) == 1, spans
    span = spans[0]
    # Continues the caller's W3C trace: low 64 bits as trace_id, high 64 bits as _dd.p.tid.
    assert span["trace_id"] == int(TRACE_ID[16:], 16)
    assert span["parent_id"] == int(PARENT_ID, 16)
    assert span["meta"]["_dd.p.tid"] == TRACE_ID[:16]
    assert span["service"] == "outrigger-interop"
    assert span["name"] == "outrigger.request"
    assert span["resource"] == "generateContent gemini-2.0-flash"
    assert span["error"] == 0
    meta, metrics = span["meta"], span["metrics"]
    assert meta["gen_ai.provider.name"] == "gcp.gemini"
    assert meta["gen_ai.request.model"] == "gemini-2.0-flash"
    assert meta["gen_ai.response.finish_reasons"] == '["stop"]'
    assert meta["env"] == "interop" and meta["version"] == "9.9.9"
    assert meta["llm.service"] == "llm-service"
    assert metrics["gen_ai.usage.input_tokens"] == usage.prompt_token_count
    assert metrics["gen_ai.usage.output_tokens"] == usage.candidates_token_count
    assert metrics["_sampling_priority_v1"] == 1
    assert "fake-key" not in json.dumps(span)
    assert not span.get("meta_struct"), "LLM Observability goes through EVP only, never also as meta_struct"

    # The LLM Observability span: through the EVP proxy, linked to the APM span above.
    requests = poll_llmobs(agent)
    assert len(requests) == 1, requests
    request = requests[0]
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["x-datadog-evp-subdomain"] == "llmobs-intake"
    assert headers["content-type"] == "application/json"
    raw = base64.b64decode(request["body"])
    assert len(raw) <= 5 << 20
    envelopes = json.loads(raw)
    assert isinstance(envelopes, list) and len(envelopes) == 1
    envelope = envelopes[0]
    assert envelope["event_type"] == "span" and envelope["_dd.stage"] == "raw"
    (obs,) = envelope["spans"]
    assert re.fullmatch(r"[0-9a-f]{32}", obs["trace_id"]), obs["trace_id"]
    assert re.fullmatch(r"[0-9]+", obs["span_id"]) and obs["span_id"] == str(span["span_id"])
    assert obs["parent_id"] == "undefined"
    assert obs["_dd"]["apm_trace_id"] == TRACE_ID
    assert obs["session_id"] == SESSION
    assert obs["status"] == "ok"
    assert obs["start_ns"] > 0 and obs["duration"] > 0
    obs_meta = obs["meta"]
    assert obs_meta["span"]["kind"] == "llm"
    assert obs_meta["model_name"] == "gemini-2.0-flash" and obs_meta["model_provider"] == "google"
    assert obs_meta["input"]["messages"] == [
        {"role": "system", "content": "You are the shop assistant."},
        {"role": "user", "content": "A gift for a tea lover? Reply to [EMAIL]"},  # privacy: redacted
    ]
    assert obs_meta["output"]["messages"] == [{"role": "assistant", "content": response.text}]
    assert obs_meta["metadata"]["temperature"] == 0.4
    assert obs["metrics"]["input_tokens"] == usage.prompt_token_count
    assert obs["metrics"]["output_tokens"] == usage.candidates_token_count + (usage.thoughts_token_count or 0)
    assert obs["metrics"]["total_tokens"] == usage.total_token_count
    assert "ml_app:shop-assistant" in obs["tags"] and f"session_id:{SESSION}" in obs["tags"]
    assert "env:interop" in obs["tags"] and "service:outrigger-interop" in obs["tags"]

    lines: list[str] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(l.startswith("llm.tokens.input:") for l in lines):
        try:
            lines += statsd_socket.recv(65536).decode().split("\n")
        except socket.timeout:
            pass
    assert f"llm.tokens.input:{usage.prompt_token_count}|d|#api:gemini_api,llm_service:llm-service,model:gemini-2.0-flash," \
           f"operation:generateContent,status_class:2xx,stream:false,env:interop,service:outrigger-interop,version:9.9.9" in lines, lines
    assert not any("fake-key" in l for l in lines)

    code, body = http_get(traced_stack["admin"] + "/v1/status", timeout=2.0)
    exporters = json.loads(body)["exporters"]
    assert exporters["traces"]["sent"] >= 1 and exporters["traces"]["dropped"] == 0, exporters
    assert exporters["dogstatsd"]["sent"] >= 1, exporters
    assert exporters["llmobs"]["sent"] >= 1 and exporters["llmobs"]["dropped"] == 0, exporters
    recorded = recorded_text(agent)
    assert "fake-key" not in recorded and "jane.doe@example.com" not in recorded


def test_vertex_stream_becomes_one_llmobs_span_with_the_whole_answer(traced_stack: dict[str, str], agent: str) -> None:
    http_get(agent + "/test/session/clear", timeout=2.0)
    client = genai.Client(
        vertexai=True, project=PROJECT, location=LOCATION,
        credentials=google.oauth2.credentials.Credentials(token=FAKE_TOKEN),
        http_options=types.HttpOptions(base_url=traced_stack["proxy"], headers={"x-session-id": "sess-stream"}),
    )
    texts, usage = [], None
    for chunk in client.models.generate_content_stream(model="gemini-2.5-flash", contents="Suggest a mug"):
        texts.append(chunk.text or "")
        if chunk.usage_metadata is not None and chunk.usage_metadata.total_token_count:
            usage = chunk.usage_metadata
    assert usage is not None
    requests = poll_llmobs(agent)
    assert len(requests) == 1, requests
    (obs,) = json.loads(base64.b64decode(requests[0]["body"]))[0]["spans"]
    assert obs["name"] == "vertex.streamGenerateContent"
    assert obs["meta"]["output"]["messages"][0]["content"] == "".join(texts)
    assert obs["metrics"]["input_tokens"] == usage.prompt_token_count
    assert obs["metrics"]["total_tokens"] == usage.total_token_count
    assert obs["session_id"] == "sess-stream"
    traces = poll_traces(agent)
    (apm,) = [span for chunk in traces for span in chunk]
    assert obs["span_id"] == str(apm["span_id"])
    assert obs["_dd"]["apm_trace_id"] == format(int(apm["meta"]["_dd.p.tid"], 16), "016x") + format(apm["trace_id"], "016x")
    assert FAKE_TOKEN not in recorded_text(agent)


def test_agent_that_is_down_costs_nothing(outrigger_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    log_dir = tmp_path_factory.mktemp("down-logs")
    mock = Child("mock", [str(outrigger_bin), "mock-gemini", "--listen", "127.0.0.1:0"], log_dir, env=child_env())
    mock_url = mock.wait_for(MOCK_READY).rstrip("/")
    dead = free_port()
    proxy = Child(
        "proxy",
        [str(outrigger_bin), "serve", "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0", "--upstream", mock_url],
        log_dir, env=child_env(DD_TRACE_AGENT_URL=f"http://127.0.0.1:{dead}", DD_DOGSTATSD_URL=f"udp://127.0.0.1:{dead}"),
    )
    try:
        base = proxy.wait_for(TRAFFIC_READY).rstrip("/")
        admin = proxy.wait_for(ADMIN_READY).rstrip("/")
        client = genai.Client(api_key="fake-key", http_options=types.HttpOptions(base_url=base))
        start = time.monotonic()
        for _ in range(10):
            assert client.models.generate_content(model="gemini-2.0-flash", contents="hello").text
        assert time.monotonic() - start < 5, "calls must not wait for a dead agent"
        deadline = time.monotonic() + 15
        while True:
            exporters = json.loads(http_get(admin + "/v1/status", timeout=2.0)[1])["exporters"]
            if (exporters["traces"]["dropped"] >= 1 and exporters["llmobs"]["dropped"] >= 1) or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        assert exporters["traces"]["dropped"] >= 1 and exporters["traces"]["last_error"], exporters
        assert exporters["llmobs"]["dropped"] >= 1 and exporters["llmobs"]["last_error"], exporters
    finally:
        proxy.stop()
        mock.stop()
