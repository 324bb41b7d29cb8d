"""Cluster mentions across articles into entities, with guards against wrong merges.

Keys, strongest first: a lexicon id (actor, organisation, ministry of a country), a gazetteer id
(places), then name matching: transliteration-aware for places and people, token-subset for
organisation names. Generic references ("militants", "rebels") join the actor their article
names for that role, except a speaker's "our army", which stays that article's own. A bare "the
ministry" joins the one ministry its article named before with a country, and an office named
right before its holder ("UN Secretary-General Antonio Guterres") is that person. Opposing sides
and different gazetteer places never merge.

This module reads the mentions and decides what each is; the name matching lives beside it:
resolve/person_names.py (people), resolve/org_names.py (organisations and acronyms),
resolve/offices.py (ministries and offices), resolve/generic_refs.py ("the rebels", "our army"),
resolve/place_reads.py (a mention that is a place after all: "Kolbiyow camp", a dateline's city).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..extract.cuesets import cue_sets
from ..extract.national_forces import own_force_role
from ..nlp.lexicons import weapon_named
from ..nlp.lexicons.shapes import ActorEntry
from ..records import Article, Entity, Mention
from . import actors as actor_lex
from .clusters import Cluster, Clusters
from .generic_refs import FIRST_PERSON, link_generic
from .names import name_key, same_given_name, same_name, skeleton
from .offices import (
    BARE_MINISTRY, join_countryless_ministries, link_bare_ministry, ministries_by_article, name_the_ministry_again,
    offices_to_holders, with_possessor,
)
from .org_names import (
    NATIONAL_SOCIETIES, acronym_of, acronyms_in, cluster_orgs, defined_otherwise, initials, is_acronym,
    national_branch, org_tokens, spelled_out,
)
from .person_names import (
    cluster_persons, facility_name, full_name_index, is_full_name, is_surname, join_aliases, near_full_name,
    person_name, surnames_of, titled,
)
from .place_reads import dateline_city, misread_place, named_place_elsewhere, named_place_in_name, speaks, \
    spelled_like_a_place
from .places import PlaceResolver, base_name
from .units import unit_key

GENERIC_ROLES = ("state_forces", "non_state_armed")  # the roles a generic reference links by (generic_refs.py)


_LIST_OR_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|from|toward|towards)|,|\band)\s+$", re.IGNORECASE)


def cluster_mentions(articles: Sequence[Article], mentions: Sequence[Mention], gazetteer: str = "",
                     ) -> list[Cluster]:
    clusters = Clusters()
    # a country's name is a place whatever the model took it for ("Mali's army": PERSON)
    mentions = [replace(m, kind="place") if m.kind != "place" and actor_lex.country_by_name(m.text) else m
                for m in mentions]
    spelled = spelled_out(articles, mentions)
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
    homes: dict[str, str] | None = None  # per article, where its places lie: read once, when first asked
    orgs: list[tuple[Mention, list[str]]] = []
    described: list[Mention] = []  # "a warlord": a person named only by a label
    described_orgs: list[tuple[Mention, tuple[str, ...]]] = []  # "the aid group"
    org_kinds: dict[tuple, str] = {}
    acronyms = acronyms_in(articles, mentions)
    own_acronyms = defined_otherwise(articles)
    org_acronyms = {a for m in mentions if m.kind in ("organization", "actor", "other")
                    and (a := acronym_of(m.text)).isupper()}
    org_names = {m.text.strip() for m in mentions if m.kind in ("organization", "actor", "other")}
    # "Ngarbuh village" names the place "Ngarbuh" too, which the model may read as a group elsewhere
    place_keys = {name_key(n) for m in mentions if m.kind == "place"
                  for n in (m.text, _settlement_base(m.text)) if n}
    # a last name the articles also name as a place ("Palma" of a "person" "Amarula Palma", a hotel the
    # model misread) does not make the town's other mentions that person
    surnames = [s for s in surnames_of(mentions) if name_key(s) not in place_keys]
    # "Bermal district" is also the name "Bermal", which an untagged "Barmal" may spell otherwise
    place_names = {n for m in mentions if m.kind == "place" for n in (m.text.strip(), base_name(m.text)[0])}
    texts = {a.id: a.text for a in articles}
    # a name found to be a place before a place's noun ("the Zam Zam camp") is that place wherever
    # else the model misread it ("to Zam Zam")
    place_keys |= {name_key(m.text) for m in mentions if m.kind in ("organization", "person", "other")
                   and name_key(m.text) not in place_keys
                   and named_place_elsewhere(m, place_keys, surnames, texts, place_names)}
    # a two-word "person" that other sentences read as a place ("besieged Al Fasher") is no one's name
    # each name once, in a fixed order: a corpus repeats its people's names many times
    full_names = [list(parts) for parts in sorted({
        tuple(person_name(m.text).split()) for m in mentions
        if m.kind == "person" and len(person_name(m.text).split()) >= 2
        and not facility_name(m.text)
        and (name_key(m.text) not in place_keys or titled(m, texts))})]
    full_index = full_name_index(full_names)
    for m in mentions:
        if m.kind == "person" and m.text.strip().isupper():
            m = dateline_city(m, texts.get(m.article, ""), places) or m  # "ADDIS ABABA, Ethiopia —" read as "ABABA"
        text = m.text
        if m.kind == "place_in_name":  # "Sa'ada" of "the Sa'ada City Remand Prison"
            m = named_place_in_name(m, place_keys, place_names)
            if m is None:
                continue  # a name of the facility's own ("Kamal Adwan Hospital")
            text = m.text
        if m.kind in ("organization", "other") and (
                is_surname(text, surnames) if " " not in text.strip() else is_full_name(text, full_index)) \
                and actor_lex.match_organization(text) is None and actor_lex.match_actor(text) is None:
            persons.append(m)  # "Bashagha", "Major General Adil Nasrawi" tagged as organisations, not "UN"
            continue
        if m.kind in ("organization", "other") and " " not in text.strip() and speaks(m, texts.get(m.article, "")) \
                and near_full_name(text, full_names):
            persons.append(m)  # "Tesfay also denied" after "Tesfaye Alemu": the person, misspelt
            continue
        text = with_possessor(m, texts)  # for matching only: the mention keeps its own words
        head = text.split(" of ")[0] if m.kind == "organization" and " of " in text and text == m.text else text
        if (m.article, m.text.strip()) in own_acronyms:
            m = replace(m, kind="organization")  # "the opposition Social Democratic Front (SDF)": not Syria's SDF
        actor = actor_lex.match_actor(head) if m.kind in ("actor", "organization", "other") \
            and (m.article, m.text.strip()) not in own_acronyms else None
        if actor is None and m.kind == "actor" and m.label and head.lower().endswith(" " + m.label):
            actor = actor_lex.match_actor(head[:-len(m.label)])  # "the Afghan Taliban regime": the Taliban
        if actor is None and m.kind in ("actor", "organization", "other", "place") \
                and (noun := NOUN_AFTER.match(texts.get(m.article, ""), m.end)) is not None:
            # "the terrorist Rapid Support | militia": a name's own words before another fighters' noun, which
            # the model may take for a place ("Karabakh | forces thousands to flee" is no name's words)
            actor = actor_lex.match_stem(head, noun.group(1))
        if actor is None and m.kind in ("actor", "organization", "other") \
                and len(candidates := actor_lex.actor_candidates(head)) > 1:
            homes = homes if homes is not None else _homes(places, mentions)
            actor = _of_the_country_named(candidates, homes.get(m.article))
        if actor is not None:
            c = clusters.keyed("actor", ("actor", actor.id), actor.name)
            c.side, c.role = actor.side, getattr(actor, "role", None)
            c.mentions.append(m)
            continue
        unit = unit_key(text) if m.kind in ("organization", "actor", "other") else None
        if unit is not None:
            clusters.keyed("actor", ("unit", *unit), None).mentions.append(m)  # "Azov battalion" = "Azov Regiment"
            continue
        if m.kind in ("organization", "person", "other") and named_place_elsewhere(m, place_keys, surnames, texts,
                                                                                    place_names):
            m = replace(m, kind="place")  # "Moura" read as an organisation here, as a town elsewhere
        elif m.kind in ("organization", "actor", "maybe_place") and misread_place(m, places, texts):
            m = replace(m, kind="place")  # "Aleppo" read as a nationality, "Bamako," of a dateline as an organisation
        elif m.kind == "maybe_place" and spelled_like_a_place(text, place_names):
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
            # a loaded word says whose forces it names before the noun it qualifies does: "the apostate
            # militia" of a jihadist statement is the state's, "militia" alone a non-state group
            role = actor_lex.generic_role(text) or (actor_lex.generic_role(m.label) if m.label else None)
            said = cue_sets().label_referents.get(m.label) if m.label else None
            if said in GENERIC_ROLES and (role is not None or text.strip().lower() == m.label) \
                    and not (said == "non_state_armed" and actor_lex.generic_role(text) == "state_forces"):
                role = said  # "a resistance movement": the word itself names the role; but "the terrorist
                # military council", "terrorist soldiers" are the state's forces as their enemies name them
            own = FIRST_PERSON.search(texts.get(m.article, ""), max(0, m.start - 30), m.start)
            if role is None and own:
                role = own_force_role(text.strip())  # "our heroic forces", "our fighters"
            if role is not None:
                # "our army": the speaker's own forces, whom the article's other names need not be
                generic.append((m, role, bool(own)))
                continue
        if m.kind == "actor" and _person_label(m):
            described.append(m)
            continue
        if m.kind in ("organization", "actor", "other"):
            org = actor_lex.match_organization(text) or actor_lex.match_organization(
                acronyms.get(text.strip(), text))
            if org is not None and org.country is None and org.kind in NATIONAL_SOCIETIES \
                    and (branch := national_branch(m, texts)) is not None:
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
            if BARE_MINISTRY.fullmatch(text.strip()) or actor_lex.ministry_kind(text) is not None:
                bare_ministries.append(m)  # "the ministry said": the one its article named before
                continue
            if m.kind == "organization" and _named_like_a_person(text, full_index):
                persons.append(m)  # "Oleksii Arestovych" read as an organisation where "Aleksey Arestovich" is a person
                continue
            orgs.append((m, org_tokens(acronyms.get(acronym_of(text), text))))
            continue
        if m.kind == "person" and (initials(text) in org_acronyms or facility_name(text)):
            # "Joint Incident Assessment Team" (JIAT), "Al-Ahli Arab Hospital" read as a person
            orgs.append((m, org_tokens(text)))
            continue
        if m.kind == "person" and is_acronym(text) and acronyms.get(text.strip()) in org_names \
                and weapon_named(text) is None:
            # "DPR" read as a person, where an organisation's name spells it ("Donetsk People's
            # Republic"); not a person's initials ("AMLO"), a country's or a weapon's
            orgs.append((m, org_tokens(acronyms[text.strip()])))
            continue
        if m.kind == "person":
            if weapon_named(text) is not None:
                continue  # "Iskander" the missile, which the model took for a person
            if actor_lex.capital_metonym(text) is not None and speaks(m, texts.get(m.article, "")):
                orgs.append((m, org_tokens(text)))  # "Bamako denied ...": the government, not a person
                continue
            if not is_surname(text, surnames) and not speaks(m, texts.get(m.article, "")) and (
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
    cluster_persons(clusters, persons, texts)
    join_aliases(clusters, texts)
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
        named_ministries = ministries_by_article(clusters)
        orgs.extend((m, org_tokens(m.text)) for m in bare_ministries
                    if not link_bare_ministry(named_ministries, m))
    cluster_orgs(clusters, orgs)
    link_generic(clusters, generic, articles)
    offices_to_holders(clusters)
    _name_the_place_again(clusters, texts)
    join_countryless_ministries(clusters, texts)
    name_the_ministry_again(clusters, texts)
    return [c for c in clusters.items if c.mentions]


NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")  # the lower-case word right after a name, which may be its force noun
MIN_PLACE_NAME = 4  # shorter names ("Ur", "Ada") are too often other words


def _name_the_place_again(clusters: Clusters, texts: dict[str, str]) -> None:
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
                if actor_lex.capital_metonym(name) is not None and speaks(m, text):
                    break
                c.mentions.append(m)
                taken[article].append((s, e))
                break


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[^\W\d_]\w*")  # a word; "Şırnak", "Kramatorsk" of "Kramatorsk's"


def _named_org_of_kind(clusters: Clusters, org_kinds: dict[tuple, str], article: str,
                       kinds: tuple[str, ...]) -> Cluster | None:
    """The one lexicon organisation of these kinds the article names ("the aid group" in an article
    that names Médecins Sans Frontières and no other aid group)."""
    hits = [c for c in clusters.items if c.key in org_kinds and org_kinds[c.key] in kinds
            and any(x.article == article for x in c.mentions)]
    return hits[0] if len(hits) == 1 else None


def _of_the_country_named(candidates: tuple[ActorEntry, ...], home: str | None) -> ActorEntry | None:
    """"SNA troops" (the Syrian or the Somali National Army) in a report whose places lie in
    Somalia: the one candidate of the country most of its article's places lie in."""
    mine = [a for a in candidates if home and a.country == home]
    return mine[0] if len(mine) == 1 else None


def _homes(places: PlaceResolver, mentions: Sequence[Mention]) -> dict[str, str]:
    """Per article, the country most of its place mentions lie in, read from the gazetteer alone
    (the resolver, whose first spelling of an unplaced name keys it, is left to the main pass)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.kind == "place" and (geo := places.gaz.resolve_place(base_name(m.text)[0], places.context.get(
                m.article))) is not None and geo.country:
            counts[m.article][geo.country] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def _person_label(m: Mention) -> bool:
    """The mention is nothing but a label for a person ("a warlord", "the butcher")."""
    return bool(m.label) and m.text.strip().lower() == m.label and \
        cue_sets().label_referents.get(m.label) == "person"


def _labelled_person(clusters: Clusters, m: Mention) -> Cluster | None:
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
            if len(word) < 3 or not word[:1].isupper() or not is_surname(word, surnames):
                continue
            start = m.start + tok.start() + tok.group().find(word)
            if any((m.article, s) in covered for s in range(m.start, start + 1)):
                continue  # the extractor already kept the name inside the group's ("Khalifa Hafter forces")
            out.append(Mention(m.article, start, start + len(word), word, "person"))
    return out


def _settlement_base(text: str) -> str | None:
    """"Ngarbuh village" -> "Ngarbuh", "Barmal district" -> "Barmal": the name before a
    settlement or district word. Not before "State" or "Region", which follow a people's name as
    often as a place's ("Kachin State", "Kurdistan Region")."""
    name, _ = base_name(text)
    if name == text.strip() or _PEOPLES_DIVISION.search(text):
        return None
    return name


_PEOPLES_DIVISION = re.compile(r"\b(?:state|region)\s*$", re.IGNORECASE)


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


def add_offices(clusters: list[Cluster], roles: Sequence[tuple[Mention, Mention]]) -> None:
    """The words of the office a person is named with ("deputy head", "the chief military
    spokesperson"; extract/roles.py) join that person's mentions; the person keeps the name the
    mentions of the name give."""
    holder = {(m.article, m.start, m.end): c for c in clusters if c.kind == "person" for m in c.mentions}
    for office, person in roles:
        c = holder.get((person.article, person.start, person.end))
        if c is None:
            continue
        c.canonical = c.canonical or _canonical(c)
        c.mentions.append(office)


def _canonical(c: Cluster) -> str:
    forms = Counter()
    for m in c.mentions:
        text = person_name(m.text) if c.kind == "person" else m.text
        text = text.replace('"', "").replace("“", "").replace("”", "").strip()
        forms[text] += 1
    best = max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], len(kv[0]), kv[0]))
    return best[0]


PERSON_WORD = re.compile(r"[A-Z][a-z’'-]+")


def _named_like_a_person(text: str, full_index: dict[tuple[int, str], list[list[str]]]) -> bool:
    """A name the model read as an organisation that is a person's given name and surname as
    another mention writes them, in either language's form ("Oleksii Arestovych" beside "Aleksey
    Arestovich"); not "Arestovych Foundation"."""
    words = text.split()
    return len(words) == 2 and all(PERSON_WORD.fullmatch(w) for w in words) and any(
        same_given_name(f[0], words[0]) and same_name(f[-1], words[-1])
        for f in full_index.get((2, skeleton(words[-1])), ()))
