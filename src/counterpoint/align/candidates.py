"""Which claims and figures concern the same fact: a read-only view of the resolved corpus with
blocking indexes (by role, by event family, by place), so that comparison cost grows with the
size of each block rather than with the square of the corpus."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cached_property

from ..extract.cuesets import cue_sets
from ..extract.datelines import is_dateline
from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import categories
from ..records import Article, Claim, Quantity
from ..resolve import Resolution
from ..resolve.geo import covered_countries, km
from ..resolve.names import name_key
from ..resolve.places import base_name
from .corpus_spans import EvidenceSpans
from .corpus_voices import Voices
from .text import QUOTE_MARKS, scare_quoted

# events grouped into families whose claims can confirm or reject each other
FAMILIES = {
    "air_strike": "attack", "shelling": "attack", "suicide_bomb": "attack", "armed_clash": "clash",
    "attack": "attack", "attack_on_health_care": "attack",
    "attack_repelled": "control", "territory_taken": "control", "territory_regained": "control",
    "withdrawal": "control", "territory_held": "control",
    "chemical_attack": "chemical",
}
REJECTING = ("denied", "disputed")  # the stances of a claim that rejects another


def writers_doubt(c: Claim) -> bool:
    """"The army claimed ..., without providing evidence": the outlet doubts what it attributes
    (cues.json dispute_frames of kind "writer"); the claim is still its speaker's, for others to answer."""
    return c.stance == "disputed" and ((c.cue or "").lower() in cue_sets().writer_doubts or scare_quoted(c.cue))

# outcome of a control event for the attacking side: -1 it failed, +1 it succeeded
RARE_SHARE = 0.2  # a word in more than this share of an incident's claims is its vocabulary
RARE_CAP = 40  # ... and one in more claims than this, whatever the share
OUTCOME = {"attack_repelled": -1, "territory_taken": 1, "territory_regained": 1, "withdrawal": 1}


def family(event_type: str | None) -> str | None:
    if event_type is None:
        return None
    return FAMILIES.get(event_type, event_type)


class Corpus(Voices, EvidenceSpans):
    """The articles and what was resolved from them, with the blocking indexes and readings the
    comparisons share (speakers in :class:`Voices`, evidence spans in :class:`EvidenceSpans`)."""

    def __init__(self, articles: Sequence[Article], res: Resolution) -> None:
        self._headline_ends: dict[str, int] = {}
        self.articles = list(articles)
        self.article = {a.id: a for a in articles}
        self.order = {a.id: i for i, a in enumerate(articles)}
        self.res = res
        self.claims = list(res.claims)
        self.claim = {c.id: c for c in res.claims}
        # a distance, size or duration ("some 30 kilometres", "for two hours") is in the report, but
        # no comparison reads it: it counts nothing
        self.quantities = [q for q in res.quantities if q.kind not in UNCOUNTED_KINDS]
        self.entity = {e.id: e for e in res.entities}
        self.ancestors = {c.key: category_ancestors(c.key) for c in categories().categories}
        self.tolerance = 0.15
        cues = cue_sets()
        self.accusation_cues = cues.accusation_words
        self._connotation = cues.label_terms
        self._opposes = cues.side_opposes

    def label_connotation(self, label: str) -> str | None:
        return self._connotation.get(label.lower())

    def opposed(self, a: str, b: str) -> bool:
        return b in self._opposes.get(a, ()) or a in self._opposes.get(b, ())

    def aligned_sides(self, eid: str) -> set[str]:
        """The entity's side and the sides that share an opponent with it and oppose it not."""
        side = self.side(eid)
        if side is None:
            return set()
        enemies = set(self._opposes.get(side, ()))
        return {side} | {s for s, opp in self._opposes.items()
                         if s != side and enemies & set(opp) and not self.opposed(s, side)}

    # --- which articles tell of the same incident ------------------------------------------
    @cached_property
    def _place_keys(self) -> dict[str, set[str]]:
        """Per article, the places below province level it names: the blocking key for "same
        incident"."""
        keys: dict[str, set[str]] = defaultdict(set)
        background = self._background_spans
        namesake = self._town_of_same_name()
        for e in self.res.entities:
            if e.kind != "place" or (e.geo is not None and e.geo.precision == "country"):
                continue
            key = e.id
            if e.geo is not None and e.geo.precision == "admin1":
                if e.id not in namesake:
                    continue  # a whole province is too wide to say two articles tell of one incident
                key = namesake[e.id]  # "the province of Saada" and "Saada": the same name, one story
            for m in e.mentions:
                if is_dateline(self.article[m.article].text, m.start):
                    continue  # where the reporter files from, not where it happened
                if not any(s <= m.start and m.end <= t for s, t in background[m.article]):
                    keys[m.article].add(key)  # a town named only in the background is not the incident's
        return keys

    def share_a_place(self, a: str, b: str) -> bool:
        """The two articles name a place below province level in common (``_place_keys``)."""
        return bool(self._place_keys.get(a, set()) & self._place_keys.get(b, set()))

    def _town_of_same_name(self) -> dict[str, str]:
        """Province entity id -> the id of the town the corpus names with the province's own name,
        inside it (Saada province and Saada city)."""
        towns = {}
        for e in self.res.entities:
            if e.kind == "place" and e.geo is not None and e.geo.precision == "place":
                towns.setdefault((name_key(e.name), e.geo.country, e.geo.admin1), e.id)
        out = {}
        for e in self.res.entities:
            if e.kind == "place" and e.geo is not None and e.geo.precision == "admin1":
                town = towns.get((name_key(base_name(e.name)[0]), e.geo.country, e.geo.admin1))
                if town is not None:
                    out[e.id] = town
        return out

    @cached_property
    def peers(self) -> dict[str, tuple[str, ...]]:
        """The other articles each article is compared with: those naming one of its places (or
        any, when either names none) and near it in time (``_near_in_time``).
        Blocking on place and date keeps the cost near-linear on a corpus of many incidents."""
        index: dict[str, list[str]] = defaultdict(list)
        # a large city outside the countries the gazetteer covers in full is where someone spoke or
        # met ("Washington said"), no ground to keep an article from the incident's other reports
        covered = covered_countries()
        located = {e.id for e in self.res.entities
                   if e.kind == "place" and e.geo is not None and e.geo.country in covered}
        placeless = {a.id for a in self.articles if not self._place_keys.get(a.id)}
        # an article whose places the gazetteer cannot locate ("Yelenovka" for "Olenivka") may be
        # anywhere a located article is; two such articles meet only on a name they share, so two
        # villages the gazetteer does not know stay two incidents
        unplaced = {a.id for a in self.articles if a.id not in placeless and not (self._place_keys[a.id] & located)}
        placed = [a.id for a in self.articles if a.id not in placeless and a.id not in unplaced]
        for a in self.articles:
            for key in self._place_keys.get(a.id, ()):
                index[key].append(a.id)
        out: dict[str, tuple[str, ...]] = {}
        for a in self.articles:
            keys = self._place_keys.get(a.id, set())
            if not keys:
                cands = set(self.article)
            else:
                cands = placeless | {x for k in keys for x in index[k]}
                cands |= set(placed) if a.id in unplaced else unplaced
            cands.discard(a.id)
            near = [b for b in sorted(cands, key=self.order.get) if self._near_in_time(a.id, b)]
            out[a.id] = tuple(near)
        return out

    @cached_property
    def _days_told(self) -> dict[str, frozenset[int]]:
        """Per article, its own date and the days its incident claims date the event to (a
        follow-up weeks later still tells of the strike "on Oct. 17")."""
        from .revisions import day_number

        out: dict[str, set[int]] = defaultdict(set)
        for a in self.articles:
            if (d := day_number(a.date)) is not None:
                out[a.id].add(d)
        for a in self.articles:  # "the incident in Dhahian on August 9" in a piece weeks later
            out[a.id].update(_days_named(a))
        for c in self.claims:
            if c.scope == "incident" and c.event is not None and c.event.date and len(c.event.date) in (7, 10):
                first = day_number(c.event.date if len(c.event.date) == 10 else c.event.date + "-01")
                if first is not None:  # a month ("last month") stands for each of its days
                    out[c.article].update(range(first, first + (1 if len(c.event.date) == 10 else 31)))
        return {a: frozenset(v) for a, v in out.items()}

    def _near_in_time(self, a: str, b: str) -> bool:
        """Dated within a week of each other, or one tells of the other's day; undated: near."""
        da, db = self._sorted_days.get(a), self._sorted_days.get(b)
        if not da or not db:
            return True
        small, big = (da, db) if len(da) <= len(db) else (db, da)
        for x in small:
            i = bisect_left(big, x - 7)
            if i < len(big) and big[i] <= x + 7:
                return True
        return self._recalls_year(a, b) or self._recalls_year(b, a)

    @cached_property
    def _background_spans(self) -> dict[str, list[tuple[int, int]]]:
        """Per article, the spans of its background claims (an earlier event, a war's tally)."""
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for c in self.claims:
            if c.scope == "background":
                out[c.article].append((c.start, c.end))
        return out

    def in_background(self, article: str, at: int) -> bool:
        """Does offset ``at`` lie in one of the article's background claims (an earlier event)?"""
        return any(s <= at < e for s, e in self._background_spans.get(article, ()))

    @cached_property
    def _sorted_days(self) -> dict[str, list[int]]:
        return {a: sorted(days) for a, days in self._days_told.items()}

    def _recalls_year(self, later: str, earlier: str) -> bool:
        """A piece a year later that names the earlier one's year ("during the 2022 operation")
        outside its background may look back on its incident; the places they share decide,
        unless neither names one."""
        ya, yb = (self.article[later].date or "")[:4], (self.article[earlier].date or "")[:4]
        if not (ya.isdigit() and yb.isdigit() and 0 < int(ya) - int(yb) <= 1):
            return False
        return int(yb) in self._years_named.get(later, ())

    @cached_property
    def _years_named(self) -> dict[str, frozenset[int]]:
        background = self._background_spans
        return {a.id: frozenset(int(m.group()) for m in _YEAR.finditer(a.text)
                                if not any(s <= m.start() < e for s, e in background[a.id]))
                for a in self.articles}

    def comparable(self, a: str, b: str) -> bool:
        return a == b or b in self._peer_sets[a]

    @cached_property
    def _peer_sets(self) -> dict[str, frozenset[str]]:
        return {a: frozenset(p) for a, p in self.peers.items()}

    @cached_property
    def components(self) -> list[list[str]]:
        """Groups of articles linked by comparability (one incident's coverage)."""
        parent = {a.id: a.id for a in self.articles}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, ps in self.peers.items():
            for b in ps:
                parent[find(b)] = find(a)
        groups: dict[str, list[str]] = defaultdict(list)
        for a in self.articles:
            groups[find(a.id)].append(a.id)
        return list(groups.values())

    @cached_property
    def component_of(self) -> dict[str, int]:
        """Article id -> index of its component (the incident its coverage tells of)."""
        return {a: i for i, group in enumerate(self.components) for a in group}

    @cached_property
    def earlier_counts(self) -> dict[tuple[int, str | None], list[Quantity]]:
        """(incident, role) -> the counts an article marks as earlier or preliminary ("revised an
        earlier estimate of 30", "up from 30"): whoever else gives that figure gives an old count."""
        out: dict[tuple[int, str | None], list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            if q.preliminary and q.role is not None:
                out[(self.component_of[q.article], q.role)].append(q)
        return out

    @cached_property
    def _rare_words(self) -> dict[str, frozenset[str]]:
        from .anchors import anchors  # anchors reads the wording lexicon, which reads this module

        words = {c.id: anchors(c.text) for c in self.claims}
        size: Counter[int] = Counter(self.component_of[c.article] for c in self.claims)
        df: Counter[tuple[int, str]] = Counter((self.component_of[c.article], w) for c in self.claims for w in words[c.id])
        out = {}
        for c in self.claims:
            k = self.component_of[c.article]
            cap = min(RARE_CAP, max(2, RARE_SHARE * size[k]))
            out[c.id] = frozenset(w for w in words[c.id] if df[(k, w)] <= cap)
        return out

    @cached_property
    def incident_words_by_article(self) -> dict[str, dict[str, list[str]]]:
        """article -> distinctive word -> the article's incident claims (ids) that use it."""
        out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for c in self.claims:
            if c.scope == "incident":
                for w in self.rare_words(c.id):
                    out[c.article][w].append(c.id)
        return out

    def rare_words(self, claim_id: str) -> frozenset[str]:
        """A claim's distinctive words: those few of its incident's claims use (the town and
        "strike" are every claim's; "shrapnel" and "trenches" are a detail's)."""
        return self._rare_words.get(claim_id, frozenset())

    # --- entities inside claims -------------------------------------------------------
    @cached_property
    def claim_entities(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        by_article: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            by_article[c.article].append(c)
        for e in self.res.entities:
            for m in e.mentions:
                for c in by_article.get(m.article, ()):
                    if c.start <= m.start and m.end <= c.end:
                        out[c.id].add(e.id)
        return out

    def coarse(self, place: str) -> bool:
        """A country or a province: a whole territory no single attack takes or fails to take."""
        geo = self.entity[place].geo
        return geo is not None and geo.precision in ("country", "admin1")

    def places(self, claim_id: str) -> set[str]:
        return {e for e in self.claim_entities.get(claim_id, ()) if self.entity[e].kind == "place"}

    def event_place(self, claim_id: str | None) -> str | None:
        c = self.claim.get(claim_id) if claim_id else None
        return c.event.place if c is not None and c.event is not None else None

    def places_clash(self, a: str | None, b: str | None) -> bool:
        """Two claims' events are placed far apart (both located, over 60 km, neither containing
        the other). An unlocated place is no evidence of a different place."""
        return self.places_apart(self.event_place(a), self.event_place(b))

    def places_apart(self, pa: str | None, pb: str | None) -> bool:
        """Two located places over 60 km apart, neither containing the other."""
        if pa is None or pb is None or pa == pb:
            return False
        ga, gb = self.entity[pa].geo, self.entity[pb].geo
        if ga is None or gb is None:
            return False
        if self._contains(pa, pb) or self._contains(pb, pa):
            return False
        return km(ga.lat, ga.lon, gb.lat, gb.lon) > 60

    def same_event_place(self, salient: str, other: str) -> bool:
        """Does the other claim place its event where the salient claim does (or somewhere inside
        it)? A claim with no place, or only a country, cannot confirm a precisely placed event."""
        pa, pb = self.event_place(salient), self.event_place(other)
        if pa is None:
            return True
        if pb is None:
            return False
        return pa == pb or self._contains(pa, pb)

    def contains(self, outer: str, inner: str) -> bool:
        """The place ``outer`` (a country or a province) holds the place ``inner``."""
        return self._contains(outer, inner)

    def _contains(self, outer: str, inner: str) -> bool:
        go, gi = self.entity[outer].geo, self.entity[inner].geo
        if go is None or gi is None:
            return False
        if go.precision == "country":
            return gi.country == go.country
        if go.precision == "admin1":
            return gi.country == go.country and gi.admin1 == go.admin1
        return False

    def _country(self, eid: str) -> str | None:
        geo = self.entity[eid].geo
        return geo.country if geo else None

    def _precision(self, eid: str) -> str | None:
        geo = self.entity[eid].geo
        return geo.precision if geo else None

    # --- blocks ---------------------------------------------------------------------
    @cached_property
    def quantities_by_article_role(self) -> dict[tuple[str, str], list[Quantity]]:
        out: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            if q.kind == "count" and q.role:
                out[(q.article, q.role)].append(q)
        return out

    @cached_property
    def durations_by_article(self) -> dict[str, list[Quantity]]:
        out: dict[str, list[Quantity]] = defaultdict(list)
        for q in self.res.quantities:  # self.quantities leaves them out: they count nothing
            if q.kind == "duration":
                out[q.article].append(q)
        return out

    @cached_property
    def quantities_by_role(self) -> dict[str, list[Quantity]]:
        out: dict[str, list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            if q.kind == "count" and q.role:
                out[q.role].append(q)
        return out

    @cached_property
    def claims_by_family(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            fam = family(c.event.type if c.event else None)
            if fam:
                out[fam].append(c)
        return out

    @cached_property
    def claims_by_article(self) -> dict[str, list[Claim]]:
        """Each article's claims in text order."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in sorted(self.claims, key=lambda c: (c.article, c.start)):
            out[c.article].append(c)
        return out

    @cached_property
    def claims_by_article_family(self) -> dict[tuple[str, str], list[Claim]]:
        out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for fam, claims in self.claims_by_family.items():
            for c in claims:
                out[(c.article, fam)].append(c)
        return out

    @cached_property
    def quantities_by_claim(self) -> dict[str, list[Quantity]]:
        out: dict[str, list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            if q.claim:
                out[q.claim].append(q)
        return out

    # --- display --------------------------------------------------------------------
    def source(self, article_id: str) -> str:
        """How explanations name an article: its source, else its title, else its file name; with
        its id when another article has the same name ("trt (a12)": one outlet's two reports)."""
        name = self._name(article_id)
        return f"{name} ({article_id})" if self._name_counts[name] > 1 else name

    def _name(self, article_id: str) -> str:
        a = self.article[article_id]
        if a.source or a.title:
            return a.source or a.title or article_id
        if a.path and a.path != "-":
            return a.path.replace("\\", "/").rsplit("/", 1)[-1]
        return article_id

    @cached_property
    def _name_counts(self) -> Counter[str]:
        return Counter(self._name(a.id) for a in self.articles)

    def speaker_name(self, claim_id: str | None) -> str | None:
        c = self.claim.get(claim_id) if claim_id else None
        if c is None or c.speaker is None:
            return None
        return self.entity[c.speaker].name

    def scope(self, claim_id: str | None) -> str:
        """"incident" or "background" (a cumulative tally, an earlier event); a figure outside any
        claim belongs to the incident."""
        c = self.claim.get(claim_id) if claim_id else None
        return c.scope if c is not None else "incident"

    def date_of(self, article_id: str, claim_id: str | None = None) -> str | None:
        c = self.claim.get(claim_id) if claim_id else None
        if c is not None and c.event is not None and c.event.date:
            return c.event.date
        return self.article[article_id].date


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+(?:19|20)\d\d)?)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE = re.compile(r"\b(?:since|began|begun|started|launched)\b[^.;]*$", re.IGNORECASE)
TOLD_WITHIN = 400  # days before its own date an article may tell of the incident's day


def _days_named(article: Article) -> set[int]:
    """The days of the month an article names (resolved against its date), up to its own date and
    not over ``TOLD_WITHIN`` days before it: a follow-up names the day of the incident it is about."""
    from ..extract.dates import resolve_date
    from .revisions import day_number

    own = day_number(article.date)
    if own is None:
        return set()
    out = set()
    for m in _DAY_OF_MONTH.finditer(article.text):
        if _SINCE.search(article.text, max(0, m.start() - 40), m.start()):
            continue  # "the war raging since February 24": the start of something longer, not the incident's day
        day = day_number(resolve_date(m.group(), article.date))
        if day is not None and own - TOLD_WITHIN <= day <= own:
            out.add(day)
    return out


UNCOUNTED_KINDS = ("measure", "duration")
