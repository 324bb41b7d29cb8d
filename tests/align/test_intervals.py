"""Table tests for counterpoint.align.intervals: hedged bounds, roll-ups, sums and revisions.

Pure functions, no model (STYLE habit 13). Bounds follow the gold-case conventions
(../shared/spec/gold-cases.md): "up to N" is (None, N), "at least N" is (N, None), "more than N"
is (N+1, None) and "almost N" is (None, N-1), both strict (the written number is one off, so
they get one of slack against N), "about N" is (N, N) with approx set.
"""

from __future__ import annotations

import math

import pytest

from counterpoint.align.intervals import (
    Interval,
    category_relation,
    compatible,
    fits_range,
    is_revision,
    part_exceeds_whole,
    same_figure,
    total,
)
from counterpoint.nlp.lexicons import ancestors, categories, category_of

N = None
INF = math.inf

EXACT_40 = Interval(40, 40)
UP_TO_40 = Interval(N, 40)
ALMOST_40 = Interval(N, 39, strict=True)
ABOUT_40 = Interval(40, 40, approx=True)
AT_LEAST_7 = Interval(7, N)
MORE_THAN_800 = Interval(801, N, strict=True)
BETWEEN_10_20 = Interval(10, 20)
UNKNOWN = Interval(N, N)


def ex(n: float) -> Interval:
    return Interval(n, n)


# --------------------------------------------------------------------------- bounds

# (interval, tolerance, slack, expected (low, high))
BOUNDS = [
    pytest.param(EXACT_40, 0.0, 0.0, (40, 40), id="exact"),
    pytest.param(UP_TO_40, 0.0, 0.0, (0, 40), id="up-to-open-low-is-zero"),
    pytest.param(MORE_THAN_800, 0.0, 0.0, (801, INF), id="more-than-open-high-is-inf"),
    pytest.param(UNKNOWN, 0.0, 0.0, (0, INF), id="fully-open"),
    pytest.param(BETWEEN_10_20, 0.0, 0.0, (10, 20), id="range"),
    pytest.param(ABOUT_40, 0.15, 0.0, (34, 46), id="approx-widens-both-sides"),
    pytest.param(ABOUT_40, 0.0, 0.0, (40, 40), id="approx-no-tolerance"),
    pytest.param(EXACT_40, 0.15, 0.0, (40, 40), id="tolerance-ignored-when-not-approx"),
    pytest.param(MORE_THAN_800, 0.0, 1.0, (800, INF), id="slack-lowers-a-lone-low"),
    pytest.param(ALMOST_40, 0.0, 1.0, (0, 40), id="slack-raises-a-lone-high"),
    pytest.param(EXACT_40, 0.0, 1.0, (40, 40), id="no-slack-for-closed-interval"),
    pytest.param(AT_LEAST_7, 0.0, 1.0, (7, INF), id="no-slack-for-non-strict-low"),
    pytest.param(UP_TO_40, 0.0, 1.0, (0, 40), id="no-slack-for-non-strict-high"),
    pytest.param(BETWEEN_10_20, 0.0, 1.0, (10, 20), id="no-slack-for-range"),
]


@pytest.mark.parametrize(("iv", "tolerance", "slack", "expected"), BOUNDS)
def test_bounds(iv: Interval, tolerance: float, slack: float, expected: tuple[float, float]) -> None:
    assert iv.bounds(tolerance, slack) == pytest.approx(expected)


# --------------------------------------------------------------------------- compatible

# (a, b, expected): can both be true at once? (default tolerance 0.15, slack one)
COMPATIBLE = [
    pytest.param(ex(40), ex(40), True, id="same-exact"),
    pytest.param(ex(12), ex(30), False, id="disjoint-exact"),
    pytest.param(ex(40), ex(41), False, id="exact-one-apart"),
    pytest.param(UP_TO_40, ex(40), True, id="up-to-N-vs-N"),
    pytest.param(UP_TO_40, ex(12), True, id="up-to-40-admits-12"),
    pytest.param(UP_TO_40, ex(42), False, id="up-to-40-excludes-42"),
    pytest.param(UP_TO_40, ex(41), False, id="up-to-40-excludes-41-no-slack"),
    pytest.param(MORE_THAN_800, ex(800), True, id="more-than-N-vs-N-one-off-slack"),
    pytest.param(MORE_THAN_800, ex(799), False, id="more-than-800-excludes-799"),
    pytest.param(MORE_THAN_800, ex(5000), True, id="more-than-800-admits-5000"),
    pytest.param(ALMOST_40, ex(40), True, id="almost-N-vs-N-one-off-slack"),
    pytest.param(ALMOST_40, ex(41), False, id="almost-40-excludes-41"),
    pytest.param(AT_LEAST_7, ex(7), True, id="at-least-7-vs-7"),
    pytest.param(AT_LEAST_7, ex(5), False, id="at-least-7-excludes-5"),
    pytest.param(AT_LEAST_7, ex(6), False, id="at-least-7-excludes-6-no-slack"),
    pytest.param(AT_LEAST_7, UP_TO_40, True, id="at-least-vs-up-to-overlap"),
    pytest.param(Interval(50, N), Interval(N, 40), False, id="at-least-50-vs-up-to-40"),
    pytest.param(ABOUT_40, ex(45), True, id="about-40-vs-45-within-tolerance"),
    pytest.param(ABOUT_40, ex(34), True, id="about-40-vs-34-within-tolerance"),
    pytest.param(ABOUT_40, ex(47), False, id="about-40-vs-47-outside-tolerance"),
    pytest.param(ABOUT_40, ex(30), False, id="about-40-vs-30-outside-tolerance"),
    pytest.param(BETWEEN_10_20, ex(15), True, id="range-contains"),
    pytest.param(BETWEEN_10_20, ex(21), False, id="range-excludes"),
    pytest.param(BETWEEN_10_20, Interval(18, 25), True, id="ranges-overlap"),
    pytest.param(UNKNOWN, ex(1_000_000), True, id="open-both-sides-admits-all"),
    pytest.param(MORE_THAN_800, ex(800), True, id="more-than-800-vs-the-800-it-rounds"),
    pytest.param(MORE_THAN_800, Interval(N, 800), False, id="more-than-800-vs-up-to-800-no-slack-between-bounds"),
]


@pytest.mark.parametrize(("a", "b", "expected"), COMPATIBLE)
def test_compatible(a: Interval, b: Interval, expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected  # symmetric


@pytest.mark.parametrize(
    ("a", "b", "tolerance", "expected"),
    [
        pytest.param(ABOUT_40, ex(45), 0.0, False, id="no-tolerance-no-widening"),
        pytest.param(ABOUT_40, ex(45), 0.15, True, id="default-tolerance"),
        pytest.param(ABOUT_40, ex(55), 0.4, True, id="wide-tolerance"),
        pytest.param(ex(40), ex(45), 0.5, False, id="tolerance-only-for-approx"),
    ],
)
def test_compatible_tolerance(a: Interval, b: Interval, tolerance: float, expected: bool) -> None:
    assert compatible(a, b, tolerance) is expected


# --------------------------------------------------------------------------- same_figure

SAME_FIGURE = [
    pytest.param(ex(40), ex(40), True, id="same-exact"),
    pytest.param(UP_TO_40, UP_TO_40, True, id="same-hedged"),
    pytest.param(UP_TO_40, ex(40), True, id="up-to-40-vs-40"),
    pytest.param(UP_TO_40, ex(12), False, id="compatible-but-another-number"),
    pytest.param(MORE_THAN_800, ex(800), True, id="more-than-800-vs-800"),
    pytest.param(MORE_THAN_800, MORE_THAN_800, True, id="more-than-800-twice"),
    pytest.param(Interval(10, N), ex(10), True, id="at-least-10-vs-10"),
    pytest.param(AT_LEAST_7, ex(10), False, id="at-least-7-vs-10-different-number"),
    pytest.param(Interval(201, N, strict=True), ex(203), True, id="more-than-200-vs-203-just-above"),
    pytest.param(Interval(N, 350), ex(340), True, id="up-to-350-vs-340-just-below"),
    pytest.param(Interval(44, N), ex(60), False, id="at-least-44-vs-60-well-above"),
    pytest.param(Interval(201, N, strict=True), ex(230), False, id="more-than-200-vs-230-another-number"),
    pytest.param(Interval(N, 350), ex(300), False, id="up-to-350-vs-300-another-number"),
    pytest.param(ex(40), ex(41), False, id="exact-one-apart-is-incompatible"),
    pytest.param(ABOUT_40, ex(45), True, id="about-40-vs-45"),
    pytest.param(ABOUT_40, ex(50), False, id="about-40-vs-50"),
    pytest.param(ex(12), ex(30), False, id="disjoint"),
    pytest.param(UNKNOWN, ex(40), False, id="no-number-stated"),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME_FIGURE)
def test_same_figure(a: Interval, b: Interval, expected: bool) -> None:
    assert same_figure(a, b) is expected
    assert same_figure(b, a) is expected


# --------------------------------------------------------------------------- part_exceeds_whole

# (part, whole, expected): a sub-category count that cannot fit in its parent's count
PART_WHOLE = [
    pytest.param(ex(7), ex(5), True, id="7-tanks-vs-5-vehicles"),
    pytest.param(ex(5), ex(6), False, id="5-tanks-vs-6-vehicles"),
    pytest.param(ex(6), ex(6), False, id="equal-fits"),
    pytest.param(Interval(N, 7), ex(5), False, id="up-to-7-part-may-be-fewer"),
    pytest.param(Interval(7, N, strict=True), ex(6), False, id="more-than-6-part-vs-6-slack"),
    pytest.param(Interval(7, N), ex(6), True, id="at-least-7-part-vs-6-no-slack"),
    pytest.param(Interval(8, N), ex(6), True, id="at-least-8-part-vs-6"),
    pytest.param(ex(7), Interval(N, 5), True, id="7-vs-up-to-5-whole"),
    pytest.param(ex(6), Interval(N, 5), True, id="6-vs-up-to-5-whole-no-slack"),
    pytest.param(ex(6), Interval(N, 5, strict=True), False, id="6-vs-almost-6-whole-slack"),
    pytest.param(ex(7), Interval(5, N), False, id="open-whole-fits-anything"),
    pytest.param(Interval(7, 7, approx=True), ex(6), False, id="about-7-vs-6-tolerance"),
]


@pytest.mark.parametrize(("part", "whole", "expected"), PART_WHOLE)
def test_part_exceeds_whole(part: Interval, whole: Interval, expected: bool) -> None:
    assert part_exceeds_whole(part, whole) is expected


# --------------------------------------------------------------------------- total

TOTALS = [
    pytest.param([ex(4), ex(2)], Interval(6, 6), id="exact-sum"),
    pytest.param([AT_LEAST_7, ex(3)], Interval(10, N), id="at-least-7-plus-3-is-at-least-10"),
    pytest.param([ex(3), AT_LEAST_7], Interval(10, N), id="open-high-anywhere-stays-open"),
    pytest.param([Interval(7, N), Interval(3, N)], Interval(10, N), id="two-open-highs"),
    pytest.param([Interval(N, 40), Interval(N, 10)], Interval(N, 50), id="up-to-plus-up-to"),
    pytest.param([Interval(N, 40), ex(5)], Interval(5, 45), id="up-to-plus-exact"),
    pytest.param([BETWEEN_10_20, ex(5)], Interval(15, 25), id="range-plus-exact"),
    pytest.param([ABOUT_40, ex(5)], Interval(45, 45, approx=True), id="approx-propagates"),
    pytest.param([ex(5), ex(1), ex(27), ex(2)], Interval(35, 35), id="four-parts"),
]


@pytest.mark.parametrize(("parts", "expected"), TOTALS)
def test_total(parts: list[Interval], expected: Interval) -> None:
    assert total(parts) == expected


def test_total_takes_a_generator() -> None:
    assert total(ex(n) for n in (1, 2, 3)) == Interval(6, 6)


def test_total_then_same_figure_rolls_up() -> None:
    """"at least seven tanks, three carriers" and "at least 10 armoured vehicles" agree."""
    assert same_figure(total([AT_LEAST_7, ex(3)]), Interval(10, N))
    assert not same_figure(total([AT_LEAST_7, ex(3)]), Interval(12, N))


# --------------------------------------------------------------------------- is_revision

REVISIONS = [
    pytest.param(ex(12), ex(30), True, id="toll-rises"),
    pytest.param(ex(30), ex(12), False, id="toll-falls-is-not-a-revision"),
    pytest.param(Interval(10, N), Interval(21, N), True, id="at-least-10-then-more-than-20"),
    pytest.param(Interval(35, N), ex(54), True, id="at-least-35-then-54"),
    pytest.param(ex(54), Interval(35, N), False, id="54-then-at-least-35"),
    pytest.param(ex(100), Interval(N, 40), False, id="up-to-40-after-100"),
]


@pytest.mark.parametrize(("earlier", "later", "expected"), REVISIONS)
def test_is_revision(earlier: Interval, later: Interval, expected: bool) -> None:
    assert is_revision(earlier, later) is expected


# --------------------------------------------------------------------------- category_relation


@pytest.fixture(scope="module")
def ancestor_map() -> dict[str, tuple[str, ...]]:
    """The roll-up map the align stage builds from the packaged category lexicon."""
    return {c.key: ancestors(c.key) for c in categories().categories}


CATEGORY = [
    pytest.param("tank", "armoured_vehicle", "a_in_b", id="tank-in-armoured-vehicle"),
    pytest.param("armoured_vehicle", "tank", "b_in_a", id="armoured-vehicle-holds-tank"),
    pytest.param("apc", "armoured_vehicle", "a_in_b", id="apc-in-armoured-vehicle"),
    pytest.param("tank", "vehicle", "a_in_b", id="tank-in-vehicle-transitively"),
    pytest.param("tank", "apc", None, id="tank-vs-apc-siblings-unrelated"),
    pytest.param("apc", "tank", None, id="apc-vs-tank-siblings-unrelated"),
    pytest.param("tank", "tank", "same", id="same-category"),
    pytest.param("civilians", "people", "a_in_b", id="civilians-in-people"),
    pytest.param("people", "civilians", "b_in_a", id="people-holds-civilians"),
    pytest.param("children", "people", "a_in_b", id="children-in-people-transitively"),
    pytest.param("combatants", "civilians", None, id="combatants-vs-civilians"),
    pytest.param("tank", "civilians", None, id="tank-vs-civilians"),
    pytest.param(None, None, "same", id="both-unknown"),
    pytest.param(None, "tank", None, id="one-unknown"),
    pytest.param("tank", None, None, id="other-unknown"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CATEGORY)
def test_category_relation(ancestor_map: dict[str, tuple[str, ...]], a: str | None, b: str | None,
                           expected: str | None) -> None:
    assert category_relation(a, b, ancestor_map) == expected


@pytest.mark.parametrize(
    ("phrase_a", "phrase_b", "expected"),
    [
        pytest.param("tanks", "armoured vehicles", "a_in_b", id="tanks-vs-armoured-vehicles"),
        pytest.param("armored personnel carriers", "armoured vehicles", "a_in_b", id="us-spelling-apc"),
        pytest.param("tanks", "armoured personnel carriers", None, id="tanks-vs-apcs"),
        pytest.param("civilians", "people", "a_in_b", id="civilians-vs-people"),
        pytest.param("fighters", "militants", "b_in_a", id="militants-are-a-kind-of-fighter"),
        pytest.param("soldiers", "militants", None, id="soldiers-vs-militants"),
    ],
)
def test_category_relation_from_phrases(ancestor_map: dict[str, tuple[str, ...]], phrase_a: str,
                                        phrase_b: str, expected: str | None) -> None:
    """The lexicon's categories for counted noun phrases roll up as an analyst would expect."""
    ca, cb = category_of(phrase_a), category_of(phrase_b)
    assert ca is not None and cb is not None, (ca, cb)
    assert category_relation(ca, cb, ancestor_map) == expected


def test_category_relation_needs_the_map() -> None:
    """With an empty ancestor map nothing rolls up: the relation comes from the map, not the names."""
    assert category_relation("tank", "armoured_vehicle", {}) is None


def test_a_vague_count_fits_a_figure_but_does_not_state_it() -> None:
    hundreds = Interval(200, None, approx=True)
    assert compatible(hundreds, Interval(201, None))
    assert not same_figure(hundreds, Interval(201, None))


def test_hundreds_cannot_be_thousands_but_dozens_and_thousands_stay_open() -> None:
    hundreds = Interval(200, None, approx=True, most=1499)
    assert not compatible(hundreds, ex(2500)) and compatible(hundreds, ex(900))
    assert compatible(hundreds, ex(1200)), "writers stretch 'hundreds': 1,200 is imprecise, not false"
    assert compatible(Interval(24, None, approx=True), ex(150)) and compatible(Interval(2000, None, approx=True), ex(200000))
    assert not same_figure(hundreds, ex(300)), "a vague word with a most is still no stated figure"


def test_a_vague_count_and_a_figure_in_its_band() -> None:
    from counterpoint.align.intervals import within_magnitude

    thousands, dozens = Interval(2000, N, approx=True), Interval(24, N, approx=True)
    assert within_magnitude(thousands, Interval(4000, 4000, approx=True))
    assert within_magnitude(Interval(40, 40), dozens)
    assert not within_magnitude(thousands, ex(400)) and not within_magnitude(thousands, ex(20000))
    assert within_magnitude(dozens, ex(99)) and not within_magnitude(dozens, Interval(110, 110, approx=True))
    assert not within_magnitude(thousands, thousands) and not within_magnitude(ex(40), ex(40))


@pytest.mark.parametrize(("a", "b", "expected"), [
    pytest.param(Interval(200, 400), Interval(300, 300, approx=True), True, id="estimate-inside-range"),
    pytest.param(ex(200), Interval(200, 400), True, id="range-end-is-inside"),
    pytest.param(Interval(200, 400), ex(450), False, id="outside-the-range"),
    pytest.param(Interval(24, N, approx=True), Interval(24, N, approx=True), True, id="dozens-and-dozens"),
    pytest.param(Interval(24, N, approx=True), Interval(200, N, approx=True), False, id="dozens-and-hundreds"),
    pytest.param(Interval(24, N, approx=True), ex(40), False, id="vague-and-a-figure-is-not-a-fit"),
    pytest.param(Interval(40, N), ex(53), False, id="a-figure-far-above-a-floor-is-no-fit"),
    pytest.param(Interval(78, N, strict=True), ex(91), True, id="a-figure-near-above-a-floor"),
    pytest.param(Interval(N, 350), ex(300), True, id="a-figure-near-below-a-ceiling"),
    pytest.param(Interval(78, N, strict=True), ex(60), False, id="a-figure-below-the-floor"),
])
def test_fits_range(a: Interval, b: Interval, expected: bool) -> None:
    assert fits_range(a, b) is expected and fits_range(b, a) is expected
