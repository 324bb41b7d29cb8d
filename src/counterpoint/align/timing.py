"""When things happened. Start times of agreed measures: two outlets giving different clock times
(or dates) for the start of the same ceasefire contradict each other; the same date agrees. The
incident's own day and hour: articles dating or timing it alike agree."""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from ..extract.dates import resolve_date
from ..nlp.lexicons import events
from ..nlp.lexicons.shapes import INCIDENT_REFERENTS
from ..records import Claim
from .candidates import REJECTING, Corpus, family
from .selection import more_of_each
from .findings import Draft, listing, verb_for


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
TIMED_HARM = ("killing",)  # deaths told with the hour of the attack that caused them
DATED_CHARS = 250  # a dating claim longer than this is shown by its event's words


def event_date_drafts(cx: Corpus) -> list[Draft]:
    """Articles that date the incident's event to the same day ("on July 29", "early on Friday"
    in a Friday paper): one agreement per incident and day, the first dated claim of each article.
    A word naming the incident dates it too in its own sentence ("the site of the incident in
    Dhahian on August 9"), after the article's dated claims."""
    dated: dict[tuple[int, str], dict[str, list[_Dated]]] = defaultdict(lambda: defaultdict(list))
    rejecting: list[Claim] = []
    attack_days: dict[str, set[str]] = defaultdict(set)  # the days an article's attack claims give
    for c in cx.claims:
        if c.event is not None and c.scope == "incident" and c.event.date and len(c.event.date) == 10 \
                and family(c.event.type) in DATED_FAMILIES and c.stance not in REJECTING:
            attack_days[c.article].add(c.event.date)
    for c in cx.claims:
        if c.event is None or c.scope != "incident" or not c.event.date or len(c.event.date) != 10:
            continue
        if family(c.event.type) not in DATED_FAMILIES + TIMED_HARM or _tally(c):
            continue
        if family(c.event.type) in TIMED_HARM and attack_days[c.article] and c.event.date not in attack_days[c.article]:
            continue  # "one of them died on Sunday": the dead date the act only on the attack's own day
            # ("were killed in blasts on Friday"), or where nothing else in their article dates it
        if c.stance in REJECTING:
            rejecting.append(c)
            continue
        dated[(cx.component_of[c.article], c.event.date)][c.article].append(_Dated(*_dating_span(cx, c), c.id))
    claim_dated = {a for by_article in dated.values() for a in by_article}
    for c in rejecting:
        # "denied claims that scores died after militants attacked its base on Friday morning": a
        # rejection still tells the day of the act it answers, when the article dates it nowhere else
        if c.article not in claim_dated:
            dated[(cx.component_of[c.article], c.event.date)][c.article].append(_Dated(*_dating_span(cx, c), c.id))
    claim_dated = {a for by_article in dated.values() for a in by_article}
    for u in _incident_words(cx):
        if u.article in claim_dated:
            continue  # an article's own dated claims say when; a word in passing does not overrule them
        found = _date_near(cx, u)
        if found is not None:
            day, span = found
            dated[(cx.component_of[u.article], day)][u.article].append(_Dated(u.article, *span, None))
    _join_undated_weekdays(cx, dated)
    out = []
    for (_, day), items in sorted(dated.items()):
        if len(items) < 2:
            continue
        shown = [items[a][0] for a in sorted(items, key=cx.order.get)][:8]
        # room left: an article's other claims dating the act to that day
        shown += more_of_each(shown, [[x for xs in items.values() for x in xs]], 8 - len(shown))
        who = listing(list(dict.fromkeys(cx.source(x.article) for x in shown)))
        undated = list(dict.fromkeys(cx.source(x.article) for x in shown if not cx.article[x.article].date))
        weekday = f" ({listing(undated)}, undated, {verb_for(undated, 'gives', 'give')} its weekday)" if undated else ""
        out.append(Draft("agree", [(x.article, x.start, x.end) for x in shown],
                         f"{who} date the event to the same day, {day}{weekday}.", 0.6, 0.45,
                         claims=[x.claim for x in shown if x.claim]))
    return out


def _join_undated_weekdays(cx: Corpus, dated: dict[tuple[int, str], dict[str, list[_Dated]]]) -> None:
    """An article with no date of its own that tells its incident's act on a weekday ("on Friday
    morning") joins the day its comparable articles date the act to, when that day is the one of
    its incident's days falling on that weekday."""
    told = {a for by_article in dated.values() for a in by_article}
    for article in cx.claims_by_article:
        if cx.article[article].date or article in told:
            continue
        text = cx.article[article].text
        for c in cx.claims_by_article[article]:
            if c.event is None or c.scope != "incident" or family(c.event.type) not in DATED_FAMILIES + TIMED_HARM \
                    or c.stance in REJECTING or _tally(c):
                continue
            m = _WEEKDAY.search(text, c.start, c.end)
            if m is None:
                continue
            days = [key for key in dated if key[0] == cx.component_of[article]
                    and datetime.date.fromisoformat(key[1]).weekday() == _WEEKDAYS.index(m.group(1).lower())]
            if len(days) == 1:
                dated[days[0]][article].append(_Dated(article, m.start(), m.end(), c.id))
            break


# "11 fighters had been killed since Monday": the dead of a stretch of days, not of the act's day
SINCE = re.compile(r"\b(?:since|until|through|throughout)\b", re.IGNORECASE)


def _tally(c: Claim) -> bool:
    """A claim of the dead over a stretch of days, which dates no act."""
    return family(c.event.type if c.event else None) in TIMED_HARM and SINCE.search(c.text) is not None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday alone, not "last Friday" or "Friday of last week" (which need the article's own date)
_WEEKDAY = re.compile(r"(?<![Ll]ast )\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"(?!\s+(?:of\s+)?(?:this|last)\s+week)")


@dataclass(frozen=True, slots=True)
class _Dated:
    """Words dating the incident: a dated claim's, or those around a word naming it."""
    article: str
    start: int
    end: int
    claim: str | None


def _dating_span(cx: Corpus, c: Claim) -> tuple[str, int, int]:
    """A dated claim as shown: all of it when short, else the words that date it ("on August 9,
    2018" in a long lead), else its event's words."""
    if c.end - c.start <= DATED_CHARS:
        return cx.claim_span(c)
    text = cx.article[c.article].text
    for m in _DATE_WORDS.finditer(text, c.start, c.end):
        if resolve_date(m.group(), cx.article[c.article].date) == c.event.date:
            return c.article, m.start(), m.end()
    return cx.event_span(c)


def _date_near(cx: Corpus, u) -> tuple[str, tuple[int, int]] | None:
    """The day a word naming the incident is dated to in its sentence: the written date nearest
    to it, with no verb of saying between ("officials said on Tuesday" dates the statement)."""
    article = cx.article[u.article]
    if not article.date:
        return None
    start, end = _sentence(article.text, u.start)
    found = []
    for m in _DATE_WORDS.finditer(article.text, start, end):
        day = resolve_date(m.group(), article.date)
        if day is None or len(day) != 10 or _told_by_a_speaker(article.text, u, (m.start(), m.end())):
            continue
        if _another_time(article.text, start, (m.start(), m.end())):
            continue
        found.append((min(abs(m.start() - u.end), abs(u.start - m.end())), day, (m.start(), m.end())))
    return min(found)[1:] if found else None


def _incident_words(cx: Corpus) -> list:
    """The words naming the incident itself ("the explosion", "the predawn incident"), outside
    the claims that tell of an earlier event."""
    out = []
    for u in cx.res.label_uses:
        if u.referent not in INCIDENT_REFERENTS or not u.frame or u.scope == "background":
            continue
        if cx.in_background(u.article, u.start):
            continue  # "the second airstrike in the area since a raid at dawn on March 2"
        out.append(u)
    return out


def _another_time(text: str, sentence: int, span: tuple[int, int]) -> bool:
    """A time that is not the incident's: after "since", "before" or "after" in its clause ("the
    war raging since February 24", "hours after an ambush on Monday night"; not "before dawn"), or
    a wire dateline's."""
    return bool(_SINCE_BEFORE.search(text, max(sentence, span[0] - 80), span[0])) \
        or _in_dateline(text, *span)


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Is the date a wire dateline's ("SANAA, Aug 9 (Reuters) -", "MOSCOW, July 29. /TASS/")?"""
    line = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_CITY.fullmatch(text, line, start)) and bool(_DATELINE_TAIL.match(text, end))


_DATELINE_CITY = re.compile(r"\s*[A-Z][A-Za-z'’. -]{1,40}(?:,\s*[A-Z][A-Za-z'’. -]{1,30}){0,2},\s*")
_DATELINE_TAIL = re.compile(r"\s*[.(/:–—-]")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "August 9", "August 9, 2018", "9 August 2018", "Thursday": the words of a day, as resolve_date reads them
_DATE_WORDS = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+(?:19|20)\d\d)?|"
                         r"(?:[Ll]ast\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s+(?:of\s+)?(?:this|last)\s+week)?)\b")
# "since February 24", "hours after a rebel ambush on an army convoy on Monday night", "came after
# talks collapsed on Sunday": another time; "before dawn on Tuesday", "minutes after the call to
# prayer on Tuesday morning" (a time of day right after the word) tell the incident's own
_SINCE_BEFORE = re.compile(r"\b(?:since|until)\b[^,.;:]*$|\b(?:before|after)\b(?!\s+(?:the\s+)?(?:dawn|daybreak|sunrise|"
                           r"sunset|midnight|noon|first\s+light|(?:the\s+)?call\s+to\s+prayer|(?:\w+\s+)?prayers?)\b)"
                           r"[^,.;:]*$", re.IGNORECASE)


# "at around 1 p.m.", "around 1:00 pm", "shortly before 8:30 a.m.": an hour with a.m./p.m.
CLOCK_TIME = re.compile(r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?", re.IGNORECASE)
SAME_TIME_MINUTES = 30  # "around 1 p.m." and "1:20 pm" are one time of day
# "at exactly 00:01", "around 13:30": a 24-hour clock time after a word that places it in time,
# with an hour no 12-hour clock has (a leading zero, or 13 to 23: "at 7:30 on Monday evening" is
# the evening's), in local time (not "02:00 GMT")
CLOCK_24 = re.compile(r"\b(?:at|around|about|approximately|exactly|by)\s+(?:exactly\s+|about\s+|around\s+)?"
                      r"(?P<time>(?P<hour>0\d|1[3-9]|2[0-3]):(?P<minute>[0-5]\d))\b"
                      r"(?!\s*(?:[ap]\.?\s?m\b|GMT|UTC|Zulu))", re.IGNORECASE)


def _clock(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """The first clock time between ``start`` and ``end``, as minutes after midnight and its span:
    "1 p.m.", "1:20 pm", or a 24-hour time ("at exactly 00:01")."""
    found = []
    m = CLOCK_TIME.search(text, start, end)
    if m is not None and 1 <= int(m.group("hour")) <= 12 and int(m.group("minute") or 0) <= 59:
        minutes = (int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)) * 60 \
            + int(m.group("minute") or 0)
        found.append((m.start(), minutes, (m.start(), m.end())))
    m = CLOCK_24.search(text, start, end)
    if m is not None:
        found.append((m.start("time"), int(m.group("hour")) * 60 + int(m.group("minute")),
                      (m.start("time"), m.end("time"))))
    return min(found)[1:] if found else None


HOUR_MINUTE = re.compile(r"(?:0\d|1[3-9]|2[0-3]):[0-5]\d")  # the time CLOCK_24 finds, on its own


def _is_clock(text: str, span: tuple[int, int]) -> bool:
    """Is the span a clock time (not a part of the day)?"""
    return CLOCK_TIME.fullmatch(text, *span) is not None or HOUR_MINUTE.fullmatch(text, *span) is not None


def clock_time_drafts(cx: Corpus) -> list[Draft]:
    """Articles giving the same time of day for the incident's attack ("at around 1 p.m." /
    "around 1:00 pm"): one agreement per incident and time, each article's first timed claim."""
    firsts: dict[int, dict[str, tuple[int, tuple[str, int, int], str]]] = defaultdict(dict)
    for c in cx.claims:
        if c.event is None or c.scope != "incident" or family(c.event.type) not in DATED_FAMILIES \
                or c.stance in REJECTING or c.article in firsts[cx.component_of[c.article]]:
            continue
        found = _clock(cx.article[c.article].text, c.start, c.end)
        if found is None:
            continue
        minutes, (start, end) = found
        firsts[cx.component_of[c.article]][c.article] = (minutes, (c.article, start, end), c.id)
    out = []
    for timed in firsts.values():
        items = sorted(timed.items(), key=lambda x: cx.order[x[0]])
        for i, (article, (minutes, span, claim)) in enumerate(items):
            alike = [(a, sp, cl) for a, (mm, sp, cl) in items[i + 1:] if _apart(mm, minutes) <= SAME_TIME_MINUTES]
            if not alike or any(_apart(mm, minutes) <= SAME_TIME_MINUTES for _, (mm, _, _) in items[:i]):
                continue  # one finding per time: the earliest article that gives it speaks for it
            shown = [(article, span, claim), *alike][:8]
            names = [cx.source(a) for a, _, _ in shown]
            who = listing(names)
            out.append(Draft("agree", [sp for _, sp, _ in shown],
                             f"{who} give the same time of day for the attack, about {minutes // 60:02d}:{minutes % 60:02d}.",
                             0.6, 0.4, claims=[cl for _, _, cl in shown]))
    return out


WEEKDAY = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"


@functools.cache
def _day_part_patterns() -> tuple[tuple[re.Pattern[str], int, int], ...]:
    """(pattern, first minute, last minute) for each part of the day in events.json ``day_parts``."""
    out = []
    for part in events().day_parts:
        words = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(part.words, key=len, reverse=True))
        tail = rf"\s+{WEEKDAY}" if part.before_weekday else r"\b"
        out.append((re.compile(rf"\b(?:{words}){tail}", re.IGNORECASE), part.start * 60, part.end * 60))
    return tuple(out)


def _window(text: str, start: int, end: int) -> tuple[int, int, tuple[int, int]] | None:
    """The time of day a claim gives for the attack, as (first minute, last minute, span): a
    clock time give or take half an hour, else a part of the day."""
    clock = _clock(text, start, end)
    if clock is not None:
        minutes, span = clock
        return minutes - SAME_TIME_MINUTES, minutes + SAME_TIME_MINUTES, span
    found = [(m, lo, hi) for p, lo, hi in _day_part_patterns() for m in p.finditer(text, start, end)
             if _names_the_hour(text, m)]
    if not found:
        return None
    m, lo, hi = min(found, key=lambda x: (x[0].start(), -(x[0].end() - x[0].start())))
    return lo, hi if hi > lo else hi + 24 * 60, (m.start(), m.end())


def _names_the_hour(text: str, m: re.Match[str]) -> bool:
    """A part of the day, not a name spelled like one ("Dawn reported", the newspaper): lower
    case, or capitalised only where a sentence or a line starts, and not followed by a verb of
    saying."""
    if m.group()[:1].isupper() and text[max(0, m.start() - 2):m.start()].strip() not in ("", ".", "\"", "“"):
        return False
    after = re.match(r"\s+(\w+)", text[m.end():m.end() + 20])
    return not (after and after.group(1).lower() in REPORTED)


REPORTED = {"reported", "reports", "said", "says", "quoted", "cited", "newspaper", "daily"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Is the middle of the shorter window (a clock time itself) inside the other, round midnight?
    "10:15am" and "morning", "early hours" and "overnight" are one time of day; "Saturday night"
    and "Sunday morning" only touch."""
    short, other = (a, b) if a[1] - a[0] <= b[1] - b[0] else (b, a)
    mid = (short[0] + short[1]) / 2
    return any(other[0] <= mid + shift <= other[1] for shift in (-24 * 60, 0, 24 * 60))


def day_part_drafts(cx: Corpus) -> list[Draft]:
    """Articles that place the attack in the same part of the day, in words or as a clock time
    ("around 10:15am" / "the Sunday morning strike" / "on the morning of April 13"): one agreement
    per incident, when at least one of them gives only a part of the day (clock times alone are
    compared in ``clock_time_drafts``). Parts of the day are too loose to contradict."""
    windows: dict[int, dict[str, list[tuple[int, int, tuple[int, int], str, bool]]]] = \
        defaultdict(lambda: defaultdict(list))
    # the attack's own claims first; a killing told with its hour ("killed 43 worshippers early
    # on Friday") gives the attack's hour too when no attack claim does
    attack_day: dict[str, str] = {}  # an article's date for the attack, against which weekdays are read
    for c in cx.claims:
        if c.event is not None and c.event.date and family(c.event.type) in DATED_FAMILIES \
                and c.scope == "incident" and c.stance not in REJECTING:
            attack_day.setdefault(c.article, c.event.date)
    for families in (DATED_FAMILIES, TIMED_HARM):
        for c in cx.claims:
            if c.event is None or c.scope != "incident" or family(c.event.type) not in families \
                    or c.stance in REJECTING:
                continue
            text = cx.article[c.article].text
            found = _window(text, c.start, c.end)
            if found is not None and not _other_weekday(text, found, attack_day.get(c.article) or c.event.date):
                lo, hi, span = found
                clock = _is_clock(text, span)
                windows[cx.component_of[c.article]][c.article].append((lo, hi, span, c.id, clock))
    # a word naming the incident itself gives its hour too, in its own sentence ("residents heard
    # explosions early on Tuesday", "the predawn incident"), after the article's attack claims
    for u in _incident_words(cx):
        text = cx.article[u.article].text
        start, end = _sentence(text, u.start)
        found = _window(text, start, end)
        if found is None or _told_by_a_speaker(text, u, found[2]) or _another_time(text, start, found[2]):
            continue
        day = attack_day.get(u.article)
        if (day is None and _weekday_near(text, found[2])) or _other_weekday(text, found, day):
            continue  # "killings on Saturday and Monday night", in an article that does not date the attack
        lo, hi, span = found
        clock = _is_clock(text, span)
        windows[cx.component_of[u.article]][u.article].append((lo, hi, span, None, clock))
    out = []
    for timed in windows.values():
        # each article's first time of day is its own; a clock time anchors
        items = sorted(((a, ws[0]) for a, ws in timed.items()), key=lambda x: (not x[1][4], cx.order[x[0]]))
        if len(items) < 2:
            continue
        anchor = items[0][1]
        alike = [(a, w) for a, w in items if _overlap((anchor[0], anchor[1]), (w[0], w[1]))]
        if len(alike) < 2 or all(w[4] for _, w in alike):
            continue
        alike.sort(key=lambda x: cx.order[x[0]])
        alike = alike[:8]
        words = ", ".join(f"“{cx.article[a].text[w[2][0]:w[2][1]]}”" for a, w in alike)
        spans = [(a, *w[2]) for a, w in alike]
        # room left: an article's other words for the same hours ("early Friday", later "dawn prayers")
        for a, _ in alike:
            text = cx.article[a].text
            seen = {text[s:e].lower() for b, s, e in spans if b == a}
            for w in timed[a][1:]:
                if len(spans) < 8 and text[w[2][0]:w[2][1]].lower() not in seen \
                        and _overlap((anchor[0], anchor[1]), (w[0], w[1])):
                    spans.append((a, *w[2]))
                    seen.add(text[w[2][0]:w[2][1]].lower())
                    break
        out.append(Draft("agree", spans,
                         f"{listing([cx.source(a) for a, _ in alike])} place the attack at the same time of day "
                         f"({words}).", 0.55, 0.35, claims=[w[3] for _, w in alike if w[3]]))
    return out


def _told_by_a_speaker(text: str, u, span: tuple[int, int]) -> bool:
    """A verb of saying between a time and the incident's word after it, or before the time in its
    clause: "That same evening, the general said the offensive ...", "the UN chief, on Friday,
    condemned the air strikes", "the spokesman said Thursday that an airstrike ...", "the ministry
    said in a statement on Friday": the time is the statement's. ("The attack, which the army
    blamed on rebels, came on Tuesday" keeps its day: blaming is no saying here.)"""
    if span[1] <= u.start and SAYING.search(text, span[1], u.start):
        return True
    clause = max(text.rfind(",", 0, span[0]), text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]),
                 span[0] - 60, u.end if u.end <= span[0] else -1)
    return bool(SAYING.search(text, max(0, clause), span[0]))


# the verbs that tell a statement was made, in the forms a report dates it with ("said on Friday",
# "told reporters Thursday"); lower case only, so "Islamic State" or "United States" are none
SAYING = re.compile(r"\b(?:said|says|told|tells|stated|states|announced|announces|added|adds|declared|"
                    r"wrote|writes|tweeted|claimed|claims|alleged|confirmed|confirms|acknowledged|admitted|"
                    r"condemned|condemns|denounced|denied|denies|rejected|rejects|dismissed|insisted|explained)\b")


def _weekday_near(text: str, span: tuple[int, int]) -> bool:
    return any(w in WEEKDAYS for w in re.findall(r"[a-z]+", text[max(0, span[0] - 12):span[1]].lower()))


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence (or headline line) holding offset ``at``."""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    return start, min(ends, default=len(text))


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _other_weekday(text: str, window: tuple[int, int, tuple[int, int]], date: str | None) -> bool:
    """Does the part of the day name a weekday other than the attack's ("on Saturday and Monday
    night", of a Thursday attack)? It tells of another day's act. A night may be the evening
    before ("late Wednesday night" for an attack dated Thursday)."""
    if not date:
        return False
    try:
        weekday = datetime.date.fromisoformat(date[:10]).weekday()
    except ValueError:
        return False
    lo, hi, span = window
    allowed = {WEEKDAYS[weekday]} | ({WEEKDAYS[(weekday - 1) % 7]} if hi > 24 * 60 else set())
    words = re.findall(r"[a-z]+", text[max(0, span[0] - 12):span[1]].lower())
    named = [w for w in words if w in WEEKDAYS]
    return bool(named) and named[-1] not in allowed


def _apart(a: int, b: int) -> int:
    """Minutes between two times of day, round midnight (11:50 p.m. and 00:10 a.m. are 20 apart)."""
    d = abs(a - b) % (24 * 60)
    return min(d, 24 * 60 - d)

