#!/usr/bin/env python3
"""Plays Lambda's SQS event source for one queue in the demo: receives its
messages, invokes the function with them through `cargo lambda invoke`,
deletes what the function did not report as a batch item failure, until the
queue is empty.

usage: pump.py QUEUE_URL FUNCTION [--port 9009] [--max-rounds 100]
Needs the stack's environment (. infra/local/.run/env.sh) and cargo-lambda on PATH.
"""
import argparse
import json
import subprocess
import tempfile

import boto3

ap = argparse.ArgumentParser()
ap.add_argument("queue_url")
ap.add_argument("function")
ap.add_argument("--port", default="9009")
ap.add_argument("--max-rounds", type=int, default=100)
args = ap.parse_args()
sqs = boto3.client("sqs")
arn = sqs.get_queue_attributes(QueueUrl=args.queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]

invocations = 0
for _ in range(args.max_rounds):
    got = sqs.receive_message(QueueUrl=args.queue_url, MaxNumberOfMessages=1, VisibilityTimeout=30,
                              MessageSystemAttributeNames=["ApproximateReceiveCount"]).get("Messages", [])
    if not got:
        break
    event = {"Records": [{
        "messageId": m["MessageId"], "receiptHandle": m["ReceiptHandle"], "body": m["Body"],
        "attributes": {"ApproximateReceiveCount": m.get("Attributes", {}).get("ApproximateReceiveCount", "1")},
        "messageAttributes": {}, "md5OfBody": m.get("MD5OfBody", ""), "eventSource": "aws:sqs",
        "eventSourceARN": arn, "awsRegion": "eu-west-1"} for m in got]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(event, f)
    out = subprocess.run(["cargo", "lambda", "invoke", args.function, "-A", "127.0.0.1", "-P", args.port,
                          "--data-file", f.name], capture_output=True, text=True)
    invocations += 1
    try:
        failed = {x["itemIdentifier"] for x in json.loads(out.stdout or "{}").get("batchItemFailures", [])}
    except json.JSONDecodeError:
        failed = {m["MessageId"] for m in got}
    for m in got:
        if m["MessageId"] in failed:
            sqs.change_message_visibility(QueueUrl=args.queue_url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0)
        else:
            sqs.delete_message(QueueUrl=args.queue_url, ReceiptHandle=m["ReceiptHandle"])
        body = json.loads(m["Body"])
        print(f"   {args.function}: {body.get('type')} {body.get('id')} -> "
              f"{'FAILED (retried)' if m['MessageId'] in failed else 'ok'}")
print(f"   {invocations} invocation(s) of {args.function}; the queue is empty")
