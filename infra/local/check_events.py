#!/usr/bin/env python3
"""The contract of the events the back office publishes on the product-safety
bus (SPEC 1.8, docs/events.md "Back office -> the marketplace"):

  .local/venv/bin/python infra/local/check_events.py

  - every event of the bus (check_template.DETAIL_TYPES) has a JSON Schema,
    docs/events/<detail-type>.v<N>.json, that is a valid draft 2020-12 schema
    whose $id names its file, requires event_id, occurred_at and
    schema_version (const N) and refuses unknown top-level fields;
  - every schema has its example, events/marketplace/<detail-type>.json: a
    whole EventBridge event (version, id, detail-type, source, account, time,
    region, resources, detail) from marketplace.product-safety whose detail
    validates against the newest version of the schema, formats included.

One line per check ("ok" or "FAIL" and why), then "N passed, M failed"; exit 1
if any check failed. jsonschema (and rfc3339-validator, for date-time) come
with .local/venv (infra/local/install.sh).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_template import DETAIL_TYPES, EVENT_SOURCE, Checks  # noqa: E402
from jsonschema import Draft202012Validator, FormatChecker  # noqa: E402
from jsonschema.exceptions import SchemaError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "docs" / "events"
EXAMPLES = ROOT / "events" / "marketplace"
ENVELOPE = ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"]
COMMON = ["event_id", "occurred_at", "schema_version"]
SCHEMA_FILE = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>[1-9][0-9]*)\.json$")


def schema_files() -> dict[str, dict[int, Path]]:
    """detail type -> version -> schema file."""
    found: dict[str, dict[int, Path]] = {}
    for path in sorted(SCHEMAS.glob("*.json")):
        match = SCHEMA_FILE.match(path.name)
        if match:
            found.setdefault(match["name"], {})[int(match["version"])] = path
    return found


def check_schema(name: str, version: int, path: Path) -> list[str]:
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as err:
        return [f"{path.name} is not JSON: {err}"]
    problems = []
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        problems.append(f"$schema is {schema.get('$schema')!r}, not draft 2020-12")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as err:
        problems.append(f"not a valid draft 2020-12 schema: {err.message}")
    if not str(schema.get("$id", "")).endswith("/" + path.name):
        problems.append(f"$id {schema.get('$id')!r} does not name {path.name}")
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        problems.append("the detail must be an object with additionalProperties false")
    missing = [f for f in COMMON if f not in schema.get("required", [])]
    if missing:
        problems.append(f"does not require {missing}")
    if (schema.get("properties") or {}).get("schema_version", {}).get("const") != version:
        problems.append(f"schema_version is not const {version}")
    return problems


def check_example(name: str, path: Path) -> list[str]:
    example_path = EXAMPLES / f"{name}.json"
    if not example_path.is_file():
        return [f"no example {example_path.relative_to(ROOT)}"]
    try:
        event: Any = json.loads(example_path.read_text(encoding="utf-8"))
    except ValueError as err:
        return [f"{example_path.name} is not JSON: {err}"]
    if not isinstance(event, dict):
        return [f"{example_path.name} is not an object"]
    problems = []
    if sorted(event) != sorted(ENVELOPE):
        problems.append(f"envelope fields are {sorted(event)}, want {sorted(ENVELOPE)}")
    if event.get("detail-type") != name:
        problems.append(f"detail-type is {event.get('detail-type')!r}")
    if event.get("source") != EVENT_SOURCE:
        problems.append(f"source is {event.get('source')!r}, not {EVENT_SOURCE}")
    schema = json.loads(path.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    for error in sorted(validator.iter_errors(event.get("detail")), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path) or "(detail)"
        problems.append(f"detail/{where}: {error.message}")
    return problems


def main() -> int:
    checks = Checks()
    found = schema_files()
    checks.run(
        "every event of the bus has a schema in docs/events/, and every schema is an event of the bus",
        lambda: [f"{n}: no docs/events/{n}.v1.json" for n in sorted(DETAIL_TYPES - set(found))]
        + [f"{n}: a schema for no event of the bus (check_template.DETAIL_TYPES)" for n in sorted(set(found) - DETAIL_TYPES)],
    )
    for name, versions in sorted(found.items()):
        for version, path in sorted(versions.items()):
            checks.run(f"docs/events/{path.name}: draft 2020-12, $id, strict, requires {', '.join(COMMON)}",
                       lambda name=name, version=version, path=path: check_schema(name, version, path))
        newest = versions[max(versions)]
        checks.run(f"events/marketplace/{name}.json: an EventBridge event whose detail validates against {newest.name}",
                   lambda name=name, newest=newest: check_example(name, newest))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
