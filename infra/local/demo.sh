#!/usr/bin/env bash
# `make demo`: the recall flow end to end on the local stack, on a fresh machine.
#  1. installs and starts moto + aws-ses-v2-local, creates the resources from
#     infra/template.yaml (infra/local/stack.sh)
#  2. runs the functions under `cargo lambda watch` (the Lambda runtime emulator)
#  3. loads a small catalogue and sends real regulator records (CPSC, RappelConso
#     v1 and v2, Safety Gate, a platform inspection, a broken record) through
#     `cargo lambda invoke` with the samples in events/
#  4. prints each email the SES stand-in received, and each listing's blocked
#     and open markets, the cases and the recall timelines
#  5. stops everything it started, by PID (KEEP_STACK=1 leaves the stack up to
#     browse the inbox at http://127.0.0.1:8005/)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
run="$root/infra/local/.run"
mkdir -p "$run"
export PATH="$root/.local/venv/bin:$PATH"
port=${LAMBDA_PORT:-9009}

watch_pid=""
started=0
cleanup() {
  if [ -n "$watch_pid" ]; then kill -- "-$watch_pid" 2>/dev/null || true; fi
  if [ "$started" = 1 ] && [ "${KEEP_STACK:-0}" != 1 ]; then infra/local/stack.sh stop || true; fi
}
trap cleanup EXIT

if infra/local/stack.sh status >/dev/null 2>&1; then
  infra/local/stack.sh reset          # ours already runs: start from empty
else
  started=1
  infra/local/stack.sh start
fi
# shellcheck disable=SC1091
. infra/local/.run/env.sh

echo "== building the functions (once; cargo lambda watch reuses the binaries)"
cargo build --bins -p catalog-sync -p recall-intake

echo "== cargo lambda watch on 127.0.0.1:$port"
setsid cargo lambda watch -A 127.0.0.1 -P "$port" >"$run/lambda-watch.log" 2>&1 &
watch_pid=$!
for _ in $(seq 1 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.5
done

invoke() {  # function, sample
  echo "-- cargo lambda invoke $1 --data-file events/$2"
  cargo lambda invoke "$1" -A 127.0.0.1 -P "$port" --data-file "events/$2"
  echo
}

echo; echo "== the catalogue: 3 sellers, 6 listings, 1 order"
invoke catalog-sync catalog-sync/demo_catalogue.json
echo; echo "== regulators' records"
invoke recall-intake recall-intake/rappelconso_v2.json          # keto: GTIN match, FR
invoke recall-intake recall-intake/safety_gate.json             # LED tree: barcode, EU/EEA; a suffixed model goes to review
invoke recall-intake recall-intake/rappelconso_v1.json          # bagels: brand + model
invoke recall-intake recall-intake/cpsc.json                    # dresser named in prose: review
invoke recall-intake recall-intake/platform_inspection.json     # the platform's own inspection
echo "== the same keto recall again, and from Safety Gate: merged, no second case"
invoke recall-intake recall-intake/rappelconso_v2.json
invoke recall-intake recall-intake/safety_gate_same_product.json
echo "== a broken record: a batch item failure naming source, record and field (SQS would retry, then DLQ)"
invoke recall-intake recall-intake/broken_cpsc_upc.json
grep -h '"level":"ERROR"' "$run/lambda-watch.log" | tail -1 || true

echo; echo "================ emails sent (SES stand-in) ================"
.local/venv/bin/python infra/local/sent_mail.py
echo; echo "================ what happened ================"
.local/venv/bin/python infra/local/report.py events/catalog-sync/demo_catalogue.json
if [ "${KEEP_STACK:-0}" = 1 ]; then
  echo; echo "The stack stays up: inbox at ${AWS_ENDPOINT_URL_SESV2}/ ; stop it with: make stack-stop"
fi
