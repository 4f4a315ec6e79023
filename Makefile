# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint translations clean bundle bundle-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

$(VENV)/.bundle-installed: $(STAMP)
	$(BIN)/pip install -q -e ".[test,bundle]"
	touch $@

run: $(STAMP)
	bash scripts/system-packages.sh --runtime
	$(BIN)/hepmeta $(ARGS)

demo: $(STAMP)
	bash scripts/system-packages.sh --runtime
	$(BIN)/hepmeta --db demo.db demo

lint: $(STAMP)
	$(BIN)/ruff check hepmeta_desktop tests benchmarks
	$(BIN)/ruff format --check hepmeta_desktop tests benchmarks
	$(BIN)/lint-imports

test: $(STAMP)
	bash scripts/system-packages.sh
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# After changing a window's strings: update the French .ts (translate it in Qt Linguist),
# then build the .qm that the application loads (both are committed).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate hepmeta_desktop/ui/*.py -ts resources/i18n/hepmeta_fr.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/hepmeta_fr.ts -qm resources/i18n/hepmeta_fr.qm

# The one-folder application dist/HepMeta/ (HepMeta windowed, hepmeta command line).
bundle: $(VENV)/.bundle-installed
	$(BIN)/python packaging/make_version_info.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/hepmeta.spec

# Builds the bundle, then starts it as a user would: version, demo, check, an old schema
# upgraded by the bundled migrations, the first-start dialog and the window (offscreen).
bundle-test: bundle
	HEPMETA_DEV_PYTHON=$(CURDIR)/$(BIN)/python bash packaging/smoke-test.sh dist/HepMeta

clean:
	rm -rf $(VENV) build dist *.egg-info
