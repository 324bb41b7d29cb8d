"""Contradictions between figures of one fact: which figures the finding shows, and the
sentence that groups them into versions that could each be true ("9 killed (A) vs at least 14
killed (B; C)"). Kept apart from figures.py, which finds the disagreements.
"""

from __future__ import annotations

from collections import defaultdict

from ..records import Quantity
from .candidates import Corpus
from .findings import Draft
from .intervals import compatible
from .revisions import cx_tol
from .stated import describe, interval

# how much a role's figures matter to a reader (findings' importance; omissions.py keeps the salient)
ROLE_SALIENCE = {"killed": 1.0, "wounded": 0.9, "casualties": 0.9, "displaced": 0.85, "captured": 0.7,
                 "missing": 0.7, "destroyed": 0.7, "attacks": 0.7, "targeted": 0.7, "reinforcing": 0.6,
                 "delivered": 0.5, "planned": 0.5, "fired": 0.5, "evacuated": 0.5}


def figure_conflict_draft(cx: Corpus, key: tuple, pairs: list[tuple[Quantity, Quantity]]) -> Draft:
    """One contradiction per fact, however many figures disagree on it: the figures in most
    disagreements first, every article that takes part shown, at most 8 pieces of evidence."""
    degree: dict[str, int] = defaultdict(int)
    by_id: dict[str, Quantity] = {}
    for a, b in pairs:
        for q in (a, b):
            # two counts of one kind that differ say more than a part that outnumbers a whole
            degree[q.id] += 2 if a.category == b.category else 1
            by_id[q.id] = q
    # stated numbers before vague words ("dozens" clashes only with small counts and says little);
    # an article's body before its headline, which repeats the figure without its words
    ranked = sorted(by_id.values(), key=lambda q: (q.hedge == "vague", -degree[q.id], cx.order[q.article],
                                                   q.start < cx.headline_end(q.article), q.start))
    clash = {frozenset((a.id, b.id)) for a, b in pairs}
    # the figure in most disagreements and the first it clashes with open the list, so that however
    # many articles repeat one value, the finding shows two that cannot both be true
    shown = ranked[:1] + [next(q for q in ranked if frozenset((ranked[0].id, q.id)) in clash)]
    inside = all(a.article == b.article for a, b in pairs)
    return _conflict_draft(cx, key, _shown_with(cx, ranked, clash, shown), inside)


def _shown_with(cx: Corpus, ranked: list[Quantity], clash: set, shown: list[Quantity]) -> list[Quantity]:
    """``shown`` and the ranked figures that either agree with, or are in a disagreement with,
    every figure already in it: a revision pair (one source's 39 then 50) is never shown as if it
    clashed."""
    tol = cx_tol(cx)

    def fits(q: Quantity) -> bool:
        return all(compatible(interval(q), interval(s), tol) or frozenset((q.id, s.id)) in clash for s in shown)

    for first_pass in (True, False):  # one figure per article and value first, then repeats
        for q in ranked:
            # an article's repeat of a figure shown fits wherever the figure does
            twin = not first_pass and any(s.article == q.article and interval(s) == interval(q) for s in shown)
            if len(shown) >= MAX_SHOWN or q in shown or not (twin or fits(q)):
                continue
            if first_pass and any(s.article == q.article and (interval(s) == interval(q) or q.hedge == "vague")
                                  for s in shown):
                continue  # an article's repeat, or its "hundreds" beside a figure it states, waits
            shown.append(q)
    return sorted(shown, key=lambda q: (cx.order[q.article], q.start))


def _conflict_draft(cx: Corpus, key: tuple, shown: list[Quantity], inside: bool) -> Draft:
    role = key[1]
    where = "inside one article" if inside else "across articles"
    return Draft(
        "contradict", [(q.article, q.start, q.end) for q in shown],
        f"{_versions_text(cx, shown)}: these counts of people or things {ROLE_WORDS.get(role, role)} cannot all be "
        f"true ({where}).",
        0.7 if inside else 0.75, ROLE_SALIENCE.get(role, 0.4),
        claims=list(dict.fromkeys(q.claim for q in shown if q.claim)), quantities=[q.id for q in shown])


MAX_SHOWN = 8
ROLE_WORDS = {"casualties": "killed or wounded"}  # a role as the explanation says it


def _versions_text(cx: Corpus, shown: list[Quantity]) -> str:
    """"9 civilians killed (State News Agency, citing the health directorate) vs at least 14
    civilians killed (Frontline Monitor, citing Sarvan Civil Defence; Northern Wire Service)":
    the figures grouped into versions that could each be true."""
    tol = cx_tol(cx)
    versions: list[list[Quantity]] = []
    for q in sorted(shown, key=lambda q: (interval(q).bounds(tol)[0], cx.order[q.article])):
        home = next((v for v in versions if all(compatible(interval(q), interval(o), tol) for o in v)), None)
        if home is None:
            versions.append([q])
        else:
            home.append(q)

    def who(q: Quantity) -> str:
        speaker = cx.speaker_name(q.claim)
        return cx.source(q.article) + (f", citing {speaker}" if speaker else "")

    return " vs ".join(f"{describe(v[0])} ({'; '.join(dict.fromkeys(who(q) for q in v))})" for v in versions)
