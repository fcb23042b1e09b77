# Tekstur: `make run` opens the app on the demo project, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

QM := $(patsubst %.ts,%.qm,$(wildcard app/gui/translations/*.ts))

.PHONY: run test lint system-packages bench clean translations

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

translations: $(QM)

app/gui/translations/%.qm: app/gui/translations/%.ts $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system-packages:
	@bash scripts/system-packages.sh

run: $(INSTALLED) system-packages translations
	$(BIN)/tekstur gui --demo

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(INSTALLED) system-packages translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(INSTALLED) system-packages
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
