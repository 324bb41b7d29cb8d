"""Omitted voices: a source one article quotes that no other article mentions (texts written for
these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

LEAD = "Shells hit the market in Dar Salim on Monday, killing 12 people."


def _voices(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-27") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings if f.relation == "omission" and " quotes " in f.explanation]


def test_a_source_only_one_article_quotes_is_an_omitted_voice() -> None:
    found = _voices(LEAD, LEAD + " Residents said army units were combing farmland around the town.")
    assert any("quotes Residents" in f for f in found), found


def test_a_negated_subject_is_nobody_s_voice() -> None:
    found = _voices(LEAD, LEAD + " No independent monitor has confirmed the toll, which officials put at 12.")
    assert not found, found


def test_a_voice_s_short_claim_is_shown_with_its_sentence() -> None:
    found = _voices(LEAD, LEAD + " Turkey, a backer of the government, called the attack a “crime against humanity”.")
    assert any("called the attack a “crime against humanity”" in f for f in found), found


STRIKE = "An air strike hit the market in Dar Salim on Monday. Shoppers were wounded by flying glass."
DETAIL = "Victims at the clinic bore shrapnel wounds, burns and broken limbs."


def _omissions(*texts: str) -> list[tuple[tuple[str, ...], str]]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-27") for i, t in enumerate(texts, 1)]
    return [(f.missing_from, f.explanation) for f in analyze(arts).findings if f.relation == "omission"]


def test_a_detail_of_an_event_the_others_tell_is_omitted_from_them() -> None:
    found = _omissions(STRIKE, STRIKE, f"{STRIKE} {DETAIL}")
    detail = [f for f in found if "shrapnel" in f[1]]
    assert detail == [(("a1", "a2"), "Only Outlet 3 gives this detail of the injury: “Victims at the clinic bore "
                       "shrapnel wounds, burns and broken limbs”; Outlet 1 and Outlet 2 tell of the injury "
                       "without it.")], found


def test_an_account_sharing_the_detail_s_words_tells_it() -> None:
    told = f"{STRIKE} Many had shrapnel wounds, doctors at the clinic said."
    found = _omissions(told, f"{STRIKE} {DETAIL}")
    assert not any("shrapnel" in f[1] and "a1" in f[0] for f in found), found


def test_another_sentence_telling_half_the_detail_tells_it() -> None:
    told = f"{STRIKE} At the clinic, victims bore burns and broken limbs."  # no injury verb: not an event claim
    found = _omissions(told, f"{STRIKE} {DETAIL}")
    assert not any("shrapnel" in f[1] and "a1" in f[0] for f in found), found


def test_the_bare_event_in_other_words_is_no_detail() -> None:
    found = _omissions(STRIKE, f"{STRIKE} Victims were injured.")
    assert not any("Victims were injured" in f[1] for f in found), found


def test_a_tally_since_the_war_began_is_not_answered_by_the_strike_s_toll() -> None:
    bus = "An air strike hit a school bus in Dar Salim on Monday, killing 29 children."
    found = _omissions(bus, f"{bus} More than 3,000 children have been killed since the war began in 2015.")
    assert any("3,001 children killed (a tally beyond this incident)" in f[1] and f[0] == ("a1",)
               for f in found), found  # "more than 3,000"


def test_one_figure_told_as_the_war_s_in_one_article_and_plainly_in_another_is_no_omission() -> None:
    strike = "A drone struck a mosque in Dar Salim on Friday, killing 43 people."
    found = _omissions(f"{strike} The war has displaced 12 million people, the WHO said.",
                       f"{strike} Some 12 million people are displaced, the WHO said.")
    assert not any("12,000,000" in f[1] for f in found), found


def test_two_near_tolls_answer_each_other_whatever_scope_one_is_read_in() -> None:
    found = _omissions("An air strike killed 12 people at a market in Dar Salim on Monday, local officials said.",
                       "An air strike killed 14 people at a market in Dar Salim on Monday, the deadliest attack on "
                       "the town so far this year.")
    assert not any(" reports 1" in f[1] for f in found), found  # "reports 12 people killed", "reports 14 ..."


def test_a_war_s_tally_and_the_strike_s_toll_are_two_omissions() -> None:
    both = ("More than 3,000 children have been killed since the war began in 2015. An air strike hit a school bus "
            "in Dar Salim on Monday, killing 29 children.")
    found = _omissions(both, both, "An air strike hit a school bus in Dar Salim on Monday, the army said.")
    tally = [f for f in found if "3,001" in f[1]]
    toll = [f for f in found if "29 children" in f[1]]
    assert tally and all("beyond this incident" in f[1] and "29" not in f[1] for f in tally), found
    assert toll and all("beyond this incident" not in f[1] for f in toll), found


def test_an_event_one_article_leaves_out_and_another_tells_without_the_detail() -> None:
    lead = "Artillery shelled the hospital in Dar Salim on Tuesday, killing 9 patients."
    found = _omissions(f"{lead} Shells tore through the roof of the maternity ward.", lead,
                       "Nine patients died at the hospital in Dar Salim on Tuesday, officials said.")
    roof = [f for f in found if "maternity ward" in f[1]]
    assert roof and roof[0][0] == ("a2", "a3"), found
    assert "Outlet 3 does not mention it, and Outlet 2 tells of it without this." in roof[0][1], found


def test_plural_harm_words_are_the_event_not_a_detail() -> None:
    found = _omissions(STRIKE, f"{STRIKE} Shoppers suffered injuries and casualties.")
    assert not any("detail" in f[1] for f in found), found


def test_guard_a_headline_s_words_are_no_detail_the_body_leaves_out() -> None:
    lead = "Artillery shelled the hospital in Dar Salim on Tuesday, wounding patients in the maternity ward."
    found = _omissions(lead, f"Shells tear through clinic roof as patients flee burning wards\n\n{lead}")
    assert not any("detail" in f[1] and "roof" in f[1] for f in found), found


def test_one_figure_an_article_tells_in_its_headline_and_body_is_one_omission() -> None:
    found = _omissions("Army says strike killed 11 fighters\n\nThe army said its strike on a base in Dar Salim on "
                       "Monday killed 11 fighters, the defence ministry said.",
                       "Shells hit the market in Dar Salim on Monday, residents said.")
    elevens = [e for _, e in found if " reports 11 fighters killed" in e]
    assert elevens == ["Only Outlet 1 reports 11 fighters killed (state forces); Outlet 2 does not mention it."], found


def test_a_loss_and_the_same_number_killed_tell_one_figure() -> None:
    found = _omissions("The army said it had lost five soldiers in the attack on its camp at Dar Salim on Sunday.",
                       "Five soldiers were killed in the attack on the army camp at Dar Salim on Sunday, the army "
                       "said.")
    assert not [e for _, e in found if "5 soldiers" in e], found


def test_guard_a_loss_is_not_answered_by_another_number_killed() -> None:
    found = _omissions("The army said it had lost five soldiers in the attack on its camp at Dar Salim on Sunday.",
                       "Seven soldiers were killed in the attack on the army camp at Dar Salim on Sunday, the army "
                       "said.")
    assert [e for _, e in found if "5 soldiers" in e], found


def test_two_reports_of_one_outlet_are_told_apart_by_their_ids() -> None:
    arts = [Article("a1", "Shells hit the market in Dar Salim on Monday, killing 12 people, medics said.",
                    source="Wire", date="2024-08-27"),
            Article("a2", "Shells hit the market in Dar Salim on Monday, killing 12 people.", source="Wire",
                    date="2024-08-28"),
            Article("a3", "Shells hit the market in Dar Salim on Monday, killing 20 people, officials said.",
                    source="Post", date="2024-08-27")]
    found = [f.explanation for f in analyze(arts).findings]
    assert "Wire (a1): 12 people killed (medics); Wire (a2): 12 people killed: the same figure." in found, found
    assert not any("Post (a3)" in f for f in found), found  # an outlet with one report keeps its plain name


def test_guard_the_same_number_of_two_groups_is_two_omissions() -> None:
    found = _omissions("Five soldiers were killed in the attack on the camp at Dar Salim on Sunday, the army said. "
                       "Residents said five civilians were also killed.",
                       "Shells hit the camp at Dar Salim on Sunday, residents said.")
    assert len([e for _, e in found if " reports 5 " in e]) == 2, found


def test_guard_a_loss_is_not_answered_by_the_same_number_wounded() -> None:
    found = _omissions("The army said it had lost 12 soldiers in the attack on its camp at Dar Salim on Sunday.",
                       "Five soldiers were killed and 12 soldiers wounded in the attack on the army camp at Dar "
                       "Salim on Sunday, the army said.")
    assert [e for _, e in found if "12 soldiers" in e and " reports " in e], found


RAID = "Gunmen attacked the village of Dar Salim on Monday, burning at least 14 homes, residents said."


@pytest.mark.parametrize("told", [
    pytest.param("Gunmen attacked the village of Dar Salim on Monday, burning at least 14 homes, and ransacked the "
                 "village health post, residents said.", id="beside-a-figure"),
    pytest.param(RAID + " A health post in Dar Salim was looted and burned.", id="the-post-looted"),
    pytest.param(RAID + " Images of the attack on the health post in Dar Salim were shared widely.",
                 id="images-of-the-attack"),
    pytest.param(RAID + " A shell struck into the health post in Dar Salim.", id="struck-into"),
])
def test_an_attack_on_health_care_is_an_omission_of_its_own(told: str) -> None:
    found = _omissions(RAID, told)
    assert any("reports this attack on health care" in f[1] and f[0] == ("a1",) for f in found), found


@pytest.mark.parametrize("told", [
    pytest.param(RAID + " The wounded were taken to the health post in Dar Salim after the attack.",
                 id="treated-there"),
    pytest.param(RAID + " Health posts have been frequently attacked in the region.", id="a-habit"),
    pytest.param(RAID + " The UN condemned the attack and called for an end to attacks on health posts.",
                 id="an-appeal"),
])
def test_a_health_post_that_was_not_struck_makes_no_attack_on_health_care(told: str) -> None:
    found = _omissions(RAID, told)
    assert not any("attack on health care" in f[1] for f in found), found
