"""report.markdown: the Markdown view of the report dict."""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest

from counterpoint.records import Analysis
from counterpoint.report import build_report, render_markdown
from counterpoint.report.markdown import escape_cell


@pytest.fixture
def markdown(tiny_analysis: Analysis) -> str:
    return render_markdown(build_report(tiny_analysis))


def test_title_and_article_table(markdown: str) -> None:
    lines = markdown.splitlines()
    assert lines[0] == "# counterpoint report"
    assert "| id | source | date | title |" in lines
    assert "| a1 | TASS | 2019-05-25 | Attack repelled |" in lines
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_findings_grouped_in_relation_order(markdown: str) -> None:
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Contradictions (1)",
        "### Disputes (1)",
        "### Agreements (1)",
        "### Omissions (1)",
        "### Framing (1)",
    ]


def test_finding_has_explanation_confidence_and_quoted_evidence(markdown: str) -> None:
    assert "**f2** TASS says the attack was repelled; the rebels say they captured the town." in markdown
    assert "*confidence 0.83*" in markdown
    assert "> [TASS] “…repelled an attack…”" in markdown
    assert "> [TASS] “The army also destroyed seven tanks.”" in markdown  # a whole sentence: no ellipsis


def test_omission_names_missing_articles(markdown: str) -> None:
    omissions = markdown.split("### Omissions")[1].split("###")[0]
    assert "Missing from: Rebel Media \\| Hama (a2)" in omissions


def test_pipes_and_newlines_in_cells_are_escaped(tiny_analysis: Analysis) -> None:
    a1 = dataclasses.replace(tiny_analysis.articles[0], title="Line one\nline | two")
    report = build_report(dataclasses.replace(tiny_analysis, articles=(a1, tiny_analysis.articles[1])))
    md = render_markdown(report)
    assert "| a1 | TASS | 2019-05-25 | Line one line \\| two |" in md
    assert "| a2 | Rebel Media \\| Hama |  | Kafr Nabudah falls |" in md
    articles = md.split("## Articles")[1].split("##")[0]
    rows = [line for line in articles.splitlines() if line.startswith("|")]
    assert len(rows) == 4  # header, rule, a1, a2: the newline did not break the row
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows)


@pytest.mark.parametrize(
    ("value", "cell"),
    [(None, ""), (True, "yes"), (350, "350"), ("a|b", "a\\|b"), ("a\r\nb", "a b"), ("*x*", "\\*x\\*")],
)
def test_escape_cell(value: object, cell: str) -> None:
    assert escape_cell(value) == cell


def test_figures_and_entities_tables(markdown: str) -> None:
    assert "| q1 | TASS | up to 350 militants |  | 350 | no | killed | c1 |" in markdown
    assert "| q2 | Rebel Media \\| Hama | About 50 fighters | 50 | 50 | yes | killed |  |" in markdown
    assert "| armed opposition | actor | a1: 1, a2: 1 | a1: terrorists; a2: rebels |" in markdown
    assert "| Kafr Nabudah | place | a1: 1, a2: 1 |  |" in markdown


def test_warnings_listed(markdown: str) -> None:
    assert "## Warnings" in markdown
    assert "- in/rebels-copy.txt: same text as in/rebels.txt (a2); kept once" in markdown


def test_empty_report_renders(tiny_analysis: Analysis) -> None:
    report = copy.deepcopy(build_report(tiny_analysis))
    for key in ("entities", "claims", "quantities", "findings", "warnings"):
        report[key] = []
    md = render_markdown(report)
    assert "No findings." in md and "No figures." in md and "No entities." in md
    assert "## Warnings" not in md


def test_same_report_same_markdown(tiny_analysis: Analysis) -> None:
    assert render_markdown(build_report(tiny_analysis)) == render_markdown(build_report(tiny_analysis))
