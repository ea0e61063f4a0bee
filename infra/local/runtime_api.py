#!/usr/bin/env python3
"""A local Lambda Runtime API that times cold starts (`make bench`).

It serves the Runtime API on 127.0.0.1 (a free port) and, for each binary
given, spawns it with AWS_LAMBDA_RUNTIME_API pointing here, records the time
of the spawn and the time its first `GET /2018-06-01/runtime/invocation/next`
arrives, then kills it: that gap is the function's init (process start, SDK
configuration, clients, adapters) up to the point where Lambda would hand it
its first event. A function that posts to `/runtime/init/error` instead, or
exits, or takes longer than the time-out, fails the run with its output.

The binaries are run interleaved (A B C ... then the next round rotated by
one, so no binary always follows the same one), after warm-up rounds that are
not counted; each figure is the median of its rounds. Sizes are the files'
sizes in MB (10^6 bytes).

    runtime_api.py --rounds 31 --warmup 3 --anchor hello_world=PATH NAME=PATH ...

prints, per binary, `bench: size_NAME = X MB (anchor hello-world Y MB)` and
`bench: init_NAME = X ms (anchor hello-world Y ms)`, then the anchor's own
`bench: size_hello_world` and `bench: init_hello_world` lines.

Standard library only; nothing leaves 127.0.0.1.
"""

import argparse
import http.server
import os
import signal
import statistics
import sys
import tempfile
import threading
import time

NEXT = "/2018-06-01/runtime/invocation/next"
INIT_ERROR = "/2018-06-01/runtime/init/error"


class State:
    """What the server saw of the process being timed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reached = threading.Event()
        self.t_next = None
        self.init_error = None

    def reset(self):
        with self.lock:
            self.reached.clear()
            self.t_next = None
            self.init_error = None


STATE = State()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        now = time.perf_counter_ns()
        if self.path == NEXT:
            with STATE.lock:
                if STATE.t_next is None:
                    STATE.t_next = now
            STATE.reached.set()
            # No event is ever handed out: the process is killed now.
            self.close_connection = True
            return
        self.send_error(404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == INIT_ERROR:
            with STATE.lock:
                STATE.init_error = body.decode("utf-8", "replace")
            STATE.reached.set()
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def function_env(api, home):
    """The environment Lambda gives a function, plus what each of ours reads
    (infra/template.yaml): every variable any function needs, the same for
    all, dummy credentials, no endpoint override (as deployed)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "AWS_LAMBDA_RUNTIME_API": api,
        "AWS_LAMBDA_FUNCTION_NAME": "bench",
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
        "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/bench",
        "AWS_LAMBDA_LOG_STREAM_NAME": "bench",
        "AWS_REGION": "eu-west-1",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_SESSION_TOKEN": "bench",
        "TABLE_NAME": "safety",
        "EVENT_BUS_NAME": "product-safety",
        "SENDER_EMAIL": "safety@marketplace.example",
        "CONSUMER_NOTICES_QUEUE_URL": "https://sqs.eu-west-1.amazonaws.com/000000000000/consumer-notices",
        "RECALL_INTAKE_QUEUE_URL": "https://sqs.eu-west-1.amazonaws.com/000000000000/recall-intake",
        "STANDING_THRESHOLDS": "6,12,24,36,48",
        "FREE_RETURN_COUNTRIES": "",
        "PROTECTION_DAYS": "",
        "FEED_URLS": "",
        "FEED_MAX_PAGES": "5",
        "HOLIDAYS": "",
        "RUST_LOG": "info",
    }


def time_one(path, env, timeout_s, log):
    """Spawns `path`, returns ms from the spawn to its first /next."""
    STATE.reset()
    with open(log, "wb") as out:
        t0 = time.perf_counter_ns()
        pid = os.posix_spawn(
            path,
            [path],
            env,
            file_actions=[
                (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                (os.POSIX_SPAWN_DUP2, out.fileno(), 2),
            ],
        )
    reached = STATE.reached.wait(timeout_s)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    with STATE.lock:
        t_next, init_error = STATE.t_next, STATE.init_error
    if init_error is not None or not reached or t_next is None:
        with open(log, "rb") as f:
            output = f.read().decode("utf-8", "replace")
        why = f"init error {init_error}" if init_error else "no /next within the time-out"
        sys.exit(f"runtime_api: {path}: {why}\n{output}")
    return (t_next - t0) / 1e6


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=31)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--anchor", required=True, help="NAME=PATH of the hello-world")
    ap.add_argument("binaries", nargs="+", help="NAME=PATH")
    args = ap.parse_args()

    def split(spec):
        name, _, path = spec.partition("=")
        if not path or not os.access(path, os.X_OK):
            sys.exit(f"runtime_api: {spec}: not NAME=EXECUTABLE")
        return name, os.path.abspath(path)

    anchor = split(args.anchor)
    binaries = [split(b) for b in args.binaries]
    everyone = [anchor] + binaries

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    api = f"127.0.0.1:{server.server_address[1]}"

    times = {name: [] for name, _ in everyone}
    with tempfile.TemporaryDirectory(prefix="runtime-api-") as home:
        env = function_env(api, home)
        log = os.path.join(home, "out.log")
        for r in range(args.warmup + args.rounds):
            k = r % len(everyone)
            for name, path in everyone[k:] + everyone[:k]:
                ms = time_one(path, env, args.timeout, log)
                if r >= args.warmup:
                    times[name].append(ms)
    server.shutdown()

    def mb(path):
        return os.path.getsize(path) / 1e6

    a_name, a_path = anchor
    a_size, a_init = mb(a_path), statistics.median(times[a_name])
    for name, path in binaries:
        print(f"bench: size_{name} = {mb(path):.1f} MB (anchor hello-world {a_size:.1f} MB)")
        print(
            f"bench: init_{name} = {statistics.median(times[name]):.2f} ms"
            f" (anchor hello-world {a_init:.2f} ms)"
        )
    print(f"bench: size_{a_name} = {a_size:.1f} MB")
    print(f"bench: init_{a_name} = {a_init:.2f} ms")
    print(
        f"runtime_api: medians of {args.rounds} interleaved rounds after {args.warmup} warm-up;"
        " init = spawn to the first GET /2018-06-01/runtime/invocation/next",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
