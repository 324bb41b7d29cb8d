"""working_copy: what is folded, what is removed, and the map back to body offsets."""

from __future__ import annotations

import pytest

from counterpoint.nlp.normalize import Normalized, working_copy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria\u2019s army", "Syria's army"),
        ("\u2018quoted\u2019 and \u02bcokina", "'quoted' and 'okina"),
        ("\u201cterrorists\u201d \u201ehere\u201f", '"terrorists" "here"'),
        ("350\u00a0killed", "350 killed"),
        ("a\u2009b\u202fc\u205fd\u3000e\u2000f\u200ag", "a b c d e f g"),
        ("zero\u200bwidth\u200c\u200djoin\u2060er", "zerowidthjoiner"),
        ("\ufeffBOM", "BOM"),
        ("de\u00adescalation", "deescalation"),
        ("Idlib \u2013 Hama \u2014 Latakia", "Idlib \u2013 Hama \u2014 Latakia"),  # dashes stay
        ("", ""),
        # an apostrophe inside a name becomes the modifier letter, one for one; contractions,
        # possessives and quotes keep the plain one
        ("in Sa\u2019dah Governorate", "in Sa\u02bcdah Governorate"),
        ("Hay'at Tahrir", "Hay\u02bcat Tahrir"),
        ("don't, Yemen\u2019s, ISRAEL'S, rebels\u2019 base, they're", "don't, Yemen's, ISRAEL'S, rebels' base, they're"),
        ("\u2018no strike list\u2019", "'no strike list'"),
        # a double quote typed as two curly singles, as some wires print it: one double quote
        ("\u2018\u2018I can confirm it,\u2019\u2019 he said.", '"I can confirm it," he said.'),
        # ... but a possessive before a closing single, or a pair after a letter, is two singles
        ("\u2018It was the rebels\u2019\u2019, he said.", "'It was the rebels'', he said."),
        ("a\u2018\u2018b\u2019\u2019", "a''b''"),
    ],
)
def test_normalize_folds(text: str, expected: str) -> None:
    assert working_copy(text).text == expected


def test_normalize_identity_map_when_nothing_removed() -> None:
    text = "Syria\u2019s \u201carmy\u201d\u00a0repelled"
    norm = working_copy(text)
    assert len(norm.to_original) == len(text) + 1
    assert list(norm.to_original) == list(range(len(text) + 1))
    assert norm.original_span(0, 7) == (0, 7)


def test_normalize_ascii_is_untouched() -> None:
    text = "MOSCOW, May 25. /TASS/. Up to 350 terrorists were killed."
    norm = working_copy(text)
    assert norm.text == text
    assert norm.original_span(7, 10) == (7, 10)


def test_normalize_map_with_removals() -> None:
    text = "\u200bKafr\u00ad Nab\u200b\u200budah\u200b"
    norm = working_copy(text)
    assert norm.text == "Kafr Nabudah"
    assert norm.to_original[0] == 1
    assert norm.to_original[-1] == len(text)
    assert len(norm.to_original) == len(norm.text) + 1
    start, end = norm.original_span(5, 12)  # "Nabudah"
    assert text[start:end] == "Nab\u200b\u200budah"
    assert norm.original_span(0, 4) == (1, 5)  # "Kafr", without the soft hyphen after it
    assert norm.original_span(3, 3) == (4, 4)
    assert norm.original_offset(len(norm.text)) == len(text)


def test_a_double_quote_typed_as_two_singles_maps_back_to_its_body_span() -> None:
    text = "He said: \u2018\u2018No civilians were present,\u2019\u2019 he said."
    norm = working_copy(text)
    start = norm.text.index('"') + 1
    end = norm.text.index('"', start)
    o_start, o_end = norm.original_span(start, end)
    assert text[o_start:o_end] == "No civilians were present,"
    assert norm.original_span(start - 1, start) == (text.index("\u2018") + 1, text.index("\u2018") + 2)


def test_normalize_span_out_of_range() -> None:
    norm = working_copy("abc")
    with pytest.raises(IndexError):
        norm.original_span(2, 5)
    with pytest.raises(IndexError):
        norm.original_span(2, 1)


def test_normalize_is_frozen() -> None:
    norm = working_copy("x")
    assert isinstance(norm, Normalized)
    with pytest.raises(AttributeError):
        norm.text = "y"  # type: ignore[misc]
