"""Interval arithmetic on hedged figures, category roll-ups and revision logic (pure functions).

A figure is an inclusive interval [low, high] (None = open). Approximate figures ("about 40")
widen by a relative tolerance; a hedged bound may sit one off ("more than 800" against 800).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    low: float | None
    high: float | None
    approx: bool = False
    strict: bool = False  # a strict hedge ("more than 800", "almost 40"): the written number is one off
    most: float | None = None  # a vague word's most, where it has one ("hundreds": 999)

    def bounds(self, tolerance: float = 0.0, slack: float = 0.0) -> tuple[float, float]:
        slack = slack if self.strict else 0.0
        lo = 0.0 if self.low is None else float(self.low)
        hi = float(self.high) if self.high is not None else INF if self.most is None else float(self.most)
        if self.approx:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        if self.low is not None and self.high is None:
            lo -= slack  # "more than 800" vs 800
        if self.high is not None and self.low is None:
            hi += slack  # "almost 40" vs 40
        return lo, hi

    @property
    def anchor(self) -> float | None:
        """The number as written: the bound that is set (the low one for a range)."""
        return self.low if self.low is not None else self.high

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approx


def compatible(a: Interval, b: Interval, tolerance: float = 0.15) -> bool:
    """Can both figures be true at once? A strict hedge may sit one off a figure ("more than 800"
    against 800, the number it rounds), not off another bound: "as many as 100" and "more than
    100" cannot both hold."""
    alo, ahi = a.bounds(tolerance, slack=1 if _point(b) else 0)
    blo, bhi = b.bounds(tolerance, slack=1 if _point(a) else 0)
    return max(alo, blo) <= min(ahi, bhi)


def _point(iv: Interval) -> bool:
    return iv.low is not None and iv.low == iv.high


def same_figure(a: Interval, b: Interval, tolerance: float = 0.15) -> bool:
    """Both state the same number and are compatible: give or take a hedge's one, the relative
    ``tolerance`` when one is approximate ("about 40" and 44), and ``BOUND_NEAR`` when a one-sided
    bound meets a figure just inside it ("more than 200" and 203)."""
    if a.anchor is None or b.anchor is None or not compatible(a, b, tolerance):
        return False
    if _vague(a) or _vague(b):
        return False  # "hundreds" fits "more than 200" but does not state it; "dozens" and "dozens" say little
    allowed = 1.0
    if (a.approx and a.low == a.high) or (b.approx and b.low == b.high):
        allowed = max(allowed, tolerance * max(a.anchor, b.anchor))  # "about 40" vs 44
    for bound, point in ((a, b), (b, a)):
        if _one_sided(bound) and point.low is not None and point.low == point.high:
            allowed = max(allowed, BOUND_NEAR * bound.anchor)  # "more than 200" vs 203, "up to 350" vs 340
    return abs(a.anchor - b.anchor) <= allowed


BOUND_NEAR = 0.05  # "more than 200" states 203, not 230


def _one_sided(iv: Interval) -> bool:
    return (iv.low is None) != (iv.high is None)


def fits_range(a: Interval, b: Interval) -> bool:
    """A stated range and a single figure inside it ("between 200 and 400" and "an estimated
    300"), a one-sided bound and a figure inside it near the bound ("more than 77" and 91), or
    the same vague word twice ("dozens" and "dozens"): figures that bear each other out without
    being the same number."""
    if _vague(a) or _vague(b):
        return _vague(a) and _vague(b) and a.low == b.low
    for rng, point in ((a, b), (b, a)):
        if point.low is None or point.low != point.high:
            continue
        if rng.low is not None and rng.high is not None and rng.low < rng.high:
            return rng.low <= point.low <= rng.high
        if _one_sided(rng) and rng.anchor and compatible(rng, point):
            return abs(point.low - rng.anchor) <= FIT_NEAR * rng.anchor
    return False


FIT_NEAR = 0.25  # "more than 77" is borne out by 91, not by 300


def within_magnitude(a: Interval, b: Interval) -> bool:
    """A vague count and a figure in its band ("thousands" and "about 4,000", "dozens" and 40): the
    band runs from the vague word's least value up to the next power of ten ("dozens" 24 to 99,
    "hundreds" 200 to 999), where the next word's range begins."""
    for vague, other in ((a, b), (b, a)):
        if _vague(vague) and not _vague(other) and vague.low and other.anchor is not None:
            return vague.low <= other.anchor < 10 ** len(str(int(vague.low)))
    return False


def _vague(iv: Interval) -> bool:
    return iv.approx and iv.high is None


def part_exceeds_whole(part: Interval, whole: Interval, tolerance: float = 0.15) -> bool:
    """A sub-category count that cannot fit inside its parent's count (7 tanks vs 5 vehicles)."""
    plo, _ = part.bounds(tolerance, slack=1)
    _, whi = whole.bounds(tolerance, slack=1)
    return plo > whi


def total(parts: Iterable[Interval]) -> Interval:
    """The sum of several counts: lows add (open = 0), highs add (any open high = open)."""
    low, high, approx, any_low = 0.0, 0.0, False, False
    for p in parts:
        if p.low is not None:
            low += p.low
            any_low = True
        if high is not None:
            high = None if p.high is None else high + p.high
        approx = approx or p.approx
    return Interval(low if any_low else None, high, approx)


def is_revision(earlier: Interval, later: Interval, tolerance: float = 0.15) -> bool:
    """A later figure that is higher than an earlier one updates it (tolls grow)."""
    elo, _ = earlier.bounds(tolerance)
    llo, _ = later.bounds(tolerance)
    return llo >= elo


def category_relation(a: str | None, b: str | None, ancestors: dict[str, tuple[str, ...]]) -> str | None:
    """"same", "a_in_b" (a is a kind of b), "b_in_a", or None when the things counted differ."""
    if a is None or b is None:
        return "same" if a == b else None
    if a == b:
        return "same"
    if b in ancestors.get(a, ()):
        return "a_in_b"
    if a in ancestors.get(b, ()):
        return "b_in_a"
    return None
