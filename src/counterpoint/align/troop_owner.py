"""Whose troops a count counts. "Nine Indian soldiers" and "six to 10 Pakistani soldiers" are two
armies' dead, not two versions of one toll; "a soldier was martyred", in the words of one state's
military or its state media, counts that state's own. align/figures.py keeps the counts of two
states' troops apart, and sets a count of unnamed troops against another only when its owner is
known or when the incident's troop counts name one state alone."""

from __future__ import annotations

import re

from ..records import Quantity
from ..resolve.actors import countries_named, country_code
from .candidates import Corpus
from .corpus_voices import states_of

STATE_TROOPS = "state_troops"  # categories.json: soldiers, troops, servicemen of a state's forces


def nationalities(noun: str | None) -> frozenset[str]:
    """The countries a counted noun names, plural demonyms too ("Iraqis", "Americans")."""
    plain = BACKED.sub(" ", noun or "")  # "US-backed fighters" are no Americans
    words = re.findall(r"[A-Za-z][\w-]*", plain)
    codes = {country_code(w[:-1]) for w in words if w.endswith("s") and w[:1].isupper()} - {None}
    return frozenset(countries_named(plain)) | frozenset(codes)


BACKED = re.compile(r"\b[\w.]+-(?:backed|led|trained|allied|supported|funded|armed|aligned)\b", re.IGNORECASE)


def troop_owner(cx: Corpus, q: Quantity) -> str | None:
    """The country whose troops ``q`` counts, or None when it is not a count of a state's troops or
    its words and its voice leave the owner open."""
    if not _troops(cx, q):
        return None
    named = nationalities(q.noun)
    if named:
        return next(iter(named)) if len(named) == 1 else None
    states = _voice_states(cx, q)
    if len(states) != 1:
        return None
    c = cx.claim[q.claim or ""]
    doers = {cx.side(a) for a in (c.event.actors if c.event else ())} - {None}
    if doers & _voice(cx, q):
        return None  # "our forces killed 12 soldiers": the enemy's, whom the voice does not name
    return next(iter(states))


def own_troops(cx: Corpus, q: Quantity) -> bool:
    """Is ``q`` a state's count of its own troops ("five soldiers were martyred", in the words of
    its ministry or its state media)? Parties are known to count their own losses low."""
    owner_ = troop_owner(cx, q)
    return owner_ is not None and owner_ in _voice_states(cx, q)


def _voice(cx: Corpus, q: Quantity) -> frozenset[str]:
    """The sides the figure's voice speaks for: its speaker's, else (a voice of no known side,
    "officials", "the military's media wing") its outlet's."""
    c = cx.claim.get(q.claim or "")
    if c is None:
        return frozenset()
    return cx.voice_sides(c.speaker) or cx.outlet_sides(q.article)


def _voice_states(cx: Corpus, q: Quantity) -> frozenset[str]:
    """The states whose national forces the figure's voice speaks for."""
    return states_of(_voice(cx, q))


def owner(cx: Corpus, q: Quantity) -> str | None:
    """The country whose people or things ``q`` counts: the one its words name ("two Indian
    bunkers"), or, for troops, the one its voice speaks for (``troop_owner``)."""
    if _troops(cx, q):
        return troop_owner(cx, q)
    named = nationalities(q.noun)
    return next(iter(named)) if len(named) == 1 else None


def owners_clash(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Do two counts count different countries' troops or things ("two Indian bunkers", "four
    Pakistani Army posts"), or may they, where the incident's counts of that kind name more than
    one country and one of the two names none?"""
    oa, ob = owner(cx, a), owner(cx, b)
    if oa is not None and ob is not None:
        return oa != ob
    if oa is None and ob is None or a.category != b.category:
        return False
    return len(_owners_in(cx, cx.component_of[a.article], a.role, a.category)) > 1


def incident_owner(cx: Corpus, q: Quantity) -> str:
    """Whose troops or things a figure counts, as a part of what fact it is, where the incident's
    counts of its kind name more than one country (else "", so that one army's counts are one fact)."""
    if len(_owners_in(cx, cx.component_of[q.article], q.role, q.category)) < 2:
        return ""
    return owner(cx, q) or ""


def _owners_in(cx: Corpus, component: int, role: str | None, category: str | None) -> frozenset[str]:
    memo = cx.__dict__.setdefault("_owners_in", {})
    key = (component, role, category)
    if key not in memo:
        memo[key] = frozenset(o for q in cx.quantities if cx.component_of[q.article] == component
                              and q.role == role and q.category == category and (o := owner(cx, q)) is not None)
    return memo[key]


def _troops(cx: Corpus, q: Quantity) -> bool:
    return q.category == STATE_TROOPS or STATE_TROOPS in cx.ancestors.get(q.category, ())
