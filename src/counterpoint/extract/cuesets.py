"""The cue and trigger tables the extractors look things up in, built once from the lexicons.

The lexicon files (nlp/lexicons/*.json) hold the knowledge; this module only reshapes it into
the sets and dicts the extractors need (lemma -> role, phrase -> event type, ...).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

# Which event type a claim is about when several triggers occur: outcomes first, then the
# kind of attack, then its consequences (a mechanism, not knowledge: the order of informativeness).
EVENT_PRIORITY = (
    "territory_regained", "territory_taken", "attack_repelled", "withdrawal", "territory_held", "chemical_attack",
    "suicide_bomb", "attack_on_health_care", "air_strike", "shelling", "attack", "armed_clash",
    "ceasefire_violation", "displacement", "killing", "injury", "detention", "humanitarian_aid",
    "reinforcement", "ceasefire", "investigation", "destruction",
)
# event types whose noun takes the act it is about as its object: "an inquiry into the attack"
# is an inquiry, so a trigger under its noun yields to it (extract/events.py)
ABOUT_TYPES = frozenset({"investigation"})
CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties", "missing", "displaced", "captured", "evacuated"})


def _load(name: str) -> dict[str, Any]:
    text = resources.files("counterpoint.nlp.lexicons").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def _cue_words(cues: dict[str, Any], key: str) -> list[str]:
    return [c["cue"].lower() for c in cues.get(key, ())]


@dataclass(frozen=True)
class CueSets:
    reporting_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    refuse_verbs: frozenset[str]
    acknowledge_verbs: frozenset[str]
    confirm_verbs: frozenset[str]  # reporting verbs of kind "confirmation": negated, the claim is unconfirmed
    accuse_verbs: frozenset[str]  # reporting verbs of kind "accusation": "accused Russia of the attack"
    claim_nouns: frozenset[str]
    allegation_nouns: frozenset[str]  # "allegations of any massacre": the name is hedged
    voiced_nouns: frozenset[str]  # "the army's claim": the voice named with it owns the words
    refusal_objects: frozenset[str]  # "denied aid groups access": a thing refused, no claim rejected
    dispute_verbs: frozenset[str]  # "dispute", "question": reporting verbs whose stance is disputed
    distancing_verbs: frozenset[str]  # "claim", "allege": the outlet does not vouch for what follows
    figure_words: frozenset[str]  # "figure", "toll": a denial's object that is a count ("disputes this figure")
    rejection_phrases: tuple[str, ...]
    speculative_phrases: tuple[str, ...]
    speculative_modals: frozenset[str]
    hearsay_phrases: tuple[str, ...]
    revision_phrases: tuple[str, ...]
    preliminary_phrases: tuple[str, ...]
    superseded_phrases: tuple[str, ...]  # right before a figure: the earlier count ("up from 30")
    correction_phrases: tuple[str, ...]  # "the actual death toll": replaces the article's other counts
    revision_lemmas: frozenset[str]
    title_nouns: frozenset[str]
    document_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    accusation_words: tuple[str, ...]
    event_lemmas: dict[str, str]
    event_lemma_types: dict[str, tuple[str, ...]]
    event_object: dict[str, str]
    event_phrases: tuple[tuple[str, str], ...]
    event_priority: dict[str, int]
    event_polarity: dict[str, int]
    failure_phrases: tuple[str, ...]
    failure_after_phrases: tuple[str, ...]  # "before being driven back": said after the act they end
    role_lemmas: dict[str, str]
    role_forms: dict[str, str]  # words as written ("loss", whose lemma "losses" shares)
    role_nouns: dict[str, str]
    role_phrases: tuple[tuple[str, str], ...]
    role_overrides: tuple[tuple[frozenset[str], str, str], ...]
    role_events: dict[str, str]  # "destroyed": "destruction", the event a figure of the role tells of
    role_within: dict[str, str]  # "killed": "casualties", the role whose count holds a role's
    category_roles: dict[str, str]
    casualty_roles: frozenset[str]
    unharmed_lemmas: frozenset[str]  # "no one was hurt": none killed or wounded
    reaction_lemmas: frozenset[str]  # "the UN condemned the strike": the verb's subject did not do it
    prevention_lemmas: frozenset[str]  # "talks never stopped the missiles": negated, the act still happened
    exempt_zone_nouns: frozenset[str]  # "the no-strike list": no act done or denied
    absence_words: frozenset[str]  # "no civilians were present": none there to be harmed
    absence_sites: frozenset[str]  # "no civilians were at the site": where none was
    loss_lemmas: frozenset[str]  # "the army lost two soldiers": its own casualties
    instrument_lemmas: frozenset[str]  # "used six drones to destroy two houses": the drones were fired
    group_nouns: frozenset[str]  # "a convoy of 30 trucks": the count is the convoy's size
    undergoer_lemmas: frozenset[str]  # "the fighters died": the verb's subject is a victim, not a doer
    zero_harm_nouns: frozenset[str]  # "caused no casualties": "no" before them is a count of none
    normative_modals: frozenset[str]  # "it should have been reported, not an arbitrary attack": no denial
    act_nouns: frozenset[str]  # "terrorist acts", "rebel attacks": a group word there labels an act
    partial_count_nouns: frozenset[str]  # "29 bodies", "the remains of 12": found so far, a lower bound
    target_verbs: frozenset[str]  # "hit": an attack when its object is a place or a target
    increment_words: frozenset[str]
    background_phrases: tuple[tuple[str, str], ...]
    perfect_tally_phrases: tuple[tuple[str, str], ...]  # "this year": background only with "has/have" + participle
    war_nouns: frozenset[str]
    since_nouns: frozenset[str]
    polity_nouns: frozenset[str]
    body_nouns: frozenset[str]
    predicate_rejections: frozenset[str]
    writer_doubts: frozenset[str]  # "without providing evidence": the writer doubts the claim it attributes
    subset_markers: tuple[str, ...]
    intake_verbs: tuple[str, ...]
    actor_aliases: dict[str, str]
    actor_acronyms: dict[str, str]
    org_aliases: dict[str, str]
    org_acronyms: dict[str, str]
    cased_forms: frozenset[str]  # acronyms that are also words, matched only outside all-capitals text
    national_force_nouns: tuple[tuple[str, ...], ...]  # "forces", "armed forces": after a demonym, its army
    unit_nouns: frozenset[str]  # "battalion", "regiment": after a name, a military unit
    national_demonyms: frozenset[str]  # "malian": demonyms of countries whose forces the actor lexicon knows
    generic_terms: dict[str, str]
    label_terms: dict[str, str]
    label_referents: dict[str, str]
    label_frames: dict[str, str]  # form -> how it names the incident (event and action labels)
    label_names: frozenset[str]  # forms written as names ("Ansar Allah", "Daesh"), shown as the article spells them
    label_modifiers: frozenset[str]  # forms that load the noun they modify ("self-proclaimed", "occupied")
    incident_hedges: tuple[str, ...]
    not_incident_modifiers: frozenset[str]
    own_account_modifiers: frozenset[str]  # "precision air strikes": an attack named as the doer's operation
    actor_referents: frozenset[str]
    side_opposes: dict[str, tuple[str, ...]]


def _act_lemmas(event_lemmas: dict[str, str]) -> frozenset[str]:
    """The event trigger words that name acts, not things: "attack", "bombing", not "artillery" or
    "missile" (a counted category), so "terrorist artillery" still labels whose guns they are."""
    from ..nlp.lexicons import category_of

    return frozenset(w for w in event_lemmas if category_of(w) is None)


def _is_acronym(alias: str) -> bool:
    """"IDF", "U.S.", and "FAMa" (Forces Armées Maliennes), whose last letter is a small one."""
    letters = [c for c in alias if c.isalpha()]
    head = letters[:-1] if len(letters) >= 3 and letters[-1].islower() else letters
    return bool(head) and all(c.isupper() for c in head) and len(alias.replace(".", "")) <= 6


@functools.cache
def cue_sets() -> CueSets:
    cues, events, actors = _load("cues.json"), _load("events.json"), _load("actors.json")
    labels, orgs = _load("labels.json"), _load("organizations.json")

    reporting = {c["cue"] for c in cues["reporting_verbs"] if " " not in c["cue"]}
    deny = {c["cue"] for c in cues["reporting_verbs"] if c.get("stance") == "denied" and " " not in c["cue"]}
    refuse, acknowledge = set(), set()
    for c in cues["reporting_verbs"]:
        words = c["cue"].split()
        if c.get("stance") == "denied" and len(words) == 3 and words[1] == "to":
            refuse.add(words[0])
            acknowledge.add(words[2])
    multi_denials = [c["cue"] for c in cues["reporting_verbs"] if c.get("stance") == "denied" and " " in c["cue"]
                     and not (len(c["cue"].split()) == 3 and c["cue"].split()[1] == "to")]
    rejection = [c["cue"] for c in cues["dispute_frames"] if not c.get("ambiguous")]
    rejection = sorted(set(rejection + multi_denials), key=lambda s: (-len(s), s))
    spec = [c for c in cues["speculation"] if c.get("stance") == "speculative"]
    modals = {c["cue"] for c in spec if " " not in c["cue"] and c.get("weight", 1) >= 0.4}
    spec_phrases = sorted({c["cue"] for c in spec if c["cue"] not in modals and c.get("weight", 1) >= 0.4},
                          key=lambda s: (-len(s), s))
    updates = [c["cue"] for c in cues["revision"] if c.get("kind") == "update"]
    provisional = [c["cue"] for c in cues["revision"] if c.get("kind") == "provisional"]
    corrections = [c["cue"] for c in cues["revision"] if c.get("kind") == "correction"]
    superseded = [c["cue"] for c in cues["revision"] if c.get("kind") == "superseded"]
    revision_lemmas = set(_cue_words(cues, "revision_verbs"))

    priority = {t: i for i, t in enumerate(EVENT_PRIORITY)}
    ev_lemmas: dict[str, str] = {}
    lemma_types: dict[str, list[str]] = {}
    ev_object = {et["type"]: et["object"] for et in events["event_types"] if et.get("object")}
    ev_phrases: list[tuple[str, str]] = []
    polarity: dict[str, int] = {}
    for et in sorted(events["event_types"], key=lambda t: priority.get(t["type"], 99)):
        polarity[et["type"]] = int(et.get("polarity", 0))
        for lemma in et.get("lemmas", ()):
            ev_lemmas.setdefault(lemma.lower(), et["type"])
            lemma_types.setdefault(lemma.lower(), []).append(et["type"])
        for phrase in et.get("phrases", ()):
            ev_phrases.append((phrase.lower(), et["type"]))
    ev_phrases.sort(key=lambda p: (-len(p[0]), p[0]))
    failure = sorted({c["cue"].lower() for c in events["failure_cues"] if c.get("effect") == "failed"})
    failure_after = sorted({c["cue"].lower() for c in events["failure_cues"] if c.get("effect") == "failed_after"})
    roles: dict[str, str] = {}
    role_phrases: list[tuple[str, str]] = []
    forms: dict[str, str] = {}
    for r in events["quantity_roles"]:
        for form in r.get("forms", ()):
            forms.setdefault(form.lower(), r["role"])
        for lemma in r.get("lemmas", ()):
            roles.setdefault(lemma.lower(), r["role"])
        for phrase in r.get("phrases", ()):
            words = phrase.lower().split()
            if len(words) == 2:
                roles.setdefault(phrase.lower(), r["role"])
            if len(words) >= 2:
                role_phrases.append((phrase.lower(), r["role"]))
    role_phrases.sort(key=lambda p: (-len(p[0]), p[0]))
    overrides = tuple((frozenset(o["lemmas"]), o["category"], o["role"]) for o in events.get("role_overrides", ()))

    actor_aliases, actor_acr = {}, {}
    cased: set[str] = set()  # acronyms that are also words ("WHO", "IS"): matched in capitals only
    ambiguous = {a["alias"] for a in actors.get("ambiguous_aliases", ())}
    opposes: dict[str, set[str]] = {}
    for a in actors["actors"]:
        opposes.setdefault(a["side"], set()).update(a.get("opposes", ()))
        for alias in (a["name"], *a.get("aliases", ())):
            if alias in ambiguous:
                continue
            if _is_acronym(alias):
                actor_acr.setdefault(alias, a["id"])
            else:
                actor_aliases.setdefault(alias.lower(), a["id"])
        for form in a.get("cased", ()):
            actor_acr.setdefault(form, a["id"])
            cased.add(form)
    generic: dict[str, str] = {}
    for g in actors.get("generic", ()):
        for term in g["terms"]:
            generic.setdefault(term.lower(), g["role"])
    for term in list(generic):
        actor_aliases.pop(term, None)  # "regime forces" is a generic reference, linked per article
    org_aliases, org_acr = {}, {}
    for o in orgs["organizations"]:
        for alias in (o["name"], *o.get("acronyms", ()), *o.get("expansions", ()), *o.get("aliases", ())):
            if _is_acronym(alias):
                org_acr.setdefault(alias, o["id"])
            else:
                org_aliases.setdefault(alias.lower(), o["id"])
        for form in o.get("cased", ()):
            org_acr.setdefault(form, o["id"])
            cased.add(form)
    label_terms, label_ref, label_frames, label_names, label_modifiers = {}, {}, {}, set(), set()
    for lab in labels["labels"]:
        for form in (lab["term"], *lab.get("forms", ())):
            if any(ch.isupper() for ch in form):
                label_names.add(form.lower())
            if lab.get("modifier"):
                label_modifiers.add(form.lower())
            label_terms.setdefault(form.lower(), lab["connotation"])
            label_ref.setdefault(form.lower(), lab["referent"])
            if "frame" in lab:
                label_frames.setdefault(form.lower(), lab["frame"])
    force_nouns = {tuple(n.lower().split()) for n in actors.get("national_force_nouns", ())}
    national_countries = {a.get("country") for a in actors["actors"] if a.get("national")}
    return CueSets(
        reporting_verbs=frozenset(reporting),
        deny_verbs=frozenset(deny),
        refuse_verbs=frozenset(refuse),
        acknowledge_verbs=frozenset(acknowledge),
        confirm_verbs=frozenset(c["cue"] for c in cues["reporting_verbs"] if c.get("kind") == "confirmation"),
        accuse_verbs=frozenset(c["cue"] for c in cues["reporting_verbs"] if c.get("kind") == "accusation"),
        claim_nouns=frozenset(_cue_words(cues, "claim_nouns")),
        allegation_nouns=frozenset(_cue_words(cues, "allegation_nouns")),
        voiced_nouns=frozenset(_cue_words(cues, "voiced_nouns")),
        refusal_objects=frozenset(_cue_words(cues, "refusal_objects")),
        distancing_verbs=frozenset(c["cue"] for c in cues["reporting_verbs"] if c.get("kind") == "distancing"),
        dispute_verbs=frozenset(c["cue"] for c in cues["reporting_verbs"]
                                if c.get("stance") == "disputed" and " " not in c["cue"]),
        figure_words=frozenset(w for w in _cue_words(cues, "figure_nouns") if " " not in w),
        rejection_phrases=tuple(rejection),
        speculative_phrases=tuple(spec_phrases),
        speculative_modals=frozenset(modals),
        hearsay_phrases=tuple(sorted({c["cue"] for c in cues["speculation"] if c.get("stance") == "attributed"},
                                     key=lambda x: (-len(x), x))),
        revision_phrases=tuple(sorted(updates, key=len, reverse=True)),
        preliminary_phrases=tuple(sorted(provisional, key=len, reverse=True)),
        correction_phrases=tuple(sorted(corrections, key=len, reverse=True)),
        superseded_phrases=tuple(sorted(superseded, key=len, reverse=True)),
        revision_lemmas=frozenset(revision_lemmas),
        title_nouns=frozenset(_cue_words(cues, "title_nouns")),
        document_nouns=frozenset(_cue_words(cues, "document_nouns")),
        collective_nouns=frozenset(c["cue"] for c in cues["collective_sources"]),
        accusation_words=tuple(_cue_words(cues, "accusation_cues")),
        event_lemmas=ev_lemmas,
        event_lemma_types={k: tuple(v) for k, v in lemma_types.items()},
        event_object=ev_object,
        event_phrases=tuple(ev_phrases),
        event_priority=priority,
        event_polarity=polarity,
        failure_phrases=tuple(failure),
        failure_after_phrases=tuple(failure_after),
        role_lemmas=roles,
        role_forms=forms,
        role_nouns=roles,
        role_phrases=tuple(role_phrases),
        role_overrides=overrides,
        role_events={r["role"]: r["event"] for r in events["quantity_roles"] if r.get("event")},
        role_within={r["role"]: r["within"] for r in events["quantity_roles"] if r.get("within")},
        category_roles=dict(events.get("category_roles", {})),
        casualty_roles=CASUALTY_ROLES,
        unharmed_lemmas=frozenset(events.get("unharmed_lemmas", ())),
        reaction_lemmas=frozenset(events.get("reaction_lemmas", ())),
        prevention_lemmas=frozenset(events.get("prevention_lemmas", ())),
        exempt_zone_nouns=frozenset(events.get("exempt_zone_nouns", ())),
        absence_words=frozenset(events.get("absence_words", ())),
        absence_sites=frozenset(events.get("absence_sites", ())),
        loss_lemmas=frozenset(events.get("loss_lemmas", ())),
        instrument_lemmas=frozenset(events.get("instrument_lemmas", ())),
        group_nouns=frozenset(events.get("group_nouns", ())),
        undergoer_lemmas=frozenset(events.get("undergoer_lemmas", ())),
        zero_harm_nouns=frozenset(events.get("zero_harm_nouns", ())),
        normative_modals=frozenset(events.get("normative_modals", ())),
        act_nouns=frozenset(_cue_words(cues, "act_nouns")) | _act_lemmas(ev_lemmas)
        | frozenset(t for t in label_frames if " " not in t),
        partial_count_nouns=frozenset(_cue_words(cues, "partial_count_nouns")),
        target_verbs=frozenset(events.get("target_verbs", ())),
        increment_words=frozenset(_cue_words(cues, "increment_words")),
        background_phrases=tuple((p, "background") for p in _cue_words(cues, "background_phrases")),
        perfect_tally_phrases=tuple((p, "perfect_tally") for p in _cue_words(cues, "perfect_tally_phrases")),
        war_nouns=frozenset(_cue_words(cues, "war_nouns")),
        since_nouns=frozenset(_cue_words(cues, "since_nouns")),
        polity_nouns=frozenset(_cue_words(cues, "polity_nouns")),
        body_nouns=frozenset(_cue_words(cues, "body_nouns")),
        predicate_rejections=frozenset(_cue_words(cues, "predicate_rejections")),
        writer_doubts=frozenset(c["cue"] for c in cues["dispute_frames"] if c.get("kind") == "writer"),
        subset_markers=tuple(_cue_words(cues, "subset_markers")),
        intake_verbs=tuple(_cue_words(cues, "intake_verbs")),
        actor_aliases=actor_aliases,
        actor_acronyms=actor_acr,
        org_aliases=org_aliases,
        org_acronyms=org_acr,
        cased_forms=frozenset(cased),
        national_force_nouns=tuple(sorted(force_nouns, key=len, reverse=True)),
        unit_nouns=frozenset(w.lower() for w in actors.get("unit_nouns", ())),
        national_demonyms=frozenset(d.lower() for c in orgs.get("countries", ()) if c["code"] in national_countries
                                    for d in c.get("demonyms", ())),
        generic_terms=generic,
        label_terms=label_terms,
        label_referents=label_ref,
        label_frames=label_frames,
        label_names=frozenset(label_names),
        label_modifiers=frozenset(label_modifiers),
        incident_hedges=tuple(labels.get("incident_hedges", ())),
        not_incident_modifiers=frozenset(labels.get("not_incident_modifiers", ())),
        own_account_modifiers=frozenset(w.lower() for w in labels.get("own_account_modifiers", ())),
        actor_referents=frozenset({"non_state_armed", "state_forces", "government", "person"}),
        side_opposes={k: tuple(sorted(v)) for k, v in opposes.items()},
    )
