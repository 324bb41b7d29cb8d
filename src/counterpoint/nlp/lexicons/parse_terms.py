"""Validating the lexicons of terms for things: labels.json (loaded labels, euphemisms, the scare-quote
policy, place names with marked forms), categories.json (the counted-thing taxonomy, acyclic, each
term in one category) and weapons.json (weapon models by slot). One module of the validator, split
by lexicon file so none is over the project's 500-line rule; :mod:`.validate` picks the parser.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from .folding import category_tokens, surface_tokens
from .json_reader import MISSING, Obj, fail, mapping, parse_meta, unique
from .shapes import (
    CONNOTATIONS,
    FRAMES,
    INCIDENT_REFERENTS,
    REFERENTS,
    ROLES,
    TARGET_KINDS,
    WEAPON_SLOTS,
    Category,
    CategoryLexicon,
    Combination,
    Euphemism,
    LabelEntry,
    LabelLexicon,
    Place,
    PlaceName,
    ScareQuotePolicy,
    Weapon,
    WeaponLexicon,
    WeaponSlot,
)


def parse_labels(file: str, raw: Any) -> LabelLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("connotations", "referent_types", "defaults", "labels", "euphemisms",
                                         "scare_quote_policy", "incident_hedges",
                                         "not_incident_modifiers", "campaign_terms", "place_names",
                                         "own_account_modifiers"))
    if top.strs("connotations") != CONNOTATIONS or set(top.strs("referent_types")) != set(REFERENTS):
        fail(file, "connotations", f"must be {CONNOTATIONS} with referent_types {REFERENTS} (the code relies on them)")
    owners: dict[tuple[str, ...], str] = {}
    entries = []
    for where, v in top.items("labels"):
        o = Obj(file, where, v, ("term", "forms", "connotation", "referent", "strength", "modifier", "note",
                                 "frame", "auxiliary", "foreign", "domestic"))
        lab = LabelEntry(o.text("term"), tuple(dict.fromkeys((o.text("term"), *o.strs("forms", required=False)))),
                         o.text("connotation", choices=CONNOTATIONS), o.text("referent", choices=REFERENTS),
                         int(o.num("strength", MISSING, 0, 2)), o.flag("modifier"), o.text("note", None),
                         o.text("frame", None, choices=FRAMES), o.flag("auxiliary"), o.flag("foreign"),
                         o.flag("domestic"))
        if (lab.frame is None) == (lab.referent in INCIDENT_REFERENTS):
            fail(file, o.at("frame"), "event and action labels have a frame, and no other label has one")
        if lab.foreign and lab.domestic:
            fail(file, o.at("domestic"), "a label names forces of another country or of the home country, not both")
        if (lab.connotation == "neutral") != (lab.strength == 0):
            fail(file, o.at("strength"), "neutral labels have strength 0 and loaded ones 1 or 2")
        for form in lab.forms:
            unique(file, o.at("forms"), owners, form, lab.term)
        entries.append(lab)
    euphemisms = []
    for where, v in top.items("euphemisms"):
        o = Obj(file, where, v, ("euphemism", "forms", "plain", "note", "compare"))
        euphemisms.append(Euphemism(o.text("euphemism"),
                                    tuple(dict.fromkeys((o.text("euphemism"), *o.strs("forms", required=False)))),
                                    o.strs("plain"), o.text("note", None), o.flag("compare")))
    p = top.obj("scare_quote_policy", ("connotation", "strength", "equivalents", "note"))
    policy = ScareQuotePolicy(p.text("connotation", choices=CONNOTATIONS), int(p.num("strength", MISSING, 0, 2)),
                              p.strs("equivalents"), p.text("note"))
    defaults = mapping(file, "defaults", top.raw("defaults"))
    if bad := [k for k, v in defaults.items() if v not in CONNOTATIONS]:
        fail(file, f"defaults.{bad[0]}", f"expected one of {', '.join(CONNOTATIONS)}")
    hedges = top.strs("incident_hedges", required=False)
    not_incident = top.strs("not_incident_modifiers", required=False)
    return LabelLexicon(meta, tuple(entries), tuple(euphemisms), policy, MappingProxyType(defaults),
                        tuple(hedges), tuple(not_incident),
                        tuple(w.lower() for w in top.strs("campaign_terms", required=False)),
                        _place_names(file, top),
                        tuple(w.lower() for w in top.strs("own_account_modifiers", required=False)))


def _place_names(file: str, top: Obj) -> tuple[Place, ...]:
    owners: dict[tuple[str, ...], str] = {}
    places = []
    for where, v in top.items("place_names") if "place_names" in top.value else ():
        o = Obj(file, where, v, ("place", "names", "note"))
        names = []
        for w, n in o.items("names"):
            no = Obj(file, w, n, ("name", "forms", "usage", "marked"))
            name = PlaceName(no.text("name"), tuple(dict.fromkeys((no.text("name"), *no.strs("forms", required=False)))),
                             no.text("usage"), no.flag("marked"))
            for form in name.forms:
                unique(file, no.at("forms"), owners, form, name.name)
            names.append(name)
        if not any(n.marked for n in names) or all(n.marked for n in names):
            fail(file, o.at("names"), "a place has marked names and at least one unmarked name to set them against")
        places.append(Place(o.text("place"), tuple(names)))
    return tuple(places)


def parse_categories(file: str, raw: Any) -> CategoryLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("categories", "spelling", "combinations", "light_heads", "skip_words",
                                         "head_breaks", "generic_heads", "whole_heads", "target_kinds",
                                         "memberships", "presence_kinds", "actor_members"))
    cats_raw = top.raw("categories")
    if not isinstance(cats_raw, dict):
        fail(file, "categories", "expected an object")
    cats = []
    for key, v in cats_raw.items():
        o = Obj(file, f"categories.{key}", v, ("parent", "terms", "note"))
        parent = o.raw("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in cats_raw):
            fail(file, o.at("parent"), f"unknown category {parent!r}")
        cats.append(Category(key, parent, o.strs("terms")))
    parents = {c.key: c.parent for c in cats}
    for c in cats:  # acyclic
        seen, p = {c.key}, c.parent
        while p is not None:
            if p in seen:
                fail(file, f"categories.{c.key}.parent", "the parents form a cycle")
            seen.add(p)
            p = parents[p]
    spelling = {" ".join(surface_tokens(k)): " ".join(surface_tokens(v))
                for k, v in mapping(file, "spelling", top.raw("spelling")).items()}
    combos = []
    for where, v in top.items("combinations"):
        o = Obj(file, where, v, ("category", "head", "with"))
        combos.append(Combination(o.text("category", choices=parents), o.strs("head"), o.strs("with")))
    memberships = []
    for where, v in (top.items("memberships") if top.raw("memberships") is not None else ()):
        o = Obj(file, where, v, ("category", "members", "groups"))
        memberships.append(Combination(o.text("category", choices=parents), o.strs("members"), o.strs("groups")))
    kinds: dict[str, str] = {}
    raw_kinds = top.raw("target_kinds") or {}
    if not isinstance(raw_kinds, dict):
        fail(file, "target_kinds", "expected an object")
    for kind, keys in raw_kinds.items():
        if kind not in TARGET_KINDS or not isinstance(keys, list):
            fail(file, f"target_kinds.{kind}", f"expected one of {TARGET_KINDS} with a list of categories")
        for key in keys:
            if key not in parents or kinds.setdefault(key, kind) != kind:
                fail(file, f"target_kinds.{kind}", f"unknown or repeated category {key!r}")
    presence: dict[str, tuple[str, ...]] = {}
    for kind, keys in (top.raw("presence_kinds") or {}).items():
        if not isinstance(keys, list) or not keys or any(k not in parents for k in keys):
            fail(file, f"presence_kinds.{kind}", "expected a list of known categories")
        presence[kind] = tuple(keys)
    actor_members = mapping(file, "actor_members", top.raw("actor_members") or {})
    for role, key in actor_members.items():
        if key not in parents or role not in ROLES:
            fail(file, f"actor_members.{role}", f"expected an actor role of {ROLES} and a known category")
    lex = CategoryLexicon(meta, tuple(cats), MappingProxyType(spelling), tuple(combos),
                          frozenset(top.strs("light_heads")), frozenset(top.strs("skip_words")),
                          frozenset(top.strs("head_breaks")),
                          frozenset(w for t in top.strs("generic_heads", required=False) for w in surface_tokens(t)),
                          MappingProxyType(kinds),
                          frozenset(w for t in top.strs("whole_heads", required=False) for w in surface_tokens(t)),
                          tuple(memberships), MappingProxyType(presence), MappingProxyType(actor_members))
    owners: dict[tuple[str, ...], str] = {}
    for c in cats:
        for term in c.terms:
            if owners.setdefault(category_tokens(lex, term), c.key) != c.key:
                fail(file, f"categories.{c.key}.terms", f"{term!r} is also a term of {owners[category_tokens(lex, term)]!r}")
    return lex


def parse_weapons(file: str, raw: Any) -> WeaponLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("weapons", "slots", "use_verbs", "kinds", "kind_not_after",
                                                   "kind_implied_by", "kind_terms_excluded", "rival_kinds",
                                                   "kind_not_before"))
    slots_obj = top.raw("slots")
    if not isinstance(slots_obj, dict) or set(slots_obj) != set(WEAPON_SLOTS):
        fail(file, "slots", f"expected an object with exactly the slots {', '.join(WEAPON_SLOTS)}")
    slots = {}
    for key, value in slots_obj.items():
        o = Obj(file, f"slots.{key}", value, ("plural", "exclusive", "mass", "kind_words", "note"))
        slots[key] = WeaponSlot(key, o.text("plural"), o.flag("exclusive"), o.flag("mass"), o.flag("kind_words"))
    weapons: list[Weapon] = []
    owners: dict[tuple[str, ...], str] = {}
    for where, v in top.items("weapons"):
        o = Obj(file, where, v, ("name", "slot", "forms", "note"))
        w = Weapon(o.text("name"), o.text("slot", choices=WEAPON_SLOTS), o.strs("forms"), o.text("note", None))
        for form in w.forms:
            unique(file, o.at("forms"), owners, form, w.name)
        weapons.append(w)
    kinds = top.strs("kinds", required=False)
    implied_obj = top.raw("kind_implied_by", {})
    if not isinstance(implied_obj, dict) or not set(implied_obj) <= set(kinds):
        fail(file, "kind_implied_by", "expected an object whose keys are listed in kinds")
    implied = {k: Obj(file, "kind_implied_by", implied_obj, implied_obj).strs(k) for k in implied_obj}
    rivals = top.raw("rival_kinds", [])
    if not isinstance(rivals, list) or not all(isinstance(g, list) and len(g) >= 2 and set(g) <= set(kinds)
                                               for g in rivals):
        fail(file, "rival_kinds", "expected a list of lists of two or more kinds listed in kinds")
    return WeaponLexicon(meta, tuple(weapons), MappingProxyType(slots), top.strs("use_verbs", required=False),
                         kinds=kinds, kind_not_after=top.strs("kind_not_after", required=False),
                         kind_implied_by=MappingProxyType(implied), rival_kinds=tuple(tuple(g) for g in rivals),
                         kind_not_before=tuple(w.lower() for w in top.strs("kind_not_before", required=False)),
                         kind_terms_excluded=tuple(t.lower() for t in top.strs("kind_terms_excluded", required=False)))
