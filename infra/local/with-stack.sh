#!/usr/bin/env bash
# Runs a command with the local stack up and its environment loaded:
#   infra/local/with-stack.sh cargo test --workspace
# Starts the stack if it is not running, and then stops it afterwards (by PID),
# whatever the command did; a stack that was already up is left up.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
started=0
cleanup() { if [ "$started" = 1 ]; then infra/local/stack.sh stop || true; fi; }
trap cleanup EXIT
if ! infra/local/stack.sh status >/dev/null 2>&1; then
  started=1
fi
infra/local/stack.sh start
# shellcheck disable=SC1091
. infra/local/.run/env.sh
"$@"
