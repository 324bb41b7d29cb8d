"""Omissions: a salient fact one article reports that others do not mention at all.

Salient: casualty, displacement, damage and aid figures; claims about territorial control,
attacks on civilians or health care, chemical weapons, named victims; a voice (a source quoted)
that no other article mentions. Ranked by salience, and capped per article to stay readable.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from ..nlp.lexicons import categories_in, cue_regex, events, lineage, weapon_named
from ..records import Claim, Quantity
from .accounts import phrases
from .anchors import stem, stems
from .candidates import REJECTING, Corpus, family
from .stated import describe
from .figure_groups import counted_group, read_as_part
from .figures import ROLE_SALIENCE, counts_people, rejected_here, targets_fit
from .findings import Draft, listing, short, verb_for
from .intervals import category_relation
from .legality import sentence_bounds
from .targets import REACTION
from .text import act_words, inflections, word_start
from .unnamed_doer import unnamed_doer_omissions
from .investigation import inquiries, investigation_omissions
from .reactions import reaction_omissions, reactions
from .weapons import mentions as weapon_mentions
from .weapons import weapon_pattern

SALIENT_EVENTS = {
    "territory_taken": 0.9, "territory_regained": 0.9, "attack_repelled": 0.7, "withdrawal": 0.7,
    "chemical_attack": 0.9, "attack_on_health_care": 0.9, "displacement": 0.8, "killing": 0.8,
    "injury": 0.7, "suicide_bomb": 0.7, "air_strike": 0.6, "shelling": 0.6, "detention": 0.6,
    "humanitarian_aid": 0.5, "casualties": 0.8, "losses": 0.8, "investigation": 0.6,
}


STRUCK = ("attack", "destruction")  # the event families and types an act on a target's kind can retype


@functools.cache
def _retyping() -> tuple[tuple[str, frozenset[str]], ...]:
    """(type, the categories that make an act that type), from events.json ``target_categories``."""
    return tuple((t.type, frozenset(t.target_categories)) for t in events().types if t.target_categories)


@functools.lru_cache(maxsize=65536)
def event_type(c: Claim) -> str:
    """The claim's event type, or the type what it says was struck makes of an attack or
    destruction (events.json ``target_categories``: "A health post was looted and burned" is an
    attack on health care; "his mother was taken to hospital" after a strike is not)."""
    typ = c.event.type if c.event else ""
    if family(typ) in STRUCK or typ in STRUCK:
        after, before = _struck_things()
        named = {x for pattern in (after, before) for m in pattern.finditer(c.text)
                 if not _not_this_act(c.text, m.start())
                 and not (pattern is before and OWNED_BY.search(c.text, 0, m.start()))
                 for cat in categories_in(_head_phrase(m.group("thing")))
                 for x in lineage(cat)}
        return next((t for t, cats in _retyping() if named & cats), typ)
    return typ


# where the words of the thing struck end: a place or relation after it ("a house near the hospital",
# "the house of a clinic nurse"); "on", "against" or "targeting" right after a strike noun lead to it
PHRASE_END = re.compile(r"\s(?:in|near|outside|beside|behind|opposite|of|next|close|around|by|at|on|from|with|for|"
                        r"to|after|before|during|across|along|inside|into)\b", re.IGNORECASE)
# "the house of a clinic nurse was looted": the house was
OWNED_BY = re.compile(r"\bof\s+(?:(?:a|an|the|its|their|his|her)\s+)?$", re.IGNORECASE)
LEADS_TO = re.compile(r"(?:on|against|targeting|at|into)\s+", re.IGNORECASE)


def _head_phrase(words: str) -> str:
    """The thing's own words: up to the first preposition, past one that leads to it."""
    words = LEADS_TO.sub("", words, count=1) if LEADS_TO.match(words) else words
    stop = PHRASE_END.search(" " + words)
    return words[:max(stop.start() - 1, 0)] if stop else words


def _not_this_act(text: str, at: int) -> bool:
    """Words of a reaction, an appeal or a habit in the clause before ("called for an end to such
    attacks on hospitals", "have been frequently targeted"): no account of this act."""
    before = text[max(0, at - 60):at]
    return bool(REACTION.search(before) or cue_regex("habitual_words").search(text, max(0, at - 60), at + 40))


@functools.cache
def _struck_things() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of striking, damage or plunder (cues.json ``strike_account_words``, ``damage_words``,
    ``plunder_words``) with the few words after it, or before it, in its clause: what it struck."""
    verb = "(?:" + "|".join(f"(?:{phrases(k)})" for k in ("strike_account_words", "damage_words",
                                                           "plunder_words")) + ")"
    return (re.compile(rf"\b{verb}\s+(?P<thing>(?:[^\s,;:.]+\s+){{0,5}}[^\s,;:.]+)", re.IGNORECASE),
            re.compile(rf"(?P<thing>(?:[^\s,;:.]+\s+){{1,6}}){verb}\b", re.IGNORECASE))


def _quantity_counterpart(cx: Corpus, q: Quantity, other_article: str) -> bool:
    group = counted_group(q)
    # "lost five soldiers" (casualties) and "five soldiers were killed" tell one figure
    kin = [o for role in KIN_ROLES.get(q.role or "", ())
           for o in cx.quantities_by_article_role.get((other_article, role), ())
           if _same_figure(q, o) and counted_group(o) == group]
    for o in [*cx.quantities_by_article_role.get((other_article, q.role or ""), ()), *kin]:
        if o.increment != q.increment:
            continue  # "28 more servicemen" is a new count: only another addition answers it
        if group not in (None, "people") and counts_people(cx, q) and counted_group(o) != group \
                and not (_same_figure(q, o) and not read_as_part(cx, q) and q.category not in PROTECTED):
            continue  # "5 of them children" is only answered by a count of children, or by the same number
        rel = "same" if q.noun is None or o.noun is None else category_relation(q.category, o.category, cx.ancestors)
        if rel is None or not targets_fit(q, o):
            continue
        if _scope(cx, q) != _scope(cx, o) and not _same_figure(q, o):
            continue  # "3,000 children killed since the war began" is not answered by this strike's toll
        if not cx.places_clash(q.claim, o.claim):
            return True
    return False


def _scope(cx: Corpus, q: Quantity) -> str:
    return cx.claim[q.claim].scope if q.claim else "incident"


NO_ONE = {"no", "none", "neither", "nobody", "nor"}
# roles a count of casualties shares a figure with, and back: the same number of the same group killed is one
# fact ("lost five soldiers" / "five soldiers were killed"); the wounded are not, since "lost" means the dead
KIN_ROLES = {"casualties": ("killed",), "killed": ("casualties",)}
MIN_QUOTE_WORDS = 4  # a voice's claim shorter than this is shown with its sentence
RESPONSES_PER_ARTICLE = 3  # reactions and inquiries an article reports that others leave out, at most
MIN_DETAIL_WORDS = 2  # distinctive words that make a claim a detail ("the death toll" has none)
HARM_ROLES = ("killed", "wounded", "casualties")  # counted harm: the event's words, no detail
BACKGROUND_SALIENCE = 0.8  # a war's tally one article gives ranks below the incident's own figures
DETAILS = 2  # details of an event the others report, at most, per article: the room the facts and voices leave
PROTECTED = ("children", "women")  # who the dead were matters: "five children" is not answered by "five people"


def _same_figure(q: Quantity, o: Quantity) -> bool:
    """"12 aid workers and drivers" and "12 people" killed: the same number of people is one toll."""
    return q.low is not None and (q.low, q.high) == (o.low, o.high)


def _claim_counterpart(cx: Corpus, c: Claim, other_article: str, detail: bool = True) -> bool:
    typ = event_type(c)
    retyped = c.event is not None and typ != c.event.type  # an attack on health care is an event of its own
    fams = STRUCK if retyped else (family(c.event.type if c.event else None) or "",)
    persons = {e for e in cx.claim_entities.get(c.id, ()) if cx.entity[e].kind == "person"}
    participants = set(c.event.actors + c.event.targets) if c.event else set()
    for o in (o for fam in fams for o in cx.claims_by_article_family.get((other_article, fam), ())):
        if not cx.same_event_place(c.id, o.id) or (retyped and event_type(o) != typ):
            continue
        named_victims = c.event and c.event.type in ("killing", "injury", "casualties", "losses") and persons
        if named_victims and not persons & cx.claim_entities.get(o.id, set()):
            continue  # a named victim must be named in the counterpart
        o_part = set(o.event.actors + o.event.targets) if o.event else set()
        if participants and o_part and not participants & o_part and not _allied(cx, participants, o_part):
            continue
        targets, o_targets = set(c.event.targets) if c.event else set(), set(o.event.targets) if o.event else set()
        if targets and o_targets and not targets & o_targets:
            continue  # raids on militias are not the strike on the migrant centre
        if detail and not _tells_the_detail(cx, c, o):
            continue
        return True
    return False


def _tells_the_detail(cx: Corpus, c: Claim, o: Claim) -> bool:
    """Does the other article tell this claim's detail, not just its event? It does when its
    account of the event (``o``) shares one of the claim's distinctive words, or another of its
    claims shares half of them. "Victims bore shrapnel wounds, burns and broken limbs" is a detail
    that "shoppers were wounded by flying glass" leaves out; a claim of fewer than
    MIN_DETAIL_WORDS such words is the bare event, which ``o`` tells."""
    # its own words ("wounded" names the event, not a detail of it; kinds and countries are no words)
    mine = (cx.rare_words(c.id) & stems(c.text)) - _event_words()
    if len(mine) < MIN_DETAIL_WORDS or mine & cx.rare_words(o.id):
        return True
    return _told_elsewhere_in(cx, c.id, mine, o.article)


def _told_elsewhere_in(cx: Corpus, claim_id: str, mine: frozenset[str], article: str) -> bool:
    """Does another incident claim of ``article`` share half of ``mine`` (at least MIN_DETAIL_WORDS)?
    Asked for every claim of every peer: answered once per claim and article, through the words'
    index rather than by reading each of the article's claims."""
    memo = cx.__dict__.setdefault("_told_elsewhere_memo", {})
    key = (claim_id, article)
    if key not in memo:
        index = cx.incident_words_by_article.get(article, {})
        shared = Counter(x for w in mine for x in index.get(w, ()))
        memo[key] = any(n >= max(MIN_DETAIL_WORDS, len(mine) / 2) for n in shared.values())
    return memo[key]


@functools.cache
def _event_words() -> frozenset[str]:
    """The event lexicon's words in their inflected forms ("wound": wounds, wounded, wounding;
    "casualty": casualties), as written and as align/anchors.py stems them."""
    harm = {f for r in events().roles if r.role in HARM_ROLES for w in r.lemmas for f in inflections(w)}
    forms = act_words() | harm  # the acts, and the harm they count ("casualties", "killed")
    return frozenset(forms | {stem(f) for f in forms})  # as align/anchors.py folds them ("casualtie")


def _only(cx: Corpus, article: str, missing: list[str]) -> str:
    """"Only " when every other article of the incident leaves the fact out, else nothing: "Reuters
    reports this investigation; Xinhua does not mention it" while DoD News reports one too."""
    return "Only " if len(missing) >= len(cx.peers[article]) else ""


def _allied(cx: Corpus, a: set[str], b: set[str]) -> bool:
    sides_b = {cx.side(x) for x in b} - {None}
    return any(cx.aligned_sides(x) & sides_b for x in a)


def omission_drafts(cx: Corpus, max_per_article: int) -> list[Draft]:
    ids = [a.id for a in cx.articles]
    if len(ids) < 2:
        return []
    candidates: dict[str, list[Draft]] = defaultdict(list)
    covered_claims: set[str] = set()
    # figures that some articles give and others do not: one omission per thing and silent set
    # ("Trend and Al Masdar give a death toll; TASS gives none"), however many articles give it
    lists: dict[tuple, list[Quantity]] = defaultdict(list)
    told_as: dict[tuple, tuple] = {}  # a figure in one article -> the key of the list it was first put in
    for q in cx.quantities:
        if q.kind != "count" or ROLE_SALIENCE.get(q.role or "", 0.0) < 0.5 or rejected_here(cx, q):
            continue  # a figure its own article calls false is no count it gives
        missing = tuple(a for a in cx.peers[q.article] if not _quantity_counterpart(cx, q, a))
        if not missing:
            continue
        given = tuple(a for a in (q.article, *cx.peers[q.article]) if a not in missing)
        root = _root(cx, q.category)
        scope = _scope(cx, q)  # a war's tally and the strike's toll are two facts, told apart
        key = (q.role, root, scope, missing) if len(given) > 1 else (q.role, scope, missing, q.article,
                                                                      q.group if q.group is not None else q.id)
        if len(given) == 1:
            # in one article a coordinated list is one fact, and so is one figure told twice (the
            # headline's "11 terrorists" and the body's)
            key = told_as.setdefault((q.role, scope, missing, q.article, q.category, q.low, q.high), key)
        lists[key].append(q)
    for key, qs in lists.items():
        missing = next(k for k in key if isinstance(k, tuple))
        article = qs[0].article
        covered_claims.update(q.claim for q in qs if q.claim)
        sources = list(dict.fromkeys(cx.source(q.article) for q in qs))
        told = list(dict.fromkeys(describe(q) + (f" ({sp})" if (sp := cx.speaker_name(q.claim)) else "")
                                  for q in qs))  # a figure told twice by one voice is said once
        what = "; ".join(told[:4]) + (" and more" if len(told) > 4 else "")
        who = sources[0] if len(sources) == 1 else ", ".join(sources[:-1]) + " and " + sources[-1]
        background = _scope(cx, qs[0]) == "background"
        candidates[article].append(Draft(
            "omission", [(q.article, q.start, q.end) for q in qs[:8]],
            f"{'Only ' if len(sources) == 1 else ''}{who} report{'s' if len(sources) == 1 else ''} {what}"
            f"{' (a tally beyond this incident)' if background else ''}; "
            f"{_names(cx, list(missing))} {_verb(cx, list(missing), 'does', 'do')} not mention it.",
            0.7, ROLE_SALIENCE.get(qs[0].role or "", 0.5) * (BACKGROUND_SALIENCE if background else 1),
            claims=[q.claim for q in qs if q.claim],
            quantities=[q.id for q in qs], missing_from=list(missing)))
    counted = {q.claim for q in cx.quantities if q.claim and q.kind == "count" and q.role}
    details: dict[str, list[Draft]] = defaultdict(list)
    responded = {r.claim for a in cx.claims_by_article for r in (*inquiries(cx, a), *reactions(cx, a)) if r.claim}
    told_inquiries = {q.claim for a in cx.claims_by_article for q in inquiries(cx, a) if q.claim
                      and (cx.claim[q.claim].event is not None and cx.claim[q.claim].event.type == "investigation")}
    for c in cx.claims:
        if c.event is None:
            continue
        typ = event_type(c)
        if (c.id in covered_claims or c.id in counted) and typ == c.event.type:
            continue  # a claim that gives a figure is compared through its figures, unless it tells of
            # an attack on health care beside them ("burned 14 homes and ransacked the health post")
        sal = SALIENT_EVENTS.get(typ, 0.0)
        if sal < 0.6 or c.stance in ("denied", "disputed") or c.id in told_inquiries:
            continue  # an inquiry align/investigation.py tells is told once; a halted one is told here
        missing = [a for a in cx.peers[c.article] if not _claim_counterpart(cx, c, a)]
        if not missing:
            continue
        event = typ.replace('_', ' ')
        # articles that tell the event, but not this claim's detail, and those silent on the event
        without = [a for a in missing if _claim_counterpart(cx, c, a, detail=False)]
        silent = [a for a in missing if a not in without]
        if not silent:
            if c.id in responded or c.start < cx.headline_end(c.article):
                continue  # an inquiry or reaction is told as one (align/investigation.py, reactions.py); a
                # headline compresses the event, and its words are no detail the body leaves out
            # told after the facts and voices
            details[c.article].append(Draft(
                "omission", [(c.article, c.start, c.end)],
                f"{_only(cx, c.article, missing)}{cx.source(c.article)} gives this detail of the {event}: "
                f"“{_short(c.text)}”; {_names(cx, without)} {_verb(cx, without, 'tells', 'tell')} of the {event} "
                "without it.", 0.5, sal * 0.95, claims=[c.id], missing_from=missing))
            continue
        also = f", and {_names(cx, without)} {_verb(cx, without, 'tells', 'tell')} of it without this" if without else ""
        candidates[c.article].append(Draft(
            "omission", [(c.article, c.start, c.end)],
            f"{_only(cx, c.article, missing)}{cx.source(c.article)} reports this {event}: “{_short(c.text)}”; "
            f"{_names(cx, silent)} {_verb(cx, silent, 'does', 'do')} not mention it{also}.",
            0.6, sal * 0.95, claims=[c.id], missing_from=missing))
    denials = _denial_omissions(cx)
    for article, drafts in denials.items():
        candidates[article].extend(drafts)
    told = {(article, cx.claim[d.claims[0]].speaker) for article, drafts in denials.items() for d in drafts}
    candidates_voices = _voices(cx, ids, told)
    for article, drafts in _weapon_omissions(cx).items():
        candidates[article].extend(drafts)
    for article, drafts in unnamed_doer_omissions(cx).items():
        candidates[article].extend(drafts)
    responses: dict[str, list[Draft]] = defaultdict(list)  # reactions and inquiries, three at most each article
    for article, drafts in (*reaction_omissions(cx).items(), *investigation_omissions(cx).items()):
        responses[article].extend(drafts)
    out = []
    for article in ids:
        # reactions and inquiries rank among the facts (up to three), and voices take the room left
        ranked = sorted([*candidates[article], *sorted(responses.get(article, []),
                                                       key=lambda d: d.evidence[0][1])[:RESPONSES_PER_ARTICLE]],
                        key=lambda d: (-d.salience, d.evidence[0][1]))
        ranked = ranked[:max_per_article]
        room = max_per_article - len(ranked)
        ranked += candidates_voices.get(article, [])[:max(0, min(room, 4))]
        room = max_per_article - len(ranked)
        ranked += sorted(details[article], key=lambda d: (-d.salience, d.evidence[0][1]))[:max(0, min(room, DETAILS))]
        out.extend(ranked)
    return out


@functools.cache
def _model_pattern() -> re.Pattern[str] | None:
    """Named weapon models from the category lexicon ("F-16", "Su-24", "BM-21"): a term with a
    digit in it, hyphen and case free."""
    from ..nlp.lexicons import ancestors, categories

    terms = set()
    for cat in categories().categories:
        if "equipment" not in (cat.key, *ancestors(cat.key)):
            continue
        terms.update(t for t in cat.terms if any(ch.isdigit() for ch in t))
    if not terms:
        return None
    alts = sorted({re.escape(t.replace("-", "")).replace("\\ ", "[ -]?") for t in terms}, key=len, reverse=True)
    body = "|".join("[ -]?".join(a) if False else _loose(a) for a in alts)
    return re.compile(rf"\b(?:{body})s?\b", re.IGNORECASE)


def _loose(escaped: str) -> str:
    """Allow a hyphen or space between letters and digits: f16, f-16, F 16."""
    return re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", "[ -]?", escaped)


def _weapon_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """A weapon model one article names and no other article on the incident does: a model from
    the category lexicon ("Su-24") or the weapons lexicon ("Iskander", "Tochka-U")."""
    pattern = _model_pattern()
    out: dict[str, list[Draft]] = defaultdict(list)
    if pattern is None:
        return out
    found: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    named_weapons = defaultdict(list)  # the weapons lexicon's models, as align/weapons.py reads them
    for w in weapon_mentions(cx):
        named_weapons[w.article].append(w)
    for a in cx.articles:
        head = cx.headline_end(a.id)
        # the body's first mention before a headline's: a headline compresses
        matches = sorted([(m.start(), m.end(), m.group()) for m in pattern.finditer(a.text)]
                         + [(w.start, w.end, a.text[w.start:w.end]) for w in named_weapons.get(a.id, ())],
                         key=lambda m: (m[0] < head, m[0]))
        for start, end, words in matches:
            key = re.sub(r"[^a-z0-9]", "", words.lower()).rstrip("s")
            known = weapon_named(words)
            key = known.name if known else key  # "X-101" and "Kh-101" are one missile
            found[a.id].setdefault(key, (start, end))
    # an article that names the model anywhere, even to deny its use, does not leave it out
    named_anywhere = {a.id: set(found[a.id]) | {w.name for m in weapon_pattern().finditer(a.text)
                                                 if (w := weapon_named(m.group())) is not None}
                      for a in cx.articles}
    for a in cx.articles:
        peers = cx.peers[a.id]
        for key, (s, e) in found[a.id].items():
            missing = [p for p in peers if key not in named_anywhere[p]]
            if not missing or len(missing) < len(peers):
                continue
            start = max(a.text.rfind(ch, 0, s) for ch in ",;.\n") + 1
            stops = [i for i in (a.text.find(ch, e) for ch in ",;.\n") if i >= 0]
            end = min(stops) if stops else len(a.text)
            start, end = max(start, s - 120), min(end, e + 120)
            while start < s and a.text[start] == " ":
                start += 1
            out[a.id].append(Draft(
                "omission", [(a.id, start, end)],
                f"{_only(cx, a.id, missing)}{cx.source(a.id)} names the weapon: “{a.text[s:e]}”; "
                f"{_names(cx, missing)} {_verb(cx, missing, 'does', 'do')} not.",
                0.6, 0.7, missing_from=missing))
    return out


def _root(cx: Corpus, category: str | None) -> str | None:
    if category is None:
        return None
    lineage = (category, *cx.ancestors.get(category, ()))
    return lineage[-1]


def _denial_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """A side's denial ("the ministry denied responsibility") that only one article reports: the
    accused side's answer is missing from the others. One per article and rejecting source."""
    out: dict[str, list[Draft]] = defaultdict(list)
    seen: set[tuple[str, str | None]] = set()
    rejections = [c for c in cx.claims if c.stance in REJECTING and c.scope == "incident"]
    by_article: dict[str, set[str | None]] = defaultdict(set)
    for c in rejections:
        by_article[c.article].add(c.speaker)
    for c in rejections:
        if (c.article, c.speaker) in seen:
            continue
        seen.add((c.article, c.speaker))
        # silent: the article reports no rejection by this source (any rejection when it is unnamed)
        missing = [a for a in cx.peers[c.article]
                   if not by_article[a] or (c.speaker is not None and c.speaker not in by_article[a])]
        if not missing:
            continue
        who = cx.speaker_name(c.id)
        what = f"{who}'s rejection" if who else "a rejection"
        out[c.article].append(Draft(
            "omission", [cx.focus_span(c)],
            f"{_only(cx, c.article, missing)}{cx.source(c.article)} reports {what}: “{_short(c.text)}”; "
            f"{_names(cx, missing)} {_verb(cx, missing, 'does', 'do')} not.",
            0.6, 0.85, claims=[c.id], missing_from=missing))
    return out


def _voices(cx: Corpus, ids: list[str], told: set[tuple[str, str | None]] = frozenset()) -> dict[str, list[Draft]]:
    """Sources quoted in one article that no other article mentions (``told``: already reported
    as an omitted rejection)."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    for e in cx.res.entities:
        for m in e.mentions:
            mentioned[e.id].add(m.article)
    out: dict[str, list[Draft]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for c in cx.claims:
        if not c.speaker or (c.article, c.speaker) in seen or (c.article, c.speaker) in told or cx.own_voice(c):
            continue
        ent = cx.entity[c.speaker]
        if ent.name.split()[0].lower() in NO_ONE:
            continue  # "No independent body has confirmed ...": a negated subject is nobody's voice
        if ent.kind not in ("person", "organization", "place", "actor") or \
                mentioned[c.speaker] & set(cx.peers[c.article]):
            continue
        seen.add((c.article, c.speaker))
        spans = [x for x in cx.claims_by_article.get(c.article, ()) if x.speaker == c.speaker][:3]
        missing = list(cx.peers[c.article])
        if not missing:
            continue
        weight = max((SALIENT_EVENTS.get(x.event.type, 0.3) if x.event else 0.2) for x in spans)
        shown = [_said(cx, x) for x in spans]
        first = cx.article[c.article].text[shown[0][1]:shown[0][2]]
        out[c.article].append(Draft(
            "omission", shown,
            f"Only {cx.source(c.article)} quotes {ent.name}: “{_short(' '.join(first.split()))}”.",
            0.5, 0.3 + 0.2 * weight, claims=[x.id for x in spans], entities=[c.speaker], missing_from=missing))
    for drafts in out.values():
        drafts.sort(key=lambda d: -d.salience)
    return out


def _said(cx: Corpus, c: Claim) -> tuple[str, int, int]:
    """A voice's claim as a reader checks it: its words, or its whole sentence when they are too
    few to say anything ("called the attack a “crime against humanity”" gives "the attack")."""
    if len(c.text.split()) >= MIN_QUOTE_WORDS:
        return (c.article, c.start, c.end)
    text = cx.article[c.article].text
    lo, hi = next(((a, b) for a, b in sentence_bounds(text) if a <= c.start < b), (c.start, c.end))
    lo = word_start(text, max(lo, c.start - MAX_SAID // 2))  # a long sentence: the words around the claim
    return (c.article, lo, max(c.end, min(hi, lo + MAX_SAID)))


MAX_SAID = 300  # characters of a sentence shown for a short claim


def _verb(cx: Corpus, ids: list[str], one: str, many: str) -> str:
    return verb_for([cx.source(a) for a in ids], one, many)


def _names(cx: Corpus, ids: list[str]) -> str:
    names = [cx.source(a) for a in ids]
    return listing(names)


def _short(text: str, limit: int = 100) -> str:
    return short(text, limit)
