# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE ?= examples/pyongyang_treaty.txt
EXAMPLE_ARGS ?= --published 2024-06-19

.PHONY: install demo test lint eval eval-held-out bench bench-serve fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/telex analyze $(EXAMPLE) $(EXAMPLE_ARGS)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench-serve: $(STAMP)
	$(BIN)/python scripts/bench_serve.py $(BENCH_SERVE_ARGS)

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/unit/test_properties.py tests/e2e/test_properties_analyze.py

eval: $(STAMP)
	$(BIN)/telex eval

eval-held-out: $(STAMP)
	$(BIN)/telex eval --held-out

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
	$(BIN)/python scripts/bench_corpus.py $(BENCH_CORPUS_ARGS)
