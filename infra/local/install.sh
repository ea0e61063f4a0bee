#!/usr/bin/env bash
# Installs the local AWS stand-ins and tools into project-local paths:
#   .local/venv         moto[server] (DynamoDB, SQS, EventBridge), cfn-lint, cargo-lambda (brings zig), PyYAML,
#                       jsonschema with rfc3339-validator (check_events.py; moto[server] already brings
#                       both, so a venv installed before they were listed here has them: no new stamp)
#   infra/local/node_modules   aws-ses-v2-local (SES v2, with SendBulkEmail and a /store of sent mail)
#   /usr/bin/chromium   Debian's chromium, for the desk's pages tested in a real headless browser
# Idempotent: a second run with everything present takes a second.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv="$root/.local/venv"
stamp="$venv/.installed-v1"
if [ ! -f "$stamp" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    'moto[server]==5.2.5' 'cfn-lint==1.58.*' 'cargo-lambda==1.9.2' 'PyYAML>=6' \
    'jsonschema>=4.18' 'rfc3339-validator>=0.1.4'
  touch "$stamp"
fi
if [ ! -x "$here/node_modules/.bin/aws-ses-v2-local" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error 2>/dev/null \
    || npm install --no-audit --no-fund --loglevel=error)
fi
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo=sudo; fi
  $sudo apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y --no-install-recommends chromium >/dev/null; }
fi
echo "local tools ready: $venv, $here/node_modules, $(command -v chromium)"
