# The two commands: `make demo` and `make test`. Both install what they need
# (into .local/ and infra/local/node_modules) and stop the servers they start.
.PHONY: demo test lint fmt stack-start stack-stop stack-status bench build

## Run the recall flow end to end on the local stack and print the emails sent.
demo:
	infra/local/demo.sh

## Every test: template lint and wiring, unit, property and integration tests.
test:
	infra/local/run-tests.sh

## What CI does not run but every commit passes: formatting and clippy.
lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

fmt:
	cargo fmt --all

build:
	cargo build --workspace

## Figures: the pure rules (release), each function's binary size and cold
## start beside a hello-world, and calls/latency per recall on the local stack.
bench:
	cargo bench -p safety-domain
	infra/local/bench-start.sh
	infra/local/with-stack.sh cargo run -q -p safety-tests --example stack_bench

stack-start:
	infra/local/stack.sh start

stack-stop:
	infra/local/stack.sh stop

stack-status:
	infra/local/stack.sh status
