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
#  5. second act: the buyers' orders; seller S-2002 appeals and is upheld,
#     S-1001 appeals the bagel recall and is rejected (its consumer recall
#     starts), the desk reviews two weak matches; a scheduled event 7 days
#     and 1 hour on closes the keto seller's window; the consumer recall's
#     pages run through consumer-notices; prints the new seller emails and
#     the consumer notices (one per language) and the final market picture
#  6. third act: buyer protection: ten refund requests, one per situation
#     (events/refunds/), decided by `refunds`; the same batch again changes
#     nothing; a return passes the warehouse's check and is refunded; a
#     broken request is refused naming the field; prints the
#     buyers' and sellers' emails, each decision and the labels per buyer
#  7. fourth act: the penalty ledger: a recalled product relisted under a new
#     id is blocked at publication; an edit that strips the recalled GTIN
#     keeps its block; the desk reports two violations (a listing removal
#     with a compliance reminder to the buyers, a fine); prints the emails,
#     and each seller's ledger and standing
#  after each act: the events it published on the product-safety bus for the
#     marketplace's systems, one line each (infra/local/bus_events.py drains
#     the audit queue, which a rule on the bus fills with every event)
#  8. the recall desk (recall-desk, recall-lists): prints the review queue and
#     the compliance report of the last 30 days, and writes the desk's pages
#     (each recall, the queue, the report and its CSV, the public lists) to
#     infra/local/.run/desk/
#  9. stops everything it started, by PID (KEEP_STACK=1 leaves the stack up to
#     browse the inbox at http://127.0.0.1:8005/)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
run="$root/infra/local/.run"
mkdir -p "$run"
export PATH="$root/.local/venv/bin:$PATH"
port=${LAMBDA_PORT:-9009}

watch_pid=""
feeds_pid=""
started=0
cleanup() {
  if [ -n "$watch_pid" ]; then kill -- "-$watch_pid" 2>/dev/null || true; fi
  if [ -n "$feeds_pid" ]; then kill "$feeds_pid" 2>/dev/null || true; fi
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
cargo build --bins -p catalog-sync -p recall-intake -p appeals -p appeal-deadlines -p consumer-notices -p refunds -p violations -p recall-desk -p recall-feeds -p email-events

echo "== the local feed server (infra/local/feed_server.py): the authorities' feeds, recorded"
rm -rf "$run/feeds" && cp -r infra/local/feeds "$run/feeds"
python3 infra/local/feed_server.py --root "$run/feeds" >"$run/feed-server.out" 2>&1 &
feeds_pid=$!
for _ in $(seq 1 50); do grep -q listening "$run/feed-server.out" 2>/dev/null && break; sleep 0.1; done
feeds_port=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$run/feed-server.out")
feeds="http://127.0.0.1:$feeds_port"
export FEED_URLS="{\"opss\":\"$feeds/opss\",\"accc\":\"$feeds/accc\",\"safety_gate\":\"$feeds/safety_gate\",\"cpsc\":\"$feeds/cpsc\",\"rappelconso\":\"$feeds/rappelconso\",\"fda-food\":\"$feeds/fda-food\",\"fda-drug\":\"$feeds/fda-drug\",\"fda-device\":\"$feeds/fda-device\",\"health_canada\":\"$feeds/health_canada\"}"
echo "   $feeds (FEED_URLS points every feed there)"

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
echo "== Camille (FR) paid for the keto pills; the seller has not shipped them yet"
invoke catalog-sync catalog-sync/demo_unshipped_order.json
poll() {  # feed
  echo "-- cargo lambda invoke recall-feeds --data-ascii '{\"feed\":\"$1\"}'"
  cargo lambda invoke recall-feeds -A 127.0.0.1 -P "$port" --data-ascii "{\"feed\":\"$1\"}"
  echo
}

echo; echo "== the authorities' feeds, polled (RappelConso's open-data API: keto, a GTIN match in FR;"
echo "   the CPSC recall API: a dresser named in prose, for review); their records go to the intake queue"
poll rappelconso
poll cpsc
.local/venv/bin/python infra/local/pump.py "$RECALL_INTAKE_QUEUE_URL" recall-intake --port "$port"
echo "== Safety Gate's weekly reports: the index, then each new report (the LED tree: barcode, EU/EEA, a suffixed"
echo "   model goes to review; the keto product again: merged into RappelConso's recall, no second case)"
poll safety_gate
.local/venv/bin/python infra/local/pump.py "$RECALL_INTAKE_QUEUE_URL" recall-intake --port "$port"
echo "== openFDA (food), Health Canada, UK OPSS and ACCC: every record parses at intake but openFDA's own"
echo "   documentation record, which has no recall_number: refused naming the field (retried, then the DLQ keeps it)"
poll fda-food
poll health_canada
poll opss
poll accc
.local/venv/bin/python infra/local/pump.py "$RECALL_INTAKE_QUEUE_URL" recall-intake --port "$port" --max-rounds 20
echo "== regulators' records without a feed of ours yet, through the intake queue's samples"
invoke recall-intake recall-intake/rappelconso_v1.json          # bagels: brand + model (the legacy v1 dataset)
invoke recall-intake recall-intake/platform_inspection.json     # the platform's own inspection
echo "== the feeds polled again: nothing changed (304, the cursor), nothing sent"
poll rappelconso
poll cpsc
poll safety_gate
echo "== a broken record: a batch item failure naming source, record and field (SQS would retry, then DLQ)"
invoke recall-intake recall-intake/broken_cpsc_upc.json
grep -h '"level":"ERROR"' "$run/lambda-watch.log" | tail -1 || true
echo "== each block's order stop through consumer-notices: Camille's unshipped order is stopped at once,"
echo "   cancelled at the seller's cost and Camille told why (no recall notice: she never had the pills)"
.local/venv/bin/python infra/local/pump.py "$CONSUMER_NOTICES_QUEUE_URL" consumer-notices --port "$port"

echo; echo "================ emails sent (SES stand-in) ================"
.local/venv/bin/python infra/local/sent_mail.py
echo; echo "================ what happened ================"
.local/venv/bin/python infra/local/report.py events/catalog-sync/demo_catalogue.json
echo; echo "================ events for the marketplace (product-safety bus) ================"
.local/venv/bin/python infra/local/bus_events.py
echo; echo "================ the recall desk after the first act ================"
echo "-- cargo lambda invoke recall-desk --data-ascii '{\"query\":\"review_queue\"}'"
.local/venv/bin/python infra/local/desk_pages.py --port "$port" --out "$run/desk" --queue-only
act2=$(date +%s)
echo; echo "================ second act: appeals, the 7-day window, the consumer recall ================"
echo "== the buyers: Jonas (DE, de), Lucia (ES, es), Kenji (JP, ja) and Anna (FR, fr) bought the keto pills"
echo "   (delivered; Camille's order was stopped);"
echo "   Anna the bagels too; Emma (US) and Luc (FR) the LED tree"
invoke catalog-sync catalog-sync/demo_orders.json
echo "== and Zofia (PL, pl) delivered in DE, Giulia (IT, it) and Ana (BR, pt-BR) in FR, Daan (BE, nl) in BE:"
echo "   each reads the notice in their language, the delivery country's below it where it is another"
invoke catalog-sync catalog-sync/demo_orders_languages.json
# The appeals and the schedule carry times: now (the notices just went out) and 7 days on.
.local/venv/bin/python - "$run" <<'PY'
import json, sys, datetime as dt
run = sys.argv[1]
now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
iso = lambda t: t.isoformat().replace("+00:00", "Z")
def sqs(bodies):
    return {"Records": [{"messageId": f"demo-{i}", "receiptHandle": "h", "body": json.dumps(b),
             "attributes": {"ApproximateReceiveCount": "1"}, "messageAttributes": {}, "md5OfBody": "",
             "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:eu-west-1:123456789012:AppealsQueue",
             "awsRegion": "eu-west-1"} for i, b in enumerate(bodies)]}
led, bagels = "R-safety_gate-SR-02362-26/L-5002", "R-rappelconso-2021-03-0004/L-5005"
appeals = [
    {"type": "appeal_filed", "id": "ap-led", "case_id": led, "seller_id": "S-2002", "filed_at": iso(now + dt.timedelta(hours=1)),
     "grounds": "Our tree is the 2025 run, lead-free solder: test report attached."},
    {"type": "appeal_filed", "id": "ap-bagels", "case_id": bagels, "seller_id": "S-1001", "filed_at": iso(now + dt.timedelta(hours=2)),
     "grounds": "We bought these bagels from another mill."},
    {"type": "appeal_filed", "id": "ap-wrong", "case_id": bagels, "seller_id": "S-2002", "filed_at": iso(now + dt.timedelta(hours=2)),
     "grounds": "Not ours to appeal."},
    {"type": "appeal_decided", "id": "ad-led", "case_id": led, "reviewer": "desk-ana", "decision": "upheld",
     "reason": "The test report shows lead below the limit: another production run.", "decided_at": iso(now + dt.timedelta(days=1))},
    {"type": "appeal_decided", "id": "ad-bagels", "case_id": bagels, "reviewer": "desk-ana", "decision": "rejected",
     "reason": "The GTIN and the lot are those of the RappelConso notice.", "decided_at": iso(now + dt.timedelta(days=1))},
    {"type": "match_reviewed", "id": "mr-dresser", "case_id": "R-cpsc-26645/L-5004", "reviewer": "desk-ana",
     "decision": "dismissed", "decided_at": iso(now + dt.timedelta(days=1))},
    {"type": "match_reviewed", "id": "mr-led90", "case_id": "R-safety_gate-SR-02362-26/L-5003", "reviewer": "desk-ana",
     "decision": "confirmed", "decided_at": iso(now + dt.timedelta(days=1))},
]
json.dump(sqs(appeals), open(f"{run}/demo-appeals.json", "w"), indent=1)
later = now + dt.timedelta(days=7, hours=1)
json.dump({"version": "0", "id": "demo-schedule", "detail-type": "Scheduled Event", "source": "aws.events",
           "account": "123456789012", "time": iso(later), "region": "eu-west-1",
           "resources": ["arn:aws:events:eu-west-1:123456789012:rule/appeal-deadlines"], "detail": {}},
          open(f"{run}/demo-schedule.json", "w"), indent=1)
PY
echo "-- cargo lambda invoke appeals --data-file infra/local/.run/demo-appeals.json"
echo "   (S-2002 appeals the LED tree and S-1001 the bagels; S-2002 also tries the bagels case; upheld, rejected; two reviews)"
cargo lambda invoke appeals -A 127.0.0.1 -P "$port" --data-file "$run/demo-appeals.json"; echo
echo "== the rejected bagel appeal started its consumer recall: its pages through consumer-notices"
.local/venv/bin/python infra/local/pump.py "$CONSUMER_NOTICES_QUEUE_URL" consumer-notices --port "$port"
echo "== a scheduled event 7 days and 1 hour on: the keto and tiles windows elapsed with no appeal"
echo "-- cargo lambda invoke appeal-deadlines --data-file infra/local/.run/demo-schedule.json"
cargo lambda invoke appeal-deadlines -A 127.0.0.1 -P "$port" --data-file "$run/demo-schedule.json"; echo
.local/venv/bin/python infra/local/pump.py "$CONSUMER_NOTICES_QUEUE_URL" consumer-notices --port "$port"
echo "== the same scheduled event again: nothing new"
cargo lambda invoke appeal-deadlines -A 127.0.0.1 -P "$port" --data-file "$run/demo-schedule.json"; echo

echo "== SES: Kenji's address bounced for good (his recall notice): email-events records it under the recall,"
echo "   without the address, and nothing is sent there again"
invoke email-events email-events/ses_bounce.json
echo "== the same event again (SNS and SQS deliver at least once): recorded once"
invoke email-events email-events/ses_bounce.json
echo "-- cargo lambda invoke recall-desk --data-ascii '{\"query\":\"recall\",\"recall_id\":\"R-rappelconso-2021-05-0242\"}'  (its bounces)"
cargo lambda invoke recall-desk -A 127.0.0.1 -P "$port" --data-ascii '{"query":"recall","recall_id":"R-rappelconso-2021-05-0242"}' \
  | .local/venv/bin/python -c 'import json,sys; [print("  ", b["at"], b["role"], b["to"], b["email"], b["outcome"], "(not emailed again)" if b["suppressed"] else "") for b in json.load(sys.stdin)["bounces"]]'

echo; echo "================ emails of the second act ================"
.local/venv/bin/python infra/local/sent_mail.py --since "$act2"
echo; echo "================ after the second act ================"
.local/venv/bin/python infra/local/report.py events/catalog-sync/demo_catalogue.json
echo; echo "================ events of the second act (product-safety bus) ================"
.local/venv/bin/python infra/local/bus_events.py

act3=$(date +%s)
echo; echo "================ third act: buyer protection (refunds) ================"
echo "== a personalised necklace (S-2002) and earbuds with the Free Return label (S-3003); eight orders"
invoke catalog-sync catalog-sync/demo_refund_catalogue.json
echo "== ten refund requests in one batch, one per situation: a recall, not arrived, lost, damaged, a shortage,"
echo "   not as described, a Free Return, a personalised item, a large order, a cancellation"
invoke refunds refunds/demo_requests.json
echo "== the same batch again (SQS delivers at least once): no new decision, email or label"
invoke refunds refunds/demo_requests.json
echo "== the warehouse: Max's damaged earbuds came back and passed the quality check: refund paid, Max told"
invoke refunds refunds/return_checked.json
echo "== a request for 0 items: refused, naming the field (SQS retries it, then the DLQ keeps it)"
invoke refunds refunds/broken_zero_quantity.json
echo; echo "================ emails of the third act ================"
.local/venv/bin/python infra/local/sent_mail.py --since "$act3"
echo; echo "================ the decisions ================"
.local/venv/bin/python infra/local/refund_report.py events/refunds/demo_requests.json
echo; echo "================ events of the third act (product-safety bus) ================"
.local/venv/bin/python infra/local/bus_events.py

act4=$(date +%s)
echo; echo "================ fourth act: the penalty ledger, relisting caught at publication, reported violations ================"
echo "== Joy Toys relists the recalled keto capsules under a new id (L-5009): blocked at once in the recall's markets"
invoke catalog-sync catalog-sync/relisting.json
echo "== Joy Toys strips the GTIN and the brand from the inspected magnetic tiles (L-5006): the block stays, a serious violation"
invoke catalog-sync catalog-sync/dodging_edit.json
echo "== the desk reports two violations: the earbuds' charger (listing removed, buyers reminded) and fake reviews (a fine)"
invoke violations violations/violation_reported.json
echo "== the compliance reminder's pages through consumer-notices"
.local/venv/bin/python infra/local/pump.py "$CONSUMER_NOTICES_QUEUE_URL" consumer-notices --port "$port"
echo; echo "================ emails of the fourth act ================"
.local/venv/bin/python infra/local/sent_mail.py --since "$act4"
echo; echo "================ the ledgers ================"
.local/venv/bin/python infra/local/ledger_report.py events/catalog-sync/demo_catalogue.json
echo; echo "================ events of the fourth act (product-safety bus) ================"
.local/venv/bin/python infra/local/bus_events.py

echo; echo "================ the recall desk: the review queue, the compliance report, the pages ================"
.local/venv/bin/python infra/local/desk_pages.py --port "$port" --out "$run/desk"

if [ "${KEEP_STACK:-0}" = 1 ]; then
  echo; echo "The stack stays up: inbox at ${AWS_ENDPOINT_URL_SESV2}/ ; stop it with: make stack-stop"
fi
