#!/usr/bin/env bash
# The project's one test command:
#   1. swift build --build-tests
#   2. swift test            (swift-testing and XCTest)
#   3. scripts/interop.sh    (real Google Python SDKs through outrigger)
#   4. scripts/deploy-checks.sh (deploy/: manifests, Dockerfile, compose, Datadog objects,
#                                and their metric names checked against the binary)
#   5. scripts/fuzz.sh       (every libFuzzer target for FUZZ_SECONDS, default 20 s each)
#   6. scripts/soak.sh       (SOAK_SECONDS, default 180, of chaos: flapping upstream and Agent,
#                             config reloads; checks drops are counted and memory is flat)
# Every step runs even if an earlier test step failed (a build failure stops everything);
# a summary is printed at the end and the exit status is non-zero if any step failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

declare -a step_names=() step_results=()
failed=0

record() { # name status seconds
    step_names+=("$1")
    if [[ $2 -eq 0 ]]; then
        step_results+=("PASS  (${3}s)")
    else
        step_results+=("FAIL  (exit $2, ${3}s)")
        failed=1
    fi
}

run_step() { # name command...
    local name="$1"
    shift
    printf '\n==> %s: %s\n' "$name" "$*"
    local start=$SECONDS status=0
    "$@" || status=$?
    record "$name" "$status" "$((SECONDS - start))"
    return "$status"
}

summary() {
    printf '\n==================== test-all summary ====================\n'
    local i
    for i in "${!step_names[@]}"; do
        printf '  %-16s %s\n' "${step_names[$i]}" "${step_results[$i]}"
    done
    if [[ $failed -eq 0 ]]; then
        printf '  RESULT: all steps passed\n'
    else
        printf '  RESULT: FAILED\n'
    fi
    printf '==========================================================\n'
}

if ! run_step "swift build" swift build --build-tests; then
    summary
    exit 1
fi

run_step "swift test" swift test || true

# The build above already produced the binary; point the interop suite at it.
if [[ -z "${OUTRIGGER_BIN:-}" ]]; then
    OUTRIGGER_BIN="$(swift build --show-bin-path)/outrigger"
    export OUTRIGGER_BIN
fi
run_step "interop (SDKs)" bash scripts/interop.sh || true
run_step "deploy checks" bash scripts/deploy-checks.sh || true
run_step "fuzz" bash scripts/fuzz.sh || true
run_step "soak (chaos)" bash scripts/soak.sh || true

summary
exit "$failed"
