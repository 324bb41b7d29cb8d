"""Who did it: accounts of one incident that put it on opposing sides ("an Israeli air raid" /
"a misfired Palestinian Islamic Jihad rocket"; "the Russian strike" / "the Ukrainian military's
provocation"). The agent is read from the words that name the incident or the weapon: the
nationality or group in front of the noun, or "by"/"from" a group right after it."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import actors, cue_regex, events, labels
from ..resolve.actors import countries_named, country_by_name, country_code, match_actor
from ..resolve.units import anonymous
from .candidates import REJECTING, Corpus, km
from .selection import more_of_each, per_article
from .findings import MAX_EVIDENCE, Draft
from .legality import sentence_bounds
from .text import CLAUSE_BREAK, CLAUSE_END, clause_start, dated_earlier
from .told_accounts import asserted_account, planned_act
from .towns import towns_named

FRAMES = ("attack", "atrocity", "blame", "operation")  # names that imply someone acted
# "from another Palestinian militant group", "used by Palestinian armed groups", "by Russia", "(the
# execution) of prisoners of war by Russia"
_AGENT_AFTER = re.compile(r"\s*,?\s*(?:of\s+(?:[\w’'-]+\s+){1,4}?)?(?:(?:commonly |widely )?(?:used|fired|launched|"
                          r"carried out|committed|conducted)\s+)?(?:by|from)\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)")
# whose the carrier that struck was ("a drone belonging to the RSF struck the mosque", "hit by a drone
# operated by the RSF"), not a carrier named otherwise ("shot down a drone belonging to the PKK")
_OWNER_AFTER = re.compile(r"\s*,?\s*(?:belonging\s+to|owned\s+by|operated\s+by)\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)")
_STRUCK_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:struck|hit|hits|bombed|attacked|targeted|fired|dropped|shelled|"
                           r"killed|killing)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MUNITION = re.compile(r"\b(?:rockets?|missiles?|munitions?|projectiles?|shells?|bombs?|drones?|"
                       r"(?:war)?planes?|aircraft|jets?)\b", re.IGNORECASE)
# what carries a munition: its agent is read only from whose it is ("a drone belonging to the RSF")
_CARRIER = re.compile(r"drones?|(?:war)?planes?|aircraft|jets?", re.IGNORECASE)
_CAUSE = re.compile(r"\b(?:caused by|resulted from|result of|blamed|blames|blaming|responsible|fired by)\b",
                    re.IGNORECASE)


_NAME = r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
ACT_WORDS = _ACT = r"(?:attack|strike|air\s?strike|bombing|shelling|blast|explosion|massacre|killings?|incident)"
_THE_ACT = rf"(?:the|this|that)\s+(?:\w+\s+){{0,2}}?{_ACT}\b"
# who a voice holds responsible for the act itself: "Israel was behind the attack", "blamed
# Russia for the strike", "blamed the attack on Russia", "pointed to Israel's responsibility for
# the blast" (not a moral "responsibility for this tragedy", nor "responsibility as the occupier")
_BLAME = re.compile(
    rf"\b(?P<who>{_NAME})\s+(?:was|were|is|are)\s+(?:behind|responsible\s+for)\s+{_THE_ACT}"
    rf"|\b(?:[Bb]lam(?:ed|es|ing)|[Hh]eld)\s+(?:the\s+)?(?P<who2>{_NAME})(?:\s*\([A-Z][\w-]*\))?(?:\s+[a-z]+){{0,2}}?"
    rf"\s+(?:for|responsible\s+for)\s+{_THE_ACT}"  # "blamed the Islamic State (IS) militant group for the killing"
    rf"|\b(?P<who3>{_NAME})['’]s\s+responsibility\s+for\s+{_THE_ACT}"
    rf"|\b[Bb]lam(?:ed|es|ing)\s+{_THE_ACT}(?:\s+(?:on|in|at|against)\s+[^.,;]{{1,40}}?)?\s+on\s+"
    rf"(?P<who4>{_NAME})(?=\s*(?:[.,;:”\"]|$))"  # "blamed the strike on Gaza City on Israel."
    # a group owning the act: "JNIM has taken credit for the attack", "Islamic State claimed
    # responsibility for the bombing" (the acronym in brackets when the name runs longer)
    rf"|(?:{_NAME}\s*\((?P<who5>[A-Z][\w-]+)\)|(?P<who6>{_NAME})),?\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:claimed|claims|took|takes|taken)\s+(?:responsibility|credit)\s+for\s+{_THE_ACT}")


@dataclass(frozen=True, slots=True)
class Agent:
    article: str
    start: int
    end: int
    voice: tuple[str, str | None]  # (article, speaker)
    claim: str
    countries: frozenset[str]  # who the words make the agent
    sides: frozenset[str]


@functools.cache
def _country_sides() -> dict[str, frozenset[str]]:
    """A country's side in a fight: its national forces' side, else every group of it (Hamas and
    Palestinian Islamic Jihad for "Palestinian")."""
    lex = actors()
    national = {a.country: a.side for a in lex.actors if a.national and a.country}
    groups: dict[str, set[str]] = defaultdict(set)
    for a in lex.actors:
        if a.country:
            groups[a.country].add(a.side)
    return {c: frozenset({national[c]}) if c in national else frozenset(s) for c, s in groups.items()}


RANKING = {"most", "worst", "first", "second", "third", "largest", "biggest", "single"}
_BACKER = re.compile(r"[\w.]+-(?:backed|supported|allied|aligned|funded|armed|trained)", re.IGNORECASE)


def _front_countries(front: str) -> set[str]:
    """Countries the words in front of a noun make its agent: a demonym ("an Israeli air raid",
    "the Saudi-led coalition") or a possessive ("Kiev's attack"), not a place named as where ("a
    Gaza hospital strike") nor a backer ("US-backed")."""
    codes: set[str] = set()
    words = re.findall(r"[\w.-]+(?:['’]s)?", front)
    for i, w in enumerate(words):
        if _BACKER.fullmatch(w):
            continue  # "the US-backed coalition": a backer, not who struck
        if re.search(r"['’]s$", w):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if not (nxt.endswith("est") or nxt in RANKING):
                codes |= countries_named(w)  # "Ukraine's deadliest attack": where, not who
        elif w[:1].isupper() and country_code(w) is not None and country_by_name(w) is None:
            codes.add(country_code(w))  # a demonym
        elif w[:1].isupper() and w.lower().endswith("-led") and country_code(w[:-4]) is not None:
            codes.add(country_code(w[:-4]))  # "a US-led airstrike": the country leading who struck
    return codes


def _sides(front: str, after: str, where: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and sides an agent's words name: in front of the noun, demonyms,
    possessives and groups, but not the country of a place named there (``where``: "Mozambique's
    Palma assault" is where, not who; so also "Ethiopia's Tigray drone strike", a state striking its
    own region, names no doer); after it ("by Russia", "from the lands of Armenia"), any name."""
    after = _BACKER.sub(" ", after)
    countries = (_front_countries(front) - where) | set(countries_named(after))
    sides = {s for c in countries for s in _country_sides().get(c, ())}
    actor = None
    text = f"{front} {after}"
    words = text.split()
    for n in range(len(words)):  # "a misfired Palestinian Islamic Jihad": the group inside the phrase
        for m in range(len(words), n, -1):
            actor = match_actor(" ".join(words[n:m]))
            if actor is not None:
                break
        if actor is not None:
            break
    if actor is not None:
        sides = {actor.side}  # the group named is more precise than its country
        countries |= {actor.country} if actor.country else set()
    return frozenset(countries), frozenset(sides)


_POSSESSOR = re.compile(r"((?:[\w.-]+\s+){0,5}[\w.-]+['’]s\s+)$")
_BOUNDARY = re.compile(r".*\b(?:the|a|an|when|after|by|that|and|as|in|on|of)\s+", re.IGNORECASE | re.DOTALL)


def _possessor_start(text: str, start: int) -> int:
    """Where a possessor in front of a name begins: "the US-backed Saudi-led coalition's | air
    strike" (the possessor is who acted)."""
    m = _POSSESSOR.search(text[max(0, start - 80):start])
    if m is None:
        return start
    words = m.group(1)
    cut = _BOUNDARY.match(words)
    return start - len(words) + (cut.end() if cut else 0)


def _agent_words(after: re.Match[str] | None) -> str:
    """"by the Saudi-led coalition in Yemen last month": the agent, not where or when it acted,
    nor what the sentence goes on to say ("by Russia and demands an investigation")."""
    if after is None:
        return ""
    return re.split(r"\s(?:in|on|at|near|during|last|this|against|over|and|or|but|who|which|that|after|before)\s",
                    f"{after.group(1)} ")[0].strip()


def _agent_end(after: re.Match[str] | None, default: int) -> int:
    return after.start(1) + len(_agent_words(after)) if after is not None else default


def _failed(text: str, start: int, end: int) -> bool:
    """"The attempted Houthi missile attack, intercepted by air defences": an attack that failed
    or was only tried (events.json failure cues) did not do the harm whose agent is in question."""
    window = " " + " ".join(text[max(0, start - 30):min(len(text), end + 40)].lower().split()) + " "
    return any(f" {c.cue} " in window for c in events().failure_cues if c.effect in ("failed", "attempt"))


def _plural(word: str) -> bool:
    """"missile strikes", "rockets": several acts, not the one incident whose agent is in question."""
    w = word.split()[-1].lower() if word.split() else ""
    return w.endswith("s") and not w.endswith("ss")


def _plural_names_incident(text: str, end: int, places: list[int]) -> bool:
    """"Turkish bombardments against Parakhe village", "Turkish artillery strikes hit a crowded
    resort": a plural act name followed by what it hit (cues.json ``plural_act_links``, then a
    place named or a thing struck: not "hit a new high") names the incident's shells or sorties (a
    clause telling of a run of acts is left out by ``habitual_clause``). ``places``: where the article's
    place names start."""
    from .targets import target_of  # targets reads accounts through this module

    link = cue_regex("plural_act_links").match(text, end + 1) if text[end:end + 1] == " " else None
    if link is None:
        return False
    if link.group().lower().startswith("kill") and KILLED_COUNT.match(text, link.end()):
        stop = CLAUSE_END.search(text, link.end())
        # "Turkish airstrikes killed nine tourists": the incident's dead; "... killed 300
        # militants this year": a tally
        return TALLY_PERIOD.search(text, link.end(), stop.start() if stop else len(text)) is None
    k = bisect_right(places, link.end())
    if k < len(places) and places[k] - link.end() <= PLACE_REACH:
        return True
    words = text[link.end():link.end() + PLACE_REACH].split()
    return any(target_of(" ".join(words[i:])) is not None for i in range(len(words)))  # "a crowded tourist resort"


PLACE_REACH = 40  # characters after the link word where the place or thing struck is named
TALLY_PERIOD = re.compile(r"\b(?:this\s+year|so\s+far|since|in\s+recent\s+\w+|over\s+the\s+(?:past|last))\b",
                          re.IGNORECASE)
KILLED_COUNT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d[\d,]*|[a-z]+teen|two|three|four|five|"
                          r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|scores|hundreds)\b",
                          re.IGNORECASE)


def habitual_clause(text: str, bounds: list[tuple[int, int]], at: int) -> bool:
    """"Turkish forces regularly bombard alleged PKK targets", "PKK terrorists frequently target
    civilians": the act's clause tells of a run of acts (cues.json ``habitual_words``), not the
    incident ("shelled the resort on Wednesday, amid ongoing clashes" still tells it)."""
    i = bisect_right(bounds, (at, len(text) + 1)) - 1
    start, stop = bounds[i] if i >= 0 else (0, len(text))
    lo = clause_start(text, start, at)
    nxt = CLAUSE_BREAK.search(text, at, stop)
    return cue_regex("habitual_words").search(text, lo, nxt.start() if nxt else stop) is not None


def _covering(claims: list, start: int, end: int):
    """The shortest of the article's claims that holds the span."""
    cs = [c for c in claims if c.start <= start and end <= c.end]
    return min(cs, key=lambda c: c.end - c.start) if cs else None


def _agents(cx: Corpus) -> list[Agent]:
    campaign = set(labels().campaign_terms)
    out: list[Agent] = []
    spans: list[tuple[str, int, int, str, str]] = []
    places = {a.id: [] for a in cx.articles}
    for e in cx.res.entities:
        if e.kind == "place":
            for m in e.mentions:
                places[m.article].append(m.start)
    places = {a: sorted(starts) for a, starts in places.items()}
    towns = towns_named(cx)  # "Mozambique's Palma assault": where, not who
    for u in cx.res.label_uses:
        text = cx.article[u.article].text
        if u.frame in FRAMES and u.scope != "background" and u.term not in campaign \
                and (not _plural(u.text) or _plural_names_incident(text, u.end, places[u.article])) \
                and not planned_act(text, u.phrase_start if u.phrase_start is not None else u.start):
            begin = _possessor_start(text, u.phrase_start if u.phrase_start is not None else u.start)
            front = text[begin:u.start]
            after = _AGENT_AFTER.match(text, u.end)
            spans.append((u.article, begin, _agent_end(after, u.end), front, _agent_words(after)))
    for a in cx.articles:
        for m in _MUNITION.finditer(a.text):
            sent_start = max(a.text.rfind(". ", 0, m.start()), a.text.rfind("\n", 0, m.start())) + 1
            sent_end = min((i for i in (a.text.find(". ", m.end()), a.text.find("\n", m.end())) if i >= 0),
                           default=len(a.text))
            after = _AGENT_AFTER.match(a.text, m.end())
            owner = _OWNER_AFTER.match(a.text, m.end()) if _CARRIER.fullmatch(m.group()) else None
            if owner is not None and not (_STRUCK_AFTER.match(a.text, owner.start(1))
                                          or _BY_BEFORE.search(a.text, max(0, m.start() - 40), m.start())):
                owner = None  # "shot down a drone belonging to the PKK": not the carrier that struck
            struck = _STRUCK_AFTER.match(a.text, m.end()) is not None and not _CARRIER.fullmatch(m.group())
            if _plural(m.group()) or not (owner or struck or (_CAUSE.search(a.text, sent_start, sent_end)
                                                              and not _CARRIER.fullmatch(m.group()))):
                continue  # a weapon named where the text says what caused the incident, what it struck
                # ("a Russian missile hit the station"), or whose it was
            after = owner or after
            front_start = max(sent_start, m.start() - 60)
            front = a.text[front_start:m.start()]
            front = re.split(r"\b(?:by|from|with|of|that|which|and|as|a|an|the)\s", front, flags=re.IGNORECASE)[-1]
            spans.append((a.id, m.start() - len(front), _agent_end(after, m.end()), front, _agent_words(after)))
    claims_of: dict[str, list] = defaultdict(list)
    for c in cx.claims:
        claims_of[c.article].append(c)
    for a in cx.articles:  # "claimed that Israel was behind the attack", "blamed Russia for the strike"
        for m in _BLAME.finditer(a.text):
            group = next(g for g in ("who", "who2", "who3", "who4", "who5", "who6") if m.group(g))
            spans.append((a.id, m.start(), m.end(), "", m.group(group)))
    out.extend(_subjects(cx))
    bounds = {a.id: sentence_bounds(a.text) for a in cx.articles}
    out = [x for x in out if not habitual_clause(cx.article[x.article].text, bounds[x.article], x.start)]
    for article, start, end, front, after in spans:
        if habitual_clause(cx.article[article].text, bounds[article], start) or dated_earlier(cx.article[article].text, end):
            continue
        where = frozenset(cc for a, at, cc in towns if a == article and start <= at < start + len(front))
        countries, sides = _sides(front, after, where)
        if not sides or not asserted_account(cx.article[article].text, start) or _failed(cx.article[article].text, start, end):
            continue
        claim = _covering(claims_of[article], start, end)
        if claim is None or claim.stance in REJECTING or claim.id in cx.res.negated or claim.scope != "incident" \
                or (claim.event is not None and claim.event.polarity < 0):
            continue  # a denied act, and an attack that failed ("intercepted"), did not do the harm
        out.append(Agent(article, start, end, (article, claim.speaker), claim.id, countries, sides))
    return out


HARM_TYPES = frozenset({"attack", "shelling", "air_strike", "attack_on_health_care", "chemical_attack",
                        "suicide_bomb", "killing", "ceasefire_violation"})  # acts whose doer is who did the harm


def _subjects(cx: Corpus) -> list[Agent]:
    """The doer an event names before its verb ("The Ukrainian military fired a rocket at the
    station", "Russian invaders attacked the station"): an armed actor on a known side."""
    out = []
    mentions_in: dict[tuple[str, str], list] = defaultdict(list)  # (entity, article) -> its mentions there
    for e in cx.res.entities:
        if e.kind == "actor" or _country_doer(e) is not None:
            for m in e.mentions:
                mentions_in[(e.id, m.article)].append(m)
    for c in cx.claims:
        ev = c.event
        if ev is None or ev.type not in HARM_TYPES or not ev.actors or c.scope != "incident" \
                or c.stance in REJECTING or c.id in cx.res.negated or ev.polarity < 0:
            continue
        _, t_start, t_end = cx.event_span(c)
        trigger_words = set(re.findall(r"[a-z]+", cx.article[c.article].text[t_start:t_end].lower()))
        if {w.rstrip("s") for w in trigger_words} & {t.rstrip("s") for t in labels().campaign_terms}:
            continue  # "militants had started a big offensive": a campaign, not the incident's act
        if _killed_the_attackers().search(cx.article[c.article].text, t_start, min(c.end, t_end + ATTACKERS_REACH)):
            continue  # "forces stormed the train, killing all 33 attackers": the answer to the act, not the act
        if (m := _killed_the_attackers(True).search(cx.article[c.article].text, t_start, c.end)) and m.start() < t_end:
            continue  # "troops had killed about 20 of the attackers": the act itself is the answer
        tally = _COUNTED_ACTS.search(cx.article[c.article].text, max(c.start, t_start - 40), min(c.end, t_end + 60))
        if tally is not None and t_start < tally.end() <= t_end:  # the act the tally counts is the claim's
            continue  # "have conducted 50 artillery strikes on PKK positions this year": a tally of acts
        for eid in ev.actors:
            e = cx.entity[eid]
            country = _country_doer(e)
            sides = frozenset({cx.side(eid)} - {None}) if e.kind == "actor" else \
                _country_sides().get(country, frozenset()) if country else frozenset()
            if len(sides) != 1:
                continue  # a country whose groups fight on several sides says nothing of which acted
            text = cx.article[c.article].text
            named = [m for m in mentions_in[(eid, c.article)] if c.start <= m.start and m.end <= t_end
                     and (m.start >= t_start or t_start - m.end <= SUBJECT_GAP) and not anonymous(m.text)
                     and not (country and (re.match(r"['’]s\b", text[m.end:m.end + 3])
                                           or cue_regex("experiencer_verbs").match(text[m.end:m.end + 30].lstrip())))]
            # a country's possessive is read with the name it qualifies ("Ukraine's deadliest attack" says
            # where), in _front_countries; a country that "suffered" the strike bore it
            if named and asserted_account(text, named[0].start) and not _failed(text, named[0].start, t_end) \
                    and not planned_act(text, t_start, t_end) \
                    and not any(_reciprocal(text, m.end, t_end) for m in named):
                m = named[0]
                actor = match_actor(e.name)
                countries = frozenset({actor.country}) if actor is not None and actor.country else \
                    frozenset({country}) if country else countries_named(e.name)
                out.append(Agent(c.article, m.start, t_end, (c.article, c.speaker), c.id, countries, sides))
    return out


# a reciprocal object in the act's words: each side did it to the other
RECIPROCAL = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.IGNORECASE)
# what ends the act's own clause before a reciprocal ("shelled the village | as the two armies fired at each other")
OTHER_CLAUSE = re.compile(r"[,;]|\b(?:as|while|when|after|before|because|whereas)\b", re.IGNORECASE)


def _reciprocal(text: str, doer_end: int, t_end: int) -> bool:
    """Does the clause the doer is named in say each side did the act to the other ("Indian and Pakistani
    troops pounded each other's positions")?"""
    m = RECIPROCAL.search(text, doer_end, t_end)
    return m is not None and OTHER_CLAUSE.search(text, doer_end, m.start()) is None
ATTACKERS_REACH = 120  # characters after the act's words where its participle clause may end


@functools.cache
def _killed_the_attackers(finite: bool = False) -> re.Pattern[str]:
    """A participle killing the act's own attackers ("killing all 33 assailants"; cues.json
    ``attacker_nouns``) in the act's words or the clause right after them; not "police killed the
    attackers" in a clause of its own, nor the killing of gunmen, who may be anyone's. ``finite``: a
    verb in the past ("had killed about 20 of the attackers"), asked of the act's own words only."""
    verb = r"killed|neutrali[sz]ed|eliminated" if finite else r"killing|neutrali[sz]ing|eliminating"
    return re.compile(rf"\b(?:{verb})\s+(?:(?:all|each|both|most|about|some|around|nearly|at\s+least|\d+)\s+)*"
                      rf"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{cue_regex('attacker_nouns').pattern}", re.I)


def _country_doer(e) -> str | None:
    """The country a place entity names when it is a whole country ("Ukraine delivered a strike"):
    its state's forces did it."""
    if e.kind != "place" or e.geo is None or e.geo.precision != "country":
        return None
    return e.geo.country


# a tally of acts: a count of them with a perfect tense or a period ("have conducted 50 artillery
# strikes this year"), not the incident's own few ("fired 3 artillery strikes at the resort")
_COUNTED_ACTS = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:conducted|carried\s+out|launched|fired|staged)\s+"
                           r"(?:more\s+than\s+|over\s+|at\s+least\s+)?\d[\d,]*\s+(?:[a-z-]+\s+)?"
                           r"(?:strikes|airstrikes|attacks|raids|bombardments|sorties)\b", re.IGNORECASE)
SUBJECT_GAP = 60  # characters between the doer's name and the verb: "Russian invaders have attacked"


def agents(cx: Corpus) -> list[Agent]:
    """Every account of who did it in the corpus (read once: align/unnamed_doer.py asks too)."""
    if "_agents_memo" not in cx.__dict__:
        cx.__dict__["_agents_memo"] = _agents(cx)
    return cx.__dict__["_agents_memo"]


def perpetrator_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per incident whose accounts name agents on opposing sides, showing each
    side's words once per article (at most 8 spans)."""
    by_component: dict[int, list[Agent]] = defaultdict(list)
    for ag in agents(cx):
        by_component[cx.component_of[ag.article]].append(ag)
    out = []
    for found in by_component.values():
        accounts = _accounts(cx, found)
        out.extend(_agreement(cx, agents) for agents in accounts.values()
                   if len({x.article for x in agents}) > 1)
        pairs = [(a, b) for a in accounts for b in accounts if _opposed(cx, accounts[a], accounts[b]) and
                 _own_voices(accounts[a], accounts[b]) and _own_voices(accounts[b], accounts[a])]
        if not pairs:
            continue
        pairs = [(a, b) for a, b in pairs if _same_place(cx, accounts[a], accounts[b])]
        if not pairs:
            continue  # "the Houthi missile attack on Jazan" and "the coalition strike on the bus"
        a, b = max(pairs, key=lambda p: (len({x.article for x in accounts[p[0]]} | {x.article for x in accounts[p[1]]}),
                                         len(accounts[p[0]]) + len(accounts[p[1]])))
        if cx.order[min(accounts[b], key=lambda x: cx.order[x.article]).article] < \
                cx.order[min(accounts[a], key=lambda x: cx.order[x.article]).article]:
            a, b = b, a
        side_a = [x for x in _own_voices(accounts[a], accounts[b])
                  if any(not _far_apart(cx, x, y) for y in accounts[b])]
        side_b = [y for y in _own_voices(accounts[b], accounts[a])
                  if any(not _far_apart(cx, x, y) for x in side_a)]
        shown_a = per_article(_in_order(cx, side_a), MAX_EVIDENCE // 2, cx)
        shown_b = per_article(_in_order(cx, side_b), MAX_EVIDENCE - len(shown_a), cx)
        extra = more_of_each([*shown_a, *shown_b], [_in_order(cx, side_a), _in_order(cx, side_b)],
                             MAX_EVIDENCE - len(shown_a) - len(shown_b))
        out.append(Draft(
            "contradict", [(x.article, x.start, x.end) for x in (*shown_a, *shown_b, *extra)],
            f"Who did it: {_told(cx, shown_a)} put it on one side, {_told(cx, shown_b)} on the other: "
            f"both cannot be true.", 0.7, 0.95, claims=list(dict.fromkeys(x.claim for x in (*shown_a, *shown_b)))))
    return out


def _accounts(cx: Corpus, agents: list[Agent]) -> dict[frozenset[str], list[Agent]]:
    """The agents grouped by the sides they name, a narrower naming joining a wider one that holds
    it ("Palestinian" and "Palestinian Islamic Jihad": one account). A group of a country on
    another side than its state's forces (the PKK and "Turkish", the RSF and "the Sudanese army")
    is another account. A word naming sides that fight each other ("Yemeni shelling": the
    government's or the Houthis') says nothing of which did it and joins no account."""
    by_sides: dict[frozenset[str], list[Agent]] = defaultdict(list)
    for ag in agents:
        if not any(cx.opposed(x, y) for x in ag.sides for y in ag.sides if x < y):
            by_sides[ag.sides].append(ag)
    accounts: dict[frozenset[str], list[Agent]] = {}
    for sides in sorted(by_sides, key=len, reverse=True):
        home = next((k for k in accounts if sides <= k), None)
        accounts.setdefault(home if home is not None else sides, []).extend(by_sides[sides])
    return accounts


def _agreement(cx: Corpus, agents: list[Agent]) -> Draft:
    """Articles that name the same side as the one that did it agree on who did it (the account
    may still be one another rejects)."""
    shown = per_article(_in_order(cx, agents), MAX_EVIDENCE, cx)
    extra = more_of_each(shown, [_in_order(cx, agents)], MAX_EVIDENCE - len(shown))
    return Draft("agree", [(x.article, x.start, x.end) for x in (*shown, *extra)],
                 f"Who did it: {_told(cx, shown)} put it on the same side.", 0.6, 0.6,
                 claims=list(dict.fromkeys(x.claim for x in shown)))


def _own_voices(mine: list[Agent], theirs: list[Agent]) -> list[Agent]:
    """An account's words from voices that do not also give the other account: a voice naming
    both sides reports both versions, and takes no side."""
    both = {x.voice for x in mine} & {y.voice for y in theirs}
    return [x for x in mine if x.voice not in both]


def _same_place(cx: Corpus, a: list[Agent], b: list[Agent]) -> bool:
    """Some words of each account place the act where the other's do (or say no place)."""
    return any(not _far_apart(cx, x, y) for x in a for y in b)


def _far_apart(cx: Corpus, x: Agent, y: Agent) -> bool:
    """The two claims place their acts far apart: by their events' places, or, when those are not
    known, by every located place each claim names (over 60 km, neither inside the other)."""
    if cx.places_clash(x.claim, y.claim):
        return True
    px = [p for p in cx.places(x.claim) if cx.entity[p].geo is not None and cx.entity[p].geo.precision == "place"]
    py = [p for p in cx.places(y.claim) if cx.entity[p].geo is not None and cx.entity[p].geo.precision == "place"]
    if not px or not py:
        return False
    return all(p != q and km(cx.entity[p].geo.lat, cx.entity[p].geo.lon, cx.entity[q].geo.lat,
                             cx.entity[q].geo.lon) > 60 for p in px for q in py)


def _opposed(cx: Corpus, a: list[Agent], b: list[Agent]) -> bool:
    """Two accounts name no side in common and some side of one fights some side of the other."""
    if {s for x in a for s in x.sides} & {t for y in b for t in y.sides}:
        return False
    return any(cx.opposed(s, t) for x in a for y in b for s in x.sides for t in y.sides)


def _in_order(cx: Corpus, agents: list[Agent]) -> list[Agent]:
    return sorted(agents, key=lambda x: (cx.order[x.article], x.start))


def _told(cx: Corpus, agents: list[Agent]) -> str:
    """"Al Jazeera (“an Israeli air raid”), Stabroek News (Israeli army: “a misfired rocket”)"."""
    parts = []
    for x in agents:
        words = " ".join(cx.article[x.article].text[x.start:x.end].split())
        sp = cx.speaker_name(x.claim)
        parts.append(f"{cx.source(x.article)} ({sp + ': ' if sp else ''}“{words}”)")
    return ", ".join(parts)
