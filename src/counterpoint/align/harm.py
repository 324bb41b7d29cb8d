"""Who was harmed: a count of none against a count of some ("no doctors or patients were hurt" /
"three MSF staff are confirmed dead"), and the same dead counted as fighters by one voice and as
civilians by another ("203 terrorists killed, without civilian casualties" / "300 civilians
executed"). Both are contradictions about one incident that no figure comparison sees, since
the counts differ in role or in the group they count."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import category_of, cue_regex, head_word
from ..records import Claim, Quantity
from .candidates import REJECTING, Corpus, describe, interval, per_article, size
from .elsewhere import other_fact
from .figures import _same_event, counted_group, cx_tol
from .findings import MAX_EVIDENCE, Draft, short
from .intervals import compatible, same_figure

HARM_ROLES = ("killed", "wounded", "casualties")
COVERS = {"casualties": HARM_ROLES, "killed": ("killed",), "wounded": ("wounded",)}  # what "none" denies
FIGHTERS = "armed_group_members"  # members of armed groups: the class a state calls its victims
CIVILIANS = "civilians"
COMPARABLE = 3.0  # two counts of the same dead are within this factor of each other


def _lineage(cx: Corpus, category: str | None) -> tuple[str, ...]:
    return (category, *cx.ancestors.get(category, ())) if category else ()


def _reported(cx: Corpus, q: Quantity) -> bool:
    """A figure its voice states about this incident: not one it rejects, not background."""
    c = cx.claim.get(q.claim or "")
    return c is not None and c.stance not in REJECTING and cx.scope(q.claim) == "incident" and not q.increment


def _voice(cx: Corpus, q: Quantity) -> tuple[str, str]:
    """Who gives the figure: the quoted source's entity, else the outlet of its article."""
    c = cx.claim.get(q.claim or "")
    return ("speaker", c.speaker) if c is not None and c.speaker is not None else ("outlet", q.article)


def _voice_name(cx: Corpus, q: Quantity) -> str:
    return cx.speaker_name(q.claim) or cx.source(q.article)


def _positive(q: Quantity) -> bool:
    return bool((q.low or 0) > 0 or (q.high or 0) > 0)


def _none(q: Quantity) -> bool:
    return q.low == 0 and q.high == 0


def _within(cx: Corpus, part: Quantity, zero: Quantity, statement: list[Quantity]) -> bool:
    """Is the harmed group part of the group said to be unharmed? "No civilians": children,
    "staff and patients" (one civilian group named is enough); "no employee": employees only.
    Staff count as the civilians of a statement that also names patients or medical workers
    unharmed (a hospital's staff), not elsewhere (a headquarters')."""
    if zero.category == "people":  # "no casualties": anyone; "no employee": employees only
        return _harm_noun(zero) or counted_group(zero) == counted_group(part)
    if zero.category in _lineage(cx, part.category):
        return True
    if zero.category != CIVILIANS or not part.noun:
        return False
    care = any(z.category == "health_workers" or head_word(z.noun or "") in CARE_GROUPS for z in statement)
    pieces = [p.strip() for p in part.noun.lower().replace(",", " and ").split(" and ") if p.strip()]
    return any(zero.category in _lineage(cx, category_of(p)) or (care and head_word(p) in STAFF) for p in pieces)


CARE_GROUPS = {"patients", "patient"}
STAFF = {"staff", "staffer", "staffers", "employees", "employee", "workers"}


def no_harm_drafts(cx: Corpus) -> list[Draft]:
    """One voice says none of a group was harmed; another counts some of that group killed or
    wounded in the same incident. One finding per unharmed statement and group of harmed figures
    that agree with each other, so that an early and a later toll are never shown as one side."""
    zeros: dict[tuple, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if _none(q) and q.role in COVERS and "people" in _lineage(cx, q.category) and _reported(cx, q) \
                and not _none_so_far(cx, q) \
                and not (q.category == "people" and counted_group(q) == "people" and not _harm_noun(q)):
            # a named group, or the harm named ("caused no casualties"): "no one was hurt" is often one clause's strike
            zeros[(q.article, _voice(cx, q))].append(q)
    # a share of the harmed ("including 19 MSF staff") shows that group was harmed too
    harmed = [q for q in cx.quantities if _positive(q) and q.role in HARM_ROLES and _reported(cx, q)]
    out = []
    for (article, voice), nones in zeros.items():
        hits: list[Quantity] = []
        for p in harmed:
            if cx.component_of[p.article] != cx.component_of[article] or _voice(cx, p) == voice:
                continue  # one source's count after its own denial is a revision, not a clash
            if other_fact(cx, p) or _other_kind_of_act(cx, p, nones) or _told_later(cx, p, article):
                continue  # "in retaliation for the attack that killed 40", a suicide bombing's dead
            if any(p.role in COVERS[z.role] and _within(cx, p, z, nones) and _same_event(cx, z, p) for z in nones):
                hits.append(p)
        shown_zeros = [z for z in nones if any(_within(cx, p, z, nones) for p in hits)][:3]
        for n, shown in enumerate(_bins(cx, _agreeing(cx, hits), MAX_EVIDENCE - len(shown_zeros))[:MAX_CLUSTERS]):
            z0 = shown_zeros[0]
            said = ", ".join(f"{cx.source(p.article)}: {describe(p)}" + (
                f" ({cx.speaker_name(p.claim)})" if cx.speaker_name(p.claim) else "") for p in shown[:3])
            # room left, beside the first figures: other voices saying in words that civilians were
            # harmed ("several civilians were accidentally struck", "patients were burned alive")
            told = _harm_in_words(cx, shown_zeros, MAX_EVIDENCE - len(shown_zeros) - len(shown)) if n == 0 else []
            said += "".join(f", {cx.source(t[0])}: “{cx.article[t[0]].text[t[1]:t[2]]}”" for t, _ in told)
            out.append(Draft(
                "contradict", [(q.article, q.start, q.end) for q in (*shown_zeros, *shown)] + [t for t, _ in told],
                f"{_voice_name(cx, z0)} ({cx.source(z0.article)}): {_unharmed(shown_zeros)}; but {said}: "
                f"both cannot be true.",
                0.75, 0.95, claims=list(dict.fromkeys([*(q.claim for q in (*shown_zeros, *shown) if q.claim),
                                                       *(c for _, c in told)])),
                quantities=[q.id for q in (*shown_zeros, *shown)]))
    return out


NONE_REACH = 30  # characters after a count of none that may say it is a count so far


def _none_so_far(cx: Corpus, q: Quantity) -> bool:
    """"no confirmed deaths", "no deaths or confirmed injuries", "no casualties were reported so
    far": none known yet, which a later count completes rather than contradicts (cues.json
    ``provisional_none_words``, inside the count's words or just after them; "the army reported no
    casualties" is a statement of none)."""
    text = cx.article[q.article].text
    hi = min(q.end + NONE_REACH, *(i for i in (text.find(".", q.end), len(text)) if i >= 0))
    return bool(q.preliminary or cue_regex("provisional_none_words").search(text, q.start, hi))


def _told_later(cx: Corpus, p: Quantity, article: str) -> bool:
    """A count dated after the statement of none: the harm found since, not a rival account."""
    dp, dz = cx.article[p.article].date, cx.article[article].date
    return bool(dp and dz and dp[:10] > dz[:10])


# a suicide bombing is never an air strike or a shelling, which writers do confuse with each other
ATTACK_TYPES = frozenset({"air_strike", "shelling", "suicide_bomb"})
SELF_DELIVERED = frozenset({"suicide_bomb"})


def _act_type(cx: Corpus, q: Quantity) -> str | None:
    c = cx.claim.get(q.claim or "")
    return c.event.type if c is not None and c.event is not None else None


def _other_kind_of_act(cx: Corpus, p: Quantity, nones: list[Quantity]) -> bool:
    """The harmed figure is told of a suicide bombing and the statement of none of an air strike or
    a shelling (its own claim's act, else its article's most told act), or the other way round:
    "the group that claimed a suicide car bomb attack that killed 40" beside "the strikes caused no
    casualties" counts another act's dead."""
    kind = _act_type(cx, p)
    if kind is None:
        return False
    told = [t for z in nones if (t := _act_type(cx, z)) in ATTACK_TYPES]
    if not told:
        counts: dict[str, int] = defaultdict(int)
        for c in cx.claims_by_article.get(nones[0].article, ()):
            if c.event is not None and c.event.type in ATTACK_TYPES and c.scope == "incident":
                counts[c.event.type] += 1
        told = [max(counts, key=counts.get)] if counts else []
    return kind in ATTACK_TYPES and any(t != kind and (t in SELF_DELIVERED) != (kind in SELF_DELIVERED)
                                        for t in told)



def _harm_noun(q: Quantity) -> bool:
    """"no casualties", "no deaths": a count of none that names the harm itself (events.json
    ``zero_harm_nouns``), said of the whole incident rather than of one clause's blast."""
    head = head_word(q.noun) if q.noun else None
    nouns = cue_sets().zero_harm_nouns
    return head is not None and (head in nouns or head.rstrip("s") in nouns or head[:-3] + "y" in nouns)


# "several civilians were accidentally struck", "patients were burned alive": the group, then the harm
HARMED_IN_WORDS = re.compile(
    r"\b(?P<who>civilians|patients|women|children|residents|villagers|worshippers|passengers|refugees)\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<harm>killed|wounded|injured|hurt|harmed|struck|burned(?:\s+alive)?|burnt(?:\s+alive)?)\b",
    re.IGNORECASE)
WORD_ROLES = {"killed": "killed", "burned alive": "killed", "burnt alive": "killed", "hurt": "casualties",
              "harmed": "casualties"}  # the rest wound
NEGATED_BEFORE = re.compile(r"\b(?:no|not|none|never|nor|without)\b[^.;,]{0,20}$", re.IGNORECASE)


def _harm_in_words(cx: Corpus, zeros: list[Quantity], room: int) -> list[tuple[tuple[str, int, int], str]]:
    """Other voices saying in words that the group a no-harm statement names was harmed, in the
    same incident and with no count of their own (counts are compared as figures): one statement
    per article, (span, claim id). The group must be the statement's ("patients" for a hospital's
    people, any civilians only for "civilians"), the harm one it denies."""
    z0 = zeros[0]
    denial = cx.claim.get(z0.claim or "")
    if denial is None or room <= 0:
        return []
    counted = {q.claim for q in cx.quantities if q.claim and q.role in HARM_ROLES}
    out: list[tuple[tuple[str, int, int], str]] = []
    for t in cx.claims:
        if len(out) >= room or t.article in {s[0] for s, _ in out}:
            continue
        if t.id == denial.id or t.id in counted or t.scope != "incident" or t.stance in REJECTING \
                or cx.component_of[t.article] != cx.component_of[denial.article] or cx.places_clash(denial.id, t.id):
            continue
        if t.speaker == denial.speaker and (t.speaker is not None or t.article == denial.article):
            continue  # the same voice, or the same outlet speaking for itself
        text = cx.article[t.article].text
        for m in HARMED_IN_WORDS.finditer(text, t.start, t.end):
            if NEGATED_BEFORE.search(text, max(t.start, m.start() - 25), m.start()):
                continue  # "no patients were hurt" agrees with the statement
            role = WORD_ROLES.get(" ".join(m.group("harm").lower().split()), "wounded")
            if any(role in COVERS[z.role] and _group_named(z, m.group("who")) for z in zeros):
                out.append(((t.article, m.start(), m.end()), t.id))
                break
    return out


def _group_named(z: Quantity, who: str) -> bool:
    """Is ``who`` inside the group the no-harm statement names? Patients are a hospital's people;
    any civilians only civilians as a whole; a named group ("children") only itself."""
    if who.lower() == "patients":
        return _names_care(z) or z.category == CIVILIANS
    return z.category == CIVILIANS or z.category == category_of(who.lower())


def _bins(cx: Corpus, groups: list[list[Quantity]], room: int) -> list[list[Quantity]]:
    """Groups of agreeing figures put together while every figure fits every other and counts the
    same harm (3 staff and 3 children killed; "scores of civilians" and 300 civilians), so that one
    finding never shows an early and a later toll side by side as if they were one account."""
    tol = cx_tol(cx)
    bins: list[list[Quantity]] = []
    for g in groups:
        shown = per_article(g, room, cx, each=2)  # "at least three staff", "three MSF staff"
        home = next((b for b in bins if len(b) + len(shown) <= room and all(
            a.role == q.role and compatible(interval(a), interval(q), tol) for a in b for q in shown)), None)
        if home is None:
            bins.append(shown)
        else:
            home.extend(shown)
    return bins


MAX_CLUSTERS = 3  # groups of harmed figures answered per unharmed statement


def _agreeing(cx: Corpus, qs: list[Quantity]) -> list[list[Quantity]]:
    """The figures grouped by what they count and how many: each joins the first group whose
    first figure counts the same people alike (3 staff and "at least 3 staff" together; 19 staff
    and 3 children apart); groups told by most articles first."""
    tol = cx_tol(cx)
    groups: list[list[Quantity]] = []
    for q in sorted(qs, key=lambda q: (cx.order[q.article], q.start)):
        home = next((g for g in groups if counted_group(g[0]) == counted_group(q)
                     and same_figure(interval(g[0]), interval(q), tol)), None)
        if home is None:
            groups.append([q])
        else:
            home.append(q)
    return sorted(groups, key=lambda g: (-len({q.article for q in g}), cx.order[g[0].article], g[0].start))


def _nobody(zeros: list[Quantity]) -> str:
    nouns = list(dict.fromkeys(z.noun.lower() for z in zeros if z.noun))
    if not nouns:
        return "no one"
    return "no " + (nouns[0] if len(nouns) == 1 else ", ".join(nouns[:-1]) + " or " + nouns[-1])


def _unharmed(zeros: list[Quantity]) -> str:
    """"no civilian casualties", "no patients or civilians harmed", "no one killed"."""
    nobody = _nobody(zeros)
    if any("casualt" in (z.noun or "").lower() or _harm_noun(z) for z in zeros):
        return nobody  # "no casualties", "no deaths": the noun says the harm
    return f"{nobody} {({'killed': 'killed', 'wounded': 'wounded'}).get(zeros[0].role or '', 'harmed')}"


def victim_status_drafts(cx: Corpus) -> list[Draft]:
    """The same dead, told two ways: one voice counts the incident's dead only as armed-group
    members and denies any civilian dead ("203 terrorists killed, without civilian casualties"),
    another counts them only as civilians, and the two counts are of one size (300 civilians).
    Without the denial both tolls may be true (a battle kills fighters and bystanders). One
    finding per incident: a coder must choose between the two accounts."""
    tol = cx_tol(cx)
    out = []
    for qs in harm_by_incident(cx):
        killed = [q for q in qs if q.role == "killed" and _positive(q)]
        denials = civilian_deaths_denied(cx, qs)  # "without civilian casualties"
        # staff are the civilians of a denial that names patients or medical workers (a hospital's)
        care = any(_names_care(z) for zs in denials.values() for z in zs)
        fighters: dict[tuple, list[Quantity]] = defaultdict(list)
        civilians: dict[tuple, list[Quantity]] = defaultdict(list)
        for q in killed:
            line = _lineage(cx, q.category)
            if FIGHTERS in line:
                fighters[_voice(cx, q)].append(q)
            elif CIVILIANS in line or (q.noun and _civilian_parts(cx, q, care)):
                civilians[_voice(cx, q)].append(q)
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
        if not denied or not _one_size(x, y):
            continue  # without a denial of civilian dead, militants and civilians killed may both be true
        # the same named sources' other counts of the dead of that size join their account
        y_named = {v for v in y_voices if v[0] == "speaker"}
        classed = y
        y = y + [q for q in killed if _voice(cx, q) in y_named and q not in y and q not in x
              and q.category == "people" and any(same_figure(interval(q), interval(c), tol) for c in y)]
        shown_x = denied[:1] + per_article(_around(cx, x, x), MAX_EVIDENCE // 2 - len(denied[:1]), cx)
        shown_y = per_article(_around(cx, y, classed), MAX_EVIDENCE - len(shown_x), cx)
        # room left: the civilian dead other articles count in other figures ("nine of its staff",
        # "19 staff and patients"), each article's largest count
        others = sorted((q for q in classed if q.article not in {o.article for o in shown_y}),
                        key=lambda q: -size(q))
        shown_y += per_article(others, MAX_EVIDENCE - len(shown_x) - len(shown_y), cx)
        out.append(two_accounts(cx, "Fighters or civilians?", shown_x, denied[0], shown_y,
                                "both cannot describe the same dead.", 0.95))
    return out


def two_accounts(cx: Corpus, question: str, mine: list[Quantity], denial: Quantity, theirs: list[Quantity],
                 verdict: str, salience: float) -> Draft:
    """A fighters-only account (its counts and its denial of civilian dead) against another
    voice's counts: "Fighters or civilians? Mali: 203 terrorists killed; ...: no civilian
    killed. But HRW: about 300 civilian men killed: ..."."""
    shown = (*mine, *theirs)
    return Draft(
        "contradict", [(q.article, q.start, q.end) for q in shown],
        f"{question} {_account(cx, [q for q in mine if _positive(q)])}; {_voice_name(cx, denial)}: "
        f"{_unharmed([denial])}. But {_account(cx, list(theirs))}: {verdict}",
        0.7, salience, claims=list(dict.fromkeys(q.claim for q in shown if q.claim)),
        quantities=[q.id for q in shown])


def harm_by_incident(cx: Corpus) -> list[list[Quantity]]:
    """The harm figures each incident's voices state ("including nine of its staff" tells who
    died too), one list per incident's coverage."""
    by_component: dict[int, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if q.role in HARM_ROLES and _reported(cx, q):
            by_component[cx.component_of[q.article]].append(q)
    return list(by_component.values())


def civilian_deaths_denied(cx: Corpus, qs: list[Quantity]) -> dict[tuple[str, str], list[Quantity]]:
    """Per voice, its statements that no civilian died ("no civilian among the dead", "without
    civilian casualties"); "no civilian was wounded" says nothing of the dead."""
    out: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for q in qs:
        if _none(q) and CIVILIANS in _lineage(cx, q.category) and "killed" in COVERS.get(q.role or "", ()):
            out[_voice(cx, q)].append(q)
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


def _civilian_parts(cx: Corpus, q: Quantity, care: bool = False) -> bool:
    """"19 staff and patients": every coordinated group is a civilian one; with ``care`` (a
    hospital's dead) "nine of its staff" is too."""
    pieces = [p.strip() for p in (q.noun or "").lower().split(" and ") if p.strip()]
    if care and pieces and all(head_word(p) in STAFF or CIVILIANS in _lineage(cx, category_of(p)) for p in pieces):
        return True
    return len(pieces) > 1 and all(CIVILIANS in _lineage(cx, category_of(p)) for p in pieces)


def _names_care(z: Quantity) -> bool:
    return z.category == "health_workers" or head_word(z.noun or "") in CARE_GROUPS


def _one_size(x: list[Quantity], y: list[Quantity]) -> bool:
    """Some count in each account is within COMPARABLE times the other: the same dead."""
    return any(min(size(a), size(b)) > 0 and max(size(a), size(b)) <= COMPARABLE * min(size(a), size(b))
               for a in x for b in y)


def _account(cx: Corpus, qs: list[Quantity]) -> str:
    """"Mali: 203 “terrorists” killed (AP, Al Jazeera); APA News: more than 200 jihadists killed"."""
    outlets: dict[str, list[str]] = defaultdict(list)
    said: dict[str, str] = {}
    for q in qs:
        name = _voice_name(cx, q)
        said.setdefault(name, describe(q))
        if cx.source(q.article) != name and cx.source(q.article) not in outlets[name]:
            outlets[name].append(cx.source(q.article))
    return "; ".join(f"{name}: {said[name]}" + (f" ({', '.join(outlets[name])})" if outlets[name] else "")
                     for name in said)


# "refuted claims of civilian casualties", "claiming civilians are being harmed are baseless"
CIVILIAN_HARM = re.compile(r"\bcivilians?\b(?:\s+[\w’'-]+){0,4}?\s+(?:casualt\w*|deaths?|dead|killed|harmed|"
                           r"hurt|victims?|toll)\b|\bcivilians?\s+(?:are|were|being|had been|have been)\s+"
                           r"(?:\w+\s+)?(?:harmed|hurt|killed|targeted)\b", re.IGNORECASE)


AMONG_CIVILIANS = re.compile(r"[\s,]*(?:\(|-|–)?\s*(?:including|among them|mostly|most of them|many of them)\s+"
                             r"(?:[\w’'-]+\s+){0,3}?(?:civilians?|women|children|refugees)\b", re.IGNORECASE)


def _among_them_civilians(cx: Corpus, q: Quantity) -> bool:
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
        if _positive(q) and q.role in HARM_ROLES and _reported(cx, q):
            harm_by_component[cx.component_of[q.article]].append(q)
    for c in cx.claims:
        if c.stance not in REJECTING or c.scope != "incident":
            continue
        text = cx.article[c.article].text
        if not _rejects_civilian_harm(text, c, cx.focus_span(c)) or (c.article, cx.voice(c.speaker)) in seen:
            continue
        seen.add((c.article, cx.voice(c.speaker)))
        civilian = [q for q in harm_by_component[cx.component_of[c.article]]
                    if CIVILIANS in _lineage(cx, q.category) or (q.noun and _civilian_parts(cx, q))
                    or _among_them_civilians(cx, q)]
        if any(c.start <= q.start < c.end and _positive(q)
               for role in HARM_ROLES for q in cx.quantities_by_article_role.get((c.article, role), ())):
            continue  # "denied responsibility for the explosion that caused 30 civilian casualties" admits it
        counts = [q for q in civilian
                  if not (c.speaker is not None and cx.same_voice(cx.claim[q.claim].speaker, c.speaker))]
        if any(c.id in ids and {q.claim for q in counts} <= ids for ids in linked):
            continue
        shown = per_article(sorted(counts, key=lambda q: (-size(q), cx.order[q.article], q.start)),
                            MAX_EVIDENCE - 1, cx, each=2)
        told = _civilian_harm_told(cx, c, {q.claim for q in shown}, MAX_EVIDENCE - 1 - len(shown))
        if not shown and not told:
            continue
        who = cx.speaker_name(c.id)
        said = "; ".join([f"{cx.source(q.article)}: {describe(q)}" + (
            f" ({cx.speaker_name(q.claim)})" if cx.speaker_name(q.claim) else "") for q in shown[:3]]
            + [f"{cx.source(t.article)}: “{short(t.text, 80)}”" for t in told[:max(0, 3 - len(shown))]])
        out.append(Draft(
            "dispute", [cx.focus_span(c), *((q.article, q.start, q.end) for q in shown),
                        *(cx.statement_span(t) for t in told)],
            f"{cx.source(c.article)}{f' ({who})' if who else ''} rejects (“{c.cue or c.stance}”) the accounts "
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


def _civilian_harm_told(cx: Corpus, denial: Claim, shown: set[str | None], room: int) -> list[Claim]:
    """Other voices' statements that civilians were among the harmed, in words rather than a count
    ("civilian people, mostly refugees, were victims of the airstrike"): one per article, in room."""
    out: list[Claim] = []
    seen: set[str] = set()
    component = cx.component_of[denial.article]
    for t in cx.claims:
        if len(out) >= room:
            break
        if t.id in shown or t.article in seen or cx.component_of[t.article] != component \
                or t.stance in REJECTING or t.id in cx.res.negated or t.scope != "incident":
            continue
        if t.speaker is not None and denial.speaker is not None and cx.same_voice(t.speaker, denial.speaker):
            continue
        if CIVILIANS_HARMED.search(t.text) and not CLAIM_NOUN.search(t.text):
            out.append(t)
            seen.add(t.article)
    return out

