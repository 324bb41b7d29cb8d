"""Actor, organisation, ministry and country lookups against the lexicons."""

from __future__ import annotations

import pytest

from counterpoint.nlp import lexicons as lx
from counterpoint.resolve.actors import (
    actor_candidates,
    capital_metonym,
    country_code,
    generic_role,
    match_actor,
    match_organization,
    ministry_key,
    ministry_kind,
    opposed,
)
from counterpoint.resolve.units import unit_key

ALIASES = {
    "syrian_arab_army": ["Syrian Arab Army", "the Syrian army", "Syria's government army", "Assad forces", "Assad's forces",
                         "Syrian government forces", "Syrian regime forces", "SAA"],
    "hts": ["HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Jabhat al-Nusra", "Nusra Front", "al-Nusra",
            "Hay\u2019at Tahrir al-Sham's"],
    "sdf": ["SDF", "Syrian Democratic Forces"],
    "islamic_state": ["ISIS", "ISIL", "IS", "Daesh", "Islamic State", "the Islamic State group"],
    "fsa": ["Free Syrian Army", "FSA"],
    "nfl": ["National Front for Liberation", "NFL"],
    "sna": ["Syrian National Army", "Turkish-backed Syrian National Army"],
    "russian_armed_forces": ["Russian armed forces", "Russian military", "Russian Ministry of Defence",
                             "Russian Defense Ministry", "Russian forces"],
    "ukrainian_armed_forces": ["Ukrainian Armed Forces", "Armed Forces of Ukraine", "AFU", "Ukrainian troops"],
    "idf": ["IDF", "Israeli army", "Israel Defense Forces", "Israeli military"],
    "hamas": ["Hamas", "Islamic Resistance Movement"],
    "qassam_brigades": ["al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "Hamas's armed wing"],
    "pij": ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ"],
    "houthis": ["Houthis", "Houthi", "Ansar Allah", "Ansarullah"],
    "saudi_led_coalition": ["Saudi-led coalition", "Arab coalition"],
    "rsf": ["RSF", "Rapid Support Forces"],
    "saf": ["SAF", "Sudanese Armed Forces", "Sudanese army"],
    "lna": ["LNA", "Libyan National Army", "Haftar's forces", "Hafter forces", "forces loyal to Khalifa Haftar"],
    "gna": ["GNA forces", "Government of National Accord", "GNA", "forces loyal to the GNA"],
    "tatmadaw": ["Myanmar military", "Tatmadaw", "Myanmar junta"],
    "pdf": ["People's Defence Force", "People's Defense Force", "PDF"],
    "azerbaijani_armed_forces": ["Azerbaijani armed forces", "Azerbaijani army", "Azerbaijan's army", "Azeri forces"],
    "armenian_armed_forces": ["Armenian armed forces", "Armenian army", "Armenia's armed forces"],
    "artsakh_defense_army": ["Artsakh Defense Army", "Nagorno-Karabakh Defense Army", "Karabakh Defence Army"],
    "turkish_armed_forces": ["Turkish armed forces", "Turkish army", "TSK"],
    "us_led_coalition": ["US-led coalition", "U.S.-led coalition", "international coalition"],
    "wagner": ["Wagner", "Wagner Group", "PMC Wagner"],
    "al_shabaab": ["al-Shabaab", "al-Shabab", "Al Shabaab"],
    "jnim": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"],
    "boko_haram": ["Boko Haram"],
    "iswap": ["ISWAP", "Islamic State West Africa Province"],
    "m23": ["M23", "March 23 Movement"],
    "burkina_faso_armed_forces": ["Burkinabe army", "Burkina Faso Armed Forces", "Burkina Faso's army"],
    "vdp": ["Volunteers for the Defence of the Homeland", "VDP"],
    "niger_armed_forces": ["Nigerien army", "Niger Armed Forces"],
    "mozambique_armed_defence_forces": ["Mozambican army", "FADM", "Mozambique's military"],
    "taliban": ["Taliban", "the Taliban", "Taleban"],
    "ttp": ["TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"],
}


@pytest.mark.parametrize(("actor_id", "alias"), [(a, x) for a, xs in ALIASES.items() for x in xs])
def test_match_actor_aliases(actor_id, alias):
    hit = match_actor(alias)
    assert hit is not None and hit.id == actor_id


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("'HTS' militants", "hts"),  # scare quotes and an affiliation noun
        ("\u201cISIS\u201d terrorists", "islamic_state"),
        ("so-called Islamic State", "islamic_state"),
        ("Houthi rebels", "houthis"),
        ("fighters of Hay'at Tahrir al-Sham", "hts"),
        ("members of al-Nusra", "hts"),
        ("Azerbaijani soldiers", "azerbaijani_armed_forces"),  # demonym + force noun -> national forces
        ("Syria's army", "syrian_arab_army"),
        ("Sudanese military", "saf"),
        ("the Kyiv regime", "ukrainian_armed_forces"),  # a capital for its country + a loaded force noun
        ("Damascus regime", "syrian_arab_army"),
        ("Ukrainian nationalists", "ukrainian_armed_forces"),
        ("Ansarallah", "houthis"),
        ("the Arab coalition", "saudi_led_coalition"),
        ("Saudi-UAE military alliance", "saudi_led_coalition"),
        ("Baloch Liberation Army", "bla"),  # an "army" in a rebel group's name makes it no state force
        ("FARC dissidents", "farc_dissidents"),
        ("the Border Commandos", "comandos_de_la_frontera"),
        ("Colombian soldiers", "colombian_armed_forces"),
        ("Wazalendo fighters", "wazalendo"),
        ("Rapid Support militia", "rsf"),  # a name's own words before another force noun than its own
    ],
)
def test_match_actor_variants(text, actor_id):
    hit = match_actor(text)
    assert hit is not None and hit.id == actor_id


@pytest.mark.parametrize("text", ["government forces", "regime forces", "the army", "rebels", "junta", "is", "pdf",
                                  "adf", "National Liberation Army",  # acronyms and names other wars share
                                  "NPA", "Maoist rebels", "border commandos", "central general staff",
                                  "Libyan forces", "Kurdish fighters", "", "the",
                                  "Tripoli regime",  # a capital two countries share names neither
                                  "Kabul forces"])  # a capital its country's army of record does not hold
def test_match_actor_abstains(text):
    assert match_actor(text) is None


def test_no_alias_belongs_to_two_actors():
    owner: dict[tuple[str, ...], str] = {}
    for actor in lx.actors().actors:
        for form in actor.aliases:
            key = lx.surface_tokens(form)
            key = key[1:] if key[:1] == ("the",) and len(key) > 1 else key
            assert owner.setdefault(key, actor.id) == actor.id, f"{form!r}: {owner[key]} and {actor.id}"


def test_sides_are_declared_and_opposition_is_symmetric():
    lex = lx.actors()
    keys = {s.key for s in lex.sides}
    for actor in lex.actors:
        assert actor.side in keys
        assert actor.side not in actor.opposes
        for other in actor.opposes:
            assert opposed(actor.side, other) and opposed(other, actor.side)
    assert opposed("sy_gov", "sy_jihadist")
    assert opposed("az_gov", "am_gov")
    assert not opposed("sy_gov", "ru_gov")


@pytest.mark.parametrize(("a", "b"), [
    ("co_eln", "co_dissidents"), ("co_eln", "co_agc"), ("cd_fdlr", "cd_m23"), ("ye_aqap", "ye_houthi"),
    ("iq_kh", "sy_is"),  # armed groups that fight each other, not only a common enemy
    ("bf_gov", "ml_jnim"), ("bf_vdp", "sahel_is"), ("ne_gov", "ng_iswap"), ("mz_gov", "sy_is"),
])
def test_armed_groups_that_fight_each_other_are_opposed(a, b):
    assert opposed(a, b) and opposed(b, a)


def test_each_country_has_at_most_one_national_actor():
    national = [a.country for a in lx.actors().actors if a.national]
    assert len(national) == len(set(national))
    assert "LY" not in national  # "Libyan forces" could be either camp


def test_ambiguous_alias_lists_candidates():
    assert match_actor("SNA") is None
    assert {a.id for a in actor_candidates("SNA")} == {"sna", "somali_national_army"}
    assert [a.id for a in actor_candidates("HTS")] == ["hts"]
    assert actor_candidates("the weather") == ()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("militants", "non_state_armed"),
        ("terrorists", "non_state_armed"),
        ("illegal armed groups", "non_state_armed"),
        ("rebels", "non_state_armed"),
        ("insurgents", "non_state_armed"),
        ("fighters", "non_state_armed"),
        ("jihadists", "non_state_armed"),
        ("gunmen", "non_state_armed"),
        ("opposition forces", "non_state_armed"),
        ("anti-government forces", "non_state_armed"),
        ("anti-Assad forces", "non_state_armed"),
        ("separatists", "non_state_armed"),
        ("dozens of militants", "non_state_armed"),
        ("Kurdish fighters", "non_state_armed"),
        ("government forces", "state_forces"),
        ("regime forces", "state_forces"),
        ("the army", "state_forces"),
        ("troops", "state_forces"),
        ("Syrian government forces", "state_forces"),
        ("Baloch Liberation Army", "non_state_armed"),  # a named group's own role, not its "army"'s
        ("Karen National Liberation Army", "non_state_armed"),
    ],
)
def test_generic_role(text, role):
    assert generic_role(text) == role


@pytest.mark.parametrize("text", ["Kafr Nabudah", "hospital", ""])
def test_generic_role_abstains(text):
    assert generic_role(text) is None


def test_ministry_key_builds_country_and_kind():
    armenian = ministry_key("Armenian Defense Ministry")
    assert armenian == ("AM", "defense")
    assert ministry_key("Armenian Ministry of Defense") == armenian
    assert ministry_key("Ministry of Defence of the Republic of Armenia") == armenian
    assert ministry_key("Azerbaijani Ministry of Defense") == ("AZ", "defense") != armenian
    assert ministry_key("Ministry of Defense of Azerbaijan") == ("AZ", "defense")
    assert ministry_key("Azerbaijan Prosecutor's Office") == ("AZ", "prosecutor")
    assert ministry_key("Prosecutor General's Office of Azerbaijan") == ("AZ", "prosecutor")
    assert ministry_key("Russian MoD") == ("RU", "defense")
    assert ministry_key("Russia's Ministry of Emergency Situations") == ("RU", "emergencies")
    assert ministry_key("the Syrian Foreign Ministry") == ("SY", "foreign")
    assert ministry_key("Libyan Ministry of Interior") == ("LY", "interior")
    assert ministry_key("Gaza Health Ministry") == ("PS", "health")
    assert ministry_key("South Sudanese Defence Ministry") == ("SS", "defense")
    assert ministry_key("the Pentagon") == ("US", "defense")
    assert ministry_key("the State Department") == ("US", "foreign")  # no other country's is so named
    assert ministry_key("the Hamas-run health ministry") == ("PS", "health")  # the country of who runs it
    assert ministry_key("the Houthi-run health ministry") == ("YE", "health")


def test_ministry_key_abstains_without_a_single_country():
    assert ministry_key("the Defense Ministry") is None
    assert ministry_key("Armenian and Azerbaijani Defense Ministries") is None
    assert ministry_key("Doctors Without Borders") is None
    assert ministry_kind("the Defense Ministry") == "defense"
    assert ministry_kind("Ministry of Justice") == "justice"


def test_match_organization_by_acronym_expansion_alias():
    msf = match_organization("MSF")
    assert msf is not None
    assert match_organization("Doctors Without Borders") is msf
    assert match_organization("M\u00e9decins Sans Fronti\u00e8res") is msf
    assert match_organization("\u2018Doctors Without Borders\u2019") is msf
    uossm = match_organization("UOSSM")
    assert uossm is not None
    assert match_organization("Union of Medical Care and Relief Organizations") is uossm
    assert match_organization("Union of Medical Care and Relief Organisations") is uossm
    assert match_organization("United Nations Support Mission in Libya") is match_organization("UNSMIL")
    assert match_organization("the U.N.") is match_organization("United Nations")
    assert match_organization("UN peacekeeping mission in Mali") is match_organization("MINUSMA") is not None
    assert match_organization("Ukrainian Railways") is match_organization("Ukrzaliznytsia") is not None
    assert match_organization("Red Cross") is match_organization("ICRC")
    assert match_organization("Britain-based Syrian Observatory for Human Rights") is match_organization("SOHR")
    assert match_organization("White Helmets") is match_organization("Syria Civil Defence")
    assert match_organization("Associated Press") is match_organization("AP")
    assert match_organization("OSCE Minsk Group") is match_organization("Minsk Group")
    for agency in ("SANA", "TASS", "RIA Novosti", "AFP", "Reuters", "UNHCR", "OCHA", "HRW", "Amnesty"):
        assert match_organization(agency) is not None, agency


def test_cased_acronyms_do_not_match_ordinary_words():
    assert match_organization("WHO") is not None
    assert match_organization("who") is None
    assert match_organization("ap") is None
    assert match_actor("IS") is not None and match_actor("is") is None


def test_country_codes_and_metonyms():
    assert country_code("Azerbaijani") == country_code("Azeri") == country_code("Azerbaijan's") == "AZ"
    assert country_code("U.S.") == "US" and country_code("us") is None
    assert country_code("Türkiye") == "TR"
    baku = capital_metonym("Baku")
    assert baku is not None and baku.country == "AZ" and baku.side == "az_gov"
    tripoli = capital_metonym("Tripoli")
    assert tripoli is not None and tripoli.country == "LY" and "LB" in tripoli.ambiguous_with
    assert capital_metonym("Kafr Nabudah") is None
    assert len(lx.organizations().countries) >= 40


@pytest.mark.parametrize(("text", "key"), [
    ("Azov battalion", ("azov",)),
    ("the Azov Regiment", ("azov",)),
    ("Azov nationalist battalion", ("azov",)),
    ("93rd Mechanized Brigade", ("93rd", "mechanized")),
    ("3rd Battalion", None),  # an ordinal alone names a different unit in every brigade
    ("Marine Corps", None),  # corps, division, legion are as often civil as military
    ("Homicide Division", None),
    ("the battalion", None),
])
def test_a_unit_is_keyed_by_the_capitalised_words_before_its_unit_noun(text: str, key: tuple[str, ...] | None) -> None:
    assert unit_key(text) == key


@pytest.mark.parametrize(("text", "actor_id"), [
    ("the Burhan militias", "saf"),
    ("Hemedti's forces", "rsf"),
    ("forces loyal to Dagalo", "rsf"),
    ("Min Aung Hlaing's army", "tatmadaw"),
    ("the Zelensky regime", "ukrainian_armed_forces"),
])
def test_a_leaders_name_before_a_force_noun_names_the_forces_they_lead(text, actor_id):
    hit = match_actor(text)
    assert hit is not None and hit.id == actor_id, (text, hit)


@pytest.mark.parametrize("text", ["Burhan", "Abdel Fattah al-Burhan", "Burhan officials", "Putin's speech"])
def test_guard_a_leaders_name_alone_or_before_another_noun_is_no_armed_actor(text):
    assert match_actor(text) is None, text


@pytest.mark.parametrize("text", ["ATMIS", "AMISOM troops", "African Union forces", "AU troops"])
def test_the_african_unions_force_in_somalia_is_one_actor(text):
    hit = match_actor(text)
    assert hit is not None and hit.id == "au_mission_somalia", (text, hit)


def test_an_ambiguous_form_with_an_affiliation_noun_keeps_its_candidates():
    assert {a.id for a in actor_candidates("SNA troops")} == {a.id for a in actor_candidates("SNA")}
    assert len(actor_candidates("SNA troops")) > 1


@pytest.mark.parametrize("text", ["the Congolese Revolutionary Army", "ARC", "RDF/M23"])
def test_the_m23s_own_and_its_enemys_names_are_the_m23(text):
    hit = match_actor(text)
    assert hit is not None and hit.id == "m23", (text, hit)


def test_guard_arc_in_lower_case_is_no_armed_group():
    assert match_actor("arc") is None


@pytest.mark.parametrize("text", ["rapid support militia", "Syrian militia", "Syrian government militias",
                                  "DR Congo rebels", "African Union members", "Islamic Resistance fighters",
                                  "Somali National movement", "African Union fighters", "National Defense Force"])
def test_guard_a_names_stem_is_its_capitalised_words_all_but_the_force_noun(text):
    assert match_actor(text) is None


def test_burkina_fasos_volunteers_fight_beside_its_army() -> None:
    from counterpoint.resolve.actors import allied

    assert allied("bf_vdp", "bf_gov") and not opposed("bf_vdp", "bf_gov")
