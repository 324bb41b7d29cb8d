"""How long it lasted: voices giving different spans for an operation of several days ("the
operation took place from March 23 to 31" / "a military operation that began on March 27" / "a
five-day military operation"). A start two or more days apart, or lengths two or more days apart,
cannot both be true of one operation: a contradiction, with each voice's words. Articles giving
the same length ("a two-day battle" / "two days of fighting") agree. A span counts
only where its own clause names the act it is of ("operation", "offensive", "assault", ...)."""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.numparse import parse_number
from ..nlp.lexicons import cue_regex, events, labels
from .text import inflections
from .candidates import REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # capitalised: "may have" is no month
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
# "from March 23 to 31", "from 23 to 31 March", "from March 30 to April 2, 2022" ("between X and Y" is
# a window in which something happened, not how long it lasted)
RANGE = re.compile(
    rf"\b[Ff]rom\s+(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d1b>{_DAY})(?:\s+(?P<m1b>{_MONTH}))?)"
    rf"(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(?:(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})|(?P<d2b>{_DAY})"
    rf"(?:\s+(?P<m2b>{_MONTH}))?){_YEAR}\b")
# "began on March 27", "started on 27 March"
START = re.compile(rf"\b(?:began|begun|started|launched|opened)\s+on\s+(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|"
                   rf"(?P<db>{_DAY})\s+(?P<mb>{_MONTH})){_YEAR}\b")
# "a five-day military operation", "a twenty-five-day siege", "lasted nine days"
LENGTH = re.compile(r"(?<![\w-])(?P<n>(?:[a-z]+-)?[a-z]+|\d+)[- ]day(?P<after>(?:\s+[a-z]+){1,2})"
                    r"|\blast(?:ed|ing|s)\s+(?:for\s+)?(?P<n2>[a-z]+|\d+)\s+days\b"
                    # "two days of fighting", not a period ("in the last 15 days of fighting")
                    r"|(?<![\w-])(?<!last )(?<!past )(?<!first )(?<!next )(?<!recent )(?<!previous )(?<!final )"
                    r"(?<!within )(?<!opening )(?<!the )(?P<n3>[a-z]+|\d+)\s+days\s+of(?P<of>(?:\s+[a-z]+){1,3})",
                    re.IGNORECASE)
# where the words before a date or a length stop telling what it is of
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|before|after|when|while|until|as|since|because)\b", re.IGNORECASE)
ACTS = ("attack", "chemical", "control", "clash")  # event families of an act that lasts (not the toll's words)
# words that end the noun the days are of before an act noun comes ("calm before fighting",
# "respite from shelling", "protests against airstrikes"); adjectives and "and" may stand between
# ("heavy fighting", "artillery and airstrikes")
LINK_WORDS = frozenset({"before", "after", "from", "against", "of", "to", "in", "on", "with", "without", "since", "over",
                        "amid", "between"})
REACH = 60  # characters before a span where the act it is of is named
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
        shown = _shown(cx, clashing)
        told = "; ".join(f"{_who(cx, s)}: “{' '.join(cx.article[s.article].text[s.start:s.end].split())}”"
                         f"{_gloss(s)}" for s in shown)
        out.append(Draft("contradict", [(s.article, s.start, s.end) for s in shown],
                         f"How long it lasted — {told}: these spans cannot all be true of one operation.",
                         0.6, 0.6, claims=list(dict.fromkeys(s.claim for s in shown))))
    return out


def duration_agreements(cx: Corpus) -> list[Draft]:
    """Articles giving one operation the same length ("a two-day battle" / "two days of fighting")
    agree: one finding per incident and length, one span per article. Lengths whose places clash
    are of two operations, and none of them agree."""
    by_length: dict[tuple[int, int], dict[str, Span]] = defaultdict(dict)
    for s in _spans(cx):
        if s.days is not None:
            by_length[(cx.component_of[s.article], s.days)].setdefault(s.article, s)
    out = []
    for (_, days), per_article in by_length.items():
        shown = sorted(per_article.values(), key=lambda s: cx.order[s.article])[:MAX_EVIDENCE]
        if len(shown) < 2 or any(not _one_operation(cx, a, b) for a in shown for b in shown if a is not b):
            continue
        told = "; ".join(f"{_who(cx, s)}: “{' '.join(cx.article[s.article].text[s.start:s.end].split())}”"
                         for s in shown)
        out.append(Draft("agree", [(s.article, s.start, s.end) for s in shown],
                         f"How long it lasted — {told}: the same length, {days} days.", 0.6, 0.4,
                         claims=list(dict.fromkeys(s.claim for s in shown))))
    return out


def _shown(cx: Corpus, clashing: list[Span]) -> list[Span]:
    """One span per voice and reading, a span and a rival of it first, so that the finding always
    shows both sides of the clash, at most MAX_EVIDENCE."""
    first = clashing[0]
    rival = next(o for o in clashing if o.voice != first.voice and _clash(first, o) and _one_operation(cx, first, o))
    shown, seen = [first, rival], {(first.voice, first.first, first.days), (rival.voice, rival.first, rival.days)}
    for s in clashing:
        if len(shown) >= MAX_EVIDENCE:
            break
        if (s.voice, s.first, s.days) not in seen:
            seen.add((s.voice, s.first, s.days))
            shown.append(s)
    return sorted(shown, key=lambda s: (cx.order[s.article], s.start))


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
def _act_nouns() -> frozenset[str]:
    """Nouns that name an act that lasts, from the labels naming an attack, an atrocity or an
    operation ("fighting", "clashes", "shelling", "airstrikes"): after "days of", a verb's word
    ("storms", "taking") names no act."""
    label_nouns = {term.lower() for x in labels().labels if x.frame in ("attack", "atrocity", "operation")
                   for term in (x.term, *x.forms) if " " not in term}
    # the clash family's words are nouns of fighting too ("battle", "skirmishes", "firefights")
    clash_words = {f.lower() for t in events().types if family(t.type) == "clash" for w in t.lemmas
                   for f in inflections(w) if not f.endswith(("ed", "ing"))}
    return frozenset(n for w in label_nouns | clash_words for n in (w, w if w.endswith("s") else w + "s"))


@functools.cache
def _act_words() -> frozenset[str]:
    """Words naming an act that lasts: the event lexicon's attack, chemical, control and clash
    words in their inflected forms, and the labels naming an act or an operation ("offensive",
    "massacre", "operation"); not a truce, an inquiry or a visit, nor a toll's words ("death")."""
    words = {f for t in events().types if family(t.type) in ACTS for w in t.lemmas for f in inflections(w)}
    for x in (*labels().labels, *labels().euphemisms):
        if getattr(x, "frame", None) in ("attack", "atrocity", "operation"):
            words.update(f for term in (x.term, *x.forms) if " " not in term for f in inflections(term))
    return frozenset(w.lower() for w in words)


def _spans(cx: Corpus) -> list[Span]:
    """Every span, first day and length the incident claims give (read once per corpus)."""
    memo = cx.__dict__.setdefault("_duration_spans", [])
    if not memo:
        memo.append(_read_spans(cx))
    return memo[0]


def _read_spans(cx: Corpus) -> list[Span]:
    out = []
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
            continue
        text = cx.article[c.article].text
        told = _day(cx.article[c.article].date)
        voice = (c.article, cx.voice(c.speaker) if c.speaker else None)
        act_claim = family(c.event.type if c.event else None) in (*ACTS, "killing")
        for m in RANGE.finditer(text, c.start, c.end):
            # of an act named before it ("the operation took place from ..."), or dating the act the
            # clause after it tells ("from March 23 to 31, the army had killed 203")
            if not (_act_before(text, c.start, m.start()) or (act_claim and text[m.end():m.end() + 1] == ","
                                                                and _opens_clause(text, c.start, m.start()))):
                continue
            first, last = _range(m, told)
            if first and last:
                out.append(Span(c.article, voice, m.start(), m.end(), first, (last - first).days + 1, c.id))
        for m in START.finditer(text, c.start, c.end):
            if not _act_before(text, c.start, m.start()):
                continue  # what began must be an act ("an operation that began"), not "a ceasefire began"
            first = _dated(m.group("m") or m.group("mb"), m.group("d") or m.group("db"), m.group("y"), told)
            if first:
                out.append(Span(c.article, voice, m.start(), m.end(), first, None, c.id))
        for m in LENGTH.finditer(text, c.start, c.end):
            end = m.end()
            if m.group("of"):  # "two days of (heavy) fighting": of the act a noun after "of" names
                words = [w.lower() for w in m.group("of").split()]
                at = next((i for i, w in enumerate(words) if w in _act_nouns()), None)
                if at is not None and set(words[:at]) & LINK_WORDS:
                    continue  # "five days of calm before fighting": the days are of the calm
                act = " ".join(words[max(0, at - 1):at + 1]) if at is not None else ""
                if at is None or any(cue_regex("not_lasting_acts").fullmatch(x) for x in
                                     (act, act.removesuffix("s"), words[at], words[at].removesuffix("s"))):
                    continue  # not "two days of storms", "within two days of taking the town"
                end = m.start("of") + len(" ".join([""] + m.group("of").split()[:at + 1]))
            elif m.group("after"):
                words = m.group("after").split()
                at = next((i for i, w in enumerate(words) if w.lower() in _act_words()), None)
                if at is None or cue_regex("not_lasting_acts").match(" ".join(words[at - 1 if at else 0:at + 1])) \
                        or cue_regex("not_lasting_acts").match(words[at]):
                    continue  # the act the length is of, or one word on: not "a three-day visit", "fire"
                end = m.start("after") + len(" ".join([""] + words[:at + 1]))
            elif not _act_before(text, c.start, m.start()):
                continue  # "the curfew lasted six days": what lasted must be an act
            n = parse_number(m.group("n") or m.group("n2") or m.group("n3"))
            if n is not None and 1 < n < 366 and n == int(n):
                out.append(Span(c.article, voice, m.start(), end, None, int(n), c.id))
    unique = {(s.article, s.start, s.end): s for s in out}  # a nested claim repeats its outer one's words
    return sorted(unique.values(), key=lambda s: (cx.order[s.article], s.start))


def _act_before(text: str, floor: int, at: int) -> bool:
    """Is an act named in the clause just before ``at`` ("the operation took place", "an offensive
    that began"), not in an earlier clause ("40 died before a ceasefire began")? A clause with no
    subject of its own ("..., which began", "..., launched on", "and allied militias lasted", an
    aside "officials said") goes on from the one before it."""
    parts = CLAUSE_BREAK.split(text[max(floor, at - REACH):at])
    for part in reversed(parts[-3:]):
        words = re.findall(r"[a-z]+", part.lower())
        if set(words) & _act_words():
            return True
        if words and not (words[0] in RELATIVE or words[0].endswith("ed") or set(words) & ASIDE):
            return False  # a clause of its own, about something else ("the curfew that followed")
    return False


RELATIVE = {"which", "that", "who", "whose"}
ASIDE = {"said", "says", "told", "reported", "added"}  # "The offensive, officials said, began on ..."


def _opens_clause(text: str, floor: int, at: int) -> bool:
    """Does the date range open its clause ("From March 23 to 31, the army had killed ...", "the
    ministry said from March 23 to 31, ...")? Not one that ends a clause about something else
    ("the truce had held from March 3 to 9, officials said")."""
    before = CLAUSE_BREAK.split(text[max(floor, at - REACH):at])[-1]
    words = re.findall(r"[a-z]+", before.lower())
    return not words or words[-1] in ASIDE


def _range(m: re.Match[str], told: datetime.date | None) -> tuple[datetime.date | None, datetime.date | None]:
    m1, d1 = m.group("m1") or m.group("m1b"), m.group("d1") or m.group("d1b")
    m2, d2 = m.group("m2") or m.group("m2b"), m.group("d2") or m.group("d2b")
    first, last = _dated(m1 or m2, d1, m.group("y"), told), _dated(m2 or m1, d2, m.group("y"), told)
    if first and last and last < first:
        if last.month >= first.month:
            return None, None  # "from March 31 to 23": no span
        try:
            if m.group("y"):
                first = first.replace(year=first.year - 1)  # "from December 28 to January 2, 2023"
            else:
                last = last.replace(year=last.year + 1)
        except ValueError:
            return None, None  # a February 29 moved to a year without one
    if first and last and (last - first).days > 365:
        return None, None
    return first, last


def _dated(month: str | None, day: str | None, year: str | None, told: datetime.date | None) -> datetime.date | None:
    """The day a month and day name: in the year written, else the latest such day not long after
    the article (a December day in a January article is last year's)."""
    if not month or not day or (year is None and told is None):
        return None
    number = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(month.lower().rstrip(".")[:3])), None)
    try:
        if number is None:
            return None
        if year is not None:
            return datetime.date(int(year), number, int(re.sub(r"\D", "", day)))
        found = datetime.date(told.year, number, int(re.sub(r"\D", "", day)))
        return found.replace(year=found.year - 1) if (found - told).days > SOON_AFTER_DAYS else found
    except ValueError:
        return None


SOON_AFTER_DAYS = 60  # a day this long after the article is last year's ("December 28" in January)


def _gloss(s: Span) -> str:
    if s.first and s.days:
        return f" ({s.days} days from {s.first:%B} {s.first.day})"
    if s.first:
        return f" (from {s.first:%B} {s.first.day})"
    return f" ({s.days} days)"


def _who(cx: Corpus, s: Span) -> str:
    speaker = cx.speaker_name(s.claim)
    return f"{cx.source(s.article)}{f' ({speaker})' if speaker else ''}"
