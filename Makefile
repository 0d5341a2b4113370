# Run `make help` for the targets. Everything runs inside .venv, created on first use and
# re-synced only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.synced
RAW    ?= data/raw
OUT    ?= data/processed

.DEFAULT_GOAL := help
.PHONY: help setup build report render lab test lint bench clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name analysis --display-name "Python (analysis)" >/dev/null
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the package with its dependencies

build: $(STAMP) ## build the tables in data/processed/ from data/raw/
	$(BIN)/python -m analysis build --raw $(RAW) --out $(OUT)

report: build ## set up, build the tables and render every report into reports/
	$(BIN)/python -m analysis render --raw $(RAW) --processed $(OUT)

render: $(STAMP) ## render the reports only (rebuilds the tables if data/raw changed)
	$(BIN)/python -m analysis render --raw $(RAW) --processed $(OUT)

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks

test: $(STAMP) ## set up and run the whole test suite (ruff, then pytest)
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff over the package, tests and benchmarks
	$(BIN)/ruff check analysis tests benchmarks

bench: $(STAMP) ## run the benchmarks (about an hour at 100k articles), append to benchmarks/RESULTS.md
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.scale

clean: ## delete generated tables and reports (data/raw/ is never touched)
	rm -rf $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/parts reports/*
