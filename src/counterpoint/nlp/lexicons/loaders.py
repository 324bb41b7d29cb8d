"""Cached loaders: each lexicon is read and validated once per process."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from .shapes import (
    ActorLexicon,
    CategoryLexicon,
    CueLexicon,
    EventLexicon,
    LabelLexicon,
    OrganizationLexicon,
    Weapon,
    WeaponLexicon,
)
from .validate import parse, read


@functools.cache
def actors() -> ActorLexicon:
    lex: ActorLexicon = parse("actors.json", read("actors.json"))
    return lex


@functools.cache
def organizations() -> OrganizationLexicon:
    lex: OrganizationLexicon = parse("organizations.json", read("organizations.json"))
    return lex


@functools.cache
def labels() -> LabelLexicon:
    lex: LabelLexicon = parse("labels.json", read("labels.json"))
    return lex


@functools.cache
def categories() -> CategoryLexicon:
    lex: CategoryLexicon = parse("categories.json", read("categories.json"))
    return lex


@functools.cache
def events() -> EventLexicon:
    lex: EventLexicon = parse("events.json", read("events.json"))
    return lex


@functools.cache
def cues() -> CueLexicon:
    lex: CueLexicon = parse("cues.json", read("cues.json"))
    return lex


@functools.cache
def weapons() -> WeaponLexicon:
    lex: WeaponLexicon = parse("weapons.json", read("weapons.json"))
    return lex


@functools.cache
def cue_regex(section: str) -> re.Pattern[str]:
    """One case-insensitive pattern for a cues.json section's phrases, longest first, words in
    order with any spacing between them ("called  for" matches "called for")."""
    phrases = sorted((c.cue for c in getattr(cues(), section)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


def lexicon_versions() -> dict[str, str]:
    """``{file: _meta.version}`` for every lexicon, e.g. to record in a report or run."""
    loaders: tuple[Callable[[], Any], ...] = (actors, organizations, labels, categories, events, cues,
                                                     weapons)
    return {fn().meta.file: fn().meta.version for fn in loaders}




def weapon_key(text: str) -> str:
    """How weapon names are compared: letters and digits only, case-free ("Tochka-U" = "tochka u")."""
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


@functools.cache
def _weapon_index() -> dict[str, Weapon]:
    return {weapon_key(f): w for w in weapons().weapons for f in w.forms}


def weapon_named(text: str) -> Weapon | None:
    """The weapon ``text`` names exactly ("Iskander", "X-101", "Grad rockets"), else None."""
    key = weapon_key(text)
    index = _weapon_index()
    return index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)
