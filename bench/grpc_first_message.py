"""Time to the first gRPC message of a Vertex StreamGenerateContent call: straight to
mock-gemini's TLS face, through nginx as a plain gRPC proxy, and through Outrigger's
interception listener, round robin.

    python3 bench/grpc_first_message.py OUTRIGGER_BIN [--samples N] [--out grpc.json] [--no-nginx]

Starts, on free 127.0.0.1 ports:
- mock-gemini (--tls-listen: REST and gRPC over TLS, certificates for the Google hosts);
- `outrigger serve` with tls.listen, and a fake DNS server that answers the Google hosts with
  127.0.0.1 (Outrigger never reads /etc/hosts);
- nginx (Debian's, with its built-in gRPC proxy module): TLS and HTTP/2 in front, `grpc_pass`
  over TLS to the mock behind, a throwaway certificate for the host.
One grpcio channel per target (TLS, HTTP/2, the host name as SNI, grpcio's default options)
carries every call to it, so the connections stay up for the whole run as a service's do.
Prints a markdown table of p50 and p99 of the time from sending the request to the first
response message, and what each proxy adds; --out writes the same as JSON (bench/run.sh).
Needs grpcio (the interop venv has it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
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
NGINX_CONF = """\
{user_line}
worker_processes {workers};
daemon off;
master_process on;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream mock_grpc {{
        server 127.0.0.1:{upstream_port};
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port} ssl http2;
        ssl_certificate {dir}/cert.pem;
        ssl_certificate_key {dir}/key.pem;
        location / {{
            grpc_pass grpcs://mock_grpc;
            grpc_ssl_server_name on;
            grpc_ssl_name {host};
            grpc_ssl_verify on;
            grpc_ssl_trusted_certificate {mock_ca};
            grpc_set_header Host {host};
        }}
    }}
}}
"""


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


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(argv: list[str], pattern: str, log: Path) -> tuple[subprocess.Popen, str]:
    out = open(log, "w+")
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        match = re.search(pattern, log.read_text())
        if match:
            return proc, match.group(1)
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    raise RuntimeError(f"{argv[1]} did not start:\n{log.read_text()}")


def start_nginx(work: Path, mock_port: int) -> tuple[subprocess.Popen, int, Path]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    conf_dir = work / "nginx"
    conf_dir.mkdir()
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-days", "1", "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=DNS:{HOST}",
            "-keyout", str(conf_dir / "key.pem"), "-out", str(conf_dir / "cert.pem"),
        ],
        check=True, capture_output=True,
    )
    port = free_port()
    user_line = "user root;" if os.geteuid() == 0 else "# not root: workers run as the current user"
    (conf_dir / "nginx.conf").write_text(NGINX_CONF.format(
        user_line=user_line, workers=os.cpu_count() or 1, dir=conf_dir, upstream_port=mock_port, port=port,
        host=HOST, mock_ca=work / "mock-ca.pem",
    ))
    log = open(work / "nginx.log", "w+")
    proc = subprocess.Popen(
        [nginx, "-p", str(conf_dir), "-c", str(conf_dir / "nginx.conf"), "-e", str(conf_dir / "nginx-error.log")],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    return proc, port, conf_dir / "cert.pem"


def first_message_ms(stub, i: int) -> float:
    start_ns = time.perf_counter_ns()
    stream = stub(request(i), metadata=[("x-mock-behavior", "chunks=4")])
    next(iter(stream))
    elapsed = (time.perf_counter_ns() - start_ns) / 1e6
    for _ in stream:
        pass
    return elapsed


def stub_for(port: int, ca: Path):
    options = [("grpc.ssl_target_name_override", HOST), ("grpc.default_authority", HOST)]
    credentials = grpc.ssl_channel_credentials(root_certificates=ca.read_bytes())
    channel = grpc.secure_channel(f"127.0.0.1:{port}", credentials, options=options)
    return channel.unary_stream(METHOD, request_serializer=None, response_deserializer=None)


def percentiles(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {"p50": statistics.median(values), "p99": values[max(int(len(values) * 0.99) - 1, 0)]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("samples_positional", nargs="?", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--samples", type=int, default=300, help="calls per target after warm-up (300)")
    ap.add_argument("--out", help="JSON output file")
    ap.add_argument("--no-nginx", action="store_true", help="leave nginx out")
    args = ap.parse_args()
    samples = args.samples_positional or args.samples
    work = Path(tempfile.mkdtemp(prefix="grpc-bench-"))
    dns = FakeDNS("127.0.0.1")
    procs: list[subprocess.Popen] = []
    try:
        mock, mock_port = start(
            [args.binary, "mock-gemini", "--listen", "127.0.0.1:0", "--tls-listen", "127.0.0.1:0",
             "--tls-ca-out", str(work / "mock-ca.pem")],
            r"mock-gemini TLS listening on [^:]+:(\d+)", work / "mock.log",
        )
        procs.append(mock)
        config = work / "outrigger.yaml"
        config.write_text(
            f"tls:\n  listen: 127.0.0.1:0\n  ca_bundle_path: {work}/bundle.pem\n  upstream_port: {mock_port}\n"
            f"  upstream_ca_file: {work}/mock-ca.pem\n  dns_servers: ['127.0.0.1:{dns.port}']\n"
            "logging:\n  level: warning\n"
        )
        proxy, proxy_port = start(
            [args.binary, "serve", "--config", str(config), "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0"],
            r"interception \(TLS\) listening on [^:]+:(\d+)", work / "proxy.log",
        )
        procs.append(proxy)
        targets = {"direct": (int(mock_port), work / "mock-ca.pem")}
        if not args.no_nginx:
            nginx, nginx_port, nginx_cert = start_nginx(work, int(mock_port))
            procs.append(nginx)
            targets["nginx"] = (nginx_port, nginx_cert)
        targets["outrigger"] = (int(proxy_port), work / "bundle.pem")
        stubs = {name: stub_for(port, ca) for name, (port, ca) in targets.items()}
        deadline = time.monotonic() + 30
        for name, stub in stubs.items():  # nginx may still be starting
            while True:
                try:
                    first_message_ms(stub, 0)
                    break
                except grpc.RpcError as error:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"{name}: {error}\n{(work / 'nginx.log').read_text() if name == 'nginx' else ''}")
                    time.sleep(0.2)
        for i in range(20):  # warm-up: connections, leaf minting, resolution
            for stub in stubs.values():
                first_message_ms(stub, i)
        times: dict[str, list[float]] = {name: [] for name in stubs}
        names = list(stubs)
        for i in range(samples):
            for k in range(len(names)):  # round robin, starting point rotated every round
                name = names[(i + k) % len(names)]
                times[name].append(first_message_ms(stubs[name], i))
        result = {name: percentiles(values) | {"n": len(values)} for name, values in times.items()}
        for name in names:
            if name != "direct":
                for key in ("p50", "p99"):
                    result[name][f"added_{key}"] = result[name][key] - result["direct"][key]
        print(f"gRPC StreamGenerateContent, time to the first message, {samples} samples per target, round robin")
        print("| target | p50 ms | p99 ms | added p50 | added p99 |")
        print("|---|---:|---:|---:|---:|")
        for name, r in result.items():
            added = f"{r['added_p50']:+.2f} | {r['added_p99']:+.2f}" if name != "direct" else "— | —"
            print(f"| {name} | {r['p50']:.2f} | {r['p99']:.2f} | {added} |")
        if args.out:
            Path(args.out).write_text(json.dumps({"samples": samples, "targets": result}, indent=2))
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        dns.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
