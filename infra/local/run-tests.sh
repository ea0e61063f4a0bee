#!/usr/bin/env bash
# `make test`: every test, on a fresh machine, nothing installed by hand.
#  1. installs the local tools (moto, cfn-lint, cargo-lambda, aws-ses-v2-local)
#  2. lints the SAM template (cfn-lint) and checks its wiring
#  3. starts the local stack and creates the resources from the template,
#     runs the whole workspace's tests (unit, property, integration) against it,
#     and stops the servers it started, by PID, whatever happened
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

infra/local/install.sh
echo "== cfn-lint infra/template.yaml"
.local/venv/bin/cfn-lint infra/template.yaml
echo "== template wiring"
.local/venv/bin/python infra/local/check_template.py

echo "== cargo test (workspace) against the local stack"
infra/local/with-stack.sh cargo test --workspace --locked -- --test-threads="${TEST_THREADS:-4}"
