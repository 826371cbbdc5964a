"""Headless Chromium against the admin console: load the page, let it poll, and return the DOM,
a screenshot and every URL the browser requested (from Chromium's net log)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

# Flags that keep Chromium from phoning home on its own, so the net log holds the page's requests.
QUIET = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
    "--metrics-recording-only", "--safebrowsing-disable-auto-update", "--disable-features=MediaRouter,OptimizationHints,Translate",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError("no Chromium on PATH: install Debian's `chromium` package")


def run_browser(url: str, out_dir: Path, *, budget_ms: int = 9000, screenshot: Path | None = None) -> tuple[str, list[str]]:
    """Loads `url`, runs its script for `budget_ms` of virtual time; returns (DOM, requested URLs)."""
    with tempfile.TemporaryDirectory(prefix="outrigger-chromium-") as profile:
        netlog = out_dir / ("netlog-shot.json" if screenshot else "netlog-dom.json")
        args = [chromium(), *QUIET, f"--user-data-dir={profile}", f"--log-net-log={netlog}",
                f"--virtual-time-budget={budget_ms}", "--window-size=1440,2200",
                # Nothing but loopback resolves, so not even Chromium's own requests leave the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
        args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        result = subprocess.run([*args, url], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"chromium exited {result.returncode}: {result.stderr[-2000:]}"
        return result.stdout, requested_urls(netlog)


def requested_urls(netlog: Path) -> list[str]:
    """The URLs the page asked for: the navigation and every request whose initiator is a web
    origin. Chromium's own background requests (initiator "not an origin") are left out; the
    host resolver rules in `run_browser` keep them from leaving the machine anyway."""
    doc = json.loads(netlog.read_text(errors="replace"))
    start = doc["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in doc.get("events", []):
        params = event.get("params", {})
        if event.get("type") != start or "url" not in params:
            continue
        initiator = params.get("initiator", "not an origin")
        if initiator != "not an origin" or is_navigation(params):
            urls.append(params["url"])
    return sorted(set(urls))


def is_navigation(params: dict) -> bool:
    """The top-level load of the page (a GET with no initiator and a document-like URL)."""
    return params.get("method") == "GET" and params.get("initiator", "not an origin") == "not an origin" \
        and params["url"].startswith("http://127.0.0.1:")


class DomIndex(HTMLParser):
    """Collects, per element id, its text and its descendants' tags and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, list[str]] = {}
        self.tags: dict[str, list[tuple[str, dict[str, str]]]] = {}
        self.attrs: dict[str, dict[str, str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for _, outer in self.stack:
            if "id" in outer:
                self.tags.setdefault(outer["id"], []).append((tag, a))
        if "id" in a:
            self.attrs[a["id"]] = a
        if tag not in ("br", "img", "input", "meta", "link", "rect", "polyline"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, outer in self.stack:
            if "id" in outer:
                self.text.setdefault(outer["id"], []).append(data)

    def text_of(self, element_id: str) -> str:
        return " ".join(self.text.get(element_id, []))


def index(dom: str) -> DomIndex:
    parser = DomIndex()
    parser.feed(dom)
    return parser


def console_problems(dom: str) -> list[str]:
    """What a live console must show; an empty list means it does."""
    d = index(dom)
    problems = []
    if d.attrs.get("live", {}).get("data-state") != "live":
        problems.append(f"the live indicator is {d.attrs.get('live')}, not live: {d.text_of('fetch-error')}")
    rule_rows = [a for t, a in d.tags.get("rules-table", []) if t == "tr"]
    if len(rule_rows) < 2 or "prompt_injection" not in d.text_of("rules-table"):
        problems.append(f"the rules table has no prompt_injection row: {d.text_of('rules-table')[:300]!r}")
    bars = [a for t, a in d.tags.get("cost-chart", []) if t == "rect" and a.get("class") == "bar"]
    if not bars:
        problems.append("the cost chart has no bars")
    costs = re.findall(r"\$0\.\d+", " ".join(d.text.get("calls-table", [])))
    cost_cells = [a for t, a in d.tags.get("calls-table", []) if t == "td" and a.get("class") == "call-cost"]
    if not costs or not cost_cells:
        problems.append("no recent call shows a cost")
    return problems
