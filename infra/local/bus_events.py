#!/usr/bin/env python3
"""Print the events the back office published on the product-safety bus, one
line each, as the marketplace's systems receive them: read (and delete) every
message of the audit queue, which a rule fills with every event of the bus.

  .local/venv/bin/python infra/local/bus_events.py           one line per event, by occurred_at
  .local/venv/bin/python infra/local/bus_events.py --json    the EventBridge events, one JSON per line
  .local/venv/bin/python infra/local/bus_events.py --keep    leave the messages on the queue

The queue is --queue-url, else MARKETPLACE_EVENTS_AUDIT_QUEUE_URL (written to
infra/local/.run/env.sh by the stack's start); the endpoint AWS_ENDPOINT_URL.
The queue is drained, so a second call prints only what was published since
(the demo calls it after each act). An event delivered twice (EventBridge
delivers at least once) is printed once, with "(delivered N times)".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

import boto3


def summary(detail_type: str, d: dict[str, Any]) -> str:
    """The event in a few words: what the consuming system is asked to do."""
    try:
        if detail_type == "listing_measures_changed":
            cause = d.get("cause") or {}
            markets = "; ".join(
                f"{m['action']} {m['market']} {'+'.join(m.get('measures') or []) or '(all)'}"
                for m in d.get("markets", [])
            )
            return f"listing {d['listing_id']} of {d['seller_id']} ({cause.get('kind')} {cause.get('id')}): {markets}"
        if detail_type == "order_stop_requested":
            return (f"order {d['order_id']} ({d['listing_id']} to {d['market']}): do not ship, cancel and refund "
                    f"at the {d['cost_borne_by']}'s cost (recall {d['recall_id']})")
        if detail_type == "refund_decided":
            amount = d.get("amount")
            money = f"{amount['amount']} {amount['currency']}" if amount else "nothing"
            payer = d.get("payer") or {}
            who = f"seller {payer.get('seller_id')}" if payer.get("kind") == "seller" else payer.get("kind")
            label = ", issue a pre-paid label" if d.get("prepaid_label") else ""
            return (f"order {d['order_id']} request {d['request_id']}: {d['outcome']}, pay {money} "
                    f"to {d['buyer_id']} from {who} via {d['payout_method']}{label}")
        if detail_type == "seller_standing_changed":
            return f"seller {d['seller_id']}: {d['from']} -> {d['to']} ({d['points']} points)"
        if detail_type == "consumer_recall_progress":
            done = ", done" if d.get("done") else ""
            return f"{d['case_id']} in {d['market']}: {d['consumers_told']} buyers told{done}"
    except (KeyError, TypeError):
        pass
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def drain(sqs, url: str, keep: bool) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    while True:
        # moto delivers a PutEvents entry to the queue within the call: when
        # the function has returned, its events are there.
        messages = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1,
            VisibilityTimeout=5 if keep else 30,
        ).get("Messages", [])
        if not messages:
            return events
        for message in messages:
            try:
                events.append(json.loads(message["Body"]))
            except ValueError:
                events.append({"detail-type": "(not JSON)", "detail": {"body": message["Body"]}})
        if not keep:
            sqs.delete_message_batch(
                QueueUrl=url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)],
            )
        elif len(events) >= 1000:
            return events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queue-url", default=os.environ.get("MARKETPLACE_EVENTS_AUDIT_QUEUE_URL"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    if not args.queue_url:
        print("bus_events: no --queue-url and no MARKETPLACE_EVENTS_AUDIT_QUEUE_URL "
              "(. infra/local/.run/env.sh)", file=sys.stderr)
        return 2
    sqs = boto3.client(
        "sqs",
        endpoint_url=os.environ.get("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"),
        region_name=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "eu-west-1",
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "test"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "test"),
    )
    events = drain(sqs, args.queue_url, args.keep)
    seen: dict[str, int] = {}
    unique: list[dict[str, Any]] = []
    for event in events:
        detail = event.get("detail") if isinstance(event.get("detail"), dict) else {}
        key = str(detail.get("event_id") or event.get("id"))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            unique.append(event)
    unique.sort(key=lambda e: (str((e.get("detail") or {}).get("occurred_at", "")),
                               str((e.get("detail") or {}).get("event_id", ""))))
    if args.json:
        for event in unique:
            print(json.dumps(event, ensure_ascii=False, sort_keys=True))
        return 0
    if not unique:
        print("(no event on the bus)")
    for event in unique:
        detail = event.get("detail") if isinstance(event.get("detail"), dict) else {}
        detail_type = str(event.get("detail-type"))
        key = str(detail.get("event_id") or event.get("id"))
        times = f" (delivered {seen[key]} times)" if seen[key] > 1 else ""
        print(f"{detail_type:<25} {summary(detail_type, detail)}{times}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
