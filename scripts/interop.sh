#!/usr/bin/env bash
# Interop suite: drives the real Google Python SDKs (google-genai, google-cloud-aiplatform's
# vertexai) through `outrigger serve` to `outrigger mock-gemini`, all on 127.0.0.1.
#
#   scripts/interop.sh [extra pytest args...]
#
# Environment:
#   OUTRIGGER_BIN   binary to test; when unset, `swift build` runs and its debug binary is used
#   INTEROP_VENV    virtualenv to create/reuse (default: <repo>/.venv)
#   PYTHON          interpreter that creates the venv (default: python3)
#
# A second run is quick: the venv is reused and pip is skipped while the requirements file
# (and the interpreter) are unchanged. Exit status is pytest's, except that "no tests
# collected" (pytest's 5) is a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"

venv="${INTEROP_VENV:-$repo_root/.venv}"
requirements="$repo_root/tests/interop/requirements.txt"
python="${PYTHON:-python3}"

log() { printf 'interop: %s\n' "$*" >&2; }

# 1. The virtualenv (recreated if missing or broken, e.g. after the interpreter moved).
if ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    log "creating virtualenv at $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi

# 2. Pinned SDKs, installed only when the requirements (or the interpreter) changed.
stamp="$venv/.interop-requirements.sha256"
want="$( { "$venv/bin/python" -VV; cat "$requirements"; } | sha256sum | cut -d' ' -f1)"
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    log "installing $(grep -c '==' "$requirements") pinned packages from tests/interop/requirements.txt"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"
    printf '%s\n' "$want" >"$stamp"
else
    log "requirements unchanged; skipping pip install"
fi

# 3. The binary under test.
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
log "testing $OUTRIGGER_BIN"

# 4. pytest. No cache dir in the work tree; hanging calls are bounded by pytest-timeout (pytest.ini).
status=0
"$venv/bin/python" -m pytest tests/interop -q -p no:cacheprovider "$@" || status=$?
if [[ $status -eq 5 ]]; then
    log "FAILED: pytest collected no tests"
    exit 1
fi
exit "$status"
