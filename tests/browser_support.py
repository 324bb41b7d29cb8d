"""The one Chromium the browser tests drive, and how they start it (imported by the tests; the
conftest's folder is on sys.path)."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# no network beyond localhost, no first-run or background services (this machine has no internet)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium not installed; make test installs it")
