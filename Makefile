# Two commands for a newcomer: `make demo` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck pytest bench fuzz lab docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[plot,dev,notebooks,docs,opencc,dask,rjieba]"
	touch $(STAMP)

## demo: run the case study end to end: notebooks executed, report and figures written to reports/
demo: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m textkit.course reports notebooks

## test: lint, type-check and run the tests (doctests and notebooks included)
test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts fuzz docs/hooks.py docs/griffe_examples.py
	$(BIN)/ruff format --check src tests benchmarks scripts fuzz docs/hooks.py docs/griffe_examples.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

## bench: print speed ratios against the plain libraries textkit wraps
bench: $(STAMP)
	$(BIN)/python benchmarks/imports.py
	$(BIN)/python benchmarks/segment.py
	$(BIN)/python benchmarks/clean.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/keywords.py
	$(BIN)/python benchmarks/sentiment.py
	$(BIN)/python benchmarks/sentiment_cv.py
	$(BIN)/python benchmarks/compare.py
	$(BIN)/python benchmarks/faithfulness.py
	$(BIN)/python benchmarks/rouge.py
	$(BIN)/python benchmarks/corpus.py
	$(BIN)/python benchmarks/large_file.py

## docs: build the documentation site into site/ (API reference, guide, executed notebooks), offline
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 MPLBACKEND=Agg $(BIN)/mkdocs build --strict -d site

## fuzz: atheris fuzzing of read_text, extract_article and split_sentences, FUZZ_SECONDS each (fuzz/README.md)
FUZZ_SECONDS ?= 180
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[fuzz]"
	for t in read_text extract_article split_sentences; do \
	  mkdir -p build/fuzz/$$t/corpus && \
	  $(BIN)/python fuzz/fuzz_textkit.py $$t build/fuzz/$$t/corpus fuzz/corpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/$$t/ || exit 1; \
	done

## lab: open JupyterLab on the notebooks; options go in ARGS, e.g. make lab ARGS="--no-browser --port 8890"
ARGS ?=
lab: $(STAMP)
	$(BIN)/jupyter lab $(ARGS) notebooks/

clean:
	rm -rf $(VENV) reports site build dist .pytest_cache .mypy_cache .ruff_cache
