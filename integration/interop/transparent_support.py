"""Helpers for the transparent-interception tests: a fake DNS server, and running an SDK
client in a private mount namespace whose /etc/hosts maps the Google hosts to an address,
as Kubernetes `hostAliases` does in a pod (the machine's own /etc/hosts is left alone).
"""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import threading
from pathlib import Path

GOOGLE_HOSTS = (
    "aiplatform.googleapis.com",
    "us-central1-aiplatform.googleapis.com",
    "generativelanguage.googleapis.com",
)

CLIENT = Path(__file__).with_name("transparent_client.py")


class FakeDNS:
    """A UDP DNS server on 127.0.0.1 that answers every A query with one address and every
    other query with no records, and remembers the names it was asked for."""

    def __init__(self, answer: str) -> None:
        self.answer = socket.inet_aton(answer)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.asked: list[tuple[str, int]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def names(self) -> list[str]:
        with self._lock:
            return [name for name, _ in self.asked]

    def _serve(self) -> None:
        while True:
            try:
                data, peer = self.sock.recvfrom(4096)
            except OSError:
                return
            reply = self._reply(data)
            if reply:
                self.sock.sendto(reply, peer)

    def _reply(self, data: bytes) -> bytes | None:
        if len(data) < 12:
            return None
        ident, _flags, qdcount = struct.unpack("!HHH", data[:6])
        if qdcount != 1:
            return None
        labels, i = [], 12
        while i < len(data) and data[i] != 0:
            n = data[i]
            labels.append(data[i + 1 : i + 1 + n].decode("ascii", "replace"))
            i += 1 + n
        qtype, _qclass = struct.unpack("!HH", data[i + 1 : i + 5])
        question = data[12 : i + 5]
        name = ".".join(labels).lower()
        with self._lock:
            self.asked.append((name, qtype))
        answers = b""
        count = 0
        if qtype == 1:
            answers = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 30, 4) + self.answer
            count = 1
        header = struct.pack("!HHHHHH", ident, 0x8180, 1, count, 0, 0)
        return header + question + answers

    def close(self) -> None:
        self.sock.close()


def run_client(
    calls: list[dict], *, hosts_ip: str, env: dict[str, str], workdir: Path, timeout: float = 60.0
) -> list[dict]:
    """Runs transparent_client.py with `calls` in a mount namespace where every Google host
    resolves to `hosts_ip`; returns its JSON results (one per call)."""
    hosts = workdir / f"hosts-{hosts_ip}"
    hosts.write_text("127.0.0.1 localhost\n" + "".join(f"{hosts_ip} {h}\n" for h in GOOGLE_HOSTS))
    script = 'mount --bind "$1" /etc/hosts && shift && exec "$@"'
    argv = ["unshare", "-m", "sh", "-c", script, "sh", str(hosts), sys.executable, str(CLIENT)]
    proc = subprocess.run(
        argv, input=json.dumps(calls), capture_output=True, text=True, env=env, timeout=timeout, cwd=workdir
    )
    if proc.returncode != 0:
        raise AssertionError(f"SDK client failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def sdk_env(bundle: Path, **extra: str) -> dict[str, str]:
    """The environment an app container gets in transparent mode: the CA bundle, and nothing
    that points an SDK elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOOGLE_", "GEMINI_", "OUTRIGGER_"))}
    env.update(
        GRPC_DEFAULT_SSL_ROOTS_FILE_PATH=str(bundle),
        SSL_CERT_FILE=str(bundle),
        REQUESTS_CA_BUNDLE=str(bundle),
    )
    env.update(extra)
    return env
