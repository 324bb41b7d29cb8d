"""Were fighters or arms at the site? One voice says none were ("there were no fighters among its
residents", "the building contained no weapons", "not a single fighter of the group was in the
village that night"); another tells of them: armed men killed or taken there ("seven terrorists
were neutralised"), arms found there ("security forces seized three rifles"), a strike on them
("struck ISIS fighters and equipment") or a store of arms ("a weapons storage facility"). Both
cannot be true: a contradiction per incident, kind (fighters, arms) and article telling of them.

What is counted comes from categories.json (the absent words' categories must roll up to one of
its ``presence_kinds``, and the present ones must be of the same category, or one a kind of the
other); the verbs that say a place held nothing ("contained no weapons") are cues.json
``holding_verbs``."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import NamedTuple

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import categories, categories_in, is_a
from ..records import Claim
from .accounts import phrases, said_alike, two_voices, words_of
from .candidates import REJECTING, Corpus
from .disputes import who_says
from .findings import Draft
from .targets import stated_aims
from .text import said_not

GENERIC_FIGHTERS, STATE_TROOPS = "combatants", "state_troops"
PEOPLE_ROLES = ("killed", "wounded", "captured", "surrendered", "casualties")  # fighters harmed or taken there
THING_ROLES = (None, "captured", "destroyed")  # arms found, seized or destroyed there; not fired or delivered
NONE = r"(?:no|not\s+(?:a\s+single|one|any)|never\s+any)"
THERE_WERE = re.compile(r"\bthere\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:absolutely\s+|ever\s+)?"
                        + NONE + r"\s+(?P<rest>[^.;:!?]{1,80})", re.IGNORECASE)
SUBJECT = re.compile(r"\b" + NONE + r"\s+(?P<rest>[^.;:!?]{1,80})", re.IGNORECASE)
PLACE_PREPOSITIONS = ("in", "inside", "at", "among", "on", "near", "with", "around")


@functools.cache
def _where() -> dict[str, re.Pattern[str]]:
    """The words that put people or things somewhere: a preposition of place, or events.json
    ``absence_words`` ("present", "there", "stationed"). After the absent ones, where they were not
    ("no fighters in the village"), or a verb of being and where ("not a single soldier of the group
    was inside the house"); not a harm ("no fighters were killed"). After a count, the words that
    put the counted there ("two more terrorists, A and B, who were inside the building")."""
    words = sorted({*PLACE_PREPOSITIONS, *cue_sets().absence_words}, key=len, reverse=True)
    locative = "(?:" + "|".join(map(re.escape, words)) + r")\b"
    return {
        "where_not": re.compile(r"\s*(?:,|$|" + locative + ")", re.IGNORECASE),
        "was_not_there": re.compile(r"\s*(?:of\s+[^,.;]{1,50}?\s+)?(?:was|were|(?:had|has|have)\s+been)\s+"
                                    r"(?:ever\s+|actually\s+|even\s+)?(?:stored\s+|kept\s+|hidden\s+|held\s+)?"
                                    + locative, re.IGNORECASE),
        "who_were_there": re.compile(r"\b(?:who|which|that)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?" + locative
                                     + r"[^,.;:!?]*", re.IGNORECASE),
    }

NOUN_END = re.compile(r"\s(?:in|inside|at|among|on|near|with|around|of|was|were|is|are|had|has|have|there|present|"
                      r"that|who|which|from|to|during)\b|,", re.IGNORECASE)
CLAUSE_END = re.compile(r",|\s(?:and|but|while|whereas)\s", re.IGNORECASE)  # where the words of absence end
MAX_NOUN_WORDS = 4
THERE_REACH = 120
PER_SIDE = 4
MAX_ARTICLES = 3  # articles telling of them set against one denial


class Told(NamedTuple):
    claim: Claim
    start: int
    end: int
    categories: tuple[str, ...]


def _kind(category: str) -> str | None:
    """The kind (categories.json ``presence_kinds``: fighters, arms) the category rolls up to."""
    return next((k for k, roots in categories().presence_kinds.items() if any(is_a(category, r) for r in roots)),
                None)


def _absent_words(rest: str) -> tuple[str, str]:
    """(the noun phrase of what was absent, the words after it)."""
    stop = NOUN_END.search(" " + rest)
    cut = stop.start() - 1 if stop else len(rest)
    noun = rest[:max(cut, 0)]
    bare = re.sub(r"\s+(?:and|or)$", "", noun)  # "contained no weapons and that ...": the weapons
    return bare, rest[len(bare):]


def absences(cx: Corpus) -> list[Told]:
    """Statements that no fighters or arms were at the site, in an incident claim of its own voice."""
    holding = re.compile(rf"\b{phrases('holding_verbs')}\s+{NONE}\s+(?P<rest>[^.;:!?]{{1,80}})", re.IGNORECASE)
    out = []
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING:
            continue
        text = cx.article[c.article].text
        found: dict[int, Told] = {}
        for pattern in (THERE_WERE, holding, SUBJECT):
            for m in pattern.finditer(text, c.start, c.end):
                noun, after = _absent_words(m.group("rest"))
                after_ok = (_where()["where_not"].match(after) if pattern is THERE_WERE else
                            _where()["was_not_there"].match(after) if pattern is SUBJECT else True)
                cats = _narrowest(tuple(x for x in categories_in(noun) if _kind(x)))
                if not cats or not after_ok or len(noun.split()) > MAX_NOUN_WORDS:
                    continue
                told = len(CLAUSE_END.split(after, 1)[0]) if pattern is not holding else 0
                end = m.start("rest") + len(noun) + told
                if not any(s <= m.start() < e for s, e in ((t.start, t.end) for t in found.values())):
                    found[m.start()] = Told(c, m.start(), min(c.end, end), cats)
        out.extend(found[k] for k in sorted(found))
    return out


def _narrowest(cats: tuple[str, ...]) -> tuple[str, ...]:
    """"rebel fighters": the rebels, not every fighter; "weapons or explosives": both."""
    return tuple(c for c in cats if not any(o != c and is_a(o, c) for o in cats))


def _fits(absent: tuple[str, ...], present: str) -> bool:
    """The present things are of an absent category, or one is a kind of the other ("no rebel
    fighters" / "five fighters killed"). Bare "fighters" said absent are the other side's, never
    the state's troops ("no fighters in the village" / "two soldiers were wounded in the raid")."""
    return any((is_a(present, a) or is_a(a, present)) and not (a == GENERIC_FIGHTERS and is_a(present, STATE_TROOPS))
               for a in absent)


def presences(cx: Corpus) -> list[Told]:
    """Statements of fighters or arms at the site: counts of fighters harmed or taken and of arms
    found, strikes said to be on fighters, and stores of arms."""
    out = []
    for q in cx.quantities:
        c = cx.claim.get(q.claim) if q.claim else None
        if c is None or c.scope != "incident" or c.stance in REJECTING or not q.category or not _kind(q.category):
            continue
        if (q.high is not None and q.high <= 0) or q.role not in (PEOPLE_ROLES if _kind(q.category) == "fighters"
                                                                    else THING_ROLES):
            continue
        there = _where()["who_were_there"].search(cx.article[q.article].text, q.end, min(c.end, q.end + THERE_REACH))
        if there and any(q.end <= o.start < there.start() for o in cx.quantities_by_claim.get(c.id, ())):
            there = None  # "a commander, and two other rebels, who were inside": the words are the others'
        out.append(Told(c, q.start, there.end() if there else q.end, (q.category,)))
    for c, aims in stated_aims(cx):
        out.extend(Told(c, s, e, (cat,)) for kind, cat, s, e in aims if kind == "military" and _kind(cat))
    being = r"(?:(?:were|was|(?:had|have|has)\s+been)\s+)?"
    store = re.compile(rf"\b{phrases('stock_nouns')}\s+{being}{phrases('storage_words')}\b"
                       rf"|\b{phrases('storage_words')}\s+(?:of\s+)?{phrases('stock_nouns')}\b", re.IGNORECASE)
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
            continue
        text = cx.article[c.article].text
        for m in store.finditer(text, c.start, c.end):
            if said_not(text, c.start, m.start()) or said_not(text, m.start(), m.end()):
                continue  # "no weapons were stored there", "never for weapons storage"
            cats = tuple(x for x in categories_in(m.group()) if _kind(x))
            if cats:
                out.append(Told(c, m.start(), m.end(), cats))
    return out


def presence_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per incident, kind and article telling of them there: the voices saying
    none were there against that article's statements of them (in another article, or in another
    named voice of the same one). One article's statements only, so that two articles' counts of
    the arms found, which may agree, are never shown as sides of one contradiction."""
    sides: dict[tuple[int, str, str], tuple[list[Told], list[Told]]] = defaultdict(lambda: ([], []))
    present = presences(cx)
    for a in absences(cx):
        against = [p for p in present if two_voices(a.claim, p.claim)
                   and cx.comparable(a.claim.article, p.claim.article)
                   and not cx.places_apart(_place(cx, a.claim), _place(cx, p.claim))
                   and _fits(a.categories, p.categories[0])]
        if not against:
            continue
        # the articles placing them where the denial does first, then the nearest in the list
        articles = sorted(dict.fromkeys(p.claim.article for p in against),
                          key=lambda x: (not any(cx.places(p.claim.id) & cx.places(a.claim.id)
                                                 for p in against if p.claim.article == x), cx.order[x]))
        for article in articles[:MAX_ARTICLES]:
            absent, there = sides[(cx.component_of[a.claim.article], _kind(a.categories[0]) or "", article)]
            absent.append(a)
            there.extend(p for p in against if p.claim.article == article and p not in there)
    out = []
    for (_, kind, _), (absent, there) in sides.items():
        absent = _one_per_claim(absent)[:PER_SIDE]
        there = sorted(there, key=lambda t: t.start)[:PER_SIDE]
        what = "fighters" if kind == "fighters" else "weapons"
        out.append(Draft(
            "contradict", [(t.claim.article, t.start, t.end) for t in (*absent, *there)],
            f"Were there {what} at the site? {who_says(cx, absent[0].claim)} says there were none "
            f"(“{words_of(cx, absent[0])}”) while {who_says(cx, there[0].claim)} tells of them "
            f"(“{words_of(cx, there[0])}”).",
            0.6, 0.8, claims=list(dict.fromkeys(t.claim.id for t in (*absent, *there)))))
    return out


def absence_agreement_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident and kind where two articles or more say none were there, each
    article's first such statement ("Not a single fighter of the group was in the village that
    night" / "Residents said there were no separatist fighters in the village")."""
    firsts: dict[tuple[int, str], dict[str, Told]] = defaultdict(dict)
    for a in absences(cx):
        firsts[(cx.component_of[a.claim.article], _kind(a.categories[0]) or "")].setdefault(a.claim.article, a)
    out = []
    for (_, kind), told in firsts.items():
        shown = sorted(told.values(), key=lambda t: cx.order[t.claim.article])[:PER_SIDE]
        if len(shown) < 2 or any(cx.places_apart(_place(cx, shown[0].claim), _place(cx, t.claim)) for t in shown):
            continue
        what = "fighters" if kind == "fighters" else "weapons"
        out.append(said_alike(cx, shown, f"there were no {what} at the site"))
    return out


def _place(cx: Corpus, c: Claim) -> str | None:
    """Where the claim puts its act, or the one place it names ("there were no fighters in Homs"
    has no act)."""
    named = cx.places(c.id)
    return cx.event_place(c.id) or (next(iter(named)) if len(named) == 1 else None)


def _one_per_claim(told: list[Told]) -> list[Told]:
    seen: set[str] = set()
    return [t for t in told if not (t.claim.id in seen or seen.add(t.claim.id))]
