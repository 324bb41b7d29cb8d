"""Words for fighters no one has named ("gunmen", "unidentified assailants") and the names of military
units ("Azov battalion" = "the Azov Regiment"), from actors.json's `anonymous_terms` and `unit_nouns`."""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import actors
from .actors import country_by_name, country_code
from .names import fold


@functools.cache
def anonymous(text: str) -> bool:
    """A word reporters use for fighters no one has named ("gunmen", "unidentified assailants")."""
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words) in _anonymous_terms()


@functools.cache
def _anonymous_terms() -> frozenset[str]:
    return frozenset(actors().anonymous_terms)


@functools.cache
def _unit_nouns() -> frozenset[str]:
    return frozenset(actors().unit_nouns)


def is_unit_noun(word: str) -> bool:
    return word.lower() in _unit_nouns()


def unit_key(text: str) -> tuple[str, ...] | None:
    """The name of a military unit without its unit noun and labels: "Azov nationalist
    battalion", "the Azov Regiment" and "Azov formation" are all ("azov",). None unless the text
    ends in a unit noun after at least one capitalised word."""
    words = re.findall(r"[\w'’.-]+", text)
    if len(words) < 2 or not is_unit_noun(words[-1]):
        return None
    name = [w for w in words[:-1] if (w[:1].isupper() or w[:1].isdigit()) and w.lower() != "the"]
    # a demonym ("Chechen Akhmat battalion") is not part of the name; an ordinal alone ("3rd
    # Battalion") names a different unit in every brigade
    name = [w for w in name if not (country_code(w) and country_by_name(w) is None)]
    if not name or all(re.fullmatch(r"\d+(?:st|nd|rd|th)?", w.lower()) for w in name):
        return None
    return tuple(fold(w).lower() for w in name)
