"""Ministries and offices: a bare "the ministry" joins the one its article named before, a ministry
named without its country takes the one its article names, and an office named right before its
holder ("UN Secretary-General Antonio Guterres") is that person."""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.cuesets import cue_sets
from ..records import Mention
from . import actors as actor_lex
from .clusters import Cluster, Clusters
from .person_names import person_name


def name_the_ministry_again(clusters: Clusters, texts: dict[str, str]) -> None:
    """A ministry's name where the model tagged none of it ("The Hamas-run health ministry
    claimed", where it tagged "Hamas") is the ministry another mention names with its country:
    the one of the words right before it ("Turkish Foreign Ministry"), else the corpus's only
    ministry of that kind, if the article names its country and no possessive points elsewhere
    ("the country's foreign ministry" in a report from Iraq). Only the ministry's own words join,
    so "Hamas" stays the group's."""
    by_kind: dict[str, dict[tuple[str, str], Cluster]] = defaultdict(dict)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters.items:
        for m in c.mentions:
            taken[m.article].append((m.start, m.end))
            if c.kind == "organization" and (key := _ministry_key_at(texts[m.article], m.start, m.end)):
                by_kind[key[1]].setdefault(key, c)
    if not by_kind:
        return
    for article, text in texts.items():
        named_here: frozenset[str] | None = None
        for s, e in actor_lex.ministry_names_in(text):
            kind = actor_lex.ministry_kind(text[s:e])
            named = by_kind.get(kind or "")
            if not named or any(a < e and s < b for a, b in taken[article]):
                continue
            key = _ministry_key_at(text, s, e)
            if key is not None:
                c = named.get(key)  # another country's ministry of that kind is not this one
            elif len(named) == 1:
                if named_here is None:
                    named_here = actor_lex.countries_named(text)
                (key, c), = named.items()
                if key[0] not in named_here or _given_elsewhere(text, s, e, key[0], named_here):
                    c = None
            else:
                c = None
            if c is not None:
                c.mentions.append(Mention(article, s, e, text[s:e], "organization"))
                taken[article].append((s, e))


def join_countryless_ministries(clusters: Clusters, texts: dict[str, str]) -> None:
    """Ministries named without their country ("the Ministry of Public Health", "the health
    ministry") join the corpus's one ministry of that kind named with a country ("the
    Hezbollah-controlled Health Ministry in Lebanon"), where each of their articles names that
    country and no possessive gives them to another. With two countries' ministries of that kind
    (Russia's and Ukraine's defence ministries) they stay apart."""
    anchored: dict[str, dict[str, list[Cluster]]] = defaultdict(lambda: defaultdict(list))
    loose: dict[str, list[Cluster]] = defaultdict(list)
    named: dict[str, set[str]] = defaultdict(set)  # the countries whose ministry of a kind the corpus names
    for c in clusters.items:  # an actor too: "the Russian Defence Ministry" speaks as Russia's armed forces
        for m in c.mentions:
            if key := _ministry_key_at(texts[m.article], m.start, m.end):
                named[key[1]].add(key[0])
    for c in clusters.items:
        if c.kind != "organization" or not c.mentions or (c.key and c.key[:1] != ("ministry",)):
            continue
        kinds = {actor_lex.ministry_kind(m.text) for m in c.mentions}
        if len(kinds) != 1 or None in kinds:
            continue
        kind = next(iter(kinds))
        countries = {key[0] for m in c.mentions if (key := _ministry_key_at(texts[m.article], m.start, m.end))}
        if len(countries) == 1:
            anchored[kind][countries.pop()].append(c)
        elif not countries:
            loose[kind].append(c)
    for kind, by_country in anchored.items():
        if len(by_country) != 1 or len(named[kind]) != 1:
            continue
        (country, found), = by_country.items()
        target = next((c for c in found if c.key), found[0])
        joining = [c for c in found if c is not target]
        joining += [c for c in loose.get(kind, ()) if all(_the_country_s(texts[m.article], m, country)
                                                          for m in c.mentions)]
        for c in joining:
            target.mentions.extend(c.mentions)
            c.mentions.clear()


def _the_country_s(text: str, m: Mention, country: str) -> bool:
    """May a ministry named without its country be ``country``'s: its article names that country
    and no other (SANA's "the Ministry of Defence" in a report of Turkish drones is Syria's, not
    the Turkish one another article names), no possessive right before it names another owner and
    no seat another country ("the foreign ministry in Kigali")?"""
    named_here = actor_lex.countries_named(text)
    return named_here == {country} and not _given_elsewhere(text, m.start, m.end, country, named_here)


def _given_elsewhere(text: str, start: int, end: int, country: str, named_here: frozenset[str]) -> bool:
    """Does a possessive right before the ministry's name give it to another owner than ``country``
    ("the country's", "Hamas's"), or a seat right after it (or inside it) to another country ("the
    foreign ministry in Kigali": Rwanda's)?"""
    owner = _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    seat = _SEAT_AFTER.search(text[start:end]) or _SEAT_AFTER.match(text, end)
    seat_codes = actor_lex.countries_named(seat.group(1)) if seat else frozenset()
    return bool(owner and _owned_elsewhere(owner.group(1), country, named_here)) \
        or bool(seat_codes and country not in seat_codes)


_SEAT_AFTER = re.compile(r"\s+(?:in|of)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _owned_elsewhere(owner: str, country: str, named_here: frozenset[str]) -> bool:
    """Does the possessive before a ministry's name ("the country's", "Iraq's", "its") give it to
    another country than ``country``? A named owner says which ("Hamas's" is Palestinian); "its",
    "their" or "the country's" may be anyone's where the article names another country too."""
    named = owner.strip()
    codes = actor_lex.countries_named(named)
    actor = actor_lex.match_actor(named)
    if actor is not None and actor.country:
        codes = codes | {actor.country}
    if codes:
        return country not in codes
    return bool(named_here - {country})


# "the country's", "its", "Hamas's" right before a ministry's name: whose ministry it is
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)((?:the\s+)?[\w-]+(?:\s[A-Z][\w-]+)?[’']s|its|their|his|her)\s+$",
                                re.IGNORECASE)


def _ministry_key_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``ministry_key`` of a name with the capitalised words right before it ("The Hamas-run
    Gaza health ministry", "Turkish Foreign Ministry")."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return actor_lex.ministry_key(text[before.start() if before else start:end])


# the capitalised words right before a ministry's name: "the Hamas-run", "Turkish", "Gaza's"
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+$")


def _office_named(text: str) -> bool:
    """An office with a name in front of its title ("UN Secretary-General", "Palestinian Authority
    President"), not "its spokesman"."""
    words = re.split(r"[\s-]+", text.strip())[:-1]
    return any(w[:1].isupper() and w.lower() not in POSSESSIVES for w in words)


POSSESSIVES = ("the", "its", "his", "her", "their", "a", "an")


def offices_to_holders(clusters: Clusters) -> None:
    """An office named right before a person ("UN Secretary-General Antonio Guterres") is that
    person's, with its other names ("the UN chief", "the Secretary-General"): the office's
    mentions join the person when the corpus names one holder of it. Only a name ending in a
    title ("... Secretary-General", "... President"), not a group ("Kremlin spokesman Dmitry
    Peskov": the Kremlin is not Peskov)."""
    titles = cue_sets().title_nouns
    starts: dict[tuple[str, int], Cluster] = {}
    for c in clusters.items:
        if c.kind == "person":
            for m in c.mentions:
                starts[(m.article, m.start)] = c
    for office in clusters.items:
        if office.kind != "organization" or not office.mentions:
            continue
        if not all(re.split(r"[\s-]+", m.text.strip().lower())[-1] in titles for m in office.mentions):
            continue
        beside = [(m, h) for m in office.mentions for gap in (1, 2)
                  if (h := starts.get((m.article, m.end + gap))) is not None]
        holders = {id(h): h for _, h in beside}
        # a bare "a spokesman" elsewhere may be anyone's: only a named office ("UN Secretary-General")
        # brings its other mentions along
        named = any(_office_named(m.text) for m, _ in beside)
        if len(holders) == 1 and (named or len(beside) == len(office.mentions)):
            holder = next(iter(holders.values()))
            if holder.canonical is None:  # named by the person's name, not the office's
                holder.canonical = person_name(max((m.text for m in holder.mentions), key=len))
            holder.mentions.extend(office.mentions)
            office.mentions.clear()


BARE_MINISTRY = re.compile(r"(?:the\s+)?ministry", re.IGNORECASE)


_POSSESSOR = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:the\s+)?$")


def with_possessor(m: Mention, texts: dict[str, str]) -> str:
    """"Russia's Ministry of Defence", which the model splits into the country and the ministry:
    the ministry's name with the country in the possessive right before it, to match by."""
    if m.kind not in ("organization", "other") or actor_lex.ministry_kind(m.text) is None \
            or actor_lex.ministry_key(m.text) is not None:
        return m.text
    text = texts.get(m.article, "")
    owner = _POSSESSOR.search(text, max(0, m.start - 40), m.start)
    if owner is None:
        return m.text
    # "But Ukraine's Ministry ...": the country may be the last word only
    country = next((w for w in (owner.group(1), owner.group(1).split()[-1]) if actor_lex.country_code(w)), None)
    return f"{country}'s {m.text}" if country else m.text


def ministries_by_article(clusters: Clusters) -> dict[str, list[tuple[int, str, Cluster]]]:
    """Per article, the mentions naming a ministry with its country: (end, ministry kind, cluster)."""
    out: dict[str, list[tuple[int, str, Cluster]]] = defaultdict(list)
    for c in clusters.items:
        for x in c.mentions:
            if (key := actor_lex.ministry_key(x.text)) is not None:
                out[x.article].append((x.end, key[1], c))
    return out


def link_bare_ministry(named: dict[str, list[tuple[int, str, Cluster]]], m: Mention) -> bool:
    """"The ministry", "the Defense Ministry" with no country: the one ministry of that kind (any
    kind for a bare "ministry") its article named before with a country ("the Russian Defense
    Ministry said ... the ministry added"). False when there is none, or more than one."""
    kind = actor_lex.ministry_kind(m.text)
    hits = {id(c): c for end, k, c in named.get(m.article, ())
            if end <= m.start and (kind is None or k == kind)}
    if len(hits) != 1:
        return False
    seat = _SEAT_AFTER.search(m.text)  # "the foreign ministry in Kigali" is not the one named in Washington
    seat_codes = actor_lex.countries_named(seat.group(1)) if seat else frozenset()
    key = next(iter(hits.values())).key
    if seat_codes and isinstance(key, tuple) and key[:1] == ("ministry",) and key[1] not in seat_codes:
        return False
    next(iter(hits.values())).mentions.append(m)
    return True
