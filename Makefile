# Two commands do all the set-up on a fresh machine:
#   make chat   — virtualenv, install, index on first use, then the terminal chat
#   make test   — virtualenv, install, then the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: chat test index eval bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/textbot chat

test: $(STAMP)
	$(BIN)/python -m pytest

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
