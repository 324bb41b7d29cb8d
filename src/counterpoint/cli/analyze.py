"""``counterpoint analyze``: the per-article extraction (mentions, claims, quantities) as JSON."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

import click

from ..errors import CounterpointError
from . import options
from .compare import read_inputs


def to_jsonable(value: Any) -> Any:
    """Records (frozen dataclasses), mappings, sequences and sets as plain JSON values.

    Order is kept, except for sets, which are sorted; anything else is left to ``json``.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):  # sorted, so the dump is the same on every run
        return sorted((to_jsonable(v) for v in value), key=lambda v: (type(v).__name__, repr(v)))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@click.command()
@options.inputs_argument
@options.output_option()
@options.extraction_options
def analyze(
    inputs: tuple[str, ...], output: str, workers: int | None, max_bytes: int | None, model: str | None
) -> None:
    """Dump what extraction finds in each article, for debugging.

    Prints one JSON document: for every article, its mentions, claims and quantities with their
    offsets, before articles are compared.

    \b
    Examples:
      counterpoint analyze tass.txt
      counterpoint analyze corpus.jsonl -o extraction.json
      counterpoint -vv analyze article.txt | less
    """
    state = options.state()
    settings = state.settings(**options.overrides(workers=workers, max_bytes=max_bytes, model=model))
    try:
        from .. import pipeline
    except ModuleNotFoundError as exc:
        if exc.name != "counterpoint.pipeline":
            raise
        pipeline = None
    extract_only = getattr(pipeline, "extract_only", None)
    if extract_only is None:
        raise CounterpointError(
            "this build has no extraction dump (counterpoint.pipeline.extract_only is missing)",
            "use 'counterpoint compare --format json' for the full report",
        )
    articles, input_warnings = read_inputs(inputs, settings)
    if not state.quiet:
        for message in input_warnings:
            click.echo(f"warning: {message}", err=True)
    dump = to_jsonable(extract_only(articles, settings))
    options.write_text(output, json.dumps(dump, ensure_ascii=False, indent=2) + "\n")
