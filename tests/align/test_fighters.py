"""A fighters-only toll against a larger toll of the dead (align/fighters.py), on short articles
written for these tests (fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

ARMY = ("The army said it had killed 203 terrorists in Dar Salim during the five-day operation. No civilian "
        "was killed, the defence ministry said.")
MONITOR = "More than 500 people were killed in Dar Salim during the five-day operation, the UN rights office said."


def _tolls(*texts: str) -> list:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-04-05") for i, t in enumerate(texts, 1)]
    return [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("How many")]


def test_a_fighters_only_toll_contradicts_a_larger_toll_of_the_dead() -> None:
    found = _tolls(ARMY, MONITOR)
    assert len(found) == 1, found
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}, found[0]
    assert "203" in found[0].explanation and "at least 501" in found[0].explanation, found[0].explanation


def test_without_a_denial_of_civilian_dead_the_fighters_may_be_a_part_of_the_toll() -> None:
    army = "The army said it had killed 203 terrorists in Dar Salim during the five-day operation."
    assert not _tolls(army, MONITOR)


def test_a_toll_that_fits_the_fighters_count_is_no_contradiction() -> None:
    assert not _tolls(ARMY, "About 200 people were killed in Dar Salim during the five-day operation, residents said.")


def test_a_denial_of_civilian_wounded_says_nothing_of_the_dead() -> None:
    army = ("The army said it had killed 203 terrorists in Dar Salim during the five-day operation. No civilian "
            "was wounded, the defence ministry said.")
    assert not _tolls(army, MONITOR)


def test_an_account_that_counts_its_own_losses_too_is_no_fighters_only_toll() -> None:
    army = ("The army said it had killed 203 terrorists in Dar Salim during the five-day operation and lost 12 "
            "soldiers. No civilian was killed, the defence ministry said.")
    assert not _tolls(army, "A total of 215 people were killed in Dar Salim during the five-day operation, the UN "
                            "rights office said.")


WIRE = ("DJIBO, Oct 15 - Jihadist fighters attacked an army base in Tel Amra on Saturday. The army said 62 "
        "assailants had been killed. The jihadist group said it had killed 84 soldiers and militiamen.")


def test_the_attackers_killed_and_the_defenders_they_say_they_killed_are_two_counts() -> None:
    arts = [Article("a1", WIRE, source="Wire", date="2023-10-15")]
    assert not [f for f in analyze(arts).findings if f.relation == "contradict"]

