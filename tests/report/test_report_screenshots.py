"""Real reports in a real Chromium at 1366x768: the bundled example (its screenshot is the README's
docs/screenshot.png, rewritten with --update-goldens or when missing) and the two seed articles.

Skipped when /usr/bin/chromium is absent (`make test` installs it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, needs_chromium

from counterpoint.config import load_settings
from counterpoint.ingest import read_articles
from counterpoint.pipeline import analyze
from counterpoint.report import build_report
from counterpoint.report.html import render_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    needs_chromium,
]


def _shoot(html_path: Path, png: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(html_path.as_uri())
        columns = page.locator("article.col").count()
        marks = page.locator("mark").count()
        boxes = [page.locator("article.col").nth(i).bounding_box() for i in range(min(columns, 2))]
        page.screenshot(path=str(png))
        browser.close()
    return {"columns": columns, "marks": marks, "boxes": boxes}


def _render(paths: list[str], tmp_path: Path) -> Path:
    report = build_report(analyze(read_articles(paths), load_settings(env={})))
    out = tmp_path / "report.html"
    out.write_text(render_html(report), encoding="utf-8")
    return out


def test_example_report_screenshot(repo_root: Path, tmp_path: Path, update_goldens: bool) -> None:
    html = _render(sorted(str(p) for p in (repo_root / "examples").glob("*.txt")), tmp_path)
    artifacts = repo_root / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    seen = _shoot(html, artifacts / "report-example.png")
    assert seen["columns"] == 3 and seen["marks"] > 0
    readme_png = repo_root / "docs" / "screenshot.png"
    if update_goldens or not readme_png.exists():
        readme_png.write_bytes((artifacts / "report-example.png").read_bytes())


@pytest.mark.shared
def test_seed_report_side_by_side(shared_dir: Path, repo_root: Path, tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("the seed articles are not in ../shared/seeds")
    html = _render(seeds, tmp_path)
    artifacts = repo_root / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    seen = _shoot(html, artifacts / "report-seeds-1366x768.png")
    assert seen["columns"] == 2 and seen["marks"] > 0
    left, right = seen["boxes"]
    assert left["x"] + left["width"] <= right["x"] + 1  # side by side, not stacked
    assert abs(left["y"] - right["y"]) < 5
