"""moto's server, with DynamoDB requests served one at a time.

Real DynamoDB isolates a TransactWriteItems from every concurrent write (its
conditions are checked and its writes applied as one step). moto's threaded
server does not: a transaction snapshots the tables, applies its items one by
one and, when a condition fails, restores the snapshot, so two transactions
running at once can both pass a condition the other should have failed
(e.g. both take the third monthly pre-paid label) or one's rollback can undo
the other's writes. Serialising DynamoDB requests gives the stand-in the
isolation the real service has; other services (SQS long polls, the moto API)
stay concurrent. Same arguments as `moto_server`.
"""

import threading
from typing import Any

from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.server import main

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

if __name__ == "__main__":
    main()
