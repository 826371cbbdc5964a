#!/usr/bin/env bash
# Interop suite: drives the real Google Python SDKs (google-genai, google-cloud-aiplatform's
# vertexai) through `outrigger serve` to `outrigger mock-gemini`, all on 127.0.0.1, with
# Datadog's APM test agent receiving the telemetry.
#
#   scripts/interop.sh [extra pytest args...]
#
# Environment: OUTRIGGER_BIN, INTEROP_VENV, PYTHON (see scripts/lib/pytest-suite.sh).
# Exit status is pytest's, except that "no tests collected" (pytest's 5) is a failure.
# Hanging calls are bounded by pytest-timeout (integration/interop/pytest.ini).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/pytest-suite.sh
run_pytest_suite interop integration/interop/requirements.txt integration/interop "$@"
