"""Kubernetes assets: every manifest parses, the example overlay renders with real kustomize,
and the rendered sidecar is wired the way Outrigger's config says: transparent mode (the Google
hosts mapped to the sidecar, the services trusting the CA bundle it writes, port 443 through
the pod sysctl) with the sidecar still hardened."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from conftest import DEPLOY, K8S, REPO, render

LLM_DEPLOYMENTS = ("chatbotservice", "peau-agent", "shoppingassistantservice")
# Base-URL mode's variables (deploy/README.md, "Base-URL mode"): none may be left in a pod.
BASE_URL_VARS = ("GOOGLE_GEMINI_BASE_URL", "GOOGLE_VERTEX_BASE_URL", "VERTEX_API_ENDPOINT", "VERTEX_API_TRANSPORT")
# What the services' TLS stacks read for their trust store; each must name tls.ca_bundle_path.
CA_BUNDLE_VARS = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "GRPC_DEFAULT_SSL_ROOTS_FILE_PATH")
# The shop's region, when a service's container does not say (deploy/README.md).
SHOP_REGION = "us-central1"
# Hosts Outrigger intercepts without tls.hosts: the global and multi-region Vertex hosts, the
# Developer API, and {region}-aiplatform.googleapis.com (the region list itself lives in the
# interception code; this pattern only checks the shape).
BUILT_IN_HOST = re.compile(
    r"(aiplatform|generativelanguage)\.googleapis\.com"
    r"|aiplatform\.(us|eu)\.rep\.googleapis\.com"
    r"|[a-z]+-[a-z]+[0-9]+-aiplatform\.googleapis\.com"
)
# The keys of the `tls` section as designed; config/outrigger.yaml's own tls section, when it
# has one, is the authority (test_tls_section_uses_known_keys).
TLS_KEYS = {"listen", "hosts", "ca_bundle_path", "system_roots_file", "ca_certificate_file", "ca_key_file",
            "upstream_port", "upstream_ca_file", "dns_servers"}


def all_yaml_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml"))


@pytest.mark.parametrize("path", all_yaml_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_yaml_parses(path: Path) -> None:
    docs = [d for d in yaml.safe_load_all(path.read_text("utf-8"))]
    assert docs and all(isinstance(d, dict) for d in docs if d is not None), f"{path}: not a YAML mapping"


def test_there_are_manifests() -> None:
    assert len(all_yaml_files()) >= 10


def config_port(addr: str) -> tuple[str, int]:
    host, _, port = addr.rpartition(":")
    return host.strip("[]"), int(port)


@pytest.fixture(scope="module")
def pod_config() -> dict:
    return yaml.safe_load((K8S / "base" / "outrigger.yaml").read_text("utf-8"))


def check_config(outrigger_bin: Path, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(outrigger_bin), "check-config", str(path)], capture_output=True, text=True, timeout=60)


def binary_knows_tls(outrigger_bin: Path, tmp_path: Path) -> bool:
    probe = tmp_path / "tls-probe.yaml"
    probe.write_text('tls:\n  listen: ""\n')
    result = check_config(outrigger_bin, probe)
    return "unknown key 'tls'" not in result.stdout + result.stderr


def test_pod_config_passes_check_config(outrigger_bin: Path, tmp_path: Path) -> None:
    path = K8S / "base" / "outrigger.yaml"
    result = check_config(outrigger_bin, path)
    if result.returncode != 0 and not binary_knows_tls(outrigger_bin, tmp_path):
        # A binary built before the interception listener: check everything else, then say so.
        config = yaml.safe_load(path.read_text("utf-8"))
        assert "tls" in config
        del config["tls"]
        stripped = tmp_path / "outrigger-without-tls.yaml"
        stripped.write_text(yaml.safe_dump(config, sort_keys=False))
        result = check_config(outrigger_bin, stripped)
        assert result.returncode == 0, result.stdout + result.stderr
        pytest.skip(f"{outrigger_bin} does not know the tls section yet: the rest of the pod config "
                    "passed check-config; test_tls_section_uses_known_keys checks the tls keys")
    assert result.returncode == 0, result.stdout + result.stderr


def test_tls_section_uses_known_keys(pod_config: dict) -> None:
    documented = yaml.safe_load((REPO / "config" / "outrigger.yaml").read_text()).get("tls")
    known = set(documented) if isinstance(documented, dict) else TLS_KEYS
    assert set(pod_config["tls"]) <= known, f"unknown tls keys: {sorted(set(pod_config['tls']) - known)}"


def test_tls_listens_on_loopback_443(pod_config: dict) -> None:
    """The SDKs connect to the Google hosts on 443, and only the pod's own services may reach
    the interception listener."""
    host, port = config_port(pod_config["tls"]["listen"])
    assert (host, port) == ("127.0.0.1", 443)
    bundle = pod_config["tls"]["ca_bundle_path"]
    assert bundle.startswith("/") and bundle.endswith(".pem"), bundle


def test_image_config_passes_check_config(outrigger_bin: Path) -> None:
    # The image ships config/outrigger.yaml (deploy/docker/Dockerfile).
    assert "COPY config/outrigger.yaml /etc/outrigger/outrigger.yaml" in (DEPLOY / "docker" / "Dockerfile").read_text()
    result = subprocess.run([str(outrigger_bin), "check-config", str(REPO / "config" / "outrigger.yaml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_admin_listens_beyond_loopback(pod_config: dict) -> None:
    host, port = config_port(pod_config["admin"]["listen"])
    assert host in ("0.0.0.0", "", "::"), "the kubelet probes the admin port on the pod IP"
    assert port == 9464


def test_exposed_admin_has_a_token_from_a_secret(pod_config: dict, rendered_example: list[dict]) -> None:
    """The admin port is on the pod IP, so its token file must be a mounted Secret."""
    token_file = pod_config["admin"]["token_file"]
    assert not pod_config["admin"].get("allow_unauthenticated", False)
    for dep in deployments(rendered_example).values():
        if dep["metadata"]["name"] not in LLM_DEPLOYMENTS:
            continue
        c = sidecar(dep)
        mount = next(m for m in c["volumeMounts"] if token_file.startswith(m["mountPath"].rstrip("/") + "/"))
        assert mount.get("readOnly") is True
        volume = next(v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == mount["name"])
        secret = volume["secret"]
        assert secret["secretName"] == "outrigger-admin-token"
        assert token_file == mount["mountPath"].rstrip("/") + "/token", "the Secret's key is 'token'"


def test_rule_state_file_is_on_a_writable_volume(pod_config: dict, rendered_example: list[dict]) -> None:
    """The rules' 7-day baselines survive a container restart: rules.state_file sits on a
    writable volume of the sidecar (the root file system is read-only)."""
    state_file = pod_config["rules"]["state_file"]
    assert state_file, "rules.state_file is empty: the baselines are lost on every restart"
    for dep in deployments(rendered_example).values():
        if dep["metadata"]["name"] not in LLM_DEPLOYMENTS:
            continue
        c = sidecar(dep)
        mount = next((m for m in c["volumeMounts"] if state_file.startswith(m["mountPath"].rstrip("/") + "/")), None)
        assert mount is not None and not mount.get("readOnly", False), f"{dep['metadata']['name']}: no writable mount for {state_file}"
        volume = next(v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == mount["name"])
        assert "emptyDir" in volume or "persistentVolumeClaim" in volume or "ephemeral" in volume


def deployments(docs: list[dict]) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d.get("kind") == "Deployment"}


def sidecar(dep: dict) -> dict:
    spec = dep["spec"]["template"]["spec"]
    found = [c for c in spec.get("initContainers", []) + spec.get("containers", []) if c["name"] == "outrigger"]
    assert len(found) == 1, f"{dep['metadata']['name']}: expected one outrigger container"
    return found[0]


def app_container(dep: dict) -> dict:
    return next(c for c in dep["spec"]["template"]["spec"]["containers"] if c["name"] != "outrigger")


def env_of(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container.get("env", [])}


def test_rendered_objects(rendered_example: list[dict]) -> None:
    kinds = sorted(d["kind"] for d in rendered_example)
    assert kinds == ["ConfigMap", "Deployment", "Deployment", "Deployment", "NetworkPolicy", "Secret", "Service"], kinds
    assert set(deployments(rendered_example)) == set(LLM_DEPLOYMENTS)


def test_rendered_config_is_the_pod_config(rendered_example: list[dict]) -> None:
    cm = next(d for d in rendered_example if d["kind"] == "ConfigMap")
    assert cm["data"]["outrigger.yaml"] == (K8S / "base" / "outrigger.yaml").read_text("utf-8")


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_sidecar_wiring(name: str, rendered_example: list[dict], pod_config: dict) -> None:
    dep = deployments(rendered_example)[name]
    pod = dep["spec"]["template"]["spec"]
    c = sidecar(dep)
    _, listen_port = config_port(pod_config["listen"])
    _, tls_port = config_port(pod_config["tls"]["listen"])
    _, admin_port = config_port(pod_config["admin"]["listen"])

    # Native sidecar: an init container that keeps running. The kubelet starts the app
    # containers once its startupProbe passes, and /readyz is 200 only after the CA bundle is
    # written (checked below), so the app never starts without the bundle.
    assert c in pod.get("initContainers", []), "the sidecar must be an init container"
    assert c.get("restartPolicy") == "Always"
    assert c["args"][:1] == ["serve"]
    config_arg = c["args"][c["args"].index("--config") + 1]

    # The config the container reads is the rendered ConfigMap.
    cm_name = next(d for d in rendered_example if d["kind"] == "ConfigMap")["metadata"]["name"]
    mount = next(m for m in c["volumeMounts"] if config_arg.startswith(m["mountPath"].rstrip("/") + "/"))
    volume = next(v for v in pod["volumes"] if v["name"] == mount["name"])
    assert volume["configMap"]["name"] == cm_name
    assert config_arg == mount["mountPath"].rstrip("/") + "/outrigger.yaml"

    # Ports match the config's listeners.
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert set(ports.values()) == {listen_port, tls_port, admin_port}, ports
    # The sidecar's ports do not collide with the app's own ports.
    app_ports = {p["containerPort"] for p in app_container(dep).get("ports", [])}
    assert not app_ports & {listen_port, tls_port, admin_port}

    # Probes: /healthz (liveness) and /readyz (readiness, startup) on the admin port.
    def probe_port(probe: dict) -> int:
        port = probe["httpGet"]["port"]
        return ports[port] if isinstance(port, str) else port
    assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert c["startupProbe"]["httpGet"]["path"] == "/readyz"
    for kind in ("livenessProbe", "readinessProbe", "startupProbe"):
        assert probe_port(c[kind]) == admin_port, kind

    # Datadog: the node Agent, origin detection, unified service tags from labels.
    env = env_of(c)
    assert env["DD_AGENT_HOST"]["valueFrom"]["fieldRef"]["fieldPath"] == "status.hostIP"
    assert env["DD_ENTITY_ID"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.uid"
    labels = dep["spec"]["template"]["metadata"]["labels"]
    for var in ("DD_ENV", "DD_SERVICE", "DD_VERSION"):
        path = env[var]["valueFrom"]["fieldRef"]["fieldPath"]
        label = re.fullmatch(r"metadata\.labels\['([^']+)'\]", path).group(1)
        assert label.startswith("tags.datadoghq.com/") and labels.get(label), f"{var} reads missing label {label}"
    assert env["OUTRIGGER_SERVICE_NAME"]["value"] == name

    assert c["resources"]["requests"]["cpu"] and c["resources"]["limits"]["memory"]
    assert pod["terminationGracePeriodSeconds"] >= 30


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_sidecar_is_hardened(name: str, rendered_example: list[dict]) -> None:
    """Non-root, read-only root, no privilege escalation, every capability dropped and none
    added: transparent mode gets port 443 from the pod sysctl, not from a capability."""
    pod = deployments(rendered_example)[name]["spec"]["template"]["spec"]
    sc = sidecar(deployments(rendered_example)[name])["securityContext"]
    assert sc["runAsNonRoot"] is True and sc["runAsUser"] != 0
    assert pod.get("securityContext", {}).get("runAsUser", 1) != 0
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc.get("privileged", False) is False
    assert sc["capabilities"]["drop"] == ["ALL"]
    assert not sc["capabilities"].get("add"), f"{name}: the sidecar adds capabilities {sc['capabilities']['add']}"


def app_containers(dep: dict) -> list[dict]:
    return [c for c in dep["spec"]["template"]["spec"]["containers"] if c["name"] != "outrigger"]


def app_region(dep: dict) -> str:
    for c in app_containers(dep):
        env = env_of(c)
        for var in ("LOCATION", "GOOGLE_CLOUD_LOCATION", "GOOGLE_CLOUD_REGION"):
            if "value" in env.get(var, {}):
                return env[var]["value"]
    return SHOP_REGION


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_llm_pod_maps_google_hosts_to_outrigger(name: str, rendered_example: list[dict], pod_config: dict) -> None:
    """hostAliases sends the Google hosts the service calls to 127.0.0.1, where tls.listen is,
    and only hosts Outrigger intercepts (any other name would get a TLS error there)."""
    dep = deployments(rendered_example)[name]
    aliases = dep["spec"]["template"]["spec"].get("hostAliases", [])
    host, _ = config_port(pod_config["tls"]["listen"])
    mapped = {h for a in aliases if a["ip"] == host for h in a.get("hostnames", [])}
    region = app_region(dep)
    wanted = {"aiplatform.googleapis.com", f"{region}-aiplatform.googleapis.com", "generativelanguage.googleapis.com"}
    assert wanted <= mapped, f"{name}: hostAliases to {host} lack {sorted(wanted - mapped)}"
    extra = set(pod_config["tls"].get("hosts", []))
    not_intercepted = sorted(h for h in mapped if not (BUILT_IN_HOST.fullmatch(h) or h in extra))
    assert not not_intercepted, f"{name}: mapped to Outrigger but not intercepted: {not_intercepted}"
    elsewhere = sorted(h for a in aliases if a["ip"] != host for h in a.get("hostnames", []) if h in mapped)
    assert not elsewhere, f"{name}: also mapped elsewhere: {elsewhere}"


def mount_for(container: dict, path: str) -> dict | None:
    return next((m for m in container.get("volumeMounts", [])
                 if path.startswith(m["mountPath"].rstrip("/") + "/")), None)


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_llm_pod_trusts_the_ca_bundle(name: str, rendered_example: list[dict], pod_config: dict) -> None:
    """The sidecar writes tls.ca_bundle_path on a writable emptyDir; every app container mounts
    the same volume read-only at the same place, and its TLS stacks' variables name the file."""
    dep = deployments(rendered_example)[name]
    bundle = pod_config["tls"]["ca_bundle_path"]
    written = mount_for(sidecar(dep), bundle)
    assert written is not None and not written.get("readOnly", False), f"{name}: the sidecar cannot write {bundle}"
    volume = next(v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == written["name"])
    assert "emptyDir" in volume, f"{name}: {written['name']} should be a pod-local emptyDir"
    apps = app_containers(dep)
    assert apps
    for c in apps:
        read = mount_for(c, bundle)
        assert read is not None, f"{name}/{c['name']}: {bundle} is not mounted"
        assert read["name"] == written["name"] and read["mountPath"] == written["mountPath"], (read, written)
        assert read.get("readOnly") is True, f"{name}/{c['name']}: the CA volume must be read-only in the app"
        env = env_of(c)
        for var in CA_BUNDLE_VARS:
            assert env.get(var, {}).get("value") == bundle, f"{name}/{c['name']}: {var} is {env.get(var)}, not {bundle}"


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_sidecar_may_bind_the_tls_port(name: str, rendered_example: list[dict], pod_config: dict) -> None:
    """Port 443 for a non-root sidecar without capabilities: the pod's
    net.ipv4.ip_unprivileged_port_start is at most tls.listen's port (deploy/README.md)."""
    pod = deployments(rendered_example)[name]["spec"]["template"]["spec"]
    _, tls_port = config_port(pod_config["tls"]["listen"])
    sysctls = {s["name"]: s["value"] for s in pod.get("securityContext", {}).get("sysctls", [])}
    start = sysctls.get("net.ipv4.ip_unprivileged_port_start")
    assert start is not None, f"{name}: no net.ipv4.ip_unprivileged_port_start sysctl: a non-root sidecar cannot bind {tls_port}"
    assert int(start) <= tls_port, f"{name}: ports below {start} are privileged, and tls.listen is on {tls_port}"
    assert not pod.get("hostNetwork", False), "the sysctl is per network namespace; the host's is not the pod's"


@pytest.mark.parametrize("name", LLM_DEPLOYMENTS)
def test_no_base_url_variables_remain(name: str, rendered_example: list[dict], pod_config: dict) -> None:
    """Transparent mode: no container is pointed at the plain listener."""
    dep = deployments(rendered_example)[name]
    _, listen_port = config_port(pod_config["listen"])
    spec = dep["spec"]["template"]["spec"]
    for c in spec.get("initContainers", []) + spec["containers"]:
        env = env_of(c)
        left = [v for v in BASE_URL_VARS if v in env]
        assert not left, f"{name}/{c['name']}: base-URL variables left: {left}"
        for var, e in env.items():
            u = urlparse(str(e.get("value", "")))
            assert not (u.scheme == "http" and u.hostname in ("localhost", "127.0.0.1") and u.port == listen_port), \
                f"{name}/{c['name']}: {var} points at the plain listener"


def test_network_policy(rendered_example: list[dict]) -> None:
    policy = next(d for d in rendered_example if d["kind"] == "NetworkPolicy")
    selected = set(policy["spec"]["podSelector"]["matchExpressions"][0]["values"])
    pods = {d["spec"]["template"]["metadata"]["labels"]["app"] for d in deployments(rendered_example).values()}
    assert selected == pods
    assert policy["spec"]["policyTypes"] == ["Egress"]
    ports = {(p.get("protocol", "TCP"), p["port"]) for rule in policy["spec"]["egress"] for p in rule.get("ports", [])}
    assert {("TCP", 443), ("UDP", 8125), ("TCP", 8126), ("UDP", 53), ("TCP", 53)} <= ports
    google = next(r for r in policy["spec"]["egress"] if any(p["port"] == 443 for p in r.get("ports", [])))
    assert [p["port"] for p in google["ports"]] == [443], "the public-internet rule must be HTTPS only"


def test_network_policy_lets_outrigger_resolve(rendered_example: list[dict]) -> None:
    """Outrigger asks the nameservers of /etc/resolv.conf for the hosts it intercepts: kube-dns,
    or on GKE with NodeLocal DNSCache or Cloud DNS a link-local address no pod selector matches."""
    policy = next(d for d in rendered_example if d["kind"] == "NetworkPolicy")
    dns_rules = [r for r in policy["spec"]["egress"]
                 if {(p.get("protocol", "TCP"), p["port"]) for p in r.get("ports", [])} >= {("UDP", 53), ("TCP", 53)}]
    assert dns_rules, "no egress rule for DNS over UDP and TCP"
    peers = [peer for r in dns_rules for peer in r.get("to", [])]
    cidrs = {peer["ipBlock"]["cidr"] for peer in peers if "ipBlock" in peer}
    assert {"169.254.20.10/32", "169.254.169.254/32"} <= cidrs, cidrs
    assert any(peer.get("podSelector", {}).get("matchLabels", {}).get("k8s-app") == "kube-dns" for peer in peers)


def test_region_can_be_changed_in_an_overlay(tmp_path: Path) -> None:
    """The overlay patch deploy/README.md gives ("Changing the region") replaces the region's host."""
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "kustomization.yaml").write_text(yaml.safe_dump({
        "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
        "resources": [os.path.relpath(K8S / "overlays" / "example", overlay)],
        "patches": [{
            "target": {"group": "apps", "version": "v1", "kind": "Deployment",
                       "name": "^(chatbotservice|peau-agent|shoppingassistantservice)$"},
            "patch": "- op: replace\n  path: /spec/template/spec/hostAliases/0/hostnames/1\n"
                     "  value: europe-west4-aiplatform.googleapis.com\n",
        }],
    }))
    readme = (DEPLOY / "README.md").read_text()
    assert "path: /spec/template/spec/hostAliases/0/hostnames/1" in readme
    for dep in deployments(render(overlay)).values():
        hosts = dep["spec"]["template"]["spec"]["hostAliases"][0]["hostnames"]
        assert "europe-west4-aiplatform.googleapis.com" in hosts and f"{SHOP_REGION}-aiplatform.googleapis.com" not in hosts


def test_agent_socket_component_renders(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "kustomization.yaml").write_text(yaml.safe_dump({
        "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
        "resources": [os.path.relpath(K8S / "overlays" / "example", overlay)],
        "components": [os.path.relpath(K8S / "components" / "agent-socket", overlay)],
    }))
    for dep in deployments(render(overlay)).values():
        c = sidecar(dep)
        env = env_of(c)
        assert env["DD_DOGSTATSD_URL"]["value"] == "unix:///var/run/datadog/dsd.socket"
        assert env["DD_TRACE_AGENT_URL"]["value"] == "unix:///var/run/datadog/apm.socket"
        vol = next(v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == "datadog-sockets")
        assert vol["hostPath"]["path"].rstrip("/") == "/var/run/datadog"


def test_datadog_values() -> None:
    values = yaml.safe_load((K8S / "datadog-values.yaml").read_text())
    dd = values["datadog"]
    assert dd["dogstatsd"]["useSocketVolume"] is True and dd["dogstatsd"]["originDetection"] is True
    assert dd["dogstatsd"]["useHostPort"] is True, "the sidecar sends to status.hostIP:8125"
    assert dd["apm"]["portEnabled"] is True and dd["apm"]["socketEnabled"] is True
    assert values["clusterAgent"]["admissionController"]["enabled"] is True
    assert "apiKey" not in dd, "the API key comes from a Secret, never from the values file"


def _seconds(text: str) -> float:
    total = 0.0
    for value, unit in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)?", str(text)):
        total += float(value) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "": 1}[unit]
    return total


def test_grace_period_covers_outrigger_drain(rendered_example: list[dict], pod_config: dict) -> None:
    # When the config has lifecycle.shutdown_grace_period (config/outrigger.yaml documents the
    # default), the pod must give Outrigger that long and a few seconds more.
    documented = yaml.safe_load((REPO / "config" / "outrigger.yaml").read_text()).get("lifecycle", {})
    grace = _seconds(pod_config.get("lifecycle", {}).get("shutdown_grace_period",
                                                          documented.get("shutdown_grace_period", "0s")))
    for dep in deployments(rendered_example).values():
        assert dep["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] >= grace + 5


def test_admin_service_reaches_every_outrigger(rendered_example: list[dict], pod_config: dict) -> None:
    """The Service outrigger-admin selects exactly the pods the sidecar is in, on the admin port."""
    svc = next(d for d in rendered_example if d["kind"] == "Service" and d["metadata"]["name"] == "outrigger-admin")
    selector = svc["spec"]["selector"]
    selected = {name for name, dep in deployments(rendered_example).items()
                if selector.items() <= dep["spec"]["template"]["metadata"]["labels"].items()}
    with_sidecar = {name for name, dep in deployments(rendered_example).items()
                    if any(c["name"] == "outrigger" for c in dep["spec"]["template"]["spec"].get("initContainers", []))}
    assert selected == with_sidecar == set(LLM_DEPLOYMENTS), (selected, with_sidecar)
    _, admin_port = config_port(pod_config["admin"]["listen"])
    assert [(p["port"], p["targetPort"]) for p in svc["spec"]["ports"]] == [(admin_port, admin_port)]


def test_admin_token_secret_is_the_one_the_sidecar_mounts(rendered_example: list[dict], pod_config: dict) -> None:
    secret = next(d for d in rendered_example if d["kind"] == "Secret")
    assert set(secret["data"]) == {"token"}
    token_file = pod_config["admin"]["token_file"]
    for name in LLM_DEPLOYMENTS:
        dep = deployments(rendered_example)[name]
        mount = mount_for(sidecar(dep), token_file)
        assert mount is not None and token_file == mount["mountPath"].rstrip("/") + "/token", (name, token_file)
        volume = next(v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == mount["name"])
        assert volume["secret"]["secretName"] == secret["metadata"]["name"], name


def test_no_token_no_render(tmp_path: Path) -> None:
    """Without base/admin-token (never committed) the base does not render: no pod can start
    with a token nobody chose."""
    import shutil
    base = tmp_path / "base"
    shutil.copytree(K8S / "base", base, ignore=shutil.ignore_patterns("admin-token"))
    cmd = ["kustomize", "build"] if shutil.which("kustomize") else ["kubectl", "kustomize"]
    result = subprocess.run([*cmd, str(base)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "admin-token" in result.stderr, result.stderr
