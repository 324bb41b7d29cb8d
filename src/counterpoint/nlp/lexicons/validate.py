"""Reading and validating the lexicon files: every bad entry is a ConfigError naming file and key."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from importlib import resources
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from ...errors import ConfigError
from ...records import STANCES
from .folding import category_tokens, surface_tokens
from .shapes import (
    CONNOTATIONS,
    FAILURE_EFFECTS,
    FILES,
    FRAMES,
    INCIDENT_REFERENTS,
    REFERENTS,
    REACTION_KINDS,
    FATES,
    REVISION_KINDS,
    ROLES,
    TARGET_KINDS,
    WEAPON_SLOTS,
    ActorEntry,
    ActorLexicon,
    AmbiguousAlias,
    CapitalMetonym,
    Category,
    CategoryLexicon,
    Combination,
    Country,
    Cue,
    CueLexicon,
    DayPart,
    Euphemism,
    EventLexicon,
    EventType,
    FailureCue,
    GenericRef,
    InstitutionMetonym,
    LabelEntry,
    LabelLexicon,
    Place,
    PlaceName,
    Meta,
    MinistryKind,
    OrganizationLexicon,
    OrgEntry,
    QuantityRole,
    RoleOverride,
    ScareQuotePolicy,
    Side,
    Weapon,
    WeaponLexicon,
    WeaponSlot,
)

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


def read(file: str) -> Any:
    try:
        text = resources.files(__package__).joinpath(file).read_text(encoding="utf-8")
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
                                          "affiliation_nouns", "affiliation_links", "unit_nouns",
                                          "anonymous_terms"))
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
                        top.strs("national_force_nouns"), top.strs("affiliation_nouns"), top.strs("affiliation_links"),
                        tuple(w.lower() for w in top.strs("unit_nouns", required=False)),
                        tuple(w.lower() for w in top.strs("anonymous_terms", required=False)))


_CODE = re.compile(r"[A-Z]{2}")


def _country_code(o: _Obj, key: str) -> str | None:
    code: str | None = o.text(key, None)
    if code is not None and not _CODE.fullmatch(code):
        _fail(o.file, o.at(key), f"expected an ISO 3166-1 alpha-2 code, got {code!r}")
    return code


def _parse_organizations(file: str, raw: Any) -> OrganizationLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("organizations", "ministries", "institution_metonyms", "countries",
                                          "capital_metonyms", "descriptions"))
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
    org_kinds = {o.kind for o in orgs}
    descriptions: dict[str, tuple[str, ...]] = {}
    for where, v in top.items("descriptions"):
        o = _Obj(file, where, v, ("noun", "kinds", "note"))
        noun, kinds_ = o.text("noun").lower(), o.strs("kinds")
        if bad := [k for k in kinds_ if k not in org_kinds]:
            _fail(file, o.at("kinds"), f"unknown organisation kind {bad[0]!r}")
        descriptions[noun] = kinds_
    return OrganizationLexicon(meta, tuple(orgs), tuple(ministries), tuple(institutions), tuple(countries),
                               tuple(capitals), MappingProxyType(descriptions))


def _parse_labels(file: str, raw: Any) -> LabelLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("connotations", "referent_types", "defaults", "labels", "euphemisms",
                                          "scare_quote_policy", "incident_hedges",
                                          "not_incident_modifiers", "campaign_terms", "place_names"))
    if top.strs("connotations") != CONNOTATIONS or set(top.strs("referent_types")) != set(REFERENTS):
        _fail(file, "connotations", f"must be {CONNOTATIONS} with referent_types {REFERENTS} (the code relies on them)")
    owners: dict[tuple[str, ...], str] = {}
    entries = []
    for where, v in top.items("labels"):
        o = _Obj(file, where, v, ("term", "forms", "connotation", "referent", "strength", "modifier", "note",
                                  "frame", "auxiliary", "foreign"))
        lab = LabelEntry(o.text("term"), tuple(dict.fromkeys((o.text("term"), *o.strs("forms", required=False)))),
                         o.text("connotation", choices=CONNOTATIONS), o.text("referent", choices=REFERENTS),
                         int(o.num("strength", _MISSING, 0, 2)), o.flag("modifier"), o.text("note", None),
                         o.text("frame", None, choices=FRAMES), o.flag("auxiliary"), o.flag("foreign"))
        if (lab.frame is None) == (lab.referent in INCIDENT_REFERENTS):
            _fail(file, o.at("frame"), "event and action labels have a frame, and no other label has one")
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
    hedges = top.strs("incident_hedges", required=False)
    not_incident = top.strs("not_incident_modifiers", required=False)
    return LabelLexicon(meta, tuple(entries), tuple(euphemisms), policy, MappingProxyType(defaults),
                        tuple(hedges), tuple(not_incident),
                        tuple(w.lower() for w in top.strs("campaign_terms", required=False)),
                        _place_names(file, top))


def _place_names(file: str, top: _Obj) -> tuple[Place, ...]:
    owners: dict[tuple[str, ...], str] = {}
    places = []
    for where, v in top.items("place_names") if "place_names" in top.value else ():
        o = _Obj(file, where, v, ("place", "names", "note"))
        names = []
        for w, n in o.items("names"):
            no = _Obj(file, w, n, ("name", "forms", "usage", "marked"))
            name = PlaceName(no.text("name"), tuple(dict.fromkeys((no.text("name"), *no.strs("forms", required=False)))),
                             no.text("usage"), no.flag("marked"))
            for form in name.forms:
                _unique(file, no.at("forms"), owners, form, name.name)
            names.append(name)
        if not any(n.marked for n in names) or all(n.marked for n in names):
            _fail(file, o.at("names"), "a place has marked names and at least one unmarked name to set them against")
        places.append(Place(o.text("place"), tuple(names)))
    return tuple(places)


def _parse_categories(file: str, raw: Any) -> CategoryLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("categories", "spelling", "combinations", "light_heads", "skip_words",
                                          "head_breaks", "generic_heads", "whole_heads", "target_kinds"))
    cats_raw = top.raw("categories")
    if not isinstance(cats_raw, dict):
        _fail(file, "categories", "expected an object")
    cats = []
    for key, v in cats_raw.items():
        o = _Obj(file, f"categories.{key}", v, ("parent", "terms", "note"))
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
    kinds: dict[str, str] = {}
    raw_kinds = top.raw("target_kinds") or {}
    if not isinstance(raw_kinds, dict):
        _fail(file, "target_kinds", "expected an object")
    for kind, keys in raw_kinds.items():
        if kind not in TARGET_KINDS or not isinstance(keys, list):
            _fail(file, f"target_kinds.{kind}", f"expected one of {TARGET_KINDS} with a list of categories")
        for key in keys:
            if key not in parents or kinds.setdefault(key, kind) != kind:
                _fail(file, f"target_kinds.{kind}", f"unknown or repeated category {key!r}")
    lex = CategoryLexicon(meta, tuple(cats), MappingProxyType(spelling), tuple(combos),
                          frozenset(top.strs("light_heads")), frozenset(top.strs("skip_words")),
                          frozenset(top.strs("head_breaks")),
                          frozenset(w for t in top.strs("generic_heads", required=False) for w in surface_tokens(t)),
                          MappingProxyType(kinds),
                          frozenset(w for t in top.strs("whole_heads", required=False) for w in surface_tokens(t)))
    owners: dict[tuple[str, ...], str] = {}
    for c in cats:
        for term in c.terms:
            if owners.setdefault(category_tokens(lex, term), c.key) != c.key:
                _fail(file, f"categories.{c.key}.terms", f"{term!r} is also a term of {owners[category_tokens(lex, term)]!r}")
    return lex


def _types(file: str, top: Any, key: str, types: list) -> tuple[str, ...]:
    """A list of event type names, each one the file defines."""
    names = tuple(top.strs(key, required=False))
    known = {t.type for t in types}
    if bad := [n for n in names if n not in known]:
        _fail(file, key, f"unknown event type {bad[0]!r}")
    return names


def _parse_events(file: str, raw: Any) -> EventLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("event_types", "failure_cues", "quantity_roles", "role_overrides",
                                          "category_roles", "unharmed_lemmas", "reaction_lemmas",
                                          "prevention_lemmas", "normative_modals",
                                          "target_verbs", "day_parts", "undergoer_lemmas",
                                          "zero_harm_nouns", "delivery_types", "self_delivered_types",
                                          "exempt_zone_nouns"))
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
                        MappingProxyType(category_roles),
                        tuple(w.lower() for w in top.strs("unharmed_lemmas", required=False)),
                        tuple(w.lower() for w in top.strs("reaction_lemmas", required=False)),
                        tuple(w.lower() for w in top.strs("target_verbs", required=False)),
                        tuple(w.lower() for w in top.strs("prevention_lemmas", required=False)),
                        tuple(w.lower() for w in top.strs("normative_modals", required=False)),
                        _day_parts(file, top),
                        tuple(w.lower() for w in top.strs("undergoer_lemmas", required=False)),
                        tuple(w.lower() for w in top.strs("zero_harm_nouns", required=False)),
                        _types(file, top, "delivery_types", types),
                        _types(file, top, "self_delivered_types", types),
                        tuple(w.lower() for w in top.strs("exempt_zone_nouns", required=False)))


def _day_parts(file: str, top: _Obj) -> tuple[DayPart, ...]:
    parts = []
    for where, v in (top.items("day_parts") if "day_parts" in top.value else ()):
        o = _Obj(file, where, v, ("words", "from", "to", "before_weekday", "note"))
        parts.append(DayPart(tuple(w.lower() for w in o.strs("words")), o.num("from", None, 0, 24),
                             o.num("to", None, 0, 24), o.flag("before_weekday")))
    return tuple(parts)


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
    "background_phrases": ("note",),
    "war_nouns": ("note",),
    "subset_markers": ("note",),
    "intake_verbs": ("note",),
    "unasserted_lead_ins": ("note",),
    "other_event_lead_ins": ("kind", "note"),
    "figure_nouns": ("note",),
    "inflation_words": ("note",),
    "lawful_judgments": ("note",),
    "unlawful_judgments": ("note",),
    "act_nouns": ("note",),
    "partial_count_nouns": ("note",),
    "deliberate_words": ("note",),
    "mistake_words": ("note",),
    "rising_toll_phrases": ("note",),
    "allegation_nouns": ("note",),
    "investigation_calls": ("note",),
    "investigation_halts": ("note",),
    "provisional_none_words": ("note",),
    "no_damage_phrases": ("note",),
    "damage_words": ("note",),
    "habitual_words": ("note",),
    "plural_act_links": ("note",),
    "earlier_time_tails": ("note",),
    "reaction_phrases": ("kind", "note"),
    "reaction_negations": ("note",),
    "editor_note_openings": ("note",),
    "not_speech_objects": ("note",),
    "alias_markers": ("note",),
    "experiencer_verbs": ("note",),
    "not_lasting_acts": ("note",),
    "civilian_sparing_phrases": ("note",),
    "mutual_blame_phrases": ("note",),
    "fate_words": ("kind", "note"),
}


KINDS_OF = {"revision": REVISION_KINDS, "reaction_phrases": REACTION_KINDS, "fate_words": FATES}  # sections whose cues each need a kind


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
                kind=o.text("kind", _MISSING if section in KINDS_OF else None, choices=KINDS_OF.get(section)),
                source=o.text("source", choices=("before", "after")) if section == "source_phrases" else None,
                relay=o.flag("relay"), note=o.text("note", None),
            )
            if any(c.words == cue.words for c in cues_):
                _fail(file, o.at("cue"), f"duplicate cue {cue.cue!r} in {section}")
            cues_.append(cue)
        sections[section] = tuple(cues_)
    return CueLexicon(meta, **sections)


def _parse_weapons(file: str, raw: Any) -> WeaponLexicon:
    meta = _meta(file, raw)
    top = _Obj(file, "(top level)", raw, ("weapons", "slots", "use_verbs", "kinds", "kind_not_after",
                                                   "kind_implied_by", "kind_terms_excluded"))
    slots_obj = top.raw("slots")
    if not isinstance(slots_obj, dict) or set(slots_obj) != set(WEAPON_SLOTS):
        _fail(file, "slots", f"expected an object with exactly the slots {', '.join(WEAPON_SLOTS)}")
    slots = {}
    for key, value in slots_obj.items():
        o = _Obj(file, f"slots.{key}", value, ("plural", "exclusive", "mass", "kind_words", "note"))
        slots[key] = WeaponSlot(key, o.text("plural"), o.flag("exclusive"), o.flag("mass"), o.flag("kind_words"))
    weapons: list[Weapon] = []
    owners: dict[tuple[str, ...], str] = {}
    for where, v in top.items("weapons"):
        o = _Obj(file, where, v, ("name", "slot", "forms", "note"))
        w = Weapon(o.text("name"), o.text("slot", choices=WEAPON_SLOTS), o.strs("forms"), o.text("note", None))
        for form in w.forms:
            _unique(file, o.at("forms"), owners, form, w.name)
        weapons.append(w)
    kinds = top.strs("kinds", required=False)
    implied_obj = top.raw("kind_implied_by", {})
    if not isinstance(implied_obj, dict) or not set(implied_obj) <= set(kinds):
        _fail(file, "kind_implied_by", "expected an object whose keys are listed in kinds")
    implied = {k: _Obj(file, "kind_implied_by", implied_obj, implied_obj).strs(k) for k in implied_obj}
    return WeaponLexicon(meta, tuple(weapons), MappingProxyType(slots), top.strs("use_verbs", required=False),
                         kinds=kinds, kind_not_after=top.strs("kind_not_after", required=False),
                         kind_implied_by=MappingProxyType(implied),
                         kind_terms_excluded=tuple(t.lower() for t in top.strs("kind_terms_excluded", required=False)))


_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "actors.json": _parse_actors,
    "organizations.json": _parse_organizations,
    "labels.json": _parse_labels,
    "categories.json": _parse_categories,
    "events.json": _parse_events,
    "cues.json": _parse_cues,
    "weapons.json": _parse_weapons,
}


def parse(file: str, raw: Any) -> Any:
    """Validate already-decoded JSON ``raw`` as the lexicon ``file`` (one of FILES) and build it.

    The cached loaders in :mod:`.loaders` call this on the packaged files; tests call it on bad data.
    """
    if file not in _PARSERS:
        raise ConfigError(f"unknown lexicon {file!r}", f"one of {', '.join(FILES)}")
    return _PARSERS[file](file, raw)
