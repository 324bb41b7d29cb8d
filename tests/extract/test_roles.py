"""The office a person is named with joins the person's mentions (texts written for these tests)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _people(text: str) -> dict[str, list[str]]:
    an = analyze([Article("a1", text, source="Karsen Wire", date="2024-01-17")])
    return {e.name: [m.text for m in e.mentions] for e in an.entities if e.kind == "person"}


@pytest.mark.parametrize(("text", "person", "office"), [
    pytest.param("At least 40 people were killed, according to Karim Haddad, deputy head of the Karsen president's "
                 "office.", "Karim Haddad", "deputy head", id="apposition-after-the-name"),
    pytest.param("The trucks drove away, said Ivan Petrenko, the chief military spokesperson.", "Ivan Petrenko",
                 "the chief military spokesperson", id="apposition-with-its-modifiers"),
    pytest.param("The President of Norland, Ivan Petrenko, said tonight that the rebels had attacked.",
                 "Ivan Petrenko", "The President", id="apposition-before-the-name"),
    pytest.param("According to the deputy head of the President's Office, Karim Haddad, a missile struck the building.",
                 "Karim Haddad", "the deputy head", id="office-and-comma-before-the-name"),
    pytest.param("The mall had been closed, city mayor Ivan Petrenko said on Tuesday.", "Ivan Petrenko",
                 "city mayor", id="lowercase-title-before-the-name"),
])
def test_the_office_a_person_is_named_with_is_a_mention_of_that_person(text: str, person: str, office: str) -> None:
    people = _people(text)
    assert office in people.get(person, []), people


def test_a_group_named_in_the_office_stays_the_group_s() -> None:
    """"Kremlin spokesman Ivan Petrenko": the Kremlin is not Petrenko; his office is "spokesman"."""
    people = _people("Kremlin spokesman Ivan Petrenko said the strike hit a depot in Tel Amra.")
    assert people.get("Ivan Petrenko") == ["spokesman", "Ivan Petrenko"], people


@pytest.mark.parametrize("text", [
    pytest.param("Rebels shelled the town of Tel Amra, Ivan Petrenko said on Monday.", id="a-place-before-the-comma"),
    pytest.param("The strike hit the President's palace, Ivan Petrenko said on Monday.",
                 id="a-title-in-the-possessive-names-no-office"),
    pytest.param("The commander left the base, Jane Doyle told reporters.", id="a-verb-between-title-and-comma"),
])
def test_guard_a_name_after_a_comma_with_no_title_before_it_gets_no_office(text: str) -> None:
    people = _people(text)
    assert people and all(m == name for name, ms in people.items() for m in ms), people


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("The wife of the mayor, Lina Moradi, said the town was calm.", "Lina Moradi",
                 id="the-office-of-someone-else-named-first"),
    pytest.param("The bodyguard of the governor, Karim Haddad, was killed in the strike.", "Karim Haddad",
                 id="a-kind-of-person-heads-the-phrase"),
    pytest.param("Speaking to the governor, Karim Haddad said the town was calm.", "Karim Haddad",
                 id="a-clause-before-the-name-and-no-comma-after-it"),
    pytest.param("The rebels killed the governor, Karim Haddad said.", "Karim Haddad", id="the-speaker-after-an-act"),
    pytest.param("Ivan Petrenko, the mayor, Karim Haddad and Lina Moradi were killed in the strike.", "Karim Haddad",
                 id="a-list-of-names"),
    pytest.param("Karim Haddad, Ivan Petrenko and Lina Moradi, the mayor, said the town was calm.", "Ivan Petrenko",
                 id="an-apposition-not-right-after-the-name"),
])
def test_guard_an_office_near_a_name_but_not_set_beside_it_is_not_the_person_s(text: str, person: str) -> None:
    people = _people(text)
    assert people.get(person) == [person], people


def test_the_office_s_words_stop_at_a_name_inside_a_possessive() -> None:
    people = _people("Ivan Petrenko, the Norland army's spokesman, said the town was calm.")
    assert people.get("Ivan Petrenko") == ["Ivan Petrenko", "spokesman"], people
