#!/usr/bin/env python3
"""Turns `perf report --children --sort symbol` output into a per-stage CPU table (bench/stages.sh).

Each stage is marked by (mangled) Swift symbol fragments; a sample counts for a stage when a
function matching one of its fragments is on the stack, so shares are inclusive and nested
stages overlap their parents (the table says which). µs per call = share × the proxy's measured
CPU per call.
"""

from __future__ import annotations

import argparse
import re

# (stage, part of, symbol fragments). The first matching line of perf's inclusive report for
# any fragment gives the stage's share (the outermost function that carries it).
STAGES = [
    ("request path: HTTP server, routing, relay (event loops)", None, ["NIOPosix27MultiThreadedEventLoopGroup"]),
    ("  Outrigger's responder (route, body, guard, upstream call, relay)", "request path", ["ProxyServer0A9ResponderV7respond"]),
    ("  upstream client (AsyncHTTPClient)", "request path", ["AsyncHTTPClient18HTTPConnectionPoolC7Manager", "AsyncHTTPClient11TransactionC"]),
    ("  kernel (sockets, wake-ups)", "request path", ["entry_SYSCALL_64_after_hwframe"]),
    ("analysis thread: every call after it is served", None, ["ProxyServer13CallProcessorC3run"]),
    ("  decode and record (usage, pricing, session)", "analysis", ["ProxyServer13CallProcessorC10makeRecord"]),
    ("  guard: injection and PII scoring", "analysis", ["ProxyServer10GuardStageC8findings"]),
    ("  response checks: grounding and quality", "analysis", ["ProxyServer18ResponseCheckStageC6checks"]),
    ("    quality scorer", "response checks", ["Grounding13QualityScorerV5score"]),
    ("    grounding checker", "response checks", ["Grounding0A7CheckerV5check"]),
    ("  sink: status store", "analysis", ["ProxyServer11StatusStoreC6record"]),
    ("  sink: DogStatsD metrics", "analysis", ["ProxyServer11CallMetricsV6record"]),
    ("  sink: security and check telemetry", "analysis", ["ProxyServer17SecurityTelemetry", "ProxyServer22ResponseCheckTelemetry"]),
    ("  sink: APM span", "analysis", ["ProxyServer10CallTracesV"]),
    ("  sink: LLM Observability span and evaluations", "analysis", ["ProxyServer10CallLLMObsV6record"]),
    ("  sink: sessions and cost advice", "analysis", ["ProxyServer16SessionEconomics", "ProxyServer12CostInsightsC"]),
    ("  sink: detection rules", "analysis", ["ProxyServer14RuleEvaluationC6record"]),
    ("exporters: DogStatsD, traces, LLM Observability (their own tasks)", None, ["DatadogExport0B4LoopC3run", "DatadogExport11TraceWriterC", "DatadogExport12LLMObsWriterC4send"]),
]


def shares(report: str) -> dict[str, float]:
    found: dict[str, float] = {}
    lines = [line for line in report.splitlines() if line.strip() and not line.startswith("#")]
    for name, _parent, fragments in STAGES:
        best = 0.0
        for line in lines:
            m = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\[[.k]\]\s+(\S+)", line)
            if m and any(f in m.group(3) for f in fragments):
                best = max(best, float(m.group(1)))
        found[name] = best
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    for flag in ("report", "threads", "binary", "source"):
        ap.add_argument(f"--{flag}", required=True)
    ap.add_argument("--config", default="", help="the proxy's config file, when not the built-in defaults")
    for flag in ("ticks", "clk-tck", "calls", "rate", "seconds"):
        ap.add_argument(f"--{flag}", type=int, required=True)
    a = ap.parse_args()
    per_call_us = a.ticks / a.clk_tck * 1e6 / max(a.calls, 1)
    found = shares(open(a.report).read())
    threads = [l.split() for l in open(a.threads).read().splitlines() if l.strip() and not l.startswith("#")]
    print("## Outrigger CPU per call, by stage\n")
    print(f"`bash bench/stages.sh`: {a.calls} calls at {a.rate} req/s for {a.seconds} s, unary generateContent with a "
          f"~1 KB body, {f'config `{a.config}`' if a.config else 'default config (every feature on, observe mode)'}, `{a.binary}` at {a.source}. "
          f"CPU per call from /proc: **{per_call_us:,.0f} µs** (under perf, which adds a little). "
          "Shares are inclusive, from `perf record -g -F 999`; indented rows are part of the row above.\n")
    print("| stage | share of CPU | µs per call |")
    print("|---|---:|---:|")
    for name, _parent, _fragments in STAGES:
        share = found[name]
        print(f"| {name.strip() if not name.startswith(' ') else '&nbsp;&nbsp;' * (len(name) - len(name.lstrip())) + name.strip()} "
              f"| {share:.1f} % | {share / 100 * per_call_us:,.0f} |")
    print("\nBy thread: " + ", ".join(f"{t[1]} {t[0]}" for t in threads if len(t) >= 2 and t[0].endswith("%")) + "\n")


if __name__ == "__main__":
    main()
