"""Who holds a place, told alike: articles saying the same side took the same place ("Taliban
militants captured parts of Kunduz" / "the Taliban seize control of the provincial capital"), or
that an attack on it failed ("repelled a desperate attack" / "before being driven back"), agree.
The opposite outcomes (an attack repelled there, the place taken) are contradictions in
align/assertions.py."""

from __future__ import annotations

from collections import defaultdict

from ..records import Claim
from .assertions import names_it
from .candidates import OUTCOME, REJECTING, Corpus
from .disputes import outcome_of, short_quote, who_says
from .findings import MAX_EVIDENCE, Draft, listing
from .revisions import told_within_days

TAKING = ("territory_taken", "territory_regained")
WITHDRAWAL = "withdrawal"


def control_agreement_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident, place and side taking it, or withdrawing toward or from it, each
    article's first such claim."""
    firsts: dict[tuple[int, str, str, str], dict[str, Claim]] = defaultdict(dict)
    for c in cx.claims_by_family.get("control", ()):
        if c.event is None or c.event.type not in (*TAKING, WITHDRAWAL) or c.stance in REJECTING \
                or c.scope != "incident" or outcome_of(cx, c) <= 0 or not c.event.actors:
            continue
        # "recaptured Kunduz from the Taliban": the subject, not whom it was taken from; of a
        # withdrawal, the side that left ("the soldiers withdrew toward Uganda")
        doer = c.event.actors[0]
        side = cx.side(doer) or doer
        act = "withdrew" if c.event.type == WITHDRAWAL else "took"
        for place in sorted(cx.places(c.id)):
            firsts[(cx.component_of[c.article], place, side, act)].setdefault(c.article, c)
    out = []
    for (_, place, _, act), claims in firsts.items():
        if len(claims) < 2:
            continue
        shown = sorted(claims.values(), key=lambda c: cx.order[c.article])[:MAX_EVIDENCE]
        names = [cx.source(c.article) for c in shown]
        who = listing(names)
        told = f"took {cx.entity[place].name}" if act == "took" else f"withdrew, toward or from {cx.entity[place].name}"
        out.append(Draft(
            "agree", [cx.event_span(c) for c in shown],
            f"{who} say the same side {told}: "
            + " / ".join(f"“{short_quote(c, 70)}”" for c in shown) + ".",
            0.65, 0.7, claims=[c.id for c in shown], entities=[place]))
    return out


def repelled_agreement_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident and place where two articles or more say an attack on it failed,
    each article's first such claim; not a country or a province, which no one attack takes."""
    firsts: dict[tuple[int, str], dict[str, Claim]] = defaultdict(dict)
    unplaced = []
    for c in cx.claims_by_family.get("control", ()):
        if c.event is None or c.event.type not in OUTCOME or c.stance in REJECTING or c.scope != "incident" \
                or outcome_of(cx, c) >= 0:
            continue
        if not cx.places(c.id):
            unplaced.append(c)
        for place in sorted(cx.places(c.id)):
            if not cx.coarse(place):
                firsts[(cx.component_of[c.article], place)].setdefault(c.article, c)
    for c in unplaced:  # "pushed into the edge of the camp before being driven back" where its lead puts the camp
        for (component, place), claims in firsts.items():
            if component == cx.component_of[c.article] and c.article not in claims and names_it(cx, c.article, place):
                claims[c.article] = c
    out = []
    for (_, place), claims in firsts.items():
        ordered = sorted(claims.values(), key=lambda c: cx.order[c.article])
        # one attack: the same attackers where both name them, told of days close together
        shown = [c for c in ordered if _one_attack(cx, ordered[0], c)][:MAX_EVIDENCE]
        if len(shown) < 2:
            continue
        out.append(Draft(
            "agree", [cx.event_span(c) for c in shown],
            f"At {cx.entity[place].name}, {listing([who_says(cx, c) for c in shown])} "
            f"{'both' if len(shown) == 2 else 'all'} say the attack failed: "
            + " / ".join(f"“{short_quote(c, 70)}”" for c in shown) + ".",
            0.65, 0.7, claims=[c.id for c in shown], entities=[place]))
    return out


SAME_ATTACK_DAYS = 3  # an attack's day as told, or the day an article reports it


def _one_attack(cx: Corpus, a: Claim, b: Claim) -> bool:
    """"The army repelled an attack by rebels on Kidal" and "the rebels repelled an army offensive on
    Kidal" tell two attacks, as do failed attacks on one town days apart."""
    who = [{cx.side(x) or cx.entity[x].name for x in c.event.actors} if c.event else set() for c in (a, b)]
    if who[0] and who[1] and not who[0] & who[1]:
        return False
    return told_within_days(cx, (a.article, a.id), (b.article, b.id), SAME_ATTACK_DAYS)
