# policykb — `make kb` sets everything up and builds the knowledge base; `make test` checks it.
# Targets are real files with real prerequisites, so only stale outputs rebuild.
.DELETE_ON_ERROR:
.PHONY: kb test clean help bench

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KB     := outputs/kb.sqlite

CORPUS    := $(shell find corpora -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) 2>/dev/null | sort)
CODE      := $(shell find pipeline -name '*.py' | sort)
RESOURCES := $(shell find pipeline/resources -type f | sort)

help:  ## list targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

kb: $(KB)  ## set up .venv and build outputs/kb.sqlite from corpora/

test: $(STAMP)  ## run the test suite
	$(BIN)/python -m pytest -q

bench: outputs/bench.json  ## throughput ratios (pipeline ÷ bare jieba, extraction ÷ segmentation)
	@cat outputs/bench.json

clean:  ## remove built outputs (not the virtualenv)
	rm -f $(KB) $(KB).tmp outputs/bench.json

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(KB): $(STAMP) $(CORPUS) $(CODE) $(RESOURCES)
	$(BIN)/policykb build corpora --out $@

outputs/bench.json: $(STAMP) bench/bench_pipeline.py $(CODE) $(RESOURCES) $(CORPUS)
	$(BIN)/python bench/bench_pipeline.py --out $@
