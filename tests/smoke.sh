#!/usr/bin/env bash
# The smoke test of a deployed stack: read-only, sends nothing real.
#
#   SMOKE_STACK_NAME=product-safety tests/smoke.sh      (or: make smoke STACK=...)
#
# Without SMOKE_STACK_NAME it says "skipped" and exits 0: locally, in
# `make test` and in CI nothing is deployed. With it (AWS credentials that may
# read the stack and invoke recall-desk; region AWS_REGION, else the CLI's):
#   1. the stack is in a *_COMPLETE state that is not a rollback or deletion;
#   2. recall-desk answers {"query":"review_queue","limit":1} with a JSON
#      object that has "cases" (a list) and no "error", and no function error
#      (a direct invocation reads the review index: no write, no email, no event);
#   3. the public recall lists (the RecallListsUrl output) answer `lists/`
#      with HTTP 200;
#   4. the stack's alarms exist (at least one per DLQ, function and schedule:
#      check_template.py checks which), and those in ALARM are listed (a
#      warning, not a failure: docs/runbook.md says what to do).
# Exit 0 when every check passed, 1 otherwise.
set -euo pipefail

stack=${SMOKE_STACK_NAME:-}
if [ -z "$stack" ]; then
  echo "smoke: skipped (set SMOKE_STACK_NAME to a deployed stack's name to run it)"
  exit 0
fi
command -v aws >/dev/null || { echo "smoke: error: the AWS CLI (aws) is not on PATH" >&2; exit 1; }
region_args=()
[ -n "${AWS_REGION:-}" ] && region_args=(--region "$AWS_REGION")
awsr() { aws "${region_args[@]}" "$@"; }
failed=0
ok()   { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=$(awsr cloudformation describe-stacks --stack-name "$stack" \
  --query 'Stacks[0].StackStatus' --output text)
case $status in
  *ROLLBACK*|*DELETE*|*FAILED*|*IN_PROGRESS) fail "stack $stack is $status";;
  *_COMPLETE) ok "stack $stack is $status";;
  *) fail "stack $stack is $status";;
esac

desk=$(awsr cloudformation describe-stack-resource --stack-name "$stack" \
  --logical-resource-id RecallDeskFunction \
  --query 'StackResourceDetail.PhysicalResourceId' --output text)
awsr lambda invoke --function-name "$desk" --cli-binary-format raw-in-base64-out \
  --payload '{"query":"review_queue","limit":1}' "$tmp/desk.json" >"$tmp/invoke.json"
if python3 - "$tmp/invoke.json" "$tmp/desk.json" <<'PY'
import json, sys
invoke = json.load(open(sys.argv[1]))
if invoke.get("FunctionError"):
    sys.exit(f"function error {invoke['FunctionError']}: {open(sys.argv[2]).read()[:500]}")
answer = json.load(open(sys.argv[2]))
if not isinstance(answer, dict) or "error" in answer or not isinstance(answer.get("cases"), list):
    sys.exit(f"not a review queue: {json.dumps(answer)[:500]}")
print(f"{len(answer['cases'])} case(s) on the first page, next {answer.get('next')!r}")
PY
then ok "recall-desk ($desk) answers review_queue with JSON"
else fail "recall-desk ($desk) did not answer review_queue with its JSON"
fi

lists=$(awsr cloudformation describe-stacks --stack-name "$stack" \
  --query "Stacks[0].Outputs[?OutputKey=='RecallListsUrl'].OutputValue" --output text)
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "${lists}lists/" || true)
if [ "$code" = 200 ]; then ok "recall lists ${lists}lists/ answer 200"
else fail "recall lists ${lists}lists/ answer ${code:-nothing}"
fi

awsr cloudwatch describe-alarms --alarm-name-prefix "$stack-" \
  --query 'MetricAlarms[].[AlarmName,StateValue]' --output text >"$tmp/alarms.txt"
count=$(grep -c . "$tmp/alarms.txt" || true)
if [ "$count" -gt 0 ]; then ok "$count alarms named $stack-*"
else fail "no alarm named $stack-*"
fi
if grep -q $'\tALARM$' "$tmp/alarms.txt"; then
  echo "warn in ALARM (docs/runbook.md):"
  grep $'\tALARM$' "$tmp/alarms.txt" | sed 's/^/       /'
fi

[ "$failed" = 0 ] && echo "smoke: every check passed" || echo "smoke: failed"
exit "$failed"
