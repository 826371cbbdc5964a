"""Transparent interception: unchanged SDKs, default endpoints and transports, through Outrigger.

The stack, all on this machine:
- mock-gemini serves REST and gRPC over TLS on 127.0.0.2 (its own CA, written to a file);
- a fake DNS server answers every Google host with 127.0.0.2;
- `outrigger serve` intercepts on 127.0.0.1:443 with a CA made in memory, writes the CA
  bundle, and resolves the real hosts through the fake DNS server only (never /etc/hosts);
- each SDK client runs in a private mount namespace whose /etc/hosts maps the Google hosts
  to 127.0.0.1, as `hostAliases` does in a pod. Its only other change is the CA bundle.

The expected answers come from the same calls made straight to mock-gemini's TLS face.
Needs root (a mount namespace and port 443); CI runs as root.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Iterator

import pytest

from interop_support import (
    ADMIN_READY,
    SECRETS,
    STARTUP_TIMEOUT_S,
    TRAFFIC_READY,
    Child,
    Stack,
    child_env,
    http_get,
)
from transparent_support import FakeDNS, run_client, sdk_env

MOCK_TLS_READY = re.compile(r"mock-gemini TLS listening on ([^\s]+)")
MOCK_READY = re.compile(r"mock-gemini listening on (http://[^\s]+)")
INTERCEPT_READY = re.compile(r"outrigger interception \(TLS\) listening on ([^\s]+)")
MODEL = "gemini-2.0-flash-001"
PROMPT = "I am planning a picnic by the lake this weekend. Which Online Boutique products would you recommend?"


class Transparent:
    def __init__(self, stack: Stack, workdir: Path, bundle: Path, mock_ca: Path, mock_port: int, dns: FakeDNS) -> None:
        self.stack = stack
        self.workdir = workdir
        self.bundle = bundle
        self.mock_ca = mock_ca
        self.mock_port = mock_port
        self.dns = dns

    def through_proxy(self, calls: list[dict]) -> list[dict]:
        return run_client(calls, hosts_ip="127.0.0.1", env=sdk_env(self.bundle), workdir=self.workdir)

    def direct(self, calls: list[dict]) -> list[dict]:
        """The same calls straight at mock-gemini's TLS face (expected answers)."""
        direct_calls = [dict(c, endpoint=f"us-central1-aiplatform.googleapis.com:{self.mock_port}") for c in calls]
        return run_client(direct_calls, hosts_ip="127.0.0.2", env=sdk_env(self.mock_ca), workdir=self.workdir)


@pytest.fixture(scope="module")
def transparent(outrigger_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Transparent]:
    if os.geteuid() != 0:
        pytest.fail("the transparent-interception tests need root (a mount namespace and port 443)", pytrace=False)
    workdir = tmp_path_factory.mktemp("transparent")
    mock_ca = workdir / "mock-ca.pem"
    bundle = workdir / "ca-bundle.pem"
    mock = Child(
        "mock-gemini-tls",
        [str(outrigger_bin), "mock-gemini", "--listen", "127.0.0.2:0", "--tls-listen", "127.0.0.2:0", "--tls-ca-out", str(mock_ca)],
        workdir,
        env=child_env(),
    )
    dns = FakeDNS("127.0.0.2")
    proxy: Child | None = None
    try:
        mock_url = mock.wait_for(MOCK_READY).rstrip("/")
        mock_port = int(mock.wait_for(MOCK_TLS_READY).rsplit(":", 1)[1])
        config = workdir / "outrigger.yaml"
        config.write_text(
            "tls:\n"
            "  listen: 127.0.0.1:443\n"
            f"  ca_bundle_path: {bundle}\n"
            f"  upstream_port: {mock_port}\n"
            f"  upstream_ca_file: {mock_ca}\n"
            f"  dns_servers: ['127.0.0.1:{dns.port}']\n"
        )
        proxy = Child(
            "outrigger-serve-tls",
            [
                str(outrigger_bin), "serve", "--config", str(config),
                "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0", "--upstream", mock_url,
            ],
            workdir,
            env=child_env(OUTRIGGER_LOG_LEVEL="trace"),
        )
        proxy_url = proxy.wait_for(TRAFFIC_READY).rstrip("/")
        admin_url = proxy.wait_for(ADMIN_READY).rstrip("/")
        proxy.wait_for(INTERCEPT_READY)
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while http_get(admin_url + "/readyz")[0] != 200:
            if proxy.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"outrigger never became ready\n{proxy.output()}")
            time.sleep(0.1)
        assert bundle.is_file(), "the CA bundle must exist before /readyz turns 200"
        stack = Stack(mock_url=mock_url, proxy_url=proxy_url, admin_url=admin_url, proxy=proxy, mock=mock)
        yield Transparent(stack, workdir, bundle, mock_ca, mock_port, dns)
    finally:
        if proxy is not None:
            proxy.stop()
            out = proxy.output()
            leaked = [s for s in SECRETS if s in out]
            assert not leaked, f"credentials {leaked} leaked into outrigger serve output"
        mock.stop()
        dns.close()


def _generation_recorded(t: Transparent, result: dict, *, operation: str, dialect: str = "vertex") -> dict:
    call = t.stack.status()["recent_calls"][-1]
    assert call["dialect"] == dialect, call
    assert call["model"] == MODEL, call
    assert call["operation"] == operation, call
    assert call["status"] == 200 and call["outcome"] == "ok", call
    assert call["unparsed"] is False, call
    usage = call["usage"]
    assert usage["input"] == result["usage"]["prompt"], (usage, result)
    assert usage["output"] == result["usage"]["candidates"], (usage, result)
    assert usage["total"] == result["usage"]["total"], (usage, result)
    assert call["cost_basis"] == "reported", call
    return call


def test_vertexai_grpc_unary_matches_direct_and_is_recorded(transparent: Transparent) -> None:
    calls = [{"kind": "vertexai.generate", "model": MODEL, "prompt": PROMPT}]
    [expected] = transparent.direct(calls)
    [got] = transparent.through_proxy(calls)
    assert got == expected
    call = _generation_recorded(transparent, got, operation="generateContent")
    assert call["stream_format"] == "grpc", call
    assert "us-central1-aiplatform.googleapis.com" in transparent.dns.names()


def test_vertexai_grpc_stream_matches_direct_and_is_recorded(transparent: Transparent) -> None:
    calls = [{"kind": "vertexai.stream", "model": MODEL, "prompt": PROMPT + " (stream)"}]
    [expected] = transparent.direct(calls)
    [got] = transparent.through_proxy(calls)
    assert got == expected
    assert len(got["chunks"]) > 1, "the mock streams several messages"
    _generation_recorded(transparent, got, operation="streamGenerateContent")


def test_vertexai_grpc_count_tokens(transparent: Transparent) -> None:
    calls = [{"kind": "vertexai.count", "model": MODEL, "prompt": PROMPT}]
    [expected] = transparent.direct(calls)
    [got] = transparent.through_proxy(calls)
    assert got == expected and got["total_tokens"] > 0
    call = transparent.stack.status()["recent_calls"][-1]
    assert call["operation"] == "countTokens" and call["status"] == 200, call


def test_vertexai_grpc_connection_survives_many_calls(transparent: Transparent) -> None:
    """grpcio pings while answers arrive (bandwidth probes); the connection must outlive them."""
    calls = [{"kind": "vertexai.repeat", "model": MODEL, "prompt": PROMPT, "count": 60}]
    before = transparent.stack.status()["totals"]
    [expected] = transparent.direct(calls)
    [got] = transparent.through_proxy(calls)
    assert got == expected and got["calls"] == 60
    deadline = time.monotonic() + 10
    while (totals := transparent.stack.status()["totals"])["requests"] < before["requests"] + 60:
        assert time.monotonic() < deadline, (before, totals)
        time.sleep(0.1)
    assert totals["requests"] == before["requests"] + 60 and totals["errors"] == before["errors"], (before, totals)


@pytest.mark.parametrize("kind", ["genai.vertex", "genai.vertex.stream", "genai.developer", "genai.developer.stream"])
def test_google_genai_https_without_base_url(transparent: Transparent, kind: str) -> None:
    calls = [{"kind": kind, "model": MODEL, "prompt": PROMPT + f" ({kind})"}]
    [got] = transparent.through_proxy(calls)
    assert got["text"], got
    dialect = "vertex" if ".vertex" in kind else "gemini_api"
    operation = "streamGenerateContent" if kind.endswith(".stream") else "generateContent"
    _generation_recorded(transparent, got, operation=operation, dialect=dialect)


def test_adk_agent_on_vertex_without_base_url(transparent: Transparent) -> None:
    """An Agent Development Kit agent on Vertex AI, as peau-agent runs: one turn, recorded."""
    [got] = transparent.through_proxy([{"kind": "adk.vertex", "model": MODEL, "prompt": PROMPT + " (adk)"}])
    assert got["errors"] == [] and got["text"], got
    call = transparent.stack.status()["recent_calls"][-1]
    assert call["dialect"] == "vertex" and call["model"] == MODEL and call["outcome"] == "ok", call
    assert call["usage"]["total"] == got["usage"]["total"], (call, got)


def _handshake(t: Transparent, server_hostname: str | None, alpn: list[str] | None = None):
    """A TLS handshake with the interception listener, trusting the bundle; returns the socket."""
    import socket
    import ssl

    context = ssl.create_default_context(cafile=str(t.bundle))
    if server_hostname is None:
        context.check_hostname = False
    if alpn:
        context.set_alpn_protocols(alpn)
    raw = socket.create_connection(("127.0.0.1", 443), timeout=10)
    return context.wrap_socket(raw, server_hostname=server_hostname)


def _normal_call_still_works(t: Transparent) -> None:
    [got] = t.through_proxy([{"kind": "vertexai.generate", "model": MODEL, "prompt": PROMPT + " (after a bad client)"}])
    assert got["text"]


def test_handshake_without_sni_is_refused(transparent: Transparent) -> None:
    import ssl

    with pytest.raises(ssl.SSLError):
        _handshake(transparent, None).close()
    _normal_call_still_works(transparent)


def test_certificate_for_a_host_outside_the_constraints_is_refused(transparent: Transparent) -> None:
    import ssl

    with pytest.raises(ssl.SSLError):
        _handshake(transparent, "evil.example.com").close()
    _normal_call_still_works(transparent)


def test_unknown_alpn_falls_back_to_http1(transparent: Transparent) -> None:
    with _handshake(transparent, "aiplatform.googleapis.com", alpn=["spdy/3"]) as tls:
        assert tls.selected_alpn_protocol() is None
    with _handshake(transparent, "aiplatform.googleapis.com", alpn=["h2", "http/1.1"]) as tls:
        assert tls.selected_alpn_protocol() == "h2"
    _normal_call_still_works(transparent)


def test_ping_flood_gets_goaway_enhance_your_calm(transparent: Transparent) -> None:
    """A client pinging far faster than any gRPC client is told to calm down and cut off."""
    import struct

    before = transparent.stack.status()["interception"]["closed_ping_flood"]
    frame = lambda kind, flags, payload: struct.pack("!I", len(payload))[1:] + bytes([kind, flags]) + b"\0\0\0\0" + payload
    flood = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + frame(4, 0, b"") + b"".join(
        frame(6, 0, struct.pack("!Q", i)) for i in range(3_000)
    )
    received = b""
    with _handshake(transparent, "aiplatform.googleapis.com", alpn=["h2"]) as tls:
        tls.sendall(flood)
        while chunk := tls.recv(65536):
            received += chunk
    error_codes, at = [], 0
    while at + 9 <= len(received):
        length, kind = int.from_bytes(received[at : at + 3], "big"), received[at + 3]
        if kind == 7:  # GOAWAY: last stream id, error code
            error_codes.append(struct.unpack("!II", received[at + 9 : at + 17])[1])
        at += 9 + length
    assert error_codes == [11], f"expected one GOAWAY ENHANCE_YOUR_CALM (11), got {error_codes}"
    assert transparent.stack.status()["interception"]["closed_ping_flood"] == before + 1
    _normal_call_still_works(transparent)


@pytest.mark.filterwarnings("ignore:Parsed a serial number:cryptography.utils.CryptographyDeprecationWarning")
def test_served_leaf_verifies_only_for_its_own_name(transparent: Transparent) -> None:
    """An independent verifier (Python `cryptography`) checks the chain the listener serves."""
    from cryptography import x509
    from cryptography.x509.verification import DNSName, PolicyBuilder, Store, VerificationError

    with _handshake(transparent, "us-central1-aiplatform.googleapis.com") as tls:
        leaf = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))
    pem = transparent.bundle.read_bytes()
    roots = x509.load_pem_x509_certificates(pem)
    pod_ca = [c for c in roots if c.subject == leaf.issuer]
    assert len(pod_ca) == 1, "the bundle holds the pod CA that signed the leaf"
    constraints = pod_ca[0].extensions.get_extension_for_class(x509.NameConstraints)
    assert constraints.critical
    permitted = {n.value for n in constraints.value.permitted_subtrees}
    assert "us-central1-aiplatform.googleapis.com" in permitted and "example.com" not in permitted
    store = Store(pod_ca)
    verifier = PolicyBuilder().store(store).build_server_verifier(DNSName("us-central1-aiplatform.googleapis.com"))
    verifier.verify(leaf, [])
    other = PolicyBuilder().store(store).build_server_verifier(DNSName("aiplatform.googleapis.com"))
    with pytest.raises(VerificationError):
        other.verify(leaf, [])
