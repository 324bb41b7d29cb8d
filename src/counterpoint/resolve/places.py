"""Place mentions -> gazetteer places, with each article's own places as context.

Two passes: countries and first-level divisions first (they are the context), then towns,
disambiguated by the divisions and countries their article names. Names the gazetteer does
not hold are matched to each other by transliteration-aware keys, and never to a located place
with a different name (no geo rather than the wrong town).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..nlp.lexicons import organizations
from ..records import Article, Geo, Mention
from .actors import country_code
from .geo import PlaceContext, default_gazetteer, km, town_for_division
from .names import name_key, place_skeleton, same_place_name

ADMIN_WORDS = re.compile(
    r"\s+(governorate|governorates|province|provinces|oblast|region|district|wilaya|state|"
    r"prefecture|county|raion|rayon|municipality)$", re.IGNORECASE)
PLACE_PREFIX = re.compile(r"^(the\s+)?((city|town|village|settlement|settlements|outskirts|suburbs?)\s+of\s+)", re.IGNORECASE)


# "Pazigyi village", "Pazigyi Village", "Kunduz city", "the Tel Amra neighbourhood": a place noun
# after the name, not part of it ("Gaza City", "Cape Town", "the Latin Quarter" keep theirs:
# capitalised, they belong to the name)
PLACE_NOUN_AFTER = re.compile(r"\s+(?:village|town|city|township|area|neighbou?rhood|quarter|Village|Township)$")
TRAILING_WORD = re.compile(r"\s+(?:of|in|on|at)$", re.IGNORECASE)  # "Kanbalu Township of": a tagging slip


def base_name(text: str) -> tuple[str, bool]:
    """("Hama", True) for "Hama governorate": the name and whether it names a division."""
    t = PLACE_PREFIX.sub("", TRAILING_WORD.sub("", text.strip()))
    t = PLACE_NOUN_AFTER.sub("", t)
    t2 = ADMIN_WORDS.sub("", t)
    return t2.strip(" ,"), t2 != t


# "the province of Saada"; not "district of" / "region of", which name a part of the place that follows
DIVISION_OF = re.compile(r"\b(?:governorate|province|oblast|wilaya)\s+of\s+$",
                         re.IGNORECASE)


# "the strategic town of Palma" ("Palma town" and "Palma district" say so in the name): a place of the
# story's own country
TOWN_BEFORE = re.compile(r"\b(?:town|village|settlement|district)\s+of\s+$", re.IGNORECASE)

FAR_ABROAD_KM = 1500  # a town this far from every country the story names is not the story's
NEAR_TOWN_KM = 300  # another town the article names this near its choice bears the choice out


class PlaceResolver:
    def __init__(self, articles: Sequence[Article], mentions: Sequence[Mention], gazetteer: str = "",
                 nationals: Mapping[str, Sequence[str]] | None = None) -> None:
        """``nationals``: per article, countries its other names point to ("Malian army" -> ML);
        they join the countries its places name, after them."""
        self.gaz = default_gazetteer(gazetteer or None)
        self.texts = {a.id: a.text for a in articles}
        self.context: dict[str, PlaceContext] = {}
        self.unlocated: dict[str, list[tuple[str, tuple]]] = {}
        self.cache: dict[tuple[str, str, bool], tuple[Geo | None, tuple]] = {}
        countries: dict[str, list[str]] = defaultdict(list)
        admins: dict[str, list[str]] = defaultdict(list)
        self.named_in: dict[str, dict[str, None]] = defaultdict(dict)  # base name -> articles naming it, in order
        self.placings: dict[str, dict[str, Geo | None]] = {}  # base name -> where each article naming it places it
        self.named_countries: dict[str, set[str]] = defaultdict(set)  # article -> countries it names as places
        self.town_framed: set[str] = set()  # base names some article calls a town, village or district
        for m in mentions:
            name, is_admin = base_name(m.text)
            self.named_in[name.lower()][m.article] = None
            text = self.texts.get(m.article, "")
            if PLACE_PREFIX.match(m.text) or PLACE_NOUN_AFTER.search(m.text) or ADMIN_WORDS.search(m.text) \
                    or TOWN_BEFORE.search(text, max(0, m.start - 30), m.start):
                self.town_framed.add(name.lower())
            country = self.gaz.country(name)
            if country is not None and not is_admin:
                countries[m.article].append(country.country)
                self.named_countries[m.article].add(country.country)
                continue
            admin = self.gaz.admin1(name)
            if admin is not None and (is_admin or self.gaz.is_admin_only(name)):
                admins[m.article].append(name)
                countries[m.article].append(admin.country)
        for article, codes in (nationals or {}).items():
            countries[article].extend(codes)
        all_countries = [c for a in articles for c in countries.get(a.id, [])]
        all_admins = [n for a in articles for n in admins.get(a.id, [])]
        for a in articles:
            own = countries.get(a.id, [])
            self.context[a.id] = PlaceContext(
                countries=tuple(dict.fromkeys(own or all_countries)),
                admin1_names=tuple(dict.fromkeys(admins.get(a.id, []))),
                # an article naming no division may read those the others name (its story's)
                corpus_admin1_names=() if admins.get(a.id) else tuple(dict.fromkeys(all_admins)),
                corpus_countries=tuple(dict.fromkeys(all_countries)),
            )

    def resolve(self, m: Mention) -> tuple[Geo | None, tuple]:
        name, is_admin = base_name(m.text)
        if not is_admin and DIVISION_OF.search(self.texts.get(m.article, ""), max(0, m.start - 30), m.start):
            is_admin = True  # "the province of Saada" is Saada province
        ctx = self.context.get(m.article, PlaceContext((), ()))
        cache_key = (name.lower(), m.article, is_admin)
        if cache_key in self.cache:
            return self.cache[cache_key]
        geo = None
        if is_admin:
            geo = self.gaz.admin1_geo(name, ctx)
        if geo is None:
            geo = self.gaz.resolve_place(name, ctx)
            if geo is not None and is_admin and not town_for_division(
                    m.text, "place" if geo.precision == "place" else "division", geo.country, ctx):
                geo = None  # "Sarvan province" with no country named: not a village called Sarvan abroad
        if geo is None and not is_admin:
            geo = self._as_elsewhere(name)
        elif geo is not None and not is_admin and geo.precision == "place":
            geo = self._as_the_others(name, m.article, geo, ctx)
        if geo is not None and geo.precision == "place" and self._town_abroad(name, geo, ctx):
            geo = None  # "the town of Palma" in a story of Mozambique is not Palma de Mallorca
        code = None if is_admin else geo.country if geo is not None and geo.precision == "country" \
            else country_code(name) if geo is None else None
        if code is not None:  # "the United States", "US", "U.S.": one country, whichever the gazetteer places
            result: tuple[Geo | None, tuple] = (geo or self._country_geo(code, ctx), ("country", code))
        elif geo is not None and geo.gazetteer_id:
            result = (geo, ("geo", geo.gazetteer_id))
        else:
            result = (None, self._unlocated_key(name))
        self.cache[cache_key] = result
        return result

    def _town_abroad(self, name: str, geo: Geo, ctx: PlaceContext) -> bool:
        """A name some article calls a town, village or district ("the strategic town of Palma")
        placed in a country no article names, far from every country they name: the story's own
        town the gazetteer lacks, not the large city abroad it holds. "Geneva" and a dateline's
        "NAIROBI" are never so called; "the town of Goma" where only Rwanda is named lies beside it."""
        named = tuple(dict.fromkeys((*ctx.countries, *ctx.corpus_countries)))
        if not named or geo.country in named or name.lower() not in self.town_framed:
            return False
        centres = [g for code in named if (g := self._country_geo(code, ctx)) is not None]
        return bool(centres) and all(km(g.lat, g.lon, geo.lat, geo.lon) > FAR_ABROAD_KM for g in centres)

    def _country_geo(self, code: str, ctx: PlaceContext) -> Geo | None:
        """The country's place by another of its names, when the gazetteer places none of this one."""
        entry = next((c for c in organizations().countries if c.code == code), None)
        for name in (entry.name, *entry.names, *entry.cased) if entry is not None else ():
            geo = self.gaz.resolve_place(name, ctx)
            if geo is not None and geo.precision == "country" and geo.country == code:
                return geo
        return None

    def _placings(self, name: str) -> dict[str, Geo | None]:
        """Where each article naming ``name`` places it, in its own context (asked once per name)."""
        key = name.lower()
        if key not in self.placings:
            self.placings[key] = {other: self.gaz.resolve_place(name, self.context.get(other, PlaceContext((), ())))
                                  for other in self.named_in.get(key, ())}
        return self.placings[key]

    def _as_elsewhere(self, name: str) -> Geo | None:
        """The town the other articles naming ``name`` place it in, when they agree: one set of
        reports tells of one Olenivka, though only the article naming Donetsk region says which."""
        found = {g.gazetteer_id: g for g in self._placings(name).values() if g is not None and g.gazetteer_id}
        return next(iter(found.values())) if len(found) == 1 else None

    def _as_the_others(self, name: str, article: str, geo: Geo, ctx: PlaceContext) -> Geo:
        """One name, one town across a story's reports: when two or more other articles name it and
        all place it in one town, an article whose own words only pointed elsewhere (a Moscow
        wire's "Russian military correspondents" put Shusha in Krasnoyarsk) takes theirs. Its own
        choice stands when it names that country, a division of the town it chose, or another town
        near it ("Homs, east of Tripoli" is the Libyan Homs)."""
        if geo.country in self.named_countries.get(article, ()) or geo.admin1 in ctx.admin1_names:
            return geo
        others = [g for a, g in self._placings(name).items() if a != article]
        ids = {g.gazetteer_id if g is not None else None for g in others}
        if len(others) < 2 or len(ids) != 1 or None in ids or geo.gazetteer_id in ids or others[0].precision != "place":
            return geo
        return geo if self._town_near(article, name, geo) else others[0]

    def _town_near(self, article: str, name: str, geo: Geo) -> bool:
        """Does the article name another town near the one it chose ("Homs, east of Tripoli"), each
        placed in its own context? Not one far off ("a Moscow news agency")."""
        return any(g is not None and g.precision == "place" and km(g.lat, g.lon, geo.lat, geo.lon) <= NEAR_TOWN_KM
                   for key, arts in self.named_in.items() if key != name.lower() and article in arts
                   for g in (self._placings(key).get(article),))

    def is_place(self, m: Mention) -> bool:
        """A one-word name the model took for a person that the gazetteer places in the article's
        own countries."""
        ctx = self.context.get(m.article, PlaceContext((), ()))
        if not ctx.countries:
            return False
        geo = self.gaz.resolve_place(base_name(m.text)[0], ctx)
        return geo is not None and geo.country in ctx.countries

    def locates(self, m: Mention) -> bool:
        """The gazetteer places the name without doubt: in the article's own countries when it
        names any, else anywhere (the gazetteer abstains on ambiguous names)."""
        ctx = self.context.get(m.article, PlaceContext((), ()))
        geo = self.gaz.resolve_place(base_name(m.text)[0], ctx)
        return geo is not None and (not ctx.countries or geo.country in ctx.countries)

    def _unlocated_key(self, name: str) -> tuple:
        bucket = self.unlocated.setdefault(place_skeleton(name), [])  # the name's spellings share it
        for known, key in bucket:
            if same_place_name(known, name):
                return key
        key = ("place", name_key(name))
        bucket.append((name, key))
        return key
