"""How long it lasted: voices giving different spans for a multi-day operation contradict."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

RANGE = "The ministry said the army operation in Tel Amra took place from March 23 to 31, killing 40 militants."


def _lasted(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-04-02") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings if f.relation == "contradict"
            and f.explanation.startswith("How long it lasted")]


@pytest.mark.parametrize("other", [
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra that began on "
                 "March 27.", id="another-first-day"),
    pytest.param("Rights groups said 40 villagers were killed during a five-day military operation in Tel Amra.",
                 id="another-length"),
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra from 27 to 31 "
                 "March.", id="a-range-in-day-month-order"),
])
def test_spans_that_cannot_both_be_true_of_one_operation_contradict(other: str) -> None:
    found = _lasted(RANGE, other)
    assert len(found) == 1 and "Outlet 1" in found[0] and "Outlet 2" in found[0], found


@pytest.mark.parametrize("other", [
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra that began on "
                 "March 23.", id="the-same-first-day"),
    pytest.param("Rights groups said 40 villagers were killed during a nine-day military operation in Tel Amra.",
                 id="the-same-length"),
    pytest.param("Rights groups said 40 villagers were killed in Tel Amra, days before a three-day visit by the "
                 "president that began on March 2.", id="a-visit-is-no-act"),
])
def test_guard_spans_that_fit_or_tell_of_no_act_raise_no_conflict(other: str) -> None:
    assert not _lasted(RANGE, other)


def test_guard_a_span_that_began_after_the_other_article_was_published_is_another_operation() -> None:
    first = Article("a1", "Rebels killed 38 civilians in a two-day offensive on Tel Amra, monitors said.",
                    source="Outlet 1", date="2016-11-12")
    second = Article("a2", "The agency said 84 people were killed in fighting near Tel Amra between Nov. 14 and "
                           "Nov. 17.", source="Outlet 2", date="2016-11-18")
    found = [f for f in analyze([first, second]).findings if f.explanation.startswith("How long it lasted")]
    assert not found, [f.explanation for f in found]


def test_the_words_that_are_no_length_of_an_act() -> None:
    from counterpoint.align.duration import LENGTH
    assert not LENGTH.search("in the last 15 days of fighting")  # a period, not how long an act lasted
    assert LENGTH.search("the offensive lasted nine days").group("n2") == "nine"
