"""Time to the first gRPC message of a Vertex StreamGenerateContent call: straight to
mock-gemini's TLS face, and through Outrigger's interception listener, round robin.

    python3 bench/grpc_first_message.py OUTRIGGER_BIN [SAMPLES]

Starts mock-gemini (--tls-listen) and `outrigger serve` with tls.listen on free local ports, a
fake DNS server that answers the Google hosts with 127.0.0.1 (Outrigger never reads
/etc/hosts), and one grpcio channel per target (TLS, HTTP/2, the host name as SNI). Prints the
p50 and p99 of the time from sending the request to the first response message, and what
Outrigger adds. Needs grpcio (the interop venv has it).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import grpc

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "interop"))
from transparent_support import FakeDNS  # noqa: E402

HOST = "us-central1-aiplatform.googleapis.com"
METHOD = "/google.cloud.aiplatform.v1.PredictionService/StreamGenerateContent"
MODEL = "projects/bench/locations/us-central1/publishers/google/models/gemini-2.0-flash-001"


def field(number: int, payload: bytes) -> bytes:
    key = (number << 3) | 2
    return varint(key) + varint(len(payload)) + payload


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def request(i: int) -> bytes:
    part = field(1, f"Which products go with a picnic? ({i})".encode())
    content = field(1, b"user") + field(2, part)
    return field(5, MODEL.encode()) + field(2, content)


def start(argv: list[str], pattern: str, log: Path) -> tuple[subprocess.Popen, str]:
    out = open(log, "w+")
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        match = re.search(pattern, log.read_text())
        if match:
            return proc, match.group(1)
        time.sleep(0.05)
    raise RuntimeError(f"{argv[1]} did not start:\n{log.read_text()}")


def first_message_ms(stub, i: int) -> float:
    start_ns = time.perf_counter_ns()
    stream = stub(request(i), metadata=[("x-mock-behavior", "chunks=4")])
    next(iter(stream))
    elapsed = (time.perf_counter_ns() - start_ns) / 1e6
    for _ in stream:
        pass
    return elapsed


def main() -> None:
    binary, samples = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300
    work = Path(tempfile.mkdtemp(prefix="grpc-bench-"))
    dns = FakeDNS("127.0.0.1")
    mock, mock_port = start(
        [binary, "mock-gemini", "--listen", "127.0.0.1:0", "--tls-listen", "127.0.0.1:0", "--tls-ca-out", str(work / "mock-ca.pem")],
        r"mock-gemini TLS listening on [^:]+:(\d+)", work / "mock.log",
    )
    config = work / "outrigger.yaml"
    config.write_text(
        f"tls:\n  listen: 127.0.0.1:0\n  ca_bundle_path: {work}/bundle.pem\n  upstream_port: {mock_port}\n"
        f"  upstream_ca_file: {work}/mock-ca.pem\n  dns_servers: ['127.0.0.1:{dns.port}']\n"
        "logging:\n  level: warning\n"
    )
    proxy, proxy_port = start(
        [binary, "serve", "--config", str(config), "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0"],
        r"interception \(TLS\) listening on [^:]+:(\d+)", work / "proxy.log",
    )
    try:
        options = [("grpc.ssl_target_name_override", HOST), ("grpc.default_authority", HOST)]
        stubs = {}
        for name, port, ca in (("direct", mock_port, "mock-ca.pem"), ("outrigger", proxy_port, "bundle.pem")):
            credentials = grpc.ssl_channel_credentials(root_certificates=(work / ca).read_bytes())
            channel = grpc.secure_channel(f"127.0.0.1:{port}", credentials, options=options)
            stubs[name] = channel.unary_stream(METHOD, request_serializer=None, response_deserializer=None)
        for i in range(20):  # warm-up: connections, leaf minting, resolution
            for name, stub in stubs.items():
                try:
                    first_message_ms(stub, i)
                except grpc.RpcError as error:
                    raise RuntimeError(f"{name}: {error}") from None
        times: dict[str, list[float]] = {name: [] for name in stubs}
        for i in range(samples):
            for name, stub in stubs.items():
                times[name].append(first_message_ms(stub, i))
        print(f"gRPC StreamGenerateContent, time to the first message, {samples} samples per target, round robin")
        print("| target | p50 ms | p99 ms |")
        print("|---|---:|---:|")
        p = {}
        for name, values in times.items():
            values.sort()
            p[name] = (statistics.median(values), values[int(len(values) * 0.99) - 1])
            print(f"| {name} | {p[name][0]:.2f} | {p[name][1]:.2f} |")
        print(f"| added by Outrigger | {p['outrigger'][0] - p['direct'][0]:+.2f} | {p['outrigger'][1] - p['direct'][1]:+.2f} |")
    finally:
        for proc in (proxy, mock):
            proc.terminate()
            proc.wait(timeout=30)
        dns.close()


if __name__ == "__main__":
    main()
