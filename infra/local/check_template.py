#!/usr/bin/env python3
"""The wiring test of infra/template.yaml: what cfn-lint does not check.

  .local/venv/bin/python infra/local/check_template.py [TEMPLATE]

One line per check ("ok" or "FAIL" and why), then "N passed, M failed";
exit 1 if any check failed, 2 if the template can't be read.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cfn  # noqa: E402

TABLE = "SafetyTable"
# Who may send email, and with which SES action (least privilege).
SES_SENDERS = {
    "CatalogSyncFunction": "ses:sendemail",
    "RecallIntakeFunction": "ses:sendemail",
    "AppealsFunction": "ses:sendemail",
    "ConsumerNoticesFunction": "ses:sendbulkemail",
    "RefundsFunction": "ses:sendemail",
    "ViolationsFunction": "ses:sendemail",
}
# The read side (SPEC 3): no write, no email, no event; the desk's pages
# signed, only the public lists' URL open.
READERS = {"RecallDeskFunction": "AWS_IAM", "RecallListsFunction": "NONE"}
READ_ACTIONS = {"dynamodb:getitem", "dynamodb:batchgetitem", "dynamodb:query"}
# Functions that decide nothing the marketplace applies: no event.
NON_PUBLISHERS = {"RecallFeedsFunction", "EmailEventsFunction"}
MIN_RECEIVES, MAX_RECEIVES = 3, 10
# AWS: an SQS event source's queue VisibilityTimeout should be at least six
# times the function timeout, or a slow batch is redelivered while it runs.
VISIBILITY_FACTOR = 6
FORBIDDEN_DYNAMODB_ACTIONS = {"dynamodb:*", "dynamodb:scan"}

# The bus the decisions leave on (SPEC 1.8) and what each consuming system's
# queue receives from it (ARCHITECTURE 2; docs/events.md).
BUS = "ProductSafetyBus"
EVENT_SOURCE = "marketplace.product-safety"
DETAIL_TYPES = {
    "listing_measures_changed", "order_stop_requested", "refund_decided",
    "seller_standing_changed", "consumer_recall_progress",
}
ROUTES = {
    "CatalogueEventsQueue": {"listing_measures_changed"},
    "WarehouseEventsQueue": {"listing_measures_changed", "order_stop_requested"},
    "OrdersEventsQueue": {"order_stop_requested", "refund_decided"},
    "PaymentsEventsQueue": {"refund_decided", "order_stop_requested"},
    "AccountsEventsQueue": {"seller_standing_changed"},
}
# Every event of the bus, for the tests and the demo; nothing processes it.
AUDIT_QUEUE = "MarketplaceEventsAuditQueue"

# Monitoring (docs/runbook.md): every alarm to the on-call topic, missing data
# not breaching; the on-call address subscribed only when it is given.
ALARM = "AWS::CloudWatch::Alarm"
SNS_TOPIC = "AWS::SNS::Topic"
SNS_SUBSCRIPTION = "AWS::SNS::Subscription"
ALARM_TOPIC = "AlarmTopic"
ALARM_EMAIL = "AlarmEmail"
# Lambda's JSON log format and log level (LoggingConfig), X-Ray on.
LOG_LEVEL = "LogLevel"
LAMBDA_LOG_LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
# What `make build-arm64` and the rust-cargolambda builder build for.
ARCHITECTURES = ["arm64"]


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, problems: list[str]) -> None:
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for problem in problems:
                print(f"       - {problem}")
        else:
            self.passed += 1
            print(f"ok   {name}")

    def run(self, name: str, body: Callable[[], list[str]]) -> None:
        try:
            problems = body()
        except Exception as err:  # a malformed template fails the check, not the run
            problems = [f"{type(err).__name__}: {err}"]
        self.check(name, problems)


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def table_arn_patterns(table: str, index_names: list[str] = ()) -> tuple[list[Any], list[Any]]:
    """The Resource values that name the table and its indexes (all of them,
    or one of `index_names` by name)."""
    table_arn = {"Fn::GetAtt": [table, "Arn"]}
    index_arns = [
        {"Fn::Sub": f"${{{table}.Arn}}/index/*"},
        {"Fn::Join": ["", [table_arn, "/index/*"]]},
        {"Fn::Join": ["/", [table_arn, "index", "*"]]},
    ] + [{"Fn::Sub": f"${{{table}.Arn}}/index/{name}"} for name in index_names]
    return [table_arn], index_arns


def dynamodb_statements(t: cfn.Template, fn: str) -> list[dict[str, Any]]:
    return [
        s for s in t.policy_statements(fn)
        if any(str(a).lower().startswith("dynamodb:") or a == "*" for a in as_list(s.get("Action", [])))
    ]


def ses_send_statements(t: cfn.Template, fn: str) -> list[dict[str, Any]]:
    return [
        s for s in t.policy_statements(fn)
        if s.get("Effect", "Allow") == "Allow"
        and any(str(a).lower() in ("ses:sendemail", "ses:sendbulkemail", "ses:*", "*")
                for a in as_list(s.get("Action", [])))
    ]


# ------------------------------------------------------------------- checks --

def check_batch_failures(t: cfn.Template, fn: str) -> list[str]:
    problems = []
    for name, event in t.sqs_events(fn):
        types = event.get("FunctionResponseTypes")
        if types != [cfn.REPORT_BATCH_ITEM_FAILURES]:
            problems.append(f"event {name}: FunctionResponseTypes is {types!r}")
    return problems


def dlq_problems(t: cfn.Template, queue: str) -> list[str]:
    """A queue's DLQ: a queue of the template without a DLQ of its own, and a
    maxReceiveCount in MIN_RECEIVES..MAX_RECEIVES."""
    if queue not in t.queues():
        return [f"{queue} is not an AWS::SQS::Queue of this template"]
    redrive = t.redrive(queue)
    if redrive is None:
        return [f"{queue} has no RedrivePolicy"]
    dlq, max_receives = redrive
    problems = []
    if dlq is None:
        problems.append(f"{queue}: deadLetterTargetArn is not !GetAtt <Queue>.Arn")
    elif dlq not in t.queues():
        problems.append(f"{queue}: dead-letter target {dlq} is not a queue of this template")
    elif t.redrive(dlq) is not None:
        problems.append(f"{queue}: its DLQ {dlq} has a DLQ of its own")
    elif dlq == queue:
        problems.append(f"{queue} is its own DLQ")
    if not isinstance(max_receives, int) or not MIN_RECEIVES <= max_receives <= MAX_RECEIVES:
        problems.append(f"{queue}: maxReceiveCount {max_receives!r} not in {MIN_RECEIVES}..{MAX_RECEIVES}")
    return problems


def check_dlq(t: cfn.Template, fn: str, queue: str) -> list[str]:
    problems = dlq_problems(t, queue)
    if queue not in t.queues():
        return problems
    timeout = t.props(fn).get("Timeout", 3)
    visibility = t.props(queue).get("VisibilityTimeout", 30)
    if isinstance(timeout, int) and isinstance(visibility, int) and visibility < VISIBILITY_FACTOR * timeout:
        problems.append(
            f"{queue}: VisibilityTimeout {visibility} < {VISIBILITY_FACTOR} x {fn} Timeout {timeout}"
        )
    return problems


def check_dynamodb_policy(t: cfn.Template, fn: str) -> list[str]:
    problems = [
        f"uses the policy {name!r}: DynamoDB access must be an inline statement naming {TABLE}"
        for name in t.policy_templates(fn) if "dynamodb" in name.lower()
    ]
    gsis = t.resources.get(TABLE, {}).get("Properties", {}).get("GlobalSecondaryIndexes", [])
    table_arns, index_arns = table_arn_patterns(TABLE, [g.get("IndexName", "") for g in gsis])
    for statement in dynamodb_statements(t, fn):
        for action in as_list(statement.get("Action", [])):
            if str(action).lower() in FORBIDDEN_DYNAMODB_ACTIONS or action == "*":
                problems.append(f"{statement.get('Sid', 'a statement')} grants {action}")
        for resource in as_list(statement.get("Resource", [])):
            if resource not in table_arns and resource not in index_arns:
                problems.append(f"{statement.get('Sid', 'a statement')} names {resource!r}, not {TABLE} or its indexes")
    uses_table = "TABLE_NAME" in t.function_environment(fn)
    if uses_table and not dynamodb_statements(t, fn):
        problems.append("has TABLE_NAME but no DynamoDB statement")
    return problems


def check_ses(t: cfn.Template, fn: str) -> list[str]:
    statements = ses_send_statements(t, fn)
    allowed = SES_SENDERS.get(fn)
    if allowed is None:
        return [f"{s.get('Sid', 'a statement')} allows sending email" for s in statements]
    if not statements:
        return [f"has no {allowed} statement"]
    problems = []
    expected = {"Fn::Sub": "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${SenderDomain}"}
    for statement in statements:
        for action in as_list(statement.get("Action")):
            if str(action).lower() != allowed:
                problems.append(f"grants {action}, not just {allowed}")
        for resource in as_list(statement.get("Resource")):
            if resource != expected and not (
                isinstance(resource, dict) and "configuration-set/" in str(resource.get("Fn::Sub", ""))
            ):
                problems.append(f"{allowed} on {resource!r}, not the SenderDomain identity")
        from_address = ((statement.get("Condition") or {}).get("StringEquals") or {}).get("ses:FromAddress")
        if from_address != {"Ref": "SenderEmail"}:
            problems.append(
                f"{statement.get('Sid', 'a statement')}: no Condition StringEquals ses:FromAddress: "
                f"!Ref SenderEmail (has {statement.get('Condition')!r})"
            )
    if "SENDER_EMAIL" not in t.function_environment(fn):
        problems.append("sends email but has no SENDER_EMAIL")
    elif t.function_environment(fn).get("SENDER_EMAIL") != {"Ref": "SenderEmail"}:
        problems.append("SENDER_EMAIL is not !Ref SenderEmail, the address its policy allows")
    if allowed == "ses:sendbulkemail":
        for name, event in t.sqs_events(fn):
            concurrency = (event.get("ScalingConfig") or {}).get("MaximumConcurrency")
            if _ref_parameter(t, concurrency) is None:
                problems.append(
                    f"event {name}: bulk sending is not capped: ScalingConfig.MaximumConcurrency "
                    f"is {concurrency!r}, not !Ref of a parameter"
                )
    return problems


def _ref_parameter(t: cfn.Template, node: Any) -> str | None:
    """The parameter a `!Ref P` names, else None."""
    name = node.get("Ref") if isinstance(node, dict) and len(node) == 1 else None
    return name if name in t.parameters else None


def workspace_packages(root: Path) -> dict[str, list[str]]:
    """package name -> its binary names, for every member of the Cargo
    workspace (or the single package) at root."""
    manifest = tomllib.loads((root / "Cargo.toml").read_text(encoding="utf-8"))
    members = [root]
    if "workspace" in manifest:
        members = []
        for pattern in manifest["workspace"].get("members", []):
            members += [p for p in root.glob(pattern) if (p / "Cargo.toml").is_file()]
    packages: dict[str, list[str]] = {}
    for member in members:
        crate = tomllib.loads((member / "Cargo.toml").read_text(encoding="utf-8"))
        package = crate.get("package", {}).get("name")
        if not package:
            continue
        bins = [b.get("name", package) for b in crate.get("bin", [])]
        if (member / "src" / "main.rs").is_file():
            bins.append(package)
        bins += [p.stem for p in (member / "src" / "bin").glob("*.rs")]
        packages[package] = bins
    return packages


def check_build(t: cfn.Template, fn: str) -> list[str]:
    resource = t.resources[fn]
    metadata = resource.get("Metadata") or {}
    problems = []
    if metadata.get("BuildMethod") != "rust-cargolambda":
        problems.append(f"Metadata.BuildMethod is {metadata.get('BuildMethod')!r}, not rust-cargolambda")
    architectures = t.props(fn).get("Architectures")
    if architectures != ARCHITECTURES:
        problems.append(f"Architectures is {architectures!r}, not {ARCHITECTURES} (what make build-arm64 builds)")
    if t.props(fn).get("Runtime") != "provided.al2023" or t.props(fn).get("Handler") != "bootstrap":
        problems.append(f"Runtime/Handler are {t.props(fn).get('Runtime')!r}/{t.props(fn).get('Handler')!r}, "
                        "not provided.al2023/bootstrap")
    binary = (metadata.get("BuildProperties") or {}).get("Binary")
    if not binary:
        problems.append("Metadata.BuildProperties.Binary is missing")
        return problems
    code_uri = t.props(fn).get("CodeUri")
    if not isinstance(code_uri, str):
        problems.append(f"CodeUri {code_uri!r} is not a local path")
        return problems
    root = (t.path.parent / code_uri).resolve()
    if not (root / "Cargo.toml").is_file():
        problems.append(f"CodeUri {code_uri!r} ({root}) has no Cargo.toml")
        return problems
    binaries = {b for bins in workspace_packages(root).values() for b in bins}
    if binary not in binaries:
        problems.append(f"no binary {binary!r} in the Cargo workspace at {root} (has {sorted(binaries)})")
    return problems


def check_table(t: cfn.Template) -> list[str]:
    if t.resources.get(TABLE, {}).get("Type") != cfn.DYNAMODB_TABLE:
        return [f"no {cfn.DYNAMODB_TABLE} {TABLE}"]
    props = t.props(TABLE)
    problems = []
    types = {a["AttributeName"]: a["AttributeType"] for a in props.get("AttributeDefinitions", [])}

    def keys(schema: list[dict[str, str]]) -> list[tuple[str, str]]:
        return [(k["AttributeName"], k["KeyType"]) for k in schema]

    if keys(props.get("KeySchema", [])) != [("pk", "HASH"), ("sk", "RANGE")]:
        problems.append(f"KeySchema is {keys(props.get('KeySchema', []))}, want pk HASH, sk RANGE")
    if props.get("BillingMode") != "PAY_PER_REQUEST":
        problems.append(f"BillingMode is {props.get('BillingMode')!r}")
    gsis = {g["IndexName"]: g for g in props.get("GlobalSecondaryIndexes", [])}
    for index in ("gsi1", "gsi2"):
        if index not in gsis:
            problems.append(f"no GSI {index}")
            continue
        want = [(f"{index}pk", "HASH"), (f"{index}sk", "RANGE")]
        if keys(gsis[index]["KeySchema"]) != want:
            problems.append(f"{index} keys are {keys(gsis[index]['KeySchema'])}, want {want}")
        if gsis[index].get("Projection", {}).get("ProjectionType") != "ALL":
            problems.append(f"{index} does not project ALL")
    key_attributes = {k for k, _ in keys(props.get("KeySchema", []))}
    for gsi in gsis.values():
        key_attributes |= {k for k, _ in keys(gsi["KeySchema"])}
    for name in ("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"):
        if types.get(name) != "S":
            problems.append(f"attribute {name} is {types.get(name)!r}, want S")
    for name in set(types) - key_attributes:
        problems.append(f"attribute {name} is defined but is no key (DynamoDB refuses that)")
    ttl = props.get("TimeToLiveSpecification") or {}
    if ttl.get("AttributeName") != "expires_at" or ttl.get("Enabled") is not True:
        problems.append(f"TTL is {ttl!r}, want expires_at enabled")
    pitr = props.get("PointInTimeRecoverySpecification") or {}
    if pitr.get("PointInTimeRecoveryEnabled") is not True:
        problems.append("point-in-time recovery is off")
    return problems


def check_env(t: cfn.Template, fn: str) -> list[str]:
    env = t.function_environment(fn)
    problems = []
    if env.get("TABLE_NAME") != {"Ref": TABLE}:
        problems.append(f"TABLE_NAME is {env.get('TABLE_NAME')!r}, not !Ref {TABLE}")
    if "RUST_LOG" not in env:
        problems.append("no RUST_LOG")
    return problems


def check_sender(t: cfn.Template) -> list[str]:
    email = t.parameters.get("SenderEmail", {}).get("Default", "")
    domain = t.parameters.get("SenderDomain", {}).get("Default", "")
    if not email.endswith("@" + domain):
        return [f"SenderEmail {email!r} is not an address of SenderDomain {domain!r}"]
    identities = [
        t.props(i).get("EmailIdentity") for i in t.of_type(cfn.SES_IDENTITY)
    ]
    if {"Ref": "SenderDomain"} not in identities:
        return ["no AWS::SES::EmailIdentity for !Ref SenderDomain"]
    return []


# -------------------------------------------------------------------- the bus --

DEFAULT_RETENTION = 345600  # SQS's default, 4 days


def event_statements(t: cfn.Template, fn: str) -> list[dict[str, Any]]:
    return [
        s for s in t.policy_statements(fn)
        if any(str(a).lower().startswith("events:") or a == "*" for a in as_list(s.get("Action", [])))
    ]


def check_bus(t: cfn.Template) -> list[str]:
    if t.resources.get(BUS, {}).get("Type") != cfn.EVENT_BUS:
        return [f"no {cfn.EVENT_BUS} {BUS}"]
    if not t.props(BUS).get("Name"):
        return [f"{BUS} has no Name"]
    return []


def check_reader(t: cfn.Template, fn: str) -> list[str]:
    """A read-side function: DynamoDB reads only, no EventBridge, its
    Function URL's AuthType as READERS says."""
    problems = []
    for statement in dynamodb_statements(t, fn):
        for action in as_list(statement.get("Action", [])):
            if str(action).lower() not in READ_ACTIONS:
                problems.append(f"{statement.get('Sid', 'a statement')} grants {action}: the desk only reads")
    if event_statements(t, fn) or "EVENT_BUS_NAME" in t.function_environment(fn):
        problems.append("may publish events: the desk decides nothing")
    auth = (t.props(fn).get("FunctionUrlConfig") or {}).get("AuthType")
    if auth != READERS[fn]:
        problems.append(f"FunctionUrlConfig.AuthType is {auth!r}, not {READERS[fn]}")
    if READERS[fn] == "NONE":
        for statement in dynamodb_statements(t, fn):
            keys = (statement.get("Condition") or {}).get("ForAllValues:StringEquals", {}).get("dynamodb:LeadingKeys")
            if keys != ["LISTS"]:
                problems.append(f"{statement.get('Sid', 'a statement')}: a public function reads only the LISTS partition")
    return problems


def check_publisher(t: cfn.Template, fn: str) -> list[str]:
    """EVENT_BUS_NAME is the bus's name; events:PutEvents is allowed on the
    bus's ARN, and nothing else of EventBridge on anything else."""
    problems = []
    env = t.function_environment(fn)
    if env.get("EVENT_BUS_NAME") != {"Ref": BUS}:
        problems.append(f"EVENT_BUS_NAME is {env.get('EVENT_BUS_NAME')!r}, not !Ref {BUS}")
    bus_arn = {"Fn::GetAtt": [BUS, "Arn"]}
    statements = event_statements(t, fn)
    if not any(s.get("Effect", "Allow") == "Allow"
               and "events:putevents" in [str(a).lower() for a in as_list(s.get("Action", []))]
               for s in statements):
        problems.append(f"no statement allows events:PutEvents on {BUS}")
    for statement in statements:
        sid = statement.get("Sid", "a statement")
        for action in as_list(statement.get("Action", [])):
            if str(action).lower() != "events:putevents":
                problems.append(f"{sid} grants {action}, not just events:PutEvents")
        for resource in as_list(statement.get("Resource", [])):
            if resource != bus_arn:
                problems.append(f"{sid}: events:PutEvents on {resource!r}, not !GetAtt {BUS}.Arn")
    return problems


def _service_principal(principal: Any) -> list[Any]:
    return as_list(principal.get("Service", [])) if isinstance(principal, dict) else []


def policy_allows_rule(t: cfn.Template, queue: str, rule: str) -> bool:
    """Some QueuePolicy on `queue` lets EventBridge SendMessage to it from
    `rule` (aws:SourceArn the rule's ARN) and only from it."""
    queue_arn = {"Fn::GetAtt": [queue, "Arn"]}
    rule_arn = {"Fn::GetAtt": [rule, "Arn"]}
    for policy in t.queue_policies():
        if queue not in t.policy_queues(policy):
            continue
        document = t.props(policy).get("PolicyDocument") or {}
        for statement in as_list(document.get("Statement", [])):
            if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
                continue
            actions = [str(a).lower() for a in as_list(statement.get("Action", []))]
            condition = statement.get("Condition") or {}
            source_arns = [
                arn for op in ("ArnEquals", "ArnLike")
                for arn in as_list((condition.get(op) or {}).get("aws:SourceArn", []))
            ]
            if ("events.amazonaws.com" in _service_principal(statement.get("Principal"))
                    and "sqs:sendmessage" in actions
                    and queue_arn in as_list(statement.get("Resource", []))
                    and source_arns == [rule_arn]):
                return True
    return False


def check_rule(t: cfn.Template, rule: str) -> list[str]:
    problems = []
    if t.rule_bus(rule) != BUS:
        problems.append(f"EventBusName is {t.props(rule).get('EventBusName')!r}, not !Ref {BUS}")
    if t.props(rule).get("State", "ENABLED") != "ENABLED":
        problems.append(f"State is {t.props(rule).get('State')!r}")
    targets = t.rule_targets(rule)
    if not targets:
        problems.append("has no target")
    for target_id, queue in targets:
        if queue not in t.queues():
            problems.append(f"target {target_id} is not !GetAtt <Queue>.Arn of a queue of this template")
        elif not policy_allows_rule(t, queue, rule):
            problems.append(
                f"no AWS::SQS::QueuePolicy on {queue} allows events.amazonaws.com sqs:SendMessage "
                f"on !GetAtt {queue}.Arn with aws:SourceArn !GetAtt {rule}.Arn"
            )
    return problems


def rules_delivering_to(t: cfn.Template, queue: str) -> list[str]:
    return [r for r in t.rules() if any(q == queue for _, q in t.rule_targets(r))]


def detail_types_delivered(t: cfn.Template, queue: str) -> tuple[set[str], list[str]]:
    """The detail types of the bus's events the rules deliver to `queue`
    (DETAIL_TYPES for a pattern on the source alone), and what is wrong with
    their patterns."""
    delivered: set[str] = set()
    problems = []
    for rule in rules_delivering_to(t, queue):
        pattern = t.props(rule).get("EventPattern")
        if not isinstance(pattern, dict):
            problems.append(f"{rule}: EventPattern is not an object")
            continue
        if pattern.get("source") != [EVENT_SOURCE]:
            problems.append(f"{rule}: source is {pattern.get('source')!r}, not [{EVENT_SOURCE!r}]")
        other = set(pattern) - {"source", "detail-type"}
        if other:
            problems.append(f"{rule}: the pattern also filters on {sorted(other)}")
        if "detail-type" not in pattern:
            delivered |= DETAIL_TYPES
            continue
        types = pattern["detail-type"]
        if not isinstance(types, list) or not all(isinstance(d, str) for d in types):
            problems.append(f"{rule}: detail-type is not a list of names")
            continue
        unknown = set(types) - DETAIL_TYPES
        if unknown:
            problems.append(f"{rule}: detail-type names no event of the bus: {sorted(unknown)}")
        delivered |= set(types)
    return delivered, problems


def check_route(t: cfn.Template, queue: str, expected: set[str]) -> list[str]:
    if not rules_delivering_to(t, queue):
        return [f"no rule delivers to {queue}"]
    delivered, problems = detail_types_delivered(t, queue)
    if delivered != expected:
        problems.append(f"gets {sorted(delivered)}, want {sorted(expected)}")
    return problems


def check_rule_queues(t: cfn.Template) -> list[str]:
    targeted = {q for r in t.rules() for _, q in t.rule_targets(r) if q}
    expected = set(ROUTES) | {AUDIT_QUEUE}
    problems = [f"{q}: a rule delivers to it but it is neither a consuming system's queue nor {AUDIT_QUEUE}"
                for q in sorted(targeted - expected)]
    problems += [f"{q}: no rule delivers to it" for q in sorted(expected - targeted)]
    problems += [f"{q} is also read by {', '.join(fns)}: a consuming system's queue is the system's own"
                 for q, fns in sorted(t.queues_read_by_functions().items()) if q in targeted]
    return problems


def check_consumer_dlq(t: cfn.Template, queue: str) -> list[str]:
    problems = dlq_problems(t, queue)
    redrive = t.redrive(queue)
    if not problems and redrive:
        kept = t.props(queue).get("MessageRetentionPeriod", DEFAULT_RETENTION)
        dlq_kept = t.props(redrive[0]).get("MessageRetentionPeriod", DEFAULT_RETENTION)
        # SQS keeps a message's first enqueue time when it moves it to the DLQ.
        if isinstance(kept, int) and isinstance(dlq_kept, int) and dlq_kept <= kept:
            problems.append(f"{redrive[0]} keeps messages {dlq_kept}s, not longer than {queue} ({kept}s)")
    return problems


# --------------------------------------------------------------- monitoring --

def alarms(t: cfn.Template) -> dict[str, dict[str, Any]]:
    return t.of_type(ALARM)


def alarm_dimensions(props: dict[str, Any]) -> dict[str, Any]:
    return {d.get("Name"): d.get("Value") for d in as_list(props.get("Dimensions") or []) if isinstance(d, dict)}


def find_alarms(t: cfn.Template, namespace: str, metric: str, dimensions: dict[str, Any]) -> list[str]:
    """The alarms on `namespace`/`metric` with exactly these dimensions."""
    return [
        a for a in alarms(t)
        if t.props(a).get("Namespace") == namespace and t.props(a).get("MetricName") == metric
        and alarm_dimensions(t.props(a)) == dimensions
    ]


def _fires_above_zero(props: dict[str, Any]) -> bool:
    op, threshold = props.get("ComparisonOperator"), props.get("Threshold")
    return (op, threshold) in (("GreaterThanThreshold", 0), ("GreaterThanOrEqualToThreshold", 1))


def missing_alarms(t: cfn.Template, what: str, wanted: list[tuple[str, str, dict[str, Any], bool]]) -> list[str]:
    """For each (namespace, metric, dimensions, above_zero) wanted, the alarm
    that is missing (or, above_zero, does not fire at the first one)."""
    problems = []
    for namespace, metric, dimensions, above_zero in wanted:
        found = find_alarms(t, namespace, metric, dimensions)
        shown = ", ".join(f"{k}: {cfn_short(v)}" for k, v in dimensions.items())
        if not found:
            problems.append(f"{what} has no {ALARM} on {namespace} {metric} ({shown})")
        elif above_zero and not any(_fires_above_zero(t.props(a)) for a in found):
            problems.append(f"{what}: {', '.join(found)} on {metric} must fire above 0 "
                            "(ComparisonOperator GreaterThanThreshold, Threshold 0)")
    return problems


def cfn_short(node: Any) -> str:
    """!Ref X / !GetAtt X.Y for the messages."""
    if isinstance(node, dict) and len(node) == 1:
        (key, value), = node.items()
        if key == "Ref":
            return f"!Ref {value}"
        if key == "Fn::GetAtt" and isinstance(value, list):
            return f"!GetAtt {'.'.join(map(str, value))}"
    return repr(node)


def dead_letter_queues(t: cfn.Template) -> dict[str, list[str]]:
    """DLQ -> the queues that redrive to it."""
    dlqs: dict[str, list[str]] = {}
    for queue in t.queues():
        redrive = t.redrive(queue)
        if redrive and redrive[0]:
            dlqs.setdefault(redrive[0], []).append(queue)
    return dlqs


def check_dlq_alarms(t: cfn.Template, dlq: str) -> list[str]:
    dims = {"QueueName": {"Fn::GetAtt": [dlq, "QueueName"]}}
    return missing_alarms(t, f"the DLQ {dlq}", [
        ("AWS/SQS", "ApproximateNumberOfMessagesVisible", dims, True),
        ("AWS/SQS", "ApproximateAgeOfOldestMessage", dims, False),
    ])


def check_function_alarms(t: cfn.Template, fn: str) -> list[str]:
    dims = {"FunctionName": {"Ref": fn}}
    return missing_alarms(t, fn, [
        ("AWS/Lambda", "Errors", dims, True),
        ("AWS/Lambda", "Throttles", dims, True),
    ])


def check_schedule_alarm(t: cfn.Template, rule: str) -> list[str]:
    fn, event = t.schedule_rules()[rule]
    return missing_alarms(t, f"the schedule {rule} ({fn}.Events.{event})", [
        ("AWS/Events", "FailedInvocations", {"RuleName": {"Ref": rule}}, True),
    ])


def check_rule_alarm(t: cfn.Template, rule: str) -> list[str]:
    """A rule on the bus: FailedInvocations with EventBusName and RuleName
    (the rule's Ref on a custom bus is "<bus>|<name>": its second part)."""
    name = {"Fn::Select": [1, {"Fn::Split": ["|", {"Ref": rule}]}]}
    return missing_alarms(t, f"the rule {rule}", [
        ("AWS/Events", "FailedInvocations", {"EventBusName": {"Ref": BUS}, "RuleName": name}, True),
    ])


def check_alarm_routing(t: cfn.Template) -> list[str]:
    """Every alarm to the on-call topic (firing and clearing), missing data
    not breaching; the topic's email subscription only when AlarmEmail is set."""
    problems = []
    if t.resources.get(ALARM_TOPIC, {}).get("Type") != SNS_TOPIC:
        return [f"no {SNS_TOPIC} {ALARM_TOPIC}"]
    topic = {"Ref": ALARM_TOPIC}
    for alarm in alarms(t):
        props = t.props(alarm)
        if topic not in as_list(props.get("AlarmActions") or []):
            problems.append(f"{alarm}: AlarmActions has no !Ref {ALARM_TOPIC}")
        if topic not in as_list(props.get("OKActions") or []):
            problems.append(f"{alarm}: OKActions has no !Ref {ALARM_TOPIC} (on-call is not told it cleared)")
        if props.get("TreatMissingData") != "notBreaching":
            problems.append(f"{alarm}: TreatMissingData is {props.get('TreatMissingData')!r}, not notBreaching")
    if t.parameters.get(ALARM_EMAIL, {}).get("Default", None) != "":
        problems.append(f"parameter {ALARM_EMAIL} is missing or its Default is not empty")
    subscriptions = [
        s for s in t.of_type(SNS_SUBSCRIPTION)
        if t.props(s).get("TopicArn") == topic and t.props(s).get("Protocol") == "email"
    ]
    if not subscriptions:
        problems.append(f"no email {SNS_SUBSCRIPTION} on {ALARM_TOPIC}")
    for sub in subscriptions:
        if t.props(sub).get("Endpoint") != {"Ref": ALARM_EMAIL}:
            problems.append(f"{sub}: Endpoint is not !Ref {ALARM_EMAIL}")
        condition = t.resources[sub].get("Condition")
        # Either order of !Equals' two operands (cfn-lint's decoder may swap them).
        expected = [{"Fn::Not": [{"Fn::Equals": pair}]} for pair in ([{"Ref": ALARM_EMAIL}, ""], ["", {"Ref": ALARM_EMAIL}])]
        if condition is None or (t.doc.get("Conditions") or {}).get(condition) not in expected:
            problems.append(f"{sub}: not under a Condition that {ALARM_EMAIL} is not empty "
                            f"(!Not [!Equals [!Ref {ALARM_EMAIL}, \"\"]])")
    return problems


def check_logging(t: cfn.Template, fn: str) -> list[str]:
    """X-Ray active; Lambda's JSON log format, the LogLevel parameter as the
    application level, a system level, the function's own log group."""
    props = t.props(fn)
    problems = []
    if props.get("Tracing") != "Active":
        problems.append(f"Tracing is {props.get('Tracing')!r}, not Active")
    logging_config = props.get("LoggingConfig") or {}
    if logging_config.get("LogFormat") != "JSON":
        problems.append(f"LoggingConfig.LogFormat is {logging_config.get('LogFormat')!r}, not JSON")
    if logging_config.get("ApplicationLogLevel") != {"Ref": LOG_LEVEL}:
        problems.append(f"LoggingConfig.ApplicationLogLevel is {logging_config.get('ApplicationLogLevel')!r}, "
                        f"not !Ref {LOG_LEVEL}")
    if not logging_config.get("SystemLogLevel"):
        problems.append("LoggingConfig.SystemLogLevel is not set")
    group = _ref_target_of(logging_config.get("LogGroup"))
    if t.resources.get(group or "", {}).get("Type") != "AWS::Logs::LogGroup":
        problems.append(f"LoggingConfig.LogGroup is {logging_config.get('LogGroup')!r}, not !Ref of a log group "
                        "(retention)")
    return problems


def _ref_target_of(node: Any) -> str | None:
    return node.get("Ref") if isinstance(node, dict) and len(node) == 1 and isinstance(node.get("Ref"), str) else None


def check_log_level(t: cfn.Template) -> list[str]:
    allowed = t.parameters.get(LOG_LEVEL, {}).get("AllowedValues")
    if allowed != LAMBDA_LOG_LEVELS:
        return [f"parameter {LOG_LEVEL}: AllowedValues {allowed!r}, want Lambda's {LAMBDA_LOG_LEVELS}"]
    return []


def main(argv: list[str]) -> int:
    try:
        t = cfn.load(argv[1] if len(argv) > 1 else None)
    except cfn.TemplateError as err:
        print(f"check_template: {err}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 2
    checks = Checks()
    functions = list(t.functions())
    checks.run("the template has functions", lambda: [] if functions else ["no function"])
    checks.run("every Ref, GetAtt and ${} names a resource or parameter", t.dangling_references)
    for fn in functions:
        if t.sqs_events(fn):
            checks.run(f"{fn}: SQS events report batch item failures", lambda fn=fn: check_batch_failures(t, fn))
    for queue, readers in sorted(t.queues_read_by_functions().items()):
        for fn in readers:
            checks.run(
                f"{queue} (read by {fn}): DLQ with maxReceiveCount {MIN_RECEIVES}..{MAX_RECEIVES}, "
                f"visibility >= {VISIBILITY_FACTOR}x timeout",
                lambda fn=fn, queue=queue: check_dlq(t, fn, queue),
            )
    for fn in functions:
        checks.run(f"{fn}: DynamoDB access only to {TABLE} and its indexes, no Scan or dynamodb:*",
                   lambda fn=fn: check_dynamodb_policy(t, fn))
    for fn in functions:
        rule = f"allowed only {SES_SENDERS[fn]}, on the sender identity, from SenderEmail" if fn in SES_SENDERS \
            else "not allowed to send email"
        checks.run(f"{fn}: {rule}", lambda fn=fn: check_ses(t, fn))
    for fn in functions:
        checks.run(f"{fn}: built by rust-cargolambda from a binary of the workspace, for {ARCHITECTURES[0]}",
                   lambda fn=fn: check_build(t, fn))
    for fn in functions:
        checks.run(f"{fn}: TABLE_NAME is !Ref {TABLE}, RUST_LOG set", lambda fn=fn: check_env(t, fn))
    checks.run(f"{TABLE}: pk/sk, gsi1 and gsi2 (S/S, ALL), TTL on expires_at, on-demand, PITR",
               lambda: check_table(t))
    checks.run("SenderEmail belongs to SenderDomain, which has an SES identity", lambda: check_sender(t))
    checks.run(f"{BUS}: an {cfn.EVENT_BUS} with a Name", lambda: check_bus(t))
    for fn in functions:
        if fn in READERS:
            checks.run(f"{fn}: read-only (DynamoDB reads only, no event), Function URL {READERS[fn]}",
                       lambda fn=fn: check_reader(t, fn))
            continue
        if fn in NON_PUBLISHERS:
            checks.run(f"{fn}: publishes no event (no EVENT_BUS_NAME, no events:PutEvents)",
                       lambda fn=fn: ["may publish events"] if event_statements(t, fn)
                       or "EVENT_BUS_NAME" in t.function_environment(fn) else [])
            continue
        checks.run(f"{fn}: EVENT_BUS_NAME is !Ref {BUS}, events:PutEvents on {BUS} only",
                   lambda fn=fn: check_publisher(t, fn))
    for rule in t.rules():
        checks.run(f"{rule}: on {BUS}, every target a queue whose policy lets this rule send",
                   lambda rule=rule: check_rule(t, rule))
    checks.run(f"the bus's rules deliver to the consuming systems' queues and {AUDIT_QUEUE}, "
               "which no function reads", lambda: check_rule_queues(t))
    for queue, types in ROUTES.items():
        checks.run(f"{queue} gets {', '.join(sorted(types))} from {EVENT_SOURCE}",
                   lambda queue=queue, types=types: check_route(t, queue, types))
    checks.run(f"{AUDIT_QUEUE} gets every event of the bus", lambda: check_route(t, AUDIT_QUEUE, DETAIL_TYPES))
    consumer_queues = sorted({q for r in t.rules() for _, q in t.rule_targets(r) if q and q != AUDIT_QUEUE})
    for queue in consumer_queues:
        checks.run(f"{queue} (a consuming system's): DLQ with maxReceiveCount {MIN_RECEIVES}..{MAX_RECEIVES}, "
                   "kept longer than the queue", lambda queue=queue: check_consumer_dlq(t, queue))
    for dlq in sorted(dead_letter_queues(t)):
        checks.run(f"{dlq}: alarms on its depth (> 0) and on the age of its oldest message",
                   lambda dlq=dlq: check_dlq_alarms(t, dlq))
    for fn in functions:
        checks.run(f"{fn}: alarms on its Errors and Throttles (> 0)", lambda fn=fn: check_function_alarms(t, fn))
    for rule in t.schedule_rules():
        checks.run(f"{rule}: an alarm on the schedule's FailedInvocations",
                   lambda rule=rule: check_schedule_alarm(t, rule))
    for rule in t.rules():
        checks.run(f"{rule}: an alarm on its FailedInvocations (EventBusName, RuleName)",
                   lambda rule=rule: check_rule_alarm(t, rule))
    checks.run(f"every alarm to {ALARM_TOPIC} (firing and clearing), missing data not breaching; "
               f"{ALARM_EMAIL} subscribed when set", lambda: check_alarm_routing(t))
    checks.run(f"{LOG_LEVEL} takes Lambda's application log levels", lambda: check_log_level(t))
    for fn in functions:
        checks.run(f"{fn}: X-Ray active, JSON logs at !Ref {LOG_LEVEL}, its own log group",
                   lambda fn=fn: check_logging(t, fn))
    checks.run("the local stack accepts the template (create_resources' own checks)", t.wiring_errors)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
