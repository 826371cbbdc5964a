#!/usr/bin/env bash
# The container image and the compose stack, built and run for real (a step of test-all.sh):
#   1. installs docker.io, docker-compose and debootstrap from Debian when missing;
#   2. starts its own dockerd (no systemd needed; own socket and data root) and stops it by PID;
#   3. builds the base images locally from debootstrap (scripts/lib/container-images.sh): no
#      image registry is used;
#   4. builds deploy/docker/Dockerfile with the base images given as build args, and
#      Datadog's test agent from PyPI wheels (deploy/docker/testagent.Dockerfile);
#   5. runs the image alone (--read-only, as the image's user): non-root, read-only root fs,
#      start-to-ready time;
#   6. brings deploy/docker/docker-compose.yml up (mock-gemini, outrigger, loadgen, testagent)
#      and checks traffic, /v1/status, the test agent's traces and LLM Observability spans, the
#      console, and that `docker stop` drains within the grace period.
# Prints the image size and the start-to-ready time. Needs root.
#
# Environment: CONTAINER_STATE (default /var/lib/outrigger-container-checks: dockerd's data
# root, so a second local run reuses base images and layers; CI starts empty),
# SWIFT_TOOLCHAIN (default /opt/swift), CONTAINER_TRAFFIC_SECONDS (default 45).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$(pwd)"
export CONTAINER_STATE="${CONTAINER_STATE:-/var/lib/outrigger-container-checks}"
export DOCKER=/usr/bin/docker   # Debian's client (a docker elsewhere on PATH may lack the legacy builder)
SOCKET=/run/outrigger-checks-docker.sock
export DOCKER_HOST="unix://$SOCKET"
PROJECT=outrigger-checks
TOKEN=local-compose-only
log() { printf 'container-checks: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

[[ $(id -u) -eq 0 ]] || fail "needs root (dockerd, debootstrap); run as root or in CI"

install_missing() {
    local missing=()
    [[ -x /usr/sbin/dockerd && -x /usr/bin/docker ]] || missing+=(docker.io)
    command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    if ((${#missing[@]})); then
        log "installing ${missing[*]} (Debian)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

DOCKERD_PID=""
start_dockerd() {
    mkdir -p "$CONTAINER_STATE"
    /usr/sbin/dockerd --data-root "$CONTAINER_STATE/docker" --exec-root /run/outrigger-checks-docker \
        --host "$DOCKER_HOST" --pidfile /run/outrigger-checks-dockerd.pid >"$CONTAINER_STATE/dockerd.log" 2>&1 &
    DOCKERD_PID=$!
    local i
    for i in $(seq 1 60); do
        "$DOCKER" info >/dev/null 2>&1 && { log "dockerd $("$DOCKER" version -f '{{.Server.Version}}') up (pid $DOCKERD_PID)"; return 0; }
        kill -0 "$DOCKERD_PID" 2>/dev/null || break
        sleep 1
    done
    tail -n 20 "$CONTAINER_STATE/dockerd.log" >&2
    fail "dockerd did not start"
}

COMPOSE_FILE=""
cleanup() {
    local status=$?
    if [[ -n "$COMPOSE_FILE" ]]; then
        docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" logs --no-color >"$CONTAINER_STATE/compose.log" 2>&1 || true
        docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" down -v --remove-orphans >/dev/null 2>&1 || true
    fi
    "$DOCKER" rm -f "$PROJECT-probe" >/dev/null 2>&1 || true
    if [[ -n "$DOCKERD_PID" ]]; then
        kill "$DOCKERD_PID" 2>/dev/null || true
        wait "$DOCKERD_PID" 2>/dev/null || true
        log "dockerd stopped"
    fi
    exit "$status"
}
trap cleanup EXIT

build_images() {
    local start
    start=$(now)
    # The legacy builder: BuildKit would fetch the `# syntax=` frontend from a registry.
    DOCKER_BUILDKIT=0 "$DOCKER" build -q -f deploy/docker/Dockerfile \
        --build-arg SWIFT_IMAGE=outrigger-base/swift:local \
        --build-arg RUNTIME_IMAGE=outrigger-base/debian:bookworm \
        --build-arg ZLIB_DEV_VERSION='1:1.2.*' --build-arg ZLIB_VERSION='1:1.2.*' \
        --build-arg CA_CERTIFICATES_VERSION='2023*' \
        -t outrigger:local . >"$CONTAINER_STATE/build.log" 2>&1 \
        || { tail -n 40 "$CONTAINER_STATE/build.log" >&2; fail "docker build of deploy/docker/Dockerfile"; }
    log "image outrigger:local built in $(elapsed "$start" "$(now)") s"
    IMAGE_SIZE_MB=$("$DOCKER" image inspect -f '{{.Size}}' outrigger:local | awk '{printf "%.1f", $1/1e6}')

    # Datadog's test agent: wheels from PyPI on the host (hash-checked), installed offline.
    local ctx="$CONTAINER_STATE/testagent-context"
    rm -rf "$ctx" && mkdir -p "$ctx/wheels"
    cp deploy/docker/testagent.Dockerfile deploy/docker/testagent-requirements.txt "$ctx/"
    # pip from the test venv (test-all.sh's interop step makes it), else a venv of our own.
    local py="${INTEROP_VENV:-$REPO/.venv}/bin/python"
    if ! "$py" -m pip --version >/dev/null 2>&1; then
        python3 -m venv "$CONTAINER_STATE/venv" && py="$CONTAINER_STATE/venv/bin/python"
    fi
    "$py" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
        -r deploy/docker/testagent-requirements.txt -d "$ctx/wheels" \
        || fail "pip download of deploy/docker/testagent-requirements.txt"
    DOCKER_BUILDKIT=0 "$DOCKER" build -q -f "$ctx/testagent.Dockerfile" \
        --build-arg PYTHON_IMAGE=outrigger-base/python:bookworm -t outrigger-checks/testagent:local "$ctx" >/dev/null \
        || fail "docker build of the test agent image"
    # The compose file names the test agent's published image; this local build stands in for it.
    local agent_image
    agent_image="$(awk '/^  testagent:/ {f=1} f && /image:/ {print $2; exit}' deploy/docker/docker-compose.yml)"
    "$DOCKER" tag outrigger-checks/testagent:local "$agent_image"
}

# The image alone: runs as its non-root user with a read-only root filesystem; time from
# `docker run` to /readyz 200.
check_image() {
    local start ip user code
    start=$(now)
    "$DOCKER" run -d --name "$PROJECT-probe" --read-only -e OUTRIGGER_ADMIN_TOKEN="$TOKEN" outrigger:local >/dev/null
    ip="$("$DOCKER" inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$PROJECT-probe")"
    for _ in $(seq 1 600); do
        code="$(curl -s -o /dev/null -w '%{http_code}' "http://$ip:9464/readyz" || true)"
        [[ "$code" == 200 ]] && break
        sleep 0.05
    done
    [[ "$code" == 200 ]] || { "$DOCKER" logs "$PROJECT-probe" >&2; fail "the image never became ready"; }
    START_TO_READY=$(elapsed "$start" "$(now)")
    log "start-to-ready: $START_TO_READY s (docker run to /readyz 200)"
    user="$("$DOCKER" exec "$PROJECT-probe" id -u)"
    [[ "$user" != 0 ]] || fail "the image runs as root"
    if "$DOCKER" exec "$PROJECT-probe" sh -c 'touch /etc/outrigger/probe' 2>/dev/null; then
        fail "the root filesystem is writable under --read-only"
    fi
    [[ "$(curl -s "http://$ip:9464/" | grep -c 'Outrigger console')" -ge 1 ]] || fail "the image's console page does not answer"
    log "image runs as uid $user, read-only root fs, console served"
    "$DOCKER" rm -f "$PROJECT-probe" >/dev/null
}

# docker-compose 1.29 predates the top-level `name:` key, and host ports could clash on a
# shared machine: run a copy without both and reach the containers by their bridge addresses.
compose_copy() {
    COMPOSE_FILE="$CONTAINER_STATE/docker-compose.checks.yml"
    python3 - "$REPO/deploy/docker/docker-compose.yml" "$COMPOSE_FILE" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r"(?m)^name:.*\n", "", text)
text = re.sub(r"(?m)^    ports:\n(      - .*\n)+", "", text)
text = text.replace("context: ../..", "context: " + sys.argv[1].rsplit("/deploy/", 1)[0])
open(sys.argv[2], "w").write(text)
EOF
}

container_ip() {
    "$DOCKER" inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$(docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" ps -q "$1")"
}

check_stack() {
    compose_copy
    local start
    start=$(now)
    docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" up -d --no-build >"$CONTAINER_STATE/compose-up.log" 2>&1 \
        || { cat "$CONTAINER_STATE/compose-up.log" >&2; fail "docker-compose up"; }
    log "compose stack up in $(elapsed "$start" "$(now)") s: $(docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" ps --services --filter status=running | tr '\n' ' ')"
    local admin agent
    admin="http://$(container_ip outrigger):9464"
    agent="http://$(container_ip testagent):8126"
    log "letting the traffic generator run for ${CONTAINER_TRAFFIC_SECONDS:-45} s"
    sleep "${CONTAINER_TRAFFIC_SECONDS:-45}"
    python3 scripts/lib/compose_stack_checks.py --admin "$admin" --agent "$agent" --token "$TOKEN" \
        || fail "the compose stack checks"
    # Drain: SIGTERM while the load runs; the proxy must exit 0 well inside its 25 s grace period.
    local id stop_start stop_seconds exit_code
    id="$(docker-compose -p "$PROJECT" -f "$COMPOSE_FILE" ps -q outrigger)"
    stop_start=$(now)
    "$DOCKER" stop -t 30 "$id" >/dev/null
    stop_seconds=$(elapsed "$stop_start" "$(now)")
    exit_code="$("$DOCKER" inspect -f '{{.State.ExitCode}}' "$id")"
    log "docker stop took $stop_seconds s, exit code $exit_code"
    [[ "$exit_code" == 0 ]] || fail "outrigger did not exit cleanly on SIGTERM (exit $exit_code)"
    awk -v s="$stop_seconds" 'BEGIN { exit !(s < 25) }' || fail "the drain took $stop_seconds s, over the 25 s grace period"
}

total_start=$(now)
install_missing
start_dockerd
source scripts/lib/container-images.sh
base_start=$(now)
build_base_images || fail "building the base images"
log "base images ready in $(elapsed "$base_start" "$(now)") s"
build_images
check_image
check_stack
line="$(printf 'image %s MB, start-to-ready %s s' "$IMAGE_SIZE_MB" "$START_TO_READY")"
printf '\ncontainer-checks: PASS  %s, whole run %s s\n' "$line" "$(elapsed "$total_start" "$(now)")"
[[ -z "${CONTAINER_SUMMARY_FILE:-}" ]] || printf '%s\n' "$line" >"$CONTAINER_SUMMARY_FILE"
