"""How long it lasted: voices giving different spans for an operation of several days ("the
operation took place from March 23 to 31" / "a military operation that began on March 27" / "a
five-day military operation"). A start two or more days apart, or lengths two or more days apart,
cannot both be true of one operation: a contradiction, with each voice's words. Spans are read
only in claims about the incident that name an act ("operation", "offensive", "siege", ...)."""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.numparse import parse_number
from ..nlp.lexicons import events, labels
from .text import inflections
from .candidates import REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "from March 23 to 31", "from 23 to 31 March", "between March 23 and March 31"
RANGE = re.compile(
    rf"\b(?:from|between)\s+(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d1b>{_DAY})(?:\s+(?P<m1b>{_MONTH}))?)"
    rf"(?:\s*[-–]\s*|\s+(?:to|until|till|through|and)\s+)(?:(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})|(?P<d2b>{_DAY})(?:\s+(?P<m2b>{_MONTH}))?)\b",
    re.IGNORECASE)
# "began on March 27", "started on 27 March"
START = re.compile(rf"\b(?:began|begun|started|launched|opened)\s+on\s+(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|"
                   rf"(?P<db>{_DAY})\s+(?P<mb>{_MONTH}))\b", re.IGNORECASE)
# "a five-day military operation", "lasted nine days"
LENGTH = re.compile(r"\b(?P<n>[a-z]+|\d+)[- ]day(?P<after>(?:\s+[a-z]+){1,2})"
                    r"|\blast(?:ed|ing|s)\s+(?:for\s+)?(?P<n2>[a-z]+|\d+)\s+days\b", re.IGNORECASE)
ACTS = ("attack", "killing", "control", "clash")  # event families of the incident's own act
START_REACH = 40  # characters before "began on" where the act that began is named
APART_DAYS = 2  # starts or lengths this many days apart are two accounts (a day's slip is a time zone)


@dataclass(frozen=True, slots=True)
class Span:
    article: str
    voice: tuple[str, str | None]
    start: int
    end: int
    first: datetime.date | None  # the first day
    days: int | None  # how many days it lasted
    claim: str


def duration_drafts(cx: Corpus) -> list[Draft]:
    by_incident: dict[int, list[Span]] = defaultdict(list)
    for s in _spans(cx):
        by_incident[cx.component_of[s.article]].append(s)
    out = []
    for spans in by_incident.values():
        clashing = [s for s in spans if any(_clash(s, o) for o in spans if o.voice != s.voice
                                            and _one_operation(cx, s, o))]
        if not clashing:
            continue
        shown = clashing[:MAX_EVIDENCE]
        told = "; ".join(f"{_who(cx, s)}: “{' '.join(cx.article[s.article].text[s.start:s.end].split())}”"
                         f"{_gloss(s)}" for s in shown)
        out.append(Draft("contradict", [(s.article, s.start, s.end) for s in shown],
                         f"How long it lasted — {told}: these spans cannot all be true of one operation.",
                         0.6, 0.6, claims=list(dict.fromkeys(s.claim for s in shown))))
    return out


def _one_operation(cx: Corpus, a: Span, b: Span) -> bool:
    """Can the two spans be of one operation: no places that set their claims apart, and neither
    article published before the other's operation began ("between Nov. 14 and 17" is no span of
    the offensive an October article tells)?"""
    if cx.places_clash(a.claim, b.claim):
        return False
    for x, y in ((a, b), (b, a)):
        published = _day(cx.article[y.article].date)
        if x.first and published and published < x.first - datetime.timedelta(days=1):
            return False
    return True


def _day(iso: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _clash(a: Span, b: Span) -> bool:
    if a.first and b.first and abs((a.first - b.first).days) >= APART_DAYS:
        return True
    return a.days is not None and b.days is not None and abs(a.days - b.days) >= APART_DAYS


@functools.cache
def _act_words() -> frozenset[str]:
    """Words naming the incident's kind of act: the event lexicon's attack, killing, control and
    clash words in their inflected forms, and the labels naming an act or an operation
    ("offensive", "massacre", "operation"); not a truce, an inquiry or a visit."""
    words = {f for t in events().types if family(t.type) in ACTS for w in t.lemmas for f in inflections(w)}
    for x in (*labels().labels, *labels().euphemisms):
        if getattr(x, "frame", None) in ("attack", "atrocity", "operation"):
            words.update(f for term in (x.term, *x.forms) if " " not in term for f in inflections(term))
    return frozenset(w.lower() for w in words)


def _spans(cx: Corpus) -> list[Span]:
    acts = _act_words()
    out = []
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
            continue
        text = cx.article[c.article].text
        words = set(re.findall(r"[a-z]+", text[c.start:c.end].lower()))
        if not words & acts and family(c.event.type if c.event else None) not in ACTS:
            continue  # "from March 23 to 31" of no act: a visit, a truce, a report's period
        year = _year(cx.article[c.article].date)
        voice = (c.article, cx.voice(c.speaker) if c.speaker else None)
        for m in RANGE.finditer(text, c.start, c.end):
            first, last = _range(m, year)
            if first and last and first <= last:
                out.append(Span(c.article, voice, m.start(), m.end(), first, (last - first).days + 1, c.id))
        for m in START.finditer(text, c.start, c.end):
            before = set(re.findall(r"[a-z]+", text[max(c.start, m.start() - START_REACH):m.start()].lower()))
            if not before & acts:
                continue  # what began must be an act ("an operation that began"), not "a visit that began"
            first = _date(m.group("m") or m.group("mb"), m.group("d") or m.group("db"), year)
            if first:
                out.append(Span(c.article, voice, m.start(), m.end(), first, None, c.id))
        for m in LENGTH.finditer(text, c.start, c.end):
            if m.group("after") and m.group("after").lower().split()[-1] not in acts \
                    and m.group("after").lower().split()[0] not in acts:
                continue  # the act the length is of, or one word before it: not "a three-day visit"
            n = parse_number(m.group("n") or m.group("n2"))
            if n is not None and 1 < n < 366 and n == int(n):
                out.append(Span(c.article, voice, m.start(), m.end(), None, int(n), c.id))
    unique = {(s.article, s.start, s.end): s for s in out}  # a nested claim repeats its outer one's words
    return sorted(unique.values(), key=lambda s: (cx.order[s.article], s.start))


def _range(m: re.Match[str], year: int | None) -> tuple[datetime.date | None, datetime.date | None]:
    m1, d1 = m.group("m1") or m.group("m1b"), m.group("d1") or m.group("d1b")
    m2, d2 = m.group("m2") or m.group("m2b"), m.group("d2") or m.group("d2b")
    return _date(m1 or m2, d1, year), _date(m2 or m1, d2, year)


def _date(month: str | None, day: str | None, year: int | None) -> datetime.date | None:
    if not month or not day or year is None:
        return None
    number = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(month.lower().rstrip(".")[:3])), None)
    try:
        return datetime.date(year, number, int(re.sub(r"\D", "", day))) if number else None
    except ValueError:
        return None


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _gloss(s: Span) -> str:
    if s.first and s.days:
        return f" ({s.days} days from {s.first:%B} {s.first.day})"
    if s.first:
        return f" (from {s.first:%B} {s.first.day})"
    return f" ({s.days} days)"


def _who(cx: Corpus, s: Span) -> str:
    speaker = cx.speaker_name(s.claim)
    return f"{cx.source(s.article)}{f' ({speaker})' if speaker else ''}"
