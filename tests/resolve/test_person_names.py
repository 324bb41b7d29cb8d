"""A person's name without titles (resolve/person_names.py)."""

from __future__ import annotations

import pytest

from counterpoint.resolve.person_names import person_name


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Major General Ivan Petrenko", "Ivan Petrenko", id="ranks-before-the-name"),
    pytest.param("President Petrenko", "Petrenko", id="a-title-before-a-surname"),
    pytest.param("mayor of Tel Amra", "mayor of Tel Amra", id="an-office-named-by-its-place-stays-whole"),
    pytest.param("head of the UN mission", "head of the UN mission", id="an-office-named-by-its-body-stays-whole"),
])
def test_a_person_s_name_drops_titles_but_an_office_named_by_what_it_is_of_stays_whole(text: str, name: str) -> None:
    assert person_name(text) == name
