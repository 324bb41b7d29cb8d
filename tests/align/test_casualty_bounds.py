"""A count of the killed or wounded above another voice's count of all casualties (texts written
for these tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _bounds(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-02-29") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings
            if f.relation == "contradict" and "killed or wounded cannot all be true" in f.explanation]


def test_more_dead_than_another_voices_casualties_cannot_both_be_true() -> None:
    found = _bounds("Army officials said there were up to 10 casualties when troops fired warning shots at the crowd "
                    "in Tel Amra on Thursday.",
                    "Troops killed at least 100 people in the crowd in Tel Amra on Thursday, the health ministry said.")
    assert len(found) == 1 and "up to 10 casualties" in found[0] and "at least 100" in found[0], found


@pytest.mark.parametrize("second", [
    pytest.param("The strike on Tel Amra on Monday killed 12 people and wounded 25, medics said.", id="they-fit"),
    pytest.param("The strike on Tel Amra on Monday wounded 17 others, medics said.", id="some-of-them"),
])
def test_guard_counts_that_fit_in_the_casualties_or_a_part_of_them_clash_with_nothing(second: str) -> None:
    first = ("Officials said there were about 40 casualties in the strike on Tel Amra on Monday." if "12" in second
             else "The strike on Tel Amra on Monday caused four casualties among his family, officials said.")
    assert not _bounds(first, second)


def test_guard_one_voices_casualties_and_its_dead_are_its_own_two_counts() -> None:
    assert not _bounds("The ministry said there were 10 casualties in Tel Amra on Monday. The ministry said 30 people "
                       "were killed in Tel Amra on Monday.",
                       "Shelling hit Tel Amra on Monday, residents said.")


def test_guard_a_qualified_group_of_casualties_bounds_no_other_group() -> None:
    assert not _bounds("The army said the strike on Tel Amra on Monday caused six adult casualties.",
                       "At least seven children were killed in the strike on Tel Amra on Monday, residents said.")


# ------------------------------------------------------- a group's own losses bound its members killed

LOST_FEW = ("An al-Shabaab spokesman told the wire the group had lost \"no more than three\" fighters in the battle "
            "for Tel Amra on Monday.")


@pytest.mark.parametrize(("killed", "clash"), [
    pytest.param("The army said it had killed 17 militants in the battle for Tel Amra on Monday.", True,
                 id="outnumbers"),
    pytest.param("The army said it had killed two militants in the battle for Tel Amra on Monday.", False,
                 id="fewer-than-the-whole"),
    pytest.param("Residents said 26 Somali National Army soldiers were killed in the battle for Tel Amra on Monday.",
                 False, id="the-other-sides-dead"),
    pytest.param("Al-Shabaab said its fighters had killed 26 soldiers in the battle for Tel Amra on Monday.", False,
                 id="the-same-sides-kills"),
    pytest.param("Residents said 17 civilians were killed in the battle for Tel Amra on Monday.", False,
                 id="not-of-the-group"),
    pytest.param("Residents said 17 soldiers were killed in the battle for Tel Amra on Monday.", False,
                 id="troops-of-a-kind-the-group-is-not"),
])
def test_more_killed_than_a_voice_says_its_side_lost_contradicts_it(killed: str, clash: bool) -> None:
    # the killed are among the casualties (events.json quantity_roles "within"): more of a group's
    # members killed than its losses cannot both be true; fewer can; the other side's dead are other people
    found = _bounds(killed, LOST_FEW)
    assert bool(found) == clash and all("up to 3" in f and "17 militants" in f for f in found), found
