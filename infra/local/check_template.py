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
MIN_RECEIVES, MAX_RECEIVES = 3, 10
# AWS: an SQS event source's queue VisibilityTimeout should be at least six
# times the function timeout, or a slow batch is redelivered while it runs.
VISIBILITY_FACTOR = 6
FORBIDDEN_DYNAMODB_ACTIONS = {"dynamodb:*", "dynamodb:scan"}


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


def check_dlq(t: cfn.Template, fn: str, queue: str) -> list[str]:
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
    if "SENDER_EMAIL" not in t.function_environment(fn):
        problems.append("sends email but has no SENDER_EMAIL")
    return problems


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
        rule = f"allowed only {SES_SENDERS[fn]}, on the sender identity" if fn in SES_SENDERS \
            else "not allowed to send email"
        checks.run(f"{fn}: {rule}", lambda fn=fn: check_ses(t, fn))
    for fn in functions:
        checks.run(f"{fn}: built by rust-cargolambda from a binary of the workspace",
                   lambda fn=fn: check_build(t, fn))
    for fn in functions:
        checks.run(f"{fn}: TABLE_NAME is !Ref {TABLE}, RUST_LOG set", lambda fn=fn: check_env(t, fn))
    checks.run(f"{TABLE}: pk/sk, gsi1 and gsi2 (S/S, ALL), TTL on expires_at, on-demand, PITR",
               lambda: check_table(t))
    checks.run("SenderEmail belongs to SenderDomain, which has an SES identity", lambda: check_sender(t))
    checks.run("the local stack accepts the template (create_resources' own checks)", t.wiring_errors)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
