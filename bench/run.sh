#!/usr/bin/env bash
# Overhead benchmark: the same mock-gemini called directly, through Outrigger (release build)
# and through nginx as a plain reverse proxy, all in one run on 127.0.0.1.
#
#   bash bench/run.sh
#
# Measures (see docs/benchmarks.md for the method):
#   1. unary generateContent with a ~1 KB body at a fixed rate (default 500 req/s, h2load
#      --rps, open connections staggered), in interleaved rounds: latency percentiles and
#      the latency each proxy adds over the direct call;
#   2. the highest rate each sustains: closed loop, fixed connections, h2load;
#   3. SSE streamGenerateContent: time to the first byte and to the first event, per request,
#      round robin across the three targets (bench/sse_ttfb.py); then gRPC StreamGenerateContent
#      over TLS: time to the first message, direct, through nginx's gRPC proxy and through the
#      interception listener (bench/grpc_first_message.py, grpcio from the interop venv or a
#      venv of its own);
#   4. Outrigger's peak RSS (VmHWM); CPU time and context switches per request of each target.
# Prints a markdown report and writes it to bench/results/latest.md (+ latest.json).
#
# Environment (all optional):
#   OUTRIGGER_BIN     binary to measure; when unset, a release build is made with
#                     `swift build -c release --scratch-path .build-release` (incremental)
#   RATE              fixed rate, req/s (500)
#   FIXED_SECONDS     length of one fixed-rate run (8); ROUNDS runs per target (3)
#   HIGH_RATE         the second fixed rate, req/s (1000); HIGH_ROUNDS runs per target (2)
#   FIXED_CONNS       connections for the fixed-rate runs (20)
#   MAX_SECONDS       length of a closed-loop run (10); MAX_CONNS connections (32)
#   SSE_ROUNDS        SSE samples per target (200)
#   GRPC_SAMPLES      gRPC samples per target (1000); 0 leaves the gRPC measurement out
#   BENCH_KEEP=1      keep the temporary run directory (logs, raw h2load logs)
#   BENCH_OUT         report path (bench/results/latest.md)
#   BENCH_CONFIG      a config file for `outrigger serve` (e.g. bench/guard-block.yaml, to put
#                     the injection guard on the request path); default: the built-in defaults
# Everything listens on and talks to 127.0.0.1 only; every client run is bounded by `timeout`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"
bench_dir="$repo_root/bench"

RATE="${RATE:-500}"
FIXED_SECONDS="${FIXED_SECONDS:-8}"
ROUNDS="${ROUNDS:-3}"
HIGH_RATE="${HIGH_RATE:-1000}"
HIGH_ROUNDS="${HIGH_ROUNDS:-2}"
FIXED_CONNS="${FIXED_CONNS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-2}"
MAX_SECONDS="${MAX_SECONDS:-10}"
MAX_CONNS="${MAX_CONNS:-32}"
SSE_ROUNDS="${SSE_ROUNDS:-200}"
SSE_WARMUP="${SSE_WARMUP:-10}"
GRPC_SAMPLES="${GRPC_SAMPLES:-1000}"
MOCK_TTFC="${MOCK_TTFC:-50ms}"
MOCK_CHUNKS="${MOCK_CHUNKS:-5}"
MOCK_INTERVAL="${MOCK_INTERVAL:-10ms}"
BENCH_OUT="${BENCH_OUT:-$bench_dir/results/latest.md}"
MODEL="gemini-2.0-flash"
UNARY_PATH="/v1beta/models/$MODEL:generateContent"
SSE_PATH="/v1beta/models/$MODEL:streamGenerateContent?alt=sse"
BODY="$bench_dir/request-1k.json"

BENCH_NAME=bench
# shellcheck source=bench/lib.sh
source "$bench_dir/lib.sh"

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

# --- Tools (Debian packages: nghttp2-client for h2load, nginx-light for nginx). ---
need=()
command -v h2load >/dev/null 2>&1 || need+=(nghttp2-client)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v python3 >/dev/null 2>&1 || need+=(python3 python3-venv)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if ((${#need[@]})); then
    [[ $(id -u) -eq 0 ]] || die "missing ${need[*]}; install them (Debian) or run as root"
    log "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# --- The binary. ---
if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    log "building release binary (swift build -c release --scratch-path .build-release)"
    build_log="$(mktemp /tmp/outrigger-bench-build.XXXXXX)"
    if ! swift build -c release --scratch-path .build-release >"$build_log" 2>&1; then
        tail -40 "$build_log" >&2
        rm -f "$build_log"
        die "release build failed"
    fi
    rm -f "$build_log"
    OUTRIGGER_BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/outrigger"
fi
[[ -x "$OUTRIGGER_BIN" ]] || die "no executable at $OUTRIGGER_BIN"
# The commit the work tree is at, and whether Sources/ or Package.swift differ from it.
SOURCE_REV="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain -- Sources Package.swift 2>/dev/null)" ]]; then SOURCE_REV+=" + uncommitted changes"; fi
log "measuring $OUTRIGGER_BIN"

# --- Run directory and cleanup of everything started here. ---
start_run outrigger-bench
mkdir -p "$run/fixed" "$run/high" "$run/max" "$run/nginx"

# Four free loopback ports, chosen by the kernel.
read -r MOCK_PORT PROXY_PORT ADMIN_PORT NGINX_PORT < <(free_ports 4)


# --- Servers. ---
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" \
    --ttfc "$MOCK_TTFC" --chunks "$MOCK_CHUNKS" --interval "$MOCK_INTERVAL" >"$run/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
wait_for_line "$run/mock.log" "mock-gemini listening on" 30 "$MOCK_PID"

config_args=()
[[ -n "${BENCH_CONFIG:-}" ]] && config_args=(--config "$BENCH_CONFIG")
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" serve "${config_args[@]}" --listen "127.0.0.1:$PROXY_PORT" \
    --admin-listen "127.0.0.1:$ADMIN_PORT" --upstream "http://127.0.0.1:$MOCK_PORT" >"$run/outrigger.log" 2>&1 &
PROXY_PID=$!
PIDS+=("$PROXY_PID")
wait_for_line "$run/outrigger.log" "outrigger traffic listening on" 30 "$PROXY_PID"

user_line="# (not root: workers run as the current user)"
[[ $(id -u) -eq 0 ]] && user_line="user root;  # temp dirs below are private to this run"
sed -e "s|@DIR@|$run/nginx|g" -e "s|@UPSTREAM_PORT@|$MOCK_PORT|g" -e "s|@LISTEN_PORT@|$NGINX_PORT|g" \
    -e "s|@WORKERS@|$(nproc)|g" -e "s|@USER_LINE@|$user_line|" \
    "$bench_dir/nginx.conf.template" >"$run/nginx/nginx.conf"
"$NGINX" -p "$run/nginx" -c "$run/nginx/nginx.conf" -e "$run/nginx/nginx-error.log" >"$run/nginx.log" 2>&1 &
NGINX_PID=$!
PIDS+=("$NGINX_PID")

for _ in $(seq 100); do
    [[ "$(post "$NGINX_PORT" "$UNARY_PATH" 2>/dev/null)" == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$run/nginx.log" "$run/nginx/nginx-error.log" >&2 || true; die "nginx exited"; }
    sleep 0.1
done

declare -A PORT=([direct]=$MOCK_PORT [nginx]=$NGINX_PORT [outrigger]=$PROXY_PORT)
for t in direct nginx outrigger; do
    code="$(post "${PORT[$t]}" "$UNARY_PATH")"
    [[ "$code" == 200 ]] || die "smoke call to $t answered $code"
done
log "mock :$MOCK_PORT  nginx :$NGINX_PORT  outrigger :$PROXY_PORT (admin :$ADMIN_PORT)"

nginx_pids() { echo "$NGINX_PID"; pgrep -P "$NGINX_PID" || true; }
target_pids() {
    case "$1" in
        direct) echo "$MOCK_PID" ;;
        nginx) nginx_pids ;;
        outrigger) echo "$PROXY_PID" ;;
    esac
}

OUTRIGGER_IDLE_RSS_KB="$(vm_kb "$PROXY_PID" VmRSS)"
: >"$run/cpu.tsv"
started_at=$SECONDS


# --- 1. Fixed rate, interleaved rounds. ---
for t in direct nginx outrigger; do
    log "warm-up $t (${WARMUP_SECONDS}s at $RATE req/s)"
    fixed_rate "$t" "$WARMUP_SECONDS" "$run/fixed/warmup-$t.log"
done
# Interleaved rounds at one rate: the targets take turns, their order rotated each round; the CPU
# time and context switches of each target's processes are recorded per run in cpu.tsv.
interleaved_rounds() { # phase (also the log folder) rate rounds
    local order=(direct nginx outrigger) r i t pids before after cs_before cs_after
    for ((r = 1; r <= $3; r++)); do
        for ((i = 0; i < 3; i++)); do
            t="${order[$(((i + r - 1) % 3))]}"
            log "round $r/$3: $t at $2 req/s for ${FIXED_SECONDS}s"
            mapfile -t pids < <(target_pids "$t")
            before="$(cpu_ticks "${pids[@]}")" cs_before="$(ctx_switches "${pids[@]}")"
            RATE=$2 fixed_rate "$t" "$FIXED_SECONDS" "$run/$1/$t-r$r.log"
            after="$(cpu_ticks "${pids[@]}")" cs_after="$(ctx_switches "${pids[@]}")"
            printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$t" "$((after - before))" "$(wc -l <"$run/$1/$t-r$r.log")" \
                "$((cs_after - cs_before))" >>"$run/cpu.tsv"
        done
    done
}
interleaved_rounds fixed "$RATE" "$ROUNDS"

# --- 1b. The higher fixed rate, for the added p99 there. ---
interleaved_rounds high "$HIGH_RATE" "$HIGH_ROUNDS"

RSS_AFTER_FIXED_KB="$(vm_kb "$PROXY_PID" VmRSS)"

# --- 2. Highest rate: closed loop, MAX_CONNS connections. ---
closed_loop() { # target seconds logfile
    timeout $(($2 + 60)) h2load --h1 -t 1 -c "$MAX_CONNS" -D "$2" \
        -d "$BODY" -H 'content-type: application/json' --log-file "$3" \
        "http://127.0.0.1:${PORT[$1]}$UNARY_PATH" >"${3%.log}.out" 2>&1
}
for t in direct nginx outrigger; do
    log "closed loop: $t, $MAX_CONNS connections, 2s warm-up + ${MAX_SECONDS}s"
    # The warm-up is a run of its own, so that the CPU and context-switch counts below cover
    # exactly the measured requests.
    closed_loop "$t" 2 "$run/max/warmup-$t.log"
    mapfile -t pids < <(target_pids "$t")
    before="$(cpu_ticks "${pids[@]}")" cs_before="$(ctx_switches "${pids[@]}")"
    closed_loop "$t" "$MAX_SECONDS" "$run/max/$t.log"
    after="$(cpu_ticks "${pids[@]}")" cs_after="$(ctx_switches "${pids[@]}")"
    printf 'max\t%s\t%s\t%s\t%s\n' "$t" "$((after - before))" "$(wc -l <"$run/max/$t.log")" \
        "$((cs_after - cs_before))" >>"$run/cpu.tsv"
done

RSS_AFTER_MAX_KB="$(vm_kb "$PROXY_PID" VmRSS)"

# --- 3. SSE first byte / first event. ---
log "SSE: $SSE_ROUNDS rounds (mock ttfc=$MOCK_TTFC chunks=$MOCK_CHUNKS interval=$MOCK_INTERVAL)"
timeout 400 python3 "$bench_dir/sse_ttfb.py" --path "$SSE_PATH" --body "$BODY" --rounds "$SSE_ROUNDS" \
    --warmup "$SSE_WARMUP" --deadline 300 --out "$run/sse.json" \
    "direct=127.0.0.1:$MOCK_PORT" "nginx=127.0.0.1:$NGINX_PORT" "outrigger=127.0.0.1:$PROXY_PORT" >&2

# --- 3b. gRPC first message: the script starts its own TLS mock, Outrigger and nginx. ---
if ((GRPC_SAMPLES > 0)); then
    grpc_python=""
    for py in "$repo_root/.venv/bin/python" "$repo_root/.build-bench-venv/bin/python" python3; do
        if "$py" -c "import grpc" >/dev/null 2>&1; then grpc_python="$py"; break; fi
    done
    if [[ -z "$grpc_python" ]]; then
        log "installing grpcio (PyPI) into .build-bench-venv"
        python3 -m venv "$repo_root/.build-bench-venv"
        "$repo_root/.build-bench-venv/bin/pip" install -q "grpcio==1.85.3"
        grpc_python="$repo_root/.build-bench-venv/bin/python"
    fi
    log "gRPC: $GRPC_SAMPLES samples per target"
    timeout 900 "$grpc_python" "$bench_dir/grpc_first_message.py" "$OUTRIGGER_BIN" --samples "$GRPC_SAMPLES" \
        --out "$run/grpc.json" >&2
fi

# --- 4. Memory, then the report. ---
kill -0 "$PROXY_PID" 2>/dev/null || die "outrigger exited during the run"
curl -sS --max-time 5 "http://127.0.0.1:$ADMIN_PORT/v1/status" -o "$run/status.json" 2>/dev/null || true
nginx_hwm=0
for pid in $(nginx_pids); do nginx_hwm=$((nginx_hwm + $(vm_kb "$pid" VmHWM))); done
cat >"$run/meta.json" <<EOF
{
  "rate": $RATE, "fixed_seconds": $FIXED_SECONDS, "rounds": $ROUNDS, "high_rate": $HIGH_RATE, "high_rounds": $HIGH_ROUNDS, "fixed_conns": $FIXED_CONNS,
  "max_seconds": $MAX_SECONDS, "max_conns": $MAX_CONNS, "sse_rounds": $SSE_ROUNDS,
  "mock": "--ttfc $MOCK_TTFC --chunks $MOCK_CHUNKS --interval $MOCK_INTERVAL",
  "body_bytes": $(wc -c <"$BODY"),
  "clk_tck": $(getconf CLK_TCK),
  "outrigger_idle_rss_kb": ${OUTRIGGER_IDLE_RSS_KB:-0},
  "outrigger_rss_after_fixed_kb": ${RSS_AFTER_FIXED_KB:-0},
  "outrigger_rss_after_max_kb": ${RSS_AFTER_MAX_KB:-0},
  "outrigger_hwm_kb": $(vm_kb "$PROXY_PID" VmHWM),
  "outrigger_rss_end_kb": $(vm_kb "$PROXY_PID" VmRSS),
  "outrigger_threads": $(vm_kb "$PROXY_PID" Threads),
  "nginx_hwm_kb_total": $nginx_hwm,
  "nginx_workers": $(($(nginx_pids | wc -l) - 1)),
  "mock_hwm_kb": $(vm_kb "$MOCK_PID" VmHWM),
  "elapsed_seconds": $((SECONDS - started_at)),
  "date": "$(date -u +%Y-%m-%dT%H:%MZ)",
  "kernel": "$(uname -sr)",
  "cpus": $(nproc),
  "cpu_model": "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo | tr -d '"')",
  "nginx_version": "$("$NGINX" -v 2>&1 | sed 's/^nginx version: //')",
  "h2load_version": "$(h2load --version | head -1)",
  "swift_version": "$(swift --version 2>/dev/null | head -1 | tr -d '"' || echo unknown)",
  "outrigger_bin": "$OUTRIGGER_BIN",
  "source": "$SOURCE_REV"
}
EOF
mkdir -p "$(dirname "$BENCH_OUT")"
python3 "$bench_dir/summarize.py" "$run" --json "${BENCH_OUT%.md}.json" >"$BENCH_OUT"
cat "$BENCH_OUT"
log "report written to ${BENCH_OUT#"$repo_root"/}"
