"""Whom an outlet's own voice speaks for, read from its source line (lines written here)."""

from __future__ import annotations

import pytest

from counterpoint.nlp.lexicons import actors, organizations
from counterpoint.resolve.outlets import outlet_sides


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
