"""When an agreed measure starts: "a ceasefire from 12:00 local time on October 10", "it came into
effect at noon", "starting at midnight". Outlets often disagree on exactly this."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cuesets import cue_sets
from .dates import resolve_date
from .spans import phrase_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

CLOCK = re.compile(r"\b(?:at|from|since|starting at|as of)?\s*(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?"
                   r"|\b(midnight|noon|midday)\b", re.IGNORECASE)
NAMED = {"midnight": "00:00", "noon": "12:00", "midday": "12:00"}


@dataclass(slots=True)
class RawTiming:
    kind: str  # the event type whose start it gives ("ceasefire")
    start: int  # Doc offsets of the evidence: from the measure's word to the time or date
    end: int
    time: str | None  # "12:00"
    date: str | None  # ISO date


def _clock(m: re.Match[str]) -> str | None:
    if m.group(4):
        return NAMED[m.group(4).lower()]
    hour, minute = int(m.group(1)), int(m.group(2))
    suffix = (m.group(3) or "").lower().replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def extract_timings(doc: Doc, article_date: str | None, kinds: tuple[str, ...] = ("ceasefire",)) -> list[RawTiming]:
    cues = cue_sets()
    out: list[RawTiming] = []
    phrases = [(p, t) for p, t in cues.event_phrases if t in kinds]
    lemmas = {lemma for lemma, t in cues.event_lemmas.items() if t in kinds}
    index = phrase_index(doc, "events", cues.event_phrases)
    for sent in doc.sents:
        hits = [(t.i, t.i, cues.event_lemmas[t.lemma_.lower()]) for t in sent if t.lemma_.lower() in lemmas]
        for phrase, typ in phrases:
            hits += [(a, b, typ) for a, b in index.get(phrase, ()) if sent.start <= a and b < sent.end]
        if not hits:
            continue
        if any(sent.start <= a and b < sent.end for p, t in cues.event_phrases if t == "ceasefire_violation"
               for a, b in index.get(p, ())):
            continue  # "traded blame for violating the ceasefire": not when it started
        first, last, kind = min(hits)
        anchor = doc[first].idx
        text = sent.text
        clock = next((m for m in CLOCK.finditer(text) if sent.start_char + m.start() >= anchor), None)
        time = _clock(clock) if clock else None
        date = None
        date_end = None
        for ent in sent.ents:
            if ent.label_ == "DATE" and ent.start_char >= anchor - 60:
                date = resolve_date(ent.text, article_date)
                if date:
                    date_end = ent.end_char
                    break
        if time is None and date is None:
            continue
        ends = [doc[last].idx + len(doc[last].text)]
        starts = [anchor]
        if clock is not None:
            starts.append(sent.start_char + clock.start())
            ends.append(sent.start_char + clock.end())
        if date_end is not None:
            ends.append(date_end)
        start, end = min(starts), max(ends)
        if end - start > 200:
            end = start + 200
        out.append(RawTiming(kind, start, end, time, date))
    return out
