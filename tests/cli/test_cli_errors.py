"""The CLI's error boundary: bad input -> one line on stderr naming the file, exit 2, no traceback.

``pipeline.analyze`` is replaced by the ``fake_pipeline`` fixture, so no spaCy model is needed;
the inputs go through the real ``ingest.read_articles``.
"""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path
from typing import Any

import click.testing
import pytest

from counterpoint.cli import cli

ARTICLE = "Date: 2019-05-25\nSource: TASS\n\nSyrian troops repelled an attack on Kafr Nabudah.\n"


def run(runner: click.testing.CliRunner, *args: str, **kwargs: Any) -> click.testing.Result:
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


def assert_one_line_error(result: click.testing.Result, *needles: str, code: int = 2) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("counterpoint: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.fixture(autouse=True)
def _pipeline(fake_pipeline: Any) -> None:
    """Every test here runs against the fake pipeline."""


def test_missing_path(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run(cli_runner, "compare", str(missing))
    line = assert_one_line_error(result, "nope.txt")
    assert "(hint: " in line


def test_unreadable_file_chmod(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root, which can read a chmod 000 file (see the simulated test below)")
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        assert_one_line_error(run(cli_runner, "compare", str(path)), "secret.txt")
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(
    cli_runner: click.testing.CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    assert_one_line_error(run(cli_runner, "compare", str(path)), "secret.txt")


def test_directory_without_articles(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", str(folder)), "empty-folder")


@pytest.mark.parametrize("content", ["", "   \n\t\n", "Date: 2019-05-25\nSource: TASS\n\n   \n"])
def test_empty_article(cli_runner: click.testing.CliRunner, tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", str(path)), "blank.txt")


def test_binary_file(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert_one_line_error(run(cli_runner, "compare", str(path)), "image.txt")


def test_invalid_jsonl_line(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"text": "One article about the attack."}\n{"text": "broken\n', encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", str(path)), "corpus.jsonl:2")


def test_jsonl_row_without_text(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [{"text": "One article about the attack."}, {"source": "TASS", "title": "No body"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", str(path)), "rows.jsonl:2", "text")


def test_article_over_max_bytes(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 10, encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", "--max-bytes", "100", str(path)), "long.txt", "100")


def test_bad_max_bytes_is_a_usage_error(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    result = run(cli_runner, "compare", "--max-bytes", "0", str(tmp_path))
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_bad_date_warns_and_succeeds(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Date: the day before yesterday\n\nSyrian troops repelled an attack.\n", encoding="utf-8")
    result = run(cli_runner, "compare", str(path))
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "undated.txt" in warnings[0]
    report = json.loads(result.stdout)
    assert report["articles"][0]["date"] is None
    assert len(report["warnings"]) == 1 and "undated.txt" in report["warnings"][0]
    assert "Traceback" not in result.stderr


def test_bad_date_quiet(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Date: the day before yesterday\n\nSyrian troops repelled an attack.\n", encoding="utf-8")
    result = run(cli_runner, "-q", "compare", str(path))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "undated.txt" in json.loads(result.stdout)["warnings"][0]


def test_duplicate_articles_kept_once(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "tass.txt", tmp_path / "tass-copy.txt"
    for path in (first, second):
        path.write_text(ARTICLE, encoding="utf-8")
    result = run(cli_runner, "compare", str(first), str(second))
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "tass-copy.txt" in warnings[0]
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["a1"]
    assert report["articles"][0]["duplicates"] == [str(second)]
    assert "tass-copy.txt" in report["warnings"][0]


def test_missing_config_file(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(cli_runner, "--config", str(tmp_path / "nope.toml"), "compare", str(article))
    assert_one_line_error(result, "nope.toml")


def test_bad_config_key(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    config = tmp_path / "settings.toml"
    config.write_text("wokers = 3\n", encoding="utf-8")
    result = run(cli_runner, "--config", str(config), "compare", str(article))
    assert_one_line_error(result, "wokers")


def test_csv_needs_an_output_directory(cli_runner: click.testing.CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(cli_runner, "compare", "--format", "csv", str(article))
    assert result.exit_code == 2
    assert "-o" in result.stderr and "Traceback" not in result.stderr


def test_unknown_option_exits_2(cli_runner: click.testing.CliRunner) -> None:
    result = run(cli_runner, "compare", "--colour", "x.txt")
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_no_inputs_exits_2(cli_runner: click.testing.CliRunner) -> None:
    assert run(cli_runner, "compare").exit_code == 2


def test_internal_error_is_one_line(cli_runner: click.testing.CliRunner, tmp_path: Path, fake_pipeline: Any) -> None:
    def broken(articles: Any, settings: Any) -> Any:
        raise RuntimeError("stage exploded\nsecond line")

    fake_pipeline.analyze = broken
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(cli_runner, "compare", str(article))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "counterpoint: internal error: RuntimeError: stage exploded second line (run with -v for the traceback)"
    ]
    assert "Traceback" not in result.output

    verbose = run(cli_runner, "-v", "compare", str(article))
    assert verbose.exit_code == 1
    assert "Traceback (most recent call last)" in verbose.stderr
    assert verbose.stderr.strip().splitlines()[-1].startswith("counterpoint: internal error: RuntimeError")


def test_report_invariant_error_exits_1(
    cli_runner: click.testing.CliRunner, tmp_path: Path, fake_pipeline: Any
) -> None:
    from counterpoint.records import Analysis, Evidence, Finding

    def bad_offsets(articles: Any, settings: Any) -> Analysis:
        finding = Finding("f1", "agree", (Evidence("a1", 0, 99_999),), "Out of range.", 0.5)
        return Analysis(tuple(articles), (), (), (), (finding,))

    fake_pipeline.analyze = bad_offsets
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert_one_line_error(run(cli_runner, "compare", str(article)), "finding f1", "a1", code=1)
