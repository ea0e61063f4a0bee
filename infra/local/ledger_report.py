#!/usr/bin/env python3
"""Prints each seller's penalty ledger and standing, read back from DynamoDB
by key (the seller's partition; no scan): every entry with its time, points,
violation, reason and sanction, reversals marked, and the standing stored.

usage: ledger_report.py CATALOGUE_EVENT   (an SQS event with seller_upserted messages)
Needs the stack's environment (. infra/local/.run/env.sh).
"""
import json
import os
import sys

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
event = json.load(open(sys.argv[1]))
sellers = [json.loads(r["body"]) for r in event["Records"]]
sellers = [m for m in sellers if m["type"] == "seller_upserted"]

print("Penalty ledgers")
for s in sellers:
    sid = s["seller_id"]
    items = table.query(KeyConditionExpression=Key("pk").eq(f"SELLER#{sid}") & Key("sk").begins_with("LEDGER#"),
                        ConsistentRead=True)["Items"]
    standing = table.get_item(Key={"pk": f"SELLER#{sid}", "sk": "STANDING"}, ConsistentRead=True).get("Item")
    now = standing["data"] if standing else {"standing": "good", "points": 0}
    print(f"  {sid} {s['name']}: {now['standing']}, {now['points']} points over 365 days")
    for item in items:
        e = item["data"]
        mark = f"reverses {e['reverses']}" if e.get("reverses") else (e.get("severity") or "")
        sanction = f" [{e['sanction']}]" if e.get("sanction") else ""
        print(f"    {e['at'][:16]}  {int(e['points']):+3d}  {e['violation']:22} {mark:9} {e['entry_id']}{sanction}")
        print(f"    {'':25}{e['reason'][:110]}")
