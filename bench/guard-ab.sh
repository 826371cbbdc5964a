#!/usr/bin/env bash
# A/B benchmark of the injection guard on the request path: one mock-gemini, and two Outrigger
# instances in front of it, A with the built-in defaults (guards in observe mode, scored off the
# request path) and B with bench/guard-block.yaml (guards.mode: block, every generation request
# is scored before it is forwarded). All on 127.0.0.1, in the same run.
#
#   bash bench/guard-ab.sh
#
# Unary generateContent with a ~1 KB body at a fixed rate (h2load --rps, open connections
# staggered, as in bench/run.sh), in interleaved rounds over three targets (direct = the mock,
# observe = A, block = B), the order rotated each round, so machine noise hits all of them alike.
# Reports latency percentiles, CPU time and context switches per request of each target's
# process, what each instance adds over the direct call, and block minus observe, pooled and
# per round. Prints a markdown report and writes it to bench/results/guard-ab.md.
#
# Environment (all optional):
#   OUTRIGGER_BIN     binary to measure (default .build-release/release/outrigger, which must exist)
#   RATE              fixed rate, req/s (500)
#   FIXED_SECONDS     length of one fixed-rate run (8); ROUNDS rounds (5)
#   FIXED_CONNS       connections for the fixed-rate runs (20)
#   WARMUP_SECONDS    warm-up run per target before the rounds (2)
#   BENCH_OUT         report path (bench/results/guard-ab.md)
#   BENCH_KEEP=1      keep the temporary run directory (logs, raw h2load logs, status JSON)
# Everything listens on and talks to 127.0.0.1 only; every client run is bounded by `timeout`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"
bench_dir="$repo_root/bench"

RATE="${RATE:-500}"
FIXED_SECONDS="${FIXED_SECONDS:-8}"
ROUNDS="${ROUNDS:-5}"
FIXED_CONNS="${FIXED_CONNS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-2}"
BENCH_OUT="${BENCH_OUT:-$bench_dir/results/guard-ab.md}"
UNARY_PATH="/v1beta/models/gemini-2.0-flash:generateContent"
BODY="$bench_dir/request-1k.json"
BLOCK_CONFIG="$bench_dir/guard-block.yaml"
TARGETS=(direct observe block)

BENCH_NAME=guard-ab
# shellcheck source=bench/lib.sh
source "$bench_dir/lib.sh"

for tool in h2load curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool missing (Debian: nghttp2-client for h2load, curl, python3)"
done

# --- The binary (not built here). ---
if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    OUTRIGGER_BIN="$repo_root/.build-release/release/outrigger"
    [[ -x "$OUTRIGGER_BIN" ]] || die "no release binary at .build-release/release/outrigger; build it with
    swift build -c release --build-path .build-release --product outrigger
or point OUTRIGGER_BIN at one"
fi
[[ -x "$OUTRIGGER_BIN" ]] || die "no executable at $OUTRIGGER_BIN"
SOURCE_REV="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain -- Sources Package.swift 2>/dev/null)" ]]; then SOURCE_REV+=" + uncommitted changes"; fi
log "measuring $OUTRIGGER_BIN"

# --- Run directory and cleanup of everything started here. ---
start_run outrigger-guard-ab
mkdir -p "$run/fixed"

# Five free loopback ports, chosen by the kernel.
read -r MOCK_PORT OBS_PORT OBS_ADMIN BLK_PORT BLK_ADMIN < <(free_ports 5)

# --- Servers: one mock, two Outrigger instances in front of it. ---
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" >"$run/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
wait_for_line "$run/mock.log" "mock-gemini listening on" 30 "$MOCK_PID"

start_outrigger() { # name port admin-port [serve args...] -> sets LAST_PID
    local name=$1 port=$2 admin=$3
    shift 3
    OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" serve "$@" --listen "127.0.0.1:$port" \
        --admin-listen "127.0.0.1:$admin" --upstream "http://127.0.0.1:$MOCK_PORT" >"$run/$name.log" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
    wait_for_line "$run/$name.log" "outrigger traffic listening on" 30 "$LAST_PID"
}
start_outrigger observe "$OBS_PORT" "$OBS_ADMIN"
OBS_PID=$LAST_PID
start_outrigger block "$BLK_PORT" "$BLK_ADMIN" --config "$BLOCK_CONFIG"
BLK_PID=$LAST_PID

declare -A PORT=([direct]=$MOCK_PORT [observe]=$OBS_PORT [block]=$BLK_PORT)
declare -A PID=([direct]=$MOCK_PID [observe]=$OBS_PID [block]=$BLK_PID)
for t in "${TARGETS[@]}"; do
    code="$(post "${PORT[$t]}" "$UNARY_PATH")"
    [[ "$code" == 200 ]] || die "smoke call to $t answered $code"
done
log "mock :$MOCK_PORT  observe :$OBS_PORT (admin :$OBS_ADMIN)  block :$BLK_PORT (admin :$BLK_ADMIN)"



# --- Fixed rate, interleaved rounds. ---
for t in "${TARGETS[@]}"; do
    log "warm-up $t (${WARMUP_SECONDS}s at $RATE req/s)"
    fixed_rate "$t" "$WARMUP_SECONDS" "$run/fixed/warmup-$t.log"
done
: >"$run/cpu.tsv"
started_at=$SECONDS
for ((r = 1; r <= ROUNDS; r++)); do
    for ((i = 0; i < 3; i++)); do
        t="${TARGETS[$(((i + r - 1) % 3))]}"
        log "round $r/$ROUNDS: $t at $RATE req/s for ${FIXED_SECONDS}s"
        before="$(cpu_ticks "${PID[$t]}")" cs_before="$(ctx_switches "${PID[$t]}")"
        fixed_rate "$t" "$FIXED_SECONDS" "$run/fixed/$t-r$r.log"
        after="$(cpu_ticks "${PID[$t]}")" cs_after="$(ctx_switches "${PID[$t]}")"
        printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$r" "$((after - before))" "$(wc -l <"$run/fixed/$t-r$r.log")" \
            "$((cs_after - cs_before))" >>"$run/cpu.tsv"
    done
done

# --- Status of both instances, then the report. ---
for t in observe block; do kill -0 "${PID[$t]}" 2>/dev/null || die "outrigger ($t) exited during the run"; done
sleep 1  # calls are recorded off the request path; let the last ones land before reading the counters
curl -sS --max-time 5 "http://127.0.0.1:$OBS_ADMIN/v1/status" -o "$run/status-observe.json" 2>/dev/null || true
curl -sS --max-time 5 "http://127.0.0.1:$BLK_ADMIN/v1/status" -o "$run/status-block.json" 2>/dev/null || true
cat >"$run/meta.json" <<EOF
{
  "rate": $RATE, "fixed_seconds": $FIXED_SECONDS, "rounds": $ROUNDS, "fixed_conns": $FIXED_CONNS,
  "warmup_seconds": $WARMUP_SECONDS,
  "body_bytes": $(wc -c <"$BODY"),
  "clk_tck": $(getconf CLK_TCK),
  "elapsed_seconds": $((SECONDS - started_at)),
  "date": "$(date -u +%Y-%m-%dT%H:%MZ)",
  "kernel": "$(uname -sr)",
  "cpus": $(nproc),
  "cpu_model": "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo | tr -d '"')",
  "h2load_version": "$(h2load --version | head -1)",
  "command": "OUTRIGGER_BIN=${OUTRIGGER_BIN#"$repo_root"/} RATE=$RATE FIXED_SECONDS=$FIXED_SECONDS ROUNDS=$ROUNDS FIXED_CONNS=$FIXED_CONNS WARMUP_SECONDS=$WARMUP_SECONDS bash bench/guard-ab.sh",
  "source": "$SOURCE_REV"
}
EOF
mkdir -p "$(dirname "$BENCH_OUT")"
python3 "$bench_dir/summarize_ab.py" "$run" >"$BENCH_OUT"
cat "$BENCH_OUT"
log "report written to ${BENCH_OUT#"$repo_root"/}"
