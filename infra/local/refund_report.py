#!/usr/bin/env python3
"""Prints the decisions on the demo's refund requests, read back from DynamoDB
by key (the order's partition; no scan): outcome, the basis that gives the
buyer the best remedy and every other basis that grants, the remedy, who pays
the return, the pre-paid label, the rules that refused, and each buyer's
labels this month.

usage: refund_report.py REQUESTS_EVENT   (an SQS event of refund_requested messages)
Needs the stack's environment (. infra/local/.run/env.sh).
"""
import json
import os
import sys

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
event = json.load(open(sys.argv[1]))
requests = [json.loads(r["body"]) for r in event["Records"]]

print("Refund decisions")
for req in requests:
    items = table.query(KeyConditionExpression=Key("pk").eq(f"ORDER#{req['order_id']}"),
                        ConsistentRead=True)["Items"]
    record = next((i for i in items if i["sk"] == f"REFUND#{req['id']}"), None)
    if record is None:
        print(f"  {req['id']:8} {req['reason']:16} NOT DECIDED")
        continue
    d = record["data"]["decision"]
    amount = d.get("refund_amount")
    money = f"{amount['amount']} {amount['currency']}" if amount else "-"
    # The recipients whose email went out, recorded on the decision with each
    # outbox item's sent mark: buyer, seller:<id>, settled.
    emails = sorted(record.get("emailed", set()))
    print(f"  {req['id']:8} {req['reason']:16} {record['outcome']:15} best={d.get('best') or '-':13} "
          f"remedy={d['remedy']:20} return={d['return_shipping_paid_by']:9} label={d['prepaid_label']:22} "
          f"refund={money}")
    others = d["bases"][1:]
    if others:
        print(f"  {'':25} also granted by: {', '.join(others)}")
    if d["refused_by"]:
        print(f"  {'':25} refused by: {', '.join(d['refused_by'])}")
    print(f"  {'':25} emailed: {', '.join(emails) or 'nobody yet'}")

print("Pre-paid labels this month")
for buyer in sorted({r["buyer_id"] for r in requests}):
    month = next(r["requested_at"][:7] for r in requests if r["buyer_id"] == buyer)
    item = table.get_item(Key={"pk": f"BUYER#{buyer}", "sk": f"LABELS#{month}"}, ConsistentRead=True).get("Item")
    if item:
        print(f"  {buyer}: {item['count']} in {month} ({', '.join(sorted(item.get('request_ids', [])))})")
