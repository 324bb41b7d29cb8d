"""Finding sentences: how sources are listed."""

from __future__ import annotations

from counterpoint.align.findings import listing, verb_for


def test_sources_are_listed_once_each_in_order() -> None:
    assert listing(["trt", "alaraby", "trt", "alaraby", "nna"]) == "trt, alaraby and nna"
    assert listing(["One", "One"]) == "One"
    assert listing(["One", "Two"]) == "One and Two"


def test_one_outlet_named_twice_takes_the_singular_verb() -> None:
    assert verb_for(["Reuters", "Reuters"], "does", "do") == "does"
    assert verb_for(["Reuters", "AP"], "does", "do") == "do"
