"""Fixtures for the deployment checks (integration/deploy)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

import telemetry

REPO = telemetry.REPO
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "kubernetes"
DATADOG = DEPLOY / "datadog"
RULES = ("hallucination", "prompt_injection", "cost_per_conversion", "quality_degradation", "predictive_capacity")


@pytest.fixture(scope="session")
def outrigger_bin() -> Path:
    path = telemetry.binary_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"outrigger binary not found at {path}; run `swift build` or set OUTRIGGER_BIN", pytrace=False)
    return path


@pytest.fixture(scope="session")
def code_metrics() -> dict[str, list[str]]:
    names = telemetry.code_metric_names()
    assert len(names) >= 10, f"found only {sorted(names)} in Sources/: the extraction is broken"
    return names


@pytest.fixture(scope="session")
def capture(outrigger_bin: Path, code_metrics, tmp_path_factory: pytest.TempPathFactory) -> telemetry.Capture:
    # Wait a little for periodic gauges the code has (e.g. the rule engine's state) to show up.
    periodic = tuple(
        n for n in ("outrigger.rule.state", "llm.prediction.error_probability", "outrigger.insights.reports", "outrigger.insights.cost")
        if n in code_metrics
    )
    cap = telemetry.capture_run(outrigger_bin, tmp_path_factory.mktemp("capture"), wait_for=periodic)
    assert cap.datagrams > 0, f"no DogStatsD datagram captured; serve log:\n{cap.log[-3000:]}"
    return cap


@pytest.fixture(scope="session", autouse=True)
def admin_token_file():
    """base/ generates the Secret outrigger-admin-token from base/admin-token, which is never
    committed (kustomize refuses to render without it). For these checks, write a throwaway
    token there when there is none, and remove it afterwards; an operator's own file is left
    alone."""
    path = K8S / "base" / "admin-token"
    created = not path.exists()
    if created:
        path.write_text(os.urandom(16).hex() + "\n")
    yield path
    if created:
        path.unlink(missing_ok=True)


def kustomize_command() -> list[str] | None:
    """`kustomize build` if installed, else kubectl's built-in kustomize (v5 in kubectl >= 1.27)."""
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    return None


def render(path: Path) -> list[dict]:
    cmd = kustomize_command()
    if cmd is None:
        pytest.fail("neither kustomize nor kubectl (with its built-in kustomize) is installed", pytrace=False)
    result = subprocess.run([*cmd, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{' '.join(cmd)} {path} failed:\n{result.stderr}"
    return [d for d in yaml.safe_load_all(result.stdout) if d]


@pytest.fixture(scope="session")
def rendered_example() -> list[dict]:
    return render(K8S / "overlays" / "example")


def load_json(path: Path):
    return json.loads(path.read_text("utf-8"))


def monitor_files() -> list[Path]:
    return sorted((DATADOG / "monitors").glob("*.json"))


def slo_files() -> list[Path]:
    return sorted((DATADOG / "slos").glob("*.json"))
