#!/usr/bin/env python3
"""Create the local stack's resources from infra/template.yaml, the one source
of truth, and write infra/local/.run/env.sh for the functions and the tests.

  .local/venv/bin/python infra/local/create_resources.py [--template PATH] [--env-file PATH]

Against AWS_ENDPOINT_URL (moto; default http://127.0.0.1:4566), region
AWS_REGION (default eu-west-1), dummy credentials:
  - every AWS::DynamoDB::Table, named by its logical id, with exactly its
    KeySchema, AttributeDefinitions, GlobalSecondaryIndexes, BillingMode,
    TTL and point-in-time recovery;
  - every AWS::SQS::Queue, named by its logical id, DLQs first, with its
    attributes and the RedrivePolicy pointing at the created DLQ's ARN;
  - every AWS::SES::EmailIdentity;
  - every AWS::Events::EventBus, by its Name; every AWS::Events::Rule, named
    by its logical id (or its Name), on its bus, with its EventPattern and its
    SQS targets (moto delivers a matching PutEvents entry to them at once, in
    server mode too: no forwarder needed; docs/local-stack.md);
  - every AWS::SQS::QueuePolicy, as its queues' Policy attribute (moto keeps
    it but does not enforce it: check_template.py checks the policies).
The rest (log groups, the alarm topic and its subscription, the CloudWatch
alarms) exists only in a deployed stack: it is named on a log line and skipped.

Idempotent: what exists is kept (queues get the template's attributes again;
rules their pattern and targets, and lose the targets the template dropped).
A table that exists with another key schema or other indexes is an error:
run `infra/local/stack.sh reset`.

Fails (exit 1, nothing created) when the template is inconsistent: a Ref or
GetAtt to nothing, a function's SQS queue without a DLQ, an SQS event without
FunctionResponseTypes [ReportBatchItemFailures], a rule target or a queue
policy that is not a queue of the template.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cfn  # noqa: E402

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import BotoCoreError, ClientError  # noqa: E402

ACCOUNT_ID = "123456789012"  # moto's default account
DEFAULT_ENV_FILE = cfn.HERE / ".run" / "env.sh"

# CloudFormation AWS::SQS::Queue properties that are SQS queue attributes
# under the same name (RedrivePolicy / RedriveAllowPolicy are JSON-encoded).
SQS_ATTRIBUTES = (
    "ContentBasedDeduplication", "DeduplicationScope", "DelaySeconds",
    "FifoQueue", "FifoThroughputLimit", "KmsDataKeyReusePeriodSeconds",
    "KmsMasterKeyId", "MaximumMessageSize", "MessageRetentionPeriod",
    "ReceiveMessageWaitTimeSeconds", "RedriveAllowPolicy", "RedrivePolicy",
    "SqsManagedSseEnabled", "VisibilityTimeout",
)


def log(message: str) -> None:
    try:
        print(f"create_resources: {message}", flush=True)
    except BrokenPipeError:
        # The reader went away (`... | head`): finish the work silently
        # rather than leave the stack half created.
        sys.stdout = open(os.devnull, "w")


class Failure(Exception):
    pass


def client(service: str, endpoint: str, region: str):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 2, "mode": "standard"}, connect_timeout=5, read_timeout=30),
    )


# ------------------------------------------------------------------- tables --

def _key_signature(spec: dict[str, Any]) -> tuple:
    keys = tuple((k["AttributeName"], k["KeyType"]) for k in spec.get("KeySchema", []))
    gsis = tuple(sorted(
        (g["IndexName"], tuple((k["AttributeName"], k["KeyType"]) for k in g["KeySchema"]),
         g.get("Projection", {}).get("ProjectionType"))
        for g in spec.get("GlobalSecondaryIndexes") or []
    ))
    return keys, gsis


def create_tables(template: cfn.Template, resolver: cfn.Resolver, ddb) -> dict[str, str]:
    names = {}
    for logical_id in template.tables():
        props = resolver.resolve(template.props(logical_id))
        name = logical_id
        spec: dict[str, Any] = {
            "TableName": name,
            "KeySchema": props["KeySchema"],
            "AttributeDefinitions": props["AttributeDefinitions"],
            "BillingMode": props.get("BillingMode", "PROVISIONED"),
        }
        if spec["BillingMode"] == "PROVISIONED":
            spec["ProvisionedThroughput"] = props["ProvisionedThroughput"]
        gsis = []
        for gsi in props.get("GlobalSecondaryIndexes") or []:
            index = {k: gsi[k] for k in ("IndexName", "KeySchema", "Projection")}
            if spec["BillingMode"] == "PROVISIONED":
                index["ProvisionedThroughput"] = gsi["ProvisionedThroughput"]
            gsis.append(index)
        if gsis:
            spec["GlobalSecondaryIndexes"] = gsis
        lsis = [
            {k: lsi[k] for k in ("IndexName", "KeySchema", "Projection")}
            for lsi in props.get("LocalSecondaryIndexes") or []
        ]
        if lsis:
            spec["LocalSecondaryIndexes"] = lsis
        if props.get("StreamSpecification"):
            spec["StreamSpecification"] = {"StreamEnabled": True, **props["StreamSpecification"]}

        try:
            existing = ddb.describe_table(TableName=name)["Table"]
        except ClientError as err:
            if err.response["Error"]["Code"] != "ResourceNotFoundException":
                raise
            existing = None
        if existing:
            if _key_signature(existing) != _key_signature(spec):
                raise Failure(
                    f"table {name} exists with other keys or indexes than the template "
                    f"(run `infra/local/stack.sh reset`)"
                )
            log(f"table {name}: exists")
        else:
            ddb.create_table(**spec)
            ddb.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 0.2, "MaxAttempts": 50})
            log(f"table {name}: created ({', '.join(g['IndexName'] for g in gsis) or 'no GSIs'})")

        ttl = props.get("TimeToLiveSpecification")
        if ttl and ttl.get("Enabled") in (True, "true"):
            current = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
            if current.get("TimeToLiveStatus") != "ENABLED" or current.get("AttributeName") != ttl["AttributeName"]:
                ddb.update_time_to_live(
                    TableName=name,
                    TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": True},
                )
                log(f"table {name}: TTL on {ttl['AttributeName']}")
        pitr = props.get("PointInTimeRecoverySpecification") or {}
        if pitr.get("PointInTimeRecoveryEnabled") in (True, "true"):
            ddb.update_continuous_backups(
                TableName=name,
                PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
            )
        names[logical_id] = name
    return names


# ------------------------------------------------------------------- queues --

def queue_order(template: cfn.Template) -> list[str]:
    """Queues with every redrive target before the queues that use it."""
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(queue: str) -> None:
        if queue in ordered:
            return
        if queue in visiting:
            raise Failure(f"queue {queue} is in a redrive cycle")
        visiting.add(queue)
        redrive = template.redrive(queue)
        if redrive and redrive[0]:
            if redrive[0] not in template.queues():
                raise Failure(f"queue {queue}: dead-letter target {redrive[0]} is not a queue")
            visit(redrive[0])
        visiting.discard(queue)
        ordered.append(queue)

    for queue in template.queues():
        visit(queue)
    return ordered


def _attribute_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def create_queues(template: cfn.Template, resolver: cfn.Resolver, sqs, region: str) -> dict[str, str]:
    urls = {}
    for logical_id in queue_order(template):
        # Resolved here, in order, so !GetAtt Dlq.Arn finds the created DLQ.
        props = resolver.resolve(template.props(logical_id))
        unknown = set(props) - set(SQS_ATTRIBUTES) - {"QueueName", "Tags"}
        if unknown:
            raise Failure(f"queue {logical_id}: properties the local stack can't map: {sorted(unknown)}")
        fifo = props.get("FifoQueue") in (True, "true")
        name = logical_id + (".fifo" if fifo else "")
        attributes = {k: _attribute_value(props[k]) for k in SQS_ATTRIBUTES if k in props}
        try:
            url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
            settable = {k: v for k, v in attributes.items() if k != "FifoQueue"}
            if settable:
                sqs.set_queue_attributes(QueueUrl=url, Attributes=settable)
            log(f"queue {name}: exists")
        except ClientError as err:
            if "NonExistentQueue" not in err.response["Error"]["Code"]:
                raise
            url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
            log(f"queue {name}: created{' with DLQ' if 'RedrivePolicy' in attributes else ''}")
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        urls[logical_id] = url
        resolver.refs[logical_id] = url
        resolver.attrs[(logical_id, "Arn")] = arn
        resolver.attrs[(logical_id, "QueueUrl")] = url
        resolver.attrs[(logical_id, "QueueName")] = name
    return urls


# ------------------------------------------------------------ event buses --

# CloudFormation properties of a rule's target that PutTargets takes under the
# same name; the local stack refuses any other rather than drop it silently.
TARGET_KEYS = {"Id", "Arn", "Input", "InputPath", "InputTransformer", "SqsParameters",
               "DeadLetterConfig", "RetryPolicy"}
RULE_KEYS = {"Name", "Description", "EventBusName", "EventPattern", "ScheduleExpression",
             "State", "Targets"}


def create_buses(template: cfn.Template, resolver: cfn.Resolver, events) -> dict[str, str]:
    names = {}
    for logical_id in template.event_buses():
        props = resolver.resolve(template.props(logical_id))
        unknown = set(props) - {"Name", "Description", "Tags"}
        if unknown:
            raise Failure(f"event bus {logical_id}: properties the local stack can't map: {sorted(unknown)}")
        name = props["Name"]
        try:
            arn = events.describe_event_bus(Name=name)["Arn"]
            log(f"event bus {name}: exists")
        except ClientError as err:
            if err.response["Error"]["Code"] != "ResourceNotFoundException":
                raise
            arn = events.create_event_bus(Name=name)["EventBusArn"]
            log(f"event bus {name}: created")
        names[logical_id] = name
        resolver.refs[logical_id] = name
        resolver.attrs[(logical_id, "Arn")] = arn
        resolver.attrs[(logical_id, "Name")] = name
    return names


def create_rules(template: cfn.Template, resolver: cfn.Resolver, events) -> None:
    for logical_id in template.rules():
        # After the queues and buses: the targets' ARNs and the bus name resolve.
        props = resolver.resolve(template.props(logical_id))
        unknown = set(props) - RULE_KEYS
        if unknown:
            raise Failure(f"rule {logical_id}: properties the local stack can't map: {sorted(unknown)}")
        name = props.get("Name") or logical_id
        bus = props.get("EventBusName") or "default"
        spec: dict[str, Any] = {"Name": name, "EventBusName": bus, "State": props.get("State", "ENABLED")}
        if "EventPattern" in props:
            pattern = props["EventPattern"]
            spec["EventPattern"] = pattern if isinstance(pattern, str) else json.dumps(pattern)
        if "ScheduleExpression" in props:
            spec["ScheduleExpression"] = props["ScheduleExpression"]
        if props.get("Description"):
            spec["Description"] = props["Description"]
        arn = events.put_rule(**spec)["RuleArn"]
        targets = props.get("Targets") or []
        for target in targets:
            extra = set(target) - TARGET_KEYS
            if extra:
                raise Failure(f"rule {logical_id}: target properties the local stack can't map: {sorted(extra)}")
        wanted = {t["Id"] for t in targets}
        existing = events.list_targets_by_rule(Rule=name, EventBusName=bus).get("Targets", [])
        stale = [t["Id"] for t in existing if t["Id"] not in wanted]
        if stale:
            events.remove_targets(Rule=name, EventBusName=bus, Ids=stale)
        if targets:
            result = events.put_targets(Rule=name, EventBusName=bus, Targets=targets)
            if result.get("FailedEntryCount"):
                raise Failure(f"rule {logical_id}: PutTargets failed: {result.get('FailedEntries')}")
        log(f"rule {name} on {bus}: {len(targets)} target(s) "
            f"({', '.join(t['Arn'].rsplit(':', 1)[-1] for t in targets) or 'none'})")
        resolver.attrs[(logical_id, "Arn")] = arn
        # A rule's Ref is "<bus>|<name>" on a custom bus, its name on the default one.
        resolver.refs[logical_id] = name if bus == "default" else f"{bus}|{name}"


def apply_queue_policies(template: cfn.Template, resolver: cfn.Resolver, sqs) -> None:
    for logical_id in template.queue_policies():
        # After the rules: the policies' aws:SourceArn names a rule's ARN.
        props = resolver.resolve(template.props(logical_id))
        policy = json.dumps(props["PolicyDocument"])
        for url in props.get("Queues") or []:
            sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": policy})
        log(f"queue policy {logical_id}: on {len(props.get('Queues') or [])} queue(s)")


# --------------------------------------------------------------- identities --

def create_identities(template: cfn.Template, resolver: cfn.Resolver, ses) -> None:
    # aws-ses-v2-local (the SES v2 stand-in the functions send through,
    # AWS_ENDPOINT_URL_SESV2) implements only sending, templates and the
    # account: it has no identity API (CreateEmailIdentity answers 404
    # UnknownOperationException) and sends from any address. So the template's
    # identities are created in moto's SES v2, where they are verified at once:
    # that keeps moto usable as the SES endpoint too (moto refuses to send
    # from an unverified identity) and the template and the local stack agree.
    for logical_id in template.of_type(cfn.SES_IDENTITY):
        identity = resolver.resolve(template.props(logical_id)["EmailIdentity"])
        try:
            ses.get_email_identity(EmailIdentity=identity)
            log(f"email identity {identity}: exists (moto)")
        except ClientError as err:
            if err.response["Error"]["Code"] not in ("NotFoundException", "NotFound"):
                raise
            ses.create_email_identity(EmailIdentity=identity)
            log(f"email identity {identity}: created (moto)")


# ------------------------------------------------------------ not created --

# What the local stack creates (above); the functions run as processes.
CREATED_TYPES = {cfn.DYNAMODB_TABLE, cfn.SQS_QUEUE, cfn.EVENT_BUS, cfn.EVENT_RULE, cfn.QUEUE_POLICY,
                 cfn.SES_IDENTITY, *cfn.FUNCTION_TYPES}


def report_skipped(template: cfn.Template) -> None:
    """Says which of the template's resources exist only in a deployed stack:
    the log groups, the alarm topic, its subscription and the CloudWatch
    alarms (nothing local publishes the metrics they watch)."""
    skipped: dict[str, int] = {}
    for resource in template.resources.values():
        kind = resource.get("Type", "?")
        if kind not in CREATED_TYPES:
            skipped[kind] = skipped.get(kind, 0) + 1
    if skipped:
        log("deployed only, not created locally: "
            + ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items())))


# ------------------------------------------------------------------- env.sh --

def function_environment(template: cfn.Template, resolver: cfn.Resolver) -> dict[str, str]:
    env: dict[str, str] = {}
    owner: dict[str, str] = {}
    for fn in template.functions():
        for key, value in template.function_environment(fn).items():
            resolved = str(resolver.resolve(value))
            if key in env and env[key] != resolved:
                raise Failure(
                    f"{key} is {env[key]!r} in {owner[key]} but {resolved!r} in {fn}: "
                    "one env.sh can't serve both"
                )
            env[key] = resolved
            owner[key] = fn
    return env


def write_env(path: Path, values: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by infra/local/create_resources.py from infra/template.yaml: do not edit.",
        "# Source it before running a function or a test against the local stack:",
        "#   . infra/local/.run/env.sh",
    ]
    lines += [f"export {key}={shlex.quote(value)}" for key, value in values.items()]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


# --------------------------------------------------------------------- main --

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--template", default=str(cfn.TEMPLATE_PATH))
    parser.add_argument("--env-file", default=str(DEFAULT_ENV_FILE))
    args = parser.parse_args(argv)

    endpoint = os.environ.get("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")
    ses_endpoint = os.environ.get("AWS_ENDPOINT_URL_SESV2", "http://127.0.0.1:8005")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "eu-west-1"

    try:
        template = cfn.load(args.template)
        problems = template.wiring_errors()
        if problems:
            raise Failure(
                f"{template.path} is inconsistent, nothing created:\n  " + "\n  ".join(problems)
            )
        queue_vars = template.queue_env_names()

        refs: dict[str, Any] = {
            "AWS::Region": region,
            "AWS::AccountId": ACCOUNT_ID,
            "AWS::Partition": "aws",
            "AWS::StackName": "local",
            "AWS::URLSuffix": "amazonaws.com",
        }
        resolver = cfn.Resolver(template, refs, {})

        ddb = client("dynamodb", endpoint, region)
        sqs = client("sqs", endpoint, region)
        ses = client("sesv2", endpoint, region)
        events = client("events", endpoint, region)

        for logical_id in template.tables():
            refs[logical_id] = logical_id
            resolver.attrs[(logical_id, "Arn")] = (
                f"arn:aws:dynamodb:{region}:{ACCOUNT_ID}:table/{logical_id}"
            )
        # Deployed only, but named by what is created: the SES events' topic
        # (in its queue's policy) resolves to its ARN; the configuration set
        # to "" (nothing publishes SES events locally, so the functions send
        # without one).
        for logical_id, resource in template.resources.items():
            if resource.get("Type") == "AWS::SNS::Topic":
                refs[logical_id] = f"arn:aws:sns:{region}:{ACCOUNT_ID}:local-{logical_id}"
            elif resource.get("Type") == "AWS::SES::ConfigurationSet":
                refs[logical_id] = ""
        create_tables(template, resolver, ddb)
        urls = create_queues(template, resolver, sqs, region)
        create_buses(template, resolver, events)
        create_rules(template, resolver, events)
        apply_queue_policies(template, resolver, sqs)
        create_identities(template, resolver, ses)
        report_skipped(template)

        env = function_environment(template, resolver)
        for queue, var in queue_vars.items():
            env[var] = urls[queue]
        env.update({
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ENDPOINT_URL_SESV2": ses_endpoint,
            "AWS_REGION": region,
            # boto3 and the AWS CLI read AWS_DEFAULT_REGION, not AWS_REGION.
            "AWS_DEFAULT_REGION": region,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
        })
        write_env(Path(args.env_file), env)
        log(f"wrote {args.env_file}: {', '.join(env)}")
        return 0
    except (Failure, cfn.TemplateError) as err:
        print(f"create_resources: error: {err}", file=sys.stderr)
        return 1
    except (ClientError, BotoCoreError) as err:
        print(f"create_resources: error talking to {endpoint}: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
