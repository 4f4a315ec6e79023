# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hepmeta $(ARGS)

demo: $(STAMP)
	$(BIN)/hepmeta --db demo.db demo

lint: $(STAMP)
	$(BIN)/ruff check hepmeta_desktop tests benchmarks
	$(BIN)/ruff format --check hepmeta_desktop tests benchmarks
	$(BIN)/lint-imports

test: $(STAMP)
	bash scripts/system-packages.sh
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
