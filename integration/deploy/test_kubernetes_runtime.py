"""The sidecar's port-443 mechanism and CA bundle, run for real: the outrigger binary started
with the rendered pod's sysctl and the sidecar's securityContext (uid, gid, no_new_privs, the
capabilities left) in a network namespace of its own, then checked from inside it
(sidecar_runtime.py). test_kubernetes.py checks the manifests; this checks that what they say
works. Needs root, util-linux's unshare and setpriv, and a binary that knows the tls section;
skipped otherwise."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from conftest import K8S
from test_kubernetes import binary_knows_tls, config_port, deployments, sidecar

HERE = Path(__file__).resolve().parent
POD = "chatbotservice"  # the three pods get the same sidecar, sysctl and hostAliases


@pytest.fixture(scope="module")
def sandbox(outrigger_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.geteuid() != 0:
        pytest.skip("needs root (a network namespace and a uid switch)")
    for tool in ("unshare", "setpriv"):
        if not shutil.which(tool):
            pytest.skip(f"needs {tool} (util-linux)")
    probe = subprocess.run(["unshare", "--net", "sh", "-c", "echo 443 > /proc/sys/net/ipv4/ip_unprivileged_port_start"],
                           capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace and set its sysctl here: {probe.stderr.strip()}")
    if not binary_knows_tls(outrigger_bin, tmp_path_factory.mktemp("probe")):
        pytest.skip(f"{outrigger_bin} does not know the tls section yet")
    # pytest's own temp dirs are 0700: make one the sidecar's uid can traverse, laid out like the pod.
    root = Path(tempfile.mkdtemp(prefix="outrigger-pod-", dir="/tmp"))
    root.chmod(0o755)
    for d, mode in (("ca", 0o777), ("state", 0o777), ("secret", 0o755), ("config", 0o755), ("bin", 0o755)):
        (root / d).mkdir()
        (root / d).chmod(mode)  # emptyDirs are 0777; Secret and ConfigMap mounts are readable
    try:
        os.link(outrigger_bin, root / "bin" / "outrigger")
    except OSError:
        shutil.copy2(outrigger_bin, root / "bin" / "outrigger")
    (root / "secret" / "token").write_text("runtime-test-token\n")
    (root / "secret" / "token").chmod(0o644)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def run_sidecar(sandbox: Path, rendered: list[dict], *, with_sysctl: bool, name: str) -> dict:
    dep = deployments(rendered)[POD]
    pod = dep["spec"]["template"]["spec"]
    c = sidecar(dep)
    sc = c["securityContext"]
    config = yaml.safe_load((K8S / "base" / "outrigger.yaml").read_text("utf-8"))
    bundle_name = Path(config["tls"]["ca_bundle_path"]).name
    # The pod's config with its mounted paths moved into the sandbox, the catalog built in (no
    # cluster to ask) and a short drain.
    config["tls"]["ca_bundle_path"] = str(sandbox / "ca" / bundle_name)
    config["admin"]["token_file"] = str(sandbox / "secret" / "token")
    config["rules"]["state_file"] = str(sandbox / "state" / "rule-baselines.json")
    config["catalog"] = {"source": "builtin"}
    config.setdefault("lifecycle", {})["shutdown_grace_period"] = "1s"
    (sandbox / "config" / f"{name}.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    (sandbox / "ca" / bundle_name).unlink(missing_ok=True)

    sysctls = {s["name"]: s["value"] for s in pod.get("securityContext", {}).get("sysctls", [])}
    _, tls_port = config_port(config["tls"]["listen"])
    _, admin_port = config_port(config["admin"]["listen"])
    hosts = sorted({h for a in pod.get("hostAliases", []) if a["ip"] == "127.0.0.1" for h in a["hostnames"]})
    spec = {
        "binary": str(sandbox / "bin" / "outrigger"),
        "config": str(sandbox / "config" / f"{name}.yaml"),
        "log": str(sandbox / f"{name}.log"),
        "bundle": config["tls"]["ca_bundle_path"],
        "uid": sc["runAsUser"], "gid": sc.get("runAsGroup", sc["runAsUser"]),
        "no_new_privs": sc.get("allowPrivilegeEscalation") is False,
        "add_capabilities": sc.get("capabilities", {}).get("add", []),
        "unprivileged_port_start": sysctls.get("net.ipv4.ip_unprivileged_port_start") if with_sysctl else None,
        "tls_port": tls_port, "admin_port": admin_port, "hosts": hosts,
        "ready_timeout": 15 if with_sysctl else 6,
    }
    assert "ALL" in sc["capabilities"]["drop"]
    spec_path = sandbox / f"{name}.json"
    spec_path.write_text(json.dumps(spec))
    result = subprocess.run(["unshare", "--net", sys.executable, str(HERE / "sidecar_runtime.py"), str(spec_path)],
                            capture_output=True, text=True, timeout=90)
    log = Path(spec["log"]).read_text(errors="replace") if Path(spec["log"]).exists() else ""
    assert result.returncode == 0, f"{result.stderr}\nsidecar log:\n{log[-3000:]}"
    out = json.loads(result.stdout)
    out["log"] = log
    out["spec"] = spec
    return out


def test_sidecar_serves_the_mapped_hosts_as_its_pod_runs_it(sandbox: Path, rendered_example: list[dict]) -> None:
    """With the pod's sysctl, the sidecar's uid, no_new_privs and no capabilities, Outrigger binds
    tls.listen, turns ready, and every host hostAliases maps to it completes a verified TLS
    handshake against the bundle it wrote, which another uid (the app's) can read."""
    out = run_sidecar(sandbox, rendered_example, with_sysctl=True, name="with-sysctl")
    assert out["spec"]["unprivileged_port_start"] is not None, "the pod sets no net.ipv4.ip_unprivileged_port_start"
    assert out["ready"] == 200, f"/readyz {out['ready']}, exit {out['exited']}; log:\n{out['log'][-3000:]}"
    assert int(out["bundle_mode"], 8) & 0o004, f"the bundle is {out['bundle_mode']}: the app's uid cannot read it"
    assert out["spec"]["hosts"], "no hosts mapped to 127.0.0.1"
    failed = {h: r for h, r in out["handshakes"].items() if r != "ok"}
    assert not failed, failed
    assert not out.get("needed_sigkill"), "SIGTERM did not stop the sidecar within 10 s (grace 1 s)"


def test_without_the_sysctl_the_sidecar_cannot_bind_443(sandbox: Path, rendered_example: list[dict]) -> None:
    """The control: the same run without the sysctl never turns ready, so the sysctl (not some
    leftover privilege) is what lets the non-root sidecar bind 443."""
    out = run_sidecar(sandbox, rendered_example, with_sysctl=False, name="without-sysctl")
    assert out["ready"] != 200, f"ready without the sysctl; log:\n{out['log'][-2000:]}"
