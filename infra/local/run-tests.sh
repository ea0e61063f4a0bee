#!/usr/bin/env bash
# `make test`: every test, on a fresh machine, nothing installed by hand.
#  1. installs the local tools (moto, cfn-lint, cargo-lambda, aws-ses-v2-local)
#  2. lints the SAM template (cfn-lint) and checks its wiring
#  3. starts the local stack and creates the resources from the template
#  4. runs the whole workspace's tests (unit, property, integration) against it
#  5. stops the servers it started, by PID, whatever happened
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

infra/local/install.sh
echo "== cfn-lint infra/template.yaml"
.local/venv/bin/cfn-lint infra/template.yaml
echo "== template wiring"
.local/venv/bin/python infra/local/check_template.py

started=0
cleanup() { if [ "$started" = 1 ]; then infra/local/stack.sh stop || true; fi; }
trap cleanup EXIT
if ! infra/local/stack.sh status >/dev/null 2>&1; then
  started=1
fi
infra/local/stack.sh start
# shellcheck disable=SC1091
. infra/local/.run/env.sh

echo "== cargo test (workspace)"
cargo test --workspace --locked -- --test-threads="${TEST_THREADS:-4}"
