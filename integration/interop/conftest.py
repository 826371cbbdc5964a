"""Fixtures for the SDK interop suite.

One session starts two subprocesses from the real `outrigger` binary:

    outrigger mock-gemini --listen 127.0.0.1:0           (deterministic fake Gemini)
    outrigger serve --listen 127.0.0.1:0 --admin-listen 127.0.0.1:0 --upstream <mock>

Every test makes the same SDK call twice: once straight at mock-gemini (the expected
answer, since the mock is deterministic) and once through the proxy, then checks the
proxy's `/v1/status` record of that call.

Binary: env `OUTRIGGER_BIN`, else `<repo>/.build/debug/outrigger`.
"""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path
from typing import Iterator

import pytest

pytest.register_assert_rewrite("interop_support")

from interop_support import (  # noqa: E402
    ADMIN_READY,
    MOCK_READY,
    SECRETS,
    STARTUP_TIMEOUT_S,
    TRAFFIC_READY,
    Child,
    Stack,
    binary_path,
    child_env,
    http_get,
)

# Environment that would silently redirect the SDKs (or an HTTP proxy that would
# swallow loopback traffic). The tests configure every client explicitly.
for _name in (
    "GOOGLE_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GOOGLE_CLOUD_REGION",
    "GOOGLE_GENAI_USE_VERTEXAI",
    "GOOGLE_GEMINI_BASE_URL",
    "GOOGLE_VERTEX_BASE_URL",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
):
    os.environ.pop(_name, None)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture(scope="session")
def outrigger_bin() -> Path:
    path = binary_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(
            f"outrigger binary not found at {path}; run `swift build` or set OUTRIGGER_BIN",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def stack(outrigger_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    log_dir = tmp_path_factory.mktemp("outrigger-logs")
    mock = Child(
        "mock-gemini",
        [str(outrigger_bin), "mock-gemini", "--listen", "127.0.0.1:0"],
        log_dir,
        env=child_env(),
    )
    proxy: Child | None = None
    try:
        mock_url = mock.wait_for(MOCK_READY).rstrip("/")
        proxy = Child(
            "outrigger-serve",
            [
                str(outrigger_bin),
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--admin-listen",
                "127.0.0.1:0",
                "--upstream",
                mock_url,
            ],
            log_dir,
            # The most verbose logging, so the credential-leak check covers every log line.
            env=child_env(OUTRIGGER_LOG_LEVEL="trace"),
        )
        proxy_url = proxy.wait_for(TRAFFIC_READY).rstrip("/")
        admin_url = proxy.wait_for(ADMIN_READY).rstrip("/")
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            try:
                code, _ = http_get(admin_url + "/healthz", timeout=2.0)
                if code == 200:
                    break
            except OSError:
                pass
            if proxy.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"outrigger admin /healthz never answered 200\n{proxy.output()}")
            time.sleep(0.1)
        yield Stack(mock_url=mock_url, proxy_url=proxy_url, admin_url=admin_url, proxy=proxy, mock=mock)
    finally:
        graceful = True
        if proxy is not None:
            graceful = proxy.stop()
        mock.stop()
        if not graceful:
            warnings.warn("outrigger serve ignored SIGTERM and had to be killed")
        if proxy is not None:
            # Shutdown logging counts too.
            out = proxy.output()
            leaked = [s for s in SECRETS if s in out]
            assert not leaked, f"credentials {leaked} leaked into outrigger serve output"


@pytest.fixture
def prompt(request: pytest.FixtureRequest) -> str:
    """A prompt unique to the test, so its calls are easy to tell apart in logs."""
    test_id = f"{request.node.path.stem}::{request.node.name}"
    return (
        f"[{test_id}] I am planning a picnic by the lake this weekend. "
        "Which Online Boutique products would you recommend?"
    )
