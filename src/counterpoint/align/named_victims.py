"""Named victims: two articles telling the same fate of one named person ("Among those killed was
Maj-Gen. Abdul-Qader Hilal" / "Sanaa Mayor Major General Abdul-Qader Hilal was killed"; "the police
officer Afrim Bunjaku was killed" / "He named the dead police officer as Afrim Bunjaku"). A
coder records a named victim once: the articles that name them with one fate corroborate it.

The fate is read from the words next to a mention of the person (cues.json ``fate_words``):
after the name with a form of "be" ("X was killed", "X is reported to be in critical
condition", "X and his daughter were killed", "X, who died"), or before it ("among those killed
was X", "killing X", "the dead police officer X"). A name that only speaks or acts is no victim.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..nlp.lexicons import cues
from .candidates import Corpus
from .findings import Draft, listing

# a sentence's end: a full stop after a word of three small letters or more ("council.", not
# "Maj-Gen." or "Mr."), or a line break
SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+|\n")
REACH = 80  # characters between a name and its fate word, at most
BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|is\s+(?:reported|said|believed)\s+to\s+be|" \
     r"was\s+(?:reported|said|believed)\s+to\s+be|remains|remained)"
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+)*"


@functools.cache
def _fate_words() -> str:
    return "|".join(r"\s+".join(map(re.escape, c.cue.split()))
                    for c in sorted(cues().fate_words, key=lambda c: len(c.cue), reverse=True))


@functools.cache
def _fate_of() -> dict[str, str]:
    return {" ".join(c.cue.lower().split()): str(c.kind) for c in cues().fate_words}


@functools.cache
def _after_name() -> re.Pattern[str]:
    """The fate told after the name: "X was killed", "X and his daughter were killed", "X, who
    died", "X died", "the home of X was struck by missiles, killing him"."""
    return re.compile(rf"^(?:,\s+[^,.;]{{0,50}},)?(?:\s+and\s+[^,.;]{{0,40}}?)?,?\s+(?:who\s+)?"
                      rf"(?:{BE}\s+{ADVERB}(?P<a>{_fate_words()})|{ADVERB}(?P<b>died|perished)"
                      rf"|[^.;]{{0,50}}?,\s+(?P<c>killing|wounding|injuring)\s+(?:him|her)\b)\b", re.IGNORECASE)


@functools.cache
def _before_name() -> re.Pattern[str]:
    """The fate told before the name: "among those killed was X", "killing X", "the dead police
    officer (as) X"."""
    fates = _fate_words()
    return re.compile(rf"(?:\bamong\s+(?:those|the)\s+(?P<a>{fates})\s+(?:was|were|is|are)\s+[^;]{{0,50}}?"
                      rf"|\b(?P<b>killing|wounding|injuring)\s+(?:(?:him|her|them),?\s+)?(?:[^.;,]{{0,40}}?\s+)?"
                      rf"|\bthe\s+(?P<c>dead|slain|injured|wounded)\s+(?:[a-z-]+\s+){{0,3}}(?:as\s+)?)$",
                      re.IGNORECASE)


ACTIVE_FATE = {"killing": "killed", "wounding": "wounded", "injuring": "wounded"}


def fate_at(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(fate, span start, span end) for the person named at [start, end), the span covering the
    name and its fate word; None when no fate word sits next to the name in its sentence."""
    after = SENTENCE_END.split(text[end:end + REACH], maxsplit=1)[0]
    if m := _after_name().match(after):
        word = (m.group("a") or m.group("b") or m.group("c")).lower()
        fate = ACTIVE_FATE.get(word) or _fate_of().get(" ".join(word.split()), "killed")
        return fate, start, end + m.end()
    before_start = max(0, start - REACH)
    before = SENTENCE_END.split(text[before_start:start])[-1]
    offset = start - len(before)
    if m := _before_name().search(before):
        word = (m.group("a") or m.group("b") or m.group("c")).lower()
        fate = ACTIVE_FATE.get(word) or _fate_of().get(" ".join(word.split()), "killed")
        return fate, offset + m.start(), end
    return None


def named_victim_drafts(cx: Corpus) -> list[Draft]:
    """One agree finding per named person and fate that two or more articles of one incident tell."""
    out = []
    for e in cx.res.entities:
        if e.kind != "person":
            continue
        told: dict[tuple[int, str], dict[str, tuple[int, int]]] = defaultdict(dict)  # (incident, fate) -> spans
        for m in sorted(e.mentions, key=lambda m: (cx.order[m.article], m.start)):
            found = fate_at(cx.article[m.article].text, m.start, m.end)
            if found is not None:
                told[(cx.component_of[m.article], found[0])].setdefault(m.article, (found[1], found[2]))
        for (_, fate), spans in told.items():
            if len(spans) < 2:
                continue
            arts = sorted(spans, key=cx.order.get)
            quoted = " / ".join(f"“{' '.join(cx.article[a].text[s:t].split())}”" for a, (s, t) in
                                ((a, spans[a]) for a in arts[:3]))
            out.append(Draft(
                "agree", [(a, *spans[a]) for a in arts],
                f"{e.name} {fate}: {listing([cx.source(a) for a in arts])} "
                f"{'both' if len(arts) == 2 else 'all'} name {e.name} among the {fate}: {quoted}.",
                0.7, 0.5, entities=[e.id]))
    return out
