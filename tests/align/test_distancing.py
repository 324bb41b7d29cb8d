"""Framing by distance: a word one article holds off with "so-called" and another uses plainly
(texts written for these tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _distanced(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2016-09-20") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "framing" and "at a distance" in f.explanation]
    return arts, found


def test_a_word_held_off_in_two_articles_and_used_plainly_in_a_third() -> None:
    arts, found = _distanced(
        "An aid convoy was hit by an air strike near Tel Amra, the activist group Amra Monitor said.",
        "The ministry said it had studied footage from so-called ‘activists’ of the convoy near Tel Amra.",
        "The ministry studied the video of the convoy near Tel Amra published by so-called “activisits”.")
    assert len(found) == 1, [f.explanation for f in found]
    shown = {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    assert shown == {("a1", "activist"), ("a2", "so-called ‘activists’"), ("a3", "so-called “activisits”")}, shown


@pytest.mark.parametrize("first", [
    pytest.param("The ministry studied footage from so-called activists of the convoy near Tel Amra.",
                 id="both-hold-it-off"),
    pytest.param("The ministry studied footage of the convoy near Tel Amra.", id="no-other-use"),
])
def test_guard_no_plain_use_no_framing(first: str) -> None:
    _, found = _distanced(first, "The ministry said it had studied footage from so-called ‘activists’ of the convoy "
                                 "near Tel Amra.")
    assert not found, [f.explanation for f in found]


def test_guard_a_name_held_off_is_left_to_its_entity() -> None:
    _, found = _distanced("The so-called Amran Council said the convoy near Tel Amra was hit.",
                          "The Amran Council said the convoy near Tel Amra was hit.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("Karsen jets bombed Tel Amra on Monday, killing nine so-called occupiers.",
                 "Karsen jets bombed the occupied town of Tel Amra on Monday.", id="another-ending"),
    pytest.param("Karsen jets bombed Tel Amra on Monday. The so-called moderate rebels fled.",
                 "The strike caused moderate injuries in Tel Amra on Monday.", id="the-head-is-the-last-word"),
    pytest.param("Karsen jets bombed Tel Amra on Monday, the so-called rebels said.",
                 "Rebels said Karsen jets bombed Tel Amra on Monday.", id="an-entity-label-is-framings"),
])
def test_guard_no_distance_framing(first: str, second: str) -> None:
    _, found = _distanced(first, second)
    assert not found, [f.explanation for f in found]


def test_a_sentence_opening_so_called_holds_the_word_off() -> None:
    _, found = _distanced("So-called ‘activists’ filmed the strike on Tel Amra.",
                          "Activists said the strike on Tel Amra killed nine.")
    assert len(found) == 1, [f.explanation for f in found]


def test_a_speakers_distance_is_told_as_the_speakers() -> None:
    _, found = _distanced("“These so-called activists are lying,” the defence minister said of the strike on Tel Amra.",
                          "Activists said the strike on Tel Amra killed nine.")
    assert len(found) == 1 and "in a speaker's words" in found[0].explanation, [f.explanation for f in found]


def test_guard_an_unquoted_term_for_a_thing_is_explained_not_held_off() -> None:
    _, found = _distanced("The inspectors found so-called precursor chemicals near Tel Amra.",
                          "Chemical weapons were used near Tel Amra, inspectors said.")
    assert not found, [f.explanation for f in found]


def test_a_quoted_phrase_is_held_off_whole() -> None:
    _, found = _distanced("Jets struck the so-called “de-escalation zone” around Tel Amra.",
                          "Jets struck a school in the buffer zone of Tel Amra.")
    assert not found, [f.explanation for f in found]
    _, found = _distanced("Jets struck the so-called “de-escalation zone” around Tel Amra.",
                          "Jets struck a school in the de-escalation zone of Tel Amra.")
    assert len(found) == 1, [f.explanation for f in found]
