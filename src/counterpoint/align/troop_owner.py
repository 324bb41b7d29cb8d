"""Whose troops a count counts. "Nine Indian soldiers" and "six to 10 Pakistani soldiers" are two
armies' dead, not two versions of one toll; "a soldier was martyred", in the words of one state's
military or its state media, counts that state's own. align/figures.py keeps the counts of two
states' troops apart, and sets a count of unnamed troops against another only when its owner is
known or when the incident's troop counts name one state alone. Of things destroyed or seized, one
side's losses ("seven RSF vehicles") and what that side destroyed are two counts too."""

from __future__ import annotations

import functools
import re

from ..records import Quantity
from ..resolve.actors import (allied, countries_named, country_code, generic_role, match_actor, national_side,
                              state_institution)
from ..resolve.generic_refs import auxiliary
from .candidates import Corpus
from .corpus_voices import states_of

STATE_TROOPS = "state_troops"  # categories.json: soldiers, troops, servicemen of a state's forces


def nationalities(noun: str | None) -> frozenset[str]:
    """The countries a counted noun names, plural demonyms too ("Iraqis", "Americans")."""
    plain = BACKED.sub(" ", noun or "")  # "US-backed fighters" are no Americans
    words = re.findall(r"[A-Za-z][\w-]*", plain)
    codes = {country_code(w[:-1]) for w in words if w.endswith("s") and w[:1].isupper()} - {None}
    return frozenset(countries_named(plain)) | frozenset(codes)


# "US-backed fighters" are no Americans, "Iranian-made drones" no Iranian's
BACKED = re.compile(r"\b[\w.]+-(?:backed|led|trained|allied|supported|funded|armed|aligned|made|built|supplied|"
                    r"designed|manufactured|produced|provided)\b", re.IGNORECASE)


def troop_owner(cx: Corpus, q: Quantity) -> str | None:
    """The country whose troops ``q`` counts, or None when it is not a count of a state's troops or
    its words and its voice leave the owner open."""
    if not _troops(cx, q):
        return None
    named = nationalities(q.noun)
    if named:
        return next(iter(named)) if len(named) == 1 else None
    if ENEMY.search(q.text):
        return None  # "five enemy soldiers": the other side's, whom the voice does not name
    states = _voice_states(cx, q)
    if len(states) != 1:
        return None
    c = cx.claim[q.claim or ""]
    doers = {cx.side(a) for a in (c.event.actors if c.event else ())} - {None}
    if doers & _voice(cx, q):
        return None  # "our forces killed 12 soldiers": the enemy's, whom the voice does not name
    return next(iter(states))


# words that make a count of troops the other side's ("five enemy soldiers", "hostile troops")
ENEMY = re.compile(r"\b(?:enemy|enemies|hostile|adversary|opposing)\b", re.IGNORECASE)


def counted_low_by_its_own_side(cx: Corpus, lower: Quantity, higher: Quantity) -> bool:
    """Is ``lower`` a state's count of its own troops ("five soldiers were martyred", in the words
    of its ministry or its state media) and ``higher`` another voice's? Parties are known to count
    their own losses low, so the other's higher count is a rival, not an update of it; the state's
    own later count is its update."""
    mine = troop_owner(cx, lower)
    return mine is not None and mine in _voice_states(cx, lower) and mine not in _voice_states(cx, higher) \
        and not _unnamed_state_body(cx, higher)


def _unnamed_state_body(cx: Corpus, q: Quantity) -> bool:
    """Is the figure's voice a ministry or military body of no named state ("the defence
    ministry said"), which may be the very state whose troops it counts?"""
    c = cx.claim.get(q.claim or "")
    speaker = cx.entity[c.speaker] if c is not None and c.speaker else None
    return speaker is not None and speaker.kind == "organization" and not speaker.side \
        and state_institution(speaker.name) and not _voice(cx, q)


def _voice(cx: Corpus, q: Quantity) -> frozenset[str]:
    """The sides the figure's voice speaks for: its speaker's, else (a voice of no known side,
    "officials", "the military's media wing") its outlet's, where the incident's articles name that
    side's forces (Anadolu's count of soldiers in Sudan is no count of Turkey's)."""
    c = cx.claim.get(q.claim or "")
    if c is None:
        return frozenset()
    return cx.voice_sides(c.speaker) or (cx.outlet_sides(q.article) & _sides_named(cx, cx.component_of[q.article]))


def _sides_named(cx: Corpus, component: int) -> frozenset[str]:
    """The sides of the armed actors the incident's articles name."""
    memo = cx.__dict__.setdefault("_sides_named", {})
    if component not in memo:
        memo[component] = frozenset(e.side for e in cx.res.entities if e.side and any(
            cx.component_of[m.article] == component for m in e.mentions))
    return memo[component]


def _voice_states(cx: Corpus, q: Quantity) -> frozenset[str]:
    """The states whose national forces the figure's voice speaks for."""
    return states_of(_voice(cx, q))


def owner(cx: Corpus, q: Quantity) -> str | None:
    """The country whose people or things ``q`` counts: the one its words name ("two Indian
    bunkers"), or, for troops, the one its voice speaks for (``troop_owner``). Read once per figure."""
    memo = cx.__dict__.setdefault("_owners", {})
    if q.id not in memo:
        named = nationalities(q.noun)
        memo[q.id] = troop_owner(cx, q) if _troops(cx, q) else next(iter(named)) if len(named) == 1 else None
    return memo[q.id]


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


def losers_and_doers_clash(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Does one count name whose losses it counts ("seven RSF combat vehicles destroyed") and the
    other say that side did the destroying ("our forces destroyed 12 combat vehicles", in the RSF's
    statement)? Then they count the two sides' losses, not one. A side's own losses in its own
    attack ("15 RSF fighters were killed in the RSF's assault") stay comparable."""
    la, lb = losers(a), losers(b)
    da, db = _destroyers(cx, a), _destroyers(cx, b)
    if la & da or lb & db:
        return False
    return bool(la & db or lb & da)


def losers(q: Quantity) -> frozenset[str]:
    """The side of an armed actor the counted words name ("RSF combat vehicles": the RSF's)."""
    return _losers_named(q.noun or "")


@functools.lru_cache(maxsize=8192)  # asked for each pair of figures
def _losers_named(noun: str) -> frozenset[str]:
    words = noun.split()[:-1]
    sides = set()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            actor = match_actor(" ".join(words[i:j]))
            if actor is not None and actor.side:
                sides.add(actor.side)
                break
    return frozenset(sides)


def allies_and_enemies_clash(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Does one count name a state's forces or their ally ("seven VDP", a militia beside Burkina
    Faso's army) and the other count that state's enemies by a word for them ("62 terrorists",
    "several dozen assailants")? Then they count two sides' dead. Not a word for fighters a state
    may hire or arm ("mercenaries", "paramilitaries"), nor "militiamen". Nor are two opposed voices'
    counts of armed men neither names nor calls its own ("31 members of the militias", in the
    jihadists' statement; "62 terrorists", in the army's): each counts the other side's dead."""
    return (_pro_state(a) and _enemies(cx, b)) or (_pro_state(b) and _enemies(cx, a)) \
        or _each_others_dead(cx, a, b)


def _each_others_dead(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    if not all(ARMED_MEMBERS in (q.category, *cx.ancestors.get(q.category or "", ())) and not losers(q)
               and _no_actor(q.noun or "") and not OWN.search(q.text) for q in (a, b)):
        return False
    va, vb = _voice(cx, a), _voice(cx, b)
    return any(cx.opposed(x, y) for x in va for y in vb)


@functools.lru_cache(maxsize=8192)
def _no_actor(noun: str) -> bool:
    return match_actor(noun) is None


ARMED_MEMBERS = "armed_group_members"  # categories.json: militants, rebels, militiamen, members of armed groups
OWN = re.compile(r"\b(?:our|its|their)\b", re.IGNORECASE)  # "five of our brothers": the voice's own dead


def attackers_named_as_enemies(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Is one a count of the attackers ("62 assailants") and the other a count by a word for a
    state's enemies ("62 terrorists")? Attacker is a role and may be anyone, so the two are never
    set against each other; told alike, they may be the same dead."""
    def attackers(q: Quantity) -> bool:
        return ATTACKERS in (q.category, *cx.ancestors.get(q.category or "", ()))

    return (attackers(a) and not attackers(b) and _enemies(cx, b)) or (attackers(b) and not attackers(a)
                                                                       and _enemies(cx, a))


def attackers_the_state_fought(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Are the attackers one count counts the state's enemies, so that it counts what the other's word
    for them does ("troops had killed about 20 of the attackers" / "killing more than 70 of the
    terrorists")? Only when its claim names a state's forces before the count, or a state's voice
    tells it: attacker is a role, and the state's forces attack too."""
    attackers = a if ATTACKERS in (a.category, *cx.ancestors.get(a.category or "", ())) else b
    c = cx.claim.get(attackers.claim or "")
    if c is None or not attackers_named_as_enemies(cx, a, b):
        return False
    before = [e for e in cx.claim_entities.get(c.id, ()) if any(
        m.article == c.article and c.start <= m.start < attackers.start for m in cx.entity[e].mentions)]
    fighters = {cx.side(e) for e in before if cx.entity[e].kind == "actor"} - {None}
    return bool(states_of(fighters) or states_of(cx.voice_sides(c.speaker)))


def _pro_state(q: Quantity) -> bool:
    """Does the count name only a state's forces or their allies ("seven VDP")?"""
    return _names_the_state_or_its_allies(q.noun or "")


@functools.lru_cache(maxsize=8192)  # asked for each pair of figures
def _names_the_state_or_its_allies(noun: str) -> bool:
    words = noun.split()
    named = [actor for i in range(len(words)) for j in range(len(words), i, -1)
             if (actor := match_actor(" ".join(words[i:j]))) is not None and actor.side]
    return bool(named) and all(actor.national or (actor.country and (state := national_side(actor.country))
                                                  and allied(actor.side, state)) for actor in named)


def _enemies(cx: Corpus, q: Quantity) -> bool:
    """Does the count name armed men by a word for a state's enemies ("62 terrorists", "several dozen
    assailants"), naming no actor? Read once per figure."""
    memo = cx.__dict__.setdefault("_enemies_memo", {})
    if q.id not in memo:
        memo[q.id] = _enemy_words(cx, q)
    return memo[q.id]


def _enemy_words(cx: Corpus, q: Quantity) -> bool:
    if not q.noun or losers(q) or match_actor(q.noun) is not None:
        return False  # "JNIM fighters": whose, the words say
    head = q.noun.split()[-1].lower()
    if auxiliary(head):
        return False
    return generic_role(q.noun) == "non_state_armed" and "militia" not in head \
        or ATTACKERS in (q.category, *cx.ancestors.get(q.category or "", ()))


ATTACKERS = "attackers"  # categories.json: attackers, assailants, raiders


def _destroyers(cx: Corpus, q: Quantity) -> frozenset[str]:
    """The sides said to have destroyed or seized what ``q`` counts: the doers of its clause's act
    ("our forces destroyed 12 combat vehicles ... and killed 70"); not of a repelled attack, whose
    actors are the attackers the clause's subject beat back."""
    c = cx.claim.get(q.claim or "")
    if q.role not in ("destroyed", "captured") or c is None or c.event is None or c.event.type == "attack_repelled":
        return frozenset()
    return frozenset(s for a in c.event.actors if (s := cx.side(a)))


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
