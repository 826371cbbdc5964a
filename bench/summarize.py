#!/usr/bin/env python3
"""Turns one bench/run.sh run directory into the markdown report (stdout) and a JSON summary.

  summarize.py RUN_DIR [--json OUT.json]

RUN_DIR holds:
  fixed/<target>-r<N>.log   h2load --log-file of the fixed-rate rounds (start us, status, duration us)
  max/<target>.log, .out    h2load closed-loop run
  cpu.tsv                   phase, target, CPU clock ticks used by the target's processes, requests
  sse.json                  bench/sse_ttfb.py output
  meta.json                 settings, versions, memory figures
  status.json               Outrigger's /v1/status after the run (optional)

Percentiles are nearest-rank over all samples of a target. "Added" latency is the proxy's
percentile minus the direct call's percentile at the same rank. Standard library only.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

TARGETS = ("direct", "nginx", "outrigger")
PROXIES = ("nginx", "outrigger")

# Targets from the project issue.
ADDED_P99_LIMIT_MS = 1.0
NGINX_FACTOR_LIMIT = 2.0
SSE_OVERHEAD_LIMIT_MS = 1.0
RSS_LIMIT_MB = 64.0
# The lean pipeline's targets.
LEAN_CPU_US = 300.0
LEAN_P99_MS = 0.5
LEAN_HIGH_P99_MS = 1.0
LEAN_CLOSED_LOOP_SHARE = 0.5
LEAN_SSE_P50_MS = 0.5
LEAN_SSE_P99_MS = 1.0


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def read_h2load_log(path: str) -> tuple[list[float], int, list[int]]:
    """Returns (durations in ms of 2xx requests, non-2xx or failed count, start times in us).

    h2load logs status 0 for the few requests that were sent during its warm-up and answered
    after it; they are neither measured nor errors, so they are skipped. Status -1 is a failed
    stream.
    """
    ok: list[float] = []
    bad = 0
    starts: list[int] = []
    with open(path) as f:
        for line in f:
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            status = int(parts[1])
            if status == 0:
                continue
            starts.append(int(parts[0]))
            if 200 <= status < 300:
                ok.append(int(parts[2]) / 1000.0)
            else:
                bad += 1
    return ok, bad, starts


def dist(values: list[float]) -> dict:
    return {
        "n": len(values),
        "p50": percentile(values, 50),
        "p90": percentile(values, 90),
        "p99": percentile(values, 99),
        "p999": percentile(values, 99.9),
        "max": max(values) if values else None,
        "mean": sum(values) / len(values) if values else None,
    }


def ms(v: float | None, digits: int = 3) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def signed(v: float | None, digits: int = 3) -> str:
    return "n/a" if v is None else f"{v:+.{digits}f}"


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("**met**" if ok else "**missed**")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir")
    ap.add_argument("--json")
    args = ap.parse_args()
    d = args.run_dir
    with open(os.path.join(d, "meta.json")) as f:
        meta = json.load(f)
    clk = meta.get("clk_tck", 100)

    # cpu.tsv: phase, target, CPU ticks, requests[, context switches (newer runs)].
    cpu: dict[tuple[str, str], list[int]] = {}
    with open(os.path.join(d, "cpu.tsv")) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            acc = cpu.setdefault((cols[0], cols[1]), [0, 0, 0, 0])
            acc[0] += int(cols[2])
            acc[1] += int(cols[3])
            if len(cols) > 4:
                acc[2] += int(cols[4])
                acc[3] += int(cols[3])

    def cpu_us_per_req(phase: str, target: str) -> float | None:
        ticks, reqs, _, _ = cpu.get((phase, target), (0, 0, 0, 0))
        return None if not reqs else ticks / clk * 1e6 / reqs

    def switches_per_req(phase: str, target: str) -> float | None:
        _, _, switches, reqs = cpu.get((phase, target), (0, 0, 0, 0))
        return None if not reqs else switches / reqs

    # 1. Fixed rate (and 1b, the higher fixed rate, in high/).
    def fixed_phase(folder: str, phase: str) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for t in TARGETS:
            all_ok: list[float] = []
            bad = 0
            rounds = []
            rate_seen = []
            for path in sorted(glob.glob(os.path.join(d, folder, f"{t}-r*.log"))):
                ok, b, starts = read_h2load_log(path)
                all_ok += ok
                bad += b
                rounds.append(dist(ok))
                if len(starts) > 1:
                    rate_seen.append((len(starts) - 1) / ((max(starts) - min(starts)) / 1e6))
            out[t] = {
                **dist(all_ok),
                "errors": bad,
                "rounds": rounds,
                "achieved_rate": sum(rate_seen) / len(rate_seen) if rate_seen else None,
                "cpu_us_per_req": cpu_us_per_req(phase, t),
                "switches_per_req": switches_per_req(phase, t),
            }
        for t in PROXIES:
            f_, base = out[t], out["direct"]
            for k in ("p50", "p90", "p99", "p999"):
                f_[f"added_{k}"] = None if f_[k] is None or base[k] is None else f_[k] - base[k]
            f_["added_p99_rounds"] = [
                None if r["p99"] is None or b["p99"] is None else r["p99"] - b["p99"]
                for r, b in zip(f_["rounds"], base["rounds"])
            ]
        return out

    fixed = fixed_phase("fixed", "fixed")
    high = fixed_phase("high", "high") if glob.glob(os.path.join(d, "high", "*-r*.log")) else {}

    # 2. Closed loop.
    mx: dict[str, dict] = {}
    for t in TARGETS:
        path = os.path.join(d, "max", f"{t}.log")
        if not os.path.exists(path):
            continue
        ok, bad, _ = read_h2load_log(path)
        rate = None
        out_path = os.path.join(d, "max", f"{t}.out")
        if os.path.exists(out_path):
            with open(out_path) as f:
                text = f.read()
            m = re.search(r"^finished in [^,]+, ([0-9.]+) req/s", text, re.M)
            if m:
                rate = float(m.group(1))
        if rate is None:
            rate = len(ok) / meta["max_seconds"]
        mx[t] = {**dist(ok), "errors": bad, "rate": rate, "cpu_us_per_req": cpu_us_per_req("max", t),
                 "switches_per_req": switches_per_req("max", t)}

    # 3. SSE.
    sse_path = os.path.join(d, "sse.json")
    sse = {}
    if os.path.exists(sse_path):
        with open(sse_path) as f:
            sse = json.load(f)["targets"]
        for t in PROXIES:
            if t in sse and "direct" in sse and sse[t]["n"] and sse["direct"]["n"]:
                for key in ("head_us", "event_us"):
                    for k in ("p50", "p99"):
                        sse[t][f"added_{key}_{k}"] = sse[t][key][k] - sse["direct"][key][k]

    # 3b. gRPC first message (bench/grpc_first_message.py).
    grpc_path = os.path.join(d, "grpc.json")
    grpc_first = {}
    if os.path.exists(grpc_path):
        with open(grpc_path) as f:
            grpc_first = json.load(f)

    status = None
    status_path = os.path.join(d, "status.json")
    if os.path.exists(status_path):
        try:
            with open(status_path) as f:
                status = json.load(f)
        except ValueError:
            status = None

    # Targets.
    o, n = fixed["outrigger"], fixed["nginx"]
    hwm_mb = meta["outrigger_hwm_kb"] / 1024
    checks = []
    checks.append((
        f"added p99 at {meta['rate']} req/s ≤ {ADDED_P99_LIMIT_MS:g} ms",
        f"{ms(o['added_p99'])} ms",
        None if o["added_p99"] is None else o["added_p99"] <= ADDED_P99_LIMIT_MS,
    ))
    if o["added_p99"] is not None and n["added_p99"] is not None and n["added_p99"] > 0:
        ratio = o["added_p99"] / n["added_p99"]
        checks.append((
            f"added p99 ≤ {NGINX_FACTOR_LIMIT:g}× what nginx adds",
            f"{ms(o['added_p99'])} ms vs nginx {ms(n['added_p99'])} ms ({ratio:.2f}×)",
            ratio <= NGINX_FACTOR_LIMIT,
        ))
    elif o["added_p99"] is not None and n["added_p99"] is not None and n["added_p50"] is not None:
        # nginx's added p99 is lost in the noise (≤ 0): its added p50 stands in for what it adds.
        bound = NGINX_FACTOR_LIMIT * max(n["added_p50"], 0.0)
        checks.append((
            f"added p99 ≤ {NGINX_FACTOR_LIMIT:g}× what nginx adds",
            f"{ms(o['added_p99'])} ms; nginx's added p99 is in the noise ({signed(n['added_p99'])} ms), "
            f"its added p50 is {signed(n['added_p50'])} ms, so the bound is {ms(bound)} ms",
            o["added_p99"] <= bound,
        ))
    if o["added_p50"] is not None and n["added_p50"] is not None:
        ratio50 = f" ({o['added_p50'] / n['added_p50']:.1f}×)" if n["added_p50"] > 0 else ""
        checks.append((
            "(for reference) added p50, Outrigger vs nginx",
            f"{signed(o['added_p50'])} ms vs {signed(n['added_p50'])} ms{ratio50}",
            None,
        ))
    so = sse.get("outrigger", {})
    if "added_event_us_p50" in so:
        p50, p99 = so["added_event_us_p50"] / 1000, so["added_event_us_p99"] / 1000
        checks.append((
            f"SSE first-chunk overhead ≤ {SSE_OVERHEAD_LIMIT_MS:g} ms (p50; p99 shown)",
            f"p50 {signed(p50)} ms, p99 {signed(p99)} ms",
            p50 <= SSE_OVERHEAD_LIMIT_MS,
        ))
    go = grpc_first.get("targets", {}).get("outrigger", {})
    if "added_p50" in go:
        checks.append((
            f"gRPC first-message overhead ≤ {SSE_OVERHEAD_LIMIT_MS:g} ms (p50; p99 shown)",
            f"p50 {signed(go['added_p50'])} ms, p99 {signed(go['added_p99'])} ms",
            go["added_p50"] <= SSE_OVERHEAD_LIMIT_MS,
        ))
    checks.append((
        f"peak RSS ≤ {RSS_LIMIT_MB:g} MB (read as MiB)",
        f"{hwm_mb:.1f} MiB = {meta['outrigger_hwm_kb'] * 1024 / 1e6:.1f} MB (VmHWM, {meta['outrigger_hwm_kb']} kB)",
        hwm_mb <= RSS_LIMIT_MB,
    ))

    # The lean pipeline's targets (docs/benchmarks.md, issue 16).
    lean = []
    lean.append((
        f"CPU per call at {meta['rate']} req/s ≤ {LEAN_CPU_US:g} µs",
        f"{ms(o['cpu_us_per_req'], 0)} µs (nginx {ms(n['cpu_us_per_req'], 0)} µs)",
        None if o["cpu_us_per_req"] is None else o["cpu_us_per_req"] <= LEAN_CPU_US,
    ))
    lean.append((
        f"added p99 at {meta['rate']} req/s ≤ {LEAN_P99_MS:g} ms (p50, p99.9 shown)",
        f"p99 {signed(o['added_p99'])} ms; p50 {signed(o['added_p50'])}, p99.9 {signed(o['added_p999'])} "
        f"(nginx {signed(n['added_p50'])} / {signed(n['added_p99'])} / {signed(n['added_p999'])})",
        None if o["added_p99"] is None else o["added_p99"] <= LEAN_P99_MS,
    ))
    if high:
        ho, hn = high["outrigger"], high["nginx"]
        lean.append((
            f"added p99 at {meta.get('high_rate')} req/s ≤ {LEAN_HIGH_P99_MS:g} ms (p50, p99.9 shown)",
            f"p99 {signed(ho['added_p99'])} ms; p50 {signed(ho['added_p50'])}, p99.9 {signed(ho['added_p999'])} "
            f"(nginx {signed(hn['added_p50'])} / {signed(hn['added_p99'])} / {signed(hn['added_p999'])})",
            None if ho["added_p99"] is None else ho["added_p99"] <= LEAN_HIGH_P99_MS,
        ))
    if "outrigger" in mx and "nginx" in mx and mx["nginx"]["rate"]:
        share = mx["outrigger"]["rate"] / mx["nginx"]["rate"]
        lean.append((
            f"closed-loop rate ≥ {LEAN_CLOSED_LOOP_SHARE:.0%} of nginx's",
            f"{mx['outrigger']['rate']:.0f} req/s vs nginx {mx['nginx']['rate']:.0f} req/s ({share:.0%})",
            share >= LEAN_CLOSED_LOOP_SHARE,
        ))
    pipeline = (status or {}).get("pipeline", {})
    totals = (status or {}).get("totals", {})
    if isinstance(totals.get("requests"), int) and isinstance(pipeline.get("dropped_calls"), int):
        rec, drop = totals["requests"], pipeline["dropped_calls"]
        lean.append((
            "no call unrecorded (recorded ÷ served)",
            f"{rec} ÷ {rec + drop}, {pipeline.get('recorded_without_analysis', 'n/a')} without the heavy analyses "
            f"(shed, counted)",
            drop == 0,
        ))
    lean.append((
        f"peak RSS ≤ {RSS_LIMIT_MB:g} MiB, closed loop included",
        f"{hwm_mb:.1f} MiB",
        hwm_mb <= RSS_LIMIT_MB,
    ))
    if "added_event_us_p50" in so:
        p50, p99 = so["added_event_us_p50"] / 1000, so["added_event_us_p99"] / 1000
        lean.append((
            f"SSE added first event: p50 ≤ {LEAN_SSE_P50_MS:g} ms, p99 ≤ {LEAN_SSE_P99_MS:g} ms",
            f"p50 {signed(p50)} ms, p99 {signed(p99)} ms",
            p50 <= LEAN_SSE_P50_MS and p99 <= LEAN_SSE_P99_MS,
        ))
    lean.append(("block mode: added p50 over observe mode ≤ 50 µs", "not measured here: `bash bench/guard-ab.sh`", None))
    lean.append(("memory flat over 10 minutes (slope)", "not measured here: `bash bench/rss-growth.sh`", None))

    # Markdown.
    w = []
    w.append("# Outrigger overhead benchmark: latest run\n")
    w.append(
        f"Run {meta['date']} on {meta['cpus']} CPUs ({meta['cpu_model']}), {meta['kernel']}; "
        f"{meta['nginx_version']}, {meta['h2load_version']}; {meta['swift_version']}. "
        f"Load generator, mock, nginx and Outrigger share the same {meta['cpus']} cores. "
        f"Measurement phases took {meta['elapsed_seconds']} s. Produced by `bash bench/run.sh`"
        + (f" on the work tree at {meta['source']}" if meta.get("source") else "")
        + (" (a binary given in OUTRIGGER_BIN may differ)" if meta.get("source") and ".build-release" not in meta.get("outrigger_bin", "") else "")
        + ".\n"
    )
    w.append("## Targets\n")
    w.append("| target | measured | result |\n|---|---|---|")
    for name, measured, okv in checks:
        w.append(f"| {name} | {measured} | {verdict(okv)} |")
    w.append("")
    w.append("## Lean pipeline targets\n")
    w.append("Every feature on in observe mode (the defaults), in this run, against this run's own nginx and direct figures.\n")
    w.append("| target | measured | result |\n|---|---|---|")
    for name, measured, okv in lean:
        w.append(f"| {name} | {measured} | {verdict(okv)} |")
    w.append("")

    w.append(f"## Unary generateContent at {meta['rate']} req/s\n")
    w.append(
        f"{meta['body_bytes']}-byte request body; h2load, {meta['fixed_conns']} keep-alive connections opened "
        f"1/{meta['rate']} s apart, each at {meta['rate'] / meta['fixed_conns']:g} req/s; "
        f"{meta['rounds']} interleaved rounds of {meta['fixed_seconds']} s per target after a warm-up. "
        "Latency in ms, from the request leaving h2load to the last response byte.\n"
    )
    has_cs = any(fixed[t]["switches_per_req"] is not None for t in TARGETS)
    cs_head, cs_rule = (" context switches/req |", "---|") if has_cs else ("", "")
    w.append("| target | requests | errors | rate (req/s) | p50 | p90 | p99 | p99.9 | max | added p50 | added p99 | added p99 per round | CPU µs/req |" + cs_head)
    w.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|" + cs_rule)
    for t in TARGETS:
        f_ = fixed[t]
        added50 = signed(f_.get("added_p50")) if t != "direct" else "—"
        added99 = signed(f_.get("added_p99")) if t != "direct" else "—"
        rounds = ", ".join(signed(x) for x in f_.get("added_p99_rounds", [])) if t != "direct" else "—"
        cpu_s = ms(f_["cpu_us_per_req"], 0)
        w.append(
            f"| {t} | {f_['n']} | {f_['errors']} | {ms(f_['achieved_rate'], 0)} | {ms(f_['p50'])} | {ms(f_['p90'])} | "
            f"{ms(f_['p99'])} | {ms(f_['p999'])} | {ms(f_['max'])} | {added50} | {added99} | {rounds} | {cpu_s} |"
            + (f" {ms(f_['switches_per_req'], 1)} |" if has_cs else "")
        )
    w.append("\nCPU µs/req: user+system CPU time of the target's own processes (direct: the mock; "
             "nginx: master and workers; outrigger: the proxy) divided by the requests; 10 ms clock-tick resolution."
             + (" Context switches/req: voluntary + involuntary, all threads of the same processes." if has_cs else "")
             + "\n")

    if high:
        w.append(f"### The same at {meta.get('high_rate')} req/s\n")
        w.append(f"{meta.get('high_rounds')} interleaved rounds of {meta['fixed_seconds']} s per target, same connections and body.\n")
        w.append("| target | requests | errors | p50 | p99 | p99.9 | added p50 | added p99 | added p99.9 | added p99 per round | CPU µs/req |")
        w.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for t in TARGETS:
            h_ = high[t]
            dash = t == "direct"
            w.append(
                f"| {t} | {h_['n']} | {h_['errors']} | {ms(h_['p50'])} | {ms(h_['p99'])} | {ms(h_['p999'])} | "
                f"{'—' if dash else signed(h_.get('added_p50'))} | {'—' if dash else signed(h_.get('added_p99'))} | "
                f"{'—' if dash else signed(h_.get('added_p999'))} | "
                f"{'—' if dash else ', '.join(signed(x) for x in h_.get('added_p99_rounds', []))} | {ms(h_['cpu_us_per_req'], 0)} |"
            )
        w.append("")

    if mx:
        w.append("## Highest rate (closed loop)\n")
        w.append(
            f"h2load, {meta['max_conns']} keep-alive connections, each sending its next request when the previous "
            f"answer ends, {meta['max_seconds']} s after a 2 s warm-up. Latency in ms.\n"
        )
        w.append("| target | req/s | errors | p50 | p99 | max | CPU µs/req |" + cs_head)
        w.append("|---|---|---|---|---|---|---|" + cs_rule)
        for t in TARGETS:
            if t in mx:
                m_ = mx[t]
                w.append(
                    f"| {t} | {m_['rate']:.0f} | {m_['errors']} | {ms(m_['p50'])} | {ms(m_['p99'])} | "
                    f"{ms(m_['max'])} | {ms(m_['cpu_us_per_req'], 0)} |"
                    + (f" {ms(m_['switches_per_req'], 1)} |" if has_cs else "")
                )
        w.append("")

    if sse:
        w.append("## SSE streamGenerateContent: time to first byte and first event\n")
        w.append(
            f"mock-gemini `{meta['mock']}`; one request in flight at a time, round robin across the targets, "
            f"{meta['sse_rounds']} samples each. Times in ms from the request leaving the client.\n"
        )
        w.append("| target | samples | errors | first byte p50 | first event p50 | first event p99 | added first byte p50 | added first event p50 | added first event p99 |")
        w.append("|---|---|---|---|---|---|---|---|---|")
        for t in TARGETS:
            s = sse.get(t)
            if not s:
                continue
            if not s["n"]:
                w.append(f"| {t} | 0 | {s['errors']} | n/a | n/a | n/a | | | |")
                continue

            def us(v: float | None) -> str:
                return "n/a" if v is None else f"{v / 1000:.3f}"

            def sus(v: float | None) -> str:
                return "—" if v is None else f"{v / 1000:+.3f}"

            w.append(
                f"| {t} | {s['n']} | {s['errors']} | {us(s['head_us']['p50'])} | {us(s['event_us']['p50'])} | "
                f"{us(s['event_us']['p99'])} | {sus(s.get('added_head_us_p50'))} | {sus(s.get('added_event_us_p50'))} | "
                f"{sus(s.get('added_event_us_p99'))} |"
            )
        w.append("")

    if grpc_first:
        w.append("## gRPC StreamGenerateContent: time to the first message\n")
        w.append(
            "bench/grpc_first_message.py: mock-gemini's TLS face (`chunks=4`), nginx (`grpc_pass` over TLS) and "
            "Outrigger's interception listener, each in front of its own TLS mock started by the script; one grpcio "
            f"channel per target kept for the whole run, one call in flight, round robin, {grpc_first['samples']} "
            "samples each. Times in ms from the request leaving the client to the first response message.\n"
        )
        w.append("| target | p50 | p99 | added p50 | added p99 |")
        w.append("|---|---|---|---|---|")
        for t, g in grpc_first["targets"].items():
            added = f"{g['added_p50']:+.3f} | {g['added_p99']:+.3f}" if "added_p50" in g else "— | —"
            w.append(f"| {t} | {g['p50']:.3f} | {g['p99']:.3f} | {added} |")
        w.append("")

    w.append("## Memory\n")
    w.append("| process | figure |\n|---|---|")
    w.append(f"| outrigger, after start-up (VmRSS) | {meta['outrigger_idle_rss_kb'] / 1024:.1f} MiB |")
    if "outrigger_rss_after_fixed_kb" in meta:
        w.append(f"| outrigger, after the fixed-rate phase (VmRSS) | {meta['outrigger_rss_after_fixed_kb'] / 1024:.1f} MiB |")
        w.append(f"| outrigger, after the closed-loop phase (VmRSS) | {meta['outrigger_rss_after_max_kb'] / 1024:.1f} MiB |")
    w.append(f"| outrigger, peak over the run (VmHWM) | {hwm_mb:.1f} MiB |")
    w.append(f"| outrigger, at the end (VmRSS) | {meta['outrigger_rss_end_kb'] / 1024:.1f} MiB |")
    w.append(f"| outrigger threads | {meta['outrigger_threads']} |")
    w.append(f"| nginx, master + {meta['nginx_workers']} workers, sum of VmHWM | {meta['nginx_hwm_kb_total'] / 1024:.1f} MiB |")
    w.append(f"| mock-gemini (VmHWM) | {meta['mock_hwm_kb'] / 1024:.1f} MiB |")
    w.append("")

    if isinstance(status, dict):
        totals = status.get("totals") or {}
        pipeline = status.get("pipeline") or {}
        dropped = pipeline.get("dropped_calls", pipeline.get("droppedCalls"))
        light = pipeline.get("recorded_without_analysis")
        inline = pipeline.get("recorded_inline")
        light_text = f", {light} of them recorded without the heavy analyses while the queue was backed up" if light is not None else ""
        inline_text = (f" ({inline} recorded on the request thread because the analysis queue was full; "
                       f"its peak: {pipeline.get('queue_peak_bytes', 0) / 1048576:.1f} of "
                       f"{pipeline.get('queue_max_bytes', 0) / 1048576:.1f} MiB)") if inline is not None else ""
        w.append(
            f"Outrigger's own `/v1/status` after the run: {totals.get('requests', 'n/a')} calls recorded{light_text}{inline_text}, "
            f"{totals.get('errors', 'n/a')} errors, {dropped if dropped is not None else 'n/a'} not recorded. Its errors include "
            "the calls that h2load cuts off when a timed closed-loop run ends with requests in flight.\n"
        )
        recorded = totals.get("requests")
        if isinstance(recorded, int) and isinstance(dropped, int) and recorded + dropped > 0:
            w.append(f"Recorded ÷ served: {recorded} ÷ {recorded + dropped} = {100 * recorded / (recorded + dropped):.1f} %.\n")

    sys.stdout.write("\n".join(w))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {"meta": meta, "fixed": fixed, "high": high, "max": mx, "sse": sse, "grpc_first_message": grpc_first,
                 "targets": [{"target": a, "measured": b, "met": c} for a, b, c in checks]},
                f, indent=2,
            )
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
