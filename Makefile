# kroniek: two commands do all the set-up on a fresh Debian machine (root, Python 3.11).
#   make demo   set up, then ingest ../shared/corpus/seeds into the default store and summarise it
#   make test   set up, then run the test suite (what .ci/run calls)
# Both are idempotent: a second run only re-checks the stamps and the Debian packages.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/corpus/seeds
# Frog and its data, plus the headers python-frog 0.4.2 is built against (see src/kroniek/nlp/frog.py
# for why the in-process binding, and why that version).
APT_PACKAGES := frog frogdata libfrog-dev libucto-dev libfolia-dev libticcutils-dev libtimbl-dev libmbt-dev

.PHONY: setup demo test test-slow lint bench clean apt

setup: apt $(VENV)/.stamp-install

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.stamp-frog:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q 'cython<3' setuptools wheel
	$(BIN)/pip install -q --no-build-isolation --no-binary python-frog python-frog==0.4.2
	touch $@

$(VENV)/.stamp-install: $(VENV)/.stamp-frog pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/kroniek ingest $(SEEDS)
	$(BIN)/kroniek stats

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

test-slow: setup
	$(BIN)/python -m pytest -q -m slow

bench: setup
	$(BIN)/python bench/throughput.py --limit 100
	$(BIN)/python bench/ner_conll.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
