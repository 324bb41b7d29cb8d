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
