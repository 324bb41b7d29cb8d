"""What a figure counts (align.figures.counted_group): whole tolls, groups, coordinated groups."""

from __future__ import annotations

import pytest

from counterpoint.align.figures import counted_group
from counterpoint.records import Quantity


def _q(noun: str | None, category: str | None = "people", role: str = "killed") -> Quantity:
    return Quantity("q1", "a1", 0, 1, "x", 3, 3, noun=noun, category=category, role=role)


@pytest.mark.parametrize(("noun", "category", "group"), [
    ("people", "people", "people"),
    ("civilians", "civilians", "people"),
    ("staff", "people", "staff"),
    ("staff dead", "people", "staff"),
    ("staff and patients", "people", "patient+staff"),
    ("Ukrainian service members", "state_troops", "state_troops"),
    (None, None, "people"),
])
def test_counted_group(noun: str | None, category: str | None, group: str) -> None:
    assert counted_group(_q(noun, category)) == group


