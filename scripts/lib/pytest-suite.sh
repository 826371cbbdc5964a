# Shared by scripts/interop.sh and scripts/deploy-checks.sh (sourced, not run): the virtualenv,
# its pinned packages, the binary under test, and pytest with exit code 5 made a failure.
#
#   run_pytest_suite NAME REQUIREMENTS TEST_DIR [extra pytest args...]
#
# Environment: OUTRIGGER_BIN (binary to test; when unset `swift build` runs and its debug
# binary is used), INTEROP_VENV (virtualenv, default <repo>/.venv), PYTHON (interpreter that
# creates the venv, default python3). The venv is reused, and pip is skipped while the
# requirements file and the interpreter are unchanged (one stamp per suite).

run_pytest_suite() {
    local name="$1" requirements="$2" tests="$3"
    shift 3
    local repo_root venv python
    repo_root="$(pwd)"
    venv="${INTEROP_VENV:-$repo_root/.venv}"
    python="${PYTHON:-python3}"
    log() { printf '%s: %s\n' "$name" "$*" >&2; }

    # The virtualenv (recreated if missing or broken, e.g. after the interpreter moved).
    if ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
        log "creating virtualenv at $venv"
        rm -rf "$venv"
        "$python" -m venv "$venv"
    fi

    # Pinned packages, installed only when the requirements (or the interpreter) changed.
    local stamp want
    stamp="$venv/.$name-requirements.sha256"
    want="$( { "$venv/bin/python" -VV; cat "$requirements"; } | sha256sum | cut -d' ' -f1)"
    if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
        # --require-hashes: every package, transitive ones included, must be pinned with the
        # sha256 of its file (the requirements files say how to regenerate them).
        log "installing $(grep -E '^[A-Za-z0-9].*==' "$requirements" | sed -E 's/(\[|==).*//' | sort -fu | wc -l) pinned packages from ${requirements#"$repo_root"/}"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r "$requirements"
        printf '%s\n' "$want" >"$stamp"
    else
        log "requirements unchanged; skipping pip install"
    fi

    # The binary under test.
    if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
        log "OUTRIGGER_BIN unset; running swift build"
        swift build
        OUTRIGGER_BIN="$(swift build --show-bin-path)/outrigger"
    fi
    if [[ ! -x "$OUTRIGGER_BIN" ]]; then
        log "no executable at OUTRIGGER_BIN=$OUTRIGGER_BIN"
        return 1
    fi
    export OUTRIGGER_BIN
    log "testing $OUTRIGGER_BIN"

    # pytest, without a cache dir in the work tree.
    local status=0
    "$venv/bin/python" -m pytest "$tests" -q -p no:cacheprovider "$@" || status=$?
    if [[ $status -eq 5 ]]; then
        log "FAILED: pytest collected no tests"
        return 1
    fi
    return "$status"
}
