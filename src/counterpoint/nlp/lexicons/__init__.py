"""Typed, cached loaders for the knowledge files in this package (knowledge lives in data).

Each ``*.json`` file here carries a ``_meta`` block (``version``, ``description``, ``provenance``,
``notes``) that documents its shape; the dataclasses below are that shape in code. Every loader
validates on first use and raises :class:`~counterpoint.errors.ConfigError` naming the file and
the key of a bad entry; results are cached per process.

- :func:`actors` armed forces/groups, their sides, generic role words (``actors.json``)
- :func:`organizations` organisations, ministry kinds, countries, metonyms (``organizations.json``)
- :func:`labels` loaded labels, euphemisms, scare-quote policy (``labels.json``)
- :func:`categories` counted-thing taxonomy; :func:`category_of`, :func:`ancestors`,
  :func:`common_ancestor` (``categories.json``)
- :func:`events` event types, failure cues, quantity roles (``events.json``)
- :func:`cues` reporting verbs, source phrases, hedges, dispute frames, revision cues (``cues.json``)

Lookups of names (actors, organisations, ministries) live in :mod:`counterpoint.resolve.actors`.
All matching folds text with :func:`surface_tokens`.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from ...errors import ConfigError
from ...records import STANCES

__all__ = [
    "FILES",
    "ROLES",
    "ActorEntry",
    "ActorLexicon",
    "AmbiguousAlias",
    "CapitalMetonym",
    "Category",
    "CategoryLexicon",
    "Combination",
    "Country",
    "Cue",
    "CueLexicon",
    "Euphemism",
    "EventLexicon",
    "EventType",
    "FailureCue",
    "GenericRef",
    "InstitutionMetonym",
    "LabelEntry",
    "LabelLexicon",
    "Meta",
    "MinistryKind",
    "OrgEntry",
    "OrganizationLexicon",
    "QuantityRole",
    "RoleOverride",
    "ScareQuotePolicy",
    "Side",
    "actors",
    "ancestors",
    "categories",
    "category_of",
    "common_ancestor",
    "cues",
    "events",
    "is_a",
    "labels",
    "lexicon_versions",
    "lineage",
    "organizations",
    "parse",
    "surface_tokens",
]

FILES = ("actors.json", "organizations.json", "labels.json", "categories.json", "events.json", "cues.json")
ROLES = ("state_forces", "non_state_armed")  # what an actor or a generic reference is, for linking
CONNOTATIONS = ("delegitimising", "legitimising", "neutral")
REFERENTS = ("non_state_armed", "state_forces", "government", "person", "territory", "event", "facility", "action")
FAILURE_EFFECTS = ("failed", "attempt", "negated")
REVISION_KINDS = ("update", "provisional")

# ---------------------------------------------------------------------------------------------
# folding shared by every lookup

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u02be": "'", "\u02bf": "'", "`": "'",
    "\u00b4": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b", re.IGNORECASE)
_DROPPED = re.compile(r"['.]")  # apostrophes inside names (Hay'at) and dots in acronyms (U.N.)
_SEPARATORS = re.compile(r"[\W_]+")


def surface_tokens(text: str, *, keep_case: bool = False) -> tuple[str, ...]:
    """Words of ``text`` folded for lexicon lookup.

    Curly quotes and transliteration marks become ``'``; diacritics go (Médecins -> Medecins);
    a possessive ``'s`` goes (Hamas's -> Hamas); other apostrophes and dots go (Hay'at -> Hayat,
    U.S. -> US); ``&`` reads "and"; hyphens, slashes, quotes and other punctuation split words.
    Casefolded unless ``keep_case``.
    """
    s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _DROPPED.sub("", _POSSESSIVE.sub("", s)).replace("&", " and ")
    if not keep_case:
        s = s.casefold()
    return tuple(t for t in _SEPARATORS.split(s) if t)


# ---------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class Meta:
    file: str
    version: str
    description: str
    provenance: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Side:
    key: str  # conflict-scoped, "sy_gov"
    conflict: str
    name: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    side: str
    country: str | None  # ISO 3166-1 alpha-2
    role: str  # one of ROLES
    aliases: tuple[str, ...]  # case-insensitive surface forms (name included)
    cased: tuple[str, ...] = ()  # forms matched only with this capitalisation ("IS")
    opposes: tuple[str, ...] = ()  # side keys
    allies: tuple[str, ...] = ()  # side keys
    national: bool = False  # what "<demonym> army/forces" means for its country
    note: str | None = None


@dataclass(frozen=True, slots=True)
class AmbiguousAlias:
    alias: str
    actors: tuple[str, ...]  # actor ids
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GenericRef:
    role: str  # one of ROLES
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    meta: Meta
    sides: tuple[Side, ...]
    actors: tuple[ActorEntry, ...]
    generic: tuple[GenericRef, ...]
    ambiguous: tuple[AmbiguousAlias, ...]
    national_force_nouns: tuple[str, ...]  # "army", "troops": "<demonym> army" -> the national actor
    affiliation_nouns: tuple[str, ...]  # "militants": "HTS militants" -> HTS
    affiliation_links: tuple[str, ...]  # "of", "loyal to": "fighters loyal to X" -> X

    def actor(self, actor_id: str) -> ActorEntry:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def side(self, key: str) -> Side:
        for s in self.sides:
            if s.key == key:
                return s
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class OrgEntry:
    id: str
    name: str
    kind: str  # intergovernmental | un_agency | un_mission | humanitarian | ngo | monitor | news_agency | ...
    acronyms: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()  # acronyms that are also words ("WHO", "AP")
    expansions: tuple[str, ...] = ()  # spelled-out acronym, all spellings
    aliases: tuple[str, ...] = ()
    country: str | None = None
    state_media: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class MinistryKind:
    kind: str  # "defense", "foreign", "prosecutor", ...
    names: tuple[str, ...]  # "Ministry of Defence", "Defense Ministry", "MoD", ...


@dataclass(frozen=True, slots=True)
class InstitutionMetonym:
    name: str  # "Pentagon"
    country: str
    ministry: str  # a MinistryKind.kind


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...] = ()  # other names ("Russian Federation", "Gaza")
    demonyms: tuple[str, ...] = ()  # adjectives ("Azerbaijani", "Azeri")
    cased: tuple[str, ...] = ()  # names matched only with this capitalisation ("US")
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CapitalMetonym:
    name: str  # "Baku"
    country: str
    side: str | None = None  # when the city belongs to one camp of a civil war
    ambiguous_with: tuple[str, ...] = ()  # other countries with a city of that name
    note: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationLexicon:
    meta: Meta
    organizations: tuple[OrgEntry, ...]
    ministries: tuple[MinistryKind, ...]
    institution_metonyms: tuple[InstitutionMetonym, ...]
    countries: tuple[Country, ...]
    capital_metonyms: tuple[CapitalMetonym, ...]


@dataclass(frozen=True, slots=True)
class LabelEntry:
    term: str  # the label as reports cite it
    forms: tuple[str, ...]  # every surface form, term first
    connotation: str  # one of CONNOTATIONS
    referent: str  # one of REFERENTS
    strength: int  # 0 neutral, 1 mild, 2 strong
    modifier: bool = False  # an adjective/prefix loading the noun it modifies
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Euphemism:
    euphemism: str
    forms: tuple[str, ...]  # euphemism first
    plain: tuple[str, ...]  # what it stands for
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ScareQuotePolicy:
    connotation: str
    strength: int
    equivalents: tuple[str, ...]  # "so-called", "self-styled": distancing without quotes
    note: str


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    meta: Meta
    labels: tuple[LabelEntry, ...]
    euphemisms: tuple[Euphemism, ...]
    scare_quote_policy: ScareQuotePolicy
    defaults: Mapping[str, str]  # "official_name" -> connotation of an actor's own name


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    parent: str | None
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Combination:
    category: str
    head: tuple[str, ...]  # one of these on the head word ...
    with_terms: tuple[str, ...]  # ... and one of these anywhere in the phrase


@dataclass(frozen=True, slots=True)
class CategoryLexicon:
    meta: Meta
    categories: tuple[Category, ...]
    spelling: Mapping[str, str]  # folded variant -> folded canonical
    combinations: tuple[Combination, ...]
    light_heads: frozenset[str]
    skip_words: frozenset[str]
    head_breaks: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventType:
    type: str
    polarity: int  # default Event.polarity: +1, 0, -1
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]
    object: str | None = None  # "place" | "person" when the object kind decides between types
    target_categories: tuple[str, ...] = ()  # categories.json keys that turn an attack into this type
    acled: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class FailureCue:
    cue: str
    words: tuple[str, ...]  # lowercase words; "#" = any number
    effect: str  # one of FAILURE_EFFECTS
    note: str | None = None


@dataclass(frozen=True, slots=True)
class QuantityRole:
    role: str  # Quantity.role
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RoleOverride:
    lemmas: tuple[str, ...]
    category: str  # applies when the counted thing rolls up to this category
    role: str


@dataclass(frozen=True, slots=True)
class EventLexicon:
    meta: Meta
    types: tuple[EventType, ...]  # priority order
    failure_cues: tuple[FailureCue, ...]
    roles: tuple[QuantityRole, ...]  # priority order
    role_overrides: tuple[RoleOverride, ...]
    category_roles: Mapping[str, str]  # category of an event-like counted thing -> role

    def type(self, name: str) -> EventType:
        for t in self.types:
            if t.type == name:
                return t
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    words: tuple[str, ...]  # lowercase words of the cue; "#" = any number
    stance: str | None = None  # one of records.STANCES
    weight: float = 1.0  # how much the cue leaves the proposition standing
    kind: str | None = None  # confirmation, accusation, update, provisional, witness, ...
    source: str | None = None  # source phrases: "before" | "after"
    relay: bool = False  # source phrases naming an outlet that relays a speaker
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    meta: Meta
    reporting_verbs: tuple[Cue, ...]
    source_phrases: tuple[Cue, ...]
    speculation: tuple[Cue, ...]
    dispute_frames: tuple[Cue, ...]
    revision: tuple[Cue, ...]
    collective_sources: tuple[Cue, ...]
    claim_nouns: tuple[Cue, ...] = ()
    title_nouns: tuple[Cue, ...] = ()
    document_nouns: tuple[Cue, ...] = ()
    accusation_cues: tuple[Cue, ...] = ()
    revision_verbs: tuple[Cue, ...] = ()
    increment_words: tuple[Cue, ...] = ()


# ---------------------------------------------------------------------------------------------
# reading and validation

_MISSING: Any = object()
T = TypeVar("T")


def _fail(file: str, where: str, message: str) -> NoReturn:
    raise ConfigError(f"lexicon {file}: {where}: {message}", f"fix {where} in src/counterpoint/nlp/lexicons/{file}")


class _Obj:
    """A JSON object being read, with its path for error messages; rejects unknown keys."""

    def __init__(self, file: str, where: str, value: Any, allowed: Iterable[str]) -> None:
        self.file, self.where = file, where
        if not isinstance(value, dict):
            _fail(file, where, f"expected an object, got {type(value).__name__}")
        allowed = set(allowed)
        for key in value:
            if key not in allowed and not key.startswith("_"):
                _fail(file, f"{where}.{key}", f"unknown key (known: {', '.join(sorted(allowed))})")
        self.value: dict[str, Any] = value

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def raw(self, key: str, default: Any = _MISSING) -> Any:
        if key not in self.value:
            if default is _MISSING:
                _fail(self.file, self.at(key), "missing")
            return default
        return self.value[key]

    def text(self, key: str, default: Any = _MISSING, choices: Iterable[str] | None = None) -> Any:
        v = self.raw(key, default)
        if v is default and default is not _MISSING:
            return v
        if not isinstance(v, str) or not v.strip():
            _fail(self.file, self.at(key), f"expected a non-empty string, got {v!r}")
        if choices is not None and v not in set(choices):
            _fail(self.file, self.at(key), f"{v!r} is not one of {', '.join(choices)}")
        return v

    def strs(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        v = self.raw(key, _MISSING if required else [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            _fail(self.file, self.at(key), "expected a list of non-empty strings")
        return tuple(dict.fromkeys(v))

    def num(self, key: str, default: Any, lo: float, hi: float) -> Any:
        v = self.raw(key, default)
        if isinstance(v, bool) or not isinstance(v, int | float) or not lo <= v <= hi:
            _fail(self.file, self.at(key), f"expected a number in [{lo}, {hi}], got {v!r}")
        return v

    def flag(self, key: str) -> bool:
        v = self.raw(key, False)
        if not isinstance(v, bool):
            _fail(self.file, self.at(key), f"expected true or false, got {v!r}")
        return v

    def items(self, key: str) -> list[tuple[str, Any]]:
        v = self.raw(key)
        if not isinstance(v, list):
            _fail(self.file, self.at(key), "expected a list")
        return [(f"{self.at(key)}[{i}]", x) for i, x in enumerate(v)]

    def obj(self, key: str, allowed: Iterable[str]) -> _Obj:
        return _Obj(self.file, self.at(key), self.raw(key), allowed)


def _read(file: str) -> Any:
    try:
        text = resources.files(__name__).joinpath(file).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"lexicon {file} cannot be read: {exc}", "reinstall counterpoint") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"lexicon {file}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            f"fix src/counterpoint/nlp/lexicons/{file}",
        ) from None


def _meta(file: str, raw: Any) -> Meta:
    if not isinstance(raw, dict):
        _fail(file, "(top level)", "expected an object")
    m = _Obj(file, "_meta", raw.get("_meta"), ("version", "description", "provenance", "notes"))
    return Meta(file, m.text("version"), m.text("description"), m.text("provenance"), m.strs("notes", required=False))


def _key(text: str) -> tuple[str, ...]:
    """Folded lookup key; a leading "the" is not part of a name."""
    toks = surface_tokens(text)
    return toks[1:] if len(toks) > 1 and toks[0] == "the" else toks


def _unique(file: str, where: str, owners: dict[tuple[str, ...], str], form: str, owner: str) -> None:
    key = _key(form)
    if not key:
        _fail(file, where, f"{form!r} has no letters or digits")
    if owners.setdefault(key, owner) != owner:
        _fail(file, where, f"{form!r} belongs to both {owners[key]!r} and {owner!r}")


def _mapping(file: str, where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        _fail(file, where, "expected an object of strings")
    return dict(value)


def _parse_actors(file: str, raw: Any) -> ActorLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("sides", "actors", "generic", "ambiguous_aliases", "national_force_nouns",
                                          "affiliation_nouns", "affiliation_links"))
    sides_obj = top.raw("sides")
    if not isinstance(sides_obj, dict):
        _fail(file, "sides", "expected an object")
    sides = tuple(Side(k, s.text("conflict"), s.text("name"))
                  for k, v in sides_obj.items() for s in [_Obj(file, f"sides.{k}", v, ("conflict", "name"))])
    side_keys = {s.key for s in sides}
    owners: dict[tuple[str, ...], str] = {}
    entries: list[ActorEntry] = []
    national: dict[str, str] = {}
    fields = ("id", "name", "side", "country", "role", "aliases", "cased", "opposes", "allies", "national", "note")
    for where, v in top.items("actors"):
        o = _Obj(file, where, v, fields)
        a = ActorEntry(
            id=o.text("id"), name=o.text("name"), side=o.text("side", choices=side_keys),
            country=_country_code(o, "country"), role=o.text("role", choices=ROLES),
            aliases=tuple(dict.fromkeys((o.text("name"), *o.strs("aliases")))), cased=o.strs("cased", required=False),
            opposes=o.strs("opposes", required=False), allies=o.strs("allies", required=False),
            national=o.flag("national"), note=o.text("note", None),
        )
        if any(e.id == a.id for e in entries):
            _fail(file, o.at("id"), f"duplicate actor id {a.id!r}")
        for key in ("opposes", "allies"):
            for s in getattr(a, key):
                if s not in side_keys:
                    _fail(file, o.at(key), f"unknown side {s!r}")
        if a.national and (a.country is None or national.setdefault(a.country, a.id) != a.id):
            _fail(file, o.at("national"), f"a national actor needs a country of its own ({a.country!r})")
        for form in a.aliases:
            _unique(file, o.at("aliases"), owners, form, a.id)
        entries.append(a)
    ids = {a.id for a in entries}
    ambiguous = []
    for where, v in top.items("ambiguous_aliases"):
        o = _Obj(file, where, v, ("alias", "actors", "note"))
        amb = AmbiguousAlias(o.text("alias"), o.strs("actors"), o.text("note", None))
        if unknown := [x for x in amb.actors if x not in ids]:
            _fail(file, o.at("actors"), f"unknown actor {unknown[0]!r}")
        _unique(file, where, owners, amb.alias, "(ambiguous)")
        ambiguous.append(amb)
    generic = []
    for where, v in top.items("generic"):
        o = _Obj(file, where, v, ("role", "terms"))
        g = GenericRef(o.text("role", choices=ROLES), o.strs("terms"))
        for term in g.terms:
            _unique(file, o.at("terms"), owners, term, f"(generic {g.role})")
        generic.append(g)
    return ActorLexicon(meta, sides, tuple(entries), tuple(generic), tuple(ambiguous),
                        top.strs("national_force_nouns"), top.strs("affiliation_nouns"), top.strs("affiliation_links"))


_CODE = re.compile(r"[A-Z]{2}")


def _country_code(o: _Obj, key: str) -> str | None:
    code: str | None = o.text(key, None)
    if code is not None and not _CODE.fullmatch(code):
        _fail(o.file, o.at(key), f"expected an ISO 3166-1 alpha-2 code, got {code!r}")
    return code


def _parse_organizations(file: str, raw: Any) -> OrganizationLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("organizations", "ministries", "institution_metonyms", "countries",
                                          "capital_metonyms"))
    owners: dict[tuple[str, ...], str] = {}
    orgs: list[OrgEntry] = []
    fields = ("id", "name", "kind", "acronyms", "cased", "expansions", "aliases", "country", "state_media", "note")
    for where, v in top.items("organizations"):
        o = _Obj(file, where, v, fields)
        org = OrgEntry(o.text("id"), o.text("name"), o.text("kind"), o.strs("acronyms", required=False),
                       o.strs("cased", required=False), o.strs("expansions", required=False),
                       o.strs("aliases", required=False), _country_code(o, "country"), o.flag("state_media"),
                       o.text("note", None))
        if any(x.id == org.id for x in orgs):
            _fail(file, o.at("id"), f"duplicate organisation id {org.id!r}")
        for form in {org.name, *org.acronyms, *org.expansions, *org.aliases}:
            _unique(file, where, owners, form, org.id)
        orgs.append(org)
    ministries: list[MinistryKind] = []
    names: dict[tuple[str, ...], str] = {}
    for where, v in top.items("ministries"):
        o = _Obj(file, where, v, ("kind", "names"))
        mk = MinistryKind(o.text("kind"), o.strs("names"))
        for form in mk.names:
            _unique(file, o.at("names"), names, form, mk.kind)
        ministries.append(mk)
    kinds = {m.kind for m in ministries}
    countries: list[Country] = []
    cnames: dict[tuple[str, ...], str] = {}
    for where, v in top.items("countries"):
        o = _Obj(file, where, v, ("code", "name", "names", "demonyms", "cased", "note"))
        c = Country(_country_code(o, "code") or "", o.text("name"), o.strs("names", required=False),
                    o.strs("demonyms", required=False), o.strs("cased", required=False), o.text("note", None))
        if any(x.code == c.code for x in countries):
            _fail(file, o.at("code"), f"duplicate country {c.code!r}")
        for form in (c.name, *c.names, *c.demonyms):
            _unique(file, where, cnames, form, c.code)
        countries.append(c)
    codes = {c.code for c in countries}

    def known(o: _Obj, key: str) -> str:
        code = _country_code(o, key)
        if code not in codes:
            _fail(file, o.at(key), f"country {code!r} is not in `countries`")
        return code

    institutions = []
    for where, v in top.items("institution_metonyms"):
        o = _Obj(file, where, v, ("name", "country", "ministry"))
        institutions.append(InstitutionMetonym(o.text("name"), known(o, "country"), o.text("ministry", choices=kinds)))
    capitals = []
    for where, v in top.items("capital_metonyms"):
        o = _Obj(file, where, v, ("name", "country", "side", "ambiguous_with", "note"))
        capitals.append(CapitalMetonym(o.text("name"), known(o, "country"), o.text("side", None),
                                       o.strs("ambiguous_with", required=False), o.text("note", None)))
    return OrganizationLexicon(meta, tuple(orgs), tuple(ministries), tuple(institutions), tuple(countries),
                               tuple(capitals))


def _parse_labels(file: str, raw: Any) -> LabelLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("connotations", "referent_types", "defaults", "labels", "euphemisms",
                                          "scare_quote_policy"))
    if top.strs("connotations") != CONNOTATIONS or set(top.strs("referent_types")) != set(REFERENTS):
        _fail(file, "connotations", f"must be {CONNOTATIONS} with referent_types {REFERENTS} (the code relies on them)")
    owners: dict[tuple[str, ...], str] = {}
    entries = []
    for where, v in top.items("labels"):
        o = _Obj(file, where, v, ("term", "forms", "connotation", "referent", "strength", "modifier", "note"))
        lab = LabelEntry(o.text("term"), tuple(dict.fromkeys((o.text("term"), *o.strs("forms", required=False)))),
                         o.text("connotation", choices=CONNOTATIONS), o.text("referent", choices=REFERENTS),
                         int(o.num("strength", _MISSING, 0, 2)), o.flag("modifier"), o.text("note", None))
        if (lab.connotation == "neutral") != (lab.strength == 0):
            _fail(file, o.at("strength"), "neutral labels have strength 0 and loaded ones 1 or 2")
        for form in lab.forms:
            _unique(file, o.at("forms"), owners, form, lab.term)
        entries.append(lab)
    euphemisms = []
    for where, v in top.items("euphemisms"):
        o = _Obj(file, where, v, ("euphemism", "forms", "plain", "note"))
        euphemisms.append(Euphemism(o.text("euphemism"),
                                    tuple(dict.fromkeys((o.text("euphemism"), *o.strs("forms", required=False)))),
                                    o.strs("plain"), o.text("note", None)))
    p = top.obj("scare_quote_policy", ("connotation", "strength", "equivalents", "note"))
    policy = ScareQuotePolicy(p.text("connotation", choices=CONNOTATIONS), int(p.num("strength", _MISSING, 0, 2)),
                              p.strs("equivalents"), p.text("note"))
    defaults = _mapping(file, "defaults", top.raw("defaults"))
    if bad := [k for k, v in defaults.items() if v not in CONNOTATIONS]:
        _fail(file, f"defaults.{bad[0]}", f"expected one of {', '.join(CONNOTATIONS)}")
    return LabelLexicon(meta, tuple(entries), tuple(euphemisms), policy, MappingProxyType(defaults))


def _parse_categories(file: str, raw: Any) -> CategoryLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("categories", "spelling", "combinations", "light_heads", "skip_words",
                                          "head_breaks"))
    cats_raw = top.raw("categories")
    if not isinstance(cats_raw, dict):
        _fail(file, "categories", "expected an object")
    cats = []
    for key, v in cats_raw.items():
        o = _Obj(file, f"categories.{key}", v, ("parent", "terms"))
        parent = o.raw("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in cats_raw):
            _fail(file, o.at("parent"), f"unknown category {parent!r}")
        cats.append(Category(key, parent, o.strs("terms")))
    parents = {c.key: c.parent for c in cats}
    for c in cats:  # acyclic
        seen, p = {c.key}, c.parent
        while p is not None:
            if p in seen:
                _fail(file, f"categories.{c.key}.parent", "the parents form a cycle")
            seen.add(p)
            p = parents[p]
    spelling = {" ".join(surface_tokens(k)): " ".join(surface_tokens(v))
                for k, v in _mapping(file, "spelling", top.raw("spelling")).items()}
    combos = []
    for where, v in top.items("combinations"):
        o = _Obj(file, where, v, ("category", "head", "with"))
        combos.append(Combination(o.text("category", choices=parents), o.strs("head"), o.strs("with")))
    lex = CategoryLexicon(meta, tuple(cats), MappingProxyType(spelling), tuple(combos),
                          frozenset(top.strs("light_heads")), frozenset(top.strs("skip_words")),
                          frozenset(top.strs("head_breaks")))
    owners: dict[tuple[str, ...], str] = {}
    for c in cats:
        for term in c.terms:
            if owners.setdefault(_cat_tokens(lex, term), c.key) != c.key:
                _fail(file, f"categories.{c.key}.terms", f"{term!r} is also a term of {owners[_cat_tokens(lex, term)]!r}")
    return lex


def _parse_events(file: str, raw: Any) -> EventLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("event_types", "failure_cues", "quantity_roles", "role_overrides",
                                          "category_roles"))
    types: list[EventType] = []
    for where, v in top.items("event_types"):
        o = _Obj(file, where, v, ("type", "polarity", "lemmas", "phrases", "object", "target_categories", "acled", "note"))
        pol = o.raw("polarity")
        if pol not in (-1, 0, 1) or isinstance(pol, bool):
            _fail(file, o.at("polarity"), f"expected -1, 0 or 1, got {pol!r}")
        et = EventType(o.text("type"), pol, _lower(o, "lemmas"), _lower(o, "phrases"),
                       o.text("object", None, choices=("place", "person")), o.strs("target_categories", required=False),
                       o.text("acled", None), o.text("note", None))
        if not et.lemmas and not et.phrases:
            _fail(file, where, "an event type needs lemmas or phrases")
        if any(t.type == et.type for t in types):
            _fail(file, o.at("type"), f"duplicate event type {et.type!r}")
        types.append(et)
    failure = []
    for where, v in top.items("failure_cues"):
        o = _Obj(file, where, v, ("cue", "effect", "note"))
        failure.append(FailureCue(o.text("cue"), _words(o.text("cue")), o.text("effect", choices=FAILURE_EFFECTS),
                                  o.text("note", None)))
    roles: list[QuantityRole] = []
    for where, v in top.items("quantity_roles"):
        o = _Obj(file, where, v, ("role", "lemmas", "phrases", "note"))
        qr = QuantityRole(o.text("role"), _lower(o, "lemmas"), _lower(o, "phrases"), o.text("note", None))
        if any(r.role == qr.role for r in roles):
            _fail(file, o.at("role"), f"duplicate role {qr.role!r}")
        roles.append(qr)
    names = [r.role for r in roles]
    overrides = []
    for where, v in top.items("role_overrides"):
        o = _Obj(file, where, v, ("lemmas", "category", "role"))
        overrides.append(RoleOverride(_lower(o, "lemmas"), o.text("category"), o.text("role", choices=names)))
    category_roles = _mapping(file, "category_roles", top.raw("category_roles"))
    if bad := [k for k, v in category_roles.items() if v not in names]:
        _fail(file, f"category_roles.{bad[0]}", "unknown role")
    return EventLexicon(meta, tuple(types), tuple(failure), tuple(roles), tuple(overrides),
                        MappingProxyType(category_roles))


def _words(cue: str) -> tuple[str, ...]:
    return tuple(cue.lower().split())


def _lower(o: _Obj, key: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.lower() for x in o.strs(key)))


_CUE_FIELDS: dict[str, tuple[str, ...]] = {
    "reporting_verbs": ("stance", "weight", "kind", "note"),
    "source_phrases": ("source", "relay", "note"),
    "speculation": ("stance", "weight", "kind", "note"),
    "dispute_frames": ("stance", "weight", "kind", "note"),
    "revision": ("kind", "note"),
    "collective_sources": ("kind", "note"),
    "claim_nouns": ("note",),
    "title_nouns": ("note",),
    "document_nouns": ("note",),
    "accusation_cues": ("note",),
    "revision_verbs": ("note",),
    "increment_words": ("note",),
}


def _parse_cues(file: str, raw: Any) -> CueLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, _CUE_FIELDS)
    sections: dict[str, tuple[Cue, ...]] = {}
    for section, fields in _CUE_FIELDS.items():
        cues_: list[Cue] = []
        for where, v in top.items(section):
            o = _Obj(file, where, v, ("cue", *fields))
            need = "stance" in fields
            cue = Cue(
                cue=o.text("cue"), words=_words(o.text("cue")),
                stance=o.text("stance", _MISSING if need else None, choices=STANCES) if need else None,
                weight=float(o.num("weight", 1.0, 0.0, 1.0)),
                kind=o.text("kind", _MISSING if section == "revision" else None,
                           choices=REVISION_KINDS if section == "revision" else None),
                source=o.text("source", choices=("before", "after")) if section == "source_phrases" else None,
                relay=o.flag("relay"), note=o.text("note", None),
            )
            if any(c.words == cue.words for c in cues_):
                _fail(file, o.at("cue"), f"duplicate cue {cue.cue!r} in {section}")
            cues_.append(cue)
        sections[section] = tuple(cues_)
    return CueLexicon(meta, **sections)


_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "actors.json": _parse_actors,
    "organizations.json": _parse_organizations,
    "labels.json": _parse_labels,
    "categories.json": _parse_categories,
    "events.json": _parse_events,
    "cues.json": _parse_cues,
}


def parse(file: str, raw: Any) -> Any:
    """Validate already-decoded JSON ``raw`` as the lexicon ``file`` (one of FILES) and build it.

    The cached loaders below call this on the packaged files; tests call it on bad data.
    """
    if file not in _PARSERS:
        raise ConfigError(f"unknown lexicon {file!r}", f"one of {', '.join(FILES)}")
    return _PARSERS[file](file, raw)


@functools.cache
def actors() -> ActorLexicon:
    lex: ActorLexicon = parse("actors.json", _read("actors.json"))
    return lex


@functools.cache
def organizations() -> OrganizationLexicon:
    lex: OrganizationLexicon = parse("organizations.json", _read("organizations.json"))
    return lex


@functools.cache
def labels() -> LabelLexicon:
    lex: LabelLexicon = parse("labels.json", _read("labels.json"))
    return lex


@functools.cache
def categories() -> CategoryLexicon:
    lex: CategoryLexicon = parse("categories.json", _read("categories.json"))
    return lex


@functools.cache
def events() -> EventLexicon:
    lex: EventLexicon = parse("events.json", _read("events.json"))
    return lex


@functools.cache
def cues() -> CueLexicon:
    lex: CueLexicon = parse("cues.json", _read("cues.json"))
    return lex


def lexicon_versions() -> dict[str, str]:
    """``{file: _meta.version}`` for every lexicon, e.g. to record in a report or run."""
    loaders: tuple[Callable[[], Any], ...] = (actors, organizations, labels, categories, events, cues)
    return {fn().meta.file: fn().meta.version for fn in loaders}


# ---------------------------------------------------------------------------------------------
# counted-thing taxonomy

_Trie = dict[str, Any]  # word -> _Trie; the key "" holds the value of a term ending there
_VALUE = ""


def _cat_tokens(lex: CategoryLexicon, text: str) -> tuple[str, ...]:
    """Folded words with the spelling rewrites applied (armored -> armoured, machinegun -> machine gun)."""
    words = list(surface_tokens(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (2, 1):  # spelling keys have one or two words
            key = " ".join(words[i:i + n])
            if len(words) - i >= n and key in lex.spelling:
                out.extend(lex.spelling[key].split())
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _forms(word: str) -> tuple[str, ...]:
    """A phrase word and the singulars it may stand for (terms are listed in the singular)."""
    forms = [word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
        elif word.endswith("es"):
            forms.append(word[:-2])
    return tuple(forms)


def _trie(lex: CategoryLexicon, entries: Iterable[tuple[str, T]]) -> _Trie:
    root: _Trie = {}
    for term, value in entries:
        node = root
        for w in _cat_tokens(lex, term):
            node = node.setdefault(w, {})
        node.setdefault(_VALUE, value)
    return root


def _spans(words: tuple[str, ...], trie: _Trie) -> list[tuple[int, int, Any]]:
    """Every (start, stop, value) where a term of ``trie`` matches ``words`` (plural-tolerant)."""
    found: list[tuple[int, int, Any]] = []

    def walk(node: _Trie, start: int, j: int) -> None:
        if _VALUE in node and j > start:
            found.append((start, j, node[_VALUE]))
        if j < len(words):
            for form in _forms(words[j]):
                if form in node:
                    walk(node[form], start, j + 1)

    for start in range(len(words)):
        walk(trie, start, start)
    return found


@dataclass(frozen=True, slots=True)
class _Tables:
    terms: _Trie
    combos: tuple[tuple[str, _Trie, _Trie], ...]
    parents: Mapping[str, str | None]


@functools.cache
def _tables() -> _Tables:
    lex = categories()
    terms = _trie(lex, ((t, c.key) for c in lex.categories for t in c.terms))
    combos = tuple((c.category, _trie(lex, ((h, True) for h in c.head)), _trie(lex, ((w, True) for w in c.with_terms)))
                   for c in lex.combinations)
    return _Tables(terms, combos, MappingProxyType({c.key: c.parent for c in lex.categories}))


@functools.lru_cache(maxsize=4096)
def category_of(noun_phrase: str) -> str | None:
    """The taxonomy key of what ``noun_phrase`` counts, or None when no term sits on its head word.

    "at least 7 T-72 tanks" -> "tank"; "pickup trucks with heavy machineguns" -> "technical";
    "dozens of civilians" -> "civilians"; "local sources" -> None.
    """
    lex, tables = categories(), _tables()
    words = _cat_tokens(lex, noun_phrase)
    i = 0
    while i < len(words):  # "at least 7", "dozens of", "the rest of the"
        if words[i] in lex.skip_words or words[i].isdigit():
            i += 1
        elif words[i] in lex.light_heads and i + 1 < len(words) and words[i + 1] == "of":
            i += 2
        else:
            break
    words = words[i:]
    if not words:
        return None
    head = next((j for j in range(1, len(words)) if words[j] in lex.head_breaks), len(words)) - 1
    for category, heads, withs in tables.combos:
        if any(a <= head < b for a, b, _ in _spans(words, heads)) and _spans(words, withs):
            return category
    covering = [(b - a, -a, cat) for a, b, cat in _spans(words, tables.terms) if a <= head < b]
    return str(max(covering)[2]) if covering else None


def ancestors(category: str) -> tuple[str, ...]:
    """The categories ``category`` rolls up to, nearest first ("tank" -> armoured_vehicle, ...).

    Raises KeyError for a key that is not in categories.json.
    """
    parents = _tables().parents
    out: list[str] = []
    p = parents[category]
    while p is not None:
        out.append(p)
        p = parents[p]
    return tuple(out)


def lineage(category: str) -> tuple[str, ...]:
    """``category`` followed by its ancestors."""
    return (category, *ancestors(category))


def is_a(category: str, other: str) -> bool:
    """True when ``category`` is ``other`` or rolls up to it."""
    return other in lineage(category)


def common_ancestor(a: str, b: str) -> str | None:
    """The nearest category both roll up to (itself included), or None when they share no root.

    common_ancestor("tank", "apc") == "armoured_vehicle"; common_ancestor("tank", "armoured_vehicle")
    == "armoured_vehicle"; common_ancestor("tank", "civilians") is None.
    """
    others = set(lineage(b))
    return next((c for c in lineage(a) if c in others), None)
