"""Revisions: counts one voice replaced are no rivals to another voice's (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

MINISTRY = ("TEL AMRA, Jan. 22 - The toll of the air strike on the prison in Tel Amra on Friday has risen to 91 dead "
            "and 236 wounded, the health ministry said on Saturday.\n\nA ministry spokesman said the initial toll of "
            "70 dead and 138 wounded announced on Friday had risen as rescuers pulled more bodies from the rubble.")


PROVISIONAL = ("TEL AMRA, Jan. 22 - The air strike on the prison in Tel Amra on Friday killed 70 people and "
               "wounded 138, a toll that could rise, the health ministry said on Saturday.\n\nThe war has wounded "
               "236 people in the province since 2020, the ministry added.")


@pytest.mark.parametrize(("first", "wounded", "clash"), [
    pytest.param(MINISTRY, "at least 201", False, id="the-replaced-count-is-no-rival"),
    pytest.param(MINISTRY, "at least 300", True, id="the-latest-count-still-is"),
    pytest.param(PROVISIONAL, "at least 201", True, id="a-higher-count-of-another-thing-replaces-nothing"),
])
def test_a_count_its_own_article_says_was_replaced_is_set_against_no_one(first: str, wounded: str,
                                                                         clash: bool) -> None:
    arts = [Article("a1", first, source="State agency", date="2022-01-22"),
            Article("a2", f"An air strike hit the prison in Tel Amra on Friday, wounding {wounded} people, the medical "
                          f"charity said.", source="Charity", date="2022-01-21")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "wounded" in f.explanation]
    assert bool(found) is clash, [f.explanation for f in found]


@pytest.mark.parametrize("earlier", ["initially put the death toll at 30", "first put the toll at 30"])
def test_a_toll_the_article_says_was_given_first_is_replaced_by_its_later_one(earlier: str) -> None:
    text = (f"TEL AMRA, April 8 - A missile hit the railway station in Tel Amra on Friday, killing at least 50 "
            f"people, officials said.\n\nThe railway company {earlier}. The number climbed through the day as "
            f"wounded people died in hospital.")
    found = [f for f in analyze([Article("a1", text, source="Wire", date="2022-04-08")]).findings
             if f.relation == "contradict"]
    assert not found, [f.explanation for f in found]


def test_a_toll_it_rose_from_is_no_side_of_a_contradiction() -> None:
    text = ("TEL AMRA, Feb 18 - Twenty-two civilians were killed in the village of Tel Amra on Sunday, the UN said. "
            "The toll rose from 17 that the office had given on Monday.")
    other = "Five people died by accident in the village of Tel Amra on Sunday, the army said."
    arts = [Article("a1", text, source="Wire", date="2020-02-18"),
            Article("a2", other, source="Daily", date="2020-02-18")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    shown = [{text[e.start:e.end] for e in f.evidence if e.article == "a1"} for f in found]
    assert shown and all("17" not in s for s in shown) and any("Twenty-two" in " ".join(s) for s in shown), shown


def test_guard_what_rose_from_a_count_of_things_replaces_no_count() -> None:
    """"Smoke rose from 12 houses destroyed": a count of things, no toll a later one replaced."""
    arts = [Article("a1", "Smoke rose from 12 houses destroyed in the air strike on Tel Amra on Sunday, residents "
                          "said.", source="Wire", date="2024-03-04"),
            Article("a2", "The air strike on Tel Amra on Sunday destroyed three houses, the army said.",
                    source="Army", date="2024-03-04")]
    assert [f for f in analyze(arts).findings if f.relation == "contradict"], [f.explanation
                                                                              for f in analyze(arts).findings]
