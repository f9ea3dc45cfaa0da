# New Statesman journalism toolkit. `make help` lists the targets.
# Two commands matter: `make run` (set up and run every analysis) and `make test`.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
DOCS   := $(VENV)/.installed-docs
DASK_STAMP := $(VENV)/.installed-dask
# empty CORPUS: the default corpus, ../shared/corpus/000_9725aa8402de1287.txt (not in git)
CORPUS ?=
OUT    ?= build
DATE   ?=
# the corpus's name in figure source lines, manifests and the console (empty: from its path)
CORPUS_NAME ?=
# FROM-TO: publication years outside it are flagged, kept (empty: NS_PLAUSIBLE_YEARS, else the
# fixed 1605-2030 of helpers/core/check.py; never the run date, so a corpus gives the same tables
# in any year)
PLAUSIBLE_YEARS ?=
# comma-separated article ids drawn one panel each (empty: the 12 longest)
ARTICLES ?=
PORT   ?= 8888
JOBS   ?= 0
FORCE  ?=
ENGINE ?= process
# test workers for `make test` (pytest-xdist; idle workers take queued tests from busy ones):
# auto = one per CPU core, TEST_JOBS=0 runs them serially in one process
TEST_JOBS ?= auto
UV_PIN := uv==0.13.8

# Installer: uv (from PyPI, pinned above) resolves the pins in seconds; plain pip is the fallback
# when uv cannot be installed. Either way the pins in requirements*.txt are the only versions used.
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_ROOT_USER_ACTION := ignore
# Let Python cache compiled bytecode (in .venv and helpers/__pycache__, both outside git). With
# PYTHONDONTWRITEBYTECODE set, as on some machines, every worker and notebook kernel compiled
# pandas, matplotlib, nbformat, ... from source again: imports took 3-4x as long (measured:
# `import pandas` 2.5 s of CPU instead of 0.6 s), and make run starts a dozen Python processes.
unexport PYTHONDONTWRITEBYTECODE
INSTALL = if [ -x $(BIN)/uv ]; then $(BIN)/uv pip install --quiet --python $(BIN)/python $(1); \
	else $(BIN)/python -m pip install -qq $(1); fi

.DEFAULT_GOAL := help
.PHONY: help run tables test lab book lint format bench compiled validate validate-real freeze clean

help: ## Show this help
	@echo "Usage: make TARGET [CORPUS=file-or-folder] [OUT=folder] [DATE=YYYY-MM-DD] [PORT=8888]"
	@echo "                   [JOBS=N: parallel workers, default all cores] [FORCE=1: rerun all]"
	@echo "                   [ARTICLES=id,id: articles drawn one panel each (make run)]"
	@echo "                   [CORPUS_NAME=\"My archive\": the corpus's name in figures]"
	@echo "                   [PLAUSIBLE_YEARS=1605-2030: make run flags dates outside it (kept);"
	@echo "                    make tables records the range in the manifest]"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  %-13s %s\n", $$1, $$2}'

# The venv is made without pip (ensurepip alone takes 5-25 s) and the host's pip puts uv into it;
# without a host pip, or if that fails, the venv gets pip and installs with it.
$(STAMP): requirements.txt pyproject.toml
	@echo "Setting up $(VENV): the pinned packages and this package (first run, or after the pins change; about a minute)"
	@test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	@test -x $(BIN)/uv || $(PYTHON) -m pip --python $(BIN)/python install -qq $(UV_PIN) \
		2>/dev/null || { $(BIN)/python -m ensurepip >/dev/null && \
		$(BIN)/python -m pip install -qq $(UV_PIN) 2>/dev/null; } \
		|| echo "uv unavailable: installing with pip (slower)"
	@$(call INSTALL,-r requirements.txt)
	@$(call INSTALL,--no-deps -e .)
	@touch $(STAMP)

$(DOCS): $(STAMP) requirements-docs.txt
	@$(call INSTALL,-r requirements.txt -r requirements-docs.txt)
	@touch $(DOCS)

$(DEV): $(STAMP) $(DOCS) requirements-dev.txt
	@$(call INSTALL,-r requirements.txt -r requirements-docs.txt -r requirements-dev.txt)
	@touch $(DEV)

$(DASK_STAMP): $(STAMP) requirements-dask.txt
	@$(call INSTALL,-r requirements.txt -r requirements-dask.txt)
	@touch $(DASK_STAMP)

run: $(STAMP) ## Set up .venv if needed, run every changed notebook (FORCE=1: all), export outputs
	@$(BIN)/python scripts/run_notebooks.py --corpus "$(CORPUS)" --output "$(OUT)" --date "$(DATE)" \
		--jobs $(JOBS) $(if $(FORCE),--force) --articles "$(ARTICLES)" --name "$(CORPUS_NAME)" \
		--plausible-years "$(PLAUSIBLE_YEARS)"

tables: $(STAMP) ## Compute every instrument table into OUT/store (parquet, only what changed; JOBS=N)
	@$(BIN)/python scripts/build_tables.py --corpus "$(CORPUS)" --output "$(OUT)" --date "$(DATE)" \
		--jobs $(JOBS) --engine $(ENGINE) --name "$(CORPUS_NAME)" \
		--plausible-years "$(PLAUSIBLE_YEARS)"

test: $(DEV) $(DASK_STAMP) ## Set up .venv (dev tools, dask extra), lint, run the whole test suite (TEST_JOBS=N)
	$(BIN)/ruff check --output-format concise .
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist worksteal

lab: $(STAMP) ## Start JupyterLab on the repository, notebooks first (PORT=8888; token auth on)
	$(BIN)/python scripts/lab.py --port $(PORT)

book: $(DOCS) ## Build the static site build/site/ from the executed notebooks (runs make run first if needed)
	@ls $(OUT)/notebooks/*.ipynb >/dev/null 2>&1 || $(MAKE) --no-print-directory run
	@mkdir -p $(OUT)
	$(BIN)/python scripts/validation_report.py > $(OUT)/validation.md
	$(BIN)/python scripts/build_site.py --build "$(OUT)" --validation $(OUT)/validation.md

lint: $(DEV) ## Lint the code and notebooks with ruff
	$(BIN)/ruff check --output-format concise .

format: $(DEV) ## Format the code with ruff
	$(BIN)/ruff format helpers tests scripts benchmarks

bench: $(STAMP) ## Run the throughput benchmarks (corpus repeated to >= 10 MB)
	@for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# Optional: mypyc builds of the quotes modules in build/compiled/ (~1.4x extract_quotes). The
# package uses them only while every source hashes as in build/compiled/manifest.json, else it
# runs pure Python (helpers/compiled.py); NS_PURE_PYTHON=1 forces pure Python. make clean drops it.
compiled: $(STAMP) ## Compile the quotes instrument with mypyc into build/compiled/ (optional; C compiler, ~2 CPU-minutes)
	@$(call INSTALL,-r requirements-compiled.txt)
	$(BIN)/python scripts/build_compiled.py

validate: $(STAMP) ## Print every validation figure (this corpus, other styles, held-out) as markdown
	$(BIN)/python scripts/validation_report.py

validate-real: $(STAMP) ## Score quotes/timelines on real news (../shared: PolNeAR, AQUAINT, TimeBank)
	$(BIN)/python scripts/score_real_news.py --set all

freeze: $(DEV) ## Re-pin requirements.txt from the current .venv (dev/docs pins keep their own files)
	@{ head -2 requirements.txt; { test -x $(BIN)/uv && $(BIN)/uv pip freeze --python $(BIN)/python \
		--exclude-editable || $(BIN)/python -m pip freeze --exclude-editable; } \
		| grep -viE "^($$(cat requirements-dev.txt requirements-docs.txt requirements-compiled.txt | grep -vE '^#|^-' \
			| cut -d= -f1 | paste -sd'|'))==" \
		| grep -viE '^uv=='; } > requirements.tmp
	@mv requirements.tmp requirements.txt

clean: ## Remove build outputs and processed tables (keeps .venv)
	rm -rf build data/processed/*.parquet
