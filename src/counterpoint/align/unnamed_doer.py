"""Who did it, left out: articles that tell of the incident's act but name no one who did it, beside
articles that do ("An air strike by the Saudi-led coalition on a prison in Saada killed at least 70" / an
aid agency's "An air strike hit a temporary detention centre in Saada city"). The accounts of who did it
are align/perpetrators.py's; whether they clash is told there."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..nlp.lexicons import actors
from .candidates import OUTCOME, REJECTING, Corpus, family
from .control import SAME_ATTACK_DAYS
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .perpetrators import ACT_WORDS, Agent, agents
from .revisions import told_within_days

SALIENCE = 0.7  # as a weapon named or a count of attacks: the tolls come first in an article's room
ACTS = ("attack", "chemical")  # families of the act whose doer is asked for
TOLD = ("asserted", "attributed")  # not "may stage fake attacks"


def unnamed_doer_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """One omission per set of silent articles: the articles compared with them that name a doer, each
    by its first account, and the silent ones (telling of the act, naming no doer) as ``missing_from``."""
    by_article: dict[str, list[Agent]] = defaultdict(list)
    for ag in agents(cx):
        by_article[ag.article].append(ag)
    naming_for: dict[tuple[str, ...], list[str]] = defaultdict(list)  # silent peers -> the articles naming a doer
    for a in cx.articles:
        if by_article[a.id]:
            first = _first(cx, by_article[a.id])
            silent = tuple(p for p in cx.peers[a.id] if not by_article[p] and _tells_the_act(cx, p, first.claim))
            if silent:
                naming_for[silent].append(a.id)
    out: dict[str, list[Draft]] = defaultdict(list)
    for silent, naming in naming_for.items():
        firsts = [_first(cx, by_article[a]) for a in naming][:MAX_EVIDENCE]
        told = "; ".join(f"{cx.source(x.article)}: “{_words(cx, x)}”" for x in firsts[:3])
        silent_names = [cx.source(a) for a in silent]
        out[naming[0]].append(Draft(
            "omission", [(x.article, x.start, x.end) for x in firsts],
            f"Who did it is told by {listing([cx.source(a) for a in naming])} ({told}); "
            f"{listing(silent_names)} {verb_for(silent_names, 'tells', 'tell')} of the act without naming anyone.",
            0.6, SALIENCE, claims=list(dict.fromkeys(x.claim for x in firsts)), missing_from=list(silent)))
    return out


def _first(cx: Corpus, found: list[Agent]) -> Agent:
    """An article's first account in its body, else in its headline (which compresses it)."""
    return min(found, key=lambda x: (x.start < cx.headline_end(x.article), x.start))


def _words(cx: Corpus, x: Agent, limit: int = 80) -> str:
    words = " ".join(cx.article[x.article].text[x.start:x.end].split())
    return words if len(words) <= limit else words[:limit - 1].rsplit(" ", 1)[0] + "…"


def _tells_the_act(cx: Corpus, article: str, named: str) -> bool:
    """Does the article tell of an attack of the incident as having happened, at a place the ``named``
    claim names, rejecting nothing and naming no one as a doer in any of its words (not even "terrorists"
    or "gunmen", which align/perpetrators.py places on no side)?"""
    claims = cx.claims_by_article.get(article, ())
    if any(c.stance in REJECTING for c in claims):
        return False  # "the coalition denied carrying out the strike": the accused is named
    told = [c for c in claims if c.event is not None and c.scope == "incident"
            and c.stance not in REJECTING and c.id not in cx.res.negated]
    acts = [c for c in told if family(c.event.type) in ACTS and c.stance in TOLD and _same_place(cx, c.id, named)]
    # "the army repelled attacks staged by HTS" names the attackers too, and "the coalition's air strike" a doer
    # that align/perpetrators.py may place on no side
    doers = any(c.event.actors for c in told if family(c.event.type) in ACTS or c.event.type in OUTCOME)
    # any armed actor named in its words of the act, or speaking them ("Israeli jets", "the army said it
    # struck"), or a word for a force ("coalition warplanes", "a suspected coalition air strike") may be the doer
    armed = any(cx.entity[e].kind == "actor" for c in acts for e in (*cx.claim_entities.get(c.id, ()), c.speaker)
                if e is not None)
    forces = _force_words()
    text = cx.article[article].text
    worded = any(w in forces for c in acts for w in re.findall(r"[a-z]+", _with_sentence(text, c).lower()))
    owned = any(OWNED_ACT.search(_with_sentence(text, c)) for c in acts)
    return bool(acts) and not doers and not armed and not worded and not owned


def _with_sentence(text: str, c) -> str:
    """The claim's words and its sentence's before them ("A suspected coalition air strike | hit a prison")."""
    dot = text.rfind(". ", 0, c.start)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, c.start) + 1)
    return text[start:c.end]


@functools.cache
def _force_words() -> frozenset[str]:
    """actors.json's one-word nouns for forces and bodies of them ("army", "warplanes", "coalition")."""
    lex = actors()
    return frozenset(w.lower() for w in (*lex.national_force_nouns, *lex.affiliation_nouns, *lex.body_nouns)
                     if " " not in w)


OWNED_ACT = re.compile(rf"\b[\w-]+['’]s?\s+(?:[\w-]+\s+)?{ACT_WORDS}", re.IGNORECASE)  # "the coalition's air strike"


def _same_place(cx: Corpus, a: str, b: str) -> bool:
    """Told of one act: a place both name, none apart, and days close."""
    pa, pb = cx.places(a), cx.places(b)
    return not cx.places_clash(a, b) and bool(pa & pb) and told_within_days(
        cx, (cx.claim[a].article, a), (cx.claim[b].article, b), SAME_ATTACK_DAYS)
