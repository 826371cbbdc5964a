#!/usr/bin/env bash
# Deployment checks: integration/deploy (Kubernetes manifests rendered with kustomize, the
# Dockerfile through hadolint, the compose file against the Compose Specification schema,
# Datadog monitors/dashboard/SLOs through datadog-api-client's models, and every queried
# metric and tag against what the outrigger binary emits).
#
#   scripts/deploy-checks.sh [extra pytest args...]
#
# Environment: OUTRIGGER_BIN, INTEROP_VENV, PYTHON (see scripts/lib/pytest-suite.sh). The venv
# is shared with the interop suite; the versions both pin are identical.
# Needs `kustomize` or `kubectl` (whose built-in kustomize renders the overlay) on PATH.
# Exit status is pytest's, except that "no tests collected" (pytest's 5) is a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if command -v kustomize >/dev/null 2>&1; then
    printf 'deploy-checks: kustomize: %s\n' "$(kustomize version 2>/dev/null | head -n 1)" >&2
elif command -v kubectl >/dev/null 2>&1; then
    printf "deploy-checks: kustomize: kubectl's built-in (%s)\n" "$(kubectl version --client 2>/dev/null | grep -i kustomize || true)" >&2
else
    printf 'deploy-checks: neither kustomize nor kubectl found: the overlay render tests will fail\n' >&2
fi
source scripts/lib/pytest-suite.sh
run_pytest_suite deploy-checks integration/deploy/requirements.txt integration/deploy "$@"
