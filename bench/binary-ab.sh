#!/usr/bin/env bash
# A/B benchmark of two Outrigger binaries on the call path: one mock-gemini (the NEW binary's, so
# the upstream is the same code for both), and two `outrigger serve` processes with the built-in
# defaults in front of it, one per binary. All on 127.0.0.1, in the same run.
#
#   OLD_BIN=/tmp/ab/old-outrigger NEW_BIN=/tmp/ab/new-outrigger OLD_LABEL=abc1234 NEW_LABEL=def5678 \
#       bash bench/binary-ab.sh
#
# 1. Unary generateContent with a ~1 KB body at a fixed rate (h2load --rps, open connections
#    staggered, as in bench/run.sh), in interleaved rounds over three targets (direct = the mock,
#    old, new). The order changes every round: over six rounds each target runs twice in each
#    position, and old runs before new in every other round. Reports per round and pooled: the
#    p50, p99 and p99.9 each binary adds over the direct call of the same rounds, and the CPU
#    time per call of each Outrigger process, split into its request-path threads and its
#    analysis thread (the one at nice > 0).
# 2. Closed loop: h2load with MAX_CONNS connections for MAX_SECONDS, each binary MAX_REPEATS
#    times, alternating (old, new, old, new, ...), each run after a 2 s warm-up of its own.
# Before every measured run, both Outrigger processes are given up to 30 s to go idle, so the
# analysis backlog of one run does not steal CPU from the next.
#
# Writes a markdown report to bench/results/binary-ab.md and the numbers to
# bench/results/binary-ab.json (or BENCH_OUT and its .json sibling), and prints the report.
#
# Environment:
#   OLD_BIN, NEW_BIN      the two binaries (required; copy them somewhere stable first)
#   OLD_LABEL, NEW_LABEL  their names in the report (old, new)
#   RATE                  fixed rate, req/s (500)
#   FIXED_SECONDS         length of one fixed-rate run (8); ROUNDS rounds (6)
#   FIXED_CONNS           connections for the fixed-rate runs (20)
#   WARMUP_SECONDS        warm-up run per target before the rounds (2)
#   MAX_SECONDS           closed-loop run (10); MAX_CONNS connections (32); MAX_REPEATS per binary (2)
#   BENCH_OUT             report path (bench/results/binary-ab.md)
#   BENCH_KEEP=1          keep the temporary run directory
# Everything listens on and talks to 127.0.0.1 only; every client run is bounded by `timeout`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"
bench_dir="$repo_root/bench"

RATE="${RATE:-500}"
FIXED_SECONDS="${FIXED_SECONDS:-8}"
ROUNDS="${ROUNDS:-6}"
FIXED_CONNS="${FIXED_CONNS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-2}"
MAX_SECONDS="${MAX_SECONDS:-10}"
MAX_CONNS="${MAX_CONNS:-32}"
MAX_REPEATS="${MAX_REPEATS:-2}"
OLD_LABEL="${OLD_LABEL:-old}"
NEW_LABEL="${NEW_LABEL:-new}"
BENCH_OUT="${BENCH_OUT:-$bench_dir/results/binary-ab.md}"
BENCH_JSON="${BENCH_OUT%.md}.json"
UNARY_PATH="/v1beta/models/gemini-2.0-flash:generateContent"
BODY="$bench_dir/request-1k.json"
TARGETS=(direct old new)
# Round orders: the six permutations, arranged so that each target takes each position twice in
# six rounds and old/new swap places every round.
ORDERS=("direct old new" "new direct old" "old new direct" "direct new old" "old direct new" "new old direct")

BENCH_NAME=binary-ab
# shellcheck source=bench/lib.sh
source "$bench_dir/lib.sh"

for tool in h2load curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool missing (Debian: nghttp2-client for h2load, curl, python3)"
done
[[ -n "${OLD_BIN:-}" && -n "${NEW_BIN:-}" ]] || die "set OLD_BIN and NEW_BIN to the two binaries"
[[ -x "$OLD_BIN" ]] || die "no executable at $OLD_BIN"
[[ -x "$NEW_BIN" ]] || die "no executable at $NEW_BIN"
declare -A BIN=([old]=$OLD_BIN [new]=$NEW_BIN)
declare -A LABEL=([direct]=direct [old]=$OLD_LABEL [new]=$NEW_LABEL)
log "old ($OLD_LABEL): $OLD_BIN"
log "new ($NEW_LABEL): $NEW_BIN"

# --- Run directory and cleanup of everything started here. ---
start_run outrigger-binary-ab
mkdir -p "$run/fixed" "$run/max"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

read -r MOCK_PORT OLD_PORT OLD_ADMIN NEW_PORT NEW_ADMIN < <(free_ports 5)

# --- Servers: the new binary's mock, and one Outrigger per binary in front of it. ---
OUTRIGGER_LOG_LEVEL=warning "$NEW_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" >"$run/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
wait_for_line "$run/mock.log" "mock-gemini listening on" 30 "$MOCK_PID"

start_outrigger() { # name port admin-port -> sets LAST_PID
    local name=$1 port=$2 admin=$3
    OUTRIGGER_LOG_LEVEL=warning "${BIN[$name]}" serve --listen "127.0.0.1:$port" \
        --admin-listen "127.0.0.1:$admin" --upstream "http://127.0.0.1:$MOCK_PORT" >"$run/$name.log" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
    wait_for_line "$run/$name.log" "outrigger traffic listening on" 30 "$LAST_PID"
}
start_outrigger old "$OLD_PORT" "$OLD_ADMIN"
OLD_PID=$LAST_PID
start_outrigger new "$NEW_PORT" "$NEW_ADMIN"
NEW_PID=$LAST_PID

declare -A PORT=([direct]=$MOCK_PORT [old]=$OLD_PORT [new]=$NEW_PORT)
declare -A PID=([direct]=$MOCK_PID [old]=$OLD_PID [new]=$NEW_PID)
for t in "${TARGETS[@]}"; do
    code="$(post "${PORT[$t]}" "$UNARY_PATH")"
    [[ "$code" == 200 ]] || die "smoke call to $t answered $code"
done
log "mock :$MOCK_PORT  old :$OLD_PORT (admin :$OLD_ADMIN)  new :$NEW_PORT (admin :$NEW_ADMIN)"

# CPU clock ticks of the threads of a process that run at nice > 0 (Outrigger's analysis thread).
niced_ticks() { # pid
    local f total=0 rest
    for f in /proc/"$1"/task/*/stat; do
        rest="$(cut -d')' -f2- "$f" 2>/dev/null)" || continue
        total=$((total + $(awk '{ print ($17 > 0) ? $12 + $13 : 0 }' <<<"$rest")))
    done
    echo "$total"
}

# Waits (up to 30 s) until neither Outrigger process used more than 2 ticks in the last 0.5 s.
wait_idle() {
    local deadline=$((SECONDS + 30)) a b
    while ((SECONDS < deadline)); do
        a="$(cpu_ticks "$OLD_PID" "$NEW_PID")"
        sleep 0.5
        b="$(cpu_ticks "$OLD_PID" "$NEW_PID")"
        ((b - a <= 2)) && return 0
    done
    log "outrigger processes still busy after 30 s; measuring anyway"
}

# --- 1. Fixed rate, interleaved rounds. ---
for t in "${TARGETS[@]}"; do
    log "warm-up $t (${WARMUP_SECONDS}s at $RATE req/s)"
    fixed_rate "$t" "$WARMUP_SECONDS" "$run/fixed/warmup-$t.log"
done
: >"$run/cpu.tsv"
started_at=$SECONDS
for ((r = 1; r <= ROUNDS; r++)); do
    read -r -a order <<<"${ORDERS[$(((r - 1) % ${#ORDERS[@]}))]}"
    for t in "${order[@]}"; do
        wait_idle
        log "round $r/$ROUNDS: $t at $RATE req/s for ${FIXED_SECONDS}s"
        before="$(cpu_ticks "${PID[$t]}")" bg_before="$(niced_ticks "${PID[$t]}")"
        fixed_rate "$t" "$FIXED_SECONDS" "$run/fixed/$t-r$r.log"
        after="$(cpu_ticks "${PID[$t]}")" bg_after="$(niced_ticks "${PID[$t]}")"
        printf 'fixed\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$r" "$((after - before))" "$((bg_after - bg_before))" \
            "$(wc -l <"$run/fixed/$t-r$r.log")" "$(cut -d' ' -f1 /proc/loadavg)" >>"$run/cpu.tsv"
    done
done

# --- 2. Closed loop, alternating. ---
closed_loop() { # target seconds logfile
    timeout $(($2 + 60)) h2load --h1 -t 1 -c "$MAX_CONNS" -D "$2" \
        -d "$BODY" -H 'content-type: application/json' --log-file "$3" \
        "http://127.0.0.1:${PORT[$1]}$UNARY_PATH" >"${3%.log}.out" 2>&1
}
for ((k = 1; k <= MAX_REPEATS; k++)); do
    for t in old new; do
        wait_idle
        log "closed loop $k/$MAX_REPEATS: $t, $MAX_CONNS connections, 2s warm-up + ${MAX_SECONDS}s"
        closed_loop "$t" 2 "$run/max/warmup-$t-$k.log"
        before="$(cpu_ticks "${PID[$t]}")" bg_before="$(niced_ticks "${PID[$t]}")"
        closed_loop "$t" "$MAX_SECONDS" "$run/max/$t-$k.log"
        after="$(cpu_ticks "${PID[$t]}")" bg_after="$(niced_ticks "${PID[$t]}")"
        printf 'max\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$k" "$((after - before))" "$((bg_after - bg_before))" \
            "$(wc -l <"$run/max/$t-$k.log")" "$(cut -d' ' -f1 /proc/loadavg)" >>"$run/cpu.tsv"
    done
done
elapsed=$((SECONDS - started_at))

# --- Status of both instances, then the report. ---
for t in old new; do kill -0 "${PID[$t]}" 2>/dev/null || die "outrigger ($t) exited during the run"; done
sleep 1
for t in old new; do
    admin=$OLD_ADMIN; [[ $t == new ]] && admin=$NEW_ADMIN
    curl -sS --max-time 5 "http://127.0.0.1:$admin/v1/status" -o "$run/status-$t.json" 2>/dev/null || true
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
cat >"$run/meta.json" <<EOF
{
  "rate": $RATE, "fixed_seconds": $FIXED_SECONDS, "rounds": $ROUNDS, "fixed_conns": $FIXED_CONNS,
  "warmup_seconds": $WARMUP_SECONDS, "max_seconds": $MAX_SECONDS, "max_conns": $MAX_CONNS,
  "max_repeats": $MAX_REPEATS,
  "old_label": "$OLD_LABEL", "new_label": "$NEW_LABEL",
  "body_bytes": $(wc -c <"$BODY"),
  "clk_tck": $(getconf CLK_TCK),
  "elapsed_seconds": $elapsed,
  "load_before": "$LOAD_BEFORE", "load_after": "$LOAD_AFTER",
  "date": "$(date -u +%Y-%m-%dT%H:%MZ)",
  "kernel": "$(uname -sr)",
  "cpus": $(nproc),
  "cpu_model": "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo | tr -d '"')",
  "h2load_version": "$(h2load --version | head -1)",
  "command": "OLD_BIN=$OLD_BIN NEW_BIN=$NEW_BIN OLD_LABEL=$OLD_LABEL NEW_LABEL=$NEW_LABEL RATE=$RATE FIXED_SECONDS=$FIXED_SECONDS ROUNDS=$ROUNDS FIXED_CONNS=$FIXED_CONNS MAX_SECONDS=$MAX_SECONDS MAX_CONNS=$MAX_CONNS MAX_REPEATS=$MAX_REPEATS bash bench/binary-ab.sh"
}
EOF
mkdir -p "$(dirname "$BENCH_OUT")"
BENCH_DIR="$bench_dir" python3 - "$run" "$BENCH_JSON" >"$BENCH_OUT" <<'PY'
import json, os, re, statistics, sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.environ["BENCH_DIR"])
from summarize import dist, ms, read_h2load_log, signed  # noqa: E402
from summarize_ab import status_lines  # noqa: E402

d, json_out = sys.argv[1], sys.argv[2]
with open(os.path.join(d, "meta.json")) as f:
    meta = json.load(f)
clk = meta["clk_tck"]
name = {"direct": "direct", "old": meta["old_label"], "new": meta["new_label"]}
T = ("direct", "old", "new")
B = ("old", "new")
KEYS = ("p50", "p99", "p999")


def sub(a, b):
    return None if a is None or b is None else a - b


def us(ticks, n):
    return ticks / clk * 1e6 / n if n else None


# cpu.tsv: phase, target, round, ticks (whole process), ticks (niced threads), requests, load.
rows = []
with open(os.path.join(d, "cpu.tsv")) as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        rows.append({"phase": c[0], "target": c[1], "round": int(c[2]), "ticks": int(c[3]),
                     "bg_ticks": int(c[4]), "requests": int(c[5]), "load1": float(c[6])})
fixed = [x for x in rows if x["phase"] == "fixed"]
rounds = sorted({x["round"] for x in fixed})
order = {r: [x["target"] for x in fixed if x["round"] == r] for r in rounds}

per_round = {t: {} for t in T}
pooled = {}
for t in T:
    everything, errors = [], 0
    for r in rounds:
        ok, bad, _ = read_h2load_log(os.path.join(d, "fixed", f"{t}-r{r}.log"))
        everything += ok
        errors += bad
        cpu = next(x for x in fixed if x["target"] == t and x["round"] == r)
        per_round[t][r] = {**dist(ok), "errors": bad, "cpu_us": us(cpu["ticks"], cpu["requests"]),
                           "bg_cpu_us": us(cpu["bg_ticks"], cpu["requests"]), "load1": cpu["load1"]}
    mine = [x for x in fixed if x["target"] == t]
    reqs = sum(x["requests"] for x in mine)
    pooled[t] = {**dist(everything), "errors": errors,
                 "cpu_us": us(sum(x["ticks"] for x in mine), reqs),
                 "bg_cpu_us": us(sum(x["bg_ticks"] for x in mine), reqs)}
for t in B:
    for k in KEYS:
        pooled[t][f"added_{k}"] = sub(pooled[t][k], pooled["direct"][k])
        for r in rounds:
            per_round[t][r][f"added_{k}"] = sub(per_round[t][r][k], per_round["direct"][r][k])
    pooled[t]["path_cpu_us"] = sub(pooled[t]["cpu_us"], pooled[t]["bg_cpu_us"])
    for r in rounds:
        per_round[t][r]["path_cpu_us"] = sub(per_round[t][r]["cpu_us"], per_round[t][r]["bg_cpu_us"])

closed = {t: [] for t in B}
for x in (x for x in rows if x["phase"] == "max"):
    t, k = x["target"], x["round"]
    ok, bad, _ = read_h2load_log(os.path.join(d, "max", f"{t}-{k}.log"))
    rate = None
    with open(os.path.join(d, "max", f"{t}-{k}.out")) as f:
        m = re.search(r"^finished in [^,]+, ([0-9.]+) req/s", f.read(), re.M)
        rate = float(m.group(1)) if m else len(ok) / meta["max_seconds"]
    closed[t].append({"run": k, "rate": rate, "errors": bad, "p50": dist(ok)["p50"], "p99": dist(ok)["p99"],
                      "cpu_us": us(x["ticks"], x["requests"]), "bg_cpu_us": us(x["bg_ticks"], x["requests"]),
                      "load1": x["load1"]})
for t in B:
    pooled[t]["closed_rate"] = statistics.mean(c["rate"] for c in closed[t]) if closed[t] else None
    pooled[t]["closed_cpu_us"] = statistics.mean(c["cpu_us"] for c in closed[t]) if closed[t] else None


def rng(vals, digits=3):
    vals = [v for v in vals if v is not None]
    if not vals:
        return "n/a"
    return f"{signed(min(vals), digits)} … {signed(max(vals), digits)} (median {signed(statistics.median(vals), digits)})"


diff = {}
for k in KEYS:
    diff[k] = {"pooled": sub(pooled["new"][f"added_{k}"], pooled["old"][f"added_{k}"]),
               "rounds": [sub(per_round["new"][r][k], per_round["old"][r][k]) for r in rounds]}
for k in ("cpu_us", "path_cpu_us", "bg_cpu_us"):
    diff[k] = {"pooled": sub(pooled["new"][k], pooled["old"][k]),
               "rounds": [sub(per_round["new"][r][k], per_round["old"][r][k]) for r in rounds]}

o, n = name["old"], name["new"]
w = [f"# Call path A/B: {o} vs {n}\n"]
w.append(
    f"Run {meta['date']} on {meta['cpus']} CPUs ({meta['cpu_model']}), {meta['kernel']}; {meta['h2load_version']}. "
    f"Load generator, mock and both Outrigger processes share the same {meta['cpus']} cores. "
    f"Load average (1, 5, 15 min) {meta['load_before']} before, {meta['load_after']} after; measurement took "
    f"{meta['elapsed_seconds']} s. Produced by `{meta['command']}`.\n"
)
w.append(
    f"Two release binaries, each running `outrigger serve` with the built-in defaults, in front of one "
    f"mock-gemini (the {n} binary's). Unary generateContent, {meta['body_bytes']}-byte body, at {meta['rate']} req/s: "
    f"h2load, {meta['fixed_conns']} keep-alive connections opened 1/{meta['rate']} s apart. {len(rounds)} interleaved "
    f"rounds of {meta['fixed_seconds']} s per target (direct, {o}, {n}; order changed every round, {o} and {n} "
    f"swapping places) after a {meta['warmup_seconds']} s warm-up each; before each run both Outrigger processes "
    "were let go idle. Latency in ms from the request leaving h2load to the last response byte; "
    "**added** = the binary's percentile minus the direct call's over the same rounds.\n"
)
w.append("## Pooled over all rounds\n")
w.append("| | requests | errors | p50 | p99 | p99.9 | added p50 | added p99 | added p99.9 | CPU µs/call | request-path threads | analysis thread | closed loop req/s |")
w.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for t in T:
    p = pooled[t]
    extra = ("| — | — | — | " + ms(p["cpu_us"], 0) + " | — | — | — |") if t == "direct" else (
        f"| {signed(p['added_p50'])} | {signed(p['added_p99'])} | {signed(p['added_p999'])} | {ms(p['cpu_us'], 0)} | "
        f"{ms(p['path_cpu_us'], 0)} | {ms(p['bg_cpu_us'], 0)} | {ms(p['closed_rate'], 0)} |")
    w.append(f"| {name[t]} | {p['n']} | {p['errors']} | {ms(p['p50'])} | {ms(p['p99'])} | {ms(p['p999'])} " + extra)
w.append(
    "\nCPU µs/call: user+system CPU time of the target's own process over its rounds, divided by its calls "
    "(10 ms clock ticks); split into the analysis thread (the thread at nice > 0, which records and analyses calls "
    "off the request path) and every other thread (the request path, exporters, timers).\n"
)
w.append(f"## {n} − {o}\n")
w.append("| | p50 | p99 | p99.9 | CPU µs/call | request-path threads | analysis thread |")
w.append("|---|---|---|---|---|---|---|")
w.append(f"| pooled | {signed(diff['p50']['pooled'])} | {signed(diff['p99']['pooled'])} | {signed(diff['p999']['pooled'])} | "
         f"{signed(diff['cpu_us']['pooled'], 0)} | {signed(diff['path_cpu_us']['pooled'], 0)} | {signed(diff['bg_cpu_us']['pooled'], 0)} |")
w.append(f"| per round, min … max | {rng(diff['p50']['rounds'])} | {rng(diff['p99']['rounds'])} | {rng(diff['p999']['rounds'])} | "
         f"{rng(diff['cpu_us']['rounds'], 0)} | {rng(diff['path_cpu_us']['rounds'], 0)} | {rng(diff['bg_cpu_us']['rounds'], 0)} |")
w.append("")
for t in B:
    vals = [per_round[t][r]["added_p50"] for r in rounds]
    vals = [v for v in vals if v is not None]
    if len(vals) > 1:
        w.append(f"Round-to-round spread of {name[t]}'s added p50: {ms(max(vals) - min(vals))} ms "
                 f"({ms(min(vals))} … {ms(max(vals))}).")
w.append("")
w.append("## Per round\n")
w.append(f"| round | order | load (1 min) | direct p50 | {o} added p50 | {n} added p50 | {o} added p99 | {n} added p99 | "
         f"{o} added p99.9 | {n} added p99.9 | {o} CPU µs/call | {n} CPU µs/call |")
w.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
for r in rounds:
    po, pn = per_round["old"][r], per_round["new"][r]
    w.append(f"| {r} | {', '.join(name[t] for t in order[r])} | {per_round[order[r][-1]][r]['load1']:.2f} | "
             f"{ms(per_round['direct'][r]['p50'])} | {signed(po['added_p50'])} | {signed(pn['added_p50'])} | "
             f"{signed(po['added_p99'])} | {signed(pn['added_p99'])} | {signed(po['added_p999'])} | {signed(pn['added_p999'])} | "
             f"{ms(po['cpu_us'], 0)} | {ms(pn['cpu_us'], 0)} |")
w.append("")
w.append(f"## Closed loop: {meta['max_conns']} connections, {meta['max_seconds']} s, alternating\n")
w.append("| run | binary | req/s | errors | p50 | p99 | CPU µs/call | analysis thread µs/call | load (1 min) |")
w.append("|---|---|---|---|---|---|---|---|---|")
for k in range(1, meta["max_repeats"] + 1):
    for t in B:
        for c in closed[t]:
            if c["run"] == k:
                w.append(f"| {k} | {name[t]} | {c['rate']:.0f} | {c['errors']} | {ms(c['p50'])} | {ms(c['p99'])} | "
                         f"{ms(c['cpu_us'], 0)} | {ms(c['bg_cpu_us'], 0)} | {c['load1']:.2f} |")
w.append("")
w.append("## Each instance's /v1/status after the run\n")
w.append("Counts include the smoke and warm-up calls; in the closed loop the analysis thread is not meant to keep up.\n")
for t in B:
    w += status_lines(name[t], os.path.join(d, f"status-{t}.json"))
w.append("")
sys.stdout.write("\n".join(w))

with open(json_out, "w") as f:
    json.dump({"meta": meta, "pooled": {name[t]: pooled[t] for t in T},
               "per_round": {name[t]: [dict(round=r, order=[name[x] for x in order[r]], **per_round[t][r]) for r in rounds] for t in T},
               "new_minus_old": diff, "closed_loop": {name[t]: closed[t] for t in B}}, f, indent=1)
    f.write("\n")
PY
cat "$BENCH_OUT"
log "report written to ${BENCH_OUT#"$repo_root"/} and ${BENCH_JSON#"$repo_root"/}"
