"""Revisions and rounding: when two counts of one fact are one count told again (a toll that
rose, a rounder figure, an earlier estimate the article replaces), not two rival counts. Split out
of align/figures.py, which asks ``is_revision`` and ``rounded_same`` of every pair it compares."""

from __future__ import annotations

import re

from ..extract.count_roles import armed_actor_kind
from ..extract.numlex import number_lexicon
from ..nlp.lexicons import ancestors as category_ancestors
from ..extract.quantities import told_as_superseded
from ..records import Quantity
from ..resolve.actors import countries_named, ministry_key
from .candidates import Corpus
from .figure_groups import counted_group
from .troop_owner import counted_low_by_its_own_side
from .stated import interval
from .intervals import same_figure
from .provisional import rising_tolls


def figure_speaker(cx: Corpus, q: Quantity) -> str | None:
    c = cx.claim.get(q.claim or "")
    return c.speaker if c is not None else None


def day_number(iso: str | None) -> int | None:
    """A day number for comparing full dates; None for a month or a year alone."""
    if not iso or len(iso) != 10:
        return None
    y, m, d = (int(x) for x in iso.split("-"))
    return y * 372 + m * 31 + d


def told_within_days(cx: Corpus, first: tuple[str, str | None], second: tuple[str, str | None], days: int) -> bool:
    """Are two claims ((article, claim id)) dated no more than ``days`` apart? An unknown or partial
    date is no evidence of another day."""
    numbers = [day_number(cx.date_of(article, claim)) for article, claim in (first, second)]
    return None in numbers or abs(numbers[0] - numbers[1]) <= days


def is_revision(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Is the disagreement between a and b a revision of one by the other? A count of the dead or
    hurt its own article says was replaced ("rose from 17", "initially put the toll at 30", or a
    preliminary count it says rose to a later one) is never a rival. The same source's two
    counts are. Articles of different dates: only if the later one is the higher (tolls grow).
    Articles of one day: the lower an earlier tally of a toll still rising (``_same_day_count``).
    Otherwise the text decides: the higher figure is marked as an
    update ("has reached"), or the lower as preliminary, here or where another article calls that figure the
    earlier estimate; inside one article, a figure it calls the actual or final one replaces the
    others, higher or lower."""
    ia, ib = interval(a), interval(b)
    lo_a, _ = ia.bounds(cx_tol(cx))
    lo_b, _ = ib.bounds(cx_tol(cx))
    higher, lower = (a, b) if lo_a >= lo_b else (b, a)
    if a.article == b.article and (a.correction or b.correction):
        return True  # "more than 80 died ... the actual death toll is 64": the article corrects itself
    da, db = cx.article[a.article].date, cx.article[b.article].date
    dated_apart = a.article != b.article and da and db and da != db
    speaker = figure_speaker(cx, a)
    if speaker is not None and speaker == figure_speaker(cx, b) and _named(cx.entity[speaker].name):
        # one named source's two counts are its earlier and later tallies, not a dispute, unless
        # the later article has it lower ("at least 500" on the day, 471 weeks later)
        return not dated_apart or (a if da > db else b) is higher
    if any(q.role in ("killed", "wounded", "casualties") and told_as_superseded(cx.article[q.article].text, q.start)
           for q in (a, b)):
        return True  # "The toll rose from 17 that the office had given": a count its own article says was replaced
    if _replaced_in_its_article(cx, lower):
        return True  # "the initial toll of 70 martyrs and 138 wounded ... had risen": 138 is no rival to anyone
    if _a_ceiling(cx, lower) and not lower.preliminary:
        return False  # "did not exceed 61" against a later 137: the ceiling denies the higher count
    if dated_apart:
        sa, sb = cx.voice_sides(figure_speaker(cx, a)), cx.voice_sides(figure_speaker(cx, b))
        if any(cx.opposed(x, y) for x in sa for y in sb):
            return False  # the rebels' 47 dead troops and the army's two: rival counts, whatever the dates
        if (_troops_it_killed(cx, a) or _troops_it_killed(cx, b)) and not (higher.revision or lower.preliminary):
            return False  # "JNIM said it killed 32 soldiers" a day after the army's five: a party's claim, no update
        if counted_low_by_its_own_side(cx, lower, higher) and not (higher.revision or lower.preliminary):
            return False  # the ministry's "five soldiers were martyred" and the elders' 19 a day later: rival counts
        later = a if da > db else b
        # "the official earlier gave a toll of 82": the later article says its lower count was replaced
        return later is higher or (later is lower and told_as_superseded(cx.article[lower.article].text, lower.start))
    if a.article != b.article and da and da == db and (lower.low == lower.high or interval(lower).high is None) \
            and _same_day_count(cx, lower, higher):
        return True
    return higher.revision or lower.preliminary or _known_earlier(cx, lower) or _still_rising(cx, lower, higher)


def _replaced_in_its_article(cx: Corpus, q: Quantity) -> bool:
    """Does the figure's own article call it preliminary and give a higher count of the same thing
    as the toll it rose to ("has risen to 91 martyrs and 236 wounded ... the initial toll of 70
    martyrs and 138 wounded")?"""
    if not q.preliminary:
        return False
    _, top = interval(q).bounds(0.0)
    ceiling = top if top is not None else float("inf")
    return q.role is not None and any(
        p.revision and counted_group(p) == counted_group(q) and interval(p).bounds(0.0)[0] > ceiling
        for p in cx.quantities_by_article_role.get((q.article, q.role), ()))


def _troops_it_killed(cx: Corpus, q: Quantity) -> bool:
    """Is the figure a non-state armed group's count of the state troops it fought ("JNIM said its
    fighters killed 32 soldiers")? Not its count of the dead at large ("Hamas said the toll had
    risen to 27"), which may be a toll still rising."""
    speaker = figure_speaker(cx, q)
    return speaker is not None and q.category is not None \
        and "state_troops" in (q.category, *category_ancestors(q.category)) \
        and armed_actor_kind(cx.entity[speaker].name) == "armed_group_members"


def _still_rising(cx: Corpus, lower: Quantity, higher: Quantity) -> bool:
    """The lower toll's article says its count is still rising ("As many as 20 dead bodies have
    been received by the morgue. The figure is growing"): a count so far, no rival to a higher
    one of the same day or later, up to twice its size, from a voice of no rival country."""
    da, db = cx.article[lower.article].date, cx.article[higher.article].date
    if lower.article not in rising_tolls(cx) or (da and db and db < da):
        return False
    lo, hi = lower.low or lower.high or 0, higher.low or 0
    if lower.role not in ("killed", "wounded", "casualties") or not lo or hi > RISING_GROWTH * lo:
        return False
    ca, cb = _countries(cx, figure_speaker(cx, lower)), _countries(cx, figure_speaker(cx, higher))
    return not (ca and cb and not ca & cb) and not any(_rejecting(cx, q) for q in (lower, higher))


RISING_GROWTH = 2.0  # a toll its article calls still growing may double that day; more is a rival count


SAME_DAY_GROWTH = 1.5  # a toll told on one day grows by less than half again; more is a rival count
FEW = 5  # below this, two exact counts of one day are people counted one by one, not a toll still rising


def _same_day_count(cx: Corpus, lower: Quantity, higher: Quantity) -> bool:
    """Two outlets' tolls of one day (39 killed; at least 51 killed), the higher less than half
    again the lower, from voices that are no party to the fighting (medics, a governor, the railway
    company, an outlet) or the same party, and of no rival countries: the lower is an earlier tally
    of a toll still rising. The army against the health ministry, Russian against Ukrainian
    officials, a figure given as a rejection ("only 35") are rival counts, and so are 43 and 75."""
    lo, hi = lower.low or 0, higher.low or 0
    if lower.role not in ("killed", "wounded", "casualties") or not lo or hi > SAME_DAY_GROWTH * lo:
        return False
    if hi < FEW and interval(lower).exact and interval(higher).exact:
        return False  # "two Russian journalists" / "3 Russian reporters": a handful counted one by one
    if any(_rejecting(cx, q) for q in (lower, higher)):
        return False
    va, vb = figure_speaker(cx, lower), figure_speaker(cx, higher)
    pa, pb = _party(cx, va), _party(cx, vb)
    if pa or pb:
        return bool(pa and pb and pa == pb)
    ca, cb = _countries(cx, va), _countries(cx, vb)
    return not (ca and cb and not ca & cb)


def _party(cx: Corpus, voice: str | None) -> frozenset[str]:
    """The sides a voice that is a party to the fighting speaks for (an army, an armed group, a
    ministry, a government), by its entity; empty for medics, officials, outlets and the like."""
    if voice is None:
        return frozenset()
    sides = cx.voice_sides(voice)
    e = cx.entity[voice]
    if sides:
        return frozenset(sides)
    if e.kind == "actor" or ministry_key(e.name) is not None or GOVERNMENT.search(e.name):
        return frozenset({e.id})  # a party whose side is not known: itself
    return frozenset()


GOVERNMENT = re.compile(r"\b(?:government|ministry|military|army|armed forces|authorities)\b", re.IGNORECASE)


def _countries(cx: Corpus, voice: str | None) -> frozenset[str]:
    return countries_named(cx.entity[voice].name) if voice is not None else frozenset()


def _a_ceiling(cx: Corpus, q: Quantity) -> bool:
    """A figure stated as a ceiling ("did not exceed 61", "no more than 20": numbers.json caps):
    it denies any higher count, so another voice's higher one is no update of it, unless the
    ceiling itself is told as a first count ("no more than 10, according to an initial count")."""
    said = " ".join(cx.article[q.article].text[q.start:q.end].lower().split())
    return said.startswith(number_lexicon().cap_hedges)


def _rejecting(cx: Corpus, q: Quantity) -> bool:
    """A figure given as less than another's ("killed only 35 people, the army said")."""
    text = cx.article[q.article].text
    return bool(re.search(r"\bonly\s+$", text[max(0, q.start - 8):q.start], re.IGNORECASE))


def _known_earlier(cx: Corpus, q: Quantity) -> bool:
    """Another article names q's figure as the incident's earlier count ("the governor revised an
    earlier estimate of 30"): q, "about 30 killed", is that old count, not a rival one."""
    memo = cx.__dict__.setdefault("_known_earlier", {})  # asked again for each pair the figure is in
    if q.id not in memo:
        tol = cx_tol(cx)
        memo[q.id] = any(p is not q and counted_group(p) == counted_group(q)
                         and same_figure(interval(p), interval(q), tol)
                         for p in cx.earlier_counts.get((cx.component_of[q.article], q.role), ()))
    return memo[q.id]


def rounded_same(a, b) -> bool:
    """"100 wounded" in a headline and "98 people" in the text: a round figure within 5% of an
    exact one is the same count rounded, not a rival count; so is a round hundred less than a
    tenth of the smaller from a figure that is no round hundred ("injuring 700" in a lede for the
    ministry's 760; 1,000 and 1,100 are two counts)."""
    if a.low is None or a.low != a.high or b.low is None or b.low != b.high:
        return False
    x, y = float(a.low), float(b.low)
    if max(x, y) < ROUNDED_FROM or not (x % 10 == 0 or y % 10 == 0):
        return False
    # the rounder the figure, the coarser the rounding, but two round figures are two counts
    round_hundred = [v % 100 == 0 and v >= 100 for v in (x, y)]
    if any(round_hundred) and not all(round_hundred) and abs(x - y) < 0.1 * min(x, y):
        return True
    return abs(x - y) <= 0.05 * max(x, y)


ROUNDED_FROM = 50  # below this a difference of one or two is a different count, not rounding


def _named(name: str) -> bool:
    """A named source ("Pavlo Kyrylenko", "UNSMIL"), not a description ("local health officials")
    that different outlets may use for different people."""
    return any(ch.isupper() for ch in name)


def cx_tol(cx: Corpus) -> float:
    return getattr(cx, "tolerance", 0.15)
