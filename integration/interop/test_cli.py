"""The `outrigger` command line as a user meets it: check-config, serve's config errors, demo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from interop_support import binary_path, child_env

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: float = 120, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(binary_path()), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or child_env(),
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )


def test_check_config_accepts_the_documented_defaults() -> None:
    result = run("check-config", str(REPO / "config" / "outrigger.yaml"))
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_check_config_names_key_and_line_for_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "listne: \"0.0.0.0:8080\"\n"
        "upstream:\n"
        "  http2: yes please\n"
        "  timeouts:\n"
        "    idle: 5x\n"
    )
    result = run("check-config", str(bad))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 3, result.stderr
    assert re.search(r"bad\.yaml:1: listne: .*did you mean 'listen'", lines[0])
    assert re.search(r"bad\.yaml:3: upstream\.http2: ", lines[1])
    assert re.search(r"bad\.yaml:5: upstream\.timeouts\.idle: ", lines[2])


def test_serve_refuses_a_bad_config_with_exit_64(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("admin:\n  recent_calls: lots\n")
    result = run("serve", "--config", str(bad), timeout=30)
    assert result.returncode == 64
    assert "admin.recent_calls" in result.stderr


def test_serve_refuses_an_exposed_admin_port_without_a_token(tmp_path: Path) -> None:
    exposed = tmp_path / "exposed.yaml"
    exposed.write_text('admin:\n  listen: "0.0.0.0:0"\nlisten: "127.0.0.1:0"\n')
    result = run("serve", "--config", str(exposed), timeout=30)
    assert result.returncode == 64
    assert "admin.token_file" in result.stderr and "allow_unauthenticated" in result.stderr
    check = run("check-config", str(exposed), timeout=30)
    assert check.returncode == 1 and "not a loopback address" in check.stderr


def check_demo_summary(out: str) -> None:
    match = re.search(r"Summary: (\d+) calls, (\d+) errors, (\d+) streamed, (\d+) unparsed; tokens in (\d+) / out (\d+)", out)
    assert match, out
    calls, errors, streamed, unparsed, tokens_in, tokens_out = map(int, match.groups())
    # 12 REST calls through the plain listener, then two Vertex gRPC calls through the interception listener.
    assert calls == 14
    assert errors == 2  # the injected 429 (call 8) and the stream broken mid-way (call 10)
    assert streamed == 7
    assert re.search(r"vertex gRPC unary\s+200 .* grpc-status 0", out), out
    assert re.search(r"vertex gRPC stream\s+200 .* grpc-status 0", out), out
    assert unparsed == 0
    assert tokens_in > 0 and tokens_out > 0
    assert "/v1/status" in out
    assert re.search(r"llm\.tokens\.input\s+\d+", out), out
    assert "session demo-session-" in out, out
    assert "I'm [EMAIL]" in out and "jane.doe@example.com" not in out, "the sample span is redacted"
    # The demo injects one injection attempt, one invented product and one wrong price.
    assert "1 injection attempt(s)" in out, out
    assert re.search(r"Grounding: \d+ product mentions, 1 not in the catalog, 1 name/price mismatch", out), out


def test_demo_runs_offline_with_the_stand_in_agent(tmp_path: Path) -> None:
    # No test agent on PATH or in ./.venv: the local stand-in receives everything.
    env = child_env(PATH="/usr/bin:/bin")
    result = run("demo", "--calls", "12", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    check_demo_summary(out)
    spans = re.search(r"APM: (\d+) spans in (\d+) payloads", out)
    assert spans and int(spans.group(1)) == 14, out
    # 12 generation calls (countTokens is not one; the gRPC calls are) become LLM Observability spans.
    llmobs = re.search(r"LLM Observability: (\d+) spans in (\d+) requests", out)
    assert llmobs and int(llmobs.group(1)) == 12, out
    # The demo's one injection attempt makes the prompt_injection rule alert, with a trace id.
    assert re.search(r"\[critical\] prompt_injection alert \(session=demo-session-\d+\)", out), out
    assert re.search(r"sample traces: [0-9a-f]{32}", out) and "runbook: deploy/runbooks/prompt_injection.md" in out, out


def test_demo_uses_datadogs_test_agent_when_installed(tmp_path: Path) -> None:
    venv_bin = str(Path(sys.executable).parent)
    env = child_env(PATH=venv_bin + os.pathsep + os.environ.get("PATH", ""))
    result = run("demo", "--calls", "12", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    check_demo_summary(out)
    assert "Datadog's test agent (ddapm-test-agent" in out, out
    # The gRPC calls' spans pass the test agent's checks like the REST ones.
    assert re.search(r"APM: 14 spans decoded and validated", out), out
    assert re.search(r"LLM Observability: 12 spans in \d+ EVP requests", out), out
