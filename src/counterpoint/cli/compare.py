"""``counterpoint compare``: read articles, analyse them, write the report in one format."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import click

from ..config import Settings
from ..records import RELATIONS, Article
from . import options

_PROGRESS_MIN_ARTICLES = 5


def read_inputs(inputs: Sequence[str], settings: Settings) -> tuple[list[Article], list[str]]:
    """``ingest.read_articles`` with its ``InputWarning``s collected as one-line strings.

    Other warnings raised meanwhile are re-issued unchanged, so the caller's filters decide.
    """
    from .. import ingest

    category = ingest.InputWarning
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", category)
        articles = ingest.read_articles(list(inputs), max_bytes=settings.max_bytes)
    messages: list[str] = []
    for w in caught:
        if issubclass(w.category, category):
            messages.append(" ".join(str(w.message).split()))
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    return articles, messages


@contextmanager
def _progress(articles: Sequence[Article], quiet: bool) -> Iterator[Callable[..., None] | None]:
    """A progress callback drawing a rich bar on stderr, or None when no bar is wanted."""
    if quiet or len(articles) <= _PROGRESS_MIN_ARTICLES or not options.stderr_is_tty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analysing", total=len(articles))

        def callback(*args: Any, **kwargs: Any) -> None:
            """``pipeline``'s contract is ``progress(n)``: n more articles done.

            Also accepted: ``(done, total)``, a leading stage name, or ``done=``/``total=``.
            """
            nums = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
            names = [a for a in args if isinstance(a, str)]
            stage = kwargs.get("stage", names[0] if names else None)
            if stage is not None:
                bar.update(task, description=str(stage))
            if "total" in kwargs or len(nums) > 1:
                bar.update(task, total=kwargs.get("total", nums[1] if len(nums) > 1 else None))
            if "done" in kwargs or len(nums) > 1:
                bar.update(task, completed=kwargs.get("done", nums[0] if nums else 0))
            elif nums:
                bar.advance(task, nums[0])
            elif stage is None:
                bar.advance(task)

        yield callback


def run_analysis(articles: list[Article], settings: Settings, quiet: bool) -> Any:
    """``pipeline.analyze``, with a progress callback when it takes one and a bar is wanted."""
    from .. import pipeline

    analyze = pipeline.analyze
    try:
        takes_progress = "progress" in inspect.signature(analyze).parameters
    except (TypeError, ValueError):
        takes_progress = False
    with _progress(articles, quiet) as callback:
        if takes_progress and callback is not None:
            return analyze(articles, settings, progress=callback)
        return analyze(articles, settings)


def render(report: Mapping[str, Any], fmt: str) -> str:
    if fmt == "json":
        from ..report.json import dumps_report

        return dumps_report(report)
    if fmt == "md":
        from ..report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from ..report.html import render_html

        return render_html(report)
    raise ValueError(f"no text renderer for format {fmt!r}")


def print_summary(report: Mapping[str, Any], written: str) -> None:
    """A few lines on stderr: what was written, how many articles, findings per relation, top 3."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    findings = report.get("findings", [])
    counts = {r: sum(1 for f in findings if f["relation"] == r) for r in RELATIONS}
    per_relation = ", ".join(f"{n} {r}" for r, n in counts.items() if n) or "none"
    console.print(f"[bold]wrote[/bold] {escape(written)}")
    n_articles = len(report.get("articles", []))
    console.print(
        f"  {n_articles} article{'s' * (n_articles != 1)}, {len(findings)} finding{'s' * (len(findings) != 1)}"
        f" ({per_relation})"
    )
    top = findings[:3]  # the report lists findings by importance: conflicts first
    for f in top:
        console.print(escape(f"  [{f['confidence']:.2f}] {f['relation']}: {f['explanation']}"))


@click.command()
@options.inputs_argument
@options.format_option(*options.FORMATS)
@options.output_option('Write here ("-" = stdout); for --format csv, a directory (required).')
@options.extraction_options
@click.pass_context
def compare(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str,
    output: str,
    workers: int | None,
    max_bytes: int | None,
    model: str | None,
) -> None:
    """Compare articles about one incident and write the report.

    INPUT is a .txt, .jsonl or .html file, a directory of them, or "-" for stdin. Articles keep
    the order given (a1, a2, ...). Soft input problems (an unreadable date, a duplicate article)
    are printed as "warning: ..." lines and kept in the report's "warnings" list.

    \b
    Examples:
      counterpoint compare tass.txt reuters.txt -o report.json
      counterpoint compare examples/*.txt --format md -o report.md
      counterpoint compare articles/ --format html -o report.html
      counterpoint compare corpus.jsonl --format csv -o tables/
      cat corpus.jsonl | counterpoint compare - --max-bytes 200000
    """
    state = options.state()
    if fmt == "csv" and options.is_stdout(output):
        raise click.UsageError("--format csv writes several files: give a directory with -o DIR", ctx=ctx)
    settings = state.settings(**options.overrides(workers=workers, max_bytes=max_bytes, model=model))

    articles, input_warnings = read_inputs(inputs, settings)
    if not state.quiet:
        for message in input_warnings:
            click.echo(f"warning: {message}", err=True)

    analysis = run_analysis(articles, settings, state.quiet)
    if input_warnings:
        analysis = replace(analysis, warnings=(*input_warnings, *analysis.warnings))

    from ..report.build import build_report, validate_report

    report = build_report(analysis)
    validate_report(report)

    if fmt == "csv":
        from ..report.csv import write_csv

        try:
            paths = write_csv(report, output)
        except OSError as exc:
            from ..errors import InputError

            raise InputError(f"{output}: cannot write CSV: {exc.strerror or exc}", "choose another -o directory") from None
        written = ", ".join(str(p) for p in paths)
    else:
        options.write_text(output, render(report, fmt))
        written = output
    if not state.quiet and not options.is_stdout(output):
        print_summary(report, written)
