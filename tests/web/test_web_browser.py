"""The web app in a real Chromium: fill the form, submit, get the report.

Serves the real app (real pipeline and model) with uvicorn on 127.0.0.1 in a background thread,
drives it with Playwright, checks the page never reaches past this server, and saves screenshots
under test-artifacts/. Skipped when /usr/bin/chromium is absent (`make test` installs it).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, needs_chromium

from counterpoint.config import load_settings
from counterpoint.web.app import create_app

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    needs_chromium,
]

ARTICLES = [
    {
        "source": "Northern Wire",
        "date": "2024-03-02",
        "text": (
            "Shelling killed 12 civilians in the town of Ardan on Friday, local medics said. "
            "Witnesses said the shells came from army positions east of the town. "
            "The army denied carrying out any strikes on Ardan."
        ),
    },
    {
        "source": "State News Agency",
        "date": "2024-03-02",
        "text": (
            "Twelve civilians died in Ardan on Friday when rebels fired mortars at the market, "
            "the defence ministry said. The ministry said the army had not fired on the town."
        ),
    },
]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The app served by uvicorn on a free port of 127.0.0.1; stopped after the module."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(load_settings(env={}))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # start-up loads the spaCy model
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def test_form_to_report(base_url: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    requested: list[str] = []
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda req: requested.append(req.url))
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(base_url + "/")

            blocks = page.locator("fieldset.article")
            assert blocks.count() == 2
            page.click("#add-article")  # the one bit of script: a third block, left blank
            assert blocks.count() == 3
            for i, article in enumerate(ARTICLES):
                for field in ("source", "date"):
                    blocks.nth(i).locator(f"input[name={field}]").fill(article[field])
                blocks.nth(i).locator("textarea[name=text]").fill(article["text"])
            page.screenshot(path=str(ARTIFACTS / "web-form.png"), full_page=True)

            with page.expect_navigation():
                page.click("button[type=submit]")
            page.wait_for_selector("article.col")
            assert page.locator("article.col").count() == 2
            assert page.locator("button.finding").count() >= 1
            assert "Northern Wire" in page.locator("article.col").nth(0).inner_text()
            assert "defence ministry" in page.locator("article.col").nth(1).inner_text()
            page.locator("button.finding").first.click()
            page.screenshot(path=str(ARTIFACTS / "web-report.png"), full_page=True)
        finally:
            browser.close()
    assert requested and all(url.startswith((base_url + "/", "data:")) for url in requested), requested
    assert problems == []
    assert all((ARTIFACTS / name).stat().st_size > 0 for name in ("web-form.png", "web-report.png"))
