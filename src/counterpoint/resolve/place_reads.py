"""Mentions the model tagged that are places after all, or not: a place's name read inside another
mention ("Kolbiyow camp"), a name the model took for a group that the gazetteer places in the
article's own countries, a wire dateline's city ("ADDIS ABABA, Ethiopia —"), and a capital that
speaks for its government ("Bamako said"). Kept apart from resolve/entities.py, which clusters the
mentions into entities.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import weapon_named
from ..records import Mention
from . import actors as actor_lex
from .names import fold, name_key, same_name
from .person_names import is_surname, titled
from .places import PlaceResolver


# nouns a place's name stands before when it names a site there ("Kolbiyow camp", "Kulbiyow town")
SITE_NOUNS = frozenset({"camp", "camps", "base", "bases", "town", "village", "district", "city", "area", "airbase"})


def named_place_elsewhere(m: Mention, place_keys: set[str], surnames: list[str], texts: dict[str, str],
                           place_names: set[str] = frozenset()) -> bool:
    """A name the model read as a place in some sentence and as a person or group in another
    ("Moura"; "besieged Al Fasher" beside "the city, Al Fasher"; one word spelled otherwise,
    "their Kolbiyow camp" beside "Kulbiyow"): the place, unless it is a person's surname, follows a
    title, or is a capital that speaks."""
    text = m.text.strip()
    if not text[:1].isupper():
        return False
    if name_key(text) not in place_keys:
        # another spelling of a place named elsewhere only right before a place's noun ("their
        # Kolbiyow camp"): "Colonel Korvell", "President Peres" and "the Duma" are no towns
        # "the Zam Zam camp" beside "Zamzam": a name of several words too, written apart
        after = texts.get(m.article, "")[m.end:m.end + 20].split()
        words = text.split()
        if len(words) > 1 and fold(words[-1]) in SITE_NOUNS:  # "Nyaung Bin Gone village": the noun read in the name
            after, text = words[-1:], " ".join(words[:-1])
        if not after or fold(after[0]) not in SITE_NOUNS or not spelled_like_a_place(text, place_names):
            return False
    if is_surname(text, surnames) if " " not in text else (titled(m, texts) or speaks(m, texts.get(m.article, ""))):
        return False
    if actor_lex.match_actor(text) is not None or actor_lex.match_organization(text) is not None:
        return False
    return not (actor_lex.capital_metonym(text) is not None and speaks(m, texts.get(m.article, "")))


def named_place_in_name(m: Mention, place_keys: set[str], place_names: set[str]) -> Mention | None:
    """The place a facility's name opens with, as a place mention, when the articles name that
    place elsewhere: the whole opening ("Tell Amra" of "Tell Amra Central School") or its first
    word ("Kunduz" of "Kunduz Regional Hospital")."""
    words = m.text.split()
    for n in (len(words), 1) if len(words) > 1 else (1,):
        head = " ".join(words[:n])
        if name_key(head) in place_keys or spelled_like_a_place(head, place_names):
            return replace(m, kind="place", end=m.start + len(head), text=head)
    return None


def spelled_like_a_place(text: str, place_names: set[str]) -> bool:
    """A possible place name ("Dahyan") that is another spelling of a place the articles name
    ("Dhahyan"): one place, though the gazetteer knows neither."""
    text = text.strip()
    if len(text) < 4 or not text[:1].isupper():
        return False
    return any(same_name(text, p) for p in place_names  # a cheap screen before the spelling rules
               if p[:1].lower() == text[:1].lower() and abs(len(p) - len(text)) <= 3)


def misread_place(m: Mention, places: PlaceResolver, texts: dict[str, str]) -> bool:
    """A name the model took for a group or organisation that the gazetteer places in the
    article's own countries, and that no lexicon knows as anything else; a capital only in a
    dateline ("Bamako, April 8 (AFP)"; "Bamako said" is the government)."""
    text = m.text.strip()
    if text.isupper() and _opens_a_dateline(m, texts.get(m.article, "")):
        # "ADDIS ABABA, Ethiopia —": a wire dateline's city, set in capitals (as _dateline_city reads it)
        return dateline_city(m, texts.get(m.article, ""), places) is not None \
            and actor_lex.match_organization(text) is None and actor_lex.match_actor(text) is None
    if not text[:1].isupper() or text.isupper() or len(text.split()) > 3 or weapon_named(text) is not None \
            or actor_lex.country_code(text) is not None or actor_lex.match_organization(text) \
            or actor_lex.match_actor(text) is not None:
        return False
    if actor_lex.capital_metonym(text) is not None and speaks(m, texts.get(m.article, "")):
        return False
    return places.locates(m)


# a wire dateline: a line opening with the city in capitals, a comma, perhaps its country, then a dash,
# a bracket or a date ("ADDIS ABABA, Ethiopia —", "KYIV, Ukraine (AP) -", "SANAA, Aug 9 (Reuters) -")
_DATELINE_AFTER = re.compile(r",\s*(?:[A-Z][\w'’. -]{1,30},\s*)?(?:[A-Z][\w'’.]*\s*)?(?:\(|[—–-]|\d)")


_CAPITALS_RUN = re.compile(r"[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)*")


def dateline_city(m: Mention, text: str, places: PlaceResolver) -> Mention | None:
    """The city of a wire dateline in capitals, where the model read part of it as a person
    ("ABABA" of "ADDIS ABABA, Ethiopia —"): the whole run of capitals opening the line, as a place,
    when the gazetteer locates it."""
    line = text.rfind("\n", 0, m.start) + 1
    run = _CAPITALS_RUN.match(text, line + len(text[line:m.start]) - len(text[line:m.start].lstrip()))
    if run is None or not run.start() <= m.start < m.end <= run.end() or not _DATELINE_AFTER.match(text, run.end()):
        return None
    city = Mention(m.article, run.start(), run.end(), run.group(), "place")
    if not places.locates(replace(city, text=run.group().title())):
        return None
    # with its country after it ("ADDIS ABABA, Ethiopia"), the gazetteer placed it there; a bare
    # dateline ("ARDAN, March 14 (Northern Wire)") names a city with a news bureau, not a village abroad
    after = text[run.end():run.end() + 40].lstrip(", ")
    named_country = actor_lex.country_code(re.split(r"[\s(—–-]", after, maxsplit=1)[0].strip(",."))
    big = any(p.population >= DATELINE_CITY_POPULATION for p in places.gaz.candidates(run.group(), variants=False))
    return city if named_country is not None or big else None


DATELINE_CITY_POPULATION = 100_000  # a bare dateline's city: a capital or large city, where bureaus are


def _opens_a_dateline(m: Mention, text: str) -> bool:
    line = text.rfind("\n", 0, m.start) + 1
    return not text[line:m.start].strip() and bool(_DATELINE_AFTER.match(text, m.end))


_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|near)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|again\s+|then\s+)?([A-Za-z]+)")


def speaks(m: Mention, text: str) -> bool:
    """"Bamako denied ...", "Moscow has said ...", "accused Kyiv": a capital followed by a
    reporting verb, or accused, stands for its government; in a dateline or a list of shelled
    towns it is a place."""
    if _PLACE_PREP.search(text, max(0, m.start - 6), m.start):
        return False  # "the authorities in Bamako announce": the city, where they sit
    before = text[max(0, m.start - 16):m.start].split()
    if before and before[-1].lower() in cue_sets().accusation_words:
        return True  # "accused Kyiv", "blamed Moscow": the government is who is accused
    found = _NEXT_WORD.match(text, m.end)
    if found is None:
        return False
    w = found.group(1).lower()
    forms = {w, w[:-1], w[:-2], w[:-3] + "y", "say" if w in ("said", "says") else w}
    return bool(forms & cue_sets().reporting_verbs)
