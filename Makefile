# policykb — `make kb` sets everything up and builds the knowledge base; `make test` checks it.
# Targets are real files with real prerequisites, so only stale outputs rebuild.
.DELETE_ON_ERROR:
.PHONY: kb test clean help bench bench-quick model report fuzz constraints corpus datasette FORCE

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KB     := outputs/kb.sqlite
MODEL  := models/classifier.pkl
LABELS := corpora/labels/measures.jsonl
CODEBOOK := pipeline/resources/codebook.yaml

SOURCES   := corpora/sources.txt
# The seed articles and real pages some labels point into (policykb train --seeds / --real): by default the
# folders the model was last trained with (DIRS, written by the training), else ../shared/…; so a make report
# or make datasette after make kb SEEDS_DIR=… REAL_DIR=… does not retrain without them.
DIRS      := outputs/.labelled-dirs
-include $(DIRS)
SEEDS_DIR ?= ../shared/seeds
REAL_DIR  ?= ../shared/real
# Listings of the files the build and the training read (tools/file_listing.py), rewritten only when
# one was added, removed or changed, whatever its date: times alone miss a deleted article or one
# copied in with its old date.
CORPUS    := outputs/.corpus-files
ARTICLES  := outputs/.labelled-articles
# The listing the model was last trained with (copied with its time after training): a run that named other
# folders (SEEDS_DIR=, even under make -n) leaves the next ordinary make kb nothing to retrain.
TRAINED   := outputs/.labelled-articles-trained
CODE      := $(shell find pipeline -name '*.py' | sort)
RESOURCES := $(shell find pipeline/resources -type f | sort)

help:  ## list targets
	@grep -hE '^[a-z][a-z-]*:.*## ' $(firstword $(MAKEFILE_LIST)) | sed 's/:.*## /\t/'  # (not the included $(DIRS))

kb: $(KB)  ## set up .venv and build outputs/kb.sqlite from corpora/

model: $(MODEL)  ## train the measure classifier from the labelled set

corpus: $(STAMP)  ## fetch corpora/sources.txt into corpora/raw/ as WARC files (needs the internet; resumes, then adds only new pages)
	$(BIN)/policykb fetch $(SOURCES) --out corpora/raw

test: $(STAMP)  ## run the test suite
	$(BIN)/python -m pytest -q

fuzz: $(STAMP)  ## property tests over every text stage with 10,000 generated documents; 20 kill -9s of a build
	POLICYKB_FUZZ_EXAMPLES=$${POLICYKB_FUZZ_EXAMPLES:-10000} $(BIN)/python -m pytest -q -s -p no:cacheprovider tests/test_properties.py
	POLICYKB_KILL_ROUNDS=20 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_robustness.py tests/test_scale.py -k kill_9

# The whole build on a synthetic corpus (bench/synth.py): speed against bare jieba (1 worker, 2 workers,
# fast segmenter), stages, incremental and no-op rebuilds, peak memory by size, search over HTTP on the
# largest knowledge base.  BENCH_SIZES: the largest is searched and must hold >= 1,000,000 measures
# (about 23 per synthetic article); 100,000 articles take hours on 2 busy cores.
BENCH_SIZES ?= 1000,10000,45000
BENCH_RATIO ?= 10000
bench: outputs/bench/report.md outputs/bench.json outputs/bench/adversarial.json  ## whole-build ratios, rebuilds, memory, search p50/p95/p99 (hours); stage ratios; adversarial lines
	@cat outputs/bench/report.md outputs/bench.json

bench-quick: $(STAMP)  ## the same on 2,000 articles, in a few minutes (outputs/bench-quick/)
	$(BIN)/python bench/bench_build.py --sizes 2000 --ratio-size 2000 --queries 100 --out outputs/bench-quick

outputs/bench/report.md: $(STAMP) bench/bench_build.py bench/bench_search.py bench/synth.py $(CODE) $(RESOURCES) $(MODEL)
	$(BIN)/python bench/bench_build.py --sizes $(BENCH_SIZES) --ratio-size $(BENCH_RATIO) --out outputs/bench

report: outputs/reports/report.html  ## regional comparison (tables, heatmaps, timeline, HTML, Excel)

# -i (immutable): read only, so no kb.sqlite-wal / -shm is left beside it when it is stopped (a build replaces
# the file whole: restart it to see the new one).
datasette: $(KB)  ## browse the knowledge base in Datasette, with Chinese labels (needs the test extras)
	$(BIN)/datasette serve -i $(KB) -m pipeline/resources/datasette-metadata.yml

clean:  ## remove built outputs (not the virtualenv)
	rm -rf $(KB) $(CORPUS) $(ARTICLES) $(TRAINED) $(DIRS) outputs/.policykb-cache outputs/bench outputs/bench-quick outputs/bench.json outputs/bench_search.json outputs/bench_1m.sqlite outputs/cache outputs/reports

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# constraints.txt pins the versions the suite passed with, so a fresh machine gets them too
# (`make constraints` refreshes it from the current .venv after a deliberate upgrade).
$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

constraints: $(STAMP)  ## refresh constraints.txt from the installed, tested versions
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' | LC_ALL=C sort > constraints.txt

# The text stages are cached per document (outputs/.policykb-cache/), so a new codebook or
# model only reclassifies.  --replace: $(KB) is make's, built from corpora/; one built there from
# another corpus by hand (policykb build FILE --replace) is built again from corpora/ ($(CORPUS) is
# dated now when the knowledge base records another corpus).
$(KB): $(STAMP) $(CORPUS) $(CODE) $(RESOURCES) $(MODEL)
	$(BIN)/policykb build corpora --out $@ --model $(MODEL) --replace

# Always run, cheaply (one stat per file); `+` runs them under make -n and -q too, which then say
# truly whether anything would rebuild.
$(CORPUS): FORCE
	+@$(PYTHON) tools/file_listing.py $@ --kb $(KB) corpora
$(ARTICLES): FORCE
	+@$(PYTHON) tools/file_listing.py $@ --trained $(TRAINED) $(if $(SEEDS_DIR),"$(SEEDS_DIR)") $(if $(REAL_DIR),"$(REAL_DIR)")
FORCE:

# Everything that changes the features: labels, codebook, dictionary, segmentation and classification code.
$(MODEL): $(STAMP) $(LABELS) corpora/labels/real/measures.jsonl $(CODEBOOK) $(wildcard pipeline/classify/*.py) pipeline/train.py $(wildcard pipeline/nlp/*.py) pipeline/resources/cadre_dict.txt $(ARTICLES)
	$(BIN)/policykb train --labels $(LABELS) --seeds "$(SEEDS_DIR)" --real "$(REAL_DIR)" --out $@
	cp -p $(ARTICLES) $(TRAINED)
	printf 'SEEDS_DIR ?= %s\nREAL_DIR ?= %s\n' "$(SEEDS_DIR)" "$(REAL_DIR)" > $(DIRS)

outputs/bench.json: $(STAMP) bench/bench_pipeline.py $(CODE) $(RESOURCES) $(CORPUS)
	$(BIN)/python bench/bench_pipeline.py --out $@

outputs/bench/adversarial.json: $(STAMP) bench/bench_adversarial.py $(CODE) $(RESOURCES)
	$(BIN)/python bench/bench_adversarial.py --out $@

outputs/reports/report.html: $(STAMP) $(KB) $(wildcard pipeline/report/*.py)
	$(BIN)/policykb compare --db $(KB) --by province --out outputs/reports
