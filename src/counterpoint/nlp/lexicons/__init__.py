"""Typed, cached loaders for the knowledge files in this package (knowledge lives in data).

Each ``*.json`` file here carries a ``_meta`` block (``version``, ``description``, ``provenance``,
``notes``) that documents its shape; the dataclasses below are that shape in code. Every loader
validates on first use and raises :class:`~counterpoint.errors.ConfigError` naming the file and
the key of a bad entry; results are cached per process.

- :func:`actors` armed forces/groups, their sides, generic role words (``actors.json``)
- :func:`organizations` organisations, ministry kinds, countries, metonyms (``organizations.json``)
- :func:`labels` loaded labels, euphemisms, scare-quote policy (``labels.json``)
- :func:`categories` counted-thing taxonomy; :func:`category_of`, :func:`categories_in`, :func:`ancestors`,
  :func:`common_ancestor` (``categories.json``)
- :func:`events` event types, failure cues, quantity roles (``events.json``)
- :func:`weapons` named weapon models and agents, by slot (``weapons.json``)
- :func:`cues` reporting verbs, source phrases, hedges, dispute frames, revision cues (``cues.json``)

Lookups of names (actors, organisations, ministries) live in :mod:`counterpoint.resolve.actors`.
All matching folds text with :func:`surface_tokens`.

Modules: :mod:`.shapes` (the dataclasses), :mod:`.validate` (reading and checking a file, with
:mod:`.json_reader` and the parsers by file, :mod:`.parse_names`, :mod:`.parse_terms`,
:mod:`.parse_cues`), :mod:`.loaders` (cached per process), :mod:`.taxonomy` (roll-ups), :mod:`.folding`.
"""

from __future__ import annotations

from .folding import surface_tokens
from .loaders import (
    actors,
    categories,
    cue_regex,
    cues,
    events,
    labels,
    lexicon_versions,
    organizations,
    weapon_key,
    weapon_named,
    weapons,
)
from .shapes import (
    CONNOTATIONS,
    FAILURE_EFFECTS,
    FILES,
    REFERENTS,
    REVISION_KINDS,
    ROLES,
    SEVERITIES,
    TARGET_KINDS,
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
    Euphemism,
    EventLexicon,
    EventType,
    FailureCue,
    GenericRef,
    InstitutionMetonym,
    LabelEntry,
    LabelLexicon,
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
)
from .taxonomy import (
    ancestors,
    categories_in,
    category_of,
    common_ancestor,
    head_word,
    is_a,
    is_generic_toll,
    lineage,
    longer_term_from,
    longer_term_to,
)
from .validate import parse

__all__ = [
    "CONNOTATIONS",
    "FAILURE_EFFECTS",
    "FILES",
    "REFERENTS",
    "REVISION_KINDS",
    "ROLES",
    "SEVERITIES",
    "TARGET_KINDS",
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
    "Weapon",
    "WeaponLexicon",
    "actors",
    "ancestors",
    "categories",
    "categories_in",
    "cue_regex",
    "category_of",
    "common_ancestor",
    "cues",
    "events",
    "head_word",
    "is_a",
    "is_generic_toll",
    "labels",
    "lexicon_versions",
    "lineage",
    "longer_term_from",
    "longer_term_to",
    "organizations",
    "parse",
    "surface_tokens",
    "weapon_key",
    "weapon_named",
    "weapons",
]

