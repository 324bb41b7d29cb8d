"""Reactions to the incident: who condemned it, vowed to answer it, or protested over it
(cues.json ``reaction_phrases``, each with its kind). Articles reporting one party's reaction of one
kind agree ("The Taliban's Ministry of Defence condemned the airstrikes" / "A Taliban defence
ministry statement condemned the strikes"); a reaction one article reports and a comparable article
leaves out entirely is an omission. Conflict coders record reactions with the incident: who
condemned it and who vowed retaliation tell where it may lead.

A reaction counts in a sentence holding a claim about the incident, not when its clause dates what
is reacted to earlier ("condemned the Houthi attacks on Abu Dhabi days earlier"; cues.json
``earlier_time_tails``), and not when the words just before deny it ("refused to condemn", "has yet
to condemn"; ``reaction_negations``). The reacting party is the claim's speaker, else the last
actor, organisation or person named before the reaction in its clause; protests need none.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import cue_regex, cues
from .candidates import Corpus, more_of_each
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import sentence_bounds
from .text import clause_start, dated_earlier, word_start

PARTY_KINDS = ("actor", "organization", "person")
NEEDS_PARTY = ("condemnation", "retaliation")  # "protesters marched" is a reaction whoever marched
NEGATION_WORDS = 3  # words before a reaction word that may deny it ("has yet to condemn")
SPAN_AFTER = 80  # characters after the reaction word shown with it ("condemned the drone strike")
TELLS = {"condemnation": "condemned it", "retaliation": "vowed to answer it"}


@dataclass(frozen=True)
class Reaction:
    article: str
    start: int
    end: int
    kind: str
    party: str | None  # entity id of who reacted
    claim: str | None  # the incident claim of its sentence, if any


@functools.cache
def _kind_of() -> dict[str, str]:
    return {" ".join(c.words): c.kind for c in cues().reaction_phrases if c.kind}


def reactions(cx: Corpus, article: str) -> list[Reaction]:
    """The article's reactions to the incident, in text order."""
    text = cx.article[article].text
    incident = [c for c in cx.claims_by_article.get(article, ()) if c.scope == "incident"]
    names = sorted((m.start, m.end, e.id) for e in cx.res.entities if e.kind in PARTY_KINDS
                   for m in e.mentions if m.article == article)
    out = []
    background = [c for c in cx.claims_by_article.get(article, ()) if c.scope != "incident"]
    for lo, hi in sentence_bounds(text):
        held = [c for c in incident if lo <= c.start < hi]
        if not held and (any(lo <= c.start < hi for c in background) or not _names_an_act(text, lo, hi)):
            continue  # a sentence of no claim counts when it names an act: "a statement condemned the strikes"
        for m in cue_regex("reaction_phrases").finditer(text, lo, hi):
            kind = _kind_of().get(" ".join(m.group().lower().split()))
            if kind is None or _denied(text, lo, m.start()) or dated_earlier(text, m.end()):
                continue
            clause = clause_start(text, lo, m.start())
            claim = next((c for c in held if c.start <= m.start() < c.end), held[0] if held else None)
            speaker = claim.speaker if claim is not None else None
            named = [(s, e, eid) for s, e, eid in names if clause <= s and e <= m.start()]
            # "The Taliban's Ministry of Defence condemned": the side it speaks for, when one is named
            sided = [x for x in named if cx.side(x[2]) is not None]
            if sided and (speaker is None or cx.side(speaker) is None):
                party, start = sided[-1][2], sided[-1][0]
            elif speaker is not None or not named:
                party, start = speaker, word_start(text, max(clause, m.start() - SPAN_AFTER))
            else:
                party, start = named[-1][2], named[-1][0]
            stop = re.search(r"[.;:!?\n]", text[m.end():min(hi, m.end() + SPAN_AFTER)])
            end = m.end() + stop.start() if stop else min(hi, m.end() + SPAN_AFTER)
            out.append(Reaction(article, start, end, kind, party, claim.id if claim is not None else None))
    return out


def _names_an_act(text: str, lo: int, hi: int) -> bool:
    return any(w in cue_sets().act_nouns for w in re.findall(r"[a-z-]+", text[lo:hi].lower()))


def _denied(text: str, sentence_start: int, at: int) -> bool:
    """"refused to condemn", "has yet to condemn", "without condemning": the words just before it."""
    words = re.findall(r"[\w']+", text[sentence_start:at])[-NEGATION_WORDS:]
    return cue_regex("reaction_negations").search(" ".join(words)) is not None


def _same_party(cx: Corpus, a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or cx.same_voice(a, b) or (cx.side(a) is not None and cx.side(a) == cx.side(b))


def _groups(cx: Corpus) -> list[list[Reaction]]:
    """Reactions of one kind by one party (any party, for protests) in one incident's coverage."""
    groups: list[list[Reaction]] = []
    for article in sorted(cx.claims_by_article, key=cx.order.get):
        for r in reactions(cx, article):
            if r.kind in NEEDS_PARTY and r.party is None:
                continue
            home = next((g for g in groups if g[0].kind == r.kind
                         and cx.component_of[g[0].article] == cx.component_of[r.article]
                         and (r.kind not in NEEDS_PARTY or any(_same_party(cx, x.party, r.party) for x in g))), None)
            if home is None:
                groups.append([r])
            else:
                home.append(r)
    return groups


def _what(cx: Corpus, group: list[Reaction]) -> str:
    if group[0].kind == "protest":
        return "protests over it"
    return f"that {cx.entity[group[0].party].name} {TELLS[group[0].kind]}"


def _quote(cx: Corpus, r: Reaction, limit: int = 90) -> str:
    words = " ".join(cx.article[r.article].text[r.start:r.end].split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + "…"


def reaction_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident, kind and party among the articles reporting that reaction."""
    out = []
    for group in _groups(cx):
        per_article: dict[str, list[Reaction]] = defaultdict(list)
        for r in group:
            per_article[r.article].append(r)
        if len(per_article) < 2:
            continue
        arts = sorted(per_article, key=cx.order.get)[:MAX_EVIDENCE]
        chosen = [per_article[a][0] for a in arts]
        shown = chosen + more_of_each(chosen, [per_article[a] for a in arts], MAX_EVIDENCE - len(chosen))
        shown.sort(key=lambda r: (cx.order[r.article], r.start))
        sources = list(dict.fromkeys(cx.source(a) for a in arts))
        out.append(Draft("agree", [(r.article, r.start, r.end) for r in shown],
                         f"{listing(sources)} report {_what(cx, group)} "
                         f"({', '.join(f'“{_quote(cx, r)}”' for r in chosen)}).", 0.55, 0.4,
                         claims=list(dict.fromkeys(r.claim for r in shown if r.claim))))
    return out


def reaction_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """Per article, its reactions that comparable articles leave out: one omission per kind and
    party, missing from the peers that report no such reaction."""
    out: dict[str, list[Draft]] = defaultdict(list)
    for group in _groups(cx):
        told = {r.article for r in group}
        for article in sorted(told, key=cx.order.get):
            missing = [a for a in cx.peers[article] if a not in told]
            if not missing:
                continue
            r = next(x for x in group if x.article == article)
            only = "Only " if len(missing) >= len(cx.peers[article]) else ""
            verb = "does" if len(missing) == 1 else "do"
            out[article].append(Draft(
                "omission", [(r.article, r.start, r.end)],
                f"{only}{cx.source(article)} reports {_what(cx, group)} (“{_quote(cx, r)}”); "
                f"{listing([cx.source(a) for a in missing])} {verb} not mention it.",
                0.55, 0.5, claims=[r.claim] if r.claim else [], missing_from=missing))
    return out
