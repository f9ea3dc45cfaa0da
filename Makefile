# New Statesman journalism toolkit. `make help` lists the targets.
# Two commands matter: `make run` (set up and run every analysis) and `make test`.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= data/raw/000_9725aa8402de1287.txt
OUT    ?= build
DATE   ?=

.DEFAULT_GOAL := help
.PHONY: help run test lab lint format bench validate validate-real freeze clean

help: ## Show this help
	@echo "Usage: make TARGET [CORPUS=file-or-folder] [OUT=folder] [DATE=YYYY-MM-DD]"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

run: $(STAMP) ## Set up .venv if needed, execute every notebook, export figures and tables
	$(BIN)/python scripts/run_notebooks.py --corpus "$(CORPUS)" --output "$(OUT)" --date "$(DATE)"

test: $(STAMP) ## Set up .venv if needed, lint, then run the whole test suite
	$(BIN)/ruff check --output-format concise .
	$(BIN)/python -m pytest

lab: $(STAMP) ## Start JupyterLab on the notebooks (token authentication on)
	$(BIN)/jupyter lab --notebook-dir=notebooks

lint: $(STAMP) ## Lint the code and notebooks with ruff
	$(BIN)/ruff check --output-format concise .

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff format helpers tests scripts benchmarks

bench: $(STAMP) ## Run the throughput benchmarks (corpus repeated to >= 10 MB)
	@for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

validate: $(STAMP) ## Print every validation figure (this corpus, other styles, held-out) as markdown
	$(BIN)/python scripts/validation_report.py

validate-real: $(STAMP) ## Score quotes/timelines on real news (../shared: PolNeAR, AQUAINT, TimeBank)
	$(BIN)/python scripts/score_real_news.py --set all

freeze: $(STAMP) ## Re-pin requirements.txt from the current .venv
	@{ head -2 requirements.txt; $(BIN)/python -m pip freeze --exclude-editable; } > requirements.tmp
	@mv requirements.tmp requirements.txt

clean: ## Remove build outputs and processed tables (keeps .venv)
	rm -rf build data/processed/*.parquet
