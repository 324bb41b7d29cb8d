"""What a figure counts (align.figure_groups.counted_group): whole tolls, groups, coordinated groups."""

from __future__ import annotations

import pytest

from counterpoint.align.figure_groups import counted_group
from counterpoint.pipeline import analyze
from counterpoint.records import Article, Quantity


def _q(noun: str | None, category: str | None = "people", role: str = "killed") -> Quantity:
    return Quantity("q1", "a1", 0, 1, "x", 3, 3, noun=noun, category=category, role=role)


@pytest.mark.parametrize(("noun", "category", "group"), [
    ("people", "people", "people"),
    ("civilians", "civilians", "people"),
    ("staff", "people", "staff"),
    ("staff dead", "people", "staff"),
    ("staff and patients", "people", "patient+staff"),
    ("Ukrainian service members", "state_troops", "state_troops"),
    (None, None, "people"),
    (None, "people", "people"),
    (None, "civilians", "people"),
    (None, "armed_group_members", "armed_group_members"),  # "the Taliban casualties had risen to 25 wounded"
])
def test_counted_group(noun: str | None, category: str | None, group: str) -> None:
    assert counted_group(_q(noun, category)) == group


@pytest.mark.model
def test_a_bare_count_of_one_side_s_dead_does_not_contradict_the_whole_toll() -> None:
    arts = [Article("a1", "The army said the Taliban casualties in the strike on Karsen on Monday had risen to 45 dead "
                          "and 25 wounded.", source="Outlet 1", date="2021-03-05"),
            Article("a2", "The strike on Karsen on Monday killed at least 70 people and wounded 80 others, a local "
                          "official said.", source="Outlet 2", date="2021-03-05")]
    found = [f.explanation for f in analyze(arts).findings if f.relation == "contradict"]
    assert not found, found
