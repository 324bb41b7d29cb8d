"""report.csv: findings, quantities and entities tables from the report dict."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from counterpoint.records import Analysis
from counterpoint.report import build_report, write_csv


@pytest.fixture
def tables(tiny_analysis: Analysis, tmp_path: Path) -> dict[str, list[dict[str, str]]]:
    paths = write_csv(build_report(tiny_analysis), tmp_path / "out")
    assert [p.name for p in paths] == ["findings.csv", "quantities.csv", "entities.csv"]
    out = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            out[path.stem] = list(csv.DictReader(fh))
    return out


def test_findings_csv(tables: dict[str, list[dict[str, str]]]) -> None:
    rows = {r["id"]: r for r in tables["findings"]}
    assert list(tables["findings"][0]) == [
        "id", "relation", "confidence", "explanation", "evidence", "missing_from", "claims", "entities",
    ]  # fmt: skip
    f2 = rows["f2"]
    assert (f2["relation"], f2["confidence"], f2["claims"], f2["entities"]) == ("contradict", "0.83", "c1", "e1")
    assert f2["evidence"] == "a1:14-32|a2:0-28"
    assert rows["f4"]["missing_from"] == "a2"
    assert rows["f5"]["explanation"] == 'TASS calls the fighters "terrorists"; the rebel outlet calls them "rebels".'


def test_quantities_csv(tables: dict[str, list[dict[str, str]]]) -> None:
    q1, q2 = tables["quantities"]
    assert list(q1) == [
        "id", "article", "source", "text", "low", "high", "approx", "what",
        "role", "category", "kind", "claim", "speaker",
    ]  # fmt: skip
    assert (q1["text"], q1["low"], q1["high"], q1["approx"], q1["claim"]) == ("up to 350 militants", "", "350", "false", "c1")
    assert (q2["source"], q2["low"], q2["high"], q2["approx"]) == ("Rebel Media | Hama", "50", "50", "true")
    assert (q2["role"], q2["category"], q2["kind"], q2["speaker"]) == ("killed", "combatants", "count", "")


def test_entities_csv(tables: dict[str, list[dict[str, str]]]) -> None:
    e1, e2 = tables["entities"]
    assert (e1["name"], e1["mention_count"], e1["articles"]) == ("Kafr Nabudah", "2", "a1|a2")
    assert (e1["lat"], e1["lon"], e1["precision"]) == ("35.43", "36.5", "place")
    assert e2["labels"] == "a1=terrorists|a2=rebels"
    assert (e2["lat"], e2["lon"], e2["precision"]) == ("", "", "")


def test_labels_join_several_per_article(tiny_analysis: Analysis, tmp_path: Path) -> None:
    report = build_report(tiny_analysis)
    report["entities"][1]["labels"] = {"a1": ["terrorists", "militants"], "a2": ["rebels"]}
    write_csv(report, tmp_path)
    with (tmp_path / "entities.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1]["labels"] == "a1=terrorists;militants|a2=rebels"


def test_speaker_is_named(tiny_analysis: Analysis, tmp_path: Path) -> None:
    report = build_report(tiny_analysis)
    report["claims"][0]["speaker"] = "e2"
    write_csv(report, tmp_path)
    with (tmp_path / "quantities.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["speaker"] == "armed opposition"


def test_utf8_and_multiline_cells_round_trip(tiny_analysis: Analysis, tmp_path: Path) -> None:
    report = build_report(tiny_analysis)
    report["findings"][0]["explanation"] = "Обе статьи\nсогласны, «Кафр-Набуда»"
    write_csv(report, tmp_path)
    raw = (tmp_path / "findings.csv").read_bytes()
    assert "Обе статьи".encode() in raw
    with (tmp_path / "findings.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["explanation"] == "Обе статьи\nсогласны, «Кафр-Набуда»"
