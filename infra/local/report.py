#!/usr/bin/env python3
"""Prints what the demo's recalls did, read back from DynamoDB by key (no scan):
for each listing of the catalogue, the markets it is blocked in and the markets
still open; each seller's cases; each recall's timeline.

usage: report.py CATALOGUE_EVENT   (an SQS event of catalog-sync messages)
Needs the stack's environment (. infra/local/.run/env.sh).
"""
import json
import os
import sys
from datetime import datetime

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
event = json.load(open(sys.argv[1]))
messages = [json.loads(r["body"]) for r in event["Records"]]
listings = [m for m in messages if m["type"] == "listing_upserted"]
sellers = [m["seller_id"] for m in messages if m["type"] == "seller_upserted"]


def query(pk, prefix=""):
    cond = Key("pk").eq(pk)
    if prefix:
        cond = cond & Key("sk").begins_with(prefix)
    return table.query(KeyConditionExpression=cond, ConsistentRead=True)["Items"]


print("Listings, market by market")
for l in listings:
    measures = query(f"LISTING#{l['listing_id']}", "MEASURE#")
    blocked = {}
    for item in measures:
        if item.get("reversed_at"):
            continue
        for m in item["data"]["measures"]:
            where = m.get("market") or "all markets"
            blocked.setdefault(where, []).append(f"{m['kind']} ({item['data']['recall_id']})")
    everywhere = "all markets" in blocked
    open_markets = [c for c in l["markets"] if c not in blocked and not everywhere]
    print(f"  {l['listing_id']}  {l['title']}")
    for where, what in sorted(blocked.items()):
        print(f"      BLOCKED  {where:<11} {'; '.join(what)}")
    print(f"      open     {', '.join(open_markets) if open_markets else '-'}")

print("\nCases, seller by seller")
recalls = set()
for s in sellers:
    items = table.query(IndexName="gsi1", KeyConditionExpression=Key("gsi1pk").eq(f"SELLER#{s}"))["Items"]
    for c in items:
        d = c["data"]
        recalls.add(d["recall_id"])
        deadline = d.get("appeal_deadline") or "-"
        print(f"  {s}  {d['case_id']:<45} {d['state']:<20} {d['confidence']:<17} appeal by {deadline}")

print("\nRecall timelines (milliseconds after receipt)")


def at(v):
    return datetime.fromisoformat(v.replace("Z", "+00:00"))


for rid in sorted(recalls):
    item = table.get_item(Key={"pk": f"RECALL#{rid}", "sk": "RECALL"}, ConsistentRead=True).get("Item", {})
    srcs = ", ".join(f"{s['source']} {s['reference']}" for s in item.get("data", {}).get("sources", []))
    t0 = item.get("received_at")
    steps = []
    for f in ("identified_at", "blocked_at", "sellers_notified_at"):
        v = item.get(f)
        steps.append(f"{f.replace('_at', '')} +{(at(v) - at(t0)).total_seconds() * 1000:.0f} ms" if v and t0 else f"{f.replace('_at', '')} -")
    print(f"  {rid:<30} received {t0}  " + "  ".join(steps) + f"   [{srcs}]")
