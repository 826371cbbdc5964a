#!/usr/bin/env python3
"""Turns one bench/guard-ab.sh run directory into its markdown report (stdout).

  summarize_ab.py RUN_DIR

RUN_DIR holds:
  fixed/<target>-r<N>.log   h2load --log-file of the fixed-rate rounds (start us, status, duration us)
  cpu.tsv                   target, round, CPU clock ticks of the target's process, requests,
                            context switches (in the order the runs were made)
  meta.json                 settings and versions
  status-<instance>.json    Outrigger's /v1/status of each instance after the run (optional)

Targets: direct (the mock), observe (Outrigger, default config), block (Outrigger,
guards.mode: block). Percentiles are nearest-rank, read exactly as bench/summarize.py reads them
(its functions are imported). "Added" is a percentile minus the direct call's percentile at the
same rank; "block − observe" is the block instance's percentile minus the observe instance's.
Standard library only.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from collections import Counter

sys.dont_write_bytecode = True  # import the sibling script without leaving a cache in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from summarize import dist, ms, read_h2load_log, signed  # noqa: E402

TARGETS = ("direct", "observe", "block")


def diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def spread(values: list[float | None]) -> str:
    vals = [v for v in values if v is not None]
    if not vals:
        return "n/a"
    return f"{signed(min(vals))} … {signed(max(vals))} (median {signed(statistics.median(vals))})"


def status_lines(name: str, path: str) -> list[str]:
    """The call counters of one /v1/status document; any key may be missing."""
    if not os.path.exists(path):
        return [f"- {name}: no /v1/status answer"]
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return [f"- {name}: /v1/status was not JSON"]
    if not isinstance(doc, dict):
        return [f"- {name}: /v1/status was not a JSON object"]

    def scalars(obj: object) -> str:
        if not isinstance(obj, dict):
            return ""
        return ", ".join(f"{k} {v}" for k, v in obj.items() if isinstance(v, int) and not isinstance(v, bool))

    parts = []
    for key in ("calls", "requests"):
        if isinstance(doc.get(key), (int, float)):
            parts.append(f"{key} {doc[key]}")
    for key in ("totals", "pipeline"):
        text = scalars(doc.get(key))
        if text:
            parts.append(f"{key}: {text}")
    recent = doc.get("recent_calls")
    if isinstance(recent, list):
        calls = [c for c in recent if isinstance(c, dict)]
        outcomes = Counter(str(c.get("outcome", "?")) for c in calls)
        blocked = sum(1 for c in calls if c.get("blocked_reason"))
        parts.append(
            f"recent_calls: {len(calls)} ("
            + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
            + f"), {blocked} with a blocked_reason"
        )
    return [f"- {name}: " + ("; ".join(parts) if parts else "no call counters found")]


def main() -> int:
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    d = sys.argv[1]
    with open(os.path.join(d, "meta.json")) as f:
        meta = json.load(f)
    clk = meta.get("clk_tck", 100)

    # cpu.tsv: target, round, ticks, requests, context switches.
    cpu: dict[str, list[int]] = {t: [0, 0, 0] for t in TARGETS}
    order: dict[int, list[str]] = {}
    with open(os.path.join(d, "cpu.tsv")) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[0] not in cpu:
                continue
            acc = cpu[cols[0]]
            acc[0] += int(cols[2])
            acc[1] += int(cols[3])
            acc[2] += int(cols[4])
            order.setdefault(int(cols[1]), []).append(cols[0])

    rounds = sorted(order)
    pooled: dict[str, dict] = {}
    per_round: dict[str, dict[int, dict]] = {t: {} for t in TARGETS}
    for t in TARGETS:
        all_ok: list[float] = []
        bad = 0
        for r in rounds:
            path = os.path.join(d, "fixed", f"{t}-r{r}.log")
            ok, b, _ = read_h2load_log(path) if os.path.exists(path) else ([], 0, [])
            all_ok += ok
            bad += b
            per_round[t][r] = dist(ok)
        ticks, reqs, switches = cpu[t]
        pooled[t] = {
            **dist(all_ok),
            "errors": bad,
            "cpu_us_per_req": ticks / clk * 1e6 / reqs if reqs else None,
            "switches_per_req": switches / reqs if reqs else None,
        }

    w = []
    w.append("# Injection guard A/B: block mode vs observe mode\n")
    w.append(
        f"Run {meta['date']} on {meta['cpus']} CPUs ({meta['cpu_model']}), {meta['kernel']}; "
        f"{meta['h2load_version']}. Load generator, mock and both Outrigger instances share the same "
        f"{meta['cpus']} cores. Measurement took {meta['elapsed_seconds']} s. Work tree at {meta['source']}. "
        f"Produced by `{meta['command']}`.\n"
    )
    w.append(
        f"Unary generateContent, {meta['body_bytes']}-byte body, at {meta['rate']} req/s: h2load, "
        f"{meta['fixed_conns']} keep-alive connections opened 1/{meta['rate']} s apart. "
        f"{len(rounds)} interleaved round{'' if len(rounds) == 1 else 's'} of {meta['fixed_seconds']} s per target (order rotated each round) "
        f"after a {meta['warmup_seconds']} s warm-up each. Targets: **direct** = the mock; **observe** = Outrigger "
        "with the built-in defaults; **block** = Outrigger with `guards.mode: block` (bench/guard-block.yaml). "
        "Latency in ms, from the request leaving h2load to the last response byte.\n"
    )

    w.append("## All rounds pooled\n")
    w.append("| target | requests | errors | p50 | p90 | p99 | p99.9 | CPU µs/req | context switches/req |")
    w.append("|---|---|---|---|---|---|---|---|---|")
    for t in TARGETS:
        p = pooled[t]
        w.append(
            f"| {t} | {p['n']} | {p['errors']} | {ms(p['p50'])} | {ms(p['p90'])} | {ms(p['p99'])} | "
            f"{ms(p['p999'])} | {ms(p['cpu_us_per_req'], 0)} | {ms(p['switches_per_req'], 1)} |"
        )
    w.append(
        "\nCPU µs/req: user+system CPU time of the target's own process (direct: the mock; observe, block: "
        "that Outrigger instance) divided by the requests; 10 ms clock-tick resolution. Context switches/req: "
        "voluntary + involuntary, all threads of the same process.\n"
    )

    w.append("| added over direct | p50 | p99 |\n|---|---|---|")
    for t in ("observe", "block"):
        w.append(f"| {t} | {signed(diff(pooled[t]['p50'], pooled['direct']['p50']))} | "
                 f"{signed(diff(pooled[t]['p99'], pooled['direct']['p99']))} |")
    w.append("")

    b, o = pooled["block"], pooled["observe"]
    bo50 = [diff(per_round["block"][r]["p50"], per_round["observe"][r]["p50"]) for r in rounds]
    bo99 = [diff(per_round["block"][r]["p99"], per_round["observe"][r]["p99"]) for r in rounds]
    od50 = [diff(per_round["observe"][r]["p50"], per_round["direct"][r]["p50"]) for r in rounds]
    bd50 = [diff(per_round["block"][r]["p50"], per_round["direct"][r]["p50"]) for r in rounds]
    w.append("## What block mode adds over observe mode\n")
    w.append("| | p50 | p99 | CPU µs/req |\n|---|---|---|---|")
    w.append(f"| block − observe, pooled | {signed(diff(b['p50'], o['p50']))} | {signed(diff(b['p99'], o['p99']))} | "
             f"{signed(diff(b['cpu_us_per_req'], o['cpu_us_per_req']), 0)} |")
    w.append(f"| block − observe, per round (min … max) | {spread(bo50)} | {spread(bo99)} | |")
    w.append("")
    od_vals = [v for v in od50 if v is not None]
    if len(od_vals) > 1:
        w.append(
            f"For scale, the round-to-round range of observe − direct at p50 (nothing changes between those "
            f"rounds) is {ms(max(od_vals) - min(od_vals))} ms; a block − observe difference well above it, "
            "with the same sign in every round, is the guard's cost rather than noise.\n"
        )

    w.append("## Per round\n")
    w.append("| round | order | direct p50 | observe p50 | block p50 | observe − direct p50 | block − direct p50 | "
             "block − observe p50 | block − observe p99 |")
    w.append("|---|---|---|---|---|---|---|---|---|")
    for i, r in enumerate(rounds):
        pr = {t: per_round[t][r] for t in TARGETS}
        w.append(
            f"| {r} | {', '.join(order[r])} | {ms(pr['direct']['p50'])} | {ms(pr['observe']['p50'])} | "
            f"{ms(pr['block']['p50'])} | {signed(od50[i])} | {signed(bd50[i])} | {signed(bo50[i])} | {signed(bo99[i])} |"
        )
    w.append("")

    w.append("## Outrigger's own /v1/status after the run\n")
    w.append("Counts include the smoke and warm-up calls. The bench body is benign, so block mode should block none.\n")
    for name in ("block", "observe"):
        w += status_lines(name, os.path.join(d, f"status-{name}.json"))
    w.append("")

    sys.stdout.write("\n".join(w))
    return 0


if __name__ == "__main__":
    sys.exit(main())
