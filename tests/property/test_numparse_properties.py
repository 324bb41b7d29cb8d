"""Property tests for counterpoint.extract.numparse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.extract.numparse import find_numbers, parse_number

# Words that steer the parser into its less common paths, mixed with arbitrary text.
_VOCAB = [
    "up to", "at least", "more than", "nearly", "about", "some", "between", "and", "from", "to", "or",
    "dozens", "hundreds", "of", "thousands", "tens", "a", "dozen", "half", "one", "twenty", "-", "eight",
    "hundred", "million", "bn", "$", "€", "%", "per cent", "May", "Oct.", "21st", "year-old", "aged",
    "days", "km", "a.m.", "12:00", "0300", "2019", "1,200", "1.5", "+", "plus", "or so", "T-72", "in",
    "since", ",", ".", "(", ")", "no", "fewer than", "first", "thirds", "2019-05-25", "11/10/2020", "\u00a0",
]
_pieces = st.one_of(st.sampled_from(_VOCAB), st.integers(0, 10**7).map(str), st.text(max_size=6))
_phrases = st.lists(_pieces, max_size=14).map(" ".join)
_texts = st.one_of(st.text(max_size=200), _phrases)


def _check(text: str) -> None:
    found = find_numbers(text)
    prev_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= prev_end  # sorted and non-overlapping
        prev_end = m.end
        if m.low is not None and m.high is not None:
            assert m.low <= m.high
        assert m.kind in ("count", "share", "money", "measure", "date", "time", "year", "age", "ordinal",
                          "duration", "other")


@settings(max_examples=400)
@given(_texts)
def test_numparse_find_numbers_never_raises_and_is_consistent(text):
    _check(text)


@settings(max_examples=300)
@given(_texts)
def test_numparse_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or isinstance(value, float)


_formats = st.sampled_from(["{:d}", "{:,d}"])


@given(st.integers(0, 10**9), _formats, st.sampled_from(["up to", "Up to", "as many as", "at most"]),
       st.sampled_from(["", " people", " were killed", ".", ", officials said"]))
def test_numparse_up_to_n(n, fmt, hedge, tail):
    text = f"{hedge} {fmt.format(n)}{tail}"
    m = find_numbers(text)[0]
    assert m.start == 0 and m.hedge == "up_to"
    assert m.low is None and m.high == n


@given(st.integers(0, 10**9), _formats, st.sampled_from(["at least", "At least", "no fewer than"]),
       st.sampled_from(["", " tanks", " people died", "."]))
def test_numparse_at_least_n(n, fmt, hedge, tail):
    text = f"They said {hedge} {fmt.format(n)}{tail}"
    m = find_numbers(text)[0]
    assert m.hedge == "at_least" and m.low == n and m.high is None


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_numparse_between_is_ordered(a, b):
    lo, hi = min(a, b), max(a, b)
    m = find_numbers(f"between {lo} and {hi} fighters")[0]
    assert (m.low, m.high, m.hedge) == (lo, hi, "range")


@given(st.integers(0, 10**9))
def test_numparse_more_than_and_exact(n):
    (more,) = find_numbers(f"more than {n:,d} shells")
    assert more.low == n + 1 and more.high is None
    exact = [m for m in find_numbers(f"they counted {n:,d} shells") if m.kind == "count"]
    assert [(m.low, m.high) for m in exact] == [(n, n)]
    assert parse_number(f"{n:,d}") == n


@given(st.lists(st.sampled_from(["about 5", "7 people", "at least 3", "nearly 40", "dozens", "two to four"]),
                min_size=1, max_size=8))
def test_numparse_concatenated_phrases_each_found(parts):
    text = "; ".join(parts)
    found = find_numbers(text)
    assert len(found) == len(parts)
    _check(text)
