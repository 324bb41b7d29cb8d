"""Who holds a place, said as a state, against the opposed side's taking of it (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

HELD = Article("a1", "Bunagana remains under the control of the Congolese army, a military spokesman said on Monday.",
               source="Evening Gazette", date="2022-06-13")
TAKEN = Article("a2", "M23 rebels seized the town of Bunagana on Monday, local officials said.", source="Wire",
                date="2022-06-13")


def _held(arts):
    return [f for f in analyze(arts).findings if f.relation == "contradict" and "held by" in f.explanation]


def _texts(f, arts):
    by = {a.id: a for a in arts}
    return {(e.article, by[e.article].text[e.start:e.end]) for e in f.evidence}


def test_a_place_held_by_the_army_and_taken_by_the_rebels_is_a_contradiction() -> None:
    (f,) = _held([HELD, TAKEN])
    shown = _texts(f, [HELD, TAKEN])
    assert any(a == "a1" and "under the control of" in t for a, t in shown), shown
    assert any(a == "a2" and "seized the town of Bunagana" in t for a, t in shown), shown
    assert "At Bunagana" in f.explanation


def test_our_control_is_the_control_of_the_side_the_outlet_speaks_for() -> None:
    """The rebels' communiqué: "Bunagana, which is now under our control"."""
    ours = Article("a2", "Our fighters pushed the enemy beyond Bunagana, which is now under our control, on Monday.",
                   source="M23 communique", date="2022-06-13")
    assert len(_held([HELD, ours])) == 1


def test_guard_the_same_side_holding_and_taking_a_place_agree() -> None:
    took = Article("a2", "Congolese army troops recaptured the town of Bunagana on Monday, officials said.",
                   source="Wire", date="2022-06-13")
    assert _held([HELD, took]) == []


def test_guard_a_holding_told_of_another_week_is_another_state() -> None:
    later = Article("a2", TAKEN.text.replace("on Monday", "on Saturday"), source="Wire", date="2022-06-18")
    assert _held([HELD, later]) == []


def test_guard_a_place_not_held_is_no_holding() -> None:
    lost = Article("a1", "Bunagana is no longer under the control of the Congolese army, a military spokesman said on "
                         "Monday.", source="Evening Gazette", date="2022-06-13")
    assert _held([lost, TAKEN]) == []


def test_guard_two_takings_are_no_holding() -> None:
    """The rebels' taking and the army's retaking of one town: a sequence, not a holding (align/control.py)."""
    took = Article("a1", "Congolese army troops recaptured the town of Bunagana on Monday, officials said.",
                   source="Evening Gazette", date="2022-06-13")
    assert _held([took, TAKEN]) == []


def test_a_holding_is_told_at_the_town_not_again_at_its_province() -> None:
    held = Article("a1", "Goma in North Kivu province remains under the control of the Congolese army, a military "
                         "spokesman said on Monday.", source="Evening Gazette", date="2022-06-13")
    taken = Article("a2", "M23 rebels seized the city of Goma in North Kivu province on Monday, local officials "
                          "said.", source="Wire", date="2022-06-13")
    (f,) = _held([held, taken])
    assert "At Goma" in f.explanation


def test_a_source_line_of_blanks_names_no_outlet() -> None:
    """An input whose source is only spaces: compared as an outlet with no name, not a crash."""
    blank = Article("a1", HELD.text, source="   ", date="2022-06-13")
    assert analyze([blank, TAKEN]).findings


def test_two_articles_saying_one_side_withdrew_toward_a_place_agree() -> None:
    a = Article("a1", "Congolese army soldiers withdrew toward Uganda on Monday night, officials said.", source="Wire",
                date="2022-06-13")
    b = Article("a2", "Congolese army troops retreated to Uganda on Monday, residents said.", source="Daily",
                date="2022-06-13")
    found = [f for f in analyze([a, b]).findings if f.relation == "agree" and "withdrew" in f.explanation]
    assert len(found) == 1 and "Uganda" in found[0].explanation, [f.explanation for f in analyze([a, b]).findings]


def test_guard_a_side_withdrawing_from_a_place_and_retaking_it_told_alike_is_no_agreement() -> None:
    a = Article("a1", "Congolese army soldiers withdrew from Bunagana on Monday, officials said.", source="Wire",
                date="2022-06-13")
    b = Article("a2", "Congolese army troops recaptured the town of Bunagana on Monday, officials said.",
                source="Daily", date="2022-06-13")
    found = [f for f in analyze([a, b]).findings if f.relation == "agree" and "same side" in f.explanation]
    assert found == [], [f.explanation for f in found]


def test_guard_a_holding_that_ended_is_none() -> None:
    past = Article("a1", "Bunagana had been under the control of the Congolese army until Monday, a military "
                         "spokesman said.", source="Evening Gazette", date="2022-06-13")
    assert _held([past, TAKEN]) == []


def test_rebels_in_control_of_a_town_hold_it_against_the_army_retaking_it() -> None:
    """"in control of the town": the subject holds it, the "of" phrase is the place."""
    held = Article("a1", "M23 rebels are in control of Bunagana on Monday, local officials said.", source="Wire",
                   date="2022-06-13")
    retaken = Article("a2", "The Congolese army recaptured Bunagana on Monday, a military spokesman said.",
                      source="Evening Gazette", date="2022-06-13")
    (f,) = _held([held, retaken])
    assert any("in control of Bunagana" in t for _, t in _texts(f, [held, retaken]))


def test_a_holding_of_the_town_unnamed_is_held_at_the_place_its_article_tells_of() -> None:
    """"the rebels remain in control of the town" in a report whose act is at Bunagana."""
    held = Article("a1", "M23 rebels attacked Bunagana on Sunday, residents said. A rebel spokesman said on Monday "
                   "the rebels remain in control of the town.", source="Wire", date="2022-06-13")
    retaken = Article("a2", "The Congolese army recaptured Bunagana on Monday, a military spokesman said.",
                      source="Evening Gazette", date="2022-06-13")
    (f,) = _held([held, retaken])
    assert any(a == "a1" and "in control" in t for a, t in _texts(f, [held, retaken])), _texts(f, [held, retaken])


def test_guard_an_unnamed_town_held_where_its_article_tells_of_no_act_is_no_holding_there() -> None:
    held = Article("a1", "M23 rebels remain in control of the town, a rebel spokesman said on Monday.",
                   source="Wire", date="2022-06-13")
    retaken = Article("a2", "The Congolese army recaptured Bunagana on Monday, a military spokesman said.",
                      source="Evening Gazette", date="2022-06-13")
    assert _held([held, retaken]) == []


def test_guard_an_unnamed_holding_of_no_place_is_no_holding() -> None:
    """"remain in control of the situation" holds no town."""
    held = Article("a1", "M23 rebels attacked Bunagana on Monday, residents said. Congolese troops remain in control "
                   "of the situation, an army spokesman said.", source="Wire", date="2022-06-13")
    taken = Article("a2", "M23 rebels seized Bunagana on Monday, local officials said.", source="Post",
                    date="2022-06-13")
    assert _held([held, taken]) == []


def test_the_side_put_in_control_of_a_town_holds_it() -> None:
    """"The army put local militias in control of Bunagana": the militias hold it, not the army."""
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", "The Congolese army put local militias in control of Bunagana on Monday, residents "
                          "said.", source="Wire", date="2022-06-13")])
    (c,) = [c for c in an.claims if c.event and c.event.type == "territory_held"]
    names = {m.text for e in an.entities if e.id in c.event.actors for m in e.mentions}
    assert names and not any("army" in n for n in names), names


def test_guard_a_holding_placed_by_name_stays_at_that_place() -> None:
    held = Article("a1", "M23 rebels attacked Bunagana on Monday, residents said. The Congolese army remains in "
                   "control of the town of Rutshuru, an army spokesman said.", source="Wire", date="2022-06-13")
    taken = Article("a2", "M23 rebels seized Bunagana on Monday, local officials said.", source="Post",
                    date="2022-06-13")
    assert _held([held, taken]) == []
