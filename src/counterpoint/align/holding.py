"""Who holds a place, said as a state: "Bunagana remains under the control of the loyalist forces"
against "M23 rebels seized the town of Bunagana", or against "Bunagana, which is now under our
control" in the rebels' communiqué. Holders and takers on sides that fight each other cannot both
be right about the same place and days (contradict). The holder is the one whose control the words
name (extract/agents.holders_of); "our control" is the control of the side the voice speaks for.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..nlp.lexicons import category_of, lineage
from ..records import Claim
from .assertions import act_places
from .candidates import REJECTING, Corpus
from .control import TAKING
from .disputes import outcome_of, short_quote, who_says
from .findings import MAX_EVIDENCE, Draft
from .revisions import told_within_days

HELD = "territory_held"
OUR_CONTROL = re.compile(r"\bunder\s+our\s+(?:full\s+|firm\s+|complete\s+)?control\b|\bin\s+our\s+hands\b",
                         re.IGNORECASE)
# "is no longer under the control of the army", "is not in the hands of": a holding denied
NOT_HELD = re.compile(r"\b(?:no\s+longer|not|never)\s+(?:[a-z]+\s+){0,2}?(?:under|in)\s+(?:the\s+)?"
                      r"(?:\w+\s+)?(?:control|hands)\b"
                      # "had been under the control of the army until Monday": a holding that ended
                      r"|\bhad\s+been\s+(?:[a-z]+\s+)?(?:under|in)\b[^.;]*\buntil\b", re.IGNORECASE)
SHOWN = 3  # claims of each side shown


def holding_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per place where a holder and a taker, or two holders, are opposed sides."""
    by_place: dict[str, list[tuple[Claim, frozenset[str]]]] = defaultdict(list)
    unplaced: list[tuple[Claim, frozenset[str]]] = []
    for c in cx.claims_by_family.get("control", ()):
        if c.event is None or c.stance in REJECTING or c.scope == "background":
            continue
        if c.event.type == HELD and c.id not in cx.res.negated and not NOT_HELD.search(c.text):
            sides = holder_sides(cx, c)
        elif c.event.type in TAKING and outcome_of(cx, c) > 0:
            sides = frozenset(s for a in c.event.actors[:1] if (s := cx.side(a)))  # the taker, not whom from
        else:
            continue
        if sides:
            for place in sorted(cx.places(c.id)):
                by_place[place].append((c, sides))
            if not cx.places(c.id) and _holds_a_settlement(cx, c):
                unplaced.append((c, sides))
    for c, sides in unplaced:
        # "the mujahideen remain in control of the town": where its own article puts its acts
        for place in [p for p in act_places(cx, c.article) if p in by_place]:
            by_place[place].append((c, sides))
    pairs_at = {place: _opposed_pairs(cx, told) for place, told in by_place.items()}
    out = []
    for place, pairs in pairs_at.items():
        if not pairs:
            continue  # (the same pairs at the town and its province are one finding: findings.py merges them)
        held = _each_article_first(cx, list(dict.fromkeys(h for h, _ in pairs)), SHOWN)
        other = _each_article_first(cx, list(dict.fromkeys(t for _, t in pairs)), MAX_EVIDENCE - len(held))
        what = "took it" if other[0].event.type in TAKING else "holds it"
        out.append(Draft(
            "contradict", [cx.event_span(c) for c in (*held, *other)],
            f"At {cx.entity[place].name}, {who_says(cx, held[0])} says it is held by one side "
            f"(“{short_quote(held[0])}”) while {who_says(cx, other[0])} says the side fighting it {what} "
            f"(“{short_quote(other[0])}”).",
            0.75, 0.9, claims=[c.id for c in (*held, *other)], entities=[place]))
    return out


def _each_article_first(cx: Corpus, claims: list[Claim], room: int) -> list[Claim]:
    """Each article's body claims before its headline's, one article at a time, then its second ones."""
    ranked = sorted(claims, key=lambda c: (c.start < cx.headline_end(c.article), cx.order[c.article], c.start))
    seen: dict[str, int] = defaultdict(int)
    for c in ranked:
        seen[c.article] += 1
    rounds: list[Claim] = []
    taken: dict[str, int] = defaultdict(int)
    for level in range(max(seen.values(), default=0)):
        for c in ranked:
            if taken[c.article] == level and c not in rounds:
                rounds.append(c)
                taken[c.article] += 1
    return rounds[:room]


def holder_sides(cx: Corpus, c: Claim) -> frozenset[str]:
    """The sides said to hold the place: the holders' sides, or for "under our control" the side
    the voice speaks for (its speaker's, else its outlet's)."""
    sides = frozenset(s for a in c.event.actors if (s := cx.side(a))) if c.event else frozenset()
    if sides or not OUR_CONTROL.search(c.text):
        return sides
    return cx.voice_sides(c.speaker) or cx.outlet_sides(c.article)


# "in control of the town", "under the control of the city": what is held, when no name places it
HELD_THING = re.compile(r"\b(?:control|hands)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(\w+)", re.IGNORECASE)


def _holds_a_settlement(cx: Corpus, c: Claim) -> bool:
    """Is what the unplaced holding holds a settlement or a site ("the town", "the camp"; not "the
    situation")?"""
    m = HELD_THING.search(c.text)
    category = category_of(m.group(1)) if m else None
    return category is not None and bool({"settlements", "facilities"} & set(lineage(category)))


def _opposed_pairs(cx: Corpus, told: list[tuple[Claim, frozenset[str]]]) -> list[tuple[Claim, Claim]]:
    """(held, other) pairs of opposed sides, of comparable articles and days, a held claim first."""
    out = []
    for i, (a, sa) in enumerate(told):
        for b, sb in told[i + 1:]:
            if a.event.type != HELD and b.event.type != HELD:
                continue  # two takings are align/control.py's
            if a.article == b.article and a.speaker == b.speaker or not cx.comparable(a.article, b.article):
                continue
            if not all(cx.opposed(x, y) for x in sa for y in sb):
                continue
            if not told_within_days(cx, (a.article, a.id), (b.article, b.id), 3):
                continue
            out.append((a, b) if a.event.type == HELD else (b, a))
    return out
