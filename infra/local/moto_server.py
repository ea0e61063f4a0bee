"""moto's server, with DynamoDB requests served one at a time.

Real DynamoDB isolates a TransactWriteItems from every concurrent write (its
conditions are checked and its writes applied as one step). moto's threaded
server does not: a transaction snapshots the tables, applies its items one by
one and, when a condition fails, restores the snapshot, so two transactions
running at once can both pass a condition the other should have failed
(e.g. both take the third monthly pre-paid label) or one's rollback can undo
the other's writes. Serialising DynamoDB requests gives the stand-in the
isolation the real service has; other services (SQS long polls, the moto API)
stay concurrent.

moto's TransactWriteItems also deep-copies the whole table once per item of
the transaction, to restore it on a cancellation: a 100-item transaction on a
table of 20,000 items copies two million items. The wrapper below keeps
rollback exact for the price of the items it touches: it records each
touched item as it was (an undo log), runs moto's own transaction with the
table copy turned into a reference, and on any failure puts every touched
item back as it was (or deletes it, when it did not exist). Indexes follow,
as moto derives them from the items. Same arguments as `moto_server`.
"""

import copy
import inspect
import json
import pickle
import threading
import types
from typing import Any

import jsonpath_ng.ext
import moto.dynamodb.models as dynamodb_models
import moto.dynamodb.parsing.validators as dynamodb_validators
from moto.core.serialize import (
    DEFAULT_ALIAS_PROVIDERS,
    AttributePickerContext,
    ResponseSerializer,
    XFormedAttributePicker,
)
from moto.core.utils import MISSING, get_value
from moto.dynamodb.comparisons import ConditionExpressionParser
from moto.dynamodb.exceptions import InvalidUpdateExpressionInvalidDocumentPath, ItemSizeTooLarge
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict
from moto.dynamodb.models.table import Table
from moto.dynamodb.models.utilities import bytesize
from moto.dynamodb.parsing.ast_nodes import (  # type: ignore[attr-defined]
    DepthFirstTraverser,
    Node,
    NoneExistingPath,
    UpdateExpressionAddAction,
    UpdateExpressionDeleteAction,
    UpdateExpressionPath,
    UpdateExpressionRemoveAction,
    UpdateExpressionSetAction,
)
from moto.core.parse import PROTOCOL_PARSERS, JSONParser
from moto.core.request import determine_request_protocol
from moto.core.utils import get_service_model
from moto.dynamodb.parsing.expressions import UpdateExpressionParser
from moto.dynamodb.responses import DynamoHandler
from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.server import main
from moto.sqs.models import Queue, SQSBackend

_dispatch = DomainDispatcherApplication.__call__
_dynamodb = threading.Lock()


def _serialised(self: DomainDispatcherApplication, environ: dict[str, Any], start_response: Any) -> Any:
    if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
        with _dynamodb:
            # Flask builds the whole response inside the call: nothing of the
            # request runs after the lock is released.
            return list(_dispatch(self, environ, start_response))
    return _dispatch(self, environ, start_response)


DomainDispatcherApplication.__call__ = _serialised  # type: ignore[method-assign]

# Before each request moto finds its backend from the host it infers
# (e.g. "dynamodb", "sqs.eu-west-1.amazonaws.com"): a listing of moto's
# package directory with a stat per entry (one per service) and then the
# URL patterns of every backend tried in turn. For a given host the answer
# only depends on that directory and those patterns, neither of which
# changes while the server runs: each host's backend is looked up once by
# moto's code and kept. A host without one (None) is not kept: moto looks
# again (and prints its warning) each time.
_moto_backend_for_host = DomainDispatcherApplication.get_backend_for_host
_backends_by_host: dict[Any, Any] = {}


def _backend_for_host(self: DomainDispatcherApplication, host: Any) -> Any:
    backend = _backends_by_host.get(host)
    if backend is None:
        backend = _moto_backend_for_host(self, host)
        if backend is not None and isinstance(host, str) and len(_backends_by_host) < 4096:
            _backends_by_host[host] = backend
    return backend


DomainDispatcherApplication.get_backend_for_host = _backend_for_host  # type: ignore[method-assign]


def _table_as_reference(x: Any, memo: Any = None) -> Any:
    """moto's models module's `copy.deepcopy`: a table is not copied (the
    transaction's undo log restores it), nor an item within an update of a
    table without a stream (below); anything else is."""
    if isinstance(x, Table) or (isinstance(x, Item) and getattr(_update_scope, "streamless", False)):
        return x
    return copy.deepcopy(x, memo)


dynamodb_models.copy = types.SimpleNamespace(deepcopy=_table_as_reference)  # type: ignore[attr-defined]

# moto's update_item starts with `orig_item = copy.deepcopy(item)`, a copy
# of the whole item, whose only use is `table.stream_shard.add(orig_item,
# item)` at the end, when the table has a stream. Within an update of a
# table without one (stream_shard None) that copy is the item itself (the
# models module's `copy.deepcopy` is only called there within update_item);
# a table with a stream gets moto's copy.
_update_scope = threading.local()
_moto_update_item = DynamoDBBackend.update_item


def _update_item(self: DynamoDBBackend, table_name: str, *args: Any, **kwargs: Any) -> Any:
    try:
        streamless = self.get_table(table_name).stream_shard is None
    except Exception:
        streamless = False  # moto's own call reports it
    outer = getattr(_update_scope, "streamless", False)
    _update_scope.streamless = streamless
    try:
        return _moto_update_item(self, table_name, *args, **kwargs)
    finally:
        _update_scope.streamless = outer


DynamoDBBackend.update_item = _update_item  # type: ignore[method-assign]
_transact = DynamoDBBackend.transact_write_items


def _key_of(backend: DynamoDBBackend, op_type: str, op: dict[str, Any]) -> dict[str, Any] | None:
    try:
        table = backend.get_table(op["TableName"])
    except Exception:
        return None  # moto's own call reports the unknown table
    if op_type != "Put":
        return op.get("Key")
    attrs = op.get("Item", {})
    names = [table.hash_key_attr] + ([table.range_key_attr] if table.range_key_attr else [])
    if any(n not in attrs for n in names):
        return None
    return {n: attrs[n] for n in names}


def _transact_with_undo_log(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
    undo: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = []
    seen: set[tuple[str, str]] = set()
    for entry in transact_items[:100]:
        if len(entry) != 1:
            continue
        op_type, op = next(iter(entry.items()))
        key = _key_of(self, op_type, op) if isinstance(op, dict) else None
        if key is None:
            continue
        ident = (op["TableName"], str(sorted(key.items())))
        if ident in seen:
            continue
        seen.add(ident)
        try:
            before = self.get_item(op["TableName"], key)
        except Exception:
            continue
        # The item as it is, kept for a rollback's `to_json()`, not that
        # `to_json()` now (its `to_regular_json` deep-copies each nested map
        # again at every level). An Update changes the item in place: it
        # keeps a copy by Item.__deepcopy__ (moto's own, one walk; the copy
        # keeps every type and value and no one else holds it). A Put
        # replaces the item by a new one, a Delete takes it out, a
        # ConditionCheck only reads it, and no later operation of the
        # transaction touches it (moto cancels a second one on the same key
        # before running it): the item itself stays as it was here.
        if before is not None and op_type not in ("Put", "Delete", "ConditionCheck"):
            before = copy.deepcopy(before)
        undo.append((op["TableName"], key, before))
    try:
        _transact(self, transact_items)
    except Exception:
        for table_name, key, before in reversed(undo):
            if before is None:
                if self.get_item(table_name, key) is not None:
                    self.delete_item(table_name, key)
            else:
                self.put_item(table_name, before.to_json()["Attributes"])
        raise


DynamoDBBackend.transact_write_items = _transact_with_undo_log  # type: ignore[method-assign]

# moto's Query starts from `Table.all_items()`, every item of the table
# sorted by its keys, and then keeps those of the queried partition (or
# index): each Query costs a sort of the whole table, O(n log n) comparisons
# of moto's typed values, 20 ms and more once a recall has written a few
# thousand items. Within a Query (and only there: a Scan still pages through
# the sorted table), `all_items` below returns
#   - for a query of the table, the items of the queried partition alone,
#     read from moto's own dict of partitions: moto keeps exactly these (its
#     filter is `item.hash_key == hash_key`, the dict's key) and sorts them
#     by their sort key, unique in a partition;
#   - for a query of an index, every item unsorted: moto keeps those whose
#     index keys match and sorts them by the index's keys then the table's,
#     a total order (the table's keys are unique), so the order in which
#     they came does not matter.
# The results, their order and the pages (LastEvaluatedKey) are moto's own.
_query_scope = threading.local()
_moto_query = Table.query
_moto_all_items = Table.all_items
_query_signature = inspect.signature(_moto_query)


def _query_in_scope(self: Table, *args: Any, **kwargs: Any) -> Any:
    bound = _query_signature.bind(self, *args, **kwargs)
    if bound.arguments.get("index_name"):
        _query_scope.partition = ("index",)
    else:
        _query_scope.partition = ("table", bound.arguments.get("hash_key"))
    try:
        return _moto_query(self, *args, **kwargs)
    finally:
        _query_scope.partition = None


def _items_in_scope(self: Table) -> list[Any]:
    scope = getattr(_query_scope, "partition", None)
    if scope is None:
        return _moto_all_items(self)
    if scope[0] == "index":
        if self.range_key_attr:
            return [item for part in self.items.values() for item in part.values()]
        return list(self.items.values())
    part = self.items.get(scope[1]) if scope[1] is not None else None  # .get: no insertion
    if part is None:
        return []
    return list(part.values()) if self.range_key_attr else [part]


Table.query = _query_in_scope  # type: ignore[method-assign]
Table.all_items = _items_in_scope  # type: ignore[method-assign]

# moto's SQS reads the queue's attributes on every SendMessage (for
# ContentBasedDeduplication) and, in ReceiveMessage, once per message
# received (for MessageRetentionPeriod); those attributes include the three
# approximate message counts, each a walk over every message the queue
# holds: a send costs O(messages queued), and receiving a queue of n
# messages costs O(n^2) (the 2,000 events of a 1,000-listing recall,
# delivered by the bus to a queue no one drains in a test, cost seconds to
# send and 50 s to read back). Within those two calls (and only there) the
# counts read 0: nothing on their paths reads them (only
# ContentBasedDeduplication and MessageRetentionPeriod, computed as before);
# GetQueueAttributes and everything else count as moto does.
_sqs_send = threading.local()


def _count_outside_sends(count: property) -> property:
    def get(self: Queue) -> Any:
        return 0 if getattr(_sqs_send, "active", False) else count.fget(self)  # type: ignore[misc]

    return property(get)


for _count in (
    "approximate_number_of_messages",
    "approximate_number_of_messages_delayed",
    "approximate_number_of_messages_not_visible",
):
    setattr(Queue, _count, _count_outside_sends(getattr(Queue, _count)))


def _counts_unread(moto_call: Any) -> Any:
    def call(self: SQSBackend, *args: Any, **kwargs: Any) -> Any:
        outer = getattr(_sqs_send, "active", False)
        _sqs_send.active = True
        try:
            return moto_call(self, *args, **kwargs)
        finally:
            _sqs_send.active = outer

    return call


SQSBackend.send_message = _counts_unread(SQSBackend.send_message)  # type: ignore[method-assign]
SQSBackend.is_message_valid_based_on_retention_period = _counts_unread(  # type: ignore[method-assign]
    SQSBackend.is_message_valid_based_on_retention_period
)

# The per-item costs of moto's DynamoDB, once the costs that grow with the
# data are gone (above): a TransactWriteItems of n items parses each item's
# ConditionExpression three times (the handler's validation, the backend's
# condition check, then put_item/update_item) and each UpdateExpression
# twice, deep-copies the parsed UpdateExpression (its validator rewrites a
# copy) once or twice per item, and checks an item's size after each of its
# attributes (O(attributes^2) sizes per item built). The patches below keep
# every one of these steps, each with moto's own code, and only stop redoing
# identical work.
_CACHE_LIMIT = 4096  # entries; when full, a cache starts again empty

# ConditionExpressionParser.parse: a pure function of the expression, its
# names and its values (the parser keeps no other state; the Op tree it
# returns holds the values and is only read when a condition is evaluated
# against an item). The result is kept under the expression and the names
# and values as JSON text in their request order (any difference, even of
# order, is another entry; values that are not JSON are not cached), with
# the names and values the parse found (which the handlers read back to
# reject unused ones). An expression that fails to parse is not kept: it
# fails again, with moto's error, each time.
_moto_condition_parse = ConditionExpressionParser.parse
_conditions: dict[tuple[Any, str, str], tuple[Any, list[str], list[str]]] = {}


def _condition_parsed_once(self: ConditionExpressionParser) -> Any:
    try:
        key = (
            self.condition_expression,
            json.dumps(self.expression_attribute_names),
            json.dumps(self.expression_attribute_values),
        )
    except (TypeError, ValueError):
        return _moto_condition_parse(self)
    hit = _conditions.get(key)
    if hit is None:
        names_before = len(self.expr_attr_names_found)
        values_before = len(self.expr_attr_values_found)
        op = _condition_tree_parsed_once(self)
        if len(_conditions) >= _CACHE_LIMIT:
            _conditions.clear()
        _conditions[key] = (
            op,
            self.expr_attr_names_found[names_before:],
            self.expr_attr_values_found[values_before:],
        )
        return op
    op, names_found, values_found = hit
    self.expr_attr_names_found.extend(names_found)
    self.expr_attr_values_found.extend(values_found)
    return op


ConditionExpressionParser.parse = _condition_parsed_once  # type: ignore[method-assign]

# The same expression and names with other values (a timestamp, an id: a
# miss above) parse to the same syntax tree but for the values in it: the
# values are only looked up (`_lookup_expression_attribute_value`, a
# KeyError when one is missing) when the expression is lexed, kept in the
# tree's value nodes, and read once the tree is built, by
# `_make_op_condition` (an `AttributeValue` of each); every other step of
# `parse` reads the text, the names and the tree's shape. So the tree is
# kept under the expression and its names (JSON text), with the value
# placeholders the lexer looked up, in order; with other values, when each
# of those placeholders has one (else moto parses, with its error), the tree
# gets them in its value nodes and the rest of moto's `parse` (the found
# names and values, `_make_op_condition`) runs on it. A miss runs moto's
# steps of `parse`, in its order, with its own methods.
_condition_trees: dict[tuple[Any, str], tuple[Any, list[str], list[str], list[str]]] = {}
_EXPRESSION_ATTRIBUTE_VALUE = ConditionExpressionParser.Kind.EXPRESSION_ATTRIBUTE_VALUE


def _with_values(node: Any, values: dict[str, Any]) -> Any:
    if node.kind == _EXPRESSION_ATTRIBUTE_VALUE:
        return node._replace(value=values[node.text])
    if not node.children:
        return node
    return node._replace(children=[_with_values(child, values) for child in node.children])


def _condition_tree_parsed_once(self: ConditionExpressionParser) -> Any:
    values = self.expression_attribute_values
    try:
        key = (self.condition_expression, json.dumps(self.expression_attribute_names))
    except (TypeError, ValueError):
        return _moto_condition_parse(self)
    if not self.condition_expression:
        return _moto_condition_parse(self)
    hit = _condition_trees.get(key)
    if hit is not None and (not hit[1] or (type(values) is dict and all(name in values for name in hit[1]))):
        node = _with_values(hit[0], values)
        self.expr_attr_names_found.extend(hit[2])
        self.expr_attr_values_found.extend(hit[3])
        return self._make_op_condition(node)
    looked_up: list[str] = []
    lookup = self._lookup_expression_attribute_value

    def _recorded_lookup(name: str) -> Any:
        looked_up.append(name)
        return lookup(name)

    self._lookup_expression_attribute_value = _recorded_lookup  # type: ignore[method-assign]
    try:
        # moto's ConditionExpressionParser.parse, step by step.
        nodes = self._lex_condition_expression()
        nodes = self._parse_paths(nodes)
        nodes = self._apply_functions(nodes)
        nodes = self._apply_comparator(nodes)
        nodes = self._apply_in(nodes)
        nodes = self._apply_between(nodes)
        nodes = self._apply_parens_and_booleans(nodes)
    finally:
        del self._lookup_expression_attribute_value
    node = nodes[0]
    self._assert_no_redundant_parentheses(node)
    names_found = self._find_literals(node)
    values_found = self._find_expr_attr_values(node)
    self.expr_attr_names_found.extend(names_found)
    self.expr_attr_values_found.extend(values_found)
    op = self._make_op_condition(node)
    if len(_condition_trees) >= _CACHE_LIMIT:
        _condition_trees.clear()
    _condition_trees[key] = (node, looked_up, names_found, values_found)
    return op

# UpdateExpressionParser.make: the AST of an UpdateExpression depends on its
# text alone (names and values are resolved later, by the validator, on a
# copy). The AST is kept under the text, with its pickle; moto never changes
# that AST (the handler only reads its clauses; UpdateExpressionValidator
# starts with `deepcopy(expression)` and rewrites the copy), and the
# validators module's `deepcopy` below makes that copy of a kept AST from
# its pickle: the same plain node objects (the parser's nodes hold only
# child nodes and strings; no __deepcopy__ of their own), 5 times faster
# than copy.deepcopy. Anything else is deep-copied as before. A text that
# fails to parse is not kept (moto's error, each time).
_moto_update_make = UpdateExpressionParser.make.__func__  # type: ignore[attr-defined]
_update_asts: dict[str, tuple[Any, bytes]] = {}
_update_asts_by_id: dict[int, tuple[Any, bytes]] = {}  # holds the AST: its id stays its own


def _update_parsed_once(cls: type, expression_str: Any) -> Any:
    if cls is not UpdateExpressionParser or not isinstance(expression_str, str):
        return _moto_update_make(cls, expression_str)
    hit = _update_asts.get(expression_str)
    if hit is None:
        ast = _moto_update_make(cls, expression_str)
        if len(_update_asts) >= _CACHE_LIMIT:
            _update_asts.clear()
            _update_asts_by_id.clear()
        hit = (ast, pickle.dumps(ast, pickle.HIGHEST_PROTOCOL))
        _update_asts[expression_str] = hit
        _update_asts_by_id[id(ast)] = hit
    return hit[0]


def _copy_of_ast(x: Any, memo: Any = None) -> Any:
    hit = _update_asts_by_id.get(id(x))
    if hit is not None and hit[0] is x:
        return pickle.loads(hit[1])
    return copy.deepcopy(x, memo)


UpdateExpressionParser.make = classmethod(_update_parsed_once)  # type: ignore[method-assign,assignment]
dynamodb_validators.deepcopy = _copy_of_ast  # type: ignore[attr-defined]

# UpdateExpressionValidator.validate runs ten passes over a copy of the
# AST: checks of the actions and paths, the values put in, each path
# resolved against the item, functions and operations evaluated, then the
# types of the SET values checked against the table's key attributes. Only
# the resolving pass reads the item. A path in first position (the
# attribute a SET, REMOVE, ADD or DELETE acts on) is looked up there and
# kept as it is: the item can only make that lookup raise (e.g. `#d.x`
# when the item has no `#d`: not "creatable"). A path among the values
# (`if_not_exists(f, ...)`, `list_append(#d.x, ...)`, `a = b + :c`) is
# replaced by the item's value. So when every path of an expression is in
# first position, the validated AST is a pure function of the AST, the
# names, the values and the table's key and index attributes (what the
# other passes read), holds nothing of the item, and the item only decides
# whether the resolving pass raises (the passes before it read no item).
# For those expressions moto's validate runs once per (AST, names and
# values as JSON text in request order, table's attributes) that recurs
# (the first time it is only noted, the second time kept); each later
# validation first looks each first-position path up in its item with
# moto's resolver, in the pass's order, and raises as that pass does, then
# gets a copy of the validated AST from a pickle (in place of the copy of
# the AST moto's __init__ makes): the same nodes and DynamoTypes, which the
# caller normalises and executes as moto does. Any other expression (or
# values that are not JSON) is validated by moto against the item each
# time; a validation that raises is not kept (moto's error, each time).
_moto_validator_init = dynamodb_validators.UpdateExpressionValidator.__init__
_moto_validate = dynamodb_validators.UpdateExpressionValidator.validate
_TARGET_ACTIONS = (
    UpdateExpressionSetAction,
    UpdateExpressionRemoveAction,
    UpdateExpressionAddAction,
    UpdateExpressionDeleteAction,
)
# id of the AST -> (AST, its first-position paths in the resolving pass's
# order, or None when a path is elsewhere); holds the AST: its id stays its own
_target_paths: dict[int, tuple[Any, list[Any] | None]] = {}
_validated: dict[tuple[int, str, str, str], tuple[Any, bytes | None]] = {}


def _first_position_paths(ast: Any) -> list[Any] | None:
    targets: list[Any] = []
    paths = 0

    def walk(node: Any) -> None:  # depth first, children in order: the traverser's order of paths
        nonlocal paths
        if not isinstance(node, Node):
            return
        if isinstance(node, UpdateExpressionPath):
            paths += 1
        if isinstance(node, _TARGET_ACTIONS) and isinstance(node.children[0], UpdateExpressionPath):
            targets.append(node.children[0])
        for child in node.children or []:
            walk(child)

    walk(ast)
    return targets if paths == len(targets) else None


def _validation_key(expression: Any, names: Any, values: Any, table: Any) -> tuple[int, str, str, str] | None:
    if _update_asts_by_id.get(id(expression), (None,))[0] is not expression:
        return None  # not from the parser: moto's way
    hit = _target_paths.get(id(expression))
    if hit is None or hit[0] is not expression:
        if len(_target_paths) >= _CACHE_LIMIT:
            _target_paths.clear()
        hit = (expression, _first_position_paths(expression))
        _target_paths[id(expression)] = hit
    if hit[1] is None:
        return None
    try:
        return (
            id(expression),
            json.dumps(names),
            json.dumps(values),
            json.dumps([table.table_key_attrs, table.attr, table.attribute_keys]),
        )
    except (TypeError, ValueError):
        return None


def _validator_init(
    self: Any, expression: Any, expression_attribute_names: Any, expression_attribute_values: Any, item: Any, table: Any
) -> None:
    key = None
    if type(self) is dynamodb_validators.UpdateExpressionValidator:
        key = _validation_key(expression, expression_attribute_names, expression_attribute_values, table)
    hit = _validated.get(key) if key is not None else None
    self.validation_key = key
    self.validation_source = expression
    self.validated = hit is not None and hit[0] is expression and hit[1] is not None
    if not self.validated:
        _moto_validator_init(self, expression, expression_attribute_names, expression_attribute_values, item, table)
        return
    # moto's __init__, the validated AST's copy for the AST's copy
    self.expression_attribute_names = expression_attribute_names
    self.expression_attribute_values = expression_attribute_values
    self.item = item
    self.table = table
    self.processors = self.get_ast_processors()
    self.node_to_validate = pickle.loads(hit[1])  # type: ignore[index]


def _check_first_position_paths(self: Any) -> None:
    # ExpressionAttributeResolvingProcessor.process_expression_path_node, first position
    resolver = dynamodb_validators.ExpressionPathResolver(self.expression_attribute_names)
    for path in _target_paths[id(self.validation_source)][1]:
        found = resolver.resolve_expression_path(self.item, path)
        if isinstance(found, NoneExistingPath) and not found.is_creatable():
            raise InvalidUpdateExpressionInvalidDocumentPath()


# Values that do not recur (an id, a timestamp) miss the cache above. For
# those, once an (AST, names, table's attributes) has passed moto's whole
# validation, its later validations run moto's passes on moto's copy of the
# AST but three checks that read only the AST, the names and the table's key
# attributes (action counts, overlapping paths, key attributes updated:
# passed for those), the resolving pass (for first-position paths, its only
# effect is the lookup above, run in its place) and the check for paths the
# item lacks (only the resolving pass puts them in, for paths among the
# values: there are none). The passes that read the values (put them in,
# functions, operations, types and empty key values) are moto's, in order.
_checked: dict[tuple[int, str, str], Any] = {}  # -> the AST: its id stays its own
_SKIPPED_PASSES = (
    dynamodb_validators.ActionCountValidator,
    dynamodb_validators.OverlappingPathsValidator,
    dynamodb_validators.UpdateHashRangeKeyValidator,
    dynamodb_validators.NoneExistingPathChecker,
)


def _validate(self: Any) -> Any:
    if getattr(self, "validated", False):
        _check_first_position_paths(self)
        return self.node_to_validate
    key = getattr(self, "validation_key", None)
    checked = (key[0], key[1], key[3]) if key is not None else None
    if checked is not None and _checked.get(checked) is self.validation_source:
        node = self.node_to_validate
        for processor in self.processors:
            if type(processor) in _SKIPPED_PASSES:
                continue
            if type(processor) is dynamodb_validators.ExpressionAttributeResolvingProcessor:
                _check_first_position_paths(self)
                continue
            node = processor.traverse(node)
    else:
        node = _moto_validate(self)
        if checked is not None:
            if len(_checked) >= _CACHE_LIMIT:
                _checked.clear()
            _checked[checked] = self.validation_source
    if key is not None:
        if len(_validated) >= _CACHE_LIMIT:
            _validated.clear()
        if key in _validated:  # seen before (values that recur): keep the result
            _validated[key] = (self.validation_source, pickle.dumps(node, pickle.HIGHEST_PROTOCOL))
        else:  # first time: only noted (an id's or a timestamp's values never recur)
            _validated[key] = (self.validation_source, None)  # holds the AST: its id stays its own
    return node


dynamodb_validators.UpdateExpressionValidator.__init__ = _validator_init  # type: ignore[method-assign]
dynamodb_validators.UpdateExpressionValidator.validate = _validate  # type: ignore[method-assign]


# DepthFirstTraverser calls `nodes_to_be_processed()` at every node of
# every pass: a new dict of bound methods (`_processing_map()`) and a tuple
# of its keys, per node. The keys of each of moto's validator passes are
# the same classes at every call (each `_processing_map` returns a literal
# dict of them): the tuple is computed once per pass class, by moto's code.
# A traverser of any other module (none in moto today) goes moto's way.
_moto_nodes_to_be_processed = DepthFirstTraverser.nodes_to_be_processed
_processed_classes: dict[type, tuple[type, ...]] = {}


def _nodes_to_be_processed(self: DepthFirstTraverser) -> tuple[type, ...]:
    cls = type(self)
    hit = _processed_classes.get(cls)
    if hit is None:
        hit = _moto_nodes_to_be_processed(self)
        if cls.__module__ != dynamodb_validators.__name__:
            return hit
        _processed_classes[cls] = hit
    return hit


DepthFirstTraverser.nodes_to_be_processed = _nodes_to_be_processed  # type: ignore[method-assign]


# Item.__init__ puts its attributes one by one into a LimitedSizeDict,
# whose every insert sums the sizes of all the attributes already in (then
# raises ItemSizeTooLarge past 405,000 bytes): O(attributes^2) sizes, each a
# walk of nested maps and lists. Below, the same sum is kept as a running
# total: after each attribute the total is exactly what that insert
# computes (nothing changes the earlier attributes meanwhile), so the same
# attribute raises the same error; the dict, its class and its contents are
# moto's.
def _item_init(self: Item, hash_key: DynamoType, range_key: DynamoType | None, attrs: dict[str, Any]) -> None:
    self.hash_key = hash_key
    self.range_key = range_key
    self.attrs = LimitedSizeDict()
    size = 0
    for key, value in attrs.items():
        typed = DynamoType(value)
        size += bytesize(key) + typed.size()
        if size > 405000:
            raise ItemSizeTooLarge
        dict.__setitem__(self.attrs, key, typed)


Item.__init__ = _item_init  # type: ignore[method-assign]

# DynamoType.size, which a Query calls on every item of the queried
# partition (for its 1 MB page) and Item.__init__ on every attribute put,
# sizes a map's each value as `DynamoType(v).size()`: it first rebuilds the
# value's whole subtree (a DynamoType per nested value, at every level of
# nesting) only to measure it. `_rebuilt_size(v)` below is the size of that
# rebuilt copy without building it: the rebuild keeps each node's type and
# value and rebuilds a list's elements and a map's values the same way, so
# the sum is the one moto's branches (same order, same cases) compute on
# the copy. Anything but an exact DynamoType (moto's rebuild would convert
# or reject it) is sized by moto's own `DynamoType(v).size()`, and the
# DynamoType's own size keeps moto's code but for that map branch.
# The scalar branches are moto's, inlined (no method call per value).
def _rebuilt_size(v: Any) -> int:
    if type(v) is not DynamoType:
        return _moto_dynamo_size(DynamoType(v))
    t, value = v.type, v.value
    if t == "S":
        return 1 if isinstance(value, bool) else len(value.encode("utf-8") if not isinstance(value, bytes) else value)
    if t == "N":
        return len(str(value))
    if t == "M":
        return sum([bytesize(k) + _rebuilt_size(x) for k, x in value.items()])
    if t == "L":
        return sum([_rebuilt_size(x) for x in value])
    return _moto_dynamo_size(v)


def _dynamo_size(self: DynamoType) -> int:
    if self.type == "M":
        return sum([bytesize(k) + _rebuilt_size(v) for k, v in self.value.items()])
    return _moto_dynamo_size(self)


_moto_dynamo_size = DynamoType.size
DynamoType.size = _dynamo_size  # type: ignore[method-assign]

# moto's response serializer looks each member of each structure up through
# a chain of alias providers (the key, its snake_case form, the model's
# name, shape- and class-prefix aliases, ...), building a context object and
# six providers per member: a Query's items are AttributeValues of ten
# members each, every one looked up that way (4.5 s of the 22 s of a
# 1,000-listing recall's intake).
# For a plain dict (what the DynamoDB handlers hand over) the keys a lookup
# tries depend only on the member's shape, its parent shape and its name:
# `ExplicitAlias` finds no `Meta` on a dict and `ClassPrefixAlias` always
# sees the class name "dict". So the keys are computed once per member by
# moto's own picker (on an empty dict) and tried in its order with moto's
# `get_value`; a picker with response transformers, other alias providers
# or an object that is not exactly a dict goes through moto's path.
_moto_serializer_get_value = ResponseSerializer.get_value
_member_keys: dict[tuple[int, str], tuple[Any, Any, tuple[str, ...]]] = {}


def _get_value(self: ResponseSerializer, value: Any, key: str, shape: Any) -> Any:
    picker = self._value_picker
    if (
        type(value) is not dict
        or type(picker) is not XFormedAttributePicker
        or picker.response_transformers
        or picker.alias_providers is not DEFAULT_ALIAS_PROVIDERS
    ):
        return _moto_serializer_get_value(self, value, key, shape)
    parent = getattr(shape, "parent", None)
    hit = _member_keys.get((id(shape), key))
    if hit is None or hit[0] is not shape or hit[1] is not parent:
        context = AttributePickerContext(
            obj={},
            key=key,
            shape=shape,
            operation_model=self.operation_model,
            service_model=self.operation_model.service_model,
            key_path="",
        )
        if len(_member_keys) >= _CACHE_LIMIT:
            _member_keys.clear()
        keys = tuple(picker.get_possible_keys(context))
        plain = all(isinstance(k, str) and "." not in k for k in keys)
        hit = (shape, parent, keys, plain)
        _member_keys[(id(shape), key)] = hit  # holds the shape: its id stays its own
    if hit[3]:
        # `get_value(d, k, MISSING)` of a dict and a key without a dot is
        # `d[k]`, or MISSING on a KeyError: the same lookups, without the
        # two calls per key (an AttributeValue's ten members, one present).
        for possible_key in hit[2]:
            if possible_key in value:
                return value[possible_key]
        return None
    for possible_key in hit[2]:
        found = get_value(value, possible_key, MISSING)
        if found is not MISSING:
            return found
    return None


ResponseSerializer.get_value = _get_value  # type: ignore[method-assign]

# EventBridge: moto's PutEvents renders each rule target's input through
# EventTemplateParser, which parses each of the eight JSONPaths of the
# default input paths anew, and jsonpath_ng builds a new yacc parser (its
# tables read again) for each parse: 3 s of the 22 s of a 1,000-listing
# recall's intake (110 PutEvents).
# `jsonpath_ng.ext.parse` (moto imports it at each call) is a pure function
# of the path's text; its JSONPath objects are only read by `find`. Each
# text is parsed once and kept; a text that fails to parse is not kept.
_moto_jsonpath_parse = jsonpath_ng.ext.parse
_jsonpaths: dict[tuple[str, Any], Any] = {}


def _jsonpath_parsed_once(path: Any, debug: Any = None) -> Any:
    if not isinstance(path, str):
        return _moto_jsonpath_parse(path, debug)
    hit = _jsonpaths.get((path, debug))
    if hit is None:
        hit = _moto_jsonpath_parse(path, debug)
        if len(_jsonpaths) >= _CACHE_LIMIT:
            _jsonpaths.clear()
        _jsonpaths[(path, debug)] = hit
    return hit


jsonpath_ng.ext.parse = _jsonpath_parsed_once  # type: ignore[assignment]

# DynamoDB requests: moto parses every request body against the API model
# (moto.core.parse.JSONParser), a generic walk that looks up a handler by
# name for every node: for an item, every AttributeValue, recursively. It is
# a third of moto's time in a 1,000-listing recall's intake. An
# AttributeValue is a structure of ten members (S, N, B, SS, NS, BS, M, L,
# NULL, BOOL); the walk keeps those that are present and not null, in the
# model's order, parses a blob (B, each of BS) with the parser's blob
# parser, copies a list, and walks a map (M) or a list (L) of
# AttributeValues the same way; strings and booleans it keeps as they are.
# `_attribute_value` does exactly that, without the lookups, for
# DynamoDB's parser only, and only when the model's AttributeValue has
# those members with those types (checked once, at start; otherwise moto's
# walk runs as before). A map of AttributeValues (an item, a key) goes to it
# directly, as moto's map walk would, key by key.
_AV_MEMBERS = {
    "S": "string",
    "N": "string",
    "B": "blob",
    "SS": "list",
    "NS": "list",
    "BS": "list",
    "M": "map",
    "L": "list",
    "NULL": "boolean",
    "BOOL": "boolean",
}


def _attribute_value_model_as_read() -> bool:
    try:
        shape = get_service_model("dynamodb").shape_for("AttributeValue")
        members = shape.members
        return (
            {k: m.type_name for k, m in members.items()} == _AV_MEMBERS
            and list(members) == list(_AV_MEMBERS)
            and all(not m.serialization for m in members.values())
            and not shape.is_document_type
            and members["SS"].member.type_name == "string"
            and members["NS"].member.type_name == "string"
            and members["BS"].member.type_name == "blob"
            and members["M"].key.type_name == "string"
            and members["M"].value.name == "AttributeValue"
            and members["L"].member.name == "AttributeValue"
            and not hasattr(JSONParser, "_parse_string")
            and not hasattr(JSONParser, "_parse_boolean")
        )
    except Exception:  # noqa: BLE001 - any surprise: keep moto's walk
        return False


def _member(parser: Any, name: str, raw: Any) -> Any:
    if name == "S" or name == "N" or name == "NULL" or name == "BOOL":
        return raw
    if name == "M":
        return {k: _attribute_value(parser, v) for k, v in raw.items()}
    if name == "L":
        return [_attribute_value(parser, v) for v in raw]
    if name == "B":
        return parser._blob_parser(raw)
    if name == "BS":
        return [parser._blob_parser(v) for v in raw]
    return [v for v in raw]  # SS, NS


def _attribute_value(parser: Any, value: Any) -> Any:
    if value is None:
        return None
    # The usual case, one member: the same answer without ten lookups.
    if type(value) is dict and len(value) == 1:
        for name, raw in value.items():
            if raw is None or name not in _AV_MEMBERS:
                return {}
            return {name: _member(parser, name, raw)}
    parsed = {}
    for name in _AV_MEMBERS:
        raw = value.get(name)
        if raw is not None:
            parsed[name] = _member(parser, name, raw)
    return parsed


class _DynamoDBParser(JSONParser):  # type: ignore[misc]
    def _parse_structure(self, shape: Any, value: Any) -> Any:
        if shape.name == "AttributeValue":
            return _attribute_value(self, value)
        return super()._parse_structure(shape, value)

    def _parse_map(self, shape: Any, value: Any) -> Any:
        if shape.value.name == "AttributeValue" and shape.key.type_name == "string":
            return {k: _attribute_value(self, v) for k, v in value.items()}
        return super()._parse_map(shape, value)


def _dynamodb_parse_parameters(self: DynamoHandler, request: Any) -> None:
    # moto's BaseResponse.parse_parameters, with the parser above for JSON.
    service_model = get_service_model(self.boto3_service_name)
    operation_model = service_model.operation_model(self._get_action())
    protocol = determine_request_protocol(service_model, request.content_type)
    parser_cls = PROTOCOL_PARSERS[protocol]
    if parser_cls is JSONParser:
        parser_cls = _DynamoDBParser
    parser = parser_cls(operation_model, map_type=self.PROTOCOL_PARSER_MAP_TYPE)
    self.params = parser.parse(
        {
            "method": request.method,
            "values": request.values,
            "headers": request.headers,
            "body": request.data,
            "url_path": request.path,
            "url_params": self.uri_match,
        }
    )


if (
    _attribute_value_model_as_read()
    and "parse_parameters" not in vars(DynamoHandler)
    and DynamoHandler.PROTOCOL_PARSER_MAP_TYPE is dict
):
    DynamoHandler.parse_parameters = _dynamodb_parse_parameters  # type: ignore[method-assign]

if __name__ == "__main__":
    main()
