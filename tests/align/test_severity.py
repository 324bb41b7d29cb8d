"""A count of the gravely or lightly wounded is some of the wounded (texts written for these
tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.align.severity import _told_severity
from counterpoint.pipeline import analyze
from counterpoint.records import Article, Quantity

pytestmark = pytest.mark.model


def _grade(text: str, figure: str) -> str | None:
    at = text.index(figure)
    return _told_severity(text, Quantity("q1", "a1", at, at + len(figure), figure, 1, 1, role="wounded"))


@pytest.mark.parametrize(("text", "figure", "grade"), [
    pytest.param("The rocket hit the block, killing 12 people, seriously injuring 40 others.", "40 others", "grave",
                 id="adverb-before"),
    pytest.param("Eight more sustained critical injuries, the governor said.", "Eight more sustained critical injuries",
                 "grave", id="adjective-inside"),
    pytest.param("Doctors said 30 people were severely wounded.", "30 people", "grave", id="copula-after"),
    pytest.param("Five patients are in a very critical condition.", "Five", "grave", id="condition"),
    pytest.param("Nine were lightly wounded in the blast.", "Nine", "light", id="light"),
    pytest.param("The strike critically injured 12 people.", "12 people", "grave", id="critically-before"),
    pytest.param("The strike left 12 people critically injured.", "12 people", "grave", id="critically"),
    pytest.param("Four others were gravely wounded.", "Four others", "grave", id="gravely"),
    pytest.param("Six people were badly hurt.", "Six people", "grave", id="badly-hurt"),
    pytest.param("Three people suffered minor injuries.", "Three people suffered minor injuries", "light",
                 id="minor-injuries"),
    pytest.param("Ten were slightly injured.", "Ten", "light", id="slightly"),
    pytest.param("The shelling wounded 40 people and badly burned a dozen homes.", "40 people", None,
                 id="a-severity-in-the-next-phrase"),
    pytest.param("The blast wounded 15 people, a serious blow to the town.", "15 people", None, id="not-of-the-hurt"),
    pytest.param("At least 15 were wounded in the attack.", "At least 15", None, id="all-the-wounded"),
])
def test_a_wounded_count_told_with_its_severity(text: str, figure: str, grade: str | None) -> None:
    assert _grade(text, figure) == grade


def _wounded_conflicts(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-02") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings
            if f.relation == "contradict" and ("wounded cannot all be true" in f.explanation
                                               or "killed or wounded cannot" in f.explanation)]


def test_a_count_of_the_gravely_wounded_does_not_contradict_all_the_wounded() -> None:
    assert not _wounded_conflicts(
        "A missile hit a block of flats in Tel Amra on Saturday, killing 20 people and seriously injuring 30 others.",
        "The missile strike on Tel Amra on Saturday killed 20 people, and 52 people were injured, the governor said.")


def test_two_counts_of_all_the_wounded_still_contradict() -> None:
    found = _wounded_conflicts(
        "A missile hit a block of flats in Tel Amra on Saturday, killing 20 people and injuring 30 others.",
        "The missile strike on Tel Amra on Saturday killed 20 people, and 152 people were injured, the army said.")
    assert found and "30" in found[0] and "152" in found[0], found


def test_more_gravely_wounded_than_all_the_casualties_still_contradict() -> None:
    found = _wounded_conflicts(
        "The army said the missile strike on Tel Amra on Saturday caused 50 casualties.",
        "A missile hit a block of flats in Tel Amra on Saturday, killing five people and critically injuring 60 "
        "others, medics said.")
    assert found and "60" in found[0], found


def test_two_counts_of_the_critically_wounded_are_let_be() -> None:
    assert not _wounded_conflicts(
        "A missile hit a block of flats in Tel Amra on Saturday. Eight people were in critical condition, medics said.",
        "The missile strike on Tel Amra on Saturday wounded dozens; 15 people were in critical condition, the army "
        "said.")


def test_a_count_of_one_group_gravely_wounded_does_not_contradict_all_of_that_group() -> None:
    assert not _wounded_conflicts(
        "The shelling of Tel Amra on Monday seriously wounded 30 soldiers, the army said.",
        "The shelling of Tel Amra on Monday wounded 50 soldiers, medics said.")


def test_a_bare_count_of_the_critically_wounded_cannot_fit_in_fewer_wounded() -> None:
    found = _wounded_conflicts(
        "The shelling of Tel Amra on Monday killed five people and critically wounded 30, the army said.",
        "The shelling of Tel Amra on Monday wounded 12 people, medics said.")
    assert found and "30" in found[0] and "12" in found[0], found
