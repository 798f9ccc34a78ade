# Two commands do all the set-up on a fresh machine:
#   make chat   — virtualenv, install, index on first use, then the terminal chat
#   make test   — virtualenv, install, then the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: chat test postgresql index eval bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/textbot chat

# The tests start a real PostgreSQL 15 server (initdb + pg_ctl); on a machine without one,
# as root (CI), install Debian's package first.
PG_BIN := /usr/lib/postgresql/15/bin

test: $(STAMP) postgresql
	$(BIN)/python -m pytest

postgresql:
	@if [ ! -x $(PG_BIN)/pg_ctl ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null; \
		else \
			echo "PostgreSQL 15 is missing: sudo apt-get install postgresql-15 (the tests start their own server)" >&2; exit 1; \
		fi; \
	fi

index: $(STAMP)
	$(BIN)/textbot index

eval: $(STAMP)
	$(BIN)/textbot eval ../shared/eval/dev.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench_search.py

lint: $(STAMP)
	$(BIN)/hadolint Dockerfile

clean:
	rm -rf $(VENV) index/manifest.json index/passages.json index/vectors.faiss
