"""CLI commands with a fake pipeline: help, version, output formats, summary, analyze, gazetteer, serve."""

from __future__ import annotations

import csv
import json
import sys
import types
from pathlib import Path
from typing import Any

import click.testing
import pytest

import counterpoint
from counterpoint.cli import cli
from counterpoint.records import Analysis, Article, Evidence, Finding, Mention

ARTICLE_1 = "Date: 2019-05-25\nSource: TASS\n\nSyrian troops repelled an attack on Kafr Nabudah.\n"
ARTICLE_2 = "Source: Rebel Media\n\nRebels captured Kafr Nabudah on Friday.\n"

COMMANDS = [[], ["compare"], ["analyze"], ["gazetteer"], ["gazetteer", "import"], ["serve"]]


def run(runner: click.testing.CliRunner, *args: str, **kwargs: Any) -> click.testing.Result:
    return runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)


def _agreeing(articles: list[Article], settings: Any) -> Analysis:
    """One 'agree' finding per article on its first word, so views have something to show."""
    findings = tuple(
        Finding(
            id=f"f{i}",
            relation="agree",
            evidence=(Evidence(a.id, 0, a.text.index(" ")),),
            explanation=f"Article {a.id} opens the story.",
            confidence=min(0.99, 0.5 + i / 20),
        )
        for i, a in enumerate(articles, start=1)
    )
    return Analysis(tuple(articles), (), (), (), findings)


@pytest.fixture
def articles(tmp_path: Path, fake_pipeline: Any) -> list[str]:
    fake_pipeline.analyze = _agreeing
    paths = [tmp_path / "tass.txt", tmp_path / "rebels.txt"]
    for path, text in zip(paths, (ARTICLE_1, ARTICLE_2), strict=True):
        path.write_text(text, encoding="utf-8")
    return [str(p) for p in paths]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "counterpoint")
def test_help_has_examples(cli_runner: click.testing.CliRunner, command: list[str]) -> None:
    result = run(cli_runner, *command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    examples = result.stdout.split("Examples:")[1]
    assert "counterpoint " in examples.splitlines()[1]  # \b kept the example lines as written


def test_version(cli_runner: click.testing.CliRunner) -> None:
    result = run(cli_runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"counterpoint {counterpoint.__version__}"


def test_unknown_top_level_option(cli_runner: click.testing.CliRunner) -> None:
    assert run(cli_runner, "--frobnicate").exit_code == 2


def test_json_to_stdout(cli_runner: click.testing.CliRunner, articles: list[str]) -> None:
    result = run(cli_runner, "compare", *articles)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "counterpoint.report/1"
    assert [a["source"] for a in report["articles"]] == ["TASS", "Rebel Media"]
    assert report["findings"][0]["evidence"][0]["text"] == "Syrian"
    assert result.stderr == ""  # no summary when the report goes to stdout


def test_json_file_and_summary(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.json"
    result = run(cli_runner, "compare", *articles, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["articles"][1]["id"] == "a2"
    assert "report.json" in result.stderr
    assert "2 articles, 2 findings (2 agree)" in result.stderr
    assert result.stderr.index("Article a1 opens") < result.stderr.index("Article a2 opens")  # report order (importance)


def test_same_inputs_same_bytes(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    run(cli_runner, "-q", "compare", *articles, "-o", str(first))
    run(cli_runner, "-q", "compare", *articles, "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_quiet_suppresses_summary(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    result = run(cli_runner, "-q", "compare", *articles, "-o", str(tmp_path / "r.json"))
    assert result.exit_code == 0
    assert result.stderr == ""


def test_markdown(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = run(cli_runner, "compare", *articles, "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# counterpoint report\n")
    assert "> [TASS] “Syrian…”" in text


def test_csv_directory(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = run(cli_runner, "compare", *articles, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["entities.csv", "findings.csv", "quantities.csv"]
    with (out / "findings.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["evidence"] for r in rows] == ["a1:0-6", "a2:0-6"]


def test_html(cli_runner: click.testing.CliRunner, articles: list[str], tmp_path: Path) -> None:
    html = pytest.importorskip("counterpoint.report.html", reason="report.html is written separately")
    if not hasattr(html, "render_html"):
        pytest.skip("counterpoint.report.html has no render_html yet")
    out = tmp_path / "report.html"
    result = run(cli_runner, "-q", "compare", *articles, "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "Kafr Nabudah" in out.read_text(encoding="utf-8")


def test_stdin(cli_runner: click.testing.CliRunner, fake_pipeline: Any) -> None:
    result = run(cli_runner, "compare", "-", input=ARTICLE_1)
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert (article["path"], article["source"], article["date"]) == ("-", "TASS", "2019-05-25")


def test_flags_reach_settings(
    cli_runner: click.testing.CliRunner, articles: list[str], fake_pipeline: Any, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def spy(arts: list[Article], settings: Any) -> Analysis:
        seen["settings"] = settings
        return _agreeing(arts, settings)

    fake_pipeline.analyze = spy
    config = tmp_path / "settings.toml"
    config.write_text("workers = 3\nmin_confidence = 0.5\n", encoding="utf-8")
    result = run(cli_runner, "--config", str(config), "compare", *articles, "--workers", "2", "--model", "m")
    assert result.exit_code == 0, result.stderr
    settings = seen["settings"]
    assert (settings.workers, settings.min_confidence, settings.model) == (2, 0.5, "m")


def test_progress_callback_when_stderr_is_a_tty(
    cli_runner: click.testing.CliRunner, tmp_path: Path, fake_pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterpoint.cli import options

    calls: list[int] = []

    def with_progress(arts: list[Article], settings: Any, progress: Any = None) -> Analysis:
        assert progress is not None
        for _ in arts:
            progress(1)  # pipeline's contract: n more articles done
            calls.append(1)
        progress(3, 6)  # (done, total) is accepted too
        return _agreeing(arts, settings)

    fake_pipeline.analyze = with_progress
    monkeypatch.setattr(options, "stderr_is_tty", lambda: True)
    paths = []
    for i in range(6):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Article number {i} about the attack.\n", encoding="utf-8")
        paths.append(str(path))
    result = run(cli_runner, "compare", *paths, "-o", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.stderr
    assert len(calls) == 6


def test_no_progress_for_few_articles(
    cli_runner: click.testing.CliRunner, articles: list[str], fake_pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterpoint.cli import options

    def with_progress(arts: list[Article], settings: Any, progress: Any = None) -> Analysis:
        assert progress is None
        return _agreeing(arts, settings)

    fake_pipeline.analyze = with_progress
    monkeypatch.setattr(options, "stderr_is_tty", lambda: True)
    assert run(cli_runner, "compare", *articles).exit_code == 0


# --------------------------------------------------------------------------- analyze


def test_analyze_without_extract_only(cli_runner: click.testing.CliRunner, articles: list[str]) -> None:
    result = run(cli_runner, "analyze", *articles)
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("counterpoint: error: ") and "extract_only" in line


def test_analyze_dumps_records(cli_runner: click.testing.CliRunner, articles: list[str], fake_pipeline: Any) -> None:
    def extract_only(arts: list[Article], settings: Any) -> list[dict[str, Any]]:
        return [
            {"article": a.id, "mentions": (Mention(a.id, 0, 6, a.text[:6], "other"),), "claims": (), "quantities": ()}
            for a in arts
        ]

    fake_pipeline.extract_only = extract_only
    result = run(cli_runner, "analyze", *articles)
    assert result.exit_code == 0, result.stderr
    dump = json.loads(result.stdout)
    assert dump[0]["mentions"][0] == {
        "article": "a1", "start": 0, "end": 6, "text": "Syrian", "kind": "other", "label": None, "scare_quoted": False,
    }  # fmt: skip


# --------------------------------------------------------------------------- gazetteer


@pytest.fixture
def fake_geo(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> types.SimpleNamespace:
    """The import command with the real importer replaced by one that records its arguments."""
    from counterpoint.resolve import geo, geodump

    fake = types.SimpleNamespace(calls=[])

    def import_geonames_dump(src: Path, db: Path) -> int:
        fake.calls.append((Path(src), Path(db)))
        return 42

    monkeypatch.setattr(geodump, "import_geonames_dump", import_geonames_dump)
    monkeypatch.setattr(geo, "default_user_db", lambda: tmp_path / "user" / "gazetteer.sqlite")
    return fake


def test_gazetteer_import(cli_runner: click.testing.CliRunner, tmp_path: Path, fake_geo: Any) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text("170000\tKafr Nabudah\n", encoding="utf-8")
    result = run(cli_runner, "gazetteer", "import", str(dump))
    assert result.exit_code == 0, result.stderr
    assert "imported 42 rows" in result.stderr
    assert fake_geo.calls == [(dump, tmp_path / "user" / "gazetteer.sqlite")]

    db = tmp_path / "mine.sqlite"
    assert run(cli_runner, "gazetteer", "import", str(dump), "--db", str(db)).exit_code == 0
    assert fake_geo.calls[-1] == (dump, db)


def test_gazetteer_import_missing_file(cli_runner: click.testing.CliRunner, tmp_path: Path, fake_geo: Any) -> None:
    result = run(cli_runner, "gazetteer", "import", str(tmp_path / "XX.txt"))
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "XX.txt" in line and fake_geo.calls == []


# --------------------------------------------------------------------------- serve


def test_serve_without_web_extra(cli_runner: click.testing.CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = run(cli_runner, "serve")
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "pip install 'counterpoint[web]'" in line


def test_serve_runs_uvicorn(cli_runner: click.testing.CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: dict[str, Any] = {}
    fake_uvicorn = types.ModuleType("uvicorn")
    fake_uvicorn.run = lambda app, **kw: ran.update(app=app, **kw)  # type: ignore[attr-defined]
    fake_app = types.ModuleType("counterpoint.web.app")
    fake_app.create_app = lambda settings: ("app", settings.workers)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "uvicorn", fake_uvicorn)
    monkeypatch.setitem(sys.modules, "counterpoint.web", types.ModuleType("counterpoint.web"))
    monkeypatch.setitem(sys.modules, "counterpoint.web.app", fake_app)
    result = run(cli_runner, "serve", "--port", "8123")
    assert result.exit_code == 0, result.stderr
    assert (ran["app"][0], ran["host"], ran["port"]) == ("app", "127.0.0.1", 8123)


def test_to_jsonable_sorts_sets_and_unwraps_records() -> None:
    from counterpoint.cli.analyze import to_jsonable

    mention = Mention("a1", 0, 3, "Foo", "place")
    assert to_jsonable({"keys": frozenset({"b", "a"}), "m": (mention,), "n": 2.0}) == {
        "keys": ["a", "b"],
        "m": [{"article": "a1", "start": 0, "end": 3, "text": "Foo", "kind": "place", "label": None,
               "scare_quoted": False}],
        "n": 2,
    }  # fmt: skip
