#!/usr/bin/env bash
# Deployment checks: tests/deploy (Kubernetes manifests rendered with kustomize, the
# Dockerfile through hadolint, the compose file against the Compose Specification schema,
# Datadog monitors/dashboard/SLOs through datadog-api-client's models, and every queried
# metric and tag against what the outrigger binary emits).
#
#   scripts/deploy-checks.sh [extra pytest args...]
#
# Environment:
#   OUTRIGGER_BIN   binary to test; when unset, `swift build` runs and its debug binary is used
#   INTEROP_VENV    virtualenv to create/reuse (default: <repo>/.venv, shared with the interop suite)
#   PYTHON          interpreter that creates the venv (default: python3)
#
# Needs `kustomize` or `kubectl` (whose built-in kustomize renders the overlay) on PATH.
# Exit status is pytest's, except that "no tests collected" (pytest's 5) is a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"

venv="${INTEROP_VENV:-$repo_root/.venv}"
requirements="$repo_root/tests/deploy/requirements.txt"
python="${PYTHON:-python3}"

log() { printf 'deploy-checks: %s\n' "$*" >&2; }

if ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    log "creating virtualenv at $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi

# Pinned packages, installed only when the requirements (or the interpreter) changed. The
# versions shared with tests/interop/requirements.txt are identical, so the two suites can
# share the venv without reinstalling each other's packages.
stamp="$venv/.deploy-requirements.sha256"
want="$( { "$venv/bin/python" -VV; cat "$requirements"; } | sha256sum | cut -d' ' -f1)"
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    log "installing $(grep -c '==' "$requirements") pinned packages from tests/deploy/requirements.txt"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"
    printf '%s\n' "$want" >"$stamp"
else
    log "requirements unchanged; skipping pip install"
fi

if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    log "OUTRIGGER_BIN unset; running swift build"
    swift build
    OUTRIGGER_BIN="$(swift build --show-bin-path)/outrigger"
fi
if [[ ! -x "$OUTRIGGER_BIN" ]]; then
    log "no executable at OUTRIGGER_BIN=$OUTRIGGER_BIN"
    exit 1
fi
export OUTRIGGER_BIN
if command -v kustomize >/dev/null 2>&1; then
    log "kustomize: $(kustomize version 2>/dev/null | head -n 1)"
elif command -v kubectl >/dev/null 2>&1; then
    log "kustomize: kubectl's built-in ($(kubectl version --client 2>/dev/null | grep -i kustomize || true))"
else
    log "neither kustomize nor kubectl found: the overlay render tests will fail"
fi

status=0
"$venv/bin/python" -m pytest tests/deploy -q -p no:cacheprovider "$@" || status=$?
if [[ $status -eq 5 ]]; then
    log "FAILED: pytest collected no tests"
    exit 1
fi
exit "$status"
