"""A fighters-only toll against a larger toll of the dead: one voice counts the incident's dead
only as armed-group members and says no civilian died ("203 terrorists neutralised, no civilian
among the dead"), so its count is the whole toll; another voice counts more dead than that ("more
than 500 people were killed"). Both cannot be true. Without the denial they may be: a battle can
kill the fighters one side counts and others besides.

align/harm.py sets such a count against civilian counts of the same size (fighters or
civilians?); this module sets it against larger whole tolls, which no figure comparison sees,
since 203 fighters fit inside 500 people as a part."""

from __future__ import annotations

from collections import defaultdict

from ..records import Quantity
from .candidates import Corpus
from .selection import per_article
from .stated import interval, size
from .figure_groups import counted_group
from .figures import same_event
from .findings import MAX_EVIDENCE, Draft
from .harm import CIVILIANS, FIGHTERS, category_lineage, positive, figure_voice
from .revisions import cx_tol
from .victims import civilian_deaths_denied, harm_by_incident, two_accounts


def fighters_toll_drafts(cx: Corpus) -> list[Draft]:
    tol = cx_tol(cx)
    out = []
    for qs in harm_by_incident(cx):
        killed = [q for q in qs if q.role == "killed" and positive(q)]
        denials = civilian_deaths_denied(cx, qs)  # "no civilian among the dead"
        counts_civilians = {figure_voice(cx, q) for q in killed if CIVILIANS in category_lineage(cx, q.category)}
        fighters: dict[tuple, list[Quantity]] = defaultdict(list)
        for q in killed:
            if FIGHTERS in category_lineage(cx, q.category) and figure_voice(cx, q) not in counts_civilians:
                fighters[figure_voice(cx, q)].append(q)
        # the denial may come from the fighters' voice or another voice that counts no civilian dead
        denied = [z for v, zs in denials.items() if v not in counts_civilians for z in zs]
        if not fighters or not denied:
            continue
        own_losses = [q for q in killed
                      if figure_voice(cx, q) in fighters and "combatants" in category_lineage(cx, q.category)
                      and FIGHTERS not in category_lineage(cx, q.category)]
        if own_losses:
            continue  # "203 terrorists killed, and 12 soldiers lost": its toll is more than the fighters
        x = [q for qs_ in fighters.values() for q in qs_]
        seed = max(x, key=lambda q: (size(q), -cx.order[q.article], -q.start))
        # several groups of fighters counted ("150 militants and 80 mercenaries") add up
        largest: dict[str | None, float] = {}
        for q in x:
            largest[counted_group(q)] = max(largest.get(counted_group(q), 0.0), size(q))
        whole = sum(largest.values())
        account = set(fighters) | set(denials)
        wider = [q for q in killed if counted_group(q) == "people" and figure_voice(cx, q) not in account
                 and interval(q).bounds(tol)[0] > whole * (1 + tol) and same_event(cx, seed, q)]
        if not wider:
            continue
        shown_x = denied[:1] + per_article(sorted(x, key=lambda q: (cx.order[q.article], q.start)),
                                           MAX_EVIDENCE // 2 - 1, cx)
        shown_w = per_article(sorted(wider, key=lambda q: (-size(q), cx.order[q.article], q.start)),
                              MAX_EVIDENCE - len(shown_x), cx)
        out.append(two_accounts(cx, "How many died?", shown_x, denied[0], shown_w,
                                "more dead than the fighters counted, so both cannot be true.", 0.9))
    return out
