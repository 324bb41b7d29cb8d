"""Cluster mentions across articles into entities, with guards against wrong merges.

Keys, strongest first: a lexicon id (actor, organisation, ministry of a country), a gazetteer id
(places), then name matching: transliteration-aware for places and people, token-subset for
organisation names. Generic references ("militants", "rebels") join the actor their article
names for that role, except a speaker's "our army", which stays that article's own. A bare "the
ministry" joins the one ministry its article named before with a country, and an office named
right before its holder ("UN Secretary-General Antonio Guterres") is that person. Opposing sides
and different gazetteer places never merge.
"""

from __future__ import annotations

import functools

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from ..extract.cuesets import cue_sets
from ..extract.mentions import ACRONYM_EXPANSION, spells
from ..nlp.lexicons import weapon_named
from ..nlp.lexicons.loaders import cue_regex
from ..records import Article, Entity, Geo, Mention
from . import actors as actor_lex
from .geo import covered_countries
from .names import fold, name_key, person_form, same_given_name, same_name, skeleton
from .places import PlaceResolver, base_name

TITLE_WORDS = {
    "gen", "gen.", "general", "major", "maj", "maj.", "lt", "lt.", "lieutenant", "colonel", "col", "col.",
    "brig", "brig.", "brigadier", "admiral", "adm", "adm.", "capt", "capt.", "captain", "sgt", "sgt.",
    "president", "prime", "minister", "deputy", "foreign", "defense", "defence", "interior", "spokesman",
    "spokeswoman", "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "king",
    "prince", "commander", "chief", "head", "secretary", "ambassador", "envoy", "press", "emir", "field",
    "marshal", "senior", "sen", "sen.", "rep", "rep.", "governor", "mayor",
}
STOP = {"the", "of", "for", "in", "and", "on", "to", "a", "an", "at", "'s", "s"}


@dataclass(slots=True)
class Cluster:
    kind: str
    key: tuple | None
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # name forms used for matching
    canonical: str | None = None
    geo: Geo | None = None
    side: str | None = None
    role: str | None = None  # state_forces | non_state_armed, for actors


def person_name(text: str) -> str:
    """A person's name without titles and ranks: "Major General Viktor Kupchishin" -> "Viktor Kupchishin"."""
    toks = [t for t in re.split(r"\s+", text.strip()) if t]
    while len(toks) > 1 and toks[0].lower().strip(",") in TITLE_WORDS:
        toks.pop(0)
    return " ".join(toks).strip(" ,")


def org_tokens(text: str) -> list[str]:
    """Content-word stems of an organisation name, quotes and particles dropped, spelling unified
    (center/centre), plurals made singular."""
    from ..nlp.lexicons import categories

    spelling = categories().spelling
    words = re.findall(r"[\w]+", name_key(text))
    return [_singular(spelling.get(w, w))[:7] for w in words if w not in STOP]


def _singular(word: str) -> str:
    """"systems" -> "system": one name in the singular and the plural ("High Mobility Artillery
    Rocket System(s)")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "ws")) \
        else word  # not "Hamas" (Hama) or "News"


def _org_subsumes(a: list[str], b: list[str]) -> bool:
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small[0] == big[0] and set(small) <= set(big)


def _org_reordered(a: list[str], b: list[str]) -> bool:
    """The same words in another order ("General Prosecutor's Office" / "the prosecutor general's
    office"), or three or more of them inside a longer name ("... Office of Azerbaijan")."""
    small, big = (set(a), set(b)) if len(set(a)) <= len(set(b)) else (set(b), set(a))
    return (len(small) >= 2 and small == big) or (len(small) >= 3 and small <= big)


REORDER_MAX = 7  # longer names are compared in their own word order only


def _reordered_pairs(nodes: list) -> set[tuple[int, int]]:
    """Node pairs whose names may hold the same words in another order, found through an index of
    each name's word sets (no comparison of every pair)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for form in node[2]:
            words = sorted(set(form))
            if len(words) <= REORDER_MAX:
                for k in range(min(len(words), 3) if len(words) > 2 else len(words), len(words) + 1):
                    for sub in combinations(words, k):
                        index[sub].append(i)
    out = set()
    for i, node in enumerate(nodes):
        for form in node[2]:
            for j in index.get(tuple(sorted(set(form))), ()):
                if i != j:
                    out.add((min(i, j), max(i, j)))
    return out


def _respell(words: list[str], like: list[str]) -> list[str]:
    """``words`` with one word that differs from one of ``like`` by two swapped neighbouring
    letters spelled as in ``like`` (a typo: "Al Alhi Hospital" for "Al Ahli Hospital"). Only in
    names of two words or more that share another word: one-word names ("UNHRC", "UNHCR") differ
    by design."""
    if len(words) < 2 or len(like) < 2 or not set(words) & set(like):
        return words
    return [next((x for x in like if _swapped(w, x)), w) for w in words]


def _swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class _Clusters:
    def __init__(self) -> None:
        self.items: list[Cluster] = []
        self.by_key: dict[tuple, Cluster] = {}

    def keyed(self, kind: str, key: tuple, name: str | None = None) -> Cluster:
        c = self.by_key.get(key)
        if c is None:
            c = Cluster(kind, key, canonical=name)
            self.by_key[key] = c
            self.items.append(c)
        return c

    def new(self, kind: str) -> Cluster:
        c = Cluster(kind, None)
        self.items.append(c)
        return c




# nouns a place's name stands before when it names a site there ("Kolbiyow camp", "Kulbiyow town")
SITE_NOUNS = frozenset({"camp", "camps", "base", "bases", "town", "village", "district", "city", "area", "airbase"})


def _named_place_elsewhere(m: Mention, place_keys: set[str], surnames: list[str], texts: dict[str, str],
                           place_names: set[str] = frozenset()) -> bool:
    """A name the model read as a place in some sentence and as a person or group in another
    ("Moura"; "besieged Al Fasher" beside "the city, Al Fasher"; one word spelled otherwise,
    "their Kolbiyow camp" beside "Kulbiyow"): the place, unless it is a person's surname, follows a
    title, or is a capital that speaks."""
    text = m.text.strip()
    if not text[:1].isupper():
        return False
    if name_key(text) not in place_keys:
        # another spelling of a place named elsewhere only right before a place's noun ("their
        # Kolbiyow camp"): "Colonel Korvell", "President Peres" and "the Duma" are no towns
        after = texts.get(m.article, "")[m.end:m.end + 20].split()
        if " " in text or not after or after[0].lower().strip(".,;") not in SITE_NOUNS \
                or not _spelled_like_a_place(text, place_names):
            return False
    if _is_surname(text, surnames) if " " not in text else (_titled(m, texts) or _speaks(m, texts.get(m.article, ""))):
        return False
    if actor_lex.match_actor(text) is not None or actor_lex.match_organization(text) is not None:
        return False
    return not (actor_lex.capital_metonym(text) is not None and _speaks(m, texts.get(m.article, "")))


def _named_place_in_name(m: Mention, place_keys: set[str], place_names: set[str]) -> Mention | None:
    """The place a facility's name opens with, as a place mention, when the articles name that
    place elsewhere: the whole opening ("Tell Amra" of "Tell Amra Central School") or its first
    word ("Kunduz" of "Kunduz Regional Hospital")."""
    words = m.text.split()
    for n in (len(words), 1) if len(words) > 1 else (1,):
        head = " ".join(words[:n])
        if name_key(head) in place_keys or _spelled_like_a_place(head, place_names):
            return replace(m, kind="place", end=m.start + len(head), text=head)
    return None


def _spelled_like_a_place(text: str, place_names: set[str]) -> bool:
    """A possible place name ("Dahyan") that is another spelling of a place the articles name
    ("Dhahyan"): one place, though the gazetteer knows neither."""
    text = text.strip()
    if len(text) < 4 or not text[:1].isupper():
        return False
    return any(same_name(text, p) for p in place_names  # a cheap screen before the spelling rules
               if p[:1].lower() == text[:1].lower() and abs(len(p) - len(text)) <= 3)


def _misread_place(m: Mention, places: PlaceResolver, texts: dict[str, str]) -> bool:
    """A name the model took for a group or organisation that the gazetteer places in the
    article's own countries, and that no lexicon knows as anything else; a capital only in a
    dateline ("Bamako, April 8 (AFP)"; "Bamako said" is the government)."""
    text = m.text.strip()
    if not text[:1].isupper() or text.isupper() or len(text.split()) > 3 or weapon_named(text) is not None \
            or actor_lex.country_code(text) is not None or actor_lex.match_organization(text) \
            or actor_lex.match_actor(text) is not None:
        return False
    if actor_lex.capital_metonym(text) is not None and _speaks(m, texts.get(m.article, "")):
        return False
    return places.locates(m)


_LIST_OR_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|from|toward|towards)|,|\band)\s+$", re.IGNORECASE)
_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|near)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|again\s+|then\s+)?([A-Za-z]+)")


def _speaks(m: Mention, text: str) -> bool:
    """"Bamako denied ...", "Moscow has said ...", "accused Kyiv": a capital followed by a
    reporting verb, or accused, stands for its government; in a dateline or a list of shelled
    towns it is a place."""
    if _PLACE_PREP.search(text, max(0, m.start - 6), m.start):
        return False  # "the authorities in Bamako announce": the city, where they sit
    before = text[max(0, m.start - 16):m.start].split()
    if before and before[-1].lower() in cue_sets().accusation_words:
        return True  # "accused Kyiv", "blamed Moscow": the government is who is accused
    found = _NEXT_WORD.match(text, m.end)
    if found is None:
        return False
    w = found.group(1).lower()
    forms = {w, w[:-1], w[:-2], w[:-3] + "y", "say" if w in ("said", "says") else w}
    return bool(forms & cue_sets().reporting_verbs)


def cluster_mentions(articles: Sequence[Article], mentions: Sequence[Mention], gazetteer: str = "",
                     ) -> list[Cluster]:
    clusters = _Clusters()
    # a country's name is a place whatever the model took it for ("Mali's army": PERSON)
    mentions = [replace(m, kind="place") if m.kind != "place" and actor_lex.country_by_name(m.text) else m
                for m in mentions]
    spelled = _spelled_out(articles, mentions)
    if spelled:  # "United Nations" inside "United Nations Assistance Mission in Afghanistan" is that name's word
        mentions = [m for m in mentions if m.kind == "place" or not any(
            x.article == m.article and x.start <= m.start and m.end <= x.end for x in spelled)] + spelled
    nationals: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.kind in ("actor", "organization", "maybe_place"):
            nationals[m.article].extend(sorted(actor_lex.countries_named(m.text)))
    places = PlaceResolver(articles, [m for m in mentions if m.kind == "place"], gazetteer, nationals)
    generic: list[tuple[Mention, str, bool]] = []
    bare_ministries: list[Mention] = []
    persons: list[Mention] = []
    orgs: list[tuple[Mention, list[str]]] = []
    described: list[Mention] = []  # "a warlord": a person named only by a label
    described_orgs: list[tuple[Mention, tuple[str, ...]]] = []  # "the aid group"
    org_kinds: dict[tuple, str] = {}
    acronyms = _acronyms(articles, mentions)
    org_acronyms = {a for m in mentions if m.kind in ("organization", "actor", "other")
                    and (a := _acronym_of(m.text)).isupper()}
    surnames = _surnames(mentions)
    # "Ngarbuh village" names the place "Ngarbuh" too, which the model may read as a group elsewhere
    place_keys = {name_key(n) for m in mentions if m.kind == "place"
                  for n in (m.text, _settlement_base(m.text)) if n}
    # "Bermal district" is also the name "Bermal", which an untagged "Barmal" may spell otherwise
    place_names = {n for m in mentions if m.kind == "place" for n in (m.text.strip(), base_name(m.text)[0])}
    texts = {a.id: a.text for a in articles}
    # a two-word "person" that other sentences read as a place ("besieged Al Fasher") is no one's name
    # each name once, in a fixed order: a corpus repeats its people's names many times
    full_names = [list(parts) for parts in sorted({
        tuple(person_name(m.text).split()) for m in mentions
        if m.kind == "person" and len(person_name(m.text).split()) >= 2
        and not _facility_name(m.text)
        and (name_key(m.text) not in place_keys or _titled(m, texts))})]
    full_index = _full_name_index(full_names)
    for m in mentions:
        text = m.text
        if m.kind == "place_in_name":  # "Sa'ada" of "the Sa'ada City Remand Prison"
            m = _named_place_in_name(m, place_keys, place_names)
            if m is None:
                continue  # a name of the facility's own ("Kamal Adwan Hospital")
            text = m.text
        if m.kind in ("organization", "other") and (
                _is_surname(text, surnames) if " " not in text.strip() else _is_full_name(text, full_index)) \
                and actor_lex.match_organization(text) is None and actor_lex.match_actor(text) is None:
            persons.append(m)  # "Bashagha", "Major General Adil Nasrawi" tagged as organisations, not "UN"
            continue
        if m.kind in ("organization", "other") and " " not in text.strip() and _speaks(m, texts.get(m.article, "")) \
                and _near_full_name(text, full_names):
            persons.append(m)  # "Tesfay also denied" after "Tesfaye Alemu": the person, misspelt
            continue
        text = _with_possessor(m, texts)  # for matching only: the mention keeps its own words
        head = text.split(" of ")[0] if m.kind == "organization" and " of " in text and text == m.text else text
        actor = actor_lex.match_actor(head) if m.kind in ("actor", "organization", "other") else None
        if actor is None and m.kind == "actor" and m.label and head.lower().endswith(" " + m.label):
            actor = actor_lex.match_actor(head[:-len(m.label)])  # "the Afghan Taliban regime": the Taliban
        if actor is not None:
            c = clusters.keyed("actor", ("actor", actor.id), actor.name)
            c.side, c.role = actor.side, getattr(actor, "role", None)
            c.mentions.append(m)
            continue
        unit = actor_lex.unit_key(text) if m.kind in ("organization", "actor", "other") else None
        if unit is not None:
            clusters.keyed("actor", ("unit", *unit), None).mentions.append(m)  # "Azov battalion" = "Azov Regiment"
            continue
        if m.kind in ("organization", "person", "other") and _named_place_elsewhere(m, place_keys, surnames, texts,
                                                                                    place_names):
            m = replace(m, kind="place")  # "Moura" read as an organisation here, as a town elsewhere
        elif m.kind in ("organization", "actor", "maybe_place") and _misread_place(m, places, texts):
            m = replace(m, kind="place")  # "Aleppo" read as a nationality, "Bamako," of a dateline as an organisation
        elif m.kind == "maybe_place" and _spelled_like_a_place(text, place_names):
            m = replace(m, kind="place")  # "in Dahyan city", where another sentence names "Dhahyan"
        elif m.kind == "maybe_place":
            if actor_lex.match_actor(text) is None:
                continue  # a nationality-like name that is neither a place nor a known group
            m = replace(m, kind="actor")
        if m.kind == "place":
            geo, key = places.resolve(m)
            c = clusters.keyed("place", key, None)
            c.geo = c.geo or geo
            c.mentions.append(m)
            c.names.append(text)
            continue
        if m.kind == "actor":
            role = actor_lex.generic_role(text) or (actor_lex.generic_role(m.label) if m.label else None)
            if role is not None:
                # "our army": the speaker's own forces, whom the article's other names need not be
                own = _FIRST_PERSON.search(texts.get(m.article, ""), max(0, m.start - 30), m.start)
                generic.append((m, role, bool(own)))
                continue
        if m.kind == "actor" and _person_label(m):
            described.append(m)
            continue
        if m.kind in ("organization", "actor", "other"):
            org = actor_lex.match_organization(text) or actor_lex.match_organization(
                acronyms.get(text.strip(), text))
            if org is not None and org.country is None and org.kind in NATIONAL_SOCIETIES \
                    and (branch := _national_branch(m, texts)) is not None:
                orgs.append((branch, org_tokens(branch.text)))  # "the Nigerian Red Cross": not the ICRC
                continue
            if org is not None:
                clusters.keyed("organization", ("org", org.id), org.name).mentions.append(m)
                org_kinds[("org", org.id)] = org.kind
                continue
            if kinds := actor_lex.description_kinds(text):
                described_orgs.append((m, kinds))
                continue
            ministry = actor_lex.ministry_key(text)
            if ministry is not None:
                clusters.keyed("organization", ("ministry", *ministry), None).mentions.append(m)
                continue
            if _BARE_MINISTRY.fullmatch(text.strip()) or actor_lex.ministry_kind(text) is not None:
                bare_ministries.append(m)  # "the ministry said": the one its article named before
                continue
            orgs.append((m, org_tokens(acronyms.get(_acronym_of(text), text))))
            continue
        if m.kind == "person" and (_initials(text) in org_acronyms or _facility_name(text)):
            # "Joint Incident Assessment Team" (JIAT), "Al-Ahli Arab Hospital" read as a person
            orgs.append((m, org_tokens(text)))
            continue
        if m.kind == "person" and _is_acronym(text) and text.strip() in acronyms:
            # "DPR" read as a person, where the corpus spells it out ("Donetsk People's Republic")
            orgs.append((m, org_tokens(acronyms[text.strip()])))
            continue
        if m.kind == "person":
            if weapon_named(text) is not None:
                continue  # "Iskander" the missile, which the model took for a person
            if actor_lex.capital_metonym(text) is not None and _speaks(m, texts.get(m.article, "")):
                orgs.append((m, org_tokens(text)))  # "Bamako denied ...": the government, not a person
                continue
            if not _is_surname(text, surnames) and not _speaks(m, texts.get(m.article, "")) and (
                    " " not in text.strip()
                    or _LIST_OR_PLACE_PREP.search(texts.get(m.article, ""), max(0, m.start - 8), m.start)) \
                    and places.is_place(m):
                geo, key = places.resolve(m)  # "Stepanakert", "in Bnei Brak" tagged as a person: a town
                c = clusters.keyed("place", key, None)
                c.geo = c.geo or geo
                c.mentions.append(m)
                c.names.append(text)
                continue
            persons.append(m)
    persons.extend(_leaders_named_in(mentions, surnames))
    _cluster_persons(clusters, persons, texts)
    _join_aliases(clusters, texts)
    for m in described:
        person = _labelled_person(clusters, m)
        if person is not None:
            person.mentions.append(m)
        else:
            orgs.append((m, org_tokens(m.text)))
    for m, kinds in described_orgs:
        named = _named_org_of_kind(clusters, org_kinds, m.article, kinds)
        if named is not None:
            named.mentions.append(m)
        else:
            orgs.append((m, org_tokens(m.text)))
    if bare_ministries:
        named_ministries = _ministries_by_article(clusters)
        orgs.extend((m, org_tokens(m.text)) for m in bare_ministries
                    if not _link_bare_ministry(named_ministries, m))
    _cluster_orgs(clusters, orgs)
    _link_generic(clusters, generic, articles)
    _offices_to_holders(clusters)
    _name_the_place_again(clusters, texts)
    _name_the_ministry_again(clusters, texts)
    return [c for c in clusters.items if c.mentions]


MIN_PLACE_NAME = 4  # shorter names ("Ur", "Ada") are too often other words


def _name_the_place_again(clusters: _Clusters, texts: dict[str, str]) -> None:
    """A place's name, where the model tagged it nowhere ("Russian missile hits Kramatorsk train
    station" in a headline), is that place too: each name a place cluster was read under joins it
    wherever it stands free of every other mention, unless a lexicon knows the name as a group or an
    organisation, or a capital stands for its government there ("accusing Kyiv", "Moscow said").
    Names are looked up from each capitalised word, so the cost grows with the text, not with
    texts times names."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters.items:
        for m in c.mentions:
            taken[m.article].append((m.start, m.end))
    by_first: dict[str, list[tuple[str, Cluster]]] = defaultdict(list)
    for c in clusters.items:
        if c.kind != "place" or not c.mentions:
            continue
        for name in {m.text.strip() for m in c.mentions}:
            first = _CAPITALISED_WORD.match(name)
            if first is not None and len(name) >= MIN_PLACE_NAME and name[:1].isupper() \
                    and actor_lex.match_actor(name) is None and actor_lex.match_organization(name) is None \
                    and weapon_named(name) is None:  # "Tochka" read as a place is the missile
                by_first[first.group()].append((name, c))
    for names in by_first.values():
        names.sort(key=lambda nc: -len(nc[0]))  # the longest name first: "Gaza City" before "Gaza"
    for article, text in texts.items():
        for word in _CAPITALISED_WORD.finditer(text):
            if not word.group()[:1].isupper():
                continue
            s = word.start()
            for name, c in by_first.get(word.group(), ()):
                e = s + len(name)
                if not text.startswith(name, s) or (e < len(text) and (text[e].isalnum() or text[e] in "_-")):
                    continue
                if any(a < e and s < b for a, b in taken[article]):
                    break
                m = Mention(article, s, e, name, "place")
                if actor_lex.capital_metonym(name) is not None and _speaks(m, text):
                    break
                c.mentions.append(m)
                taken[article].append((s, e))
                break


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[^\W\d_]\w*")  # a word; "Şırnak", "Kramatorsk" of "Kramatorsk's"


def _name_the_ministry_again(clusters: _Clusters, texts: dict[str, str]) -> None:
    """A ministry's name where the model tagged none of it ("The Hamas-run health ministry
    claimed", where it tagged "Hamas") is the ministry another mention names with its country:
    the one of the words right before it ("Turkish Foreign Ministry"), else the corpus's only
    ministry of that kind, if the article names its country and no possessive points elsewhere
    ("the country's foreign ministry" in a report from Iraq). Only the ministry's own words join,
    so "Hamas" stays the group's."""
    by_kind: dict[str, dict[tuple[str, str], Cluster]] = defaultdict(dict)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters.items:
        for m in c.mentions:
            taken[m.article].append((m.start, m.end))
            if c.kind == "organization" and (key := _ministry_key_at(texts[m.article], m.start, m.end)):
                by_kind[key[1]].setdefault(key, c)
    if not by_kind:
        return
    for article, text in texts.items():
        named_here: frozenset[str] | None = None
        for s, e in actor_lex.ministry_names_in(text):
            kind = actor_lex.ministry_kind(text[s:e])
            named = by_kind.get(kind or "")
            if not named or any(a < e and s < b for a, b in taken[article]):
                continue
            key = _ministry_key_at(text, s, e)
            if key is not None:
                c = named.get(key)  # another country's ministry of that kind is not this one
            elif len(named) == 1:
                if named_here is None:
                    named_here = actor_lex.countries_named(text)
                (key, c), = named.items()
                owner = _POSSESSIVE_BEFORE.search(text, max(0, s - 40), s)
                seat = _SEAT_AFTER.match(text, e)  # "the foreign ministry in Kigali": Rwanda's
                seat_codes = actor_lex.countries_named(seat.group(1)) if seat else frozenset()
                if key[0] not in named_here or (owner and _owned_elsewhere(owner.group(1), key[0], named_here)) \
                        or (seat_codes and key[0] not in seat_codes):
                    c = None
            else:
                c = None
            if c is not None:
                c.mentions.append(Mention(article, s, e, text[s:e], "organization"))
                taken[article].append((s, e))


_SEAT_AFTER = re.compile(r"\s+(?:in|of)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _owned_elsewhere(owner: str, country: str, named_here: frozenset[str]) -> bool:
    """Does the possessive before a ministry's name ("the country's", "Iraq's", "its") give it to
    another country than ``country``? A named owner says which ("Hamas's" is Palestinian); "its",
    "their" or "the country's" may be anyone's where the article names another country too."""
    named = owner.strip()
    codes = actor_lex.countries_named(named)
    actor = actor_lex.match_actor(named)
    if actor is not None and actor.country:
        codes = codes | {actor.country}
    if codes:
        return country not in codes
    return bool(named_here - {country})


# "the country's", "its", "Hamas's" right before a ministry's name: whose ministry it is
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)((?:the\s+)?[\w-]+(?:\s[A-Z][\w-]+)?[’']s|its|their|his|her)\s+$",
                                re.IGNORECASE)


def _ministry_key_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``ministry_key`` of a name with the capitalised words right before it ("The Hamas-run
    Gaza health ministry", "Turkish Foreign Ministry")."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return actor_lex.ministry_key(text[before.start() if before else start:end])


# the capitalised words right before a ministry's name: "the Hamas-run", "Turkish", "Gaza's"
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+$")


def _office_named(text: str) -> bool:
    """An office with a name in front of its title ("UN Secretary-General", "Palestinian Authority
    President"), not "its spokesman"."""
    words = re.split(r"[\s-]+", text.strip())[:-1]
    return any(w[:1].isupper() and w.lower() not in POSSESSIVES for w in words)


POSSESSIVES = ("the", "its", "his", "her", "their", "a", "an")


def _offices_to_holders(clusters: _Clusters) -> None:
    """An office named right before a person ("UN Secretary-General Antonio Guterres") is that
    person's, with its other names ("the UN chief", "the Secretary-General"): the office's
    mentions join the person when the corpus names one holder of it. Only a name ending in a
    title ("... Secretary-General", "... President"), not a group ("Kremlin spokesman Dmitry
    Peskov": the Kremlin is not Peskov)."""
    titles = cue_sets().title_nouns
    starts: dict[tuple[str, int], Cluster] = {}
    for c in clusters.items:
        if c.kind == "person":
            for m in c.mentions:
                starts[(m.article, m.start)] = c
    for office in clusters.items:
        if office.kind != "organization" or not office.mentions:
            continue
        if not all(re.split(r"[\s-]+", m.text.strip().lower())[-1] in titles for m in office.mentions):
            continue
        beside = [(m, h) for m in office.mentions for gap in (1, 2)
                  if (h := starts.get((m.article, m.end + gap))) is not None]
        holders = {id(h): h for _, h in beside}
        # a bare "a spokesman" elsewhere may be anyone's: only a named office ("UN Secretary-General")
        # brings its other mentions along
        named = any(_office_named(m.text) for m, _ in beside)
        if len(holders) == 1 and (named or len(beside) == len(office.mentions)):
            holder = next(iter(holders.values()))
            if holder.canonical is None:  # named by the person's name, not the office's
                holder.canonical = person_name(max((m.text for m in holder.mentions), key=len))
            holder.mentions.extend(office.mentions)
            office.mentions.clear()


def _facility_name(text: str) -> bool:
    """Does a name end in a facility noun ("Al-Ahli Arab Hospital", "Tell Amra Central School")?
    A two-word name only with a hospital or a school, since "John Church" and "Anna Port" are
    people."""
    from ..nlp.lexicons import category_of, lineage

    words = text.split()
    category = category_of(words[-1]) if len(words) >= 2 else None
    if category is None or "facilities" not in lineage(category):
        return False
    return len(words) >= 3 or category in TWO_WORD_FACILITIES


TWO_WORD_FACILITIES = {"health_facilities", "education_facilities"}  # "Shifa Hospital", "Karsen School"


def _surnames(mentions: Sequence[Mention]) -> list[str]:
    return [person_name(m.text).split()[-1] for m in mentions
            if m.kind == "person" and len(person_name(m.text).split()) >= 2 and not _facility_name(m.text)]


def _is_surname(text: str, surnames: list[str]) -> bool:
    return any(same_name(text.strip(), s) for s in _by_skeleton(tuple(surnames)).get(skeleton(text.strip()), ()))


@functools.lru_cache(maxsize=8)
def _by_skeleton(surnames: tuple[str, ...]) -> dict[str, list[str]]:
    """Surnames by consonant skeleton: spellings of one name share it, so only those are compared."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(surnames):
        out[skeleton(name)].append(name)
    return out


def _named_org_of_kind(clusters: _Clusters, org_kinds: dict[tuple, str], article: str,
                       kinds: tuple[str, ...]) -> Cluster | None:
    """The one lexicon organisation of these kinds the article names ("the aid group" in an article
    that names Médecins Sans Frontières and no other aid group)."""
    hits = [c for c in clusters.items if c.key in org_kinds and org_kinds[c.key] in kinds
            and any(x.article == article for x in c.mentions)]
    return hits[0] if len(hits) == 1 else None


def _person_label(m: Mention) -> bool:
    """The mention is nothing but a label for a person ("a warlord", "the butcher")."""
    return bool(m.label) and m.text.strip().lower() == m.label and \
        cue_sets().label_referents.get(m.label) == "person"


def _labelled_person(clusters: _Clusters, m: Mention) -> Cluster | None:
    """The one person the article names with a person label too ("a warlord" in an article that
    calls Khalifa Haftar a war criminal is Haftar), else the one person the corpus gives this label."""
    refs = cue_sets().label_referents
    people = [c for c in clusters.items if c.kind == "person"]
    for same_article in (True, False):
        hits = [c for c in people if any(
            x.label and refs.get(x.label) == "person"
            and (x.article == m.article if same_article else x.label == m.label)
            for x in c.mentions)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
    return None


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def _leaders_named_in(mentions: Sequence[Mention], surnames: list[str]) -> list[Mention]:
    """A person named inside a group's name ("Hafter forces", "pro-Haftar Journal", "Assad regime")
    is also a mention of that person, when the corpus names the person in full elsewhere."""
    covered = {(m.article, m.start) for m in mentions if m.kind == "person"}
    out = []
    for m in mentions:
        if m.kind not in ("actor", "organization", "other") or " " not in m.text.strip():
            continue
        if not re.search(r"\b(?:pro|anti)-|['’]s\b|(?:^|\s)[a-z]", m.text):
            continue  # only names: "Birkat Salim" is not a group named after a Salim
        for tok in _CAPITALISED.finditer(m.text):
            word = tok.group()
            for prefix in ("pro-", "anti-"):
                if word.lower().startswith(prefix):
                    word = word[len(prefix):]
            word = re.sub(r"['’]s$", "", word)
            if len(word) < 3 or not word[:1].isupper() or not _is_surname(word, surnames):
                continue
            start = m.start + tok.start() + tok.group().find(word)
            if any((m.article, s) in covered for s in range(m.start, start + 1)):
                continue  # the extractor already kept the name inside the group's ("Khalifa Hafter forces")
            out.append(Mention(m.article, start, start + len(word), word, "person"))
    return out


def _full_name_index(full_names: list[list[str]]) -> dict[tuple[int, str], list[list[str]]]:
    """Full names by word count and surname consonants: two spellings of one name share both
    (``same_name`` compares people's consonants letter for letter)."""
    index: dict[tuple[int, str], list[list[str]]] = defaultdict(list)
    for parts in full_names:
        index[(len(parts), skeleton(parts[-1]))].append(parts)
    return index


def _is_full_name(text: str, full_index: dict[tuple[int, str], list[list[str]]]) -> bool:
    parts = person_name(text).split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and any(
        all(same_name(x, y) for x, y in zip(f, parts)) for f in full_index.get((len(parts), skeleton(parts[-1])), ()))


def _acronyms(articles: Sequence[Article], mentions: Sequence[Mention] = ()) -> dict[str, str]:
    """"Union of Medical Care and Relief Organisations (UOSSM)" defines UOSSM in the corpus, as does
    "HIMARS (High Mobility Artillery Rocket Systems)"; so does a name whose initials spell it
    ("Joint Incident Assessment Team" for JIAT), when only one does."""
    out: dict[str, str] = {}
    # on one line: a headline above ("UNAMA Releases Findings On Dasht-e-Archi Airstrikes") is not the name
    pattern = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+)(?:(?:of|for|and|the|de|du|des|in|on)[ \t]+|[A-Z][\w'’-]*[ \t]+){1,9})"
                         r"\(([A-Z]{2,8})\)")
    for a in articles:
        for m in pattern.finditer(a.text):
            out.setdefault(m.group(2), m.group(1).strip())
        for m in ACRONYM_EXPANSION.finditer(a.text):  # "HIMARS (High Mobility Artillery Rocket Systems)"
            if spells(m.group(1), m.group(2)):
                out.setdefault(m.group(1), m.group(2).strip())
    by_initials: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind in ("organization", "actor", "person", "other") and (key := _initials(m.text)):
            by_initials[key].add(m.text.strip())
    for key, names in by_initials.items():
        if len(names) == 1:
            out.setdefault(key, next(iter(names)))
    return out


# a run of capitalised words, particles between ("United Nations Assistance Mission in Afghanistan")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|de|du|des)[ \t]+)*[A-Z][\w'’-]*){2,9}")


def _spelled_out(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """The written-out name of an acronym another mention is ("UNAMA"), where an article spells it
    in capitalised words the model split into other names ("the United Nations Assistance Mission
    in Afghanistan" read as "United Nations" and "Afghanistan"): a mention of its own, so the two
    forms can be one organisation. Only when the corpus spells the acronym one way."""
    acronyms = {t for m in mentions if m.kind in ("organization", "actor", "other", "place")
                and 3 <= len(t := m.text.strip()) <= 8 and t.isalpha() and t.isupper()}
    if not acronyms:
        return []
    taken = {(m.article, m.start, m.end) for m in mentions}
    found: dict[str, dict[str, list[tuple[str, int, int]]]] = defaultdict(lambda: defaultdict(list))
    for a in articles:
        for run in CAPITALISED_RUN.finditer(a.text):
            words = list(re.finditer(r"\S+", run.group()))
            for w in words:  # the longest tail whose initials spell an acronym ("The United Nations ...")
                if w.group().lower() in _PARTICLES:
                    continue
                name = run.group()[w.start():]
                if (key := _initials(name)) in acronyms:
                    found[key][name].append((a.id, run.start() + w.start(), run.end()))
                    break
    out = []
    for names in found.values():
        if len(names) != 1:
            continue  # two names spell it: which one the acronym stands for is unsaid
        (name, places), = names.items()
        out += [Mention(art, s, e, name, "organization") for art, s, e in places if (art, s, e) not in taken]
    return out


def _acronym_of(text: str) -> str:
    """The acronym a mention is, or opens ("JIAT legal adviser" -> "JIAT"); else the text."""
    words = text.strip().split()
    if words and words[0].isupper() and 2 <= len(words[0]) <= 8 and all(w.islower() for w in words[1:]):
        return words[0]
    return text.strip()


def _is_acronym(text: str) -> bool:
    word = text.strip()
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def _initials(name: str) -> str | None:
    """"JIAT" for "Joint Incident Assessment Team": the capitals of a name of three or more
    capitalised words (particles skipped), or None."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in _PARTICLES]
    if len(words) < 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


_PARTICLES = {"of", "for", "and", "the", "de", "du", "des", "in", "on", "al"}


def _cluster_orgs(clusters: _Clusters, orgs: list[tuple[Mention, list[str]]]) -> None:
    """Organisation names that contain one another ("Russian reconciliation center" in "Russian
    Center for Reconciliation of the Opposing Parties in Syria") are one organisation; a component
    joins a lexicon organisation it contains, and never two different ones."""
    keyed = [c for c in clusters.items if c.kind == "organization" and c.key]
    nodes: list[tuple[Cluster | None, list[Mention], list[list[str]]]] = []
    for c in keyed:
        forms = [org_tokens(c.canonical or "")] + [org_tokens(m.text) for m in c.mentions]
        nodes.append((c, [], [f for f in forms if f]))
    same_words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)  # one node per wording, not per mention
    for m, toks in orgs:
        if toks:
            same_words[tuple(toks)].append(m)
    for toks, ms in same_words.items():
        nodes.append((None, ms, [list(toks)]))
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, Cluster | None] = {i: n[0] for i, n in enumerate(nodes)}
    # names that contain one another share their first word, give or take two swapped letters
    # ("Al Alhi Hospital"): compare only within buckets of its letters
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for first in {"".join(sorted(f[0])) for f in node[2]}:
            buckets[first].append(i)
    pairs = {(i, j) for members in buckets.values() for i in members for j in members if i < j}
    pairs |= _reordered_pairs(nodes)
    for i, j in sorted(pairs):
        ri, rj = find(i), find(j)
        if ri == rj or (owner[ri] is not None and owner[rj] is not None):
            continue
        if any(f == g or _org_subsumes(f, g) or _org_reordered(f, g)
               for f in nodes[i][2] for g in (_respell(x, f) for x in nodes[j][2])):
            parent[rj] = ri
            owner[ri] = owner[ri] or owner[rj]
    made: dict[int, Cluster] = {}
    placed: dict[int, Cluster] = {}  # mention (by identity) -> its cluster
    for i, (c, ms, _) in enumerate(nodes):
        if not ms:
            continue
        root = find(i)
        target = owner[root]
        if target is None:
            target = made.get(root) or clusters.new("organization")
            made[root] = target
        for m in ms:
            placed[id(m)] = target
    for m, toks in orgs:  # in the mentions' own order
        if toks:
            placed[id(m)].mentions.append(m)


NATIONAL_SOCIETIES = ("humanitarian",)  # movements with a society per country ("the Nigerian Red Cross")
_WORD_BEFORE = re.compile(r"([A-Z][\w-]+)\s+$")


def _national_branch(m: Mention, texts: dict[str, str]) -> Mention | None:
    """An international organisation's name after a nationality or a country ("the Nigerian Red
    Cross", "Ukrainian Red Cross"): that country's own society, a mention widened to hold it."""
    text = texts.get(m.article, "")
    if m.text.strip().isupper():
        return None  # "two Sudanese ICRC drivers": the acronym is the international body
    before = _WORD_BEFORE.search(text, max(0, m.start - 25), m.start)
    if before is None or actor_lex.country_code(before.group(1)) is None:
        return None
    return replace(m, start=before.start(1), text=text[before.start(1):m.end])


def _settlement_base(text: str) -> str | None:
    """"Ngarbuh village" -> "Ngarbuh", "Barmal district" -> "Barmal": the name before a
    settlement or district word. Not before "State" or "Region", which follow a people's name as
    often as a place's ("Kachin State", "Kurdistan Region")."""
    name, _ = base_name(text)
    if name == text.strip() or _PEOPLES_DIVISION.search(text):
        return None
    return name


_PEOPLES_DIVISION = re.compile(r"\b(?:state|region)\s*$", re.IGNORECASE)


def _titled(m: Mention, texts: dict[str, str]) -> bool:
    """A rank or title before the name ("Colonel Getnet", "Sheikh Hassan"), in the mention or just before it."""
    before = texts.get(m.article, "")[max(0, m.start - 20):m.start].split()
    first = m.text.split()[0].lower() if m.text.split() else ""
    return first in TITLE_WORDS or bool(before and before[-1].lower() in TITLE_WORDS)


def _described(m: Mention, texts: dict[str, str]) -> bool:
    """"Mohammed, a shopkeeper, said": a bare name with its own description is someone else."""
    return bool(re.match(r",\s+(?:a|an|the)\s+\w+", texts.get(m.article, "")[m.end:m.end + 40]))


NICKNAME = re.compile(r"\s*[“\"‘']([A-Z][\w.-]*)[”\"’']\s*")


def _name_forms(name: str) -> list[str]:
    """A full name and, when it carries a nickname in quotes, the name without it and the name
    the nickname makes ("Kenneth “Frank” McKenzie": "Kenneth McKenzie", "Frank McKenzie")."""
    nick = NICKNAME.search(name)
    if nick is None:
        return [name]
    base = " ".join(NICKNAME.sub(" ", name).split())
    return [base, f"{nick.group(1)} {base.split()[-1]}"]


def _cluster_persons(clusters: _Clusters, persons: list[Mention], texts: dict[str, str]) -> None:
    full: list[tuple[Cluster, list[str]]] = []
    by_key: dict[str, list[tuple[Cluster, list[str]]]] = defaultdict(list)  # surname skeleton -> clusters
    singles: list[Mention] = []
    initialled: list[Mention] = []
    for m in sorted(persons, key=lambda x: -len(_without_initials(person_name(x.text)).split())):
        name = _without_initials(person_name(m.text))
        parts = name.split()
        if len(parts) == 1:
            singles.append(m)
            continue
        if _INITIALS.fullmatch(parts[0]):
            initialled.append(m)  # "VK Gokhale": matched once every written-out name has its cluster
            continue
        mine = _name_forms(name)
        for c, forms in by_key[_surname_key(parts[-1])]:
            if any(len(f.split()) == len(g.split())
                   and all(same_given_name(x, y) for x, y in zip(f.split(), g.split()))
                   for f in forms for g in mine):
                c.mentions.append(m)
                forms.extend(mine)
                break
        else:
            c = clusters.new("person")
            c.mentions.append(m)
            full.append((c, mine))
            by_key[_surname_key(parts[-1])].append(full[-1])
    for m in initialled:
        # the one written-out name the initials fit ("Vijay Gokhale"); with two ("Rajesh Kalia",
        # "Ravi Kalia" for "R. Kalia") or none, a person of their own
        name = _without_initials(person_name(m.text))
        parts = name.split()
        bucket = by_key[_surname_key(parts[-1])]
        fits = [(c, forms) for c, forms in bucket
                if any(len(f.split()) == len(parts) and _INITIALS.fullmatch(f.split()[0]) is None
                       and _initials_fit(parts[0], f.split()[0])
                       and all(same_given_name(x, y) for x, y in zip(f.split()[1:], parts[1:])) for f in forms)]
        if len(fits) == 1:
            fits[0][0].mentions.append(m)
            continue
        same = [(c, forms) for c, forms in bucket
                if any(_initials_key(f) == _initials_key(name) and same_given_name(f.split()[-1], parts[-1])
                       for f in forms)]  # "VK Gokhale" and "V.K. Gokhale"
        if same:
            same[0][0].mentions.append(m)
            continue
        c = clusters.new("person")
        c.mentions.append(m)
        full.append((c, [name]))
        bucket.append(full[-1])
    given: dict[str, list[tuple[Cluster, list[str]]]] = defaultdict(list)  # given-name skeleton -> clusters
    for c, forms in full:
        given[skeleton(forms[0].split()[0])].append((c, forms))
    for m in singles:
        name = person_name(m.text)
        bucket = by_key[_surname_key(name)]
        hits = [c for c, forms in bucket if any(same_given_name(f.split()[-1], name) for f in forms)]
        if len(hits) == 1:
            hits[0].mentions.append(m)
            continue
        by_given = [c for c, forms in given.get(skeleton(name), ())
                    if any(same_name(f.split()[0], name) for f in forms)]
        if not hits and len(by_given) == 1 and not bucket and _titled(m, texts) and not _described(m, texts):
            # "Colonel Getnet" after "Colonel Getnet Adane": where a given name with a rank is how the
            # person is called (Ethiopian, Arabic usage), and only one person in the corpus has it
            by_given[0].mentions.append(m)
            continue
        near = _one_letter_off(m, name, full) if not hits and not bucket and not _described(m, texts) else None
        if near is not None:
            near.mentions.append(m)  # "Genet also denied" after "Colonel Getnet Adane told AFP": a misspelling
            continue
        for c, forms in bucket:
            if len(forms[0].split()) == 1 and same_name(forms[0], name):
                c.mentions.append(m)
                break
        else:
            c = clusters.new("person")
            c.mentions.append(m)
            full.append((c, [name]))
            bucket.append(full[-1])


def _join_aliases(clusters: _Clusters, texts: dict[str, str]) -> None:
    """Two people's names of two words or more with an alias marker between them ("Sher Khan alias
    Abu Bakr"; cues.json ``alias_markers``) are one person, and so is a name elsewhere that is the
    two run together ("Sher Khan Abu Bakr")."""
    marker = cue_regex("alias_markers")
    persons = [c for c in clusters.items if c.kind == "person" and c.mentions]
    owner = {id(m): c for c in persons for m in c.mentions}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for c in persons:
        for m in c.mentions:
            by_article[m.article].append(m)
    joined: list[tuple[Mention, list[str]]] = []
    for article, mentions in by_article.items():
        mentions.sort(key=lambda m: m.start)
        for a, b in zip(mentions, mentions[1:]):
            gap = texts[article][a.end:b.start]
            if len(gap) > ALIAS_GAP or not marker.fullmatch(gap.strip(" ,()")):
                continue
            if min(len(person_name(m.text).split()) for m in (a, b)) < 2:
                continue  # "Yousuf Azhar (alias ...)" read as "Azhar": a surname others share
            _merge_into(owner, owner[id(a)], owner[id(b)])
            joined.append((a, person_name(a.text).split() + person_name(b.text).split()))
    for a, tokens in joined:
        for c in persons:
            if c is owner[id(a)] or not c.mentions:
                continue
            if any(len(words := person_name(m.text).split()) == len(tokens)
                   and all(same_given_name(x, y) for x, y in zip(words, tokens)) for m in c.mentions):
                _merge_into(owner, owner[id(a)], c)


def _merge_into(owner: dict[int, Cluster], keep: Cluster, gone: Cluster) -> None:
    if keep is gone:
        return
    for m in gone.mentions:
        owner[id(m)] = keep
    keep.mentions.extend(gone.mentions)
    gone.mentions.clear()


ALIAS_GAP = 25  # characters between two names an alias marker joins: ", also known as "
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _initials_key(name: str) -> str:
    """The initials of a name written without dots: "V.K. Gokhale" and "VK Gokhale" -> "VK"."""
    return name.split()[0].replace(".", "") if name.split() else ""


def _initials_fit(a: str, b: str) -> bool:
    """A given name written as initials ("VK Gokhale", "V.K. Gokhale") and one written out
    ("Vijay Gokhale"): the first initial is the given name's first letter."""
    if _INITIALS.fullmatch(a) and not _INITIALS.fullmatch(b):
        return b[:1] == a[:1]
    if _INITIALS.fullmatch(b) and not _INITIALS.fullmatch(a):
        return a[:1] == b[:1]
    return False


def _surname_key(name: str) -> str:
    """The bucket a surname's spellings share: its consonants, a first g read as h (Ukrainian
    Honcharenko, Russian Goncharenko), after the person-name rewrites (Burmese Htun/Tun)."""
    key = skeleton(person_form(fold(name).strip()))
    return "h" + key[1:] if key[:1] == "g" else key


def _without_initials(name: str) -> str:
    """"John F. Campbell" -> "John Campbell": a middle initial some outlets give and others drop."""
    parts = name.split()
    if len(parts) <= 2:
        return name
    inner = [p for p in parts[1:-1] if not re.fullmatch(r"[A-Z]\.?", p)]
    return " ".join([parts[0], *inner, parts[-1]])


def _near_full_name(text: str, full_names: list[list[str]]) -> bool:
    """Is a lone name a given name or surname of someone named in full, give or take one letter?"""
    name = text.strip().lower()
    return len(name) >= 5 and any(Levenshtein.distance(part.lower(), name) <= 1
                                  for parts in full_names for part in (parts[0], parts[-1]))


def _one_letter_off(m: Mention, name: str, full: list[tuple[Cluster, list[str]]]) -> Cluster | None:
    """The one person named in full in the same article whose given name or surname is this lone
    name give or take one letter ("Genet", "Ketnet" for Getnet Adane); None when none or several are."""
    if len(name) < 5:
        return None  # short names are too often a letter apart by chance
    found = {id(c): c for c, forms in full
             if len(forms[0].split()) > 1 and any(x.article == m.article for x in c.mentions)
             and any(Levenshtein.distance(part.lower(), name.lower()) <= 1
                     for f in forms for part in (f.split()[0], f.split()[-1]))}
    return next(iter(found.values())) if len(found) == 1 else None


_BARE_MINISTRY = re.compile(r"(?:the\s+)?ministry", re.IGNORECASE)
_POSSESSOR = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:the\s+)?$")


def _with_possessor(m: Mention, texts: dict[str, str]) -> str:
    """"Russia's Ministry of Defence", which the model splits into the country and the ministry:
    the ministry's name with the country in the possessive right before it, to match by."""
    if m.kind not in ("organization", "other") or actor_lex.ministry_kind(m.text) is None \
            or actor_lex.ministry_key(m.text) is not None:
        return m.text
    text = texts.get(m.article, "")
    owner = _POSSESSOR.search(text, max(0, m.start - 40), m.start)
    if owner is None:
        return m.text
    # "But Ukraine's Ministry ...": the country may be the last word only
    country = next((w for w in (owner.group(1), owner.group(1).split()[-1]) if actor_lex.country_code(w)), None)
    return f"{country}'s {m.text}" if country else m.text


def _ministries_by_article(clusters: _Clusters) -> dict[str, list[tuple[int, str, Cluster]]]:
    """Per article, the mentions naming a ministry with its country: (end, ministry kind, cluster)."""
    out: dict[str, list[tuple[int, str, Cluster]]] = defaultdict(list)
    for c in clusters.items:
        for x in c.mentions:
            if (key := actor_lex.ministry_key(x.text)) is not None:
                out[x.article].append((x.end, key[1], c))
    return out


def _link_bare_ministry(named: dict[str, list[tuple[int, str, Cluster]]], m: Mention) -> bool:
    """"The ministry", "the Defense Ministry" with no country: the one ministry of that kind (any
    kind for a bare "ministry") its article named before with a country ("the Russian Defense
    Ministry said ... the ministry added"). False when there is none, or more than one."""
    kind = actor_lex.ministry_kind(m.text)
    hits = {id(c): c for end, k, c in named.get(m.article, ())
            if end <= m.start and (kind is None or k == kind)}
    if len(hits) != 1:
        return False
    seat = _SEAT_AFTER.search(m.text)  # "the foreign ministry in Kigali" is not the one named in Washington
    seat_codes = actor_lex.countries_named(seat.group(1)) if seat else frozenset()
    key = next(iter(hits.values())).key
    if seat_codes and isinstance(key, tuple) and key[:1] == ("ministry",) and key[1] not in seat_codes:
        return False
    next(iter(hits.values())).mentions.append(m)
    return True


_FIRST_PERSON = re.compile(r"\b(?:our|my)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)  # "our (heroic) army"


def _link_generic(clusters: _Clusters, generic: list[tuple[Mention, str, bool]],
                  articles: Sequence[Article]) -> None:
    """Link "militants", "rebels", ... to the actor each article names for that role; "our army"
    stays the speaker's own, unlinked, since the speaker's side is not known here."""
    named: dict[tuple[str, str], Counter] = defaultdict(Counter)
    corpus: dict[str, Counter] = defaultdict(Counter)
    for c in clusters.items:
        if c.kind == "actor" and c.role:
            for m in c.mentions:
                named[(m.article, c.role)][id(c)] += 1
                corpus[c.role][id(c)] += 1
    by_id = {id(c): c for c in clusters.items}
    state_sides: dict[str, set[str]] = defaultdict(set)  # article -> sides of the state forces it names
    for c in clusters.items:
        if c.kind == "actor" and c.role == "state_forces" and c.side:
            for m in c.mentions:
                state_sides[m.article].add(c.side)
    def enemies_only(counts: Counter | None, article: str) -> Counter | None:
        """"terrorists" in a report of the army and Wagner fighting them: not Wagner, the ally of
        every state force the article names."""
        states = state_sides.get(article, ())
        if not counts or not states:
            return counts
        return Counter({k: n for k, n in counts.items() if not by_id[k].side or not all(
            actor_lex.allied(by_id[k].side, s) for s in states)})

    home = _home_countries(clusters) if any(m.label and m.label.lower() in _foreign_labels()
                                            for m, _, _ in generic) else {}

    def foreigners(counts: Counter | None, article: str) -> Counter | None:
        """"the occupiers" in a report of a strike in Ukraine: not Ukraine's forces."""
        own_side = actor_lex.national_side(home[article])
        return Counter({k: n for k, n in counts.items() if by_id[k].side and by_id[k].side != own_side}) \
            if counts else counts

    texts = {a.id: a.text for a in articles}
    for m, role, own in generic:
        local, wide = named.get((m.article, role)), corpus.get(role)
        if own:  # each article's "our army" alone: two spokesmen's are not one army
            clusters.keyed("actor", ("own", m.article, role), "the speaker's own forces").mentions.append(m)
            continue
        if role == "non_state_armed" and not (m.label and _auxiliary(m.label)):
            local, wide = enemies_only(local, m.article), enemies_only(wide, m.article)
        if role == "state_forces" and m.label and m.label.lower() in _foreign_labels() and m.article in home:
            local, wide = foreigners(local, m.article), foreigners(wide, m.article)
        counts = local or wide
        nearest = _last_named(m, local, by_id, texts) if local and len(local) > 1 else None
        if nearest is not None:
            target = nearest
        elif counts:
            target = by_id[counts.most_common(1)[0][0]]
        else:
            name = "non-state armed groups" if role == "non_state_armed" else "state forces"
            target = clusters.keyed("actor", ("generic", role), name)
            target.role = role
        target.mentions.append(m)


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SENTENCES_BACK = 1
GROUP_NOUNS = ("group", "organisation", "organization", "outfit", "movement")  # heads of a description of one group
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")


def _last_named(m: Mention, local: Counter, by_id: dict, texts: dict[str, str]) -> Cluster | None:
    """"... the outlawed Tehrik-i-Taliban Pakistan, or TTP. Islamabad maintains that the globally
    designated terrorist group orchestrates attacks": a definite description of one group is the
    group the article named last, within the sentence and the one before, when the group it names
    most is not named there too (then the description is ambiguous, and the most named stands). A
    group named inside the description ("the al-Qaeda-linked armed group") is not the one described."""
    text = texts.get(m.article, "")
    det = _DEFINITE.search(text, max(0, m.start - 60), m.start)
    if det is None or not m.text.rstrip().lower().endswith(GROUP_NOUNS):
        return None
    ends = [b.end() for b in _SENTENCE_END.finditer(text, 0, m.start)]
    window = ends[-_SENTENCES_BACK - 1] if len(ends) > _SENTENCES_BACK else 0
    named = {key: [x for x in by_id[key].mentions if x.article == m.article and window <= x.start
                   and x.end <= det.start()] for key in local}
    most = local.most_common(1)[0][0]
    if named.get(most):
        return None
    best = max(((x.end, key) for key, xs in named.items() for x in xs), default=None)
    return by_id[best[1]] if best else None


@functools.cache
def _auxiliaries() -> frozenset[str]:
    from ..nlp.lexicons import labels

    return frozenset(f.lower() for lab in labels().labels if lab.auxiliary for f in lab.forms)


def _auxiliary(label: str) -> bool:
    """A label for fighters a state hires or arms ("mercenaries"): it may name the state's ally."""
    return label.lower() in _auxiliaries()


@functools.cache
def _foreign_labels() -> frozenset[str]:
    from ..nlp.lexicons import labels

    return frozenset(f.lower() for lab in labels().labels if lab.foreign for f in lab.forms)


def _home_countries(clusters: _Clusters) -> dict[str, str]:
    """Per article, the country most of its located places lie in: where its act happened."""
    counts: dict[str, Counter] = defaultdict(Counter)
    covered = covered_countries()
    for c in clusters.items:
        if c.kind == "place" and c.geo is not None and c.geo.country in covered:
            for m in c.mentions:
                counts[m.article][c.geo.country] += 1
    return {a: n.most_common(1)[0][0] for a, n in counts.items() if n}


def build_entities(clusters: list[Cluster], article_order: Sequence[str]) -> list[Entity]:
    order = {a: i for i, a in enumerate(article_order)}

    def first(c: Cluster) -> tuple[int, int]:
        m = min(c.mentions, key=lambda x: (order[x.article], x.start))
        return order[m.article], m.start

    out = []
    for n, c in enumerate(sorted(clusters, key=first), start=1):
        mentions = tuple(sorted(c.mentions, key=lambda x: (order[x.article], x.start, x.end)))
        labels: dict[str, list[str]] = defaultdict(list)
        for m in mentions:
            if m.label and m.label not in labels[m.article]:
                labels[m.article].append(m.label)
        out.append(Entity(
            id=f"e{n}", kind=c.kind, name=c.canonical or _canonical(c), mentions=mentions, geo=c.geo,
            labels=tuple((a, tuple(v)) for a, v in sorted(labels.items(), key=lambda kv: order[kv[0]])),
            side=c.side,
        ))
    return out


def _canonical(c: Cluster) -> str:
    forms = Counter()
    for m in c.mentions:
        text = person_name(m.text) if c.kind == "person" else m.text
        text = text.replace('"', "").replace("“", "").replace("”", "").strip()
        forms[text] += 1
    best = max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], len(kv[0]), kv[0]))
    return best[0]
