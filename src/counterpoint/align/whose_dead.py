"""Whose dead, as each outlet shows them: one article counts the incident's dead only as
combatants ("the strike wiped out 60 troops"), another only as civilians ("killed at least 20
civilians"). With no denial of the other kind of dead both may be true (a strike can kill
soldiers and bystanders), so this is framing, not a contradiction: each outlet shows its readers
one kind of victim. align/victims.py handles the case where a voice denies any civilian died,
and where the civilians are said to be some of the dead counted as fighters ("four of the eleven
dead were civilians")."""

from __future__ import annotations

from collections import defaultdict

from ..records import Quantity
from .candidates import Corpus
from .selection import per_article
from .stated import describe, size
from .findings import MAX_EVIDENCE, Draft
from .harm import CIVILIANS, category_lineage, positive
from .location import WIDE
from .victims import one_act, one_size, civilian_deaths_denied, harm_by_incident

COMBATANTS = "combatants"  # soldiers, troops and armed-group members alike
SHOWN_EACH = 2  # an article's counts shown: a headline's as well as the body's


def whose_dead_drafts(cx: Corpus) -> list[Draft]:
    out = []
    for qs in harm_by_incident(cx):
        if civilian_deaths_denied(cx, qs):
            continue  # "no civilian among the dead": a question of fact (align/victims.py)
        combatants: dict[str, list[Quantity]] = defaultdict(list)
        civilians: dict[str, list[Quantity]] = defaultdict(list)
        for q in qs:
            if q.role != "killed" or not positive(q):
                continue
            line = category_lineage(cx, q.category)
            if COMBATANTS in line:
                combatants[q.article].append(q)
            elif CIVILIANS in line:
                civilians[q.article].append(q)
        # an article counting both kinds of dead shows both: it takes no side here
        as_combatants = {a: v for a, v in combatants.items() if a not in civilians}
        as_civilians = {a: v for a, v in civilians.items() if a not in combatants}
        pairs = [(q, r) for a in as_combatants for b in as_civilians if _one_incident(cx, a, b)
                 for q in as_combatants[a] for r in as_civilians[b] if _same_dead(cx, q, r)]
        if not pairs:
            continue
        # one pair's act: the closest counts, and the counts that match one of them
        q0, r0 = min(pairs, key=lambda p: (max(size(p[0]), size(p[1])) / max(min(size(p[0]), size(p[1])), 1),
                                             cx.order[p[0].article], p[0].start))
        x = list(dict.fromkeys(q for q, r in pairs if r is r0))
        y = list(dict.fromkeys(r for q, r in pairs if q is q0))
        shown_x = _largest(cx, x, MAX_EVIDENCE // 2)
        shown_y = _largest(cx, y, MAX_EVIDENCE - len(shown_x))
        shown = shown_x + shown_y
        out.append(Draft(
            "framing", [(q.article, q.start, q.end) for q in shown],
            f"Whose dead: combatants in {_told(cx, shown_x)}; civilians in {_told(cx, shown_y)}. Each article "
            "shows one kind of dead; if these are the same dead, the accounts disagree on who they were.",
            0.6, 0.6, claims=list(dict.fromkeys(q.claim for q in shown if q.claim)),
            quantities=[q.id for q in shown]))
    return out


def _one_incident(cx: Corpus, a: str, b: str) -> bool:
    """The two articles are compared and name a place in common: a corpus's coverage of one war
    holds many incidents, and counts of very different sizes may be of different dead."""
    return b in cx.peers.get(a, ()) and cx.share_a_place(a, b)


def _same_dead(cx: Corpus, q: Quantity, r: Quantity) -> bool:
    """Counts of one size in sentences naming one town, of acts no more than days apart where both
    are dated: "60 troops" and "at least 20 civilians" in Sumy, not a week's clashes in a province
    and another village's air raid."""
    # undated texts (files given with no date) are judged by place and size alone (victims.one_act)
    return one_act(cx, q, r) and bool(_towns(cx, q) & _towns(cx, r)) and one_size([q], [r])


def _towns(cx: Corpus, q: Quantity) -> set[str]:
    """The places below province level the count's own sentence names."""
    return {e for e in cx.places(q.claim or "")
            if cx.entity[e].geo is None or cx.entity[e].geo.precision not in WIDE}


def _largest(cx: Corpus, qs: list[Quantity], room: int) -> list[Quantity]:
    """Each article's largest counts first, in article order."""
    ordered = sorted(qs, key=lambda q: (cx.order[q.article], -size(q), q.start))
    return per_article(ordered, room, cx, each=SHOWN_EACH)


def _told(cx: Corpus, qs: list[Quantity]) -> str:
    """"State Wire (60 troops killed) and City Post (...)"."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for q in qs:
        by_article[q.article].append(describe(q))
    return " and ".join(f"{cx.source(a)} ({'; '.join(dict.fromkeys(said))})" for a, said in by_article.items())
