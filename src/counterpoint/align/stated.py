"""How a stated figure is compared and shown: its interval (the hedges read as bounds), its size as
stated, and its words ("up to 350 killed")."""

from __future__ import annotations

from ..extract.numparse import vague_most
from ..records import Quantity
from .intervals import Interval

STRICT_HEDGES = {"more_than", "less_than", "almost"}


def interval(q: Quantity) -> Interval:
    most = vague_most(q.text) if q.hedge == "vague" else None  # "hundreds" cannot be 2,500
    if most is not None and q.low is not None and most < q.low:
        most = None  # the word read as part of a larger number than its own most
    return Interval(q.low, q.high, q.approx, q.hedge in STRICT_HEDGES, most)


def size(q: Quantity) -> float:
    """How many a figure says at most as it is stated: "up to 350" 350, "at least 44" 44."""
    return float(q.high if q.high is not None else q.low or 0)


def describe(q: Quantity) -> str:
    """"up to 350 killed": the figure as the article hedges it, and what it counts."""
    if q.low == 0 and q.high == 0:
        num = "no"  # "no colony employee wounded"
    elif q.low is not None and q.high is not None and q.low == q.high:
        num = _fmt(q.low)
        num = f"about {num}" if q.approx else num
    elif q.low is not None and q.high is not None:
        num = f"{_fmt(q.low)} to {_fmt(q.high)}"
    elif q.low is not None:
        num = f"at least {_fmt(q.low)}"
    elif q.high is not None:
        num = f"up to {_fmt(q.high)}"
    else:
        num = q.text
    if q.hedge == "vague" and q.high is None:
        num = _vague_word(q)  # "thousands of people", not "at least 2,000 of people"
    return f"{num} {q.what}" if q.what else num


def _vague_word(q: Quantity) -> str:
    """"thousands" of "thousands of people"; "several dozen" of "several dozen assailants", whose
    noun the description adds again."""
    words = q.text.split()
    cut = next((i for i, w in enumerate(words) if w.lower() == "of"), len(words))
    if cut < len(words):
        return " ".join(words[:cut]) if cut else q.text
    if q.noun and q.text.endswith(" " + q.noun):
        return q.text[:-len(q.noun)].strip()
    return q.text


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"
