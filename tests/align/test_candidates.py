"""Which articles are compared: blocking on the places they name (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _peers(*texts: str) -> dict[str, tuple[str, ...]]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-29") for i, t in enumerate(texts, 1)]
    return Corpus(arts, resolve(arts, extract_only(arts), "")).peers


def test_articles_naming_different_located_towns_are_not_compared() -> None:
    peers = _peers("Rockets hit the railway station in Kramatorsk on Friday, officials said.",
                   "A blast hit the prison in Olenivka in Donetsk region on Friday, officials said.")
    assert peers["a1"] == () and peers["a2"] == (), peers


def test_an_article_whose_only_town_the_gazetteer_cannot_place_is_compared_with_all() -> None:
    """'Yelenovka' (the Russian form of Olenivka) is unknown to the gazetteer: no evidence of
    another place, so the article is compared like one naming no town."""
    peers = _peers("A blast hit the prison in Yelenovka on Friday, Russian officials said.",
                   "A blast hit the prison in Olenivka in Donetsk region on Friday, Ukrainian officials said.")
    assert peers["a1"] == ("a2",) and peers["a2"] == ("a1",), peers
