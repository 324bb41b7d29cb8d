"""Shared click decorators and small helpers for every command (STYLE habit 6)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from ..config import Settings, load_settings
from ..errors import InputError

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("json", "md", "html", "csv")


@dataclass(slots=True)
class State:
    """What the group options decided, handed to every command through ``ctx.obj``."""

    verbose: int = 0
    quiet: bool = False
    config: str | None = None

    def settings(self, **overrides: Any) -> Settings:
        """Settings from defaults, ``--config``, ``COUNTERPOINT_*`` and the command's flags."""
        return load_settings(self.config, overrides=overrides)


def state() -> State:
    """The current invocation's :class:`State` (a default one outside the group)."""
    ctx = click.get_current_context()
    obj = ctx.find_object(State)
    return obj if obj is not None else State()


def inputs_argument(f: F) -> F:
    """``INPUT...``: files, directories, or ``-`` for stdin (checked by ``ingest``, not click)."""
    return click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)(f)


def format_option(*choices: str, default: str = "json") -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices or FORMATS),
        default=default,
        show_default=True,
        help="Output format.",
    )


def output_option(help: str = 'Write to this file ("-" = stdout).') -> Callable[[F], F]:
    return click.option("-o", "--output", "output", default="-", show_default=True, metavar="OUT", help=help)


def workers_option(f: F) -> F:
    return click.option(
        "--workers", type=click.IntRange(min=1), default=None, help="Worker processes (setting 'workers')."
    )(f)


def max_bytes_option(f: F) -> F:
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Refuse an article longer than N bytes (setting 'max_bytes').",
    )(f)


def model_option(f: F) -> F:
    return click.option("--model", default=None, metavar="NAME", help="spaCy model package (setting 'model').")(f)


def db_option(help: str) -> Callable[[F], F]:
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help=help)


def extraction_options(f: F) -> F:
    """The flags that reach ``Settings`` for any command that reads and analyses articles."""
    for deco in (model_option, max_bytes_option, workers_option):
        f = deco(f)
    return f


def is_stdout(output: str | os.PathLike[str] | None) -> bool:
    return output is None or str(output) == "-"


def write_text(output: str | os.PathLike[str], text: str) -> None:
    """``text`` to ``output`` (``-`` = stdout) as UTF-8 with ``\\n`` line ends; parent dirs created."""
    if is_stdout(output):
        stream = sys.stdout
        buffer = getattr(stream, "buffer", None)
        stream.flush()
        if buffer is not None:  # UTF-8 bytes whatever the locale says
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            stream.write(text)
            stream.flush()
        return
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}", "choose another -o path") from None


def stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def overrides(**values: Any) -> Mapping[str, Any]:
    """Flag values that were given (None means "not on the command line")."""
    return {k: v for k, v in values.items() if v is not None}
