"""Runs the outrigger binary the way the rendered sidecar would run in its pod, on this machine:
in a fresh network namespace, with the pod's net.ipv4.ip_unprivileged_port_start (if any), as
the sidecar's uid and gid, with no_new_privs and only the capabilities its securityContext
leaves. Then it asks /readyz, and once that is 200 makes a verified TLS handshake on tls.listen
for each host name given, trusting only the CA bundle the sidecar wrote.

Run as root inside `unshare --net` by test_kubernetes_runtime.py (it needs util-linux's
`setpriv`); prints one JSON object on stdout.

  python sidecar_runtime.py SPEC.json
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import ssl
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request

SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


def loopback_up() -> None:
    """A new network namespace starts with lo down (no `ip` binary needed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        req = struct.pack("16sH14s", b"lo", 0, b"")
        flags = struct.unpack("16sH14s", fcntl.ioctl(s, SIOCGIFFLAGS, req))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH14s", b"lo", flags | IFF_UP, b""))


def readyz(port: int, deadline: float) -> int:
    status = 0
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as r:
                status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = 0
        if status == 200:
            break
        time.sleep(0.2)
    return status


def handshake(host: str, port: int, bundle: str) -> str:
    """'ok', or why the verified handshake failed."""
    ctx = ssl.create_default_context(cafile=bundle)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                tls.getpeercert()
        return "ok"
    except (OSError, ssl.SSLError) as e:
        return f"{type(e).__name__}: {e}"


def main() -> None:
    spec = json.loads(open(sys.argv[1]).read())
    loopback_up()
    if spec["unprivileged_port_start"] is not None:
        with open("/proc/sys/net/ipv4/ip_unprivileged_port_start", "w") as f:
            f.write(str(spec["unprivileged_port_start"]))
    caps = ",".join(["-all"] + [f"+{c.lower()}" for c in spec["add_capabilities"]])
    argv = ["setpriv", f"--reuid={spec['uid']}", f"--regid={spec['gid']}", "--clear-groups",
            f"--bounding-set={caps}", "--inh-caps=-all"]
    if spec["no_new_privs"]:
        argv.append("--no-new-privs")
    argv += [spec["binary"], "serve", "--config", spec["config"]]
    with open(spec["log"], "wb") as log:
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env={"PATH": "/usr/bin:/bin"})
    result: dict = {"ready": readyz(spec["admin_port"], time.monotonic() + spec["ready_timeout"])}
    result["exited"] = proc.poll()
    if result["ready"] == 200:
        bundle = spec["bundle"]
        result["bundle_mode"] = oct(os.stat(bundle).st_mode & 0o777)
        result["handshakes"] = {h: handshake(h, spec["tls_port"], bundle) for h in spec["hosts"]}
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            result["needed_sigkill"] = True
    print(json.dumps(result))


if __name__ == "__main__":
    main()
