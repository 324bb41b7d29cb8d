"""The dead of one strike, told two ways: one voice says the strike killed fighters ("the jets
bombed four camps, killing several suspected terrorists") and tells of no civilian harmed; another
says it killed civilians ("at least 50 civilians including children were killed"). A strike from
the air or by artillery kills whoever is where it lands: these are two accounts of the same dead,
and a coder must choose one. In a battle both may be true (fighters fall and bystanders too), so
only a voice telling the strike itself killed the fighters counts; with a voice denying any
civilian dead, align/victims.py already sets the counts against each other."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import category_of, events
from ..resolve.actors import allied, generic_role, match_actor
from ..records import Claim
from .candidates import REJECTING, Corpus
from .findings import MAX_EVIDENCE, Draft, listing, short
from .harm import CIVILIANS, HARM_ROLES, category_lineage, positive, reported
from .revisions import day_number
from .victims import (CIVILIANS_HARMED, among_them_civilians, civilian_parts, civilian_deaths_denied,
                      rejects_civilian_harm)

COMBATANTS = "combatants"  # soldiers, troops and armed-group members alike
STATE_TROOPS = "state_troops"
TOWN = "place"  # the gazetteer's precision of a town or village
AIRCREW = "aircrew"  # a downed jet's pilots: killed where it fell, not where a strike landed
NON_STATE_ARMED = "non_state_armed"  # the actor lexicon's role of an armed group
STRIKE_KILLED_FIGHTERS = "fighters killed by the strike"
ONE_FIGHTER = "one fighter"  # a voice telling of one fighter killed tells of fighters' dead, not a strike's
CIVILIANS_BESIDES = "civilians besides others"  # "one civilian was also killed": the account tells both
# "some of those killed were fighters": fighters among the dead, which leaves room for others
FIGHTERS_AMONG = "fighters among the dead"
PARTITIVE = re.compile(r"\b(?:some|several|few|a\s+few|a\s+number|a\s+handful|one|two|three|a\s+couple)\s+of\s+"
                       r"(?:(?:those|the|them|these)\s+)?$", re.IGNORECASE)
PER_ARTICLE = 2  # an article's statements of civilian dead shown
DAYS_APART = 3  # the same strike's dead, told on its day and in the days after
MAX_SPAN = 300  # characters: a claim's words about the dead joined into one span, unless further apart
MAX_SUBJECT_WORDS = 8
PLURAL_FORMS = frozenset({"mujahideen", "personnel", "militia", "cadres"})  # plurals not ending in -s
# "one civilian was also killed": dead in addition to the fighters, by the same account's reckoning
ALSO = re.compile(r"\b(?:was|were|are|is|have\s+been|had\s+been)\s+also\b|\balso\s+(?:been\s+)?(?:killed|died|dead|"
                  r"among|lost)\b|\b(?:killed|died)\s+as\s+well\b|\bbesides\b", re.IGNORECASE)
PART_OF = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s+(?:\w+\s+){0,2}civilians?\b", re.IGNORECASE)
NEAR = 25  # characters around civilian words read for "also"
KILL_VERB = re.compile(r"\b(?:executed|executing|killed|killing|shot|shooting|massacred|murdered|slaughtered|beheaded)\b",
                       re.IGNORECASE)
ARMED_GROUP = "armed_group_members"
SUBJECT_WORDS = 3  # the words opening a sentence read as the subject of "by killing"
BY_AGENT = re.compile(r"\b(?:killed|executed|shot|massacred|murdered|slaughtered|beheaded)\s+by\s+"
                      r"(?P<who>(?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.IGNORECASE)
AGENT_REACH = 80  # characters after the civilians' words where "killed by ..." names who killed them
CLAUSE_END = re.compile(r"[.;,]")
OBJECT_OF = frozenset({"on", "at", "against", "targeting", "targeted", "toward", "towards", "near", "among"})
VERB_REACH = 12  # characters past the words' start: their own verb ("killing 12 villagers")
KILLED_WORD = re.compile(r"\b(?:kill\w*|dead|deaths?|died|martyr\w*|massacr\w*|slain|victims?)\b", re.IGNORECASE)
FIGHTING = ("armed_clash", "attack_repelled", "territory_taken", "territory_regained")  # both sides' dead
ATTACK = "attack"  # a bare "attack", "raid", "assault": it may be by gunmen on the ground
UNNAMED_ACT = (None, "killing", "injury")  # "an explosion ... killing many militants": the act is not named
# a verb of killing and the words after it: "killing and wounding several suspected terrorists",
# "eliminated dozens of militants"
KILLED_WHOM = re.compile(
    r"\b(?:(?:kill|eliminat|neutrali[sz]|liquidat|martyr|massacr|slaughter|murder)(?:ed|ing)|wip(?:ed|ing)\s+out"
    r"|killings?\s+of)(?:\s+(?:and|or)\s+(?:wound|injur)\w*)?\s+(?P<whom>[^.,;:()\"“”]{1,60})", re.IGNORECASE)
# "members of that terrorist group were killed", "civilians had been killed"
WHOM_KILLED = re.compile(
    r"(?:^|[,;:]\s*)(?P<whom>[^.,;:()\"“”]{1,80}?)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:killed|eliminated|neutrali[sz]ed|liquidated|martyred|massacred|slaughtered)\b", re.IGNORECASE)
# "members of that terrorist group": the group's members are of its kind
MEMBERS_OF = re.compile(r"^(?:(?:some|many|most|all|dozens|scores)\s+of\s+the\s+)?members?\s+of\s+", re.IGNORECASE)
# "the dead included fighters", "some of the dead were anti-coup fighters", "fatalities of the militants"
DEAD_WERE = re.compile(
    r"\b(?:(?:dead|killed|victims|fatalities|casualties)\s+(?:were|included|include|are)|fatalities\s+of)\s+(?P<whom>[^.,;:()\"“”]{1,60})",
    re.IGNORECASE)
# what makes words about the dead no statement that they died: a negation, a question, "any"
NOT_TOLD = re.compile(r"\b(?:no|not|none|never|nobody|neither|nor|whether|if|any|without)\b|n['’]t\b", re.IGNORECASE)
LOOK_BACK = 40  # characters before the words read for a negation in their clause
# "reports that dozens of militants were killed", "claims of civilian deaths": told of, not told;
# not a voice's own report ("said in its report that")
TOLD_OF = re.compile(r"(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)\b(?:claims?|allegations?|accusations?|"
                     r"reports?|rumou?rs?)\s+(?:that|of|by|said|say|says|suggest\w*|circulating)\b"
                     r"|\bunconfirmed\s+(?:reports?|accounts?)\b", re.IGNORECASE)
OWN_SIDE = re.compile(r"\b(?:our|its|their|his)\s+(?:own\s+)?\w+", re.IGNORECASE)  # "five of our fighters"
# where the words naming the killed end: "killing 12 militants in the village", "... who were"
PHRASE_END = re.compile(r"(?:^|\s+)(?:in|at(?!\s+least)|on|near|during|while|when|who|which|that|as|after|before|from|with|"
                        r"including|among|inside|across|by|for|and\s+(?:destroy|damag|seiz)\w*)\b.*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Told:
    """A statement of who was killed: the claim, the words that tell it, the kind of dead."""

    claim: Claim
    span: tuple[str, int, int]
    kind: str  # STRIKE_KILLED_FIGHTERS, COMBATANTS (not by the strike), ONE_FIGHTER, CIVILIANS or CIVILIANS_BESIDES


def strike_dead_drafts(cx: Corpus) -> list[Draft]:
    """One finding per incident where voices say the strike killed fighters and tell of no
    civilian harmed, and other voices, of another side, tell of civilians harmed and of no
    fighters killed."""
    by_incident: dict[int, list[Told]] = defaultdict(list)
    for t in _told(cx):
        by_incident[cx.component_of[t.claim.article]].append(t)
    out = []
    for group, told in by_incident.items():
        kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
        for t in told:
            kinds[_voice_of(cx, t.claim)].add(t.kind)
        # a voice other than those telling of civilian dead denies them ("the army denied that
        # civilians were killed"): align/victims.py answers it
        deniers = {_voice_of(cx, c) for c in cx.claims if cx.component_of[c.article] == group
                   and c.stance in REJECTING and rejects_civilian_harm(cx, c)}
        if civilian_deaths_denied(cx, [q for q in cx.quantities if cx.component_of[q.article] == group]) \
                or any(CIVILIANS not in kinds.get(v, ()) for v in deniers):
            continue
        x_voices = {v for v, k in kinds.items() if k == {STRIKE_KILLED_FIGHTERS}}
        y_voices = {v for v, k in kinds.items() if k == {CIVILIANS}
                    and not any(_one_side(cx, v, x) for x in x_voices)}
        x = [t for t in told if _voice_of(cx, t.claim) in x_voices]
        # one finding for each article telling of civilian dead: its statements against the
        # fighters' account; the civilian counts of two articles may differ and both be right
        for article in dict.fromkeys(t.claim.article for t in told if _voice_of(cx, t.claim) in y_voices):
            y = [u for u in told if u.claim.article == article and _voice_of(cx, u.claim) in y_voices
                 and not _apart(cx, u, x)]
            mine = [t for t in x if _one_incident(cx, t, y) and not _apart(cx, t, y)]
            if not mine or not y:
                continue
            shown_y = y[:PER_ARTICLE]
            shown_x = _round_robin(cx, mine, MAX_EVIDENCE - len(shown_y))
            shown = shown_x + shown_y
            out.append(Draft(
                "contradict", list(dict.fromkeys(t.span for t in shown)),
                f"Fighters or civilians? {_accounts(cx, shown_x)} the strike killed fighters; "
                f"but {_accounts(cx, shown_y)} civilians were among its dead: two accounts of whom one "
                "strike killed.", 0.6, 0.9, claims=list(dict.fromkeys(t.claim.id for t in shown))))
    return out


def _told(cx: Corpus) -> list[Told]:
    """Every statement, told as fact about the incident, that fighters or civilians were killed,
    one a claim and kind (the words of a count and of a phrase joined); fighters only where the
    strike killed them."""
    strikes = _strike_types()
    # the articles telling the incident as a strike more than as fighting: there the dead are the strike's
    acts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cx.claims:
        if c.scope == "incident" and c.event is not None:
            acts[c.article]["strike" if c.event.type in strikes else "fighting" if c.event.type in FIGHTING
                            else "attack" if c.event.type == ATTACK else "other"] += 1
    # an incident told as a strike more than as an attack or a fight, by all its articles together
    # and by the article telling who was killed
    by_incident: dict[int, Counter[str]] = defaultdict(Counter)
    for a, n in acts.items():
        by_incident[cx.component_of[a]].update(n)
    strike_articles = {a for a, n in acts.items()
                       if _told_as_strike(n) and _told_as_strike(by_incident[cx.component_of[a]])}
    found: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for c in cx.claims:
        if not _told_as_fact(cx, c):
            continue
        for span, kind in _killed_kinds(cx, c):
            found[(c.id, _by_kind(kind, c, strike_articles))].append(span)
        m = CIVILIANS_HARMED.search(c.text)
        if m and KILLED_WORD.search(m.group()) and not NOT_TOLD.search(m.group()):
            found[(c.id, CIVILIANS)].append((c.article, c.start + m.start(), c.start + m.end()))
    for q in cx.quantities:
        c = cx.claim.get(q.claim or "")
        if q.role not in HARM_ROLES or not positive(q) or not reported(cx, q) or c is None \
                or not _told_as_fact(cx, c):
            continue
        line = category_lineage(cx, q.category)
        if _kind_of(line) == COMBATANTS:
            kind = ONE_FIGHTER if (q.low or 0) < 2 and q.hedge != "vague" else \
                _by_kind(COMBATANTS, c, strike_articles) if q.role != "wounded" else COMBATANTS
            found[(c.id, kind)].append((q.article, q.start, q.end))
        elif q.role == "killed" and (_kind_of(line) == CIVILIANS or (q.noun and civilian_parts(cx, q))
                                     or among_them_civilians(cx, q)):
            found[(c.id, CIVILIANS)].append((q.article, q.start, q.end))  # the wounded are not "its dead"
    out = []
    for (cid, kind), spans in found.items():
        article = spans[0][0]
        start, end = min(s for _, s, _ in spans), max(e for _, _, e in spans)
        if end - start > MAX_SPAN:  # words far apart in a long sentence: the first alone
            start, end = min(spans, key=lambda sp: sp[1])[1:]
        c = cx.claim[cid]
        if kind == CIVILIANS:
            if not _by_the_strike(c, strike_articles, civilians=True) or _armed_group_did_it(cx, c) \
                    or _killed_by_armed_group(cx, cx.article[article].text, start, end):
                continue  # "militants retaliated by killing 12 villagers": another act's dead
            if _besides(cx.article[article].text, start, end):
                kind = CIVILIANS_BESIDES
        out.append(Told(c, (article, start, end), kind))
    return sorted(out, key=lambda t: (cx.order[t.claim.article], t.span[1]))


def _apart(cx: Corpus, one: Told, others: list[Told]) -> bool:
    """Does the statement tell another act than all the others: placed far from each, or dated
    to a day none of the dated others gives ("air strikes in another town on Monday killed nine
    civilians")?"""
    if others and all(cx.places_clash(one.claim.id, o.claim.id) or _other_place(cx, one.claim, o.claim)
                      for o in others):
        return True
    day = _day(one)
    days = {d for o in others if (d := _day(o)) is not None}
    return day is not None and bool(days) and day not in days


def _one_incident(cx: Corpus, t: Told, others: list[Told]) -> bool:
    """The fighters' statement and the civilians' are of one incident: one article, or compared
    articles naming a town in common, dated (by the claim, else the article) days apart at most.
    A corpus of a war's coverage holds many strikes."""
    a = t.claim.article
    return any(a == o.claim.article or (cx.comparable(a, o.claim.article) and cx.share_a_place(a, o.claim.article)
                                        and _days_apart(cx, t, o) <= DAYS_APART) for o in others)


def _days_apart(cx: Corpus, t: Told, u: Told) -> int:
    dt, du = (_day(x) or day_number(cx.article[x.claim.article].date) for x in (t, u))
    return abs(dt - du) if dt is not None and du is not None else 0


def _other_place(cx: Corpus, a: Claim, b: Claim) -> bool:
    """Both claims set their act in a town the gazetteer places, and the towns differ ("strikes in
    Rafah" / "the air strike on Khan Younis"), however near they lie. A village it cannot place
    may lie in the other's district."""
    pa, pb = cx.event_place(a.id), cx.event_place(b.id)
    if pa is None or pb is None or pa == pb:
        return False
    ga, gb = cx.entity[pa].geo, cx.entity[pb].geo
    return ga is not None and gb is not None and ga.precision == gb.precision == TOWN


def _day(t: Told) -> int | None:
    return day_number(t.claim.event.date if t.claim.event else None)


def _told_as_strike(acts: Counter[str]) -> bool:
    return acts["strike"] > acts["fighting"] + acts["attack"]


def _by_kind(kind: str, c: Claim, strike_articles: set[str]) -> str:
    return STRIKE_KILLED_FIGHTERS if kind == COMBATANTS and _by_the_strike(c, strike_articles) else kind


def _kind_of(line: tuple[str, ...]) -> str | None:
    """Fighters of armed groups (and "fighters" of no named kind), or civilians. A state's
    soldiers are left out: the army that counts its own dead of a strike ("five soldiers were
    killed at the base") does not say its strike killed them, and civilians may have died besides."""
    if COMBATANTS in line:
        return COMBATANTS if STATE_TROOPS not in line and AIRCREW not in line else None
    return CIVILIANS if CIVILIANS in line else None


def _round_robin(cx: Corpus, told: list[Told], room: int) -> list[Told]:
    """Each article's first statement, then each one's second, in article order, in room."""
    rank: dict[str, int] = defaultdict(int)
    ranked = []
    for t in told:
        ranked.append((rank[t.claim.article], cx.order[t.claim.article], t.span[1], t))
        rank[t.claim.article] += 1
    return [r[-1] for r in sorted(ranked, key=lambda r: r[:3])[:room]]


def _accounts(cx: Corpus, told: list[Told]) -> str:
    """"NP News (“killing many PDF terrorists”) and Myanmar military (“members of that group”) say"."""
    said: dict[str, str] = {}
    for t in told:
        name = cx.speaker_name(t.claim.id) or cx.source(t.claim.article)
        said.setdefault(name, short(cx.article[t.span[0]].text[t.span[1]:t.span[2]], 60))
    return listing([f"{name} (“{words}”)" for name, words in said.items()]) + (" say" if len(said) > 1 else " says")


def _by_the_strike(c: Claim, strike_articles: set[str], civilians: bool = False) -> bool:
    """Does the claim tell the strike killed them: in an article telling the incident as a strike
    (``strike_articles``), its own act is the strike, or it names no act ("an explosion ... killing
    many militants"); civilians also in an "attack" ("in a brutal attack ... martyred innocent
    civilians"), whose doer is read in ``_armed_group_did_it``."""
    if c.article not in strike_articles:
        return False
    acts = UNNAMED_ACT + ((ATTACK,) if civilians else ())
    return c.event is None or c.event.type in acts or c.event.type in _strike_types()


def _armed_group_did_it(cx: Corpus, c: Claim) -> bool:
    """The claim names an armed group as the doer of its act ("militants retaliated by killing 12
    villagers"): those dead are not a state's strike's."""
    for eid in (c.event.actors if c.event else ()):
        e = cx.entity[eid]
        actor = match_actor(e.name)
        if NON_STATE_ARMED in (generic_role(e.name), actor.role if actor else None):
            return True
    return False


def _killed_by_armed_group(cx: Corpus, text: str, start: int, end: int) -> bool:
    """The verb of killing before the civilians' words has an armed group for its subject:
    "hours after militants executed 12 villagers", "Militants retaliated ... by killing 12
    villagers" (the sentence's subject); not "strikes on militant positions killed 40 civilians"."""
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = CLAUSE_END.search(text, end, min(len(text), start + AGENT_REACH))
    agent = BY_AGENT.search(text, start, stop.start() if stop else min(len(text), start + AGENT_REACH))
    if agent and any(ARMED_GROUP in category_lineage(cx, category_of(w)) for w in agent.group("who").split()):
        return True  # "twelve villagers were killed by militants"
    verbs = [v for v in KILL_VERB.finditer(text, sentence, start + VERB_REACH) if v.start() <= start]
    if not verbs:
        return False
    verb = verbs[-1]
    head = text[sentence:verb.start()]
    words = re.findall(r"[A-Za-z’'-]+", head)
    if words and words[-1].lower() == "by":
        # "Militants retaliated ... by killing", "After the strike, militants retaliated by killing":
        # the opening of the clause the verb is in
        subject = re.findall(r"[A-Za-z’'-]+", head.rsplit(",", 1)[-1])[:SUBJECT_WORDS]
    elif head.rstrip().endswith(",") or len(words) >= 2 and words[-2].lower() in OBJECT_OF or \
            len(words) >= 3 and words[-3].lower() in OBJECT_OF:
        return False  # "a bomb dropped on fleeing militants killed", "which was aimed at militants, killed"
    else:
        subject = words[-1:]
    return any(ARMED_GROUP in category_lineage(cx, category_of(w)) for w in subject)


def _besides(text: str, start: int, end: int) -> bool:
    """Civilians told as dead besides others: "also" next to the words ("one civilian was also
    killed"), or a part of a count of people ("killed 15 people, including nine civilians")."""
    around = re.split(r"[.;](?:\s|$)", text[max(0, start - NEAR):start])[-1] + text[start:end] + \
        re.split(r"[.;](?:\s|$)", text[end:min(len(text), end + NEAR)])[0]  # within the sentence
    return bool(ALSO.search(around) or PART_OF.search(around))


@functools.cache
def _strike_types() -> frozenset[str]:
    lex = events()  # an air strike or a shelling, not a suicide bombing (events.json delivery_types)
    return frozenset(lex.delivery_types) - frozenset(lex.self_delivered_types)


def _told_as_fact(cx: Corpus, c: Claim) -> bool:
    """The claim states the incident's dead: not denied, negated, doubted, nor told of as a report
    or claim ("reports that dozens of militants were killed are false")."""
    if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated or c.stance == "speculative":
        return False
    text = cx.article[c.article].text
    lo = max(c.start - LOOK_BACK, text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1  # its sentence
    return not TOLD_OF.search(text, lo, c.end)


def _voice_of(cx: Corpus, c: Claim) -> tuple[str, str]:
    """The quoted source's voice (a spokesman and his army are one), else the outlet."""
    return ("speaker", cx.voice(c.speaker)) if c.speaker is not None else ("outlet", c.article)


def _one_side(cx: Corpus, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two speakers for one side, or allies, give one account between them."""
    if a[0] != "speaker" or b[0] != "speaker":
        return False
    return any(allied(x, y) for x in cx.voice_sides(a[1]) for y in cx.voice_sides(b[1]))


def _killed_kinds(cx: Corpus, c: Claim) -> list[tuple[tuple[str, int, int], str]]:
    """The kinds of people a claim's words say were killed, with the words: combatants for
    "killing several suspected terrorists", civilians for "killing women and children"."""
    out = []
    for pattern in (KILLED_WHOM, WHOM_KILLED, DEAD_WERE):
        for m in pattern.finditer(c.text):
            after_verb, before_verb = pattern is not WHOM_KILLED, pattern is WHOM_KILLED
            whom = PHRASE_END.sub("", m.group("whom")) if after_verb else m.group("whom")
            at = m.start("whom")
            before = c.text[max(0, m.start() - LOOK_BACK):m.start()]
            before = re.split(r"[,;]", before)[-1]  # the clause the words are in
            verb_words = m.group(0)[m.end("whom") - m.start():] if before_verb else ""  # "were not killed"
            if NOT_TOLD.search(before) or NOT_TOLD.search(verb_words):
                continue  # "none of the dead were militants", "militants were not killed"
            for part in re.finditer(r"[^,]+?(?=\s*,|\s+(?:and|or)\s+|$)", whom):
                words = part.group().strip()
                kind, start, end = _kind(cx, words, after_verb, before_verb)
                if kind is None or NOT_TOLD.search(words[:end]):
                    continue  # "no militants", "whether any militants"; not "civilians without distinction"
                if kind == COMBATANTS and (OWN_SIDE.search(words) or not _many(words[start:end])):
                    # "five of our fighters": a side's own losses; "killing the pilot": one man
                    kind = ONE_FIGHTER
                elif kind == COMBATANTS and pattern is DEAD_WERE and PARTITIVE.search(before):
                    kind = FIGHTERS_AMONG  # "some of those killed were fighters": not all of them
                first = at + part.start() + len(part.group()) - len(part.group().lstrip())
                # the verb and the words naming the killed: "killing several suspected terrorists"
                begin = min(m.start(), first) if after_verb else first + start
                out.append(((c.article, c.start + begin, c.start + first + end), kind))
    return out


def _many(words: str) -> bool:
    """Do the words name fighters in the plural ("several suspected terrorists", "members of the
    group", "gunmen", "several militant commanders")? A strike's account of whom it killed names
    a group."""
    if MEMBERS_OF.match(words):
        return True
    head = re.split(r"\s+of\s+", words, maxsplit=1)[0]  # "the commander of several militant groups": one man
    split = [w.lower().strip("’'") for w in head.split()]
    return bool(split) and (split[-1].endswith(("s", "men")) or split[-1] in PLURAL_FORMS)


def _kind(cx: Corpus, words: str, after_verb: bool = False,
          before_verb: bool = False) -> tuple[str | None, int, int]:
    """The kind of people the words name, and where in them it is named. After a verb, the
    shortest opening of them that names a kind decides ("several suspected terrorists either in
    uniform or in civilian clothes", "soldiers guarding civilians"); before one, the shortest
    ending ("we found that members of that terrorist group"); else the words whole."""
    none = (None, 0, 0)
    member = MEMBERS_OF.match(words)
    if member:  # "members of the armed group", "of that terrorist group", "of the Taliban"
        group = words[member.end():]
        actor = match_actor(group)
        if NON_STATE_ARMED in (generic_role(group), actor.role if actor else None):
            return COMBATANTS, 0, len(words)
        kinds = {_kind(cx, w)[0] for w in group.split()} - {None}  # a word of the name naming its kind
        return (kinds.pop(), 0, len(words)) if len(kinds) == 1 else none
    if after_verb:
        ends = [m.end() for m in re.finditer(r"\S+", words)]
        named = [(end, k) for end in ends if (k := _kind(cx, words[:end])[0])]
        if not named:
            return none
        # the longest opening naming the kind the shortest names: "several militant commanders"
        return named[0][1], 0, max(end for end, k in named if k == named[0][1])
    if before_verb:
        starts = [m.start() for m in re.finditer(r"\S+", words)][::-1][:MAX_SUBJECT_WORDS]
        named = [(at, k) for at in starts if (k := _kind(cx, words[at:])[0])]
        if not named:
            return none
        # the longest ending naming the kind the shortest names: "At least 50 civilians including children"
        at = min(at for at, k in named if k == named[0][1])
        return named[0][1], at, len(words)
    line = category_lineage(cx, category_of(words))
    kind = _kind_of(line)
    return (kind, 0, len(words)) if kind else none
