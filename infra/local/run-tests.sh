#!/usr/bin/env bash
# `make test`: every test, on a fresh machine, nothing installed by hand.
#  1. installs the local tools (moto, cfn-lint, cargo-lambda, aws-ses-v2-local)
#  2. lints the SAM template (cfn-lint), checks its wiring and the bus's event
#     schemas (docs/events/) against their examples (events/marketplace/)
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
echo "== the bus's event schemas and their examples"
.local/venv/bin/python infra/local/check_events.py

echo "== cargo test (workspace) against the local stack"
log=$(mktemp)
status=0
infra/local/with-stack.sh cargo test --workspace --locked -- --test-threads="${TEST_THREADS:-4}" 2>&1 | tee "$log" || status=$?
# One closing line for the whole run: the sum of every test binary's result
# (cargo's own last line is that of whichever binary ran last).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
