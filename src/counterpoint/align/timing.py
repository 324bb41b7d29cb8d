"""Start times of agreed measures: two outlets giving different clock times (or dates) for the
start of the same ceasefire contradict each other; the same date agrees."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from .candidates import Corpus
from .findings import Draft


def timing_drafts(cx: Corpus) -> list[Draft]:
    by_kind = defaultdict(list)
    for t in cx.res.timings:
        by_kind[t.kind].append(t)
    out = []
    for kind, timings in by_kind.items():
        for a, b in combinations(timings, 2):
            if a.article == b.article or not cx.comparable(a.article, b.article):
                continue
            if a.date and b.date and a.date != b.date:
                continue  # different days: not the same start (or not the same truce)
            src_a, src_b = cx.source(a.article), cx.source(b.article)
            if a.time and b.time and a.time != b.time:
                out.append(Draft(
                    "contradict", [(a.article, a.start, a.end), (b.article, b.start, b.end)],
                    f"{src_a} says the {kind} started at {a.time}; {src_b} says at {b.time}.",
                    0.65, 0.6))
            elif a.date and a.date == b.date and not (a.time and b.time and a.time == b.time) \
                    and (a.time is None or b.time is None):
                out.append(Draft(
                    "agree", [(a.article, a.start, a.end), (b.article, b.start, b.end)],
                    f"{src_a} and {src_b} both date the {kind} to {a.date}.", 0.6, 0.45))
            elif a.time and a.time == b.time:
                out.append(Draft(
                    "agree", [(a.article, a.start, a.end), (b.article, b.start, b.end)],
                    f"{src_a} and {src_b} both give {a.time} for the start of the {kind}.", 0.6, 0.45))
    return out


DATED_FAMILIES = ("attack", "chemical", "control")  # the incident's own event, not its consequences
DATED_CHARS = 250  # a dating claim longer than this is shown by its event's words


def event_date_drafts(cx: Corpus) -> list[Draft]:
    """Articles that date the incident's event to the same day ("on July 29", "early on Friday"
    in a Friday paper): one agreement per incident and day, the first dated claim of each article."""
    from .candidates import family

    firsts: dict[tuple[int, str], dict[str, object]] = defaultdict(dict)
    for c in cx.claims:
        if c.event is None or c.scope != "incident" or not c.event.date or len(c.event.date) != 10:
            continue
        if family(c.event.type) not in DATED_FAMILIES or c.stance in ("denied", "disputed"):
            continue
        firsts[(cx.component_of[c.article], c.event.date)].setdefault(c.article, c)
    out = []
    for (_, day), claims in sorted(firsts.items()):
        if len(claims) < 2:
            continue
        shown = list(claims.values())[:8]
        spans = [cx.claim_span(c) if c.end - c.start <= DATED_CHARS else cx.event_span(c) for c in shown]
        names = [cx.source(c.article) for c in shown]
        who = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
        out.append(Draft("agree", spans, f"{who} date the event to the same day, {day}.", 0.6, 0.45,
                         claims=[c.id for c in shown]))
    return out
