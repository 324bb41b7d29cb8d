"""Golden-file test (STYLE habit 11): the bundled example's report, byte for byte, in every view.

Regenerate only on purpose: `pytest tests/golden --update-goldens`, then read the diff."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from counterpoint.config import load_settings
from counterpoint.ingest import read_articles
from counterpoint.pipeline import analyze
from counterpoint.report import build_report, dumps_report, render_markdown, validate_report
from counterpoint.report.html import render_html

pytestmark = pytest.mark.model

HERE = Path(__file__).parent / "examples"


@pytest.fixture(scope="module")
def report(repo_root: Path) -> dict:
    paths = sorted(str(p.relative_to(repo_root)) for p in (repo_root / "examples").glob("*.txt"))
    import os

    cwd = os.getcwd()
    os.chdir(repo_root)  # paths in the report are as given, so give them relative to the repo
    try:
        articles = read_articles(paths)
    finally:
        os.chdir(cwd)
    rep = build_report(analyze(articles, load_settings(env={})))
    validate_report(rep)
    return rep


@pytest.mark.parametrize("name, render", [
    ("report.json", dumps_report),
    ("report.md", render_markdown),
    ("report.html", render_html),
])
def test_golden_view(report: dict, name: str, render, update_goldens: bool) -> None:
    out = render(report)
    golden = HERE / name
    if update_goldens or not golden.exists():
        golden.write_text(out, encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"{golden} was missing and has been written; check it in")
    assert out == golden.read_text(encoding="utf-8"), (
        f"{name} differs from {golden}; if the change is intended, run pytest tests/golden --update-goldens")


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks = 0
        self.columns = 0
        self.external = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "mark":
            self.marks += 1
        if "article" in (a.get("class") or "").split():
            self.columns += 1
        for key in ("src", "href"):
            if (a.get(key) or "").startswith(("http://", "https://", "//")):
                self.external.append(a[key])


def test_golden_html_structure(report: dict) -> None:
    parser = _Marks()
    parser.feed(render_html(report))
    assert parser.marks >= len(report["findings"])  # every finding's evidence is highlighted
    assert parser.external == []
