"""Counts listed together in one clause ("destroyed five combat vehicles and two armoured trucks")
and their sum against a figure whose category covers them all ("seven vehicles"): a list that adds
up is no rival of the whole. A part of :mod:`align.figures`."""

from __future__ import annotations

import re

from ..records import Quantity
from .candidates import Corpus
from .intervals import category_relation, compatible, total
from .revisions import cx_tol
from .stated import interval


LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|plus)\s*", re.IGNORECASE)


def listed_with(cx: Corpus, q: Quantity) -> list[Quantity]:
    """The counts listed with ``q`` in one clause, of the same role ("destroyed five combat vehicles
    and two armoured trucks"), itself included; ``[q]`` when it stands alone."""
    text = cx.article[q.article].text
    mates = sorted((o for o in cx.quantities_by_article_role.get((q.article, q.role or ""), ())
                    if o.group == q.group and o.kind == q.kind and not o.increment), key=lambda o: o.start)
    out = [q]
    for step in (1, -1):  # walk right, then left, while only "and" or a comma joins the counts
        i = mates.index(q) if q in mates else -1
        while i >= 0 and 0 <= i + step < len(mates):
            x, y = (mates[i], mates[i + step]) if step == 1 else (mates[i + step], mates[i])
            gap = text[x.end:y.start]
            if not LIST_JOIN.fullmatch(gap):
                break
            out.append(mates[i + step])
            i += step
    return out


def listed_sum_fits(cx: Corpus, part: Quantity, other: Quantity) -> bool:
    """``part`` is one of several counts listed together, and their sum is the other figure:
    "five combat vehicles and two armoured trucks" against "seven vehicles"."""
    listed = listed_with(cx, part)
    if len(listed) < 2 or other in listed:
        return False
    if not all(category_relation(q.category, other.category, cx.ancestors) in ("same", "a_in_b") for q in listed):
        return False  # "a soldier and five civilians" do not add up to a count of soldiers
    for whole in listed:  # "12 people, five civilians and seven soldiers": a total with its breakdown
        rest = [q for q in listed if q is not whole]
        if len(rest) >= 2 and all(category_relation(q.category, whole.category, cx.ancestors) == "a_in_b"
                                  for q in rest):
            return False
    return compatible(total(interval(q) for q in listed), interval(other), cx_tol(cx))
