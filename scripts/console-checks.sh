#!/usr/bin/env bash
# The admin console in headless Chromium (integration/console): `outrigger demo --keep` runs, the page
# must show the rules table, the cost chart and a recent call with its cost, and no request may
# leave 127.0.0.1. A second test serves the page with /v1/status broken and expects the check to
# fail. The screenshot is kept in CONSOLE_ARTIFACTS (default .build/artifacts/console).
#
# Needs Debian's `chromium` on PATH. Environment: OUTRIGGER_BIN, INTEROP_VENV, PYTHON
# (scripts/lib/pytest-suite.sh); the venv is the interop suite's (no extra packages).
# Exit status is pytest's; "no tests collected" is a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v chromium >/dev/null 2>&1; then
    echo "console-checks: chromium not found; install Debian's chromium package (.ci/run does)" >&2
    exit 1
fi
source scripts/lib/pytest-suite.sh
run_pytest_suite console integration/interop/requirements.txt integration/console "$@"
