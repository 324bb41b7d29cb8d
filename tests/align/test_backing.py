"""Backing: a charge that a state backs the fighters, and its rejection (align/backing.py)."""

from __future__ import annotations

import pytest

from counterpoint.align.backing import backing_claims
from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model

WIRE = ("KASSALA, Sudan, May 3 - Rebels seized two villages near Kassala on Sunday after a day of fighting with "
        "the army, residents said.\n\n"
        "Sudan's army said the rebels had been backed by Eritrean troops. It said 14 rebels were killed.\n\n"
        "Eritrea's information minister Osman Saleh said the accusation was \"baseless\". \"Eritrea is not "
        "involved in this conflict,\" he said.")
STATE = ("KASSALA, May 3 (Sudan News Agency) - The armed forces on Sunday repelled an attack by the rebels, "
         "supported by the Eritrean Defence Forces, against their positions near Kassala, a military "
         "spokesman said.")
REBELS = ("Statement of the Eastern Front\n\nOur fighters liberated two villages near Kassala on Sunday. The "
          "Eastern Front rejects the false accusations of the Khartoum regime that our movement is supported "
          "by Eritrea or any foreign country.")


def _disputes(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2023-05-03") for i, t in enumerate(texts)]
    an = analyze(arts)
    text = {a.id: a.text for a in arts}
    return [(f.explanation, [(e.article, text[e.article][e.start:e.end]) for e in f.evidence])
            for f in an.findings if f.relation == "dispute"]


def _backers(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    arts = [Article("a1", text, source="Outlet", date="2023-05-03")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    return [(b.backer, b.countries, b.sides) for b in backing_claims(cx)]


def _backing_dispute(disputes, word: str):
    return [(x, ev) for x, ev in disputes if "charge of backing" in x and any(word in s for _, s in ev)]


def test_a_bare_rejection_with_a_denial_of_involvement_answers_the_charge_of_backing() -> None:
    """"said the accusation was baseless. 'Eritrea is not involved'": the charge that Eritrean troops
    back the rebels, as the wire and the state agency tell it; not the army's count of the dead."""
    found = _backing_dispute(_disputes(WIRE, STATE), "baseless")
    assert found, _disputes(WIRE, STATE)
    shown = [s for _, s in found[0][1]]
    assert "the rebels had been backed by Eritrean troops" in shown, shown
    assert "supported by the Eritrean Defence Forces" in shown, shown
    assert not any("14 rebels" in s for s in shown), shown


def test_a_denial_in_the_first_person_is_of_the_speakers_countrys_involvement() -> None:
    """"We are not involved", said by Eritrea's minister: Eritrea's backing is what is denied."""
    wire = WIRE.replace("\"Eritrea is not involved", "\"We are not involved")
    assert _backing_dispute(_disputes(wire, STATE), "baseless"), _disputes(wire, STATE)


def test_a_rejection_that_names_the_backer_answers_the_charge_wherever_told() -> None:
    """"rejects the false accusations ... that our movement is supported by Eritrea": the backed
    group's rejection answers both other articles' charge."""
    found = _backing_dispute(_disputes(WIRE, STATE, REBELS), "supported by Eritrea")
    assert found, _disputes(WIRE, STATE, REBELS)
    shown = {(a, s) for a, s in found[0][1]}
    assert ("a1", "the rebels had been backed by Eritrean troops") in shown, shown
    assert ("a2", "supported by the Eritrean Defence Forces") in shown, shown


def test_guard_a_denial_of_another_countrys_involvement_answers_no_charge_of_backing() -> None:
    """Ethiopia saying it is not involved does not answer the charge against Eritrea."""
    wire = WIRE.replace("Eritrea's information minister Osman Saleh", "Ethiopia's government spokesman Legesse "
                        "Tulu").replace("\"Eritrea is not involved in this conflict", "\"Ethiopia is not involved in "
                                        "this conflict between Sudan and Eritrea")
    assert not _backing_dispute(_disputes(wire, STATE), "baseless"), _disputes(wire, STATE)


def test_guard_a_rejection_that_tells_of_an_act_of_its_own_answers_that_act_not_the_backing() -> None:
    """"denied that Eritrean jets bombed the villages": what it denies is the bombing (align/disputes.py)."""
    wire = WIRE.replace("said the accusation was \"baseless\".", "denied that Eritrean jets bombed the villages.")
    assert not _backing_dispute(_disputes(wire, STATE), "denied"), _disputes(wire, STATE)


def test_guard_a_bare_rejection_with_no_denial_of_involvement_after_it_is_no_rejection_of_backing() -> None:
    wire = WIRE.replace("\"Eritrea is not involved in this conflict,\" he said.", "He gave no details.")
    assert not _backing_dispute(_disputes(wire, STATE), "baseless"), _disputes(wire, STATE)


def test_guard_a_rejection_of_the_backing_of_other_fighters_answers_no_charge_about_these() -> None:
    """The army's spokesman rejecting reports that the army is supported by Eritrea does not answer
    the residents' charge that the RSF are."""
    state = ("KASSALA, May 3 (Sudan News Agency) - A military spokesman rejected reports that the army is "
             "supported by Eritrea as \"fabricated\".")
    residents = ("KASSALA, May 3 - Residents said the Rapid Support Forces had been backed by Eritrean troops in the "
                 "fighting.")
    assert not _backing_dispute(_disputes(residents, state), "fabricated"), _disputes(residents, state)


def test_a_rejection_of_backing_is_no_rejection_of_the_incidents_acts() -> None:
    """"said the accusation was baseless": no other dispute sets it against the army's toll."""
    assert not any("baseless" in x and "charge of backing" not in x for x, _ in _disputes(WIRE, STATE)), \
        _disputes(WIRE, STATE)


@pytest.mark.parametrize("denial", [
    "\"Eritrea is not behind this attack,\" he said.",  # who did it, not who backs whom
    "\"The army had no air support,\" he said.",
])
def test_guard_a_denial_of_the_act_or_of_something_else_is_no_denial_of_backing(denial: str) -> None:
    wire = WIRE.replace("\"Eritrea is not involved in this conflict,\" he said.", denial)
    assert not _backing_dispute(_disputes(wire, STATE), "baseless"), _disputes(wire, STATE)


def test_guard_a_denial_of_an_act_with_a_backer_in_it_answers_the_act() -> None:
    """"denied that its troops, supported by Eritrean forces, had shelled the villages": the
    shelling is what it denies."""
    first = ("KASSALA, May 3 - Sudanese troops, backed by Eritrean forces, shelled two villages near Kassala on "
             "Sunday, killing nine people, residents said.")
    second = ("Sudan's army spokesman Nabil Abdallah denied that its troops, supported by Eritrean forces, had "
              "shelled villages near Kassala on Sunday.")
    assert not _backing_dispute(_disputes(first, second), "denied"), _disputes(first, second)


@pytest.mark.parametrize("text, backer", [
    ("The rebels, backed by Eritrean troops, attacked the town on Sunday.", "Eritrean troops"),
    ("The army repelled an attack supported by the Eritrean Defence Forces, against its positions.",
     "the Eritrean Defence Forces"),
    # a backer named by its country is that country's, whatever army the troops are read as
    ("Sudan's army said the rebels had been backed by Eritrean troops.", "Eritrean troops"),
    ("The rebels backed by Eritrea had attacked the town on Sunday.", "Eritrea"),  # up to the verb
])
def test_the_backers_words_end_at_the_clause(text: str, backer: str) -> None:
    assert _backers(text) == [(backer, frozenset({"ER"}), frozenset())]


@pytest.mark.parametrize("text", [
    "Shells hit the field hospital supported by Doctors Without Borders on Sunday, witnesses said.",
    "The rebels are not backed by Eritrea, the minister said on Sunday.",
    "The resolution, supported by the United States, was adopted on Sunday.",  # no fighters backed
    "The rebels, backed by Russian-made tanks, attacked the town on Sunday.",  # equipment, not a backer
])
def test_guard_no_country_or_armed_actor_named_or_a_negated_charge_is_no_backing(text: str) -> None:
    assert _backers(text) == [], _backers(text)
