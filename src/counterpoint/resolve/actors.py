"""Name lookups against the actor and organisation lexicons: dictionary lookups, tables built once.

- :func:`match_actor` "Assad's forces", "the 'HTS' militants", "Azerbaijani troops" -> an ActorEntry
- :func:`actor_candidates` every actor a form may name ("SNA" -> Syrian or Somali National Army)
- :func:`generic_role` "militants", "regime forces", "Kurdish fighters" -> "non_state_armed" | "state_forces"
- :func:`match_organization` "Doctors Without Borders", "MSF", "Britain-based SOHR" -> an OrgEntry
- :func:`ministry_key` "Armenian Defense Ministry" -> ("AM", "defense")
- :func:`country_code` "Azeri", "Azerbaijan's", "the US" -> "AZ", "AZ", "US"
- :func:`capital_metonym` "Baku" -> CapitalMetonym(country="AZ", side="az_gov")
- :func:`opposed` whether two side keys fight each other

All text is folded with :func:`counterpoint.nlp.lexicons.surface_tokens` (case, diacritics, quotes,
apostrophes, possessive 's, hyphens), and a leading "the" is dropped. Functions return None when the
lexicon does not know the name: that is an answer, not a failure.
"""

from __future__ import annotations

import re

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..nlp.lexicons import (
    ActorEntry,
    CapitalMetonym,
    OrgEntry,
    actors,
    labels,
    organizations,
    surface_tokens,
)
from ..nlp.lexicons.taxonomy import skip_quantity_words
from .names import fold

__all__ = [
    "actor_candidates",
    "capital_metonym",
    "country_code",
    "description_kinds",
    "generic_role",
    "match_actor",
    "match_organization",
    "ministry_key",
    "ministry_kind",
    "ministry_names_in",
    "opposed",
]

T = TypeVar("T")
Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Index(Generic[T]):
    """Folded word tuples -> value, plus forms that only match with their exact capitalisation."""

    folded: dict[Key, T]
    cased: dict[Key, T]
    longest: int

    @classmethod
    def build(cls, folded: Iterable[tuple[str, T]], cased: Iterable[tuple[str, T]] = ()) -> _Index[T]:
        f: dict[Key, T] = {}
        c: dict[Key, T] = {}
        for form, value in folded:
            f.setdefault(_strip_the(surface_tokens(form)), value)
        for form, value in cased:
            c.setdefault(_strip_the(surface_tokens(form, keep_case=True)), value)
        return cls(f, c, max((len(k) for k in (*f, *c)), default=0))

    def get(self, words: _Words) -> T | None:
        if words.cased in self.cased:
            return self.cased[words.cased]
        if (hit := self.folded.get(words.folded)) is not None:
            return hit
        last = words.cased[-1] if words.cased else ""
        if len(words.cased) == 1 and re.fullmatch(r"[A-Z]{2,}[a-z]s", last):
            single = (last[:-1],)  # the plural of an acronym with a small last letter: "FAMas"
            return self.cased.get(single) or self.folded.get(tuple(w.casefold() for w in single))
        return None


@dataclass(frozen=True, slots=True)
class _Words:
    """The same words with and without case, so cased forms ("IS", "US") can be told apart."""

    cased: Key
    folded: Key

    @classmethod
    def of(cls, text: str) -> _Words:
        cased = _strip_the(surface_tokens(text, keep_case=True))
        return cls(cased, tuple(w.casefold() for w in cased))

    def __len__(self) -> int:
        return len(self.folded)

    def cut(self, start: int, stop: int | None = None) -> _Words:
        cased = _strip_the(self.cased[start:stop])
        return _Words(cased, tuple(w.casefold() for w in cased))


def _strip_the(words: Key) -> Key:
    return words[1:] if len(words) > 1 and words[0].casefold() == "the" else words


def _keys(forms: Iterable[str]) -> frozenset[Key]:
    return frozenset(_strip_the(surface_tokens(f)) for f in forms)


# ---------------------------------------------------------------------------------------------
# actors


@dataclass(frozen=True, slots=True)
class _ActorTables:
    aliases: _Index[ActorEntry]
    ambiguous: dict[Key, tuple[ActorEntry, ...]]
    generic: _Index[str]
    distancing: frozenset[Key]  # "so called", "self styled", "alleged": dropped before a name
    affiliation_nouns: frozenset[Key]
    affiliation_links: frozenset[Key]
    national_nouns: frozenset[Key]
    national: dict[str, ActorEntry]  # country code -> its national armed forces
    opposes: frozenset[tuple[str, str]]
    leaders: _Index[ActorEntry]  # "Burhan", "Hemedti": a commander's name, an actor only before a force noun
    # "Rapid Support" of "Rapid Support Forces": a proper name's words before its force noun, an actor
    # only before another such noun ("the terrorist Rapid Support militia")
    stems: _Index[tuple[ActorEntry, str]]  # with the noun the alias ends with, singular
    stem_nouns: frozenset[str]  # "militia", "forces": the nouns a stem stands before


@functools.cache
def _actor_tables() -> _ActorTables:
    lex = actors()
    aliases = _Index.build(((f, a) for a in lex.actors for f in a.aliases), ((f, a) for a in lex.actors for f in a.cased))
    ambiguous = {_strip_the(surface_tokens(x.alias)): tuple(lex.actor(i) for i in x.actors) for x in lex.ambiguous}
    generic = _Index.build((t, g.role) for g in lex.generic for t in g.terms)
    side_of = {a.id: a.side for a in lex.actors}
    pairs = {(side_of[a.id], s) for a in lex.actors for s in a.opposes}
    return _ActorTables(
        aliases, ambiguous, generic,
        # "the so-called Islamic State", "alleged Hamas members": distancing words and hedges before a name
        _keys((*labels().scare_quote_policy.equivalents, *labels().incident_hedges)), _keys(lex.affiliation_nouns),
        _keys(lex.affiliation_links), _keys(lex.national_force_nouns),
        {a.country: a for a in lex.actors if a.national and a.country}, frozenset(pairs | {(b, a) for a, b in pairs}),
        _Index.build(((f, a) for a in lex.actors for f in a.leaders), ()),
        _Index.build((), ((stem, (a, noun)) for a in lex.actors
                          for stem, noun in _name_stems(a, frozenset(lex.stem_nouns)))),
        frozenset(lex.stem_nouns),
    )


def _name_stems(actor: ActorEntry, nouns: frozenset[str]) -> Iterator[tuple[str, str]]:
    """The proper-name words before the fighters' noun an alias ends with, and that noun ("Rapid Support",
    "forces"): two words at least, each capitalised, and no place's or body's own name ("African Union")."""
    for alias in actor.aliases:
        words = alias.split()
        stem = " ".join(words[:-1])
        if len(words) >= 3 and words[-1].casefold() in nouns and all(w[:1].isupper() for w in words[:-1]) \
                and country_by_name(stem) is None and match_organization(stem) is None:
            yield stem, _one(words[-1])


def _one(noun: str) -> str:
    return noun.casefold().removesuffix("s")


def match_stem(name: str, noun: str) -> ActorEntry | None:
    """The actor whose name's own words ``name`` are, before another fighters' noun than its name's own
    ("Rapid Support" | "militia"; "National Defense Force" is a name of its own, not the "National Defence
    Forces"), or None."""
    t = _actor_tables()
    hit = t.stems.get(_Words.of(name)) if noun.casefold() in t.stem_nouns else None
    return hit[0] if hit is not None and hit[1] != _one(noun) else None


def match_actor(text: str) -> ActorEntry | None:
    """The armed actor ``text`` names, or None (unknown, generic or ambiguous).

    Tries, in order: an alias ("Syria's government army", "Hafter forces", "'IS'"); the same after
    a distancing prefix ("so-called Islamic State"); an alias followed by an affiliation noun
    ("HTS militants", "Houthi rebels"); an affiliation noun, link and alias ("fighters loyal to the
    GNA", "members of al-Nusra"); a demonym or country with a force noun ("Azerbaijani soldiers")
    for the country's national forces. Bare role words ("government forces") are never an actor:
    see :func:`generic_role`.
    """
    words = _Words.of(text)
    return _match(words) if words.folded else None


def _match(words: _Words) -> ActorEntry | None:
    t = _actor_tables()
    if (hit := t.aliases.get(words)) is not None:
        return hit
    if words.folded in t.ambiguous or words.folded in t.generic.folded:
        return None
    n = len(words)
    for k in range(min(n - 1, 3), 0, -1):
        if words.folded[:k] in t.distancing:
            return _match(words.cut(k))
    for k in range(min(n - 1, 2), 0, -1):
        if words.folded[n - k:] in t.affiliation_nouns and (hit := _match_alias(words.cut(0, n - k))) is not None:
            return hit
        if k == 1 and (hit := match_stem(" ".join(words.cased[:-1]), words.cased[-1])) is not None:
            return hit
        if (words.folded[n - k:] in t.affiliation_nouns or words.folded[n - k:] in t.national_nouns) \
                and (hit := _match_leader(words.cut(0, n - k))) is not None:
            return hit  # "the Burhan militias", "Hemedti's forces": the forces their commander leads
    for k in range(1, min(n - 1, 3)):
        if words.folded[:k] in t.affiliation_nouns:
            for m in range(1, min(n - k - 1, 2) + 1):
                if words.folded[k:k + m] in t.affiliation_links and (
                        hit := _match_alias(words.cut(k + m)) or _match_leader(words.cut(k + m))):
                    return hit
    for k in range(min(n - 1, 3), 0, -1):
        if words.folded[n - k:] in t.national_nouns:
            code = _country(words.cut(0, n - k)) or _capital_country(words.cut(0, n - k))
            if code is not None and code in t.national:
                return t.national[code]
    return None


def _match_alias(words: _Words) -> ActorEntry | None:
    return _actor_tables().aliases.get(words) if words.folded else None


def _match_leader(words: _Words) -> ActorEntry | None:
    return _actor_tables().leaders.get(words) if words.folded else None


def actor_candidates(text: str) -> tuple[ActorEntry, ...]:
    """Every actor ``text`` may name: several for an ambiguous form ("SNA"), one, or none."""
    words = _Words.of(text)
    t = _actor_tables()
    amb = t.ambiguous.get(words.folded)
    n = len(words)
    for k in range(1, min(n - 1, 2) + 1):  # "SNA troops": the form with an affiliation noun after it
        if amb is None and words.folded[n - k:] in t.affiliation_nouns:
            amb = t.ambiguous.get(words.cut(0, n - k).folded)
    if amb is not None:
        return amb
    hit = match_actor(text)
    return (hit,) if hit is not None else ()


def generic_role(text: str) -> str | None:
    """The role a generic reference denotes: "non_state_armed" or "state_forces", else None.

    Leading numbers and quantity words are dropped ("dozens of militants"), and the head may carry
    modifiers ("Kurdish fighters", "Syrian government forces" -> the longest known ending wins).
    A named actor is not generic, but its role is given too, so that a name ending in a role word
    ("Baloch Liberation Army") has the actor's own role, not the word's.
    """
    named = match_actor(text)
    if named is not None:
        return named.role
    t = _actor_tables()
    words = skip_quantity_words(_Words.of(text).folded)
    for k in range(len(words)):
        role = t.generic.folded.get(_strip_the(words[k:]))
        if role is not None:
            return role
    return None


def opposed(side_a: str, side_b: str) -> bool:
    """True when an actor of either side is listed as opposing the other side."""
    return (side_a, side_b) in _actor_tables().opposes


@functools.cache
def _alliances() -> frozenset[tuple[str, str]]:
    pairs = {(a.side, s) for a in actors().actors for s in a.allies}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def allied(side_a: str, side_b: str) -> bool:
    """True when the two sides are one, or an actor of either lists the other as an ally
    (Wagner and the Malian army)."""
    return side_a == side_b or (side_a, side_b) in _alliances()


# ---------------------------------------------------------------------------------------------
# organisations, ministries, countries


@dataclass(frozen=True, slots=True)
class _OrgTables:
    orgs: _Index[OrgEntry]
    ministries: _Index[str]
    institutions: _Index[tuple[str, str]]
    countries: _Index[str]
    capitals: _Index[CapitalMetonym]


@functools.cache
def _org_tables() -> _OrgTables:
    lex = organizations()
    orgs = _Index.build(
        ((f, o) for o in lex.organizations for f in (o.name, *o.acronyms, *o.expansions, *o.aliases)),
        ((f, o) for o in lex.organizations for f in o.cased),
    )
    ministries = _Index.build((n, m.kind) for m in lex.ministries for n in m.names)
    institutions = _Index.build((i.name, (i.country, i.ministry)) for i in lex.institution_metonyms)
    countries = _Index.build(
        ((f, c.code) for c in lex.countries for f in (c.name, *c.names, *c.demonyms)),
        ((f, c.code) for c in lex.countries for f in c.cased),
    )
    capitals = _Index.build((c.name, c) for c in lex.capital_metonyms)
    return _OrgTables(orgs, ministries, institutions, countries, capitals)


def match_organization(text: str) -> OrgEntry | None:
    """The organisation ``text`` names by acronym, expansion or alias, scare quotes and all.

    A leading location descriptor ("Britain-based", "the London based") is ignored.
    """
    words = _Words.of(text)
    if "based" in words.folded[:4]:
        rest = words.cut(words.folded.index("based") + 1)
        if rest.folded:
            words = rest
    return _org_tables().orgs.get(words) if words.folded else None


def description_kinds(text: str) -> tuple[str, ...]:
    """The organisation kinds a common noun for an organisation may stand for ("the aid group"
    -> ngo, humanitarian); () when the text is no such noun."""
    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    table = organizations().descriptions
    for size in (3, 2, 1):
        if len(words) >= size and (kinds := table.get(" ".join(words[:size]))) and len(words) <= size + 1:
            return kinds  # "rights group", "rights group which" (a clumsy span)
    return ()


@functools.cache
def _ministry_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ministry names of the lexicon as two patterns: those with the word "ministry" in any
    case ("health ministry", "the ministry of health"), the rest as written ("State Border Guard
    Service", "MoD"), since their words in lower case are ordinary words ("a border guard")."""
    names = sorted({n for m in organizations().ministries for n in m.names}, key=len, reverse=True)

    def alternation(ns: list[str]) -> str:
        return r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ns) + r")(?![\w-])"
    any_case = [n for n in names if "ministry" in n.lower().split()]
    as_written = [n for n in names if n not in any_case]
    return re.compile(alternation(any_case), re.IGNORECASE), re.compile(alternation(as_written))


def ministry_names_in(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a ministry of a known kind ("the Hamas-run health ministry": the span
    of "health ministry"), in text order."""
    any_case, as_written = _ministry_patterns()
    return sorted((m.start(), m.end()) for p in (any_case, as_written) for m in p.finditer(text))


def ministry_kind(text: str) -> str | None:
    """The ministry kind named in ``text`` ("defense", "prosecutor", ...), with or without a country."""
    found = _find_ministry(_Words.of(text))
    if found is not None:
        return found[0]
    inst = _org_tables().institutions.get(_Words.of(text))
    return inst[1] if inst is not None else None


def ministry_key(text: str) -> tuple[str, str] | None:
    """``(country code, ministry kind)`` for a ministry name, or None without a country in it.

    "Armenian Defense Ministry", "Armenian Ministry of Defense", "Ministry of Defence of the Republic
    of Armenia" -> ("AM", "defense"); "Azerbaijan Prosecutor's Office" -> ("AZ", "prosecutor");
    "the Pentagon" -> ("US", "defense"). Two different countries in the leftover words -> None.
    """
    words = _Words.of(text)
    inst = _org_tables().institutions.get(words)
    if inst is not None:
        return inst
    found = _find_ministry(words)
    if found is None:
        return None
    kind, start, stop = found
    rest = _Words(words.cased[:start] + words.cased[stop:], words.folded[:start] + words.folded[stop:])
    codes = set(_countries_in(rest))
    if not codes:  # "the Hamas-run health ministry": the country of the group that runs it
        codes = {a.country for name in RUN_BY.findall(text)
                 if (a := match_actor(name)) is not None and a.country}
    return (codes.pop(), kind) if len(codes) == 1 else None


RUN_BY = re.compile(r"([\w’' ]+?)-(?:run|led|controlled|administered)\b")


def state_institution(text: str) -> bool:
    """Is ``text`` a state's ministry or military body, whatever country it names or leaves
    unnamed ("the defence ministry", "the General Staff")?"""
    return _find_ministry(_Words.of(text)) is not None


def _find_ministry(words: _Words) -> tuple[str, int, int] | None:
    """The longest ministry name inside ``words``: (kind, start, stop)."""
    index = _org_tables().ministries
    for n in range(min(index.longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            kind = index.folded.get(words.folded[i:i + n])
            if kind is not None:
                return kind, i, i + n
    return None


def _countries_in(words: _Words) -> list[str]:
    """Country codes named in ``words``, scanning left to right, longest name first."""
    index = _org_tables().countries
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(index.longest, len(words) - i), 0, -1):
            code = index.get(_Words(words.cased[i:i + n], words.folded[i:i + n]))
            if code is not None:
                out.append(code)
                i += n
                break
        else:
            i += 1
    return out


def _country(words: _Words) -> str | None:
    return _org_tables().countries.get(words) if words.folded else None


def _capital_country(words: _Words) -> str | None:
    """The country a capital stands for ("the Kyiv regime"), unless the capital's name is shared."""
    cap = _org_tables().capitals.get(words) if words.folded else None
    if cap is None or cap.ambiguous_with:
        return None
    national = _actor_tables().national.get(cap.country)
    if cap.side is not None and (national is None or national.side != cap.side):
        return None  # "Kabul forces" since 2021: the city's holders are not the national army of record
    return cap.country


def national_side(code: str) -> str | None:
    """The side of a country's national armed forces ("RU" -> Russia's), when the lexicon has them."""
    actor = national_forces(code)
    return actor.side if actor is not None else None


def national_forces(code: str) -> ActorEntry | None:
    """A country's national armed forces, when the lexicon has them."""
    return _actor_tables().national.get(code)


def country_code(text: str) -> str | None:
    """ISO code for a country name, alternative name or demonym ("Azeri" -> "AZ", "U.S." -> "US")."""
    return _country(_Words.of(text))


@functools.cache
def _country_names() -> _Index[str]:
    return _Index.build((f, c.code) for c in organizations().countries for f in (c.name, *c.names))


def country_by_name(text: str) -> str | None:
    """ISO code when ``text`` is a country's name ("Mali", "the United States"), not a demonym."""
    words = _Words.of(text)
    return _country_names().get(words) if words.folded else None


@functools.lru_cache(maxsize=16384)  # align asks again for each claim a rejection is weighed against
def countries_named(text: str) -> frozenset[str]:
    """Every country ``text`` names by name, demonym or capital-as-government ("the Russian
    missile" -> {"RU"}, "Moscow denied" -> {"RU"})."""
    words = _Words.of(text)
    codes = set(_countries_in(words))
    capitals = _org_tables().capitals
    for i in range(len(words)):
        for n in (1, 2):
            cap = capitals.get(words.cut(i, i + n)) if i + n <= len(words) else None
            if cap is not None and not cap.ambiguous_with:
                codes.add(cap.country)
    return frozenset(codes)


def capital_metonym(text: str) -> CapitalMetonym | None:
    """The capital-as-government entry for ``text`` ("Baku", "Tripoli"), or None. Check ``ambiguous_with``."""
    words = _Words.of(text)
    return _org_tables().capitals.get(words) if words.folded else None
