"""Damage: a statement that the strike did no damage against words of damage done (texts written
for these tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

NO_DAMAGE = ("The army spokesman said the bombs dropped near Tel Amra on Tuesday caused no damage on the ground "
             "and no casualties.")


def _damage_clashes(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2019-02-26") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "no damage" in f.explanation]
    return arts, found


def test_a_statement_of_no_damage_contradicts_damage_told_by_another_voice() -> None:
    arts, found = _damage_clashes(
        NO_DAMAGE, "A resident of Tel Amra said the bombs dropped on Tuesday left a crater and four houses were "
                   "destroyed.")
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings]
    shown = {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    assert ("a1", "caused no damage") in shown, shown
    assert any(a == "a2" and t.endswith("four houses were destroyed") for a, t in shown), shown


@pytest.mark.parametrize("other", [
    pytest.param("A resident of Tel Amra said no houses were destroyed by the bombs dropped on Tuesday.",
                 id="negated"),
    pytest.param("The minister gave no proof for his claims of the camp near Tel Amra being destroyed on Tuesday.",
                 id="told-as-unproven"),
    pytest.param("Air defences near Tel Amra intercepted and destroyed two drones on Tuesday, the army said.",
                 id="a-weapon-destroyed"),
    pytest.param("Tel Amra was destroyed during the 2005 earthquake and rebuilt, and bombs fell nearby on Tuesday.",
                 id="another-time-s-damage"),
    pytest.param("The bombs dropped near Tel Amra on Tuesday damaged hopes for peace talks, a diplomat said.",
                 id="no-thing-damaged"),
    pytest.param("In response, the army struck Beit Omar on Tuesday and destroyed a rebel command post.",
                 id="another-act-in-response"),
    pytest.param("The bombs near Tel Amra on Tuesday damaged relations between the two towns.",
                 id="the-object-ends-at-its-preposition"),
    pytest.param("The bombs near Tel Amra on Tuesday destroyed the village's reputation.", id="past-the-possessor"),
    pytest.param("Hopes for peace in the region were badly damaged by the bombs near Tel Amra on Tuesday.",
                 id="a-passive-s-subject-up-to-its-preposition"),
])
def test_guard_words_of_damage_that_are_denied_unproven_or_of_something_else_raise_no_clash(other: str) -> None:
    arts, found = _damage_clashes(NO_DAMAGE, other)
    assert not found, [f.explanation for f in found]


def test_guard_a_thing_said_to_be_undamaged_is_no_statement_that_nothing_was() -> None:
    arts, found = _damage_clashes(
        "The army said the hospital near Tel Amra was not damaged by the bombs dropped on Tuesday.",
        "A resident of Tel Amra said the bombs dropped on Tuesday left a crater and four houses were destroyed.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("other", [
    pytest.param("A resident said the strike near Tel Amra on Tuesday destroyed three houses.", id="active-object"),
    pytest.param("A resident said three houses near Tel Amra were badly damaged on Tuesday.", id="passive-subject"),
    pytest.param("A resident said the jets flew over Tel Amra on Tuesday and completely destroyed it.",
                 id="a-pronoun-for-the-thing"),
    pytest.param("A resident of Tel Amra said the bombs dropped on Tuesday left a crater and four or five houses "
                 "were destroyed.", id="the-last-coordinated-subject"),
])
def test_damage_to_a_thing_told_either_way_clashes(other: str) -> None:
    arts, found = _damage_clashes(NO_DAMAGE, other)
    assert found, [f.explanation for f in analyze(arts).findings]
