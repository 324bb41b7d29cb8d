"""Validating the lexicons of names: actors.json (armed forces and groups, their sides, generic role
words) and organizations.json (organisations, ministries, countries, metonyms). Each form a name
takes belongs to one entry, and country codes are ISO 3166-1 alpha-2. One module of the validator,
split by lexicon file so none is over the project's 500-line rule; :mod:`.validate` picks the parser.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from .json_reader import Obj, fail, parse_meta, unique
from .shapes import (
    ROLES,
    ActorEntry,
    ActorLexicon,
    AmbiguousAlias,
    CapitalMetonym,
    Country,
    GenericRef,
    InstitutionMetonym,
    MinistryKind,
    OrganizationLexicon,
    OrgEntry,
    Side,
)


def parse_actors(file: str, raw: Any) -> ActorLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("sides", "actors", "generic", "ambiguous_aliases", "national_force_nouns",
                                         "affiliation_nouns", "affiliation_links", "unit_nouns",
                                         "anonymous_terms", "body_nouns", "stem_nouns"))
    sides_obj = top.raw("sides")
    if not isinstance(sides_obj, dict):
        fail(file, "sides", "expected an object")
    sides = tuple(Side(k, s.text("conflict"), s.text("name"))
                  for k, v in sides_obj.items() for s in [Obj(file, f"sides.{k}", v, ("conflict", "name"))])
    side_keys = {s.key for s in sides}
    owners: dict[tuple[str, ...], str] = {}
    leader_owners: dict[tuple[str, ...], str] = {}
    entries: list[ActorEntry] = []
    national: dict[str, str] = {}
    fields = ("id", "name", "side", "country", "role", "aliases", "cased", "opposes", "allies", "national", "note",
              "leaders")
    for where, v in top.items("actors"):
        o = Obj(file, where, v, fields)
        a = ActorEntry(
            id=o.text("id"), name=o.text("name"), side=o.text("side", choices=side_keys),
            country=_country_code(o, "country"), role=o.text("role", choices=ROLES),
            aliases=tuple(dict.fromkeys((o.text("name"), *o.strs("aliases")))), cased=o.strs("cased", required=False),
            opposes=o.strs("opposes", required=False), allies=o.strs("allies", required=False),
            national=o.flag("national"), note=o.text("note", None), leaders=o.strs("leaders", required=False),
        )
        if any(e.id == a.id for e in entries):
            fail(file, o.at("id"), f"duplicate actor id {a.id!r}")
        for key in ("opposes", "allies"):
            for s in getattr(a, key):
                if s not in side_keys:
                    fail(file, o.at(key), f"unknown side {s!r}")
        if a.national and (a.country is None or national.setdefault(a.country, a.id) != a.id):
            fail(file, o.at("national"), f"a national actor needs a country of its own ({a.country!r})")
        for form in a.aliases:
            unique(file, o.at("aliases"), owners, form, a.id)
        for form in a.leaders:
            unique(file, o.at("leaders"), leader_owners, form, a.id)
        entries.append(a)
    ids = {a.id for a in entries}
    ambiguous = []
    for where, v in top.items("ambiguous_aliases"):
        o = Obj(file, where, v, ("alias", "actors", "note"))
        amb = AmbiguousAlias(o.text("alias"), o.strs("actors"), o.text("note", None))
        if unknown := [x for x in amb.actors if x not in ids]:
            fail(file, o.at("actors"), f"unknown actor {unknown[0]!r}")
        unique(file, where, owners, amb.alias, "(ambiguous)")
        ambiguous.append(amb)
    generic = []
    for where, v in top.items("generic"):
        o = Obj(file, where, v, ("role", "terms"))
        g = GenericRef(o.text("role", choices=ROLES), o.strs("terms"))
        for term in g.terms:
            unique(file, o.at("terms"), owners, term, f"(generic {g.role})")
        generic.append(g)
    return ActorLexicon(meta, sides, tuple(entries), tuple(generic), tuple(ambiguous),
                        top.strs("national_force_nouns"), top.strs("affiliation_nouns"), top.strs("affiliation_links"),
                        tuple(w.lower() for w in top.strs("unit_nouns", required=False)),
                        tuple(w.lower() for w in top.strs("anonymous_terms", required=False)),
                        tuple(w.lower() for w in top.strs("body_nouns", required=False)),
                        tuple(w.lower() for w in top.strs("stem_nouns", required=False)))


_CODE = re.compile(r"[A-Z]{2}")


def _country_code(o: Obj, key: str) -> str | None:
    code: str | None = o.text(key, None)
    if code is not None and not _CODE.fullmatch(code):
        fail(o.file, o.at(key), f"expected an ISO 3166-1 alpha-2 code, got {code!r}")
    return code


def parse_organizations(file: str, raw: Any) -> OrganizationLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("organizations", "ministries", "institution_metonyms", "countries",
                                         "capital_metonyms", "descriptions"))
    owners: dict[tuple[str, ...], str] = {}
    orgs: list[OrgEntry] = []
    fields = ("id", "name", "kind", "acronyms", "cased", "expansions", "aliases", "country", "state_media", "side",
              "note")
    for where, v in top.items("organizations"):
        o = Obj(file, where, v, fields)
        org = OrgEntry(o.text("id"), o.text("name"), o.text("kind"), o.strs("acronyms", required=False),
                       o.strs("cased", required=False), o.strs("expansions", required=False),
                       o.strs("aliases", required=False), _country_code(o, "country"), o.flag("state_media"),
                       o.text("side", None), o.text("note", None))
        if any(x.id == org.id for x in orgs):
            fail(file, o.at("id"), f"duplicate organisation id {org.id!r}")
        for form in {org.name, *org.acronyms, *org.expansions, *org.aliases}:
            unique(file, where, owners, form, org.id)
        orgs.append(org)
    ministries: list[MinistryKind] = []
    names: dict[tuple[str, ...], str] = {}
    for where, v in top.items("ministries"):
        o = Obj(file, where, v, ("kind", "names"))
        mk = MinistryKind(o.text("kind"), o.strs("names"))
        for form in mk.names:
            unique(file, o.at("names"), names, form, mk.kind)
        ministries.append(mk)
    kinds = {m.kind for m in ministries}
    countries: list[Country] = []
    cnames: dict[tuple[str, ...], str] = {}
    for where, v in top.items("countries"):
        o = Obj(file, where, v, ("code", "name", "names", "demonyms", "cased", "note"))
        c = Country(_country_code(o, "code") or "", o.text("name"), o.strs("names", required=False),
                    o.strs("demonyms", required=False), o.strs("cased", required=False), o.text("note", None))
        if any(x.code == c.code for x in countries):
            fail(file, o.at("code"), f"duplicate country {c.code!r}")
        for form in (c.name, *c.names, *c.demonyms):
            unique(file, where, cnames, form, c.code)
        countries.append(c)
    codes = {c.code for c in countries}

    def known(o: Obj, key: str) -> str:
        code = _country_code(o, key)
        if code not in codes:
            fail(file, o.at(key), f"country {code!r} is not in `countries`")
        return code

    institutions = []
    for where, v in top.items("institution_metonyms"):
        o = Obj(file, where, v, ("name", "country", "ministry"))
        institutions.append(InstitutionMetonym(o.text("name"), known(o, "country"), o.text("ministry", choices=kinds)))
    capitals = []
    for where, v in top.items("capital_metonyms"):
        o = Obj(file, where, v, ("name", "country", "side", "ambiguous_with", "note"))
        capitals.append(CapitalMetonym(o.text("name"), known(o, "country"), o.text("side", None),
                                       o.strs("ambiguous_with", required=False), o.text("note", None)))
    org_kinds = {o.kind for o in orgs}
    descriptions: dict[str, tuple[str, ...]] = {}
    for where, v in top.items("descriptions"):
        o = Obj(file, where, v, ("noun", "kinds", "note"))
        noun, kinds_ = o.text("noun").lower(), o.strs("kinds")
        if bad := [k for k in kinds_ if k not in org_kinds]:
            fail(file, o.at("kinds"), f"unknown organisation kind {bad[0]!r}")
        descriptions[noun] = kinds_
    return OrganizationLexicon(meta, tuple(orgs), tuple(ministries), tuple(institutions), tuple(countries),
                               tuple(capitals), MappingProxyType(descriptions))
