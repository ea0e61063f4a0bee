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
import threading
import types
from typing import Any

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table
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


def _table_as_reference(x: Any, memo: Any = None) -> Any:
    """moto's models module's `copy.deepcopy`: a table is not copied (the
    transaction's undo log restores it), anything else is."""
    return x if isinstance(x, Table) else copy.deepcopy(x, memo)


dynamodb_models.copy = types.SimpleNamespace(deepcopy=_table_as_reference)  # type: ignore[attr-defined]
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
        undo.append((op["TableName"], key, before.to_json()["Attributes"] if before else None))
    try:
        _transact(self, transact_items)
    except Exception:
        for table_name, key, attrs in reversed(undo):
            if attrs is None:
                if self.get_item(table_name, key) is not None:
                    self.delete_item(table_name, key)
            else:
                self.put_item(table_name, attrs)
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
# ContentBasedDeduplication), and those attributes include the three
# approximate message counts, each a walk over every message the queue
# holds: a send costs O(messages queued), and the 2,000 events of a 1,000-
# listing recall, delivered by the bus to a queue no one drains in a test,
# cost seconds. Within a send (and only there) the counts read 0: nothing on
# that path reads them (only ContentBasedDeduplication, computed as
# before); GetQueueAttributes and everything else count as moto does.
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
_moto_send_message = SQSBackend.send_message


def _send_message(self: SQSBackend, *args: Any, **kwargs: Any) -> Any:
    outer = getattr(_sqs_send, "active", False)
    _sqs_send.active = True
    try:
        return _moto_send_message(self, *args, **kwargs)
    finally:
        _sqs_send.active = outer


SQSBackend.send_message = _send_message  # type: ignore[method-assign]

if __name__ == "__main__":
    main()
