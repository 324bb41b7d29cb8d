"""Investigations: articles reporting the incident under investigation agree, and so do articles
reporting calls for one (texts written for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

STRIKE = "An air strike hit the market in Tel Amra on Tuesday, killing 12 people."


def _inquiry_findings(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and (
        "that the incident is under investigation" in f.explanation or "calls for an inquiry" in f.explanation)]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_articles_reporting_an_inquiry_under_way_agree_with_the_words_a_reader_checks() -> None:
    arts, found = _inquiry_findings(
        f"{STRIKE} General Joan Pell said she has ordered an investigation into the strike.",
        f"{STRIKE} The army said the air strike on Tel Amra was under investigation.",
        f"{STRIKE} The army said the strike on the market was still being probed by its officers.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert "under investigation" in found[0].explanation
    assert _shown(arts, found[0]) == ["General Joan Pell said she has ordered an investigation",
                                      "The army said the air strike on Tel Amra was under investigation",
                                      "The army said the strike on the market was still being probed"]


def test_calls_for_an_inquiry_agree_apart_from_an_inquiry_under_way() -> None:
    arts, found = _inquiry_findings(
        f"{STRIKE} The United Nations called for an urgent investigation into the strike.",
        f"{STRIKE} Rights groups demanded an independent inquiry into the attack on the market.",
        f"{STRIKE} The army said the strike on the market was under investigation.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert "calls for an inquiry" in found[0].explanation
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}


@pytest.mark.parametrize("stopped", [
    pytest.param("The army refused to investigate the strike.", id="refused"),
    pytest.param("No investigation into the strike has been opened.", id="negated"),
    pytest.param("The government disbanded a mission investigating the strike.", id="disbanded"),
    pytest.param("A spokesman for the Investigative Committee of Kastria said the market was hit.", id="a-body-s-name"),
    pytest.param("War crimes investigators visited the market.", id="investigators"),
    pytest.param("In response to an inquiry from Reuters, the army said the strike on the market was lawful.",
                 id="a-press-query"),
    pytest.param("The Bellingcat investigation team geolocated the strike on the market.", id="a-team"),
    pytest.param("Police are investigating a separate robbery after the strike on the market.", id="another-matter"),
])
def test_guard_a_stopped_or_refused_inquiry_or_a_body_s_name_joins_no_agreement(stopped: str) -> None:
    _, found = _inquiry_findings(f"{STRIKE} {stopped}",
                                 f"{STRIKE} The army said the strike on the market was under investigation.")
    assert not found, [f.explanation for f in found]


def test_guard_an_inquiry_word_in_a_sentence_about_something_else_is_not_the_incident_s() -> None:
    _, found = _inquiry_findings(
        f"{STRIKE} Separately, police in the capital were investigating a bank robbery last year.",
        f"{STRIKE} The army said the strike on the market was under investigation.")
    assert not found, [f.explanation for f in found]


def test_an_inquiry_into_the_strike_earlier_that_day_still_counts() -> None:
    _, found = _inquiry_findings(
        f"{STRIKE} The army said it had opened an investigation into the strike on the market earlier on Tuesday.",
        f"{STRIKE} The army said the strike on the market was under investigation.")
    assert found, "'earlier' dates the strike, it names no other matter"


def test_an_inquiry_or_a_call_for_one_that_others_leave_out_is_an_omission_of_its_kind() -> None:
    texts = (f"{STRIKE} The army said the air strike on Tel Amra was under investigation.",
             f"{STRIKE} Rights groups called for an independent investigation into the strike.",
             STRIKE)
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = {f.explanation: sorted(f.missing_from) for f in analyze(arts).findings if f.relation == "omission"
             and ("under investigation" in f.explanation or "a call for an inquiry" in f.explanation)}
    under = [m for e, m in found.items() if e.startswith("Only Outlet 1 reports that the incident is under")]
    called = [m for e, m in found.items() if e.startswith("Only Outlet 2 reports a call for an inquiry")]
    assert under == [["a2", "a3"]] and called == [["a1", "a3"]], found


def test_an_inquiry_others_leave_out_is_one_omission_not_one_per_reporting_article() -> None:
    texts = (f"{STRIKE} Police have opened an investigation into the strike.",
             f"{STRIKE} Police have opened an investigation into the air strike on Tel Amra.", STRIKE)
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = [f.explanation for f in analyze(arts).findings if f.relation == "omission" and "investigation" in f.explanation]
    assert len(found) == 1 and found[0].startswith("Outlet 1 and Outlet 2 report"), found


def test_a_fact_beside_an_inquiry_word_is_still_an_omitted_fact() -> None:
    texts = (STRIKE, f"{STRIKE} Troops detained the hospital director in Tel Amra on Wednesday as police investigated.")
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = [f.explanation for f in analyze(arts).findings if f.relation == "omission"]
    assert any("reports this detention" in f for f in found), found
