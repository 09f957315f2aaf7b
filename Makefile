# Two commands: `make build` (set up, then run the pipeline over raw/) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: build test install ui docs clean

build: install
	$(BIN)/python -m pipeline build

test: install
	$(BIN)/python -m pytest

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

ui: install
	$(BIN)/python -m pipeline ui

docs: install
	$(BIN)/python -m pipeline docs

clean:
	rm -rf warehouse/*/ .dagster_home/*
