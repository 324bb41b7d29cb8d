"""The words a rejection and the claim it answers share (align/anchors.py, used by align/disputes.py)."""

from __future__ import annotations

from counterpoint.align.anchors import anchors as _anchors


def test_kinds_of_people_meet_through_their_category() -> None:
    assert "combatants" in _anchors("denied the presence of fighters") & _anchors("insurgents used the building")


def test_the_speakers_own_name_and_the_rejection_words_are_not_content() -> None:
    words = _anchors("accusations that are not based on any evidence against our Air Force")
    assert not {"air", "force", "accusation", "evidence"} & words


def test_countries_meet_through_their_demonyms() -> None:
    assert _anchors("Allegations implicating Pakistan are baseless") & _anchors("used by a Pakistani operative")
