"""Whose troops a count counts: two states' dead are two facts, and a state's count of its own
dead is no earlier tally of another voice's higher count (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

NORTH = Article("a1", "Two soldiers were killed on Tuesday when Pakistani troops opened fire across the border near "
                      "Karvan, the Indian army said. The army said six to ten Pakistani soldiers were killed in "
                      "its retaliation.", source="Indian state news agency", date="2024-03-05")
SOUTH = Article("a2", "A soldier was martyred on Tuesday when Indian troops opened fire across the border near "
                      "Karvan, the military's media wing said. Nine Indian soldiers were killed in the response, "
                      "it said.", source="Pakistani state news agency", date="2024-03-05")


def _texts(f, arts) -> set[tuple[str, str]]:
    by = {a.id: a for a in arts}
    return {(e.article, by[e.article].text[e.start:e.end]) for e in f.evidence}


def _soldier_findings(arts, relation):
    return [f for f in analyze(arts).findings if f.relation == relation and "soldier" in f.explanation]


@pytest.fixture(scope="module")
def both_sides():
    return NORTH, SOUTH


def test_each_armys_dead_are_set_against_the_other_sides_count_of_them(both_sides) -> None:
    shown = [_texts(f, both_sides) for f in _soldier_findings(list(both_sides), "contradict")]
    assert {("a1", "Two soldiers"), ("a2", "Nine Indian soldiers")} in [s & {
        ("a1", "Two soldiers"), ("a2", "Nine Indian soldiers")} for s in shown], shown
    assert any({("a2", "A soldier"), ("a1", "six to ten Pakistani soldiers")} <= s for s in shown), shown


def test_guard_two_armies_dead_never_clash_or_agree(both_sides) -> None:
    for relation in ("contradict", "agree"):
        for s in (_texts(f, both_sides) for f in _soldier_findings(list(both_sides), relation)):
            assert not {("a1", "Two soldiers"), ("a2", "A soldier")} <= s, (relation, s)
            assert not {("a1", "six to ten Pakistani soldiers"), ("a2", "Nine Indian soldiers")} <= s, (relation, s)


def test_guard_two_countries_things_are_two_counts() -> None:
    a = Article("a1", "Indian artillery destroyed four Pakistani posts near Karvan on Tuesday, the army said.",
                source="Daily Courier", date="2024-03-05")
    b = Article("a2", "Pakistani forces destroyed two Indian bunkers near Karvan on Tuesday, officials said.",
                source="Evening Gazette", date="2024-03-05")
    assert [f for f in analyze([a, b]).findings if f.relation == "contradict"] == []


MINISTRY = Article("a1", "The defence ministry said five soldiers were martyred on Tuesday while the Somali army "
                         "repelled an attack on the Karvan base.", source="Somali state news agency", date="2024-03-05")
ELDERS = Article("a2", "At least 19 soldiers were killed on Tuesday when fighters overran the Karvan base, elders "
                       "said.", source="Hill Country Post", date="2024-03-06")


def test_a_states_count_of_its_own_dead_is_no_earlier_tally_of_a_later_higher_count() -> None:
    (f,) = _soldier_findings([MINISTRY, ELDERS], "contradict")
    assert _texts(f, [MINISTRY, ELDERS]) == {("a1", "five soldiers"), ("a2", "At least 19 soldiers")}


def test_guard_an_outlet_of_no_side_gives_the_lower_count_as_a_tally_so_far() -> None:
    """The same words from an outlet that speaks for no side: the later, higher toll updates it."""
    plain = Article("a1", MINISTRY.text, source="Evening Gazette", date="2024-03-05")
    assert _soldier_findings([plain, ELDERS], "contradict") == []


def test_guard_troops_no_voice_owns_are_set_against_neither_army_where_two_armies_count_dead(both_sides) -> None:
    """A paper of no side gives "two soldiers": either army's, so no rival of either count."""
    paper = Article("a3", "Two soldiers were killed on Tuesday in an exchange of fire across the border near "
                          "Karvan, residents said.", source="Evening Gazette", date="2024-03-05")
    arts = [*both_sides, paper]
    for s in (_texts(f, arts) for f in _soldier_findings(arts, "contradict")):
        assert ("a3", "Two soldiers") not in s, s


def test_guard_the_soldiers_a_voices_own_forces_killed_are_the_enemys() -> None:
    """"Pakistani troops killed five soldiers", in Pakistan's words: India's, whom it does not name."""
    south = Article("a2", "Pakistani troops killed five soldiers near Karvan on Tuesday, the "
                          "military's media wing said.", source="Pakistani state news agency", date="2024-03-05")
    arts = [NORTH, south]
    for s in (_texts(f, arts) for f in _soldier_findings(arts, "contradict")):
        assert not {("a1", "six to ten Pakistani soldiers"), ("a2", "five soldiers")} <= s, s


def test_one_armys_counts_are_one_fact_whoever_names_the_owner() -> None:
    """Where only one state's troops are counted, its ministry's five, a wire's eight and the
    attackers' 43 are versions of one toll: one finding, however many voices name the owner."""
    wire = Article("a2", "Eight soldiers were killed on Tuesday when fighters attacked the Karvan base, a military "
                         "officer said.", source="Wire Service", date="2024-03-05")
    claim = Article("a3", "The Mujahideen killed 43 soldiers in the raid on the Karvan base on Tuesday, the group "
                          "said.", source="Calamada", date="2024-03-05")
    arts = [MINISTRY, wire, claim]
    (f,) = _soldier_findings(arts, "contradict")
    assert {("a1", "five soldiers"), ("a3", "43 soldiers")} <= _texts(f, arts)


def test_guard_the_enemys_soldiers_are_not_the_voices_own() -> None:
    """"Five enemy soldiers", in Pakistan's state agency: India's dead, set against India's own count."""
    south = Article("a2", "A Pakistani soldier was martyred near Karvan on Tuesday. Five enemy soldiers were killed in "
                          "the response, the military's media wing said.", source="Pakistani state news agency",
                    date="2024-03-05")
    arts = [NORTH, south]
    for s in (_texts(f, arts) for f in _soldier_findings(arts, "contradict")):
        assert not {("a2", "A Pakistani soldier"), ("a2", "Five enemy soldiers")} <= s, s


def test_guard_a_third_countrys_outlet_owns_no_troops_of_another_war() -> None:
    """Turkey's state agency on a battle in Sudan: its "seven soldiers" are no Turkish soldiers, so
    they stay rivals of the Sudanese counts."""
    suna = Article("a1", "Three soldiers were martyred on Tuesday when the Rapid Support Forces shelled an army base "
                         "in El Fasher, the Sudanese army said.", source="Sudan News Agency (SUNA)", date="2024-06-04")
    anadolu = Article("a2", "Seven soldiers were killed on Tuesday when the Rapid Support Forces shelled an army base "
                            "in El Fasher, local sources said.", source="Turkish state news agency",
                      date="2024-06-04")
    (f,) = _soldier_findings([suna, anadolu], "contradict")
    assert {("a1", "Three soldiers"), ("a2", "Seven soldiers")} <= _texts(f, [suna, anadolu])


def test_guard_a_states_own_later_count_updates_its_earlier_one() -> None:
    later = Article("a2", "The defence ministry said 12 soldiers were martyred on Tuesday while the Somali army "
                          "repelled an attack on the Karvan base.", source="Somali state news agency",
                    date="2024-03-06")
    assert _soldier_findings([MINISTRY, later], "contradict") == []


@pytest.mark.parametrize("noun, countries", [
    ("Iranian-made drones", set()),  # made, built, supplied in a country: no one's of that country
    ("Russian-built tanks", set()),
    ("US-supplied howitzers", set()),
    ("US-backed fighters", set()),
    ("Russian drones", {"RU"}),
    ("Indian soldiers", {"IN"}),
])
def test_the_countries_a_counted_noun_names(noun: str, countries: set[str]) -> None:
    from counterpoint.align.troop_owner import nationalities
    assert nationalities(noun) == countries


def test_guard_a_sides_losses_and_what_that_side_destroyed_are_two_counts() -> None:
    """"Seven RSF vehicles destroyed" and "RSF fighters destroyed 12 vehicles": each side's losses."""
    army = Article("a1", "The army destroyed seven RSF vehicles near Zamzam on Monday, a military spokesman said.",
                   source="Wire", date="2024-12-02")
    rsf = Article("a2", "Rapid Support Forces fighters destroyed 12 vehicles near Zamzam on Monday, the group said.",
                  source="Daily", date="2024-12-02")
    assert [f for f in analyze([army, rsf]).findings if f.relation == "contradict" and "vehicle" in f.explanation] == []


def test_guard_two_sides_counts_of_what_each_destroyed_are_two_counts() -> None:
    army = Article("a1", "The Sudanese army destroyed five vehicles near Zamzam on Monday, a military spokesman said.",
                   source="Wire", date="2024-12-02")
    rsf = Article("a2", "Rapid Support Forces fighters destroyed 12 vehicles near Zamzam on Monday, the group said.",
                  source="Daily", date="2024-12-02")
    assert [f for f in analyze([army, rsf]).findings if f.relation == "contradict" and "vehicle" in f.explanation] == []


def test_a_sides_own_losses_in_its_own_attack_stay_comparable() -> None:
    """"Three RSF vehicles were destroyed" in the RSF's assault and "25 RSF vehicles were destroyed"."""
    a = Article("a1", "The RSF attacked El Fasher on Friday and three RSF vehicles were destroyed in the assault, "
                      "the group said.", source="Wire", date="2024-06-07")
    b = Article("a2", "Twenty-five RSF vehicles were destroyed in the fighting in El Fasher on Friday, the army "
                      "said.", source="Daily", date="2024-06-07")
    assert [f for f in analyze([a, b]).findings if f.relation == "contradict" and "vehicle" in f.explanation]


def _killed_contradictions(arts) -> list:
    return [f for f in analyze(arts).findings if f.relation == "contradict" and "killed" in f.explanation]


def test_guard_the_states_allies_dead_and_its_enemies_dead_are_two_counts() -> None:
    """"Seven VDP" (the militia beside Burkina Faso's army) and "62 terrorists": two sides' dead."""
    a = Article("a1", "Terrorists attacked Djibo on Saturday. The army said seven VDP were killed in the fighting.",
                source="Agency", date="2023-10-14")
    b = Article("a2", "Jihadists stormed Djibo on Saturday. The army said 62 terrorists were killed.", source="Wire",
                date="2023-10-14")
    assert _killed_contradictions([a, b]) == []


@pytest.mark.parametrize("killed", [
    pytest.param("20 VDP", id="the-militia-named"),  # one side's dead, and the counts differ
    pytest.param("20 militiamen", id="militiamen"),  # the militia's dead told two ways may be one count
])
def test_the_militia_beside_the_armys_dead_named_two_ways_stay_comparable(killed: str) -> None:
    """"Seven VDP" (the army) against "20 VDP" or "20 militiamen" (residents): comparable counts."""
    a = Article("a1", "Jihadists attacked Djibo on Saturday. The army said seven VDP were killed in the fighting.",
                source="Agency", date="2023-10-14")
    b = Article("a2", f"Jihadists stormed Djibo on Saturday, killing {killed}, residents said.", source="Wire",
                date="2023-10-14")
    assert _killed_contradictions([a, b])


def test_guard_a_word_for_hired_fighters_may_count_the_states_allies() -> None:
    """"Seven Wagner mercenaries" and "20 mercenaries": Wagner's dead, told two ways, may be one count."""
    a = Article("a1", "Jihadists attacked a convoy near Gao, Mali, on Saturday. The Malian army said seven Wagner "
                      "mercenaries were killed.", source="Agency", date="2022-03-27")
    b = Article("a2", "Jihadists ambushed a convoy near Gao on Saturday, killing 20 mercenaries, residents said.",
                source="Wire", date="2022-03-27")
    assert _killed_contradictions([a, b])


def test_the_attackers_dead_told_alike_as_a_word_for_the_states_enemies_agree() -> None:
    """"62 assailants" (the army, through a wire) and "62 terrorists" (its news agency): one count."""
    a = Article("a1", "Jihadists attacked Djibo on Saturday. The army said 62 assailants had been killed.",
                source="Wire", date="2023-10-15")
    b = Article("a2", "Terrorists attacked Djibo on Saturday. The provisional toll reports 62 terrorists killed.",
                source="Agency", date="2023-10-14")
    found = [f for f in analyze([a, b]).findings if f.relation == "agree" and "62" in f.explanation]
    assert found and {("a1", "62 assailants"), ("a2", "62 terrorists")} <= _texts(found[0], [a, b]), found


def test_guard_the_attackers_and_the_states_enemies_told_differently_are_no_rivals() -> None:
    """"62 assailants" and "40 terrorists" may be different dead (attacker is a role): neither
    agree nor clash."""
    a = Article("a1", "Jihadists attacked Djibo on Saturday. The army said 62 assailants had been killed.",
                source="Wire", date="2023-10-15")
    b = Article("a2", "Terrorists attacked Djibo on Saturday. The provisional toll reports 40 terrorists killed.",
                source="Agency", date="2023-10-14")
    found = analyze([a, b]).findings
    assert not [f for f in found if f.relation in ("agree", "contradict") and "62" in f.explanation
                and "40" in f.explanation], [f.explanation for f in found]


STATE_AGENCY = Article("a1", "Terrorists attacked the army base in Djibo on Saturday. The provisional toll reports 62 "
                             "terrorists killed, the general staff said.", source="AIB (Burkina state news agency)",
                       date="2023-10-14")


def test_guard_two_opposed_voices_counts_of_the_other_sides_armed_men_are_two_counts() -> None:
    """"62 terrorists" (the army's agency) and "31 members of the militias" (JNIM's statement): each
    side counts the other's dead."""
    jnim = Article("a2", "JNIM fighters raided the barracks in Djibo on Saturday. By the grace of Allah, 31 members of "
                         "the militias were killed, JNIM said.", source="JNIM statement", date="2023-10-14")
    assert _killed_contradictions([STATE_AGENCY, jnim]) == []


def test_a_voices_own_armed_men_against_the_other_sides_count_of_them_still_contradict() -> None:
    """JNIM's "12 of its militants" killed against the army's "62 terrorists": one side's dead, told two ways."""
    jnim = Article("a2", "JNIM fighters raided the barracks in Djibo on Saturday. JNIM said 12 of its militants were "
                         "killed in the operation.", source="JNIM statement", date="2023-10-14")
    assert _killed_contradictions([STATE_AGENCY, jnim])


def test_the_attackers_the_states_forces_killed_are_counted_as_the_states_enemies() -> None:
    """"troops had killed about 20 of the attackers", a Somali army officer said: the state's forces
    fought them, so the attackers are the state's enemies and the count is set against the state
    agency's "more than 70 of the terrorists", though the two claims name opposed doers."""
    wire = Article("a1", "Al Shabaab fighters attacked an army base in Buulobarde, Somalia, on Tuesday. Hassan Nur, a "
                         "Somali army officer, said troops had killed about 20 of the attackers.", source="Wire",
                   date="2022-06-15")
    agency = Article("a2", "The Somali National Army repulsed an attack by terrorists on a base in Buulobarde on "
                           "Tuesday, killing more than 70 of the terrorists, the ministry said.", source="State Agency",
                     date="2022-06-15")
    found = [f for f in analyze([wire, agency]).findings if f.relation == "contradict" and "20" in f.explanation
             and "71" in f.explanation]
    assert found, [f.explanation for f in analyze([wire, agency]).findings]


def test_guard_the_attackers_rebels_killed_are_no_count_of_the_states_enemies() -> None:
    """Attacker is a role: "the rebels killed about 20 of the attackers" counts whoever attacked them."""
    rebels = Article("a1", "Fighting broke out at a rebel base in Buulobarde, Somalia, on Tuesday. The rebels killed "
                           "about 20 of the attackers, a rebel commander said.", source="Wire", date="2022-06-15")
    agency = Article("a2", "The Somali National Army repulsed an attack by terrorists on a base in Buulobarde on "
                           "Tuesday, killing more than 70 of the terrorists, the ministry said.", source="State Agency",
                     date="2022-06-15")
    found = analyze([rebels, agency]).findings
    assert not [f for f in found if f.relation == "contradict" and "20" in f.explanation and "71" in f.explanation], \
        [f.explanation for f in found]
