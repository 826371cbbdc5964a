"""The admin console in a real browser: `outrigger demo --keep` runs, headless Chromium loads
http://127.0.0.1:<admin>/, waits for the page's polls, and the DOM must show the rules table,
the cost chart and a recent call with its cost, with no request leaving 127.0.0.1. The
screenshot is kept in CONSOLE_ARTIFACTS (default .build/artifacts/console)."""

from __future__ import annotations

import http.server
import os
import re
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from console_browser import console_problems, run_browser

REPO = Path(__file__).resolve().parents[2]


def artifacts() -> Path:
    out = Path(os.environ.get("CONSOLE_ARTIFACTS", REPO / ".build" / "artifacts" / "console"))
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="module")
def console_url() -> Iterator[str]:
    binary = os.environ.get("OUTRIGGER_BIN") or str(REPO / ".build" / "debug" / "outrigger")
    demo = subprocess.Popen([binary, "demo", "--keep", "--test-agent", "off", "--calls", "24"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url, seen = None, []
    deadline = time.monotonic() + 120
    assert demo.stdout is not None
    while url is None and time.monotonic() < deadline:
        line = demo.stdout.readline()
        if not line:
            break
        seen.append(line)
        m = re.search(r"Console:\s+(http://127\.0\.0\.1:\d+/)", line)
        url = m.group(1) if m else None
    if url is None:
        demo.kill()
        pytest.fail("demo --keep printed no console URL:\n" + "".join(seen[-40:]), pytrace=False)
    threading.Thread(target=lambda: [None for _ in demo.stdout], daemon=True).start()  # keep the pipe drained
    yield url
    demo.terminate()
    demo.wait(timeout=30)


def test_console_shows_live_data(console_url: str) -> None:
    out = artifacts()
    dom, urls = run_browser(console_url, out)
    (out / "console.html").write_text(dom)
    assert console_problems(dom) == []
    origin = console_url.rstrip("/")
    outside = [u for u in urls if not u.startswith("http://127.0.0.1:")]
    assert outside == [], "requests left 127.0.0.1"
    assert any(u.startswith(origin + "/v1/status") for u in urls), urls
    _, shot_urls = run_browser(console_url, out, screenshot=out / "console.png")
    assert [u for u in shot_urls if not u.startswith("http://127.0.0.1:")] == []
    assert (out / "console.png").stat().st_size > 20_000, "the screenshot is blank"


class BreakingProxy(http.server.BaseHTTPRequestHandler):
    """Forwards to the console but fails one data endpoint, to show the check can fail."""

    upstream = ""
    broken = "/v1/status"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.startswith(self.broken):
            self.send_error(500, "broken on purpose")
            return
        with urllib.request.urlopen(self.upstream.rstrip("/") + self.path, timeout=10) as r:
            body = r.read()
            self.send_response(r.status)
            for name in ("Content-Type", "Content-Security-Policy"):
                if r.headers.get(name):
                    self.send_header(name, r.headers[name])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_console_check_fails_when_a_data_request_fails(console_url: str, tmp_path: Path) -> None:
    BreakingProxy.upstream = console_url
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), BreakingProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dom, _ = run_browser(f"http://127.0.0.1:{server.server_address[1]}/", tmp_path, budget_ms=5000)
    finally:
        server.shutdown()
    problems = console_problems(dom)
    assert any("not live" in p for p in problems), problems
    assert any("cost" in p for p in problems), problems
