"""Where it happened, told alike: articles that place the incident's act in the same town or
district agree, whatever each calls it ("Pazigyi village" / "Pa Zi Gyi village"; "Mosul's
al-Jadida district" / "Mosul's Jadida district"). Spelling variants are named in the finding, so a
coder sees that three spellings are one place. Places the accounts set apart are compared in
align/candidates.py (``places_clash``) and never meet here."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import category_of, cue_regex, events, lineage, weapon_named
from ..records import Entity, Mention
from .candidates import REJECTING, Corpus, family
from .selection import more_of_each
from .findings import MAX_EVIDENCE, Draft, listing
from .text import inflections

WIDE = ("country",)  # a country is too wide to say where an act happened; a province is told as the wider place
LOCATIVE = re.compile(r"\b(?:in|near|at|outside|into|around|towards?|"
                      r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                      r"(?:outskirts|city|town|village|district|areas?|parts?|centre|center|province|governorate|"
                      r"region|oblast|state|county)\s+of|"
                      r"(?:attacks?|assaults?|(?:air)?strikes?|raids?|offensive|"
                      r"bombing|shelling|advance)\b(?:\s+[\w’'-]+){0,4}\s+on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
                      r"(?:capital\s+)?$",
                      re.IGNORECASE)  # "in Togoga", "in the Barmal district", "an attack by rebels on Tal
# Haroun", "missiles towards the Kurdistan Region's capital Erbil", "the camp west of Goma"
# words that set it beside the place rather than in it: the finding says "in or near"
NEAR = re.compile(r"\b(?:near|outside|around|outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
                  r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# where the wounded were taken or people fled to
ELSEWHERE = re.compile(r"\b(?:taken|brought|evacuated|transferred|rushed|fled|flee|moved)\b[^.;]*$"
                       r"|\bhospitals?\s+in\s+$", re.IGNORECASE)
PROVINCE = re.compile(r"\b(?:province|governorate|oblast|region|state|wilaya|prefecture)$", re.IGNORECASE)
ACTS = ("attack", "chemical", "control", "clash", "killing")  # families of the incident's own act
PER_INCIDENT = 2  # agreements per incident's coverage: its place and perhaps the wider district


def location_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident and place that the event claims of two or more articles name."""
    named: dict[tuple[int, str], dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
            continue
        if c.event is not None and family(c.event.type) not in ACTS:
            continue  # where the wounded were taken or people fled to is not where it happened
        # with no act told, "a statement on the incident in Nyaungbingon Village": a word for the
        # incident right before "in" and the place sets it there
        there = _sets_it_there if c.event is not None else _after_an_incident_word
        places = (c.event.place, *sorted(cx.places(c.id))) if c.event is not None else sorted(cx.places(c.id))
        for eid in dict.fromkeys([p for p in places if p]):
            e = cx.entity[eid]
            if (e.geo is not None and e.geo.precision in WIDE) or (e.geo is None and PROVINCE.search(e.name)) \
                    or weapon_named(e.name) is not None:
                continue  # a province the gazetteer does not know is as wide; "Tochka" as a place is the missile
            body = [m for m in e.mentions if m.article == c.article and c.start <= m.start and m.end <= c.end
                    and m.start >= cx.headline_end(c.article)]
            # only where the words set the act there: not "on Telegram", "Moscow officials", "a
            # soldier from Kharkiv", "taken to a hospital in Dnipro"
            body = [m for m in body if there(cx.article[m.article].text, m)]
            named[(cx.component_of[c.article], eid)][c.article].extend(body)
    by_component: dict[int, list[tuple[str, dict[str, list[Mention]]]]] = defaultdict(list)
    for (component, eid), where in named.items():
        where = {a: sorted(set(ms), key=lambda m: m.start) for a, ms in where.items() if ms}
        if len(where) >= 2:
            by_component[component].append((eid, where))
    out = []
    for places in by_component.values():
        # the town before the province it lies in, when as many articles name each
        places.sort(key=lambda p: (-len(p[1]), _wide(cx.entity[p[0]]), min(cx.order[a] for a in p[1])))
        for eid, where in places[:PER_INCIDENT]:
            shown = sorted((ms[0] for ms in where.values()), key=lambda m: cx.order[m.article])[:MAX_EVIDENCE]
            # room left: an article's later words placing it there ("the strike in the besieged city of
            # El Fasher"), then its other words setting something of the incident there ("bodies are
            # still recovered in Mosul's Jadida district")
            pools = [[m for a in sorted(where, key=cx.order.get) for m in where[a]],
                     [m for a in sorted(where, key=cx.order.get) for m in _placing(cx, eid, a)]]
            extra = more_of_each(shown, pools, MAX_EVIDENCE - len(shown))
            out.append(Draft(
                "agree", [(m.article, m.start, m.end) for m in (*shown, *extra)],
                f"{listing([cx.source(m.article) for m in shown])} place it in{_or_near(cx, shown)} "
                f"{cx.entity[eid].name}"
                f"{_spellings(cx, shown, cx.entity[eid].name)}.", 0.6, 0.5, entities=[eid]))
    return out


def _after_an_incident_word(text: str, m: Mention) -> bool:
    """Does a word for the incident (cues.json ``incident_nouns``: "incident", "attack", "massacre")
    stand right before "in" and the place ("the incident in Nyaungbingon Village")?"""
    return _incident_word_before().search(text, max(0, m.start - 40), m.start) is not None


@functools.cache
def _incident_word_before() -> re.Pattern[str]:
    return re.compile(cue_regex("incident_nouns").pattern + r"\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _or_near(cx: Corpus, shown: list[Mention]) -> str:
    """The words " or near" when an article shown sets it only beside the place ("the camp west of
    Goma")."""
    near = any(NEAR.search(cx.article[m.article].text, max(0, m.start - 60), m.start) for m in shown)
    return " or near" if near else ""


def _wide(e: Entity) -> bool:
    return (e.geo is not None and e.geo.precision == "admin1") or bool(PROVINCE.search(e.name))


def _placing(cx: Corpus, eid: str, article: str) -> list[Mention]:
    """The article's body mentions of the place after words that set something there ("in
    Mosul's Jadida district"), not where the wounded were taken or people fled to."""
    text = cx.article[article].text
    acts = cue_sets().act_nouns
    told = [c for c in cx.claims_by_article.get(article, ()) if c.scope == "incident" and c.stance not in REJECTING
            and (c.event is not None or any(w in acts for w in re.findall(r"[a-z-]+", c.text.lower())))]
    return [m for m in cx.entity[eid].mentions if m.article == article and m.start >= cx.headline_end(article)
            and any(c.start <= m.start and m.end <= c.end for c in told) and _sets_it_there(text, m)]


def _sets_it_there(text: str, m: Mention) -> bool:
    """Do the words around the place set the act there: a locative before it ("in Togoga", "the
    Barakh resort area of Zakhu"), or the name of the facility it opens ("the Sa'ada City Remand
    Prison was hit")? Not where the wounded were taken or people fled to."""
    if ELSEWHERE.search(text, max(0, m.start - 40), m.start):
        return False
    locative = LOCATIVE.search(text, max(0, m.start - 60), m.start)
    if locative is not None and TOWARDS.match(locative.group()) and not _fired_at(text, locative.start()):
        locative = None  # "drones flying towards Moscow were shot down over Kaluga": a heading, not the place
    return locative is not None or _act_object(text, m) or _opens_a_facility_name(text, m)


TOWARDS = re.compile(r"towards?\b", re.IGNORECASE)


def _fired_at(text: str, at: int) -> bool:
    """Is "towards" the aim of weapons fired or launched just before ("launched 10 ballistic
    missiles towards Erbil", "fired rockets towards the town")? Those hit or were aimed there."""
    return _firing_verb_before().search(text, max(0, at - FIRED_REACH), at) is not None


FIRED_REACH = 60  # characters between the firing verb and "towards"


@functools.cache
def _firing_verb_before() -> re.Pattern[str]:
    """A verb that fires or launches a weapon (events.json quantity role "fired", and "launch"),
    then a few words (the weapons), up to the end."""
    lex = events()
    lemmas = {w for r in lex.roles if r.role == "fired" for w in r.lemmas} | {"launch"}
    forms = sorted({f for w in lemmas for f in inflections(w)}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b(?:\s+[\w’'-]+){{0,5}}\s*$", re.IGNORECASE)


def _act_object(text: str, m: Mention) -> bool:
    """Is the place what an act verb hits, alone or after the places it lies in ("shelled
    Kramatorsk", "targeted Afghanistan's Paktika province's Barmal district")? Not a place that
    names whose something is ("killed Kharkiv's deputy mayor")."""
    if _qualifies_a_noun(text, m.end):
        return False  # "killed Sloviansk's deputy mayor", "hit the Sloviansk road": a noun the place qualifies
    return _striking_verb_before().search(text, max(0, m.start - 90), m.start) is not None


def _qualifies_a_noun(text: str, end: int) -> bool:
    """Is the place followed by its possessive or by a noun it qualifies ("Sloviansk's mayor", "the
    Sloviansk road", "Sloviansk officials")? A word for a kind of place ("district", "village")
    names the place itself; anything else ("twice", "on Friday", a comma) goes on from it."""
    if re.match(r"['’]s\b", text[end:end + 3]):
        return True
    nxt = re.match(r"\s+([a-z][a-z-]*)\b", text[end:end + 30])
    if nxt is None:
        return False
    word = nxt.group(1)
    kind = category_of(word)
    if kind is not None:
        return not {"settlements", "areas"} & set(lineage(kind))
    return word in cue_sets().title_nouns or word.rstrip("s") in cue_sets().title_nouns


# "Afghanistan's Paktika province's ": capitalised names, each with its possessive (not "the militia's")
POSSESSIVE_PLACES = r"(?-i:(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+[a-z]+)?['’]s\s+){0,3})"


SEIZING = ("territory_taken", "territory_regained")  # "captured Tel Haroun": the place taken is where it happened


@functools.cache
def _striking_verb_before() -> re.Pattern[str]:
    """A verb that strikes or seizes what follows it (the event lexicon's attack and capture words
    and its verbs that hit a target: "shelled", "targeted", "captured"), right before a place or
    the places it lies in; not a toll's word, a withdrawal or a reinforcement ("the death toll
    Kramatorsk officials gave", "abandoned Sloviansk")."""
    types = [t for t in events().types if family(t.type) in ("attack", "chemical") or t.type in SEIZING]
    return _verb_before(types, POSSESSIVE_PLACES)


FACILITY_NAME_WORDS = 4  # "Sa'ada [City Remand Prison]", "Tarsa [Central Hospital]"


def _opens_a_facility_name(text: str, m: Mention) -> bool:
    """Does the place open the name of a facility: a proper name ("the Kramatorsk Central Prison
    was hit"), or a common one that an act verb takes as its object ("hit Kramatorsk railway
    station")? Not "the Sloviansk road near Kramatorsk" nor "Sloviansk hospital wards"."""
    words = re.match(r"(?:\s+[\w’'-]+){1,%d}" % FACILITY_NAME_WORDS, text[m.end:m.end + 60])
    if words is None:
        return False
    struck = _act_verb_before().search(text, max(0, m.start - 30), m.start) is not None
    tokens = words.group().split()
    for n in range(1, len(tokens) + 1):
        if not tokens[n - 1][:1].isupper() and not struck:
            return False
        kind = category_of(" ".join(tokens[:n]))
        if kind is not None and "facilities" in lineage(kind):
            return True
    return False


@functools.cache
def _act_verb_before() -> re.Pattern[str]:
    """An act verb of the event lexicon, or a verb that hits a target, right before a name ("hit",
    "shelled the")."""
    return _verb_before(events().types)


def _verb_before(types, between: str = "") -> re.Pattern[str]:
    """The words of ``types`` and the lexicon's target verbs, in their forms, then "the" and
    ``between``, ending right before a name."""
    verbs = {f for t in types for w in t.lemmas for f in inflections(w)} | {
        f for w in events().target_verbs for f in inflections(w)}
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+(?:the\s+)?{between}$", re.IGNORECASE)


def _spellings(cx: Corpus, shown: list[Mention], name: str) -> str:
    """" (spelled “Pa Zi Gyi” by DVB)": the other ways the articles write the name."""
    other: dict[str, list[str]] = defaultdict(list)
    for m in shown:
        text = " ".join(m.text.split())
        if text.lower() != name.lower():
            other[text].append(cx.source(m.article))
    if not other:
        return ""
    return " (" + "; ".join(f"“{t}” in {listing(list(dict.fromkeys(s)))}" for t, s in other.items()) + ")"
