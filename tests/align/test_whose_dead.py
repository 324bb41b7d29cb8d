"""Whose dead: one article counts the dead only as combatants, another only as civilians (texts
written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

TROOPS = Article("a1", "A Russian missile strike on Sumy on Sunday killed 60 Ukrainian troops at an awards "
                       "ceremony, the Defence Ministry said.", source="State Wire", date="2025-04-13")
CIVILIANS = Article("a2", "A Russian missile strike on Sumy on Sunday killed at least 20 civilians as residents "
                          "went to church, officials said.", source="City Post", date="2025-04-13")


def _whose(articles: list[Article]):
    return [f for f in analyze(articles).findings if f.explanation.startswith("Whose dead")]


def test_dead_counted_as_troops_by_one_article_and_as_civilians_by_another_is_framing() -> None:
    (f,) = _whose([TROOPS, CIVILIANS])
    assert f.relation == "framing"
    shown = {(e.article, {"a1": TROOPS, "a2": CIVILIANS}[e.article].text[e.start:e.end]) for e in f.evidence}
    assert shown == {("a1", "60 Ukrainian troops"), ("a2", "at least 20 civilians")}, shown
    assert "combatants in State Wire" in f.explanation and "civilians in City Post" in f.explanation


def test_guard_an_article_counting_both_kinds_of_dead_takes_no_side() -> None:
    both = Article("a2", "A Russian missile strike on Sumy on Sunday killed 20 civilians and 3 soldiers, officials "
                         "said.", source="City Post", date="2025-04-13")
    assert _whose([TROOPS, both]) == []


def test_guard_another_days_dead_are_other_dead() -> None:
    """The later article's sentence names no day: its own date, five days on, dates the strike."""
    later = Article("a2", "A Russian missile strike on Sumy killed at least 20 civilians as residents queued for "
                          "bread, officials said.", source="City Post", date="2025-04-18")
    assert _whose([TROOPS, later]) == []


def test_guard_a_battles_dead_and_an_air_raids_dead_are_two_acts() -> None:
    battle = Article("a1", "Clashes near Sumy on Sunday killed 25 fighters of the brigade, the army said.",
                     source="State Wire", date="2025-04-13")
    raid = Article("a2", "An air strike on Sumy on Sunday killed 20 civilians in a market, officials said.",
                   source="City Post", date="2025-04-13")
    assert _whose([battle, raid]) == []


def test_guard_a_denial_of_civilian_dead_leaves_the_question_to_the_contradiction() -> None:
    denying = Article("a1", "A Russian missile strike on Sumy on Sunday killed 60 Ukrainian troops, the Defence "
                            "Ministry said. No civilians were killed, it said.", source="State Wire", date="2025-04-13")
    assert _whose([denying, CIVILIANS]) == []


def test_undated_texts_are_judged_by_place_and_size() -> None:
    """Two files given with no date: the town and the sizes still say these are one strike's dead."""
    troops = Article("a1", TROOPS.text, source="State Wire")
    civilians = Article("a2", CIVILIANS.text, source="City Post")
    assert len(_whose([troops, civilians])) == 1


ARMY = Article("a1", "Troops killed 11 members of an armed group in a raid on Dar Salim on Monday, the army said.",
               source="State Wire", date="2022-03-28")
TOLL = Article("a2", "A military raid on Dar Salim on Monday left 11 people dead, residents said.",
               source="City Post", date="2022-03-28")


def _fighters_or_civilians(*articles: Article):
    return [f for f in analyze(list(articles)).findings if f.explanation.startswith("Fighters or civilians?")]


@pytest.mark.parametrize("rights", [
    pytest.param("Human Rights Watch said at least four of the 11 dead were civilians.", id="of-the-dead"),
    pytest.param("Among the deceased there could be at least four civilians, Human Rights Watch said.",
                 id="among-the-deceased"),
])
def test_some_of_the_dead_counted_as_fighters_said_to_be_civilians_disputes_the_count(rights: str) -> None:
    """The army counts the raid's 11 dead as an armed group's members; a rights group takes those
    dead as its whole and says some were civilians: it questions the army's account."""
    third = Article("a3", f"A military raid on Dar Salim on Monday killed 11 people. {rights}", source="Rights Wire",
                    date="2022-03-29")
    (f,) = _fighters_or_civilians(ARMY, TOLL, third)
    assert f.relation == "dispute", f
    shown = {(e.article, (ARMY, TOLL, third)[int(e.article[1]) - 1].text[e.start:e.end]) for e in f.evidence}
    assert ("a1", "11 members of an armed group") in shown, shown
    assert any(a == "a3" and t.startswith("at least four") for a, t in shown), shown


def test_guard_civilians_counted_beside_the_fighters_may_be_other_dead() -> None:
    """"Four civilians were also killed" does not say the army's 11 were civilians: both may be true."""
    third = Article("a3", "A military raid on Dar Salim on Monday killed 11 people. Four civilians were also killed "
                          "in the crossfire, Human Rights Watch said.", source="Rights Wire", date="2022-03-29")
    assert _fighters_or_civilians(ARMY, TOLL, third) == []


def test_guard_fighters_counted_as_some_of_the_dead_leave_room_for_civilians() -> None:
    """The army counts 5 fighters of 11 dead: some of the dead being civilians fits its account."""
    army = Article("a1", "Troops killed five members of an armed group in a raid on Dar Salim on Monday, the army "
                         "said.", source="State Wire", date="2022-03-28")
    third = Article("a3", "Human Rights Watch said at least four of the 11 dead were civilians.", source="Rights Wire",
                    date="2022-03-29")
    assert _fighters_or_civilians(army, TOLL, third) == []


def test_guard_more_civilians_among_the_dead_than_the_fighters_counted_are_other_dead() -> None:
    """Fourteen civilians cannot be some of the army's eleven: another act's dead, or a wider toll."""
    third = Article("a3", "Human Rights Watch said at least 14 of the dead in Dar Salim were civilians.",
                    source="Rights Wire", date="2022-03-29")
    assert _fighters_or_civilians(ARMY, TOLL, third) == []


def test_guard_civilians_among_another_places_dead_are_other_dead() -> None:
    army = Article("a1", "Troops killed 11 members of an armed group in a raid near Idlib on Monday, the army said.",
                   source="State Wire", date="2022-03-28")
    toll = Article("a2", "A military raid near Idlib on Monday left 11 people dead, residents said. Another raid near "
                         "Deir ez-Zor killed 11 people.", source="City Post", date="2022-03-28")
    third = Article("a3", "Human Rights Watch said at least four of the 11 dead near Deir ez-Zor on Monday were "
                          "civilians.", source="Rights Wire", date="2022-03-29")
    assert _fighters_or_civilians(army, toll, third) == []



@pytest.mark.parametrize("rights", [
    pytest.param("Human Rights Watch said at least four of the 30 dead were civilians.", id="another-whole"),
    pytest.param("Human Rights Watch said it could not confirm that four of the 11 dead were civilians.",
                 id="not-confirmed"),
    pytest.param("Among the dead in the raid was a local commander, residents said, and at least four civilians were "
                 "killed in clashes elsewhere in the province.", id="among-the-dead-ends-at-the-clause"),
    pytest.param("Four civilians were killed in the raid on Dar Salim on Monday, Human Rights Watch said.",
                 id="not-said-to-be-among-the-dead"),
])
def test_guard_civilians_not_said_to_be_some_of_the_fighters_dead(rights: str) -> None:
    third = Article("a3", f"A military raid on Dar Salim on Monday killed 11 people. {rights}", source="Rights Wire",
                    date="2022-03-29")
    assert _fighters_or_civilians(ARMY, TOLL, third) == []
