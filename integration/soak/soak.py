"""Soak and chaos run of `outrigger serve` (docs/operations.md, "Soak and chaos").

Mixed unary and streamed traffic goes through the real binary to mock-gemini for a bounded
time while:
- the upstream (a relay in front of mock-gemini) resets, stalls and refuses connections on a
  schedule, and mock-gemini answers a share of calls with 429, 500 or 503;
- the Datadog Agent stand-in hangs, refuses and comes back;
- the config file is rewritten every few seconds and SIGHUP is sent in between.

At the end it checks that:
- the process never exited or restarted (one PID throughout);
- no call failed that the upstream answered: an error made by Outrigger, or a cut stream, is
  allowed only while an upstream fault was in effect (plus a grace period);
- every drop is counted: each exporter's sent + dropped spans equals the calls that made one,
  and what the Agent acknowledged equals what Outrigger counts as sent;
- RSS and open file descriptors are flat after warm-up: it reports the slope of each, and
  fails if RSS grows faster than --max-rss-slope or descriptors stay above their idle level.

    python3 integration/soak/soak.py --seconds 180            # the CI length
    python3 integration/soak/soak.py --seconds 1800 --report docs-row.json

Needs OUTRIGGER_BIN (or a debug build). Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "interop"))
from interop_support import ADMIN_READY, MOCK_READY, TRAFFIC_READY, Child, binary_path, child_env, http_get  # noqa: E402

from chaos_peers import ChaosRelay, FlakyAgent  # noqa: E402

UNARY = "/v1beta/models/gemini-2.5-flash:generateContent"
STREAM = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
GRACE_S = 1.5
# Descriptors allowed above the idle count after the run, and how long pooled connections live idle
# (UpstreamClientSettings.idleConnectionTimeout).
FD_SLACK = 8
POOL_IDLE_S = 60

CONFIG = """\
upstream:
  timeouts:
    connect: "1s"
    first_byte: "3s"
    idle: "2s"
    total: "20s"
limits:
  max_response_tap: "{tap}"
rules:
  enabled: true
"""


@dataclass
class Outcome:
    start: float
    end: float
    kind: str  # ok, upstream_error, proxy_error, cut, client_failure
    detail: str = ""


@dataclass
class Schedule:
    """Fault windows as (mode, start, end) in monotonic seconds."""

    upstream: list[tuple[str, float, float]] = field(default_factory=list)
    agent: list[tuple[str, float, float]] = field(default_factory=list)

    def upstream_fault_during(self, start: float, end: float) -> bool:
        return any(s - 0.05 <= end and start <= e + GRACE_S for _, s, e in self.upstream)


def call(proxy: tuple[str, int], stream: bool, rng: random.Random) -> Outcome:
    start = time.monotonic()
    text = rng.choice(["Recommend a mug", "What sunglasses do you sell?", "Something for the kitchen under $20"])
    body = json.dumps({"contents": [{"role": "user", "parts": [{"text": text}]}]}).encode()
    conn = http.client.HTTPConnection(*proxy, timeout=30)
    try:
        try:
            conn.request("POST", STREAM if stream else UNARY, body=body,
                         headers={"content-type": "application/json", "x-goog-api-key": "fake-key"})
            resp = conn.getresponse()
        except (OSError, http.client.HTTPException) as err:
            return Outcome(start, time.monotonic(), "client_failure", f"no response: {err!r}")
        try:
            payload = resp.read()
        except (OSError, http.client.HTTPException) as err:
            return Outcome(start, time.monotonic(), "cut", f"{resp.status} body cut: {err!r}")
        end = time.monotonic()
        if resp.getheader("x-outrigger-error"):
            return Outcome(start, end, "proxy_error", f"{resp.status} {resp.getheader('x-outrigger-error')}")
        if resp.status != 200:
            return Outcome(start, end, "upstream_error", str(resp.status))
        if stream and b'"finishReason"' not in payload:
            kind = "upstream_error" if b'"error"' in payload else "cut"
            return Outcome(start, end, kind, "stream without its last chunk")
        return Outcome(start, end, "ok")
    finally:
        conn.close()


def sample(pid: int) -> tuple[float, int]:
    """RSS in MiB and open descriptors of `pid`."""
    rss_kib = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss_kib = int(line.split()[1])
    return rss_kib / 1024, len(os.listdir(f"/proc/{pid}/fd"))


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, value) points, per minute."""
    n = len(points)
    if n < 3:
        return 0.0
    mx = sum(t for t, _ in points) / n
    my = sum(v for _, v in points) / n
    var = sum((t - mx) ** 2 for t, _ in points)
    return 60 * sum((t - mx) * (v - my) for t, v in points) / var if var else 0.0


def admin_status(admin_url: str) -> dict:
    code, body = http_get(admin_url + "/v1/status", timeout=10)
    if code != 200:
        raise RuntimeError(f"/v1/status answered {code}")
    return json.loads(body)


def exporter(status: dict, name: str) -> dict:
    exporters = status.get("exporters", {})
    if name not in exporters:
        raise KeyError(f"no exporter {name!r} in /v1/status: {sorted(exporters)}")
    return exporters[name]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=180)
    ap.add_argument("--warmup", type=float, default=None, help="seconds before slopes are measured (default: a quarter)")
    ap.add_argument("--workers", type=int, default=6)
    ap.add_argument("--max-rss-slope", type=float, default=3.0, help="MiB per minute after warm-up")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--report", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    warmup = args.warmup if args.warmup is not None else args.seconds / 4
    rng = random.Random(args.seed)

    work = Path(tempfile.mkdtemp(prefix="outrigger-soak."))
    mock = Child("mock", [str(binary_path()), "mock-gemini", "--listen", "127.0.0.1:0", "--seed", str(args.seed),
                          "--error-rate", "0.05", "--error-status", "0", "--midstream-error-rate", "0.02",
                          "--chunks", "6", "--interval", "15ms"], work, child_env())
    mock_url = urlparse(mock.wait_for(MOCK_READY))
    relay = ChaosRelay(mock_url.hostname, mock_url.port)
    agent = FlakyAgent()
    config = work / "outrigger.yaml"
    config.write_text(CONFIG.format(tap="8MiB"))
    env = child_env(OUTRIGGER_UPSTREAM=relay.url, DD_TRACE_AGENT_URL=agent.trace_url, DD_DOGSTATSD_URL=agent.statsd_url)
    proxy = Child("proxy", [str(binary_path()), "serve", "--config", str(config),
                            "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0"], work, env)
    traffic = urlparse(proxy.wait_for(TRAFFIC_READY))
    admin_url = proxy.wait_for(ADMIN_READY).rstrip("/")
    pid = proxy.proc.pid
    print(f"soak: {args.seconds:.0f} s, {args.workers} workers, proxy pid {pid}, logs in {work}", flush=True)

    schedule = Schedule()
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    stop = threading.Event()
    t0 = time.monotonic()
    deadline = t0 + args.seconds

    def worker(seed: int) -> None:
        wrng = random.Random(seed)
        while not stop.is_set():
            o = call((traffic.hostname, traffic.port), wrng.random() < 0.5, wrng)
            with lock:
                outcomes.append(o)
            time.sleep(wrng.uniform(0.0, 0.05))

    def chaos(set_mode, healthy: str, faults: list[str], gap: tuple[float, float], length: tuple[float, float],
              windows: list[tuple[str, float, float]]) -> None:
        """Every `gap` seconds, one fault of `faults` in turn for `length` seconds, logged in `windows`."""
        i = 0
        while not stop.wait(rng.uniform(*gap)):
            mode = faults[i % len(faults)]
            i += 1
            start = time.monotonic()
            set_mode(mode)
            stop.wait(rng.uniform(*length))
            set_mode(healthy)
            windows.append((mode, start, time.monotonic()))

    def upstream_chaos() -> None:
        chaos(relay.set_mode, "pass", ["reset", "stall", "refuse"], (6, 9), (2, 3), schedule.upstream)

    def agent_chaos() -> None:
        chaos(agent.set_mode, "up", ["hang", "refuse"], (5, 8), (2, 5), schedule.agent)

    reloads = {"file": 0, "sighup": 0}

    def config_churn() -> None:
        n = 0
        while not stop.wait(2.0):
            n += 1
            if n % 2:
                config.write_text(CONFIG.format(tap="8MiB" if n % 4 == 1 else "4MiB"))
                reloads["file"] += 1
            else:
                proxy.proc.send_signal(signal.SIGHUP)
                reloads["sighup"] += 1

    samples: list[tuple[float, float, int]] = []

    def sampler() -> None:
        while not stop.wait(1.0):
            if proxy.proc.poll() is not None:
                return
            rss, fds = sample(pid)
            samples.append((time.monotonic() - t0, rss, fds))

    idle_rss, idle_fds = sample(pid)
    threads = [threading.Thread(target=worker, args=(args.seed * 100 + i,), daemon=True) for i in range(args.workers)]
    threads += [threading.Thread(target=f, daemon=True) for f in (upstream_chaos, agent_chaos, config_churn, sampler)]
    for t in threads:
        t.start()
    last_print = t0
    while time.monotonic() < deadline and proxy.proc.poll() is None:
        time.sleep(0.5)
        if time.monotonic() - last_print >= 30:
            last_print = time.monotonic()
            with lock:
                done = len(outcomes)
            rss, fds = samples[-1][1:] if samples else (0, 0)
            print(f"soak: {last_print - t0:5.0f} s  {done} calls  rss {rss:.1f} MiB  fds {fds}", flush=True)
    stop.set()
    for t in threads:
        t.join(35)
    relay.set_mode("pass")
    agent.set_mode("up")

    problems: list[str] = []
    exited = proxy.proc.poll()
    if exited is not None:
        problems.append(f"the proxy exited with {exited} during the run")
        print(proxy.output()[-4000:])

    # Let exports flush (the export loops run every few seconds) and connections close.
    status: dict = {}
    if exited is None:
        settle = time.monotonic() + 30
        while time.monotonic() < settle:
            time.sleep(2)
            status = admin_status(admin_url)
            queues = sum(e.get("queue_depth", 0) for e in status.get("exporters", {}).values())
            if queues == 0:
                break
        time.sleep(6)  # one more export interval after the queues are empty
        status = admin_status(admin_url)
    final_rss, final_fds = sample(pid) if exited is None else (0.0, 0)
    # Pooled upstream and Agent connections close once idle (the upstream pool after 60 s): wait
    # that long for the descriptors to come back before calling any left open a leak.
    fd_wait = time.monotonic() + POOL_IDLE_S + 10
    while exited is None and final_fds > idle_fds + FD_SLACK and time.monotonic() < fd_wait:
        time.sleep(5)
        final_rss, final_fds = sample(pid)

    # Calls: what failed outside an upstream fault.
    by_kind: dict[str, int] = {}
    strict_failures: list[Outcome] = []
    for o in outcomes:
        by_kind[o.kind] = by_kind.get(o.kind, 0) + 1
        if o.kind == "client_failure" or (o.kind in ("proxy_error", "cut") and not schedule.upstream_fault_during(o.start, o.end)):
            strict_failures.append(o)
    if strict_failures:
        def nearest(o: Outcome) -> str:
            if not schedule.upstream:
                return "no upstream fault yet"
            mode, s, e = min(schedule.upstream, key=lambda w: min(abs(w[1] - o.start), abs(w[2] - o.end)))
            return f"nearest fault {mode} {s - t0:.1f}-{e - t0:.1f}s"

        problems.append(f"{len(strict_failures)} calls failed outside an upstream fault, e.g. "
                        + "; ".join(f"{o.kind} {o.start - t0:.1f}-{o.end - t0:.1f}s ({nearest(o)}): {o.detail}"
                                    for o in strict_failures[:5]))
    if by_kind.get("ok", 0) < len(outcomes) / 2:
        problems.append(f"only {by_kind.get('ok', 0)} of {len(outcomes)} calls succeeded")

    # Every drop is counted.
    accounting = {}
    if status:
        totals = status["totals"]
        traces = exporter(status, "traces")
        llmobs = exporter(status, "llmobs")
        t_details, l_details = traces.get("details", {}), llmobs.get("details", {})
        accounting = {
            "calls_seen_by_clients": len(outcomes) - by_kind.get("client_failure", 0),
            "requests_recorded": totals["requests"],
            "pipeline_dropped_calls": status["pipeline"].get("dropped_calls", 0),
            "trace_spans_sent": t_details.get("sent_spans", traces.get("sent")),
            "trace_spans_dropped": t_details.get("dropped_spans", traces.get("dropped")),
            "trace_spans_acked_by_agent": agent.acked_trace_spans,
            "llmobs_spans_sent": l_details.get("sent_spans"),
            "llmobs_spans_dropped": l_details.get("dropped_spans"),
            "llmobs_spans_acked_by_agent": agent.acked_llmobs_spans,
            "agent_requests_hung": agent.hung_requests,
        }
        recorded = totals["requests"] + status["pipeline"].get("dropped_calls", 0)
        if recorded != accounting["calls_seen_by_clients"]:
            problems.append(f"clients got {accounting['calls_seen_by_clients']} answers, but recorded + dropped calls = {recorded}")
        spans = accounting["trace_spans_sent"] + accounting["trace_spans_dropped"]
        if spans != totals["requests"]:
            problems.append(f"trace spans sent + dropped = {spans}, calls recorded = {totals['requests']}")
        if accounting["trace_spans_acked_by_agent"] != accounting["trace_spans_sent"]:
            problems.append(f"the Agent acknowledged {agent.acked_trace_spans} trace spans, Outrigger counts {accounting['trace_spans_sent']} sent")
        if accounting["llmobs_spans_acked_by_agent"] != accounting["llmobs_spans_sent"]:
            problems.append(f"the Agent acknowledged {agent.acked_llmobs_spans} LLM Observability spans, Outrigger counts {accounting['llmobs_spans_sent']} sent")
        cfg = status.get("config") or {}
        if cfg.get("reloads", 0) < (reloads["file"] + reloads["sighup"]) / 2:
            problems.append(f"only {cfg.get('reloads')} config reloads applied of {reloads}")

    # Flat after warm-up.
    after = [(t, rss, fds) for t, rss, fds in samples if t >= warmup]
    rss_slope = slope_per_minute([(t, rss) for t, rss, _ in after])
    fd_slope = slope_per_minute([(t, float(fds)) for t, _, fds in after])
    if rss_slope > args.max_rss_slope:
        problems.append(f"RSS grows {rss_slope:.2f} MiB/min after warm-up (limit {args.max_rss_slope})")
    if exited is None and final_fds > idle_fds + FD_SLACK:
        problems.append(f"{final_fds} descriptors open after the run, {idle_fds} before it")

    report = {
        "seconds": args.seconds,
        "calls": len(outcomes),
        "calls_by_kind": by_kind,
        "upstream_faults": len(schedule.upstream),
        "agent_faults": len(schedule.agent),
        "config_reloads_sent": reloads,
        "config_reloads_applied": (status.get("config") or {}).get("reloads"),
        "rss_mib": {"idle": round(idle_rss, 1), "peak": round(max((s[1] for s in samples), default=0), 1),
                    "final": round(final_rss, 1), "slope_per_min_after_warmup": round(rss_slope, 3)},
        "fds": {"idle": idle_fds, "peak": max((s[2] for s in samples), default=0), "final": final_fds,
                "slope_per_min_after_warmup": round(fd_slope, 3)},
        "accounting": accounting,
        "problems": problems,
    }
    print(json.dumps(report, indent=2))
    if args.report:
        args.report.write_text(json.dumps(report, indent=2) + "\n")

    graceful = proxy.stop()
    mock.stop()
    relay.close()
    agent.close()
    if exited is None and not graceful:
        problems.append("the proxy did not stop on SIGTERM")
    print("soak: " + ("PASSED" if not problems else "FAILED:\n  " + "\n  ".join(problems)), flush=True)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
