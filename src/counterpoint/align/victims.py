"""Whose dead: the same dead counted as fighters by one voice and as civilians by another ("203
terrorists killed, without civilian casualties" / "300 civilians executed"), and a voice rejecting
the accounts of civilian harm ("refuted claims of civilian casualties"), or saying its strikes
spare civilians (align/sparing.py), against the civilian counts and accounts other voices give.
The counts of none these build on are read in align/harm.py."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from ..extract.numparse import parse_number
from ..nlp.lexicons import category_of, cue_regex, cues, head_word
from ..records import Claim, Quantity
from .candidates import FAMILIES, REJECTING, Corpus
from .selection import per_article
from .stated import describe, interval, size
from .figure_groups import counted_group
from .figures import same_event
from .findings import MAX_EVIDENCE, Draft, short
from .harm import (CIVILIANS, COMPARABLE, COVERS, FIGHTERS, HARM_ROLES, STAFF, category_lineage, names_care,
                   is_none_count, positive, reported, unharmed_words, figure_voice, voice_name)
from .intervals import same_figure
from .revisions import cx_tol, day_number
from .sparing import civilian_places_hit, sparing_words


def victim_status_drafts(cx: Corpus) -> list[Draft]:
    """The same dead, told two ways: one voice counts the incident's dead only as armed-group
    members and denies any civilian dead ("203 terrorists killed, without civilian casualties"),
    another counts them only as civilians, and the two counts are of one size (300 civilians).
    Without the denial both tolls may be true (a battle kills fighters and bystanders), unless
    the civilians are said to be some of the dead the fighters' count counts (a dispute,
    ``_some_were_civilians``). One finding per incident: a coder must choose between the two accounts."""
    tol = cx_tol(cx)
    out = []
    for qs in harm_by_incident(cx):
        killed = [q for q in qs if q.role == "killed" and positive(q)]
        denials = civilian_deaths_denied(cx, qs)  # "without civilian casualties"
        # staff are the civilians of a denial that names patients or medical workers (a hospital's)
        care = any(names_care(z) for zs in denials.values() for z in zs)
        fighters: dict[tuple, list[Quantity]] = defaultdict(list)
        civilians: dict[tuple, list[Quantity]] = defaultdict(list)
        for q in killed:
            line = category_lineage(cx, q.category)
            if FIGHTERS in line:
                fighters[figure_voice(cx, q)].append(q)
            elif CIVILIANS in line or (q.noun and civilian_parts(cx, q, care)):
                civilians[figure_voice(cx, q)].append(q)
        x_voices = [v for v in fighters if v not in civilians]
        y_voices = [v for v in civilians if v not in fighters and v not in denials]
        if not x_voices or not y_voices:
            continue
        x = [q for v in x_voices for q in fighters[v]]
        y = [q for v in y_voices for q in civilians[v]]
        # the denial may come from another voice of the same account (the army counts 203
        # "terrorists"; the government's spokesman says no civilian died), never from a voice
        # that itself counts civilian dead
        denied = [q for v in (*x_voices, *(v for v in denials if v not in x_voices and v not in civilians))
                  for q in denials.get(v, ())]
        if not denied:
            # no voice says no civilian died, but one counts all the dead as fighters (its count is
            # the incident's whole toll) and another says some of those dead were civilians
            every = [q for q in x if _all_the_dead(cx, q, killed)]
            pairs = [(p, q) for p in y if among_the_dead(cx, p) and _said(cx, p) for q in every if _part_of(cx, p, q)]
            if pairs:
                every = list(dict.fromkeys(q for _, q in pairs))
                among = list(dict.fromkeys(p for p, _ in pairs))
                out.append(_some_were_civilians(cx, every, among))
            continue  # else militants and civilians killed may both be true
        if not one_size(x, y):
            continue
        # the same named sources' other counts of the dead of that size join their account
        y_named = {v for v in y_voices if v[0] == "speaker"}
        y = y + [q for q in killed if figure_voice(cx, q) in y_named and q not in y and q not in x
              and q.category == "people" and any(same_figure(interval(q), interval(c), tol) for c in y)]
        shown_x = denied[:1] + per_article(_around(cx, x, x), MAX_EVIDENCE // 2 - len(denied[:1]), cx)
        # each article's largest count of the civilian dead ("19 staff and patients" before "three
        # children"): the one that least fits the fighters' account
        shown_y = per_article(sorted(y, key=lambda q: (-size(q), cx.order[q.article], q.start)),
                              MAX_EVIDENCE - len(shown_x), cx)
        out.append(two_accounts(cx, "Fighters or civilians?", shown_x, denied[0], shown_y,
                                "both cannot describe the same dead.", 0.95))
    return out


def _all_the_dead(cx: Corpus, q: Quantity, killed: list[Quantity]) -> bool:
    """Is the count of fighters the incident's whole toll, as some voice counts the dead as such
    ("11 members of the group killed" / "11 people died")?"""
    tol = cx_tol(cx)
    return any(o is not q and counted_group(o) == "people" and o.category == "people" and not among_the_dead(cx, o)
               and same_figure(interval(o), interval(q), tol) and one_act(cx, o, q) for o in killed)


def _part_of(cx: Corpus, part: Quantity, fighters: Quantity) -> bool:
    """Are the civilians some of the dead the fighters' count counts: of one act, no more of them,
    and where the count names its whole ("four of the 30 dead"), that whole is the fighters' count."""
    whole = WHOLE_NAMED.search(part.text)
    if whole is not None and not (fighters.low is not None and parse_number(whole.group(1)) == fighters.low):
        return False
    return size(part) <= size(fighters) and one_act(cx, part, fighters)


# "four of the 30 dead": the whole a part names; its number in words or digits
WHOLE_NAMED = re.compile(r"\bof\s+(?:the|those)\s+([\w,]+)\s+(?:\w+\s+)?" + r"(?:dead|deceased|killed|victims)\b",
                         re.IGNORECASE)


def _said(cx: Corpus, q: Quantity) -> bool:
    """Is the count stated, or put forward ("there could be at least four civilians"), not denied
    or doubted ("could not confirm that four ...")?"""
    c = cx.claim.get(q.claim or "")
    if c is None or c.id in cx.res.negated or c.stance not in ("asserted", "attributed", "speculative"):
        return False
    return not NEGATION.search(cx.article[q.article].text, c.start, max(c.start, q.start))


NEGATION = re.compile(r"\b(?:not|never|cannot|can['’]t|no\s+evidence)\b", re.IGNORECASE)


def one_act(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Counts of one act's dead: of compatible place, target and kind of act, and days apart at
    most where both are dated (align/whose_dead.py asks the same of its counts)."""
    da, db = _day(cx, a), _day(cx, b)
    if da is not None and db is not None and abs(da - db) > DAYS_APART:
        return False
    return not _different_acts(cx, a, b) and same_event(cx, a, b)


GENERIC_ACT = "attack"  # the event type of a bare "attack", "raid" or "assault"
DAYS_APART = 3  # the same act's counts, told on its day and in the days after


def _different_acts(cx: Corpus, q: Quantity, r: Quantity) -> bool:
    """Both sentences name the kind of act, and the kinds differ: a suicide bombing's dead and an
    air raid's, or a battle's and a shelling's. A bare "attack" or "killed" names no kind."""
    types = []
    for x in (q, r):
        c = cx.claim.get(x.claim or "")
        t = c.event.type if c is not None and c.event is not None else None
        types.append(t if t in FAMILIES and t != GENERIC_ACT else None)
    return None not in types and types[0] != types[1]


def _day(cx: Corpus, q: Quantity) -> int | None:
    """The day the count's claim dates the act to, else its article's date."""
    return day_number(cx.date_of(q.article, q.claim)) or day_number(cx.article[q.article].date)


@functools.cache
def _of_the_dead() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"four of the eleven dead" (in the count's words), "among the deceased ..." (before it): the
    words for the dead from cues.json ``dead_words``."""
    dead = "(?:" + "|".join(re.escape(c.cue) for c in cues().dead_words) + ")"
    return (re.compile(rf"\bof\s+(?:the|those)\b.*\b{dead}\b", re.IGNORECASE),
            re.compile(rf"\bamong\s+(?:the|those)\s+(?:[\w’'-]+\s+)?{dead}\b[^.;]*$", re.IGNORECASE))


def among_the_dead(cx: Corpus, q: Quantity) -> bool:
    """Is the count told as some of the dead: "at least four of the eleven dead were civilians",
    "among the deceased there could be at least four civilians"?"""
    of_the_dead, among = _of_the_dead()
    if of_the_dead.search(q.text):
        return True  # the count's own words: "at least four of the eleven dead", "14 of the dead"
    text = cx.article[q.article].text
    c = cx.claim.get(q.claim or "")
    start = c.start if c is not None and c.start <= q.start else max(0, q.start - AMONG_REACH)
    return bool(among.search(text, start, q.start))


AMONG_REACH = 80  # characters before a count where "among the dead" may stand, when it has no claim


def _some_were_civilians(cx: Corpus, every: list[Quantity], among: list[Quantity]) -> Draft:
    """"Fighters or civilians? Army: 11 members of a dissident group killed. But rights groups:
    at least 4 of the eleven dead civilians": the second takes the first's dead as its own whole
    ("of the eleven dead", "among the deceased") and says some were civilians, which questions
    the first's account (a dispute), where a count of civilians told beside it may be other dead."""
    shown_x = per_article(every, MAX_EVIDENCE // 2, cx)
    shown_y = per_article(among, MAX_EVIDENCE - len(shown_x), cx, each=2)
    shown = (*shown_x, *shown_y)
    return Draft(
        "dispute", [(q.article, q.start, q.end) for q in shown],
        f"Fighters or civilians? {_account(cx, shown_x)}, all of them counted as fighters. But "
        f"{_account(cx, shown_y)}: some of those dead, it says, were civilians.",
        0.7, 0.95, claims=list(dict.fromkeys(q.claim for q in shown if q.claim)), quantities=[q.id for q in shown])


def two_accounts(cx: Corpus, question: str, mine: list[Quantity], denial: Quantity, theirs: list[Quantity],
                 verdict: str, salience: float) -> Draft:
    """A fighters-only account (its counts and its denial of civilian dead) against another
    voice's counts: "Fighters or civilians? Mali: 203 terrorists killed; ...: no civilian
    killed. But HRW: about 300 civilian men killed: ..."."""
    shown = (*mine, *theirs)
    return Draft(
        "contradict", [(q.article, q.start, q.end) for q in shown],
        f"{question} {_account(cx, [q for q in mine if positive(q)])}; {voice_name(cx, denial)}: "
        f"{unharmed_words([denial])}. But {_account(cx, list(theirs))}: {verdict}",
        0.7, salience, claims=list(dict.fromkeys(q.claim for q in shown if q.claim)),
        quantities=[q.id for q in shown])


def harm_by_incident(cx: Corpus) -> list[list[Quantity]]:
    """The harm figures each incident's voices state ("including nine of its staff" tells who
    died too), one list per incident's coverage."""
    by_component: dict[int, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if q.role in HARM_ROLES and reported(cx, q):
            by_component[cx.component_of[q.article]].append(q)
    return list(by_component.values())


def civilian_deaths_denied(cx: Corpus, qs: list[Quantity]) -> dict[tuple[str, str], list[Quantity]]:
    """Per voice, its statements that no civilian died ("no civilian among the dead", "without
    civilian casualties"); "no civilian was wounded" says nothing of the dead."""
    out: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for q in qs:
        if is_none_count(q) and CIVILIANS in category_lineage(cx, q.category) \
                and "killed" in COVERS.get(q.role or "", ()):
            out[figure_voice(cx, q)].append(q)
    return out


def _around(cx: Corpus, qs: list[Quantity], seeds: list[Quantity]) -> list[Quantity]:
    """The account's count most figures agree with, and those figures, the first-listed class
    (fighters, or civilians) leading: "300 civilians", then HRW's "300 men" and "about 300"."""
    tol = cx_tol(cx)

    def partners(q: Quantity) -> list[Quantity]:
        return [o for o in qs if o is q or (same_figure(interval(q), interval(o), tol) and _one_group(q, o))]
    seed = max(seeds, key=lambda q: (len({o.article for o in partners(q)}), -cx.order[q.article], -q.start))
    rest = sorted((o for o in partners(seed) if o is not seed), key=lambda q: (cx.order[q.article], q.start))
    return [seed, *rest]


def _one_group(a: Quantity, b: Quantity) -> bool:
    """Counts of one group, or one of them of the dead as such: 3 staff and 3 children are two."""
    ga, gb = counted_group(a), counted_group(b)
    return ga == gb or "people" in (ga, gb)


def civilian_parts(cx: Corpus, q: Quantity, care: bool = False) -> bool:
    """"19 staff and patients": every coordinated group is a civilian one; with ``care`` (a
    hospital's dead) "nine of its staff" is too."""
    pieces = [p.strip() for p in (q.noun or "").lower().split(" and ") if p.strip()]
    if care and pieces and all(head_word(p) in STAFF or CIVILIANS in category_lineage(cx, category_of(p))
                               for p in pieces):
        return True
    return len(pieces) > 1 and all(CIVILIANS in category_lineage(cx, category_of(p)) for p in pieces)


def one_size(x: list[Quantity], y: list[Quantity]) -> bool:
    """Some count in each account is within COMPARABLE times the other: the same dead."""
    return any(min(size(a), size(b)) > 0 and max(size(a), size(b)) <= COMPARABLE * min(size(a), size(b))
               for a in x for b in y)


def _account(cx: Corpus, qs: list[Quantity]) -> str:
    """"Mali: 203 “terrorists” killed (AP, Al Jazeera); APA News: more than 200 jihadists killed"."""
    outlets: dict[str, list[str]] = defaultdict(list)
    said: dict[str, str] = {}
    for q in qs:
        name = voice_name(cx, q)
        said.setdefault(name, describe(q))
        if cx.source(q.article) != name and cx.source(q.article) not in outlets[name]:
            outlets[name].append(cx.source(q.article))
    return "; ".join(f"{name}: {said[name]}" + (f" ({', '.join(outlets[name])})" if outlets[name] else "")
                     for name in said)


# "refuted claims of civilian casualties", "claiming civilians are being harmed are baseless",
# "dismissed the allegation about the killings of civilians"
CIVILIAN_HARM = re.compile(r"\bcivilians?\b(?:\s+[\w’'-]+){0,4}?\s+(?:casualt\w*|deaths?|dead|killed|harmed|"
                           r"hurt|victims?|toll)\b|\bcivilians?\s+(?:are|were|being|had been|have been)\s+"
                           r"(?:\w+\s+)?(?:harmed|hurt|killed|targeted)\b"
                           r"|\b(?:killings?|deaths?|murders?|massacres?)\s+of\s+(?:[\w’'-]+\s+){0,2}?"
                           r"civilians?\b", re.IGNORECASE)


AMONG_CIVILIANS = re.compile(r"[\s,]*(?:\(|-|–)?\s*(?:including|among them|mostly|most of them|many of them)\s+"
                             r"(?:[\w’'-]+\s+){0,3}?(?:civilians?|women|children|refugees)\b", re.IGNORECASE)


def among_them_civilians(cx: Corpus, q: Quantity) -> bool:
    """A toll of people its own sentence says holds civilians ("At least 15 people, including
    women and children, were killed"); not "15 soldiers killed as they evacuated civilians"."""
    c = cx.claim.get(q.claim or "")
    if c is None or counted_group(q) != "people":
        return False
    return bool(AMONG_CIVILIANS.match(cx.article[q.article].text, q.end, min(c.end, q.end + 60)))


REJECTION_REACH = 100  # characters between the rejecting words and the civilian harm they reject
# "refuted ... while emphasizing civilian casualties": what follows the aside is not what is rejected
ASIDE = re.compile(r"\b(?:while|whilst|but|whereas|although)\b|[;.]")


def _rejects_civilian_harm(text: str, c: Claim, focus: tuple[str, int, int]) -> bool:
    """Is civilian harm what the rejection's words reject: named close to them, with no aside
    between ("refuted claims of civilian casualties"; not "refuted X while emphasizing civilian
    casualties")?"""
    _, fs, fe = focus
    if cue_regex("responsibility_words").search(text, fs, c.end):
        return False  # "denied responsibility for the killings of civilians": who did it, not whether
    for m in CIVILIAN_HARM.finditer(text, c.start, c.end):
        if m.start() < fe and fs < m.end():
            return True  # the rejection's own words name it
        if m.start() >= fe:  # "refuted claims of civilian casualties"
            if m.start() - fe <= REJECTION_REACH and not ASIDE.search(text, fe, m.start()):
                return True
        elif CLAIM_OF.search(text, max(c.start, m.start() - 40), m.start()) \
                and 0 <= fs - m.end() <= REJECTION_REACH and not ASIDE.search(text, m.end(), fs):
            return True  # "Arguments ... claiming civilians are being harmed are baseless"
    return False


def rejects_civilian_harm(cx: Corpus, c: Claim) -> bool:
    """The rejection is of the accounts that civilians were harmed, answered with their counts here."""
    return _rejects_civilian_harm(cx.article[c.article].text, c, cx.focus_span(c))


CLAIM_OF = re.compile(r"\b(?:claim\w*|argument\w*|allegation\w*|report\w*|accusation\w*)\b[^.;]*$", re.IGNORECASE)


def civilian_denial_drafts(cx: Corpus, disputes: Sequence[Draft] = ()) -> list[Draft]:
    """A voice rejects the accounts that civilians were harmed ("refuted claims of civilian
    casualties", "claims that civilians are being harmed are baseless"), where other voices count
    civilian dead or wounded in the incident: one dispute per rejecting voice, with those counts,
    unless a claim-level dispute in ``disputes`` already links the rejection to them."""
    out = []
    seen: set[tuple[str, str | None]] = set()
    linked = [set(d.claims) for d in disputes]
    harm_by_component: dict[int, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if positive(q) and q.role in HARM_ROLES and reported(cx, q):
            harm_by_component[cx.component_of[q.article]].append(q)
    for c in cx.claims:
        if c.scope != "incident" or c.id in cx.res.negated:
            continue
        text = cx.article[c.article].text
        rejects = c.stance in REJECTING and _rejects_civilian_harm(text, c, cx.focus_span(c))
        focus = cx.focus_span(c) if rejects else sparing_words(cx, c)
        if focus is None or (c.article, cx.voice(c.speaker)) in seen:
            continue
        seen.add((c.article, cx.voice(c.speaker)))
        civilian = [q for q in harm_by_component[cx.component_of[c.article]]
                    if CIVILIANS in category_lineage(cx, q.category) or (q.noun and civilian_parts(cx, q))
                    or among_them_civilians(cx, q)]
        if any(c.start <= q.start < c.end and positive(q)
               for role in HARM_ROLES for q in cx.quantities_by_article_role.get((c.article, role), ())):
            continue  # "denied responsibility for the explosion that caused 30 civilian casualties" admits it
        counts = [q for q in civilian
                  if not (c.speaker is not None and cx.same_voice(cx.claim[q.claim].speaker, c.speaker))]
        if any(c.id in ids and {q.claim for q in counts} <= ids for ids in linked):
            continue
        if not rejects and _concedes_civilian_dead(cx, c):
            continue  # "we did not target civilians ... the civilians were killed by the army's jets": who, not whether
        if rejects:
            # a rejection of the accounts is answered by their counts, two an article
            shown = per_article(sorted(counts, key=lambda q: (-size(q), cx.order[q.article], q.start)),
                                MAX_EVIDENCE - 1, cx, each=2)
            told = _civilian_harm_told(cx, c, {q.claim for q in shown}, MAX_EVIDENCE - 1 - len(shown))
            spans = [(q.article, q.start, q.end) for q in shown]
        else:
            # saying the strikes spare civilians is answered by what each article says of the
            # harm, one an article: its body's count of civilian dead, else its words that
            # civilians were harmed (a headline's count repeats them, without a source), else a
            # civilian place hit, else another count (a girl wounded); then, in room left, the
            # headlines' counts, which most readers see
            by_size = sorted(counts, key=lambda q: (q.hedge == "vague", -size(q), cx.order[q.article], q.start))
            shown = per_article([q for q in by_size if q.role == "killed" and q.start >= cx.headline_end(q.article)],
                                MAX_EVIDENCE - 1, cx, each=1)
            done = {q.article for q in shown}
            told = _civilian_harm_told(cx, c, set(), MAX_EVIDENCE - 1 - len(shown), done)
            done |= {t.article for t in told}
            told += civilian_places_hit(cx, c, done, MAX_EVIDENCE - 1 - len(shown) - len(told))
            done |= {t.article for t in told}
            shown += per_article([q for q in by_size if q.article not in done],
                                 MAX_EVIDENCE - 1 - len(shown) - len(told), cx, each=1)
            headlines = [q for q in by_size if q.role == "killed" and q not in shown
                         and q.start < cx.headline_end(q.article)]
            shown += per_article(headlines, MAX_EVIDENCE - 1 - len(shown) - len(told), cx)
            spans = [_told_with(cx, q) for q in shown]
        if not shown and not told:
            continue
        who = cx.speaker_name(c.id)
        said = "; ".join([f"{cx.source(q.article)}: {describe(q)}" + (
            f" ({cx.speaker_name(q.claim)})" if cx.speaker_name(q.claim) else "") for q in shown[:3]]
            + [f"{cx.source(t.article)}: “{short(t.text, 80)}”" for t in told[:max(0, 3 - len(shown))]])
        frame = f"rejects (“{c.cue or c.stance}”)" if rejects else \
            f"says its strikes spare civilians (“{text[focus[1]:focus[2]]}”), against"
        out.append(Draft(
            "dispute", [focus, *spans, *(cx.statement_span(t) if rejects else _harm_span(cx, t) for t in told)],
            f"{cx.source(c.article)}{f' ({who})' if who else ''} {frame} the accounts "
            f"of civilians harmed: {said}.", 0.7, 0.9,
            claims=list(dict.fromkeys([c.id, *(q.claim for q in shown if q.claim), *(t.id for t in told)])),
            quantities=[q.id for q in shown]))
    return out


_CIV = r"(?:civilians?|women|children|refugees|residents|villagers|families|worshippers|passengers)"
# civilians as the harmed: the object of the harm ("killed 46 civilians"), its subject ("civilian
# people, mostly refugees, were victims of the airstrike"), or what the dead included; not
# civilians merely near the act ("fighters hiding among villagers")
CIVILIANS_HARMED = re.compile(
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:[\w’'-]+\s+){{0,2}}?{_CIV}\b"
    rf"|(?<!among\s)(?<!near\s)(?<!from\s)(?<!with\s)(?<!beside\s)\b{_CIV}\b[^.;]{{0,60}}?\b"
    rf"(?:were|was|are|is|have been|had been)\s+(?:\w+\s+)?"
    rf"(?:killed|wounded|injured|hurt|harmed|victims?|among (?:the|those) (?:dead|killed|victims|wounded))\b"
    rf"|\b(?:dead|victims|killed|casualties|injured|wounded)\b[^.;]{{0,30}}?\b(?:included|include|are|were)\s+"
    rf"(?:[\w’'-]+\s+){{0,5}}?{_CIV}\b", re.IGNORECASE)
CLAIM_NOUN = re.compile(r"\b(?:claims?|allegations?|accusations?|arguments?|reports?)\b", re.IGNORECASE)  # told of, not told


def _told_with(cx: Corpus, q: Quantity) -> tuple[str, int, int]:
    """A count shown with the sentence that tells it ("Russia's missile attack killed at least 20
    civilians in Sumy") when its claim is short, else the count alone."""
    c = cx.claim.get(q.claim or "")
    if c is None or c.end - c.start > TOLD_CHARS or not c.start <= q.start < c.end:
        return q.article, q.start, q.end
    return c.article, c.start, c.end


TOLD_CHARS = 200


def _harm_span(cx: Corpus, t: Claim) -> tuple[str, int, int]:
    """A statement of civilian harm or of a civilian place hit, shown whole when short, else by
    the words telling the harm ("dozens of civilians who were near the site were killed")."""
    if t.end - t.start <= TOLD_CHARS:
        return t.article, t.start, t.end
    m = CIVILIANS_HARMED.search(cx.article[t.article].text, t.start, t.end)
    return (t.article, m.start(), m.end()) if m else cx.statement_span(t)


OWN_WORDS = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)  # a voice's own statement, in the first person


def _concedes_civilian_dead(cx: Corpus, denial: Claim) -> bool:
    """Does the voice saying its forces spare civilians itself tell, in its own article, that
    civilians were killed or hurt in the incident (by another's hand)? Then what it denies is
    blame, which the accounts of who struck answer, not the counts of the harmed."""
    for t in cx.claims_by_article.get(denial.article, ()):
        if t.id == denial.id or t.stance in REJECTING or t.id in cx.res.negated or t.scope != "incident":
            continue
        if not (cx.same_voice(t.speaker, denial.speaker) or t.speaker is None and (
                denial.speaker is None or OWN_WORDS.search(denial.text))):
            continue  # the voice itself, or its own statement ("our forces"), not an outlet narrating
        if CIVILIANS_HARMED.search(t.text) and not CLAIM_NOUN.search(t.text):
            return True
    return False


def _civilian_harm_told(cx: Corpus, denial: Claim, shown: set[str | None], room: int,
                        articles: set[str] = frozenset()) -> list[Claim]:
    """Other voices' statements that civilians were among the harmed, in words rather than a count
    ("civilian people, mostly refugees, were victims of the airstrike"): one per article not in
    ``articles``, in room."""
    out: list[Claim] = []
    seen: set[str] = set(articles)
    component = cx.component_of[denial.article]
    for t in cx.claims:
        if len(out) >= room:
            break
        if t.id in shown or t.id == denial.id or t.article in seen or cx.component_of[t.article] != component \
                or t.stance in REJECTING or t.id in cx.res.negated or t.scope != "incident":
            continue
        if t.speaker is not None and denial.speaker is not None and cx.same_voice(t.speaker, denial.speaker):
            continue
        if CIVILIANS_HARMED.search(t.text) and not CLAIM_NOUN.search(t.text):
            out.append(t)
            seen.add(t.article)
    return out

