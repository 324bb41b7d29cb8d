"""Validating the lexicons of cues for reading a sentence: events.json (event types, failure cues,
quantity roles and their overrides, day parts) and cues.json (reporting verbs, source phrases,
hedges, dispute frames, revision cues and the other word lists, each section with its fields). One
module of the validator, split by lexicon file so none is over the project's 500-line rule;
:mod:`.validate` picks the parser.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ...records import STANCES
from .json_reader import MISSING, Obj, fail, mapping, parse_meta
from .shapes import (
    FAILURE_EFFECTS,
    FATES,
    SEVERITIES,
    REACTION_KINDS,
    REVISION_KINDS,
    Cue,
    CueLexicon,
    DayPart,
    EventLexicon,
    EventType,
    FailureCue,
    QuantityRole,
    RoleOverride,
)


def _types(file: str, top: Any, key: str, types: list) -> tuple[str, ...]:
    """A list of event type names, each one the file defines."""
    names = tuple(top.strs(key, required=False))
    known = {t.type for t in types}
    if bad := [n for n in names if n not in known]:
        fail(file, key, f"unknown event type {bad[0]!r}")
    return names


def parse_events(file: str, raw: Any) -> EventLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, ("event_types", "failure_cues", "quantity_roles", "role_overrides",
                                         "category_roles", "unharmed_lemmas", "reaction_lemmas",
                                         "prevention_lemmas", "normative_modals",
                                         "target_verbs", "day_parts", "undergoer_lemmas",
                                         "zero_harm_nouns", "delivery_types", "self_delivered_types",
                                         "exempt_zone_nouns", "absence_words", "absence_sites", "loss_lemmas",
                                         "group_nouns", "instrument_lemmas", "taken_from_types"))
    types: list[EventType] = []
    for where, v in top.items("event_types"):
        o = Obj(file, where, v, ("type", "polarity", "lemmas", "phrases", "object", "target_categories", "acled", "note"))
        pol = o.raw("polarity")
        if pol not in (-1, 0, 1) or isinstance(pol, bool):
            fail(file, o.at("polarity"), f"expected -1, 0 or 1, got {pol!r}")
        et = EventType(o.text("type"), pol, _lower(o, "lemmas"), _lower(o, "phrases"),
                       o.text("object", None, choices=("place", "person", "aid")), o.strs("target_categories", required=False),
                       o.text("acled", None), o.text("note", None))
        if not et.lemmas and not et.phrases:
            fail(file, where, "an event type needs lemmas or phrases")
        if any(t.type == et.type for t in types):
            fail(file, o.at("type"), f"duplicate event type {et.type!r}")
        types.append(et)
    failure = []
    for where, v in top.items("failure_cues"):
        o = Obj(file, where, v, ("cue", "effect", "note"))
        failure.append(FailureCue(o.text("cue"), _words(o.text("cue")), o.text("effect", choices=FAILURE_EFFECTS),
                                  o.text("note", None)))
    roles: list[QuantityRole] = []
    for where, v in top.items("quantity_roles"):
        o = Obj(file, where, v, ("role", "event", "within", "lemmas", "phrases", "forms", "note"))
        qr = QuantityRole(o.text("role"), _lower(o, "lemmas"), _lower(o, "phrases"), o.text("note", None),
                          o.text("event", None, choices=[t.type for t in types]), o.text("within", None),
                          tuple(dict.fromkeys(x.lower() for x in o.strs("forms", required=False))))
        if any(r.role == qr.role for r in roles):
            fail(file, o.at("role"), f"duplicate role {qr.role!r}")
        roles.append(qr)
    names = [r.role for r in roles]
    for i, r in enumerate(roles):
        if r.within is not None and (r.within not in names or r.within == r.role):
            fail(file, f"quantity_roles[{i}].within", f"{r.within!r} is not another role")
    overrides = []
    for where, v in top.items("role_overrides"):
        o = Obj(file, where, v, ("lemmas", "category", "role"))
        overrides.append(RoleOverride(_lower(o, "lemmas"), o.text("category"), o.text("role", choices=names)))
    category_roles = mapping(file, "category_roles", top.raw("category_roles"))
    if bad := [k for k, v in category_roles.items() if v not in names]:
        fail(file, f"category_roles.{bad[0]}", "unknown role")
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
                        tuple(w.lower() for w in top.strs("exempt_zone_nouns", required=False)),
                        tuple(w.lower() for w in top.strs("absence_words", required=False)),
                        tuple(w.lower() for w in top.strs("absence_sites", required=False)),
                        tuple(w.lower() for w in top.strs("loss_lemmas", required=False)),
                        tuple(w.lower() for w in top.strs("group_nouns", required=False)),
                        tuple(w.lower() for w in top.strs("instrument_lemmas", required=False)),
                        _types(file, top, "taken_from_types", types))


def _day_parts(file: str, top: Obj) -> tuple[DayPart, ...]:
    parts = []
    for where, v in (top.items("day_parts") if "day_parts" in top.value else ()):
        o = Obj(file, where, v, ("words", "from", "to", "before_weekday", "note"))
        parts.append(DayPart(tuple(w.lower() for w in o.strs("words")), o.num("from", None, 0, 24),
                             o.num("to", None, 0, 24), o.flag("before_weekday")))
    return tuple(parts)


def _words(cue: str) -> tuple[str, ...]:
    return tuple(cue.lower().split())


def _lower(o: Obj, key: str) -> tuple[str, ...]:
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
    "perfect_tally_phrases": ("note",),
    "war_nouns": ("note",),
    "since_nouns": ("note",),
    "polity_nouns": ("note",),
    "body_nouns": ("note",),
    "predicate_rejections": ("note",),
    "subset_markers": ("note",),
    "intake_verbs": ("note",),
    "unasserted_lead_ins": ("note",),
    "other_event_lead_ins": ("kind", "note"),
    "figure_nouns": ("note",),
    "inflation_words": ("note",),
    "understatement_words": ("note",),
    "lawful_judgments": ("note",),
    "unlawful_judgments": ("note",),
    "act_nouns": ("note",),
    "partial_count_nouns": ("note",),
    "partial_scope_phrases": ("note",),
    "claim_participles": ("note",),
    "deliberate_words": ("note",),
    "mistake_words": ("note",),
    "rising_toll_phrases": ("note",),
    "allegation_nouns": ("note",),
    "voiced_nouns": ("note",),
    "refusal_objects": ("note",),
    "investigation_calls": ("note",),
    "investigation_halts": ("note",),
    "provisional_none_words": ("note",),
    "phase_limits": ("note",),
    "other_event_openers": ("note",),
    "attacker_nouns": ("note",),
    "name_tail_breaks": ("note",),
    "civilian_status_words": ("note",),
    "idle_site_words": ("note",),
    "busy_site_words": ("note",),
    "presence_words": ("note",),
    "blast_nouns": ("note",),
    "stock_nouns": ("note",),
    "blast_cause_words": ("note",),
    "interception_words": ("note",),
    "air_defence_words": ("note",),
    "state_since_words": ("note",),
    "storage_words": ("note",),
    "holding_verbs": ("note",),
    "clause_negations": ("note",),
    "clause_hedges": ("note",),
    "plunder_words": ("note",),
    "warning_given_phrases": ("note",),
    "warning_denied_phrases": ("note",),
    "strike_account_words": ("note",),
    "direct_hit_verbs": ("note",),
    "struck_site_words": ("note",),
    "harm_words": ("note",),
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
    "severity_words": ("kind", "note"),
    "state_organ_words": ("note",),
    "told_as_words": ("note",),
    "dead_words": ("note",),
    "responsibility_words": ("note",),
    "mistaken_identity_words": ("note",),
    "backing_phrases": ("note",),
    "involvement_words": ("note",),
    "hit_claim_phrases": ("note",),
    "miss_phrases": ("note",),
    "incident_nouns": ("note",),
    "official_body_words": ("note",),
}


KINDS_OF = {"revision": REVISION_KINDS, "reaction_phrases": REACTION_KINDS, "fate_words": FATES,
            "severity_words": SEVERITIES}  # sections whose cues each need a kind


def parse_cues(file: str, raw: Any) -> CueLexicon:
    meta = parse_meta(file, raw)
    top = Obj(file, "(top level)", raw, _CUE_FIELDS)
    sections: dict[str, tuple[Cue, ...]] = {}
    for section, fields in _CUE_FIELDS.items():
        cues_: list[Cue] = []
        for where, v in top.items(section):
            o = Obj(file, where, v, ("cue", *fields))
            need = "stance" in fields
            cue = Cue(
                cue=o.text("cue"), words=_words(o.text("cue")),
                stance=o.text("stance", MISSING if need else None, choices=STANCES) if need else None,
                weight=float(o.num("weight", 1.0, 0.0, 1.0)),
                kind=o.text("kind", MISSING if section in KINDS_OF else None, choices=KINDS_OF.get(section)),
                source=o.text("source", choices=("before", "after")) if section == "source_phrases" else None,
                relay=o.flag("relay"), note=o.text("note", None),
            )
            if any(c.words == cue.words for c in cues_):
                fail(file, o.at("cue"), f"duplicate cue {cue.cue!r} in {section}")
            cues_.append(cue)
        sections[section] = tuple(cues_)
    return CueLexicon(meta, **sections)
