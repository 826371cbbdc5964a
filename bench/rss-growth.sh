#!/usr/bin/env bash
# Does Outrigger's memory settle under steady traffic? Sends batches of unary calls (closed
# loop, h2load) through `outrigger serve` to mock-gemini on 127.0.0.1 and prints the proxy's
# resident set after each batch, and the growth per call.
#
#   bash bench/rss-growth.sh
#
# Environment: OUTRIGGER_BIN (default: the release build bench/run.sh makes; built if missing),
# BATCHES (4), CALLS per batch (30000), CONNS (32). Bounded: each batch has a timeout.
# See docs/benchmarks.md ("Memory under sustained traffic").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BATCHES="${BATCHES:-4}"
CALLS="${CALLS:-30000}"
CONNS="${CONNS:-32}"
BODY="bench/request-1k.json"

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
command -v h2load >/dev/null 2>&1 || { echo "rss-growth: h2load missing (Debian: nghttp2-client)" >&2; exit 1; }
if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    swift build -c release --scratch-path .build-release >/dev/null
    OUTRIGGER_BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/outrigger"
fi

dir="$(mktemp -d /tmp/outrigger-rss.XXXXXX)"
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

read -r MOCK_PORT PROXY_PORT ADMIN_PORT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
for s in socks:
    s.close()
')

"$OUTRIGGER_BIN" mock-gemini --listen "127.0.0.1:$MOCK_PORT" >"$dir/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=("$MOCK_PID")
OUTRIGGER_LOG_LEVEL=warning "$OUTRIGGER_BIN" serve --listen "127.0.0.1:$PROXY_PORT" \
    --admin-listen "127.0.0.1:$ADMIN_PORT" --upstream "http://127.0.0.1:$MOCK_PORT" >"$dir/outrigger.log" 2>&1 &
PROXY_PID=$!
PIDS+=("$PROXY_PID")
for _ in $(seq 300); do
    grep -q "outrigger traffic listening on" "$dir/outrigger.log" 2>/dev/null &&
        grep -q "mock-gemini listening on" "$dir/mock.log" 2>/dev/null && break
    sleep 0.1
done

rss_kb() { awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
echo "| after | calls so far | outrigger VmRSS (MiB) | growth per call in the batch (bytes) | mock VmRSS (MiB) |"
echo "|---|---|---|---|---|"
prev="$(rss_kb "$PROXY_PID")"
printf '| start | 0 | %s | — | %s |\n' "$(mib "$prev")" "$(mib "$(rss_kb "$MOCK_PID")")"
total=0
for ((b = 1; b <= BATCHES; b++)); do
    timeout 120 h2load --h1 -t 1 -c "$CONNS" -n "$CALLS" -d "$BODY" -H 'content-type: application/json' \
        "http://127.0.0.1:$PROXY_PORT/v1beta/models/gemini-2.0-flash:generateContent" >"$dir/h2load-$b.out" 2>&1
    grep -q "$CALLS succeeded" "$dir/h2load-$b.out" || { cat "$dir/h2load-$b.out" >&2; exit 1; }
    total=$((total + CALLS))
    now="$(rss_kb "$PROXY_PID")"
    printf '| batch %d | %d | %s | %d | %s |\n' "$b" "$total" "$(mib "$now")" \
        $(((now - prev) * 1024 / CALLS)) "$(mib "$(rss_kb "$MOCK_PID")")"
    prev="$now"
done
