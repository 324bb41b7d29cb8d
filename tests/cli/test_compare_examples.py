"""End to end through the CLI on the bundled example (the README's `make demo` path)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterpoint.cli import cli as main
from counterpoint.report import validate_report

pytestmark = pytest.mark.model


def _examples(repo_root: Path) -> list[str]:
    return sorted(str(p) for p in (repo_root / "examples").glob("*.txt"))


def test_compare_examples_html_is_one_self_contained_file(repo_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["-q", "compare", *_examples(repo_root), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == [out]
    # no external resource at all: no URL outside the articles' own (escaped) text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.IGNORECASE)
    assert "@import" not in html and "url(http" not in html


def test_compare_examples_json_finds_each_relation(repo_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["-q", "compare", *_examples(repo_root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    validate_report(report)
    relations = {f["relation"] for f in report["findings"]}
    assert relations == {"agree", "contradict", "dispute", "omission", "framing"}
    texts = {a["id"]: a["text"] for a in report["articles"]}

    def cited(relation: str, phrase: str) -> bool:
        return any(phrase in texts[e["article"]][e["start"]:e["end"]] or
                   texts[e["article"]][e["start"]:e["end"]] in phrase
                   for f in report["findings"] if f["relation"] == relation for e in f["evidence"])

    # the three spellings of the town are one place
    town = [e for e in report["entities"] if {"Tell Harun", "Tal Haroun", "Tel Haroun"} <= {m["text"] for m in e["mentions"]}]
    assert len(town) == 1
    assert cited("contradict", "Nine civilians")  # 9 vs at least 14 killed
    assert cited("omission", "More than 5,000 people")  # displacement only in one outlet
    assert cited("agree", "six armoured vehicles")  # four tanks + two carriers
