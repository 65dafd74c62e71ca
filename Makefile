# The commands in the README: `make serve` (the site on the sample data) and `make test`
# (the software's own tests); and `make check`, the organisers' check of their program.
# Each sets up .venv on first use, and again whenever the lock changes; nothing is installed
# outside this folder, and nothing that the lock does not name with its hashes.

VENV := .venv
BIN := $(VENV)/bin
# Material prints a banner about MkDocs 2.0 on every build; the README explains the plan instead.
export NO_MKDOCS_2_WARNING := 1
# The tool that writes the locks (only `make lock` installs it).
UV_VERSION := 0.13.9

.PHONY: setup serve site test check install-site lock messages clean

# Installs the lock $(1) with the Python $(2), each file checked against its hash; then this
# project ($(3): -e for editable) without dependencies and with the build backend the lock holds,
# so nothing else is downloaded. pip check fails if pyproject.toml asks for something the lock
# lacks: run `make lock`.
define install
$(2) -m pip install --quiet --require-hashes -r $(1)
$(2) -m pip install --quiet --no-deps --no-build-isolation $(3) .
$(2) -m pip check
endef

setup: $(VENV)/.installed

# A fresh environment holding exactly the lock.
$(VENV)/.installed: requirements/test.txt pyproject.toml
	rm -rf $(VENV)
	python3 -m venv $(VENV)
	$(call install,requirements/test.txt,$(BIN)/python,-e)
	touch $@

# The port `make serve` uses: `make serve PORT=8001` when 8000 is taken.
PORT := 8000

serve: setup
	@$(BIN)/python -m generator.serve $(PORT)

site: setup
	$(BIN)/mkdocs build --strict

test: setup
	$(BIN)/ruff check
	$(BIN)/mypy
	$(BIN)/pytest
	node --test tests/js/

# Is the program ready to go live? Profiles, sample data, placeholders, derived files, links.
check: setup
	$(BIN)/mentors check

# The workflows' install: what building the site needs, into the Python they set up.
install-site:
	$(call install,requirements/site.txt,python3,)

# The locks, from pyproject.toml: requirements/site.txt (what building the site needs, for the
# workflows) and requirements/test.txt (that and the test extra, for .venv); the site lock takes
# the test lock's versions, so the site is built with what the tests ran. Each also pins the
# build backend from [build-system] and holds every file's hash for every platform, Python 3.11+.
# `make lock` keeps the versions already locked where they still fit; `make lock UPGRADE=1` moves
# everything to the newest versions pyproject.toml allows.
LOCK = $(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))\
	["build-system"]["requires"], sep="\n")' | $(BIN)/uv pip compile pyproject.toml - --quiet \
	--universal --python-version 3.11 --generate-hashes $(if $(UPGRADE),--upgrade) \
	--custom-compile-command "make lock"

lock:
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(LOCK) --extra test --output-file requirements/test.txt
	$(LOCK) --constraint requirements/test.txt --output-file requirements/site.txt

# The interface's strings: extracted from the code into generator/locales/messages.pot, then merged
# into each language's catalogue (translate what is new there; `make test` fails until then).
# A comment starting "Translators:" right above a string goes with it, to tell translators what
# a placeholder or a short word stands for.
messages: setup
	$(BIN)/pybabel extract --mapping-file pyproject.toml --no-wrap --sort-by-file --omit-header --add-location=file \
		--keywords ngettext:1,2 --add-comments Translators: --output-file generator/locales/messages.pot .
	$(BIN)/pybabel update --input-file generator/locales/messages.pot --output-dir generator/locales \
		--no-wrap --ignore-obsolete --no-fuzzy-matching

clean:
	rm -rf $(VENV) site
