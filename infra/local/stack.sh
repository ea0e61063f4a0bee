#!/usr/bin/env bash
# The local stack: moto (DynamoDB, SQS, EventBridge) and aws-ses-v2-local
# (SES v2), real servers on 127.0.0.1, started and stopped by PID, with the
# resources of infra/template.yaml created in them. moto delivers a PutEvents
# entry to the SQS targets of the bus's matching rules within the call, in
# server mode too, so the bus's events reach the local queues without a
# forwarder (docs/local-stack.md).
#
#   infra/local/stack.sh start    install the tools if needed, start both servers
#                                 (or reuse ours if they already run), create the
#                                 resources, write infra/local/.run/env.sh
#   infra/local/stack.sh stop     stop exactly the servers start started
#   infra/local/stack.sh status   what runs (exit 0 if both servers answer, 3 if not)
#   infra/local/stack.sh reset    empty both servers, create the resources again
#
# Ports: MOTO_PORT (default 4566), SES_PORT (default 8005); once started, the
# other commands find the ports in .run/*.port. Region: AWS_REGION
# (default eu-west-1). Logs and PIDs: infra/local/.run/{moto,ses}.{log,pid}.
# Then: . infra/local/.run/env.sh   (TABLE_NAME, EVENT_BUS_NAME, queue URLs, endpoints, ...)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
run="$here/.run"
venv="$root/.local/venv"
py="$venv/bin/python"

# Unset: the port of the server we already run (a .port file), else the default.
MOTO_PORT=${MOTO_PORT:-$(cat "$run/moto.port" 2>/dev/null || echo 4566)}
SES_PORT=${SES_PORT:-$(cat "$run/ses.port" 2>/dev/null || echo 8005)}
START_TIMEOUT=${START_TIMEOUT:-30}
export AWS_REGION=${AWS_REGION:-eu-west-1}
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
export AWS_ENDPOINT_URL_SESV2="http://127.0.0.1:$SES_PORT"

die() { echo "stack.sh: error: $*" >&2; exit 1; }
# A reader that goes away (`stack.sh start | head`) must not kill this script
# half-way, between starting a server and writing its pid file or creating
# the resources: ignore SIGPIPE and let failed writes pass.
trap '' PIPE
say() { echo "stack.sh: $*" 2>/dev/null || true; }

for _port in "$MOTO_PORT" "$SES_PORT"; do
  [[ $_port =~ ^[0-9]+$ ]] && [ "$_port" -ge 1 ] && [ "$_port" -le 65535 ] \
    || die "MOTO_PORT and SES_PORT must be port numbers (got '$_port')"
done
[ "$MOTO_PORT" != "$SES_PORT" ] || die "MOTO_PORT and SES_PORT are both $MOTO_PORT"

# name -> port, health URL, a string its command line contains (to be sure a
# PID from a pid file is still ours and not a recycled number).
port_of()   { case $1 in moto) echo "$MOTO_PORT";; ses) echo "$SES_PORT";; esac; }
health_of() {
  case $1 in
    moto) echo "http://127.0.0.1:$MOTO_PORT/moto-api/config";;
    ses)  echo "http://127.0.0.1:$SES_PORT/health-check";;
  esac
}
marker_of() { case $1 in moto) echo moto_server;; ses) echo aws-ses-v2-local;; esac; }

pid_of() {  # prints the PID from the pid file if that process is alive and ours
  local name=$1 file="$run/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$(marker_of "$name")" || return 1
  echo "$pid"
}

answers() { curl -s -o /dev/null --max-time 2 "$(health_of "$1")"; }

port_busy() {  # anything listening on the port, whatever it is
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

launch() {  # name command...
  local name=$1; shift
  local log="$run/$name.log" port pid
  port=$(port_of "$name")
  if pid=$(pid_of "$name"); then
    local running_port
    running_port=$(cat "$run/$name.port" 2>/dev/null || echo "?")
    [ "$running_port" = "$port" ] \
      || die "$name already runs (pid $pid) on port $running_port, not $port: infra/local/stack.sh stop first"
    say "$name already running (pid $pid, port $port): reusing it"
  else
    rm -f "$run/$name.pid" "$run/$name.port"
    if port_busy "$port"; then
      die "port $port is taken by a process this script did not start; stop it or set $( [ "$name" = moto ] && echo MOTO_PORT || echo SES_PORT) to a free port"
    fi
    # setsid: the server leads its own process group, so stop can end it
    # and anything it spawns, and a Ctrl-C in this terminal does not.
    setsid "$@" >"$log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$run/$name.pid"
    echo "$port" >"$run/$name.port"
    say "$name starting (pid $pid, port $port, log ${log#"$root/"})"
  fi
  local deadline=$((SECONDS + START_TIMEOUT))
  until answers "$name"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$run/$name.pid" "$run/$name.port"
      echo "stack.sh: error: $name exited before it answered on port $port; last lines of $log:" >&2
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "stack.sh: error: $name did not answer $(health_of "$name") within ${START_TIMEOUT}s; last lines of $log:" >&2
      tail -n 20 "$log" >&2 || true
      stop_one "$name"
      exit 1
    fi
    sleep 0.2
  done
}

stop_one() {
  local name=$1 file="$run/$1.pid" pid
  if pid=$(pid_of "$name"); then
    # The whole group if we made it its leader, else the process alone.
    local target=$pid
    [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && target=-$pid
    kill -TERM -- "$target" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "$target" 2>/dev/null || true
    fi
    say "$name stopped (pid $pid)"
  elif [ -f "$file" ]; then
    say "$name was not running (stale pid file removed)"
  fi
  rm -f "$file" "$run/$name.port"
}

create_resources() {
  "$py" "$here/create_resources.py" || die "creating the resources from infra/template.yaml failed (see above)"
}

cmd_start() {
  mkdir -p "$run"
  command -v curl >/dev/null || die "curl is needed to poll the servers"
  local out
  out=$("$here/install.sh" 2>&1) || die "installing the local tools failed (infra/local/install.sh):
$out"
  say "$out"
  # moto_server.py: moto with DynamoDB requests isolated as the real service isolates them.
  launch moto "$venv/bin/python" "$here/moto_server.py" -H 127.0.0.1 -p "$MOTO_PORT"
  # SMTP_TRANSPORT would make aws-ses-v2-local relay every mail: never here.
  launch ses env -u SMTP_TRANSPORT "$here/node_modules/.bin/aws-ses-v2-local" \
    --host 127.0.0.1 --port "$SES_PORT"
  create_resources
  say "up: moto $AWS_ENDPOINT_URL, SES v2 $AWS_ENDPOINT_URL_SESV2 (inbox: $AWS_ENDPOINT_URL_SESV2/)"
  say "environment: . ${run#"$root/"}/env.sh"
}

cmd_stop() {
  stop_one ses
  stop_one moto
}

cmd_status() {
  local rc=0 name pid state
  for name in moto ses; do
    if pid=$(pid_of "$name"); then
      if answers "$name"; then state="answering"; else state="NOT answering"; rc=3; fi
      say "$name: running, pid $pid, port $(port_of "$name"), $state"
    else
      say "$name: not running"
      rc=3
    fi
  done
  [ -f "$run/env.sh" ] && say "env: ${run#"$root/"}/env.sh"
  [ "$rc" = 0 ] && say "inbox: $AWS_ENDPOINT_URL_SESV2/"
  return "$rc"
}

cmd_reset() {
  pid_of moto >/dev/null && pid_of ses >/dev/null \
    || die "the stack is not running: infra/local/stack.sh start"
  curl -sf -X POST --max-time 10 "$AWS_ENDPOINT_URL/moto-api/reset" >/dev/null \
    || die "moto did not accept POST /moto-api/reset"
  curl -sf -X POST --max-time 10 "$AWS_ENDPOINT_URL_SESV2/clear-store" >/dev/null \
    || die "aws-ses-v2-local did not accept POST /clear-store"
  say "moto and the SES store emptied"
  create_resources
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *) echo "usage: $0 start|stop|status|reset" >&2; exit 2 ;;
esac
