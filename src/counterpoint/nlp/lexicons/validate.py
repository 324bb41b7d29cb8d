"""Reading and validating the lexicon files: every bad entry is a ConfigError naming file and key.

This module reads a file (:func:`read`) and picks its parser (:func:`parse`); the checked JSON reader
is :mod:`.json_reader` and the parsers are by lexicon file: :mod:`.parse_names` (actors,
organizations), :mod:`.parse_terms` (labels, categories, weapons), :mod:`.parse_cues` (events, cues).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from ...errors import ConfigError
from .parse_cues import parse_cues, parse_events
from .parse_names import parse_actors, parse_organizations
from .parse_terms import parse_categories, parse_labels, parse_weapons
from .shapes import FILES


def read(file: str) -> Any:
    try:
        text = resources.files(__package__).joinpath(file).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"lexicon {file} cannot be read: {exc}", "reinstall counterpoint") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"lexicon {file}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            f"fix src/counterpoint/nlp/lexicons/{file}",
        ) from None


_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "actors.json": parse_actors,
    "organizations.json": parse_organizations,
    "labels.json": parse_labels,
    "categories.json": parse_categories,
    "events.json": parse_events,
    "cues.json": parse_cues,
    "weapons.json": parse_weapons,
}


def parse(file: str, raw: Any) -> Any:
    """Validate already-decoded JSON ``raw`` as the lexicon ``file`` (one of FILES) and build it.

    The cached loaders in :mod:`.loaders` call this on the packaged files; tests call it on bad data.
    """
    if file not in _PARSERS:
        raise ConfigError(f"unknown lexicon {file!r}", f"one of {', '.join(FILES)}")
    return _PARSERS[file](file, raw)
