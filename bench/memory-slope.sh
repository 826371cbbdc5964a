#!/usr/bin/env bash
# Does Outrigger stay flat over a long run? Ten minutes of mixed traffic at a fixed rate (unary
# generateContent and SSE streamGenerateContent, both through `outrigger serve` to mock-gemini on
# 127.0.0.1), sampling the proxy's resident set, its CPU time and the calls it recorded every
# SAMPLE_SECONDS. Reports the RSS slope after the warm-up (least squares, MiB per minute) and the
# CPU per call in each minute, so that a per-call cost that grows with the calls served shows too.
#
#   bash bench/memory-slope.sh
#
# Environment: OUTRIGGER_BIN (default: the release build, built if missing), DURATION (600 s),
# WARMUP (120 s, excluded from the slope), UNARY_RATE (450 req/s), SSE_RATE (50 req/s),
# SAMPLE_SECONDS (10), BENCH_OUT (bench/results/memory-slope.md). Every client is bounded by
# `timeout`; nothing leaves 127.0.0.1.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bench_dir="$(pwd)/bench"
DURATION="${DURATION:-600}"
WARMUP="${WARMUP:-120}"
UNARY_RATE="${UNARY_RATE:-450}"
SSE_RATE="${SSE_RATE:-50}"
SAMPLE_SECONDS="${SAMPLE_SECONDS:-10}"
BENCH_OUT="${BENCH_OUT:-$bench_dir/results/memory-slope.md}"
BODY="$bench_dir/request-1k.json"
UNARY_PATH="/v1beta/models/gemini-2.0-flash:generateContent"
SSE_PATH="/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"

BENCH_NAME=memory-slope
# shellcheck source=bench/lib.sh
source "$bench_dir/lib.sh"
for tool in h2load curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool missing (Debian: nghttp2-client for h2load, curl, python3)"
done
if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    swift build -c release --scratch-path .build-release >/dev/null
    OUTRIGGER_BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/outrigger"
fi

start_run outrigger-memory-slope
read -r MOCK_PORT PROXY_PORT ADMIN_PORT < <(free_ports 3)
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" \
    --ttfc 50ms --chunks 5 --interval 10ms >"$run/mock.log" 2>&1 &
PIDS+=($!)
wait_for_line "$run/mock.log" "mock-gemini listening on" 30 "${PIDS[-1]}"
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" serve --upstream "http://127.0.0.1:$MOCK_PORT" \
    --listen "127.0.0.1:$PROXY_PORT" --admin-listen "127.0.0.1:$ADMIN_PORT" >"$run/proxy.log" 2>&1 &
PROXY_PID=$!
PIDS+=("$PROXY_PID")
wait_for_line "$run/proxy.log" "traffic listening on" 30 "$PROXY_PID"

# One h2load per kind, each at its rate for DURATION, its connections opened one by one.
load() { # path rate connections logfile
    local per period
    per="$(awk -v r="$2" -v c="$3" 'BEGIN { printf "%.4f", r / c }')"
    period=$((1000 / $2)); ((period >= 1)) || period=1
    timeout $((DURATION + 120)) h2load --h1 -t 1 -c "$3" -r 1 --rate-period "${period}ms" --rps "$per" \
        -n $(($2 * DURATION)) -d "$BODY" -H 'content-type: application/json' \
        "http://127.0.0.1:$PROXY_PORT$1" >"$4" 2>&1
}
log "$DURATION s: unary at $UNARY_RATE req/s and SSE at $SSE_RATE req/s, sampled every $SAMPLE_SECONDS s"
load "$UNARY_PATH" "$UNARY_RATE" 20 "$run/unary.out" &
unary_pid=$!
load "$SSE_PATH" "$SSE_RATE" 10 "$run/sse.out" &
sse_pid=$!

calls() {
    curl -sS --max-time 5 "http://127.0.0.1:$ADMIN_PORT/v1/status" 2>/dev/null |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["totals"]["requests"])' 2>/dev/null || echo -1
}
ticks() { awk '{ print $14 + $15 }' "/proc/$PROXY_PID/stat"; }
start=$SECONDS
printf 'seconds\trss_kb\tcpu_ticks\tcalls\n' >"$run/samples.tsv"
while kill -0 "$unary_pid" 2>/dev/null || kill -0 "$sse_pid" 2>/dev/null; do
    printf '%s\t%s\t%s\t%s\n' "$((SECONDS - start))" "$(vm_kb "$PROXY_PID" VmRSS)" "$(ticks)" "$(calls)" >>"$run/samples.tsv"
    sleep "$SAMPLE_SECONDS"
done
printf '%s\t%s\t%s\t%s\n' "$((SECONDS - start))" "$(vm_kb "$PROXY_PID" VmRSS)" "$(ticks)" "$(calls)" >>"$run/samples.tsv"
kill -0 "$PROXY_PID" 2>/dev/null || die "outrigger exited during the run"
HWM_KB="$(vm_kb "$PROXY_PID" VmHWM)"

mkdir -p "$(dirname "$BENCH_OUT")"
python3 - "$run" "$BENCH_OUT" "$WARMUP" "$(getconf CLK_TCK)" "$HWM_KB" "$UNARY_RATE" "$SSE_RATE" "$DURATION" \
    "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" <<'EOF'
import re
import sys

run, out, warmup, clk, hwm_kb, unary_rate, sse_rate, duration, commit = sys.argv[1:]
warmup, clk = int(warmup), int(clk)
rows = [line.split("\t") for line in open(f"{run}/samples.tsv").read().splitlines()[1:]]
samples = [(int(s), int(r) / 1024, int(t), int(c)) for s, r, t, c in rows]


def requests(path):
    m = re.search(r"requests: (\d+) total, \d+ started, \d+ done, (\d+) succeeded, (\d+) failed", open(path).read())
    return (int(m.group(2)), int(m.group(3))) if m else (0, 0)


late = [(s, r) for s, r, _, _ in samples if s >= warmup]
n = len(late)
mean_s = sum(s for s, _ in late) / n
mean_r = sum(r for _, r in late) / n
var = sum((s - mean_s) ** 2 for s, _ in late)
slope = sum((s - mean_s) * (r - mean_r) for s, r in late) / var * 60 if var else 0.0
ok_unary, bad_unary = requests(f"{run}/unary.out")
ok_sse, bad_sse = requests(f"{run}/sse.out")

lines = [
    "# Memory and CPU over a long run\n",
    f"`bash bench/memory-slope.sh` at {commit}: unary at {unary_rate} req/s and SSE at {sse_rate} req/s for {duration} s "
    "through `outrigger serve` (defaults, no Agent listening) to mock-gemini (`--ttfc 50ms --chunks 5 --interval 10ms`), "
    "everything on the same machine. Samples every few seconds; the slope is a least-squares fit of VmRSS over the "
    f"samples after the first {warmup} s.\n",
    f"- calls: {ok_unary} unary ({bad_unary} failed), {ok_sse} SSE ({bad_sse} failed)",
    f"- **RSS slope after the warm-up: {slope:+.3f} MiB per minute** (VmRSS {late[0][1]:.1f} → {late[-1][1]:.1f} MiB; peak "
    f"VmHWM {int(hwm_kb) / 1024:.1f} MiB)",
    "",
    "| minute | VmRSS at its end (MiB) | calls recorded in it | CPU µs per call in it |",
    "|---|---:|---:|---:|",
]
by_minute = {}
for s, r, t, c in samples:
    by_minute.setdefault(s // 60, []).append((s, r, t, c))
prev = samples[0]
for minute in sorted(by_minute):
    last = by_minute[minute][-1]
    calls = last[3] - prev[3]
    cpu = (last[2] - prev[2]) / clk * 1e6 / calls if calls > 0 else float("nan")
    lines.append(f"| {minute + 1} | {last[1]:.1f} | {calls} | {cpu:.0f} |")
    prev = last
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
EOF
log "report written to ${BENCH_OUT#"$(pwd)"/}"
