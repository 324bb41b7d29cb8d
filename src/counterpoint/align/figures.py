"""Figures: agree / contradict between counts of the same thing, with hedges, roll-ups, sums
across categories and revisions (a later, higher toll updates an earlier one)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from itertools import combinations

from ..nlp.lexicons import categories, head_word, is_generic_toll
from ..records import Quantity
from ..resolve.actors import country_code
from ..resolve.names import name_key
from .candidates import REJECTING, Corpus, writers_doubt
from .stated import describe, interval
from .elsewhere import other_fact
from .figure_groups import CASUALTY_ROLES, counted_group, figure_group, found_so_far, in_part, read_as_part
from .figure_conflicts import ROLE_SALIENCE, figure_conflict_draft
from .findings import Draft
from .listed_sums import listed_sum_fits
from .intervals import (Interval, category_relation, compatible, fits_range, part_exceeds_whole, same_figure, total,
                        within_magnitude)
from .nones import limited_none
from .revisions import day_number, is_revision, rounded_same, figure_speaker, cx_tol
from .severity import graded
from .troop_owner import (ATTACKERS, allies_and_enemies_clash, attackers_named_as_enemies, attackers_the_state_fought,
                          incident_owner, losers_and_doers_clash, nationalities, owners_clash)


def _who(cx: Corpus, q: Quantity) -> str:
    speaker = cx.speaker_name(q.claim)
    return f"{cx.source(q.article)}: {describe(q)}" + (f" ({speaker})" if speaker else "")


def same_event(cx: Corpus, a: Quantity, b: Quantity, attackers_killed: bool = False) -> bool:
    """Can the two figures be counts of one event? Not when their places clash, their targets differ,
    their claims name rival strikers (unless they count attackers killed, whose killers are the
    defenders: ``attackers_killed``), or their dates are more than three days apart."""
    if cx.places_clash(a.claim, b.claim) or not targets_fit(a, b):
        return False
    ca, cb = cx.claim.get(a.claim or ""), cx.claim.get(b.claim or "")
    if ca is not None and cb is not None and not attackers_killed and _rival_attackers(cx, ca, cb):
        return False  # the Houthi missile on Jazan and the coalition's strike on the bus: two attacks
    da = ca.event.date if ca and ca.event else None
    db = cb.event.date if cb and cb.event else None
    na, nb = day_number(da), day_number(db)
    return not (na is not None and nb is not None and abs(na - nb) > 3)


def _rival_attackers(cx: Corpus, a, b) -> bool:
    """Both claims name who struck, and the two strikers fight each other: their tolls are two
    attacks' tolls, one side's and the other's."""
    if a.event is None or b.event is None or not a.event.actors or not b.event.actors:
        return False
    sa = {cx.side(x) for x in a.event.actors} - {None}
    sb = {cx.side(x) for x in b.event.actors} - {None}
    return bool(sa and sb) and not sa & sb and all(cx.opposed(x, y) for x in sa for y in sb)


# categories counted one by one, so that a part can never outnumber its whole ("500 food bags"
# and "one aid operation" are different units)
ADDITIVE_ROOTS = ("people", "equipment")


def _additive(cx: Corpus, q: Quantity) -> bool:
    return q.category is not None and any(r in (q.category, *cx.ancestors.get(q.category, ()))
                                          for r in ADDITIVE_ROOTS)


def counts_people(cx: Corpus, q: Quantity) -> bool:
    """Does the figure count people of some kind ("children", "soldiers"), not things?"""
    return q.category is not None and "people" in (q.category, *cx.ancestors.get(q.category, ()))


def whole_toll(q: Quantity) -> bool:
    """Does the figure count the dead or hurt as a whole ("44 people", "nine Iraqis"), not one group
    among them ("three staff")?"""
    if q.noun is None or is_generic_toll(q.noun):
        return True
    head = head_word(q.noun) or ""
    return country_code(head) is not None or bool(nationalities(head.capitalize()))


def _in_band(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """A vague count and a single stated number in its band, counting the same people: "dozens of
    injuries" bears out "30 injured". Not a bound ("more than 90"), and not a group beside the
    whole ("30 soldiers" beside "dozens wounded")."""
    ia, ib = interval(a), interval(b)
    point = ia if ia.low is not None and ia.low == ia.high else ib if ib.low is not None and ib.low == ib.high else None
    return point is not None and within_magnitude(ia, ib) and whole_toll(a) == whole_toll(b) \
        and (whole_toll(a) or counted_group(a) == counted_group(b))


def _same_fighters(part: Quantity, whole: Quantity) -> bool:
    """A count of fighters named by their group ("70 al Shabaab fighters") and a count of that
    group's members by another word ("70 Al Shabaab militants"): the same dead. Not "70 fighters"
    beside "70 soldiers", which may be either side's."""
    return whole.category == FIGHTERS and _group_name(whole) is not None and _group_name(whole) == _group_name(part)


def _group_name(q: Quantity) -> str | None:
    """The name of whose fighters a count counts ("al Shabaab" of "suspected al-Shabaab fighters"),
    by its capitalised words, folded as names are compared."""
    words = [w for w in (q.noun or "").split()[:-1] if any(ch.isupper() for ch in w)]
    return name_key(" ".join(words)) if words else None


FIGHTERS = "combatants"  # categories.json: the parent of state troops and armed group members


def _other_nationality(part: Quantity, whole: Quantity) -> bool:
    """"five Americans" are not "five Iraqi civilians": a whole counted by nationality holds only a
    part of that nationality (or of none named)."""
    mine, theirs = nationalities(whole.noun), nationalities(part.noun)
    return bool(mine and theirs and not mine & theirs)


def targets_fit(a: Quantity, b: Quantity) -> bool:
    """"20 attacks on healthcare facilities" and "3 attacks on checkpoints" count different things."""
    from ..nlp.lexicons import category_of

    ta, tb = figure_target(a.noun), figure_target(b.noun)
    if ta is None or tb is None:
        return True
    ca, cb = category_of(ta), category_of(tb)
    return ca == cb if ca and cb else ta.lower() == tb.lower()


def figure_target(noun: str | None) -> str | None:
    if not noun:
        return None
    for prep in (" on ", " against ", " at "):
        if prep in noun:
            return noun.split(prep, 1)[1]
    return None


def figure_drafts(cx: Corpus) -> list[Draft]:
    drafts: list[Draft] = []
    agree_pairs: list[tuple[Quantity, Quantity]] = []
    conflicts: dict[tuple, list[tuple[Quantity, Quantity]]] = defaultdict(list)
    tol = cx_tol(cx)
    superseded = superseded_figures(cx)
    for a, b in _pairs(cx):
        if a.id in superseded or b.id in superseded:
            continue  # an estimate its own article replaces with "the actual toll" is no rival version
        # a figure with no counted noun ("killing up to 350") fits any category of its role; two
        # whole tolls ("43 civilians", "75 people", "70 victims") count the same dead
        rel = "same" if a.noun is None or b.noun is None or (is_generic_toll(a.noun) and is_generic_toll(b.noun)
                                                             and a.role in CASUALTY_ROLES) \
            else category_relation(a.category, b.category, cx.ancestors)
        if rel == "same" and a.noun is not None and b.noun is not None:
            rel = _group_in_toll(cx, a, b) or rel  # "70 worshippers" is a group in the toll "43 civilians"
        if rel == "same":
            rel = _graded_in_toll(cx, a, b) or rel  # "critically wounded 30" cannot fit in "12 people wounded"
        fought = rel is None and a.article != b.article and attackers_the_state_fought(cx, a, b)
        if fought:
            rel = "same"  # "troops had killed about 20 of the attackers" / "more than 70 of the terrorists"
        if rel is None and a.article != b.article and attackers_named_as_enemies(cx, a, b) and same_event(cx, a, b):
            agree_pairs.append((a, b))  # "62 assailants" (the army) / "62 terrorists"; grouped only if they fit
            continue
        if rel is None or not same_event(cx, a, b, fought) or owners_clash(cx, a, b) \
                or losers_and_doers_clash(cx, a, b) or allies_and_enemies_clash(cx, a, b):
            continue  # "nine Indian soldiers" and "six Pakistani soldiers": two armies' dead
        if any(q.low == 0 and q.high == 0 and limited_none(cx, q, o) for q, o in ((a, b), (b, a))):
            continue  # "no civilians were killed in the final stage of the operation": none in one phase
        scope = {cx.scope(a.claim), cx.scope(b.claim)}
        if len(scope) > 1 or other_fact(cx, a) != other_fact(cx, b):
            continue  # a war's toll, or an earlier attack's, and one strike's count are different facts
        if listed_sum_fits(cx, a, b) or listed_sum_fits(cx, b, a):
            continue  # "five combat vehicles and two armoured trucks" / "seven vehicles": the list adds up
        ia, ib = interval(a), interval(b)
        part_a, part_b = found_so_far(a) or in_part(cx, a), found_so_far(b) or in_part(cx, b)
        if rel == "same" and part_a != part_b:
            # "29 bodies arrived at hospitals" is the dead found so far, "39 died at the scene" those who
            # died there: at least that many
            ia, ib = (_at_least(ia), ib) if part_a else (ia, _at_least(ib))
        cross = a.article != b.article
        if not cross and figure_speaker(cx, a) == figure_speaker(cx, b):
            continue  # inside one article only two sources can disagree (one source lists many events)
        if rel == "same":
            if compatible(ia, ib, tol):
                if cross and (same_figure(ia, ib, tol) or fits_range(ia, ib) or _in_band(cx, a, b)):
                    agree_pairs.append((a, b))
                continue
            key = _fact(cx, a, b)
            if key is not None and "background" not in scope and not is_revision(cx, a, b) and not rounded_same(ia, ib):
                conflicts[key].append((a, b))
        else:
            part, whole = (a, b) if rel == "a_in_b" else (b, a)
            if cross and counts_people(cx, whole) and (whole_toll(whole) or _same_fighters(part, whole)) \
                    and not _other_nationality(part, whole) and same_figure(ia, ib, tol):
                # "44 migrants killed" / "at least 44 people died", not "3 staff"; "70 al Shabaab
                # militants" / "70 al Shabaab fighters"
                agree_pairs.append((a, b))
            elif _additive(cx, whole) and _whole_count(cx, whole) and not found_so_far(whole) \
                    and part_exceeds_whole(interval(part), interval(whole), tol) \
                    and "background" not in scope and not read_as_part(cx, part) and not is_revision(cx, a, b):
                key = _fact(cx, whole, whole)  # "12 children killed" cannot fit in "3 people killed"
                if key is not None:
                    conflicts[key].append((part, whole))
    drafts.extend(_agreements(cx, agree_pairs + _roleless_pairs(cx)))
    drafts.extend(_sum_agreements(cx))
    drafts.extend(figure_conflict_draft(cx, key, pairs) for key, pairs in conflicts.items())
    return drafts


def _group_in_toll(cx: Corpus, a: Quantity, b: Quantity) -> str | None:
    """Two figures of one category where one is a whole toll ("43 civilians") and the other a
    group named within it ("70 worshippers"): "a_in_b" or "b_in_a", else None."""
    ga, gb = figure_group(cx, a), figure_group(cx, b)
    if ga is None or gb is None or ga == gb or "people" not in (ga, gb) or not counts_people(cx, a):
        return None
    whole = b if gb == "people" else a
    if not _every_person(whole) or found_so_far(whole):
        return None  # "43 prisoners" or "43 bodies pulled out so far" may count only some of the dead
    return "a_in_b" if whole is b else "b_in_a"


def _graded_in_toll(cx: Corpus, a: Quantity, b: Quantity) -> str | None:
    """A count of the gravely or lightly wounded beside a count of all the wounded: the first is a
    part of the second ("a_in_b" or "b_in_a"), else None."""
    ga, gb = figure_group(cx, a), figure_group(cx, b)
    if graded(ga) and gb == "people":
        return "a_in_b"
    return "b_in_a" if graded(gb) and ga == "people" else None


def _every_person(q: Quantity) -> bool:
    """Does the figure count every person harmed ("43 civilians", "70 people"; categories.json
    ``whole_heads``), not one kind of them ("43 prisoners", "43 residents")?"""
    head = head_word(q.noun) if q.noun else None
    return head is not None and head in categories().whole_heads


def _as_told(q: Quantity) -> Interval:
    """A figure as compared: the dead found so far ("29 bodies pulled from the rubble") are at least
    that many."""
    return _at_least(interval(q)) if found_so_far(q) else interval(q)


def _at_least(iv: Interval) -> Interval:
    return replace(iv, high=None)


def superseded_figures(cx: Corpus) -> set[str]:
    """Figures whose article gives, for the same role and group, one it calls the actual or final
    count ("eye witnesses told us that more than 80 people died ... The actual death toll is 64")."""
    out: set[str] = set()
    for (article, role), qs in cx.quantities_by_article_role.items():
        final = [q for q in qs if q.correction]
        out |= {q.id for q in qs if not q.correction and any(counted_group(q) == counted_group(f) for f in final)}
    return out


def _fact(cx: Corpus, a: Quantity, b: Quantity) -> tuple | None:
    """What two incompatible figures are both counts of: (incident, role, counted group, target),
    or None when they may count different things. A casualty figure with no counted noun ("35
    were killed") is taken as a toll of people; any other bare figure, or a noun outside the
    taxonomy ("twelve of its employees"), may count a sub-group and never contradicts."""
    ga, gb = figure_group(cx, a), figure_group(cx, b)
    if ga is not None and gb is not None and ga != gb and attackers_the_state_fought(cx, a, b):
        ga = gb = max(ga, gb, key=lambda g: g != ATTACKERS)  # counted as the state's word for its enemies names them
    if ga is None or ga != gb or graded(ga):
        return None  # how many are in critical condition changes as the hurt die or recover
    target = figure_target(a.noun) or figure_target(b.noun)
    who = incident_owner(cx, a) or incident_owner(cx, b)  # two armies' dead are two facts
    return (cx.component_of[a.article], a.role or "", ga, (target or "").lower(), who)


def _whole_count(cx: Corpus, q: Quantity) -> bool:
    """Can a part outnumber this figure? A whole toll of people can ("12 children" in "3 people");
    a group among them cannot ("15 militants" vs "3 staff"); equipment always can (7 tanks, 5 vehicles)."""
    return not counts_people(cx, q) or figure_group(cx, q) == "people"


def _roleless_pairs(cx: Corpus) -> list[tuple[Quantity, Quantity]]:
    """Counts with no casualty or damage role that two articles give alike ("about 4,000 people
    were at the station", "30 to 40 surgeons"): agreements only, never contradictions, since
    such counts often describe different moments."""
    tol = cx_tol(cx)
    by_article: dict[str, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if q.kind == "count" and not q.role and q.category and q.noun and cx.scope(q.claim) == "incident":
            by_article[q.article].append(q)
    out = []
    for art in cx.articles:
        for other in cx.peers[art.id]:
            if cx.order[other] < cx.order[art.id]:
                continue
            for a in by_article.get(art.id, ()):
                for b in by_article.get(other, ()):
                    ga, gb = figure_group(cx, a), figure_group(cx, b)
                    ia, ib = interval(a), interval(b)
                    if ga is not None and ga == gb and (same_figure(ia, ib, tol) or within_magnitude(ia, ib)):
                        out.append((a, b))  # "thousands of people at the station" / "about 4,000 civilians"
    return out


def _pairs(cx: Corpus):
    """Figures of the same role, inside one article or across two articles on the same incident."""
    by = cx.quantities_by_article_role
    roles = sorted({role for _, role in by})
    for role in roles:
        for art in cx.articles:
            mine = [q for q in by.get((art.id, role), ()) if not q.increment and not rejected_here(cx, q)]
            yield from combinations(mine, 2)
            for other in cx.peers[art.id]:
                if cx.order[other] < cx.order[art.id]:
                    continue
                theirs = [q for q in by.get((other, role), ()) if not q.increment and not rejected_here(cx, q)]
                for a in mine:
                    for b in theirs:
                        yield a, b


def rejected_here(cx: Corpus, q: Quantity) -> bool:
    """A figure inside what its own article calls false ("spread fabricated news that over 100
    civilians were killed"): a claim it rejects, not a count it gives (align/disputes.py shows it)."""
    c = cx.claim.get(q.claim or "")
    return c is not None and c.stance in REJECTING and not writers_doubt(c)


def _agreements(cx: Corpus, pairs: list[tuple[Quantity, Quantity]]) -> list[Draft]:
    """One agree finding per group of figures that state the same number."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_id: dict[str, Quantity] = {}
    members_of: dict[str, list[Quantity]] = {}
    tol = cx_tol(cx)
    for a, b in pairs:
        by_id[a.id], by_id[b.id] = a, b
        ra, rb = find(a.id), find(b.id)
        if ra == rb:
            continue
        ga, gb = members_of.get(ra, [a]), members_of.get(rb, [b])
        if not all(compatible(_as_told(x), _as_told(y), tol) for x in ga for y in gb):
            continue  # "nearly 100" and "more than 100" both fit "about 100", not each other
        parent[ra] = rb
        members_of[rb] = ga + gb
        members_of.pop(ra, None)
    groups: dict[str, list[Quantity]] = defaultdict(list)
    for qid, q in by_id.items():
        groups[find(qid)].append(q)
    out = []
    for members in groups.values():
        members.sort(key=lambda q: (cx.order[q.article], q.start))
        per_article: dict[str, list[Quantity]] = defaultdict(list)
        for q in members:
            per_article[q.article].append(q)
        if len(per_article) < 2:
            continue  # its figures from other articles fit another group better
        shown = [qs[0] for qs in per_article.values()]
        text = "; ".join(_who(cx, q) for q in shown)
        exact = all(interval(q) == interval(shown[0]) for q in shown)
        out.append(Draft(
            "agree", [(q.article, q.start, q.end) for q in members][:8],
            # "at least 23" and "27", a range and a figure in it, fit each other: the same only with the same bounds
            f"{text}: {'the same figure' if exact else 'figures that fit each other'}.",
            0.9 if exact else 0.75,
            ROLE_SALIENCE.get(members[0].role or "", 0.4),
            claims=[q.claim for q in members if q.claim], quantities=[q.id for q in members]))
    return out


def _sum_agreements(cx: Corpus) -> list[Draft]:
    """A list that counts parts ("seven tanks, three carriers") against another article's total
    for the parent category ("10 armoured vehicles")."""
    groups: dict[tuple[str, int, str], list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if q.kind == "count" and q.role and q.group is not None and q.category:
            groups[(q.article, q.group, q.role)].append(q)
    for chain in _listed_together(cx):
        if not any(set(chain) <= set(g) for g in groups.values()):
            groups[(chain[0].article, -1 - len(groups), chain[0].role or "")] = chain
    out = []
    tol = cx_tol(cx)
    for (article, _, role), members in groups.items():
        if len(members) < 2:
            continue
        parents: dict[str, list[Quantity]] = defaultdict(list)
        for q in members:
            for anc in cx.ancestors.get(q.category or "", ()):
                parents[anc].append(q)
        for parent_cat, parts in parents.items():
            if len(parts) < 2:
                continue
            summed = total(interval(q) for q in parts)
            for other in (q for p in cx.peers[article] for q in cx.quantities_by_article_role.get((p, role), ())):
                if other.category != parent_cat or other.increment:
                    continue
                if not same_figure(summed, interval(other), tol) or not same_event(cx, parts[0], other):
                    continue
                listed = ", ".join(describe(q) for q in parts)
                out.append(Draft(
                    "agree",
                    [(q.article, q.start, q.end) for q in parts] + [(other.article, other.start, other.end)],
                    f"{cx.source(article)}: {listed}, together {_sum_text(summed)}; "
                    f"{_who(cx, other)}: the totals fit once the categories are added up.",
                    0.8, ROLE_SALIENCE.get(role, 0.4),
                    claims=[q.claim for q in (*parts, other) if q.claim],
                    quantities=[q.id for q in (*parts, other)]))
    return out


LIST_LINK = re.compile(r"\s*(?:,|and|,\s*and)\s*")  # what joins the items of one list


def _listed_together(cx: Corpus) -> list[list[Quantity]]:
    """Counts of one role written as one list ("Among the dead were 22 children and 17 women"),
    which the parse may give different governing words."""
    out: list[list[Quantity]] = []
    for (article, _role), qs in cx.quantities_by_article_role.items():
        chain: list[Quantity] = []
        for q in sorted((q for q in qs if q.kind == "count" and q.category), key=lambda q: q.start):
            text = cx.article[article].text
            if chain and chain[-1].claim == q.claim and LIST_LINK.fullmatch(text[chain[-1].end:q.start]):
                chain.append(q)
                continue
            if len(chain) > 1:
                out.append(chain)
            chain = [q]
        if len(chain) > 1:
            out.append(chain)
    return out


def _sum_text(iv) -> str:
    if iv.low is not None and iv.high is None:
        return f"at least {int(iv.low)}"
    if iv.low is not None and iv.high == iv.low:
        return f"{int(iv.low)}"
    return f"{iv.low}-{iv.high}"
