"""Reading infra/template.yaml: the one YAML loader and the template queries
shared by create_resources.py (the local stack) and check_template.py (the
wiring test).

The CloudFormation short tags (!Ref, !GetAtt, !Sub, ...) load as their long
JSON forms ({"Ref": x}, {"Fn::GetAtt": [res, attr]}, {"Fn::Sub": ...}), so the
rest of the code sees one shape whichever way the template spells them. An
unknown tag (a typo such as !GetAt) is a load error, not a silent string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import yaml

HERE = Path(__file__).resolve().parent
TEMPLATE_PATH = HERE.parent / "template.yaml"

PSEUDO_PARAMETERS = {
    "AWS::AccountId",
    "AWS::NotificationARNs",
    "AWS::NoValue",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
}

SERVERLESS_FUNCTION = "AWS::Serverless::Function"
LAMBDA_FUNCTION = "AWS::Lambda::Function"
FUNCTION_TYPES = (SERVERLESS_FUNCTION, LAMBDA_FUNCTION)
SQS_QUEUE = "AWS::SQS::Queue"
DYNAMODB_TABLE = "AWS::DynamoDB::Table"
SES_IDENTITY = "AWS::SES::EmailIdentity"

# Exactly as AWS spells it: anything else is ignored by the event source
# mapping's validation in some tools and rejected at deploy time by others.
REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures"


class TemplateError(Exception):
    """The template is unreadable or inconsistent."""


# ------------------------------------------------------------------ loading --

class CfnLoader(yaml.SafeLoader):
    """SafeLoader that understands the CloudFormation short-form tags."""


def _construct(loader: yaml.Loader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


def _long_form(key: str):
    def constructor(loader: yaml.Loader, node: yaml.Node) -> dict[str, Any]:
        return {key: _construct(loader, node)}

    return constructor


def _get_att(loader: yaml.Loader, node: yaml.Node) -> dict[str, Any]:
    value = _construct(loader, node)
    if isinstance(value, str):
        # !GetAtt Resource.Attribute (the attribute may itself contain dots,
        # e.g. Endpoint.Address: split on the first one only).
        resource, sep, attribute = value.partition(".")
        if not sep:
            raise yaml.constructor.ConstructorError(
                None, None, f"!GetAtt {value!r} has no attribute", node.start_mark
            )
        value = [resource, attribute]
    return {"Fn::GetAtt": value}


for _tag in (
    "And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs", "If",
    "ImportValue", "Join", "Length", "Not", "Or", "Select", "Split", "Sub",
    "ToJsonString", "Transform",
):
    CfnLoader.add_constructor(f"!{_tag}", _long_form(f"Fn::{_tag}"))
CfnLoader.add_constructor("!Ref", _long_form("Ref"))
CfnLoader.add_constructor("!Condition", _long_form("Condition"))
CfnLoader.add_constructor("!GetAtt", _get_att)


def load(path: str | Path | None = None) -> "Template":
    path = Path(path) if path else TEMPLATE_PATH
    try:
        with open(path, encoding="utf-8") as handle:
            doc = yaml.load(handle, Loader=CfnLoader)  # noqa: S506 (SafeLoader subclass)
    except OSError as err:
        raise TemplateError(f"cannot read {path}: {err}") from err
    except yaml.YAMLError as err:
        raise TemplateError(f"{path} is not a valid template: {err}") from err
    if not isinstance(doc, dict) or not isinstance(doc.get("Resources"), dict):
        raise TemplateError(f"{path} has no Resources section")
    return Template(path, doc)


# --------------------------------------------------------------- intrinsics --

def intrinsic(node: Any) -> tuple[str, Any] | None:
    """("Ref", x) / ("Fn::GetAtt", [r, a]) / ... if node is one function call."""
    if isinstance(node, dict) and len(node) == 1:
        (key, value), = node.items()
        if key == "Ref" or key == "Condition" or key.startswith("Fn::"):
            return key, value
    return None


_SUB_VAR = re.compile(r"\$\{([^}]*)\}")


def sub_variables(template_string: str) -> list[str]:
    """The ${...} names of a Fn::Sub string (${!Literal} is an escape)."""
    return [v.strip() for v in _SUB_VAR.findall(template_string) if not v.startswith("!")]


def references(node: Any, where: str = "") -> Iterator[tuple[str, str, str | None, str]]:
    """Every reference in node: (kind, target, attribute, where) with kind
    "Ref", "GetAtt" or "Sub" (a ${X} or ${X.Attr} inside Fn::Sub)."""
    call = intrinsic(node)
    if call:
        key, value = call
        if key == "Ref" and isinstance(value, str):
            yield "Ref", value, None, where
            return
        if key == "Fn::GetAtt":
            if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
                attribute = value[1] if isinstance(value[1], str) else None
                yield "GetAtt", value[0], attribute, where
                yield from references(value[1], where)
            else:
                yield "GetAtt", repr(value), None, where
            return
        if key == "Fn::Sub":
            text, local = (value, {}) if isinstance(value, str) else (value[0], value[1])
            for name in sub_variables(text):
                if name in local:
                    continue
                target, _, attribute = name.partition(".")
                yield "Sub", target, attribute or None, where
            yield from references(local, where)
            return
    if isinstance(node, dict):
        for key, value in node.items():
            yield from references(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from references(value, f"{where}[{index}]")


def camel_to_screaming(name: str) -> str:
    """CatalogSync -> CATALOG_SYNC, SESNotices -> SES_NOTICES."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return words.upper()


# ----------------------------------------------------------------- template --

class Template:
    def __init__(self, path: Path, doc: dict[str, Any]):
        self.path = path
        self.doc = doc
        self.resources: dict[str, dict[str, Any]] = doc["Resources"]
        self.parameters: dict[str, dict[str, Any]] = doc.get("Parameters") or {}
        self.globals: dict[str, Any] = doc.get("Globals") or {}

    # -- lookups ------------------------------------------------------------
    def of_type(self, *types: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v.get("Type") in types}

    def props(self, logical_id: str) -> dict[str, Any]:
        return self.resources[logical_id].get("Properties") or {}

    def functions(self) -> dict[str, dict[str, Any]]:
        return self.of_type(*FUNCTION_TYPES)

    def queues(self) -> dict[str, dict[str, Any]]:
        return self.of_type(SQS_QUEUE)

    def tables(self) -> dict[str, dict[str, Any]]:
        return self.of_type(DYNAMODB_TABLE)

    def parameter_default(self, name: str) -> Any:
        if name not in self.parameters:
            raise TemplateError(f"!Ref {name}: no such parameter")
        if "Default" not in self.parameters[name]:
            raise TemplateError(f"parameter {name} has no Default to run locally with")
        return self.parameters[name]["Default"]

    def function_props(self, logical_id: str) -> dict[str, Any]:
        """A function's Properties with Globals.Function merged in (SAM's
        rules: maps merge key by key, the function's own value wins, lists
        concatenate)."""
        own = self.props(logical_id)
        if self.resources[logical_id].get("Type") != SERVERLESS_FUNCTION:
            return own
        return _merge(self.globals.get("Function") or {}, own)

    def function_environment(self, logical_id: str) -> dict[str, Any]:
        env = (self.function_props(logical_id).get("Environment") or {}).get("Variables") or {}
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
        call = intrinsic(event_props.get("Queue"))
        if call and call[0] == "Fn::GetAtt" and isinstance(call[1], list):
            return call[1][0]
        return None

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
        target = intrinsic(policy.get("deadLetterTargetArn"))
        dlq = None
        if target and target[0] == "Fn::GetAtt" and isinstance(target[1], list):
            dlq = target[1][0]
        return dlq, policy.get("maxReceiveCount")

    def dead_letter_queues(self) -> set[str]:
        dlqs = set()
        for queue in self.queues():
            redrive = self.redrive(queue)
            if redrive and redrive[0]:
                dlqs.add(redrive[0])
        return dlqs

    def queue_env_names(self) -> dict[str, str]:
        """queue logical id -> env var holding its URL:
        CatalogSyncQueue -> CATALOG_SYNC_QUEUE_URL, CatalogSyncDLQ -> CATALOG_SYNC_DLQ_URL."""
        dlqs = self.dead_letter_queues()
        names: dict[str, str] = {}
        for queue in self.queues():
            base = re.sub(r"(DeadLetterQueue|DLQ|Queue)$", "", queue) or queue
            is_dlq = queue in dlqs or queue.endswith(("DLQ", "DeadLetterQueue"))
            var = f"{camel_to_screaming(base)}_{'DLQ' if is_dlq else 'QUEUE'}_URL"
            if var in names.values():
                raise TemplateError(f"two queues would both be exported as {var}: rename one")
            names[queue] = var
        return names

    def policy_statements(self, logical_id: str) -> list[dict[str, Any]]:
        """The inline IAM statements of a SAM function's Policies."""
        policies = self.props(logical_id).get("Policies") or []
        if isinstance(policies, (str, dict)):
            policies = [policies]
        statements: list[dict[str, Any]] = []
        for policy in policies:
            if isinstance(policy, dict) and "Statement" in policy:
                body = policy["Statement"]
                statements.extend(body if isinstance(body, list) else [body])
        return statements

    def policy_templates(self, logical_id: str) -> list[str]:
        """Names of SAM policy templates / managed policies a function uses."""
        policies = self.props(logical_id).get("Policies") or []
        if isinstance(policies, (str, dict)):
            policies = [policies]
        names = []
        for policy in policies:
            if isinstance(policy, str):
                names.append(policy)
            elif isinstance(policy, dict) and "Statement" not in policy:
                names.extend(str(k) for k in policy)
        return names

    # -- consistency ----------------------------------------------------------
    def dangling_references(self) -> list[str]:
        """Every Ref / GetAtt / ${} whose target does not exist."""
        problems = []
        sections = {
            "Resources": self.resources,
            "Outputs": self.doc.get("Outputs") or {},
            "Globals": self.globals,
        }
        for section, body in sections.items():
            for kind, target, attribute, where in references(body):
                place = f"{section}.{where}"
                if kind in ("Ref", "Sub") and attribute is None:
                    if target not in self.resources and target not in self.parameters \
                            and target not in PSEUDO_PARAMETERS:
                        problems.append(f"{place}: {kind} {target}: no such resource or parameter")
                elif target not in self.resources:
                    shown = f"{target}.{attribute}" if attribute else target
                    problems.append(f"{place}: {kind} {shown}: no such resource")
        return problems

    def wiring_errors(self) -> list[str]:
        """The mistakes that must stop the local stack (and fail the tests):
        dangling references, a function's SQS queue without a DLQ, and an SQS
        event that does not report batch item failures."""
        problems = self.dangling_references()
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


def _merge(global_value: Any, local_value: Any) -> Any:
    if isinstance(global_value, dict) and isinstance(local_value, dict):
        if intrinsic(global_value) or intrinsic(local_value):
            return local_value
        merged = dict(global_value)
        for key, value in local_value.items():
            merged[key] = _merge(merged[key], value) if key in merged else value
        return merged
    if isinstance(global_value, list) and isinstance(local_value, list):
        return global_value + local_value
    return local_value


# ----------------------------------------------------------------- resolving --

class Resolver:
    """Evaluates intrinsics against what exists locally.

    refs:    logical id -> value of !Ref (table name, queue URL, parameter
             default, pseudo parameter)
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
        call = intrinsic(node)
        if call is None:
            if isinstance(node, dict):
                return {k: self.resolve(v) for k, v in node.items()}
            if isinstance(node, list):
                return [self.resolve(v) for v in node]
            return node
        key, value = call
        if key == "Ref":
            return self.ref(value)
        if key == "Fn::GetAtt":
            return self.get_att(value[0], self.resolve(value[1]))
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
                if sep:
                    return str(self.get_att(resource, attribute))
                return str(self.ref(name))

            return _SUB_VAR.sub(substitute, text)
        if key == "Fn::Join":
            sep, items = value
            return sep.join(str(self.resolve(i)) for i in self.resolve(items))
        if key == "Fn::Select":
            index, items = value
            return self.resolve(items)[int(self.resolve(index))]
        if key == "Fn::Split":
            sep, text = value
            return str(self.resolve(text)).split(sep)
        raise TemplateError(f"{key} is not supported by the local stack")
