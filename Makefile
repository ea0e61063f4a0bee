# The two commands: `make demo` and `make test`. Both install what they need
# (into .local/ and infra/local/node_modules) and stop the servers they start.
.PHONY: demo test lint fmt stack-start stack-stop stack-status bench build build-arm64 deploy logs delete smoke

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

# ------------------------------------------------------------------ deploy --
# The deployed stack (docs/deploy.md; what to do when an alarm fires:
# docs/runbook.md). Needs the SAM CLI, AWS credentials, and cargo-lambda with
# zig (.local/venv/bin, from infra/local/install.sh). STACK and REGION default
# to infra/samconfig.toml's; PARAMS are template parameters (Key=Value ...).
STACK ?= product-safety
REGION ?= eu-west-1
PARAMS ?=
DEPLOY_FLAGS ?=
TOOLS_PATH := $(CURDIR)/.local/venv/bin:$(PATH)

## Every function's bootstrap for Lambda's arm64 (target/lambda/<binary>/bootstrap).
build-arm64:
	PATH="$(TOOLS_PATH)" cargo lambda build --release --arm64

## sam build (rust-cargolambda, beta features from samconfig.toml) and sam deploy.
deploy:
	# The builder takes <workspace>/target/lambda/<Binary>/bootstrap: not another CARGO_TARGET_DIR.
	cd infra && env -u CARGO_TARGET_DIR PATH="$(TOOLS_PATH)" sam build --region $(REGION)
	cd infra && PATH="$(TOOLS_PATH)" sam deploy --stack-name $(STACK) --region $(REGION) \
		$(if $(strip $(PARAMS)),--parameter-overrides $(PARAMS)) $(DEPLOY_FLAGS)

## One function's logs, followed: make logs FN=recall-intake (its log group /aws/lambda/<stack>/<fn>).
logs:
	@test -n "$(FN)" || { echo "usage: make logs FN=<function, e.g. recall-intake> [STACK=...]" >&2; exit 2; }
	cd infra && PATH="$(TOOLS_PATH)" sam logs --region $(REGION) --cw-log-group /aws/lambda/$(STACK)/$(FN) --tail $(LOGS_FLAGS)

## sam delete: the stack and its packaged code (SafetyTable is retained).
delete:
	cd infra && PATH="$(TOOLS_PATH)" sam delete --stack-name $(STACK) --region $(REGION)

## The read-only smoke test against a deployed stack (tests/smoke.sh; skipped without SMOKE_STACK_NAME).
smoke:
	SMOKE_STACK_NAME=$${SMOKE_STACK_NAME:-$(STACK)} AWS_REGION=$(REGION) tests/smoke.sh
