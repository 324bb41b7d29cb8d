"""Mutual blame: articles reporting that the sides blame each other for the incident agree (texts
written for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

STRIKE = "A missile hit the prison camp in Korvel on Friday, killing 40 prisoners."


def _blame_findings(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2022-07-29") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings
             if f.relation == "agree" and "that the sides blame each other" in f.explanation]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_articles_reporting_that_the_sides_blame_each_other_agree_with_the_words_a_reader_checks() -> None:
    arts, found = _blame_findings(
        f"{STRIKE} Kastria and Moravia have accused each other of the attack.",
        f"{STRIKE} Both sides traded accusations over the strike on the camp.",
        f"{STRIKE} Each side blamed the other for the deaths of the prisoners.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["Kastria and Moravia have accused each other",
                                      "Both sides traded accusations",
                                      "Each side blamed the other"]
    assert "Outlet 1, Outlet 2 and Outlet 3 report" in found[0].explanation


@pytest.mark.parametrize("second", [
    pytest.param(f"{STRIKE} Kastria and Moravia accused each other of having killed the prisoners.", id="a-verb"),
    pytest.param("The missile strike on the prison camp in Korvel on Friday, for which Kastria and Moravia blamed "
                 "each other, killed 40 prisoners.", id="the-act-before-the-phrase"),
])
def test_blame_for_the_act_told_otherwise_still_agrees(second: str) -> None:
    _, found = _blame_findings(f"{STRIKE} Kastria and Moravia have accused each other of the attack.", second)
    assert len(found) == 1


def test_one_article_alone_makes_no_agreement() -> None:
    _, found = _blame_findings(
        f"{STRIKE} Kastria and Moravia have blamed one another for the attack.",
        f"{STRIKE} The Moravian army said Kastrian artillery shelled the camp.")
    assert found == []


@pytest.mark.parametrize("other", [
    pytest.param("The two armies did not blame each other for the attack.", id="negated"),
    pytest.param("Last year the two armies accused each other of shelling a school in Varna, killing 9.",
                 id="an-earlier-strike"),
    pytest.param("The two armies have repeatedly accused each other of violating the ceasefire.", id="another-matter"),
    pytest.param("Kastria and Moravia traded accusations during talks in Geneva on prisoner exchanges.",
                 id="talks"),
    pytest.param("The two armies have accused each other of violating the ceasefire with attacks on civilians.",
                 id="the-truce-with-an-act-word"),
])
def test_guard_no_mutual_blame_of_this_incident_makes_no_agreement(other: str) -> None:
    _, found = _blame_findings(
        f"{STRIKE} Kastria and Moravia have accused each other of the attack.",
        f"{STRIKE} {other}")
    assert found == []
