"""The knowledge files load, validate and answer the taxonomy questions the extractors ask."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from counterpoint.errors import ConfigError
from counterpoint.nlp import lexicons as lx
from counterpoint.records import STANCES


def _raw(file: str) -> Any:
    return json.loads(resources.files("counterpoint.nlp.lexicons").joinpath(file).read_text(encoding="utf-8"))


# --- loading -------------------------------------------------------------------------------


def test_lexicons_load_and_report_versions():
    versions = lx.lexicon_versions()
    assert set(versions) == set(lx.FILES)
    assert all(v.count(".") == 2 for v in versions.values())


@pytest.mark.parametrize("loader", [lx.actors, lx.organizations, lx.labels, lx.categories, lx.events, lx.cues])
def test_lexicon_meta_documents_provenance(loader):
    meta = loader().meta
    assert meta.file in lx.FILES
    assert meta.description and meta.provenance


def test_loaders_are_cached():
    assert lx.actors() is lx.actors()
    assert lx.categories() is lx.categories()


# --- validation: a bad entry is a ConfigError naming the file and the key -----------------


def _broken(file: str, edit) -> ConfigError:
    raw = copy.deepcopy(_raw(file))
    edit(raw)
    with pytest.raises(ConfigError) as info:
        lx.parse(file, raw)
    assert file in info.value.message
    return info.value


def test_bad_actor_side_names_file_and_key():
    err = _broken("actors.json", lambda r: r["actors"][0].update(side="nowhere"))
    assert "actors[0].side" in err.message and "nowhere" in err.message


def test_alias_shared_by_two_actors_is_rejected():
    def edit(raw):
        raw["actors"][1]["aliases"].append(raw["actors"][0]["aliases"][0])

    err = _broken("actors.json", edit)
    assert "belongs to both" in err.message


def test_generic_term_may_not_be_an_actor_alias():
    err = _broken("actors.json", lambda r: r["actors"][0]["aliases"].append("government forces"))
    assert "generic" in err.message


def test_organisation_description_of_an_unknown_kind_is_rejected():
    err = _broken("organizations.json", lambda r: r["descriptions"][0].update(kinds=["charity_shop"]))
    assert "descriptions[0].kinds" in err.message and "charity_shop" in err.message


def test_a_quantity_roles_event_must_be_an_event_type():
    err = _broken("events.json", lambda r: r["quantity_roles"][1].update(event="massacre"))
    assert "quantity_roles[1].event" in err.message and "massacre" in err.message


def test_a_quantity_role_within_must_be_another_role():
    err = _broken("events.json", lambda r: r["quantity_roles"][1].update(within="slain"))
    assert "quantity_roles[1].within" in err.message and "slain" in err.message


def test_unknown_key_is_rejected():
    err = _broken("organizations.json", lambda r: r["organizations"][0].update(acronym=["UN"]))
    assert "organizations[0].acronym" in err.message


def test_missing_meta_version_is_rejected():
    err = _broken("cues.json", lambda r: r["_meta"].pop("version"))
    assert "_meta.version" in err.message


def test_category_cycle_is_rejected():
    err = _broken("categories.json", lambda r: r["categories"]["people"].update(parent="combatants"))
    assert "cycle" in err.message


def test_category_term_in_two_categories_is_rejected():
    err = _broken("categories.json", lambda r: r["categories"]["civilians"]["terms"].append("tank"))
    assert "'tank'" in err.message and "civilians" in err.message and ".terms" in err.message


@pytest.mark.parametrize("change", [{"state_forces": "droids"}, {"navy": "state_troops"}])
def test_actor_members_must_map_an_actor_role_to_a_known_category(change):
    err = _broken("categories.json", lambda r: r["actor_members"].update(change))
    assert "actor_members" in err.message


def test_presence_kinds_must_name_known_categories():
    err = _broken("categories.json", lambda r: r["presence_kinds"].update(arms=["small_arms", "lasers"]))
    assert "presence_kinds.arms" in err.message


def test_label_connotation_must_be_known():
    err = _broken("labels.json", lambda r: r["labels"][0].update(connotation="rude"))
    assert "labels[0].connotation" in err.message


def test_event_labels_need_a_known_frame_and_others_none():
    def first(raw, referent):
        return next(i for i, lab in enumerate(raw["labels"]) if lab["referent"] == referent)

    raw = _raw("labels.json")
    i, j = first(raw, "event"), first(raw, "non_state_armed")
    err = _broken("labels.json", lambda r: r["labels"][i].pop("frame"))
    assert f"labels[{i}].frame" in err.message
    err = _broken("labels.json", lambda r: r["labels"][i].update(frame="rumour"))
    assert f"labels[{i}].frame" in err.message
    err = _broken("labels.json", lambda r: r["labels"][j].update(frame="attack"))
    assert f"labels[{j}].frame" in err.message


def test_a_place_needs_marked_and_unmarked_names():
    err = _broken("labels.json", lambda r: [n.update(marked=True) for n in r["place_names"][0]["names"]])
    assert "place_names[0].names" in err.message
    err = _broken("labels.json", lambda r: [n.update(marked=False) for n in r["place_names"][0]["names"]])
    assert "place_names[0].names" in err.message


def test_a_place_name_form_belongs_to_one_name():
    def clash(raw):
        first, second = raw["place_names"][0]["names"][:2]
        second.setdefault("forms", []).append(first["name"])

    err = _broken("labels.json", clash)
    assert "place_names[0].names[1].forms" in err.message


def test_cue_stance_must_be_a_record_stance():
    err = _broken("cues.json", lambda r: r["reporting_verbs"][0].update(stance="shouted"))
    assert "reporting_verbs[0].stance" in err.message


def test_event_polarity_must_be_a_sign():
    err = _broken("events.json", lambda r: r["event_types"][0].update(polarity=2))
    assert "event_types[0].polarity" in err.message


def test_non_object_and_unknown_file_are_config_errors():
    with pytest.raises(ConfigError, match="events.json"):
        lx.parse("events.json", ["not", "an", "object"])
    with pytest.raises(ConfigError, match="unknown lexicon"):
        lx.parse("weather.json", {})


# --- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hay\u2019at Tahrir al-Sham", ("hayat", "tahrir", "al", "sham")),
        ("Hamas's", ("hamas",)),
        ("U.S.-led coalition", ("us", "led", "coalition")),
        ("M\u00e9decins Sans Fronti\u00e8res", ("medecins", "sans", "frontieres")),
        ("\u201cterrorists\u201d", ("terrorists",)),
        ("Location & Event", ("location", "and", "event")),
    ],
)
def test_surface_tokens_fold(text, words):
    assert lx.surface_tokens(text) == words


def test_surface_tokens_can_keep_case():
    assert lx.surface_tokens("the 'IS' group", keep_case=True) == ("the", "IS", "group")


# --- taxonomy ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        ("tank", "tank"),
        ("at least 7 T-72 tanks", "tank"),
        ("infantry fighting vehicles", "ifv"),
        ("BMPs", "ifv"),
        ("armored personnel carriers", "apc"),
        ("APCs", "apc"),
        ("armored infantry carriers", "armoured_carrier"),
        ("armoured infantry carries", "armoured_carrier"),
        ("armored vehicles", "armoured_vehicle"),
        ("pickup trucks with heavy machineguns", "technical"),
        ("pick-up trucks mounted with heavy machine guns", "technical"),
        ("technicals", "technical"),
        ("multiple missile launcher systems", "rocket_launcher"),
        ("MLRS", "rocket_launcher"),
        ("rocket launchers", "rocket_launcher"),
        ("car bombs", "car_bomb"),
        ("VBIEDs", "car_bomb"),
        ("a car stuffed with explosives", "car_bomb"),
        ("booby-trapped vehicles", "car_bomb"),
        ("militants", "armed_group_members"),
        ("fighters", "combatants"),
        ("servicemen", "state_troops"),
        ("Syrian soldiers", "state_troops"),
        ("civilians", "civilians"),
        ("migrants", "civilians"),
        ("children", "children"),
        ("dozens of civilians", "civilians"),
        ("civilians killed in the strike", "civilians"),
        ("people", "people"),
        ("bodies of militants", "people"),
        ("villages", "settlements"),
        ("apartment buildings", "buildings"),
        ("healthcare facilities", "health_facilities"),
        ("hospitals", "health_facilities"),
        ("airstrikes", "air_strike"),
        ("air strikes", "air_strike"),
        ("attacks", "attacks"),
        ("food bags", "food_aid"),
        ("UAVs", "drone"),
        ("helicopters", "helicopter"),
        ("missiles", "missile"),
        ("Grad rockets", "rocket"),
        ("rebel positions", "military_sites"),
        ("an estimated 300 civilian men", "civilians"),
        ("unarmed youths", "civilians"),
        ("men", "people"),
        # the members of an armed group are its kind of people; the member word drops, the group's stays
        ("11 members of a FARC dissident group", "armed_group_members"),
        ("nine alleged members of an armed group", "armed_group_members"),
        ("two members of the militia", "armed_group_members"),
        ("part of the armed organization", "armed_group_members"),
        ("members of the family", "civilians"),
        ("two Army jawans", "state_troops"),
        ("1,300 inmates", "civilians"),
        ("the attackers", "attackers"),
        ("the number of martyrs", "people"),
    ],
)
def test_category_of(phrase, category):
    assert lx.category_of(phrase) == category


@pytest.mark.parametrize(("words", "following", "category"), [
    ("fighter", "jets launched several", "aircraft"),
    ("fighter", "planes", "aircraft"),
    ("rebel", "tanks", None),  # "tank" starts at "tanks": the rebels' tanks
    ("fighters", "attacked the", None),
    ("militia", "vehicles", None),
])
def test_a_longer_term_starting_with_the_words(words, following, category):
    assert lx.longer_term_from(words, following) == category


@pytest.mark.parametrize(("text", "found"), [
    ("a drone strike on a training camp", ("air_strike", "military_sites")),
    ("a camp for displaced people", ("shelters",)),
    ("killed 56 people at a school and a market", ("people", "education_facilities", "commercial_sites")),
    ("no counted thing here", ()),
])
def test_categories_in_takes_the_longest_term_at_each_place(text, found):
    assert lx.categories_in(text) == found


@pytest.mark.parametrize("phrase", ["local sources", "technical problems", "", "at least 7", "the ceasefire",
                                    "members of the rescue team", "part of the convoy", "three members of parliament",
                                    "members of a dissident political party", "part of the rebel-held town",
                                    "members of a guerrilla theatre troupe"])
def test_category_of_abstains_without_a_term_on_the_head(phrase):
    assert lx.category_of(phrase) is None


@pytest.mark.parametrize(
    ("category", "rolls_up_to"),
    [
        ("tank", ("armoured_vehicle", "military_vehicle")),
        ("technical", ("military_vehicle",)),
        ("rocket_launcher", ("weapon_system",)),
        ("combatants", ("people",)),
        ("children", ("civilians", "people")),
        ("health_facilities", ("facilities",)),
        ("food_aid", ("aid",)),
    ],
)
def test_roll_ups(category, rolls_up_to):
    chain = lx.ancestors(category)
    assert chain[: len(rolls_up_to)] == rolls_up_to
    assert all(lx.is_a(category, c) for c in rolls_up_to)


def test_roots_have_no_ancestors_and_unknown_keys_raise():
    assert lx.ancestors("people") == ()
    with pytest.raises(KeyError):
        lx.ancestors("unicorns")


@pytest.mark.parametrize(
    ("a", "b", "common"),
    [
        ("tank", "apc", "armoured_vehicle"),
        ("tank", "armoured_vehicle", "armoured_vehicle"),
        ("tank", "technical", "military_vehicle"),
        ("children", "combatants", "people"),
        ("tank", "tank", "tank"),
        ("tank", "civilians", None),
    ],
)
def test_common_ancestor(a, b, common):
    assert lx.common_ancestor(a, b) == common
    assert lx.common_ancestor(b, a) == common


# --- labels, events, cues ---------------------------------------------------------------------


def _label(form: str) -> lx.LabelEntry:
    key = lx.surface_tokens(form)
    return next(e for e in lx.labels().labels for f in e.forms if lx.surface_tokens(f) == key)


@pytest.mark.parametrize(
    ("form", "connotation"),
    [
        ("terrorists", "delegitimising"),
        ("illegal armed groups", "delegitimising"),
        ("militants", "delegitimising"),
        ("rebels", "neutral"),
        ("anti-Assad forces", "neutral"),
        ("freedom fighters", "legitimising"),
        ("regime forces", "delegitimising"),
        ("government army", "neutral"),
        ("occupied", "delegitimising"),
        ("massacre", "delegitimising"),
        ("airstrike", "neutral"),
        ("shelter", "legitimising"),
        ("detention center", "neutral"),
    ],
)
def test_label_connotations(form, connotation):
    assert _label(form).connotation == connotation


def test_militants_is_only_mildly_loaded():
    assert _label("militants").strength < _label("terrorists").strength


def test_euphemisms_and_scare_quote_policy():
    lex = lx.labels()
    smo = next(e for e in lex.euphemisms if e.euphemism == "special military operation")
    assert "war" in smo.plain
    assert "so-called" in lex.scare_quote_policy.equivalents
    assert lex.defaults["official_name"] == "neutral"


def test_event_types_and_polarity():
    ev = lx.events()
    assert ev.type("attack_repelled").polarity == -1
    assert ev.type("territory_taken").polarity == 1
    assert "repel" in ev.type("attack_repelled").lemmas
    assert "fend off" in ev.type("attack_repelled").phrases
    assert "health_facilities" in ev.type("attack_on_health_care").target_categories
    assert any(f.cue == "failed to" and f.effect == "failed" for f in ev.failure_cues)


def test_quantity_roles_cover_the_brief():
    roles = {r.role for r in lx.events().roles}
    assert {"killed", "wounded", "captured", "displaced", "destroyed", "reinforcing", "missing", "attacks",
            "delivered", "planned", "population"} <= roles
    assert all(o.category in {c.key for c in lx.categories().categories} for o in lx.events().role_overrides)
    told = {r.role: r.event for r in lx.events().roles}
    assert told["destroyed"] == "destruction" and told["killed"] == "killing" and told["population"] is None
    assert {r.role: r.within for r in lx.events().roles}["killed"] == "casualties"


def test_cues_map_to_record_stances():
    cues = lx.cues()
    everything = (*cues.reporting_verbs, *cues.speculation, *cues.dispute_frames)
    assert all(c.stance in STANCES for c in everything)
    verbs = {c.cue: c for c in cues.reporting_verbs}
    assert verbs["deny"].stance == "denied"
    assert verbs["claim"].weight < verbs["say"].weight
    assert next(c for c in cues.source_phrases if c.cue == "according to").source == "after"
    assert next(c for c in cues.source_phrases if c.cue == "quoted by").relay
    assert any(c.cue == "rose to" and c.kind == "update" for c in cues.revision)
    assert any(c.cue == "citizen journalists" for c in cues.collective_sources)
    assert any(c.cue == "have nothing to do with reality" for c in cues.dispute_frames)


def test_weapon_kinds_are_equipment_categories():
    keys = {c.key for c in lx.categories().categories}
    for kind in lx.weapons().kinds:
        assert kind in keys and "equipment" in lx.ancestors(kind), kind


def test_a_kind_implied_by_events_must_be_a_listed_kind():
    err = _broken("weapons.json", lambda r: r["kind_implied_by"].update(tank=["air_strike"]))
    assert "kind_implied_by" in err.message


def test_day_parts_cover_hours_and_a_bad_hour_is_rejected():
    parts = lx.events().day_parts
    assert any("morning" in p.words and p.start < 10 < p.end for p in parts)
    assert any(p.before_weekday for p in parts)
    err = _broken("events.json", lambda r: r["day_parts"][0].update({"from": 30}))
    assert "day_parts[0].from" in err.message


def test_delivery_types_must_be_event_types_the_file_defines():
    assert "suicide_bomb" in lx.events().self_delivered_types
    assert set(lx.events().self_delivered_types) <= set(lx.events().delivery_types)
    err = _broken("events.json", lambda r: r["delivery_types"].append("carpet_bombing"))
    assert "delivery_types" in err.message and "carpet_bombing" in err.message


def test_a_label_both_foreign_and_domestic_is_rejected():
    def edit(raw):
        entry = next(lab for lab in raw["labels"] if lab.get("domestic"))
        entry["foreign"] = True
    err = _broken("labels.json", edit)
    assert "domestic" in err.message


def test_jihadist_words_for_home_forces_are_domestic():
    assert _label("Rafidhi army").domestic and _label("apostate militia").domestic
    assert not _label("Crusader coalition").domestic and _label("Crusader coalition").foreign


def test_a_leader_named_for_two_actors_is_rejected():
    def edit(raw):
        led = [a for a in raw["actors"] if a.get("leaders")]
        led[1]["leaders"] = [*led[1]["leaders"], led[0]["leaders"][0]]
    err = _broken("actors.json", edit)
    assert "leaders" in err.message
