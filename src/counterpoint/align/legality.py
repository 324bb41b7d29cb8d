"""Lawful or not: one voice calls the strike lawful ("a legitimate military operation", "complied
with international humanitarian law"), another unlawful ("lacked military justification", "a war
crime", "in blatant defiance of all international conventions"). Each rejects the other's
judgment, so the pair is a dispute. The words are cues.json ``lawful_judgments`` and
``unlawful_judgments``; a negation just before flips them ("was not a legitimate target")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.lexicons import cues
from ..records import Claim
from .candidates import Corpus
from .findings import Draft

NEGATION = re.compile(r"\b(?:not|no|never|n't|nor)\b(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
PER_SIDE = 4


@dataclass(frozen=True)
class Judgment:
    claim: Claim
    lawful: bool
    start: int
    end: int


def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    lex = cues()
    out = []
    for lawful, section in ((True, lex.lawful_judgments), (False, lex.unlawful_judgments)):
        for c in section:
            words = r"\W+".join(re.escape(w) for w in c.cue.split())
            out.append((re.compile(rf"\b{words}\b", re.IGNORECASE), lawful))
    return out


def judgments(cx: Corpus) -> list[Judgment]:
    """Every lawful or unlawful judgment inside an incident claim, the longest where they overlap."""
    found: list[Judgment] = []
    patterns = _patterns()
    for c in cx.claims:
        if c.scope != "incident":
            continue
        text = cx.article[c.article].text
        for pattern, lawful in patterns:
            for m in pattern.finditer(text, c.start, c.end):
                negated = NEGATION.search(text[max(c.start, m.start() - 25):m.start()]) is not None
                found.append(Judgment(c, lawful != negated, m.start(), m.end()))
    found.sort(key=lambda j: (j.claim.article, j.start, -(j.end - j.start)))
    kept: list[Judgment] = []
    for j in found:
        if not any(k.claim.article == j.claim.article and k.start < j.end and j.start < k.end for k in kept):
            kept.append(j)
    return kept


def legality_drafts(cx: Corpus) -> list[Draft]:
    """One dispute per incident whose voices judge the strike both ways; a voice that gives both
    judgments takes no side."""
    by_incident: dict[int, list[Judgment]] = {}
    for j in judgments(cx):
        by_incident.setdefault(cx.component_of[j.claim.article], []).append(j)
    out = []
    for items in by_incident.values():
        verdicts: dict[tuple[str, str | None], set[bool]] = {}
        for j in items:
            verdicts.setdefault(_voice(j), set()).add(j.lawful)
        # an article takes the side most of its judgments take: a report of a body that finds the
        # intended target legitimate but the strike unjustified is one verdict, not two voices
        leaning = {a: _leaning([j for j in items if j.claim.article == a]) for a in {j.claim.article for j in items}}
        items = [j for j in items if j.lawful == leaning[j.claim.article]]
        sides: dict[bool, list[Judgment]] = {True: [], False: []}
        # the body's words before a headline's, which compresses the judgment
        for j in sorted(items, key=lambda j: (j.start < cx.headline_end(j.claim.article), j.start)):
            if len(verdicts[_voice(j)]) == 1 and _voice(j) not in {_voice(s) for s in sides[j.lawful]}:
                sides[j.lawful].append(j)
        lawful, unlawful = (sorted(sides[v][:PER_SIDE], key=lambda j: (cx.order[j.claim.article], j.start))
                            for v in (True, False))
        if not lawful or not unlawful:
            continue
        out.append(Draft(
            "dispute", [(j.claim.article, j.start, j.end) for j in (*lawful, *unlawful)],
            f"Lawful or not: {_list(cx, lawful)} call the strike lawful; {_list(cx, unlawful)} call it "
            f"unlawful.", 0.7, 0.75, claims=list(dict.fromkeys(j.claim.id for j in (*lawful, *unlawful)))))
    return out


def _leaning(items: list[Judgment]) -> bool:
    lawful = sum(j.lawful for j in items)
    if lawful * 2 != len(items):
        return lawful * 2 > len(items)
    return min(items, key=lambda j: j.start).lawful


def _voice(j: Judgment) -> tuple[str, str | None]:
    return j.claim.article, j.claim.speaker


def _list(cx: Corpus, items: list[Judgment]) -> str:
    out = []
    for j in items:
        speaker = cx.speaker_name(j.claim.id)
        words = " ".join(cx.article[j.claim.article].text[j.start:j.end].split())
        out.append(f"{cx.source(j.claim.article)}{f' ({speaker})' if speaker else ''} (“{words}”)")
    return ", ".join(out)
