"""The ``counterpoint`` command: one click group, one error boundary (STYLE habits 5 and 6).

The boundary is :meth:`CounterpointGroup.invoke`, the only place errors become exit codes:

* a ``CounterpointError`` -> one line ``counterpoint: error: MESSAGE (hint: HINT)`` on stderr,
  exit ``err.exit_code`` (2 for input, config and missing-extra errors, 1 otherwise);
* click's own usage errors -> click's message, exit 2;
* anything else -> one line ``counterpoint: internal error: Type: message``, exit 1, with the
  traceback only under ``-v``.
"""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from typing import Any

import click

from .. import __version__
from ..errors import CounterpointError
from .options import State

PROG = "counterpoint"
log = logging.getLogger("counterpoint")


class _StderrHandler(logging.Handler):
    """Log records as ``counterpoint: level: message`` on whatever ``sys.stderr`` is now."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(f"{PROG}: {record.levelname.lower()}: {self.format(record)}\n")
        except Exception:  # noqa: BLE001  (logging must never raise)
            self.handleError(record)


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO)[min(verbose, 1)]
    if verbose >= 2:
        level = logging.DEBUG
    for handler in [h for h in log.handlers if isinstance(h, _StderrHandler)]:
        log.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False


def _one_line(text: str) -> str:
    return " ".join(text.split())


class CounterpointGroup(click.Group):
    """A click group whose :meth:`invoke` is the CLI's single error boundary."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except CounterpointError as err:
            verbose = _verbosity(ctx)
            if verbose >= 2:
                click.echo(traceback.format_exc().rstrip(), err=True)
            line = f"{PROG}: error: {_one_line(err.message)}"
            if err.hint:
                line += f" (hint: {_one_line(err.hint)})"
            click.echo(line, err=True)
            ctx.exit(err.exit_code)
        except Exception as exc:
            if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                raise  # click's main() handles a closed pipe quietly
            if _verbosity(ctx) >= 1:
                click.echo(traceback.format_exc().rstrip(), err=True)
            click.echo(
                f"{PROG}: internal error: {type(exc).__name__}: {_one_line(str(exc))}"
                " (run with -v for the traceback)",
                err=True,
            )
            ctx.exit(1)


def _verbosity(ctx: click.Context) -> int:
    obj = ctx.find_object(State)
    if obj is not None:
        return obj.verbose
    return int(ctx.params.get("verbose") or 0)


@click.group(cls=CounterpointGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr: no warnings, progress or summary.")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="TOML settings file (overrides defaults; COUNTERPOINT_* and flags override it).",
)
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, config: str | None) -> None:
    """Compare news reports of the same armed-conflict incident.

    Finds where the reports agree, contradict or dispute each other, what one leaves out and how
    each names the parties, with the quoted evidence for every finding.

    \b
    Examples:
      counterpoint compare tass.txt reuters.txt -o report.json
      counterpoint compare articles/ --format md
      counterpoint -v compare corpus.jsonl --format html -o report.html
    """
    ctx.obj = State(verbose=verbose, quiet=quiet, config=config)
    _setup_logging(verbose, quiet)


def _register() -> None:
    from .analyze import analyze
    from .compare import compare
    from .gazetteer import gazetteer
    from .serve import serve

    for command in (compare, analyze, gazetteer, serve):
        cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (``counterpoint``, ``python -m counterpoint``)."""
    cli.main(args=argv, prog_name=PROG)


__all__ = ["cli", "main"]
