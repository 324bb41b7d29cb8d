"""Which places an article names with their country, for "the country's town" (align/towns.py)."""

from __future__ import annotations

import pytest

from counterpoint.align.candidates import Corpus
from counterpoint.align.towns import towns_named
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _towns(text: str) -> set[tuple[str, str]]:
    arts = [Article("a1", text, source="Outlet", date="2024-06-30")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    return {(text[at:at + 7], country) for _, at, country in towns_named(cx)}


def test_a_town_after_a_countrys_possessive_that_the_gazetteer_puts_abroad_is_that_countrys() -> None:
    """Palma read as Palma de Mallorca, in a report of Mozambique: Mozambique's, as the words say."""
    found = _towns("Mozambique's Palma assault kills dozens\n\nInsurgents stormed the town of Palma in Cabo Delgado "
                   "province on Wednesday, officials said.")
    assert ("Palma a", "MZ") in found, found


def test_guard_a_town_of_a_country_the_article_tells_of_keeps_its_own_country() -> None:
    """"Russia's Kharkiv strike" in a report naming Ukraine: Kharkiv stays Ukraine's, so Russia is who."""
    found = _towns("Russia's Kharkiv strike kills 12\n\nA missile hit a market in Kharkiv, Ukraine, on Sunday, "
                   "killing 12 people, officials said.")
    assert ("Kharkiv", "UA") in found and not any(c == "RU" for _, c in found), found


def test_guard_a_town_after_a_countrys_possessive_with_no_town_of_that_country_told_is_not_that_countrys() -> None:
    """"Russia's Kharkiv strike ... in Kharkiv": no town of Russia is told, so Russia is who struck."""
    found = _towns("Russia's Kharkiv strike kills 12\n\nA missile hit a market in Kharkiv on Sunday, killing 12 "
                   "people, officials said.")
    assert not any(c == "RU" for _, c in found), found
