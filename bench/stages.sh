#!/usr/bin/env bash
# Where Outrigger's CPU goes per call, stage by stage: one mock-gemini, one `outrigger serve`
# (release build, default config: every feature on, observe mode), unary generateContent with a
# ~1 KB body at a fixed rate, sampled with `perf record -g` (Debian's linux-perf) on the proxy.
#
#   bash bench/stages.sh
#
# The proxy's CPU per call comes from /proc (utime + stime over the measured run, divided by the
# calls); perf's samples split it into stages by the functions on each sample's stack
# (bench/stages.py has the table of stages and the symbols that mark them). A stage's share is
# inclusive: everything called from it counts.
#
# Environment (all optional):
#   OUTRIGGER_BIN   binary to measure (default .build-release/release/outrigger, which must exist)
#   RATE            req/s (500); SECONDS_MEASURED (10); FIXED_CONNS (20)
#   BENCH_OUT       report path (bench/results/stages.md)
#   STAGES_CONFIG   a config file for the proxy (default: none, the built-in defaults), e.g. bench/guard-block.yaml
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"
bench_dir="$repo_root/bench"
RATE="${RATE:-500}"
SECONDS_MEASURED="${SECONDS_MEASURED:-10}"
FIXED_CONNS="${FIXED_CONNS:-20}"
BENCH_OUT="${BENCH_OUT:-$bench_dir/results/stages.md}"
UNARY_PATH="/v1beta/models/gemini-2.0-flash:generateContent"
BODY="$bench_dir/request-1k.json"
OUTRIGGER_BIN="${OUTRIGGER_BIN:-$repo_root/.build-release/release/outrigger}"
BENCH_NAME=stages
# shellcheck source=bench/lib.sh
source "$bench_dir/lib.sh"

[[ -x "$OUTRIGGER_BIN" ]] || die "no executable at $OUTRIGGER_BIN (build with: swift build -c release --scratch-path .build-release)"
need=()
command -v h2load >/dev/null 2>&1 || need+=(nghttp2-client)
command -v perf >/dev/null 2>&1 || need+=(linux-perf)
if ((${#need[@]})); then
    [[ $(id -u) -eq 0 ]] || die "missing ${need[*]}; install them (Debian) or run as root"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

start_run outrigger-stages
read -r MOCK_PORT PROXY_PORT ADMIN_PORT < <(free_ports 3)
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" >"$run/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
wait_for_line "$run/mock.log" "mock-gemini listening on" 30 "$MOCK_PID"
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" serve --listen "127.0.0.1:$PROXY_PORT" \
    --admin-listen "127.0.0.1:$ADMIN_PORT" --upstream "http://127.0.0.1:$MOCK_PORT" \
    ${STAGES_CONFIG:+--config "$STAGES_CONFIG"} >"$run/outrigger.log" 2>&1 &
PROXY_PID=$!
PIDS+=("$PROXY_PID")
wait_for_line "$run/outrigger.log" "outrigger traffic listening on" 30 "$PROXY_PID"
declare -A PORT=([outrigger]=$PROXY_PORT)

log "warm-up: 3 s at $RATE req/s"
fixed_rate outrigger 3 "$run/warmup.log"
sleep 1
calls_before="$(curl -sS "http://127.0.0.1:$ADMIN_PORT/v1/status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["requests"])')"
before="$(cpu_ticks "$PROXY_PID")"
log "measuring: ${SECONDS_MEASURED} s at $RATE req/s under perf"
perf record -F 999 -g -p "$PROXY_PID" -o "$run/perf.data" -- sleep $((SECONDS_MEASURED + 2)) >"$run/perf.log" 2>&1 &
PERF_PID=$!
fixed_rate outrigger "$SECONDS_MEASURED" "$run/measured.log"
wait "$PERF_PID" || true
sleep 1
after="$(cpu_ticks "$PROXY_PID")"
calls_after="$(curl -sS "http://127.0.0.1:$ADMIN_PORT/v1/status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["requests"])')"
perf report -i "$run/perf.data" --children --sort symbol --stdio -g none >"$run/report.txt" 2>/dev/null
perf report -i "$run/perf.data" --no-children --sort comm --stdio -g none >"$run/threads.txt" 2>/dev/null
mkdir -p "$(dirname "$BENCH_OUT")"
python3 "$bench_dir/stages.py" --report "$run/report.txt" --threads "$run/threads.txt" \
    --ticks "$((after - before))" --clk-tck "$(getconf CLK_TCK)" --calls "$((calls_after - calls_before))" \
    --rate "$RATE" --seconds "$SECONDS_MEASURED" --binary "$OUTRIGGER_BIN" --config "${STAGES_CONFIG:-}" \
    --source "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" >"$BENCH_OUT"
cat "$BENCH_OUT"
log "report written to ${BENCH_OUT#"$repo_root"/}"
