"""Was the site in use? (align/occupancy.py): one voice saying the site hit was not in use against
another saying people were there is a dispute, and articles relaying the idle account agree (texts
written for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

IDLE_1 = ("The Karsen defence ministry said its missiles struck a depot of Western weapons in Tel Amra on Monday, "
          "and the detonation of the ammunition caused a fire in a non-functioning shopping centre nearby.")
IDLE_2 = ("Karsen missiles hit an arms depot in Tel Amra on Monday, the Karsen defence ministry said, adding that "
          "the shopping center itself was not working at the time of the strike.")
BUSY = ("A Karsen missile hit a busy shopping centre in Tel Amra on Monday, killing 16 people, mayor Ilan Dovas "
        "said.")
PRESENT = ("Mayor Ilan Dovas said a Karsen missile hit the shopping center in Tel Amra on Monday and around "
           "900 people were inside at the time of the strike.")


def _in_use(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2023-06-27") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if "in use" in f.explanation]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_the_idle_account_is_disputed_by_each_article_telling_of_people_there() -> None:
    arts, found = _in_use(IDLE_1, IDLE_2, BUSY, PRESENT)
    disputes = [f for f in found if f.relation == "dispute"]
    assert len(disputes) == 2, [f.explanation for f in found]
    assert _shown(arts, disputes[0]) == ["non-functioning shopping centre", "shopping center itself was not working",
                                         "busy shopping centre"], _shown(arts, disputes[0])
    assert _shown(arts, disputes[1])[-1] == "around 900 people were inside", _shown(arts, disputes[1])
    assert disputes[0].explanation.startswith("Was the shopping centre in use? Outlet 1")
    agree = [f for f in found if f.relation == "agree"]
    assert len(agree) == 1 and _shown(arts, agree[0]) == ["non-functioning shopping centre",
                                                          "shopping center itself was not working"], agree


@pytest.mark.parametrize(("other", "people"), [
    pytest.param("A Karsen missile hit the Tel Amra shopping centre on Monday. At that time there were about 900 "
                 "people, Mayor Ilan Dovas said.", "about 900 people", id="there-were"),
    pytest.param("Mayor Ilan Dovas said Karsen missiles hit Tel Amra on Monday, with more than 900 people on the "
                 "premises.", "more than 900 people on the premises", id="on-the-premises-names-no-kind"),
    pytest.param("Mayor Ilan Dovas said Karsen missiles hit the building on Monday with 900 people inside.",
                 "900 people inside", id="a-building-is-any-kind"),
])
def test_people_counted_there_with_no_kind_of_site_named(other: str, people: str) -> None:
    arts, found = _in_use(IDLE_1, other)
    assert len(found) == 1 and found[0].relation == "dispute", [f.explanation for f in found]
    assert _shown(arts, found[0])[-1] == people, _shown(arts, found[0])


@pytest.mark.parametrize("other", [
    pytest.param("A Karsen missile hit a crowded hospital in Tel Amra on Monday, killing 16 people, Mayor Ilan Dovas "
                 "said.", id="another-kind-of-site"),
    pytest.param("The Karsen defence ministry said the mall was struck by debris on Monday, and only three guards "
                 "were inside.", id="the-same-voice"),
])
def test_no_dispute(other: str) -> None:
    _, found = _in_use(IDLE_1, other)
    assert not [f for f in found if f.relation == "dispute"], [f.explanation for f in found]


@pytest.mark.parametrize("idle", [
    pytest.param("Residents of Tel Amra walked past an empty shopping centre on Monday, weeks into the siege.",
                 id="not-the-site-hit"),
    pytest.param("Karsen missiles hit the shopping centre in Tel Amra on Monday; the centre was not empty, the "
                 "ministry admitted.", id="not-empty"),
    pytest.param("Karsen missiles hit an abandoned shopping centre in Tel Amra on Monday, the ministry said.",
                 id="abandoned-tells-past-use"),
    pytest.param("Karsen missiles hit Tel Amra on Monday, and the shopping centre is not functioning now, "
                 "the ministry said.", id="its-state-after-the-strike"),
    pytest.param("Karsen missiles hit an empty field near shopping centres in Tel Amra on Monday, the ministry said.",
                 id="empty-is-the-fields"),
    pytest.param("Karsen missiles hit the Tel Amra shopping centre on Monday. Governor Mara Sel rejected claims that "
                 "the shopping centre was not functioning when the missiles hit it.", id="a-rejected-idle-account"),
])
def test_no_idle_account(idle: str) -> None:
    _, found = _in_use(idle, BUSY)
    assert not found, [f.explanation for f in found]


def test_guard_people_counted_at_another_event_are_not_there() -> None:
    _, found = _in_use("Karsen jets struck an empty shopping centre in Tel Amra on Monday, the army said.",
                       "Jets struck Tel Amra on Monday. Dozens of journalists were present at a press conference in the "
                       "capital on Tuesday, Mayor Ilan Dovas said.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize(("idle", "shown"), [
    pytest.param("Karsen missiles hit an arms depot in Tel Amra on Monday, the Karsen defence ministry said, adding "
                 "that the shopping centre itself was allegedly not working at the time of the strike.",
                 "shopping centre itself was allegedly not working", id="an-adverb-after-was"),
    pytest.param("Karsen missiles hit an arms depot in Tel Amra on Monday, the Karsen defence ministry said, adding "
                 "that the shopping centre was «not functioning» at the time of the strike.",
                 "shopping centre was «not functioning»", id="the-state-in-quotes"),
])
def test_guard_an_adverb_or_a_quote_between_was_and_the_state_keeps_the_idle_account(idle: str, shown: str) -> None:
    arts, found = _in_use(idle, BUSY)
    assert len(found) == 1 and found[0].relation == "dispute", [f.explanation for f in found]
    assert _shown(arts, found[0])[0].startswith(shown), _shown(arts, found[0])


def test_guard_people_there_were_with_what_befell_them_are_no_count_of_people_there() -> None:
    """"there were 16 people killed": a count of the dead, not of the people at the site."""
    _, found = _in_use(IDLE_1, "A Karsen missile hit the Tel Amra shopping centre on Monday. At that time there were "
                               "16 people killed, Mayor Ilan Dovas said.")
    assert not found, [f.explanation for f in found]


def test_guard_a_quote_closing_after_the_state_is_shown_only_when_it_opened_after_was() -> None:
    arts, found = _in_use("Karsen missiles hit an arms depot in Tel Amra on Monday. The Karsen defence ministry said: "
                          "\"the shopping centre was not functioning\" at the time of the strike.", BUSY)
    assert found and _shown(arts, found[0])[0].endswith("not functioning"), [_shown(arts, f) for f in found]
