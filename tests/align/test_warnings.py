"""Was there a warning? (align/warnings.py): one voice saying the people at the site were warned
before the strike against another saying they were not is a contradiction; articles telling the
same answer agree (texts written for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

WARNED = ("The Karsen military said its jets struck a weapons depot in Tel Amra on Friday after advance warnings "
          "to the residents of the area.")
UNWARNED = ("A Karsen air strike destroyed a house in Tel Amra on Friday, killing nine people. The strike came "
            "without any prior warning to the residents, the mayor said.")
NO_WARNING = ("Nine people were killed when Karsen jets bombed a house in Tel Amra on Friday. Neighbours said no "
              "warning was issued before the strike.")
TOLL_WARNING = ("A Karsen air strike destroyed a house in Tel Amra on Friday, killing nine people, the mayor said, "
                "and he warned that the toll could rise.")


def _warnings(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-09") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if "warn" in f.explanation]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_warned_against_not_warned_is_a_contradiction_and_the_two_denials_agree() -> None:
    arts, found = _warnings(WARNED, UNWARNED, NO_WARNING)
    contradictions = [f for f in found if f.relation == "contradict"]
    assert len(contradictions) == 1, [f.explanation for f in found]
    assert _shown(arts, contradictions[0]) == ["advance warnings", "without any prior warning", "no warning"]
    assert contradictions[0].explanation.startswith("Was there a warning? Outlet 1")
    agreements = [f for f in found if f.relation == "agree" and f.explanation.startswith("Outlet 2")]
    assert [_shown(arts, f) for f in agreements] == [["without any prior warning", "no warning"]], agreements


def test_a_warning_that_the_toll_may_rise_is_no_warning_to_the_residents() -> None:
    _, found = _warnings(TOLL_WARNING, UNWARNED)
    assert [f for f in found if f.relation == "contradict"] == []


def test_no_advance_warning_is_a_denial_not_a_warning() -> None:
    text = ("A Karsen air strike destroyed a house in Tel Amra on Friday, killing nine people. There was no advance "
            "warning, the mayor said.")
    arts, found = _warnings(WARNED, text)
    found = [f for f in found if f.relation == "contradict"]
    assert len(found) == 1 and _shown(arts, found[0]) == ["advance warnings", "no advance warning"], found


def test_the_warned_and_the_unwarned_accounts_are_not_one_paraphrase() -> None:
    arts = [Article("a1", UNWARNED, source="Outlet 1", date="2024-03-09"),
            Article("a2", "The strike came after a prior warning to the residents, the Karsen military said. Its jets "
                          "destroyed a house in Tel Amra on Friday.", source="Outlet 2", date="2024-03-09")]
    assert not [f for f in analyze(arts).findings if "other words" in f.explanation]


def test_warnings_told_inside_a_denial_are_no_account_of_a_warning() -> None:
    denial = ("Residents of Tel Amra denied that advance warnings were given before the Karsen strike on a house on "
              "Friday, which killed nine people.")
    _, found = _warnings(denial, UNWARNED)
    assert [f for f in found if f.relation == "contradict"] == []


@pytest.mark.parametrize(("said", "answer"), [
    pytest.param("Residents were not given advance warning, the mayor said.", "none", id="not-given"),
    pytest.param("There was no roof knocking, residents said.", "none", id="no-roof-knocking"),
    pytest.param("It was unclear whether an evacuation order had been issued.", None, id="left-open"),
    pytest.param("No warning sirens sounded before the strike, residents said.", None, id="a-siren"),
    pytest.param("The Karsen army rejected claims that the strike came without warning.", None, id="rejected"),
    pytest.param("The Karsen army dismissed claims that residents had not received evacuation orders.", None,
                 id="a rejected negation"),
    pytest.param("It is unclear who fired and the army had issued evacuation orders to residents.",
                 "given", id="a hedge of another clause"),
    pytest.param("The May Street residents received evacuation orders from the army.", "given",
                 id="a name, not may"),
])
def test_what_a_clause_says_of_a_warning(said: str, answer: str | None) -> None:
    text = "A Karsen air strike destroyed a house in Tel Amra on Friday, killing nine people. " + said
    for other, expected in ((WARNED, 1 if answer == "none" else 0), (UNWARNED, 1 if answer == "given" else 0)):
        _, found = _warnings(text, other)
        contradictions = [f for f in found if f.relation == "contradict"]
        assert len(contradictions) == expected, [f.explanation for f in found]
