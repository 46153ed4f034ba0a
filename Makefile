# policykb — `make kb` sets everything up and builds the knowledge base; `make test` checks it.
# Targets are real files with real prerequisites, so only stale outputs rebuild.
.DELETE_ON_ERROR:
.PHONY: kb test clean help bench model report datasette

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KB     := outputs/kb.sqlite
MODEL  := models/classifier.pkl
LABELS := corpora/labels/measures.jsonl
CODEBOOK := pipeline/resources/codebook.yaml

CORPUS    := $(shell find corpora -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) 2>/dev/null | sort)
SEEDS     := $(wildcard ../shared/seeds/*.txt)
CODE      := $(shell find pipeline -name '*.py' | sort)
RESOURCES := $(shell find pipeline/resources -type f | sort)

help:  ## list targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

kb: $(KB)  ## set up .venv and build outputs/kb.sqlite from corpora/

model: $(MODEL)  ## train the measure classifier from the labelled set

test: $(STAMP)  ## run the test suite
	$(BIN)/python -m pytest -q

bench: outputs/bench.json outputs/bench_search.json  ## throughput ratios; search latency on 1,000,000 measures
	@cat outputs/bench.json outputs/bench_search.json

report: outputs/reports/report.html  ## regional comparison (tables, heatmaps, timeline, HTML, Excel)

datasette: $(KB)  ## browse the knowledge base in Datasette, with Chinese labels (needs the test extras)
	$(BIN)/datasette serve $(KB) -m pipeline/resources/datasette-metadata.yml

clean:  ## remove built outputs (not the virtualenv)
	rm -rf $(KB) $(KB).tmp outputs/bench.json outputs/bench_search.json outputs/bench_1m.sqlite outputs/cache outputs/reports

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The text stages are cached per document (outputs/cache/), so a new codebook or
# model only reclassifies.
$(KB): $(STAMP) $(CORPUS) $(CODE) $(RESOURCES) $(MODEL)
	$(BIN)/policykb build corpora --out $@

$(MODEL): $(STAMP) $(LABELS) $(CODEBOOK) pipeline/classify.py $(SEEDS)
	$(BIN)/policykb train --labels $(LABELS) --out $@

outputs/bench.json: $(STAMP) bench/bench_pipeline.py $(CODE) $(RESOURCES) $(CORPUS)
	$(BIN)/python bench/bench_pipeline.py --out $@

outputs/bench_search.json: $(STAMP) bench/bench_search.py pipeline/search.py $(wildcard pipeline/web/*.py) $(KB)
	$(BIN)/python bench/bench_search.py --source $(KB) --db outputs/bench_1m.sqlite --out $@

outputs/reports/report.html: $(STAMP) $(KB) pipeline/compare.py pipeline/sheets.py
	$(BIN)/policykb compare --db $(KB) --by province --out outputs/reports
