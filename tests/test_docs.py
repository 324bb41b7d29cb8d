"""Docs are checked, not aspirational (STYLE habit 15).

* every click command has help with an "Examples" section;
* every command appears in README.md and docs/cli.md;
* docs/cli.md is what ``scripts/gen_cli_docs.py`` generates from the current ``--help``;
* every ``counterpoint ...`` line shown in README.md, docs/*.md and the help examples parses with
  the real CLI (commands and options exist), without running it;
* every setting, lexicon file and report field is documented where the README says it is.

No model and no network.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import click
import click.testing
import pytest

from counterpoint.cli import PROG, cli
from counterpoint.config import Settings

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
CLI_MD = DOCS / "cli.md"


def _load_generator() -> ModuleType:
    path = ROOT / "scripts" / "gen_cli_docs.py"
    spec = importlib.util.spec_from_file_location("gen_cli_docs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()
COMMANDS = [(path, command, ctx) for path, command, ctx in GEN.walk()]
COMMAND_IDS = [path for path, _, _ in COMMANDS]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- help and coverage


@pytest.mark.parametrize(("path", "command", "ctx"), COMMANDS, ids=COMMAND_IDS)
def test_every_command_has_help_with_examples(path: str, command: click.Command, ctx: click.Context) -> None:
    assert command.help, f"{path} has no help text"
    assert "Examples" in command.get_help(ctx), f"{path} --help has no 'Examples' section"


@pytest.mark.parametrize("path", COMMAND_IDS)
def test_every_command_is_in_readme_and_cli_md(path: str) -> None:
    assert path in _read(README), f"README.md does not mention `{path}`"
    assert f"## {path}\n" in _read(CLI_MD), f"docs/cli.md has no section for `{path}`"


def test_cli_md_is_up_to_date() -> None:
    expected = GEN.render()
    current = _read(CLI_MD) if CLI_MD.is_file() else ""
    assert current == expected, (
        f"docs/cli.md differs from the current --help output; regenerate it with: {GEN.REGENERATE}"
    )


def test_cli_md_matches_what_the_cli_prints(cli_runner: click.testing.CliRunner) -> None:
    """The generator's rendering is the real ``--help`` (same width), not a look-alike."""
    for path, _, _ in COMMANDS:
        args = path.split()[1:] + ["--help"]
        result = cli_runner.invoke(cli, args, prog_name=PROG, terminal_width=GEN.WIDTH)
        assert result.exit_code == 0, result.output
        assert result.output.rstrip() in _read(CLI_MD), f"`{path} --help` output is not in docs/cli.md"


# --------------------------------------------------------------------------- documented command lines


def _command_lines(text: str) -> Iterator[str]:
    """``counterpoint ...`` invocations in code blocks and inline code, one per pipeline stage."""
    blocks = re.findall(r"```[^\n]*\n(.*?)```", text, flags=re.DOTALL)
    inline = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.DOTALL))
    for chunk in [*blocks, *inline]:
        for line in chunk.splitlines():
            for stage in line.split("|"):
                words = stage.strip().lstrip("$ ").split()
                # drop leading VAR=value assignments and an interpreter path prefix
                while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
                    words.pop(0)
                if words and words[0].endswith(f"/{PROG}"):
                    words[0] = PROG
                if len(words) > 1 and words[0] == PROG:
                    yield " ".join(words)


def _help_example_lines() -> Iterator[str]:
    for _, command, _ in COMMANDS:
        for line in (command.help or "").splitlines():
            stripped = line.strip()
            if stripped.startswith(f"{PROG} ") or f"| {PROG} " in stripped:
                yield from _command_lines(f"`{stripped}`")


def _documented_lines() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in [README, *sorted(DOCS.glob("*.md"))]:
        if path == CLI_MD:
            continue  # its examples are the help texts, checked below
        out += [(path.name, line) for line in _command_lines(_read(path))]
    out += [("--help", line) for line in _help_example_lines()]
    return sorted(set(out))


def _parse(line: str) -> None:
    """Parse ``line`` with the real command tree (options, arguments, subcommands), without running it."""
    args = shlex.split(line)[1:]
    if any(a in ("-h", "--help", "--version") for a in args):
        return  # eager options would exit; the option itself exists on every command
    ctx = cli.make_context(PROG, args)
    command: click.Command = cli
    while isinstance(command, click.Group):
        protected = getattr(ctx, "_protected_args", None)
        if protected is None:  # pragma: no cover  (older click)
            protected = ctx.protected_args
        rest = [*protected, *ctx.args]
        name, sub, rest = command.resolve_command(ctx, rest)
        assert sub is not None and name is not None
        ctx = sub.make_context(name, rest, parent=ctx)
        command = sub


DOCUMENTED = _documented_lines()


def test_docs_show_command_lines() -> None:
    assert len(DOCUMENTED) >= 10, DOCUMENTED


@pytest.mark.parametrize(("where", "line"), DOCUMENTED, ids=[f"{w}: {ln}" for w, ln in DOCUMENTED])
def test_documented_command_line_parses(where: str, line: str) -> None:
    if line in COMMAND_IDS:
        return  # a command named in prose (`counterpoint compare`): it exists
    try:
        _parse(line)
    except click.UsageError as exc:
        pytest.fail(f"{where}: `{line}` does not parse: {exc.format_message()}")


def test_readme_quick_start_is_make_demo_and_make_test() -> None:
    text = _read(README)
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```[^\n]*\n(.*?)```", section, flags=re.DOTALL)
    assert block is not None
    assert block.group(1).split("\n")[:-1] == ["make demo", "make test"]
    targets = set(re.findall(r"^([a-z]+):", _read(ROOT / "Makefile"), flags=re.MULTILINE))
    assert {"demo", "test"} <= targets


# --------------------------------------------------------------------------- settings, data, report


def test_every_setting_is_documented() -> None:
    defaults = tomllib.loads(_read(ROOT / "src" / "counterpoint" / "defaults.toml"))
    assert set(defaults) == set(Settings.__dataclass_fields__), "defaults.toml and Settings disagree"
    config_md, readme = _read(DOCS / "config.md"), _read(README)
    for key in defaults:
        assert f"| `{key}` |" in config_md, f"docs/config.md does not describe setting {key!r}"
        assert f"`{key}`" in readme, f"README.md does not list setting {key!r}"


def test_every_lexicon_file_is_documented() -> None:
    data_md = _read(DOCS / "data.md")
    lexicons = sorted((ROOT / "src" / "counterpoint" / "nlp" / "lexicons").glob("*.json"))
    assert lexicons
    for path in lexicons:
        assert f"| `{path.name}` |" in data_md, f"docs/data.md does not describe {path.name}"


def test_every_direct_dependency_is_in_the_readme_table() -> None:
    pyproject = tomllib.loads(_read(ROOT / "pyproject.toml"))["project"]
    specs = list(pyproject["dependencies"])
    for extra in pyproject["optional-dependencies"].values():
        specs += extra
    names = {re.split(r"[<>=!~\[ ;]", s, maxsplit=1)[0].lower() for s in specs}
    model = _read(ROOT / "requirements" / "model.txt")
    names |= {m.lower() for m in re.findall(r"^([A-Za-z0-9_.-]+)==", model, flags=re.MULTILINE)}
    lock = {
        m.group(1).lower().replace("_", "-"): m.group(2)
        for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", _read(ROOT / "requirements" / "lock.txt") + model, re.MULTILINE)
    }
    table = _read(README).split("## Dependencies", 1)[1].split("\n## ", 1)[0]
    for name in sorted(names):
        row = re.search(rf"^\| {re.escape(name)} \| ([^|]+)\|", table, flags=re.MULTILINE | re.IGNORECASE)
        assert row is not None, f"README dependency table has no row for {name}"
        pinned = lock.get(name.replace("_", "-"))
        assert pinned is not None, f"{name} is not pinned in requirements/"
        assert row.group(1).strip().startswith(pinned), f"README pins {name} {row.group(1).strip()}, lock has {pinned}"


def _schema_fields(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            yield key
            yield from _schema_fields(value)
        for key in ("items", "$defs"):
            value = node.get(key)
            if key == "$defs" and isinstance(value, dict):
                for sub in value.values():
                    yield from _schema_fields(sub)
            elif value is not None:
                yield from _schema_fields(value)


def test_report_md_lists_the_fields_added_to_the_spec(shared_dir: Path) -> None:
    """Fields in schema.json whose name the shared spec never uses must be in docs/report.md."""
    spec = shared_dir / "spec" / "report-v1.md"
    if not spec.is_file():
        pytest.skip(f"{spec} is absent")
    spec_names = set(re.findall(r'"(\w+)":', _read(spec)))
    schema = json.loads(_read(ROOT / "src" / "counterpoint" / "report" / "schema.json"))
    added = sorted(set(_schema_fields(schema)) - spec_names)
    report_md = _read(DOCS / "report.md")
    missing = [name for name in added if f"`{name}`" not in report_md]
    assert not missing, f"docs/report.md does not list these report fields: {missing}"
