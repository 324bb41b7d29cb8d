"""Who was harmed: a count of none against a count of some ("no doctors or patients were hurt" /
"three MSF staff are confirmed dead", "the strikes caused no casualties" / "300 militants were
killed"), a contradiction about one incident that no figure comparison sees, since the counts
differ in role or in the group they count. The same dead counted as fighters by one voice and as
civilians by another is in align/victims.py."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import categories, categories_in, category_of, events, head_word
from ..records import Quantity
from .candidates import REJECTING, Corpus, family
from .selection import per_article
from .stated import describe, interval
from .elsewhere import other_fact
from .figure_groups import counted_group, read_as_part
from .figures import LIST_LINK, same_event
from .findings import MAX_EVIDENCE, Draft
from .intervals import compatible, same_figure
from .nones import limited_none, none_so_far, phase_of
from .revisions import cx_tol

HARM_ROLES = ("killed", "wounded", "casualties")
COVERS = {"casualties": HARM_ROLES, "killed": ("killed",), "wounded": ("wounded",)}  # what "none" denies
FIGHTERS = "armed_group_members"  # members of armed groups: the class a state calls its victims
CIVILIANS = "civilians"
COMPARABLE = 3.0  # two counts of the same dead are within this factor of each other


def category_lineage(cx: Corpus, category: str | None) -> tuple[str, ...]:
    return (category, *cx.ancestors.get(category, ())) if category else ()


def reported(cx: Corpus, q: Quantity) -> bool:
    """A figure its voice states about this incident: not one it rejects, not background."""
    c = cx.claim.get(q.claim or "")
    return c is not None and c.stance not in REJECTING and cx.scope(q.claim) == "incident" and not q.increment


def figure_voice(cx: Corpus, q: Quantity) -> tuple[str, str]:
    """Who gives the figure: the quoted source's entity, else the outlet of its article."""
    c = cx.claim.get(q.claim or "")
    return ("speaker", c.speaker) if c is not None and c.speaker is not None else ("outlet", q.article)


def voice_name(cx: Corpus, q: Quantity) -> str:
    return cx.speaker_name(q.claim) or cx.source(q.article)


def _who_and_where(cx: Corpus, q: Quantity) -> str:
    """"Tesfaye Beyene (ENA)", or the outlet alone when it speaks in its own voice (not "ENA (ENA)")."""
    who, where = voice_name(cx, q), cx.source(q.article)
    return where if who == where else f"{who} ({where})"


def positive(q: Quantity) -> bool:
    return bool((q.low or 0) > 0 or (q.high or 0) > 0)


def is_none_count(q: Quantity) -> bool:
    return q.low == 0 and q.high == 0


def _within(cx: Corpus, part: Quantity, zero: Quantity, statement: list[Quantity]) -> bool:
    """Is the harmed group part of the group said to be unharmed? "No civilians": children,
    "staff and patients" (one civilian group named is enough); "no employee": employees only.
    Staff count as the civilians of a statement that also names patients or medical workers
    unharmed (a hospital's staff), not elsewhere (a headquarters')."""
    if zero.category == "people":  # "no casualties": anyone; "no employee": employees only
        return _harm_noun(zero) or counted_group(zero) == counted_group(part)
    if zero.category in category_lineage(cx, part.category):
        return True
    if zero.category == CIVILIANS and part.category == "people" and _struck_civilian_sites(cx, part):
        return True  # "a strike on a camp for displaced people killed 56 people": the camp's people
    if zero.category != CIVILIANS or not part.noun:
        return False
    care = any(z.category == "health_workers" or head_word(z.noun or "") in CARE_GROUPS for z in statement)
    pieces = [p.strip() for p in part.noun.lower().replace(",", " and ").split(" and ") if p.strip()]
    return any(zero.category in category_lineage(cx, category_of(p)) or (care and head_word(p) in STAFF)
               for p in pieces)


def _struck_civilian_sites(cx: Corpus, q: Quantity) -> bool:
    """Does the claim counting people name civilian sites and no military site or fighters (a camp, a
    school, a market; categories.json `target_kinds` of facilities and people; the weapon is no site)?"""
    c = cx.claim.get(q.claim or "")
    if c is None or any(cx.entity[e].kind == "actor" and e not in (c.event.actors if c.event else ())
                        for e in cx.claim_entities.get(c.id, ())):
        return False  # "a strike on an al-Shabaab camp": a site of an armed group, whatever its noun
    kinds = categories().target_kinds
    lineages = [category_lineage(cx, cat) for cat in categories_in(c.text)]
    found = {kinds[k] for line in lineages if SITES_AND_PEOPLE & set(line) for k in line if k in kinds
             and k != CIVILIANS}
    # the dead counted, or named among them, of a kind neither civilian nor military ("security
    # personnel", police): may be armed ("according to the police" is a voice, not the dead)
    text = cx.article[q.article].text
    among = AMONG_THEM.match(text, q.end)
    counted = [category_lineage(cx, cat) for cat in categories_in(f"{q.noun or ''} {among.group() if among else ''}")]
    armed = any(line[0] != "people" and "people" in line and not kinds.keys() & set(line) for line in counted)
    return found == {"civilian"} and not armed


AMONG_THEM = re.compile(r",?\s*(?:including|among them|among whom)\b[^.;]*")


SITES_AND_PEOPLE = frozenset({"facilities", "settlements", "people"})  # what was struck, not what struck it


CARE_GROUPS = {"patients", "patient"}
STAFF = {"staff", "staffer", "staffers", "employees", "employee", "workers"}


def no_harm_drafts(cx: Corpus) -> list[Draft]:
    """One voice says none of a group was harmed; another counts some of that group killed or
    wounded in the same incident. One finding per unharmed statement and group of harmed figures
    that agree with each other, so that an early and a later toll are never shown as one side."""
    zeros: dict[tuple, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if is_none_count(q) and q.role in COVERS and "people" in category_lineage(cx, q.category) and reported(cx, q) \
                and not none_so_far(cx, q) \
                and not (q.category == "people" and counted_group(q) == "people"
                         and not (_harm_noun(q) and _said_of_the_act(cx, q))):
            # a named group, or the harm named ("caused no casualties"): "no one was hurt" is often one clause's strike
            zeros[(q.article, figure_voice(cx, q))].append(q)
    # a share of the harmed ("including 19 MSF staff") shows that group was harmed too
    harmed = [q for q in cx.quantities if positive(q) and q.role in HARM_ROLES and reported(cx, q)]
    out = []
    for (article, voice), nones in zeros.items():
        hits: list[Quantity] = []
        for p in harmed:
            if cx.component_of[p.article] != cx.component_of[article] or figure_voice(cx, p) == voice:
                continue  # one source's count after its own denial is a revision, not a clash
            if other_fact(cx, p) or _other_kind_of_act(cx, p, nones) or _told_later(cx, p, article):
                continue  # "in retaliation for the attack that killed 40", a suicide bombing's dead
            if any(p.role in COVERS[z.role] and _within(cx, p, z, nones) and same_event(cx, z, p)
                   and not limited_none(cx, z, p) for z in nones):
                hits.append(p)
        hits = _wholes_first(cx, hits)
        shown_zeros = [z for z in nones if any(_within(cx, p, z, nones) for p in hits)][:3]
        if not hits:  # no other voice counts them harmed; one may say so in words (of no one phase)
            whole = [z for z in nones if phase_of(cx, z) is None][:3]
            out.extend(_words_only(cx, whole) if whole else [])
            continue
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
                f"{_who_and_where(cx, z0)}: {unharmed_words(shown_zeros)}; but {said}: "
                f"both cannot be true.",
                0.75, 0.95, claims=list(dict.fromkeys([*(q.claim for q in (*shown_zeros, *shown) if q.claim),
                                                       *(c for _, c in told)])),
                quantities=[q.id for q in (*shown_zeros, *shown)]))
    return out


def _wholes_first(cx: Corpus, hits: list[Quantity]) -> list[Quantity]:
    """The harmed counts, less the parts of a whole toll their article also gives ("62 killed,
    including 22 children and 17 women") and its vague words beside a stated figure: the whole
    already answers the denial, and a part on its own would make a finding of its own."""
    parts = {p.id for p in hits if read_as_part(cx, p)}
    # "Among the dead were 22 children and 17 women": the list's later items are parts as its first is
    for p in sorted(hits, key=lambda q: (q.article, q.start)):
        if any(o.id in parts and o.article == p.article and o.claim == p.claim and o.end <= p.start
               and LIST_LINK.fullmatch(cx.article[p.article].text[o.end:p.start]) for o in hits):
            parts.add(p.id)
    def key(p: Quantity) -> tuple:
        # one voice's count of one role: residents' "dozens" is no word for the UN's figure
        return p.article, p.role, figure_voice(cx, p)

    def holds(p: Quantity) -> bool:
        """Is there a whole of the part's role in its article large enough to hold it (another
        voice's "22 children" is no part of a health bureau's "9 civilians")?"""
        return any(w.id not in parts and w.article == p.article and w.role == p.role
                   and (w.low or w.high or 0) >= (p.low or p.high or 0) for w in hits)

    stated = {key(p) for p in hits if p.id not in parts and p.hedge != "vague"}
    # "dozens of civilians" beside the same voice's "62": the stated figure says it
    return [p for p in hits if not (p.id in parts and holds(p) or p.hedge == "vague" and key(p) in stated)]


def _words_only(cx: Corpus, zeros: list[Quantity]) -> list[Draft]:
    """"No civilians were killed, the army said" against "children and other civilians were among
    the victims": the group said unharmed, said harmed by other voices with no count."""
    told = _harm_in_words(cx, zeros, MAX_EVIDENCE - len(zeros))
    if not told:
        return []
    z0 = zeros[0]
    said = ", ".join(f"{cx.source(t[0])}: “{cx.article[t[0]].text[t[1]:t[2]]}”" for t, _ in told[:3])
    return [Draft("contradict", [(q.article, q.start, q.end) for q in zeros] + [t for t, _ in told],
                  f"{_who_and_where(cx, z0)}: {unharmed_words(zeros)}; but {said}: "
                  f"both cannot be true.", 0.7, 0.95,
                  claims=list(dict.fromkeys([*(q.claim for q in zeros if q.claim), *(c for _, c in told)])),
                  quantities=[q.id for q in zeros])]


def _told_later(cx: Corpus, p: Quantity, article: str) -> bool:
    """A count dated more than a day after the statement of none: the harm found since, not a rival
    account (the next day's report of the same days is one: a flash update on 14 June of the
    shelling on 12 and 13 June)."""
    dp, dz = _day(cx.article[p.article].date), _day(cx.article[article].date)
    return dp is not None and dz is not None and dp - dz > NEXT_DAY


NEXT_DAY = 1  # days between a statement of none and a count that still answers it


def _day(when: str | None) -> int | None:
    try:
        return date.fromisoformat(when[:10]).toordinal() if when else None
    except ValueError:
        return None




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
    lex = events()  # a suicide bombing is never an air strike or a shelling (events.json delivery_types)
    delivered, in_person = set(lex.delivery_types), set(lex.self_delivered_types)
    told = [t for z in nones if (t := _act_type(cx, z)) in delivered]
    if not told:
        counts: dict[str, int] = defaultdict(int)
        for c in cx.claims_by_article.get(nones[0].article, ()):
            if c.event is not None and c.event.type in delivered and c.scope == "incident":
                counts[c.event.type] += 1
        told = [max(counts, key=counts.get)] if counts else []
    return kind in delivered and any(t != kind and (t in in_person) != (kind in in_person) for t in told)


# the words of an act a statement of none is said of ("the strikes caused no casualties", "no
# casualties ... because of the dropping of the bombs"); a bare "There were no injuries." may be
# said of anything the article tells
ACT_WORDS = re.compile(r"\b(?:(?:air\s*)?strikes?|raids?|bomb\w*|shell\w*|attacks?|missiles?|rockets?|explosions?|"
                       r"blasts?|drones?|assault)\b", re.IGNORECASE)


def _said_of_the_act(cx: Corpus, q: Quantity) -> bool:
    c = cx.claim.get(q.claim or "")
    return c is not None and (family(c.event.type if c.event else None) == "attack" or bool(ACT_WORDS.search(c.text)))


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
# "children and other civilians were among the victims", "killing civilians": the group harmed,
# told with no count
AMONG_THE_HARMED = re.compile(
    r"\b(?P<who>civilians|patients|women|children|residents|villagers|worshippers|passengers|refugees)"
    r"(?:\s+(?!who\b|whose\b|which\b|that\b)[\w’'-]+){0,3}?\s+(?:were|was)\s+among\s+(?:the|those)\s+"
    r"(?P<harm>dead|killed|victims|wounded|injured)\b"
    # a participle clause of the act: ", killing civilians"; not "killing civilians is a war crime",
    # "a record of killing civilians", "stop killing civilians"
    r"|,\s*(?P<harm2>killing|wounding|injuring)\s+(?:(?!no\b|any\b)[\w’'-]+\s+){0,2}?"
    r"(?P<who2>civilians|patients|women|children|residents|villagers|worshippers|passengers|refugees)\b",
    re.IGNORECASE)
EARLIER_ACT = re.compile(r"\b(?:last|previous|past|earlier)\s+(?:month|week|year|night)['’]?s?\s+(?:\w+\s+)?"
                         r"(?:raid|strike|attack|bombing|shelling|operation)s?\b", re.IGNORECASE)
# "among the victims of previous attacks": harm in another act
# (the words may stop before the harm noun: "civilians were among the | victims of previous attacks")
OTHER_ACTS_AFTER = re.compile(r"(?:\s+(?:dead|killed|victims|wounded|injured|casualties))?\s+(?:of|in)\s+"
                              r"(?:the\s+)?(?:previous|earlier|past|last|other|former|recent)\b", re.IGNORECASE)
WORD_ROLES = {"killed": "killed", "burned alive": "killed", "burnt alive": "killed", "hurt": "casualties",
              "harmed": "casualties", "dead": "killed", "victims": "casualties", "killing": "killed"}  # the rest wound
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
        if (t.speaker == denial.speaker and (t.speaker is not None or t.article == denial.article)) \
                or cx.same_voice(t.speaker, denial.speaker):
            continue  # the same voice (an army and its spokesman), or the same outlet speaking for itself
        if _dated_apart(cx, denial, t):
            continue  # "in last month's raid no civilians were killed" answers nothing of this strike
        text = cx.article[t.article].text
        for m in (*HARMED_IN_WORDS.finditer(text, t.start, t.end), *AMONG_THE_HARMED.finditer(text, t.start, t.end)):
            if NEGATED_BEFORE.search(text, max(t.start, m.start() - 25), m.start()):
                continue  # "no patients were hurt" agrees with the statement
            harm, who = m.groupdict().get("harm") or m.group("harm2"), m.groupdict().get("who") or m.group("who2")
            if OTHER_ACTS_AFTER.match(text, m.end()):
                continue  # "civilians were among the victims of previous attacks"
            role = WORD_ROLES.get(" ".join(harm.lower().split()), "wounded")
            if any(role in COVERS[z.role] and _group_named(z, who) for z in zeros):
                out.append(((t.article, m.start(), m.end()), t.id))
                break
    return out


def _dated_apart(cx: Corpus, a, b) -> bool:
    """The two claims date their acts to different days or months, or the statement of none is of
    an earlier act ("in last month's raid")."""
    if EARLIER_ACT.search(a.text):
        return True
    da, db = (c.event.date if c.event is not None else None for c in (a, b))
    if not da or not db:
        return False
    n = min(len(da), len(db), 10)
    return da[:n] != db[:n]


def _group_named(z: Quantity, who: str) -> bool:
    """Is ``who`` inside the group the no-harm statement names? Patients are a hospital's people;
    any civilians only civilians as a whole; a named group ("children") only itself."""
    if who.lower() == "patients":
        return names_care(z) or z.category == CIVILIANS
    return z.category == CIVILIANS or z.category == category_of(who.lower())


def _bins(cx: Corpus, groups: list[list[Quantity]], room: int) -> list[list[Quantity]]:
    """Groups of agreeing figures put together while every figure fits every other and counts the
    same harm (3 staff and 3 children killed; "scores of civilians" and 300 civilians), so that one
    finding never shows an early and a later toll side by side as if they were one account."""
    tol = cx_tol(cx)
    bins: list[list[Quantity]] = []
    for g in groups:
        shown = per_article(g, room, cx, each=2)  # "at least three staff", "three MSF staff"
        # a vague count ("a large number of militants") is shown apart from exact ones: beside
        # "300 militants" it would read as the same account
        home = next((b for b in bins if len(b) + len(shown) <= room and all(
            a.role == q.role and (a.hedge == "vague") == (q.hedge == "vague")
            and compatible(interval(a), interval(q), tol) for a in b for q in shown)), None)
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


def unharmed_words(zeros: list[Quantity]) -> str:
    """"no civilian casualties", "no patients or civilians harmed", "no one killed"."""
    nobody = _nobody(zeros)
    if any("casualt" in (z.noun or "").lower() or _harm_noun(z) for z in zeros):
        return nobody  # "no casualties", "no deaths": the noun says the harm
    return f"{nobody} {({'killed': 'killed', 'wounded': 'wounded'}).get(zeros[0].role or '', 'harmed')}"


def names_care(z: Quantity) -> bool:
    return z.category == "health_workers" or head_word(z.noun or "") in CARE_GROUPS
