"""infra/template.yaml as create_resources.py (the local stack) and
check_template.py (the wiring test) see it, read by cfn-lint.

cfn-lint's decoder reads the YAML: the short tags load as their long forms
(!Ref x -> {"Ref": x}, !GetAtt A.B -> {"Fn::GetAtt": ["A", "B"]}, !Sub ...).
cfn-lint's SAM transform (cfnlint.template.Template.transform) then merges
Globals into every AWS::Serverless::Function with SAM's rules (maps merge, the
function's value wins, lists concatenate, IgnoreGlobals), so a function's
Properties here are the ones SAM deploys. cfn-lint 1.x does this itself, not
through samtranslator, which it no longer installs.

Ours: the questions both scripts ask of the template, and a Resolver for the
intrinsics the local stack evaluates (Ref, GetAtt, Sub).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Iterator

import regex  # cfn-lint's search_deep_keys takes regex (not re) patterns
from cfnlint.decode.decode import decode
from cfnlint.helpers import FUNCTION_FOR_EACH, FUNCTIONS_ALL, PSEUDOPARAMS, is_function
from cfnlint.template import Template as LintTemplate

HERE = Path(__file__).resolve().parent
TEMPLATE_PATH = HERE.parent / "template.yaml"
# cfn-lint logs what it also returns as a match: say it once, through TemplateError.
logging.getLogger("cfnlint").addHandler(logging.NullHandler())

SERVERLESS_FUNCTION = "AWS::Serverless::Function"
FUNCTION_TYPES = (SERVERLESS_FUNCTION, "AWS::Lambda::Function")
SQS_QUEUE = "AWS::SQS::Queue"
DYNAMODB_TABLE = "AWS::DynamoDB::Table"
SES_IDENTITY = "AWS::SES::EmailIdentity"
EVENT_BUS = "AWS::Events::EventBus"
EVENT_RULE = "AWS::Events::Rule"
QUEUE_POLICY = "AWS::SQS::QueuePolicy"

# Exactly as AWS spells it: anything else is ignored by the event source
# mapping's validation in some tools and rejected at deploy time by others.
REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures"


class TemplateError(Exception):
    """The template is unreadable or inconsistent."""


def load(path: str | Path | None = None) -> "Template":
    path = Path(path) if path else TEMPLATE_PATH
    doc, matches = decode(str(path))
    if matches:
        raise TemplateError("; ".join(f"{path}:{m.linenumber}: {m.message}" for m in matches))
    if not isinstance(doc, dict) or not isinstance(doc.get("Resources"), dict):
        raise TemplateError(f"{path} has no Resources section")
    return Template(path, doc)


def _where(path: list[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _get_att(value: Any) -> tuple[Any, Any]:
    """(resource, attribute) of a Fn::GetAtt argument ("A.B" or [A, B])."""
    if isinstance(value, str) and "." in value:
        return tuple(value.split(".", 1))
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
        return value[0], value[1]
    return repr(value), None


def _get_att_target(node: Any) -> str | None:
    """The logical id R of a `!GetAtt R.Attr` node, else None."""
    key, value = is_function(node)
    resource, attribute = _get_att(value) if key == "Fn::GetAtt" else (None, None)
    return resource if attribute else None


def _ref_target(node: Any) -> str | None:
    """The logical id R of a `!Ref R` node, else None."""
    key, value = is_function(node)
    return value if key == "Ref" and isinstance(value, str) else None


def camel_to_screaming(name: str) -> str:
    """CatalogSync -> CATALOG_SYNC, SESNotices -> SES_NOTICES."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return words.upper()


class Template:
    def __init__(self, path: Path, doc: dict[str, Any]):
        self.path = path
        self.lint = LintTemplate(str(path), doc)
        # Before the transform, so a reference in Globals is found once, there.
        unknown = [
            f"{_where(p[:-2])}: {p[-2]} is no intrinsic function (a misspelt !tag?)"
            for p in self.lint.search_deep_keys(regex.compile(r"^Fn::"), includeGlobals=False)
            if p[-2] not in FUNCTIONS_ALL and not FUNCTION_FOR_EACH.match(p[-2])
        ]
        if unknown:
            raise TemplateError(f"{path}: " + "; ".join(unknown))
        self.references = list(self._references())
        matches = self.lint.transform()
        if matches:
            raise TemplateError("; ".join(f"{path}:{m.linenumber}: {m.message}" for m in matches))
        self.doc = self.lint.template
        self.resources: dict[str, dict[str, Any]] = self.doc["Resources"]
        self.parameters: dict[str, dict[str, Any]] = self.doc.get("Parameters") or {}

    def _references(self) -> Iterator[tuple[str, str, str | None, str]]:
        """Every reference: (kind, target, attribute, where), kind "Ref",
        "GetAtt" or "Sub" (a ${X} or ${X.Attr} of a Fn::Sub)."""
        search = lambda key: self.lint.search_deep_keys(key, includeGlobals=False)  # noqa: E731
        for path in search("Ref"):
            yield "Ref", path[-1], None, _where(path[:-2])
        for path in search("Fn::GetAtt"):
            resource, attribute = _get_att(path[-1])
            yield "GetAtt", resource, attribute if isinstance(attribute, str) else None, _where(path[:-2])
        for path in search("Fn::Sub"):
            value = path[-1]
            text, local = (value, {}) if isinstance(value, str) else (value[0], value[1])
            for name in self.lint.get_sub_parameters(text):
                if name not in local:
                    target, _, attribute = name.partition(".")
                    yield "Sub", target, attribute or None, _where(path[:-2])

    # -- lookups ------------------------------------------------------------
    def of_type(self, *types: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v.get("Type") in types}

    def props(self, logical_id: str) -> dict[str, Any]:
        """A resource's Properties (a SAM function's with Globals merged in)."""
        return self.resources[logical_id].get("Properties") or {}

    def functions(self) -> dict[str, dict[str, Any]]:
        return self.of_type(*FUNCTION_TYPES)

    def queues(self) -> dict[str, dict[str, Any]]:
        return self.of_type(SQS_QUEUE)

    def tables(self) -> dict[str, dict[str, Any]]:
        return self.of_type(DYNAMODB_TABLE)

    def event_buses(self) -> dict[str, dict[str, Any]]:
        return self.of_type(EVENT_BUS)

    def rules(self) -> dict[str, dict[str, Any]]:
        """The AWS::Events::Rule resources written in the template (SAM's
        Schedule events are not expanded into rules here)."""
        return self.of_type(EVENT_RULE)

    def queue_policies(self) -> dict[str, dict[str, Any]]:
        return self.of_type(QUEUE_POLICY)

    def rule_bus(self, rule_id: str) -> str | None:
        """The logical id of the bus a rule is on (EventBusName: !Ref Bus or
        !GetAtt Bus.Arn); None for the default bus or another form."""
        node = self.props(rule_id).get("EventBusName")
        return _ref_target(node) or _get_att_target(node)

    def rule_targets(self, rule_id: str) -> list[tuple[str, str | None]]:
        """(target Id, logical id of the queue it is: !GetAtt Q.Arn, else None)
        of every target of a rule."""
        targets = self.props(rule_id).get("Targets") or []
        return [
            (str(t.get("Id")), _get_att_target(t.get("Arn")) if isinstance(t, dict) else None)
            for t in targets
        ]

    def policy_queues(self, policy_id: str) -> list[str | None]:
        """The logical ids of the queues a QueuePolicy applies to (!Ref Q)."""
        return [_ref_target(q) for q in self.props(policy_id).get("Queues") or []]

    def parameter_default(self, name: str) -> Any:
        if name not in self.parameters:
            raise TemplateError(f"!Ref {name}: no such parameter")
        if "Default" not in self.parameters[name]:
            raise TemplateError(f"parameter {name} has no Default to run locally with")
        return self.parameters[name]["Default"]

    def function_environment(self, logical_id: str) -> dict[str, Any]:
        env = (self.props(logical_id).get("Environment") or {}).get("Variables") or {}
        if not isinstance(env, dict):
            raise TemplateError(f"{logical_id}: Environment.Variables is not a map")
        return env

    def sqs_events(self, logical_id: str) -> list[tuple[str, dict[str, Any]]]:
        events = self.props(logical_id).get("Events") or {}
        return [
            (name, event.get("Properties") or {})
            for name, event in events.items()
            if isinstance(event, dict) and event.get("Type") == "SQS"
        ]

    def queue_of_event(self, event_props: dict[str, Any]) -> str | None:
        """The logical id of the queue an SQS event reads (!GetAtt Q.Arn)."""
        return _get_att_target(event_props.get("Queue"))

    def queues_read_by_functions(self) -> dict[str, list[str]]:
        """queue logical id -> the functions that read it."""
        readers: dict[str, list[str]] = {}
        for fn in self.functions():
            for _, event in self.sqs_events(fn):
                queue = self.queue_of_event(event)
                if queue:
                    readers.setdefault(queue, []).append(fn)
        return readers

    def redrive(self, queue_id: str) -> tuple[str | None, Any] | None:
        """(DLQ logical id or None, maxReceiveCount) of a queue, None if it
        has no RedrivePolicy."""
        policy = self.props(queue_id).get("RedrivePolicy")
        if not isinstance(policy, dict):
            return None
        return _get_att_target(policy.get("deadLetterTargetArn")), policy.get("maxReceiveCount")

    def queue_env_names(self) -> dict[str, str]:
        """queue logical id -> env var holding its URL:
        CatalogSyncQueue -> CATALOG_SYNC_QUEUE_URL, CatalogSyncDLQ -> CATALOG_SYNC_DLQ_URL."""
        dlqs = {r[0] for r in map(self.redrive, self.queues()) if r and r[0]}
        names: dict[str, str] = {}
        for queue in self.queues():
            base = re.sub(r"(DeadLetterQueue|DLQ|Queue)$", "", queue) or queue
            is_dlq = queue in dlqs or queue.endswith(("DLQ", "DeadLetterQueue"))
            var = f"{camel_to_screaming(base)}_{'DLQ' if is_dlq else 'QUEUE'}_URL"
            if var in names.values():
                raise TemplateError(f"two queues would both be exported as {var}: rename one")
            names[queue] = var
        return names

    def _policies(self, logical_id: str) -> list[Any]:
        policies = self.props(logical_id).get("Policies") or []
        return [policies] if isinstance(policies, (str, dict)) else policies

    def policy_statements(self, logical_id: str) -> list[dict[str, Any]]:
        """The inline IAM statements of a SAM function's Policies."""
        statements: list[dict[str, Any]] = []
        for policy in self._policies(logical_id):
            if isinstance(policy, dict) and "Statement" in policy:
                body = policy["Statement"]
                statements.extend(body if isinstance(body, list) else [body])
        return statements

    def policy_templates(self, logical_id: str) -> list[str]:
        """Names of SAM policy templates / managed policies a function uses."""
        names = []
        for policy in self._policies(logical_id):
            if isinstance(policy, str):
                names.append(policy)
            elif isinstance(policy, dict) and "Statement" not in policy:
                names.extend(str(k) for k in policy)
        return names

    # -- consistency ----------------------------------------------------------
    def schedule_rules(self) -> dict[str, tuple[str, str]]:
        """The EventBridge rules SAM generates for the functions' `Schedule`
        events (on the default bus), by logical id `<Function><Event>`:
        rule -> (function, event)."""
        rules = {}
        for fn in self.functions():
            for name, event in (self.props(fn).get("Events") or {}).items():
                if isinstance(event, dict) and event.get("Type") == "Schedule":
                    rules[f"{fn}{name}"] = (fn, name)
        return rules

    def generated_resources(self) -> set[str]:
        """The resources SAM generates that the template may name: a
        function's `<Function>Url` (its FunctionUrlConfig) and the rule
        `<Function><Event>` of each of its Schedule events."""
        urls = {f"{fn}Url" for fn in self.functions() if self.props(fn).get("FunctionUrlConfig")}
        return urls | set(self.schedule_rules())

    def dangling_references(self) -> list[str]:
        """Every Ref / GetAtt / ${} whose target does not exist. (cfn-lint
        checks these in a plain CloudFormation template, not in a SAM one.)"""
        problems = []
        known = set(self.resources) | self.generated_resources()
        for kind, target, attribute, where in self.references:
            if kind in ("Ref", "Sub") and attribute is None:
                if target not in known and target not in self.parameters \
                        and target not in PSEUDOPARAMS:
                    problems.append(f"{where}: {kind} {target}: no such resource or parameter")
            elif target not in known:
                shown = f"{target}.{attribute}" if attribute else target
                problems.append(f"{where}: {kind} {shown}: no such resource")
        return problems

    def wiring_errors(self) -> list[str]:
        """The mistakes that must stop the local stack (and fail the tests):
        dangling references, a function's SQS queue without a DLQ, an SQS
        event that does not report batch item failures, a rule target or a
        queue policy the local stack can't create (not a queue of the
        template), a rule on a bus that is not one of the template's."""
        problems = self.dangling_references()
        queues = self.queues()
        for rule in self.rules():
            bus = self.props(rule).get("EventBusName")
            if bus is not None and self.rule_bus(rule) not in self.event_buses():
                problems.append(f"{rule}: EventBusName is not !Ref (or !GetAtt .Arn) of an {EVENT_BUS}")
            for target_id, queue in self.rule_targets(rule):
                if queue not in queues:
                    problems.append(f"{rule}: target {target_id} is not !GetAtt <Queue>.Arn of an {SQS_QUEUE}")
        for policy in self.queue_policies():
            for queue in self.policy_queues(policy):
                if queue not in queues:
                    problems.append(f"{policy}: Queues has an entry that is not !Ref of an {SQS_QUEUE}")
        for fn in self.functions():
            for event_name, event in self.sqs_events(fn):
                where = f"{fn}.Events.{event_name}"
                queue = self.queue_of_event(event)
                if queue is None:
                    problems.append(f"{where}: Queue is not !GetAtt <Queue>.Arn")
                elif queue in self.resources:
                    if self.resources[queue].get("Type") != SQS_QUEUE:
                        problems.append(f"{where}: {queue} is not an {SQS_QUEUE}")
                    elif self.redrive(queue) is None:
                        problems.append(f"{where}: queue {queue} has no RedrivePolicy (no DLQ)")
                types = event.get("FunctionResponseTypes")
                if types != [REPORT_BATCH_ITEM_FAILURES]:
                    problems.append(
                        f"{where}: FunctionResponseTypes is {types!r}, "
                        f"expected [{REPORT_BATCH_ITEM_FAILURES}]"
                    )
        return problems


_SUB_VAR = re.compile(r"\$\{([^}]*)\}")


class Resolver:
    """Evaluates Ref, GetAtt and Sub against what exists locally; any other
    intrinsic is an error (the local stack has no use for it yet).

    refs:    logical id -> value of !Ref (table name, queue URL, pseudo
             parameter); a parameter not in refs resolves to its Default
    attrs:   (logical id, attribute) -> value of !GetAtt
    """

    def __init__(self, template: Template, refs: dict[str, Any], attrs: dict[tuple[str, str], Any]):
        self.template = template
        self.refs = refs
        self.attrs = attrs

    def ref(self, name: str) -> Any:
        if name in self.refs:
            return self.refs[name]
        if name in self.template.parameters:
            return self.template.parameter_default(name)
        raise TemplateError(f"!Ref {name}: nothing local to resolve it to")

    def get_att(self, resource: str, attribute: str) -> Any:
        if (resource, attribute) in self.attrs:
            return self.attrs[(resource, attribute)]
        raise TemplateError(f"!GetAtt {resource}.{attribute}: nothing local to resolve it to")

    def resolve(self, node: Any) -> Any:
        key, value = is_function(node)
        if key is None:
            if isinstance(node, dict):
                return {k: self.resolve(v) for k, v in node.items()}
            if isinstance(node, list):
                return [self.resolve(v) for v in node]
            return node
        if key == "Ref":
            return self.ref(value)
        if key == "Fn::GetAtt":
            resource, attribute = _get_att(value)
            return self.get_att(resource, self.resolve(attribute))
        if key == "Fn::Sub":
            text, local = (value, {}) if isinstance(value, str) else (value[0], value[1])
            local = {k: self.resolve(v) for k, v in local.items()}

            def substitute(match: re.Match) -> str:
                name = match.group(1).strip()
                if name.startswith("!"):
                    return "${" + name[1:] + "}"
                if name in local:
                    return str(local[name])
                resource, sep, attribute = name.partition(".")
                return str(self.get_att(resource, attribute) if sep else self.ref(name))

            return _SUB_VAR.sub(substitute, text)
        raise TemplateError(f"{key} is not supported by the local stack")
