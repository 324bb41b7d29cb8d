"""Property tests for the wire dateline reader: any text, any position; and any city, date and
agency, the story starts right after the dateline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.extract.datelines import dateline_span

_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=300)
@given(_texts, st.integers(0, 200))
def test_dateline_span_never_raises_and_stays_on_its_line(text: str, at: int) -> None:
    at = min(at, len(text))
    span = dateline_span(text, at)
    if span is not None:
        line = text.rfind("\n", 0, at) + 1
        assert line <= span[0] < span[1] <= len(text)
        assert "\n" not in text[span[0]:span[1]]


_city = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=3, max_size=9), min_size=1, max_size=2)
_month = st.sampled_from(["Jan", "March", "Aug.", "Oct", "December"])


@given(_city, _month, st.integers(1, 28), st.sampled_from(["", " (Reuters)", " (AFP)"]),
       st.sampled_from([" - ", " -- ", " \u2014 "]))
def test_the_story_starts_after_the_dateline(city: list[str], month: str, day: int, agency: str, dash: str) -> None:
    story = "Rebel commanders said the town had fallen."
    text = f"{' '.join(city)}, {month} {day}{agency}{dash}{story}"
    span = dateline_span(text, 0)
    assert span is not None and text[span[1]:] == story, (text, span)
