#!/usr/bin/env bash
# Size and cold start of every function's release binary beside a minimal
# lambda_runtime hello-world built with the same profile (`make bench`):
# builds them, then times each, interleaved, from its spawn to its first
# `GET /2018-06-01/runtime/invocation/next` on a local Runtime API
# (infra/local/runtime_api.py). Needs no stack: nothing is invoked.
#   infra/local/bench-start.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rounds=${1:-31}
packages=(catalog-sync recall-intake appeals appeal-deadlines consumer-notices
  refunds violations recall-desk recall-feeds email-events)
binaries=(catalog-sync recall-intake appeals appeal-deadlines consumer-notices
  refunds violations recall-desk recall-lists recall-feeds email-events)
args=()
for p in hello-world "${packages[@]}"; do args+=(-p "$p"); done
cargo build --release -q "${args[@]}"
dir=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release
specs=()
for b in "${binaries[@]}"; do specs+=("${b//-/_}=$dir/$b"); done
python3 infra/local/runtime_api.py --rounds "$rounds" --warmup 3 \
  --anchor "hello_world=$dir/hello-world" "${specs[@]}"
