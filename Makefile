# The two commands in the README: `make serve` (the site on the sample data) and `make test`.
# Each sets up .venv on first use; nothing is installed outside this folder.

VENV := .venv
BIN := $(VENV)/bin
# Material prints a banner about MkDocs 2.0 on every build; the README explains the plan instead.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve site test clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

serve: setup
	$(BIN)/mkdocs serve

site: setup
	$(BIN)/mkdocs build --strict

test: setup
	$(BIN)/pytest
	node --test tests/js/

clean:
	rm -rf $(VENV) site
