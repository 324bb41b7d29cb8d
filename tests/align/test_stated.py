"""How a figure is told in a finding's sentence (align/stated.py)."""

from __future__ import annotations

import pytest

from counterpoint.align.stated import describe
from counterpoint.records import Quantity


@pytest.mark.parametrize(("text", "noun", "low", "high", "told"), [
    pytest.param("thousands of people", "people", 2000, None, "thousands people displaced", id="of-a-noun"),
    pytest.param("several dozen assailants", "assailants", 24, None, "several dozen assailants displaced",
                 id="the-noun-said-once"),
    pytest.param("dozens", None, 24, None, "dozens displaced", id="no-noun"),
])
def test_a_vague_figure_is_told_in_its_own_words_with_its_noun_once(text: str, noun: str | None, low: int,
                                                                     high: int | None, told: str) -> None:
    what = f"{noun} displaced" if noun else "displaced"
    q = Quantity("q1", "a1", 0, len(text), text, low, high, what=what, noun=noun, hedge="vague")
    assert describe(q) == told
