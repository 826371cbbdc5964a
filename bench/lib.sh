# Shared by bench/run.sh and bench/guard-ab.sh (sourced, not run). The caller sets BENCH_NAME
# (the log prefix), and for `post` and `fixed_rate`: BODY, UNARY_PATH, RATE, FIXED_CONNS and the
# PORT map (target -> port).

log() { printf '%s: %s\n' "${BENCH_NAME:-bench}" "$*" >&2; }
die() { log "$*"; exit 1; }

# A temporary run directory in $run, and a trap that stops every process in PIDS (TERM, then KILL
# after 5 s) and removes the directory unless BENCH_KEEP=1.
start_run() { # directory-name-prefix
    run="$(mktemp -d "/tmp/$1.XXXXXX")"
    PIDS=()
    trap cleanup EXIT
    trap 'exit 130' INT TERM
}
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 50); do
        local alive=0
        for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 0.1
    done
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then log "kept $run"; else rm -rf "$run"; fi
}

free_ports() { # count -> that many free loopback ports, chosen by the kernel, on one line
    python3 - "$1" <<'EOF'
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
for s in socks:
    s.close()
EOF
}

wait_for_line() { # file pattern seconds pid
    local deadline=$((SECONDS + $3))
    while ((SECONDS < deadline)); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$4" 2>/dev/null || { cat "$1" >&2; die "process for $1 exited"; }
        sleep 0.1
    done
    cat "$1" >&2
    die "timed out waiting for '$2' in $1"
}

post() { # port path -> prints status code
    curl -sS -o /dev/null -w '%{http_code}' --max-time 10 -H 'content-type: application/json' \
        --data-binary "@$BODY" "http://127.0.0.1:$1$2"
}

vm_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

ctx_switches() { # pids... -> voluntary + involuntary context switches of all their threads
    local pid
    for pid in "$@"; do cat /proc/"$pid"/task/*/status 2>/dev/null; done |
        awk '/^(nonvoluntary_|voluntary_)ctxt_switches:/ { n += $2 } END { print n + 0 }'
}

cpu_ticks() { # pids... -> utime+stime summed, clock ticks
    local total=0 pid f
    for pid in "$@"; do
        f="$(cut -d')' -f2- "/proc/$pid/stat" 2>/dev/null)" || continue
        total=$((total + $(awk '{ print $12 + $13 }' <<<"$f")))
    done
    echo "$total"
}

# h2load at RATE: FIXED_CONNS connections, opened one per 1/RATE s, each sending RATE/FIXED_CONNS
# req/s, so requests are spread evenly instead of leaving in bursts.
fixed_rate() { # target seconds logfile
    local t=$1 secs=$2 out=$3 period rps
    period=$((1000 / RATE)); ((period >= 1)) || period=1
    rps="$(awk -v r="$RATE" -v c="$FIXED_CONNS" 'BEGIN { printf "%.4f", r / c }')"
    timeout $((secs * 3 + 30)) h2load --h1 -t 1 -c "$FIXED_CONNS" -r 1 --rate-period "${period}ms" \
        --rps "$rps" -n $((RATE * secs)) -d "$BODY" -H 'content-type: application/json' \
        --log-file "$out" "http://127.0.0.1:${PORT[$t]}$UNARY_PATH" >"${out%.log}.out" 2>&1
}
