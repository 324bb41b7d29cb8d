"""Small text helpers the align modules share."""

from __future__ import annotations

import pytest

from counterpoint.align.text import inflections


@pytest.mark.parametrize(("word", "forms"), [
    ("wound", {"wounds", "wounded", "wounding"}),
    ("deny", {"denies", "denied", "denying"}),  # a consonant before "y": -ied, -ies
    ("destroy", {"destroys", "destroyed", "destroying"}),  # a vowel before "y": -ed
    ("strike", {"strikes", "striking", "struck"}),
])
def test_a_words_english_forms(word: str, forms: set[str]) -> None:
    assert forms <= inflections(word), sorted(inflections(word))


@pytest.mark.parametrize(("word", "junk"), [("deny", {"dened", "dening", "denyd"}), ("spy", {"sped"}),
                                            ("destroy", {"destroed", "destroing"})])
def test_no_false_forms_of_words_ending_in_y(word: str, junk: set[str]) -> None:
    assert not junk & inflections(word), sorted(inflections(word))
