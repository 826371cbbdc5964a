#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with ASan and runs each for a bounded time (docs/fuzzing.md).
#
#   scripts/fuzz.sh                      every target, 20 s each (the CI step)
#   scripts/fuzz.sh --long               every target, 300 s each
#   scripts/fuzz.sh fuzz-sse-framer ...  only the named targets
#   FUZZ_SECONDS=60 scripts/fuzz.sh      any other time per target (wins over --long)
#   scripts/fuzz.sh --build-only         build, run nothing
#
# Each target starts from a copy of its committed seed corpus (fuzz/corpus/<target>) in a temp
# folder, so new inputs never land in the tree. A crash, a broken property (a trap), a leak, a
# timeout (10 s for one input) or running out of memory fails the target: its reproducer is saved
# under fuzz/.build/fuzz-artifacts/ and printed with the command that replays it. The exit status
# is non-zero if the build or any target failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../fuzz"

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

seconds=20
build_only=0
declare -a targets=()
for arg in "$@"; do
    case "$arg" in
        --long) seconds=300 ;;
        --build-only) build_only=1 ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $arg" >&2; exit 64 ;;
        *) targets+=("$arg") ;;
    esac
done
seconds="${FUZZ_SECONDS:-$seconds}"
if [[ ${#targets[@]} -eq 0 ]]; then
    for dir in corpus/*/; do targets+=("$(basename "$dir")"); done
fi

# The build. gold warns once per ASan helper symbol that it cannot export; those lines are noise.
printf '==> building fuzz targets (ASan + libFuzzer)\n'
build_start=$SECONDS
build_status=0
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
    | grep -v "Cannot export local symbol" || build_status=${PIPESTATUS[0]}
build_seconds=$((SECONDS - build_start))
if [[ $build_status -ne 0 ]]; then
    printf 'fuzz.sh: build failed (exit %d, %d s)\n' "$build_status" "$build_seconds" >&2
    exit 1
fi
printf '==> build took %d s\n' "$build_seconds"
[[ $build_only -eq 1 ]] && exit 0

# A trap goes to libFuzzer's handler, which saves the input; Swift's backtracer would run first
# and trip ASan with its own memory reads.
export SWIFT_BACKTRACE=enable=no
bin_dir="$(swift build -c debug --show-bin-path)"
artifacts="$PWD/.build/fuzz-artifacts/$(date +%Y%m%d-%H%M%S)"
work="$(mktemp -d "${TMPDIR:-/tmp}/outrigger-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

declare -a rows=()
failed=0
for target in "${targets[@]}"; do
    binary="$bin_dir/$target"
    if [[ ! -x "$binary" || ! -d "corpus/$target" ]]; then
        printf 'fuzz.sh: no target %s (see fuzz/corpus/)\n' "$target" >&2
        rows+=("$(printf '%-26s %s' "$target" "MISSING")")
        failed=1
        continue
    fi
    mkdir -p "$work/$target"
    cp -R "corpus/$target/." "$work/$target/"
    log="$work/$target.log"
    printf '\n==> %s: %d s\n' "$target" "$seconds"
    status=0
    "$binary" "$work/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    runs=${runs:-0}
    took=${took:-$seconds}
    rate=$((runs / (took > 0 ? took : 1)))
    corpus_size=$(find "$work/$target" -type f | wc -l)
    tail -n 4 "$log"
    if [[ $status -eq 0 ]]; then
        rows+=("$(printf '%-26s ok     %4ss %10s execs %8s/s %6s inputs' "$target" "$took" "$runs" "$rate" "$corpus_size")")
    else
        failed=1
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        cp "$log" "$artifacts/$target.log"
        printf '\n!!! %s failed (exit %d). Its log: %s\n' "$target" "$status" "$artifacts/$target.log"
        grep -m 12 -E "ERROR|Fatal error|property violated|SUMMARY|deadly signal" "$log" || true
        if [[ -n "$reproducer" ]]; then
            printf '!!! reproducer: %s\n!!! replay:     %s %s\n' "$reproducer" "$binary" "$reproducer"
        fi
        rows+=("$(printf '%-26s FAIL   exit %s, reproducer %s' "$target" "$status" "${reproducer:-none}")")
    fi
done

printf '\n==================== fuzz summary (%s s per target, build %s s) ====================\n' "$seconds" "$build_seconds"
printf '  %s\n' "${rows[@]}"
if [[ $failed -eq 0 ]]; then
    printf '  RESULT: no crashes\n'
    rmdir "$artifacts" 2>/dev/null || true
else
    printf '  RESULT: FAILED; reproducers in %s\n' "$artifacts"
fi
exit "$failed"
