"""Whom an outlet's own voice speaks for, read from its source line (lines written here)."""

from __future__ import annotations

import pytest

from counterpoint.nlp.lexicons import actors, organizations
from counterpoint.resolve.outlets import outlet_sides, speaking_body_side


@pytest.mark.parametrize("source, sides", [
    ("TASS", {"ru_gov"}),  # a state's news agency: its country's forces
    ("Sudan News Agency (SUNA)", {"sd_saf"}),  # Sudan's national forces are the SAF
    ("Ethiopian state news agency", {"et_gov"}),  # a state's outlet by description
    ("Calamada relaying Shahada News Agency", {"so_shabaab"}),  # an armed movement's outlets
    ("Amaq Agency", {"sy_is"}),
    ("Al Marsad (LNA Air Force statement)", {"ly_lna"}),  # the statement it relays names the actor
    ("Daily Record (Nigerian Army statement)", {"ng_gov"}),
    ("Frontier Post (Afghan Ministry of Defense)", {"af_gov"}),  # a ministry of a country
    ("Reuters", set()),  # an international wire speaks for no side
    ("Press Trust of India", set()),  # national, but no state medium
    ("Human Rights Watch", set()),
    ("Evening Gazette", set()),
    ("", set()),
])
def test_source_lines_name_the_side_the_outlet_speaks_for(source: str, sides: set[str]) -> None:
    assert outlet_sides(source) == sides


def test_guard_a_common_word_spelled_like_an_agency_acronym_is_no_agency() -> None:
    """"Spa" and "Wam" are words or names; the agencies match only in capitals."""
    assert outlet_sides("Spa Town Herald") == set()
    assert outlet_sides("SPA (coalition spokesman)") == {"ye_coalition"}


def test_every_outlet_side_is_a_side_of_the_actor_list() -> None:
    known = {s.key for s in actors().sides}
    sides = {o.side for o in organizations().organizations if o.side}
    assert sides and sides <= known, sides - known


@pytest.mark.parametrize("name, side", [
    ("Inter-Services Public Relations", "pk_gov"),  # a state's military press office
    ("ISPR", "pk_gov"),
    ("SUNA", "sd_saf"),  # a state's news agency
    ("Amaq", "sy_is"),  # an armed movement's outlet
    ("Reuters", None),  # a wire speaks for no side
    ("Human Rights Watch", None),
    ("Daily Courier", None),
])
def test_a_speaking_body_speaks_for_its_state_or_movement(name: str, side: str | None) -> None:
    assert speaking_body_side(name) == side


def test_a_voice_quoted_from_a_states_press_office_owns_its_unnamed_troops() -> None:
    """Quoted by a wire that speaks for no side, the spokesman of Pakistan's military press office
    counts Pakistan's soldiers: not the rival of India's count of its own dead."""
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article
    wire = Article("a1", "Major General Kashif Raza, a spokesman for Inter-Services Public Relations, said a soldier "
                         "was killed near Karvan on Tuesday when Indian troops opened fire.", source="Wire",
                   date="2024-03-05")
    indian = Article("a2", "Three soldiers were killed near Karvan on Tuesday when Pakistani troops opened fire, the "
                           "Indian army said. It said six Pakistani soldiers were killed.", source="Indian state news "
                           "agency", date="2024-03-05")
    found = [f for f in analyze([wire, indian]).findings if f.relation == "contradict" and "soldier" in f.explanation]
    shown = [{(e.article, (wire if e.article == "a1" else indian).text[e.start:e.end]) for e in f.evidence}
             for f in found]
    assert not any({("a1", "a soldier"), ("a2", "Three soldiers")} <= s for s in shown), shown
    assert any({("a1", "a soldier"), ("a2", "six Pakistani soldiers")} <= s for s in shown), shown


@pytest.mark.parametrize("source, sides", [
    ("Wire Service (citing the Hamas-run health ministry)", {"ps_hamas"}),  # an unknown outlet republishing
    ("Reuters (citing the Hamas-run health ministry)", set()),  # a wire quoting keeps its own voice
    ("Kyiv Independent (citing Russian state media)", set()),
    ("Kyiv Independent, citing state media", set()),
    ("Syria Direct (state media report)", set()),  # "state media" names no state there
    ("Pledge Times (citing RIA Novosti)", {"ru_gov"}),
    ("Evening Post (Syrian state media report)", {"sy_gov"}),
    # the outlet's own name says whose state's agency it is
    ("AIN (Agence d'Information du Niger, state news agency)", {"ne_gov"}),
    ("Voice of Kenya (state broadcaster; citing Somali officials)", {"ke_gov"}),  # not a country it cites
    ("Daily Wire (state news agency; Nairobi, Kenya)", set()),  # where it reports from names no state
    ("TASS Ukraine desk (state news agency)", {"ru_gov"}),  # a known outlet's own state only
])
def test_what_an_outlet_cites_is_its_voice_only_when_it_republishes(source: str, sides: set[str]) -> None:
    assert outlet_sides(source) == sides
