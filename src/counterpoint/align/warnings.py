"""Was there a warning? One voice says the people at the site were warned before the strike ("advance
warnings to the residents of the area", "ordered residents to evacuate"; cues.json
``warning_given_phrases``), another that they were not ("The strike came without any prior
warning", "no warning was issued"; ``warning_denied_phrases``). Both cannot be true: one
contradiction per incident. Two articles or more telling the same answer agree."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ..nlp.lexicons import cue_regex
from ..records import Claim
from .accounts import said_alike, two_voices, words_of
from .candidates import REJECTING, Corpus
from .disputes import who_says
from .findings import Draft
from .text import left_open, said_not

PER_SIDE = 4
GIVEN, DENIED = "given", "denied"
SIREN = re.compile(r"\s+sirens?\b", re.IGNORECASE)  # "no warning sirens sounded": the defender's alarm, not a warning
# "rejected claims that the strike came without warning": the words of none are the rejected claim's
REJECTION_BEFORE = re.compile(r"\b(?:reject\w*|deni(?:ed|al|als|es)|deny\w*|dismiss\w*|refut\w*)\b", re.IGNORECASE)


class Told(NamedTuple):
    claim: Claim
    start: int
    end: int
    answer: str


def warnings_told(cx: Corpus) -> list[Told]:
    """Each incident claim's words that a warning was given or was not; the words of none win where
    both match ("no advance warning"). A warning told inside a rejection or denial ("denied that
    warnings were given") is none given; the words of none may be the claim's own denial ("There
    was no advance warning", which the parser may read as a denied act)."""
    given, denied = cue_regex("warning_given_phrases"), cue_regex("warning_denied_phrases")
    out = []
    for c in cx.claims:
        if c.scope != "incident" or c.stance == "disputed" or c.stance == "speculative":
            continue
        text = cx.article[c.article].text
        nones = [(m.start(), m.end()) for m in denied.finditer(text, c.start, c.end)
                 if not SIREN.match(text, m.end()) and not left_open(text, c.start, m.start())
                 and not (c.stance in REJECTING and REJECTION_BEFORE.search(text, c.start, m.start()))]
        for m in given.finditer(text, c.start, c.end):
            if any(s < m.end() and m.start() < e for s, e in nones) or SIREN.match(text, m.end()) \
                    or left_open(text, c.start, m.start()):
                continue  # "no advance warning" is told once, as none; "unclear whether" tells neither
            if said_not(text, c.start, m.start()):
                if not (c.stance in REJECTING and REJECTION_BEFORE.search(text, c.start, m.start())):
                    nones.append((m.start(), m.end()))  # "were not given advance warning"
            elif c.stance not in REJECTING:
                out.append(Told(c, m.start(), m.end(), GIVEN))
        out.extend(Told(c, s, e, DENIED) for s, e in sorted(nones))
    return out


def warning_drafts(cx: Corpus) -> list[Draft]:
    """Per incident: a contradiction between the voices saying a warning was given and those
    saying none was, and an agreement among two articles or more telling each answer."""
    by_incident: dict[int, dict[str, dict[str, Told]]] = defaultdict(lambda: {GIVEN: {}, DENIED: {}})
    for t in warnings_told(cx):
        by_incident[cx.component_of[t.claim.article]][t.answer].setdefault(t.claim.id, t)
    out = []
    for sides in by_incident.values():
        given, denied = (sorted(sides[a].values(), key=lambda t: (cx.order[t.claim.article], t.start))
                         for a in (GIVEN, DENIED))
        if given and denied and any(two_voices(g.claim, d.claim) and cx.comparable(g.claim.article, d.claim.article)
                                    for g in given for d in denied):
            shown = [*given[:PER_SIDE], *denied[:PER_SIDE]]
            out.append(Draft(
                "contradict", [(t.claim.article, t.start, t.end) for t in shown],
                f"Was there a warning? {who_says(cx, given[0].claim)} says the people there were warned "
                f"(“{words_of(cx, given[0])}”) while {who_says(cx, denied[0].claim)} says there was no warning "
                f"(“{words_of(cx, denied[0])}”).",
                0.6, 0.8, claims=list(dict.fromkeys(t.claim.id for t in shown))))
        for answer, told in ((GIVEN, given), (DENIED, denied)):
            firsts = list({t.claim.article: t for t in reversed(told)}.values())[::-1][:PER_SIDE]
            if len(firsts) < 2:
                continue
            out.append(said_alike(cx, firsts, "the people there were warned" if answer == GIVEN
                                  else "there was no warning"))
    return out
