# Two commands for a newcomer: `make demo` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck pytest bench lab clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,notebooks,opencc]"
	touch $(STAMP)

## demo: run the case study end to end: notebooks executed, report and figures written to reports/
demo: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m textkit.report reports

## test: lint, type-check and run the tests (doctests and notebooks included)
test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

## bench: print speed ratios against the plain libraries textkit wraps
bench: $(STAMP)
	$(BIN)/python benchmarks/segment.py

## lab: open JupyterLab on the notebooks
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports build dist .pytest_cache .mypy_cache .ruff_cache
