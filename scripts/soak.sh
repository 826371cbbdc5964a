#!/usr/bin/env bash
# Soak and chaos run of the real binary (integration/soak/soak.py; docs/operations.md, "Soak and chaos").
#
#   scripts/soak.sh                  3 minutes (the CI length)
#   SOAK_SECONDS=1800 scripts/soak.sh
#
# Environment: SOAK_SECONDS, and OUTRIGGER_BIN, INTEROP_VENV, PYTHON (scripts/lib/pytest-suite.sh).
# The venv is the interop suite's. Exit status is pytest's; "no tests collected" is a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/pytest-suite.sh
run_pytest_suite soak integration/interop/requirements.txt integration/soak "$@"
