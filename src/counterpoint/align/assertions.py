"""Claim-level relations: opposite outcomes at the same place (contradict), a flat negation of an
asserted event (contradict), and the same speaker's claim, or its denial, reported alike by two
outlets (agree). Rejections of another source's claim (disputes) are in align/disputes.py."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from ..nlp.lexicons import ancestors, category_of
from ..records import Claim
from .candidates import OUTCOME, REJECTING, Corpus, family
from .disputes import outcome_of, short_quote, who_says
from .findings import MAX_EVIDENCE, Draft, listing
from .rejected import rejection_targets


def outcome_drafts(cx: Corpus) -> list[Draft]:
    """An attack repelled at a place vs the same place taken: both cannot be true."""
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in cx.claims_by_family.get("control", ()):
        if c.event is None or c.stance in REJECTING or c.event.type not in OUTCOME or c.scope == "background":
            continue
        for p in sorted(cx.places(c.id)):
            by_place[p].append(c)
    out = []
    pairs_at: dict[str, list[tuple[Claim, Claim]]] = {}  # place -> its (failed, taken) pairs
    for place, claims in by_place.items():
        failed = [c for c in claims if outcome_of(cx, c) < 0]
        succeeded = [c for c in claims if outcome_of(cx, c) > 0]
        pairs_at[place] = [(f, s) for f in failed for s in succeeded if cx.comparable(f.article, s.article)
                           and (f.article != s.article or f.speaker != s.speaker) and _same_side(cx, f, s)]
    paired = {place: {c.id for pair in pairs for c in pair} for place, pairs in pairs_at.items()}
    for place, pairs in pairs_at.items():
        if any(other != place and paired[other] and paired[place] & paired[other]
               and (cx.contains(place, other) or cx.coarse(place) and not cx.coarse(other))
               for other in paired):
            continue  # "At Congo" repeats "At Bunagana": the town, inside the country, is where it failed or fell
        if not pairs:
            continue
        fs = list(dict.fromkeys(f for f, _ in pairs))[:3]
        ss = list(dict.fromkeys(s for _, s in pairs))[:3]
        # the same voice's unplaced word that the attack failed ("The terrorists failed to enter the
        # base"), or another article's that places its act there elsewhere ("pushed into the edge of the
        # camp before being driven back"): the same outcome, told of the place its lead names
        fs += [c for c in cx.claims_by_family.get("control", ()) if len(fs) < 4 and c not in fs
               and c.event is not None and c.stance not in REJECTING and c.scope != "background"
               and not cx.places(c.id) and outcome_of(cx, c) < 0
               and (any(c.article == f.article for f in fs) or names_it(cx, c.article, place))
               and all(c.article != s.article for s in ss)
               and any(_same_side(cx, c, t) for t in ss)][:1]
        name = cx.entity[place].name
        out.append(Draft(
            "contradict", [cx.event_span(c) for c in (*fs, *ss)],
            f"At {name}, {who_says(cx, fs[0])} says the attack failed (“{short_quote(fs[0])}”) while "
            f"{who_says(cx, ss[0])} says the place was taken (“{short_quote(ss[0])}”).",
            0.8, 0.95, claims=[c.id for c in (*fs, *ss)], entities=[place]))
    return out + _unplaced_outcome_drafts(cx, {c for pairs in paired.values() for c in pairs})


def _unplaced_outcome_drafts(cx: Corpus, placed: set[str]) -> list[Draft]:
    """An attack said to fail and a taking, neither placed by name, of a site both name with a word of
    one kind ("The terrorists failed to enter the base" / "struck the gate of the base ... took full
    control of it"): the same site, where the articles tell one incident."""
    unplaced = [c for c in cx.claims_by_family.get("control", ()) if c.id not in placed and c.event is not None
                and c.stance not in REJECTING and c.event.type in OUTCOME and c.scope != "background"
                and not cx.places(c.id)]
    out = []
    for f in (c for c in unplaced if outcome_of(cx, c) < 0):
        for s in (c for c in unplaced if outcome_of(cx, c) > 0):
            site = _site_named(f, s)
            one_voice = f.article == s.article and f.speaker == s.speaker  # two outlets' own voices are two
            if site is None or not cx.comparable(f.article, s.article) or one_voice or not _same_side(cx, f, s):
                continue
            out.append(Draft(
                "contradict", [_whole_or_event(cx, f), _whole_or_event(cx, s)],
                f"At the {site}, {who_says(cx, f)} says the attack failed (“{short_quote(f)}”) while "
                f"{who_says(cx, s)} says it was taken (“{short_quote(s)}”).",
                0.7, 0.9, claims=[f.id, s.id]))
            break  # each failure once, against the first taking of its site
    return out


def _whole_or_event(cx: Corpus, c: Claim) -> tuple[str, int, int]:
    """The claim whole when short enough to read at once ("stormed the base ... and took full control of
    it"), else its event's words."""
    return (c.article, c.start, c.end) if c.end - c.start <= WHOLE_CLAIM else cx.event_span(c)


WHOLE_CLAIM = 300  # characters


def _site_named(a: Claim, b: Claim) -> str | None:
    """A word for a site or settlement (categories.json: a facility or a settlement) both claims name as
    the one told of before ("the base"; not "another base", "a village near the base", "the post office")."""
    def sites(c: Claim) -> set[str]:
        return {m.group(1).lower() for m in THE_SITE.finditer(c.text) if not NEAR.search(c.text, 0, m.start())}
    return next((w for w in sorted(sites(a) & sites(b)) if (k := category_of(w)) is not None
                 and (k in SITE_KINDS or any(x in SITE_KINDS for x in ancestors(k)))), None)


# "the base", ending its phrase ("the base from several sides", "the base."; not "the post office")
THE_SITE = re.compile(r"\bthe\s+([a-z]+)\b(?=\s*(?:[,.;:)]|$|\s(?:of|and|from|after|before|in|at|on|with|for|by|to|"
                      r"since|until|when|while|but)\b))", re.IGNORECASE)
# "a village near | the base": another site, placed by it
NEAR = re.compile(r"\b(?:near|outside|around|beside|close\s+to|next\s+to)\s+$", re.IGNORECASE)


SITE_KINDS = ("settlements", "facilities")  # categories.json kinds of a place an attack takes or fails to take


def names_it(cx: Corpus, article: str, place: str) -> bool:
    """Does one of the article's incident claims put its act at the place?"""
    return place in act_places(cx, article)


def act_places(cx: Corpus, article: str) -> list[str]:
    """The places the article's incident acts are put at, in the order it tells them."""
    return list(dict.fromkeys(c.event.place for c in cx.claims_by_article.get(article, ())
                              if c.event is not None and c.event.place and c.scope == "incident"))


def _same_side(cx: Corpus, failed: Claim, taken: Claim) -> bool:
    """The side whose attack failed is the side said to hold the place: same actor or same side."""
    a = set(failed.event.actors if failed.event else ())
    b = set(taken.event.actors if taken.event else ())
    if not a or not b:
        return False
    if a & b:
        return True
    sa = {cx.side(x) for x in a} - {None}
    sb = {cx.side(x) for x in b} - {None}
    return bool(sa & sb)


def negation_drafts(cx: Corpus) -> list[Draft]:
    """"No weapons were ever used against it" vs "the strike killed 35": a flat negation of an event
    that other claims assert."""
    out = []
    negated = [c for c in cx.claims if c.id in cx.res.negated and family(c.event.type if c.event else None) == "attack"]
    groups: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    for c in negated:
        groups[(c.article, c.speaker)].append(c)
    for (article, _), claims in groups.items():
        claims = claims[:3]
        pool = [c for c in cx.claims_by_family.get("attack", ()) if c.article != article
                and cx.comparable(article, c.article) and c.id not in cx.res.negated and c.stance not in REJECTING
                and c.scope == "incident"]
        pool = [c for c in pool if _not_opposed(cx, claims, c)]
        targets = rejection_targets(cx, claims, pool, MAX_EVIDENCE - len(claims))
        if not targets:
            continue
        out.append(Draft(
            "contradict", [cx.event_span(c) for c in (*claims, *targets)],
            f"{who_says(cx, claims[0])} says it did not happen (“{short_quote(claims[0])}”); "
            f"{who_says(cx, targets[0])} reports that it did (“{short_quote(targets[0])}”).",
            0.7, 0.85, claims=[c.id for c in (*claims, *targets)]))
    return out


def _not_opposed(cx: Corpus, negated: list[Claim], target: Claim) -> bool:
    """A negation by one side does not contradict an attack the other side is said to make."""
    neg_sides = {cx.side(a) for c in negated if c.event for a in c.event.actors} - {None}
    tgt_sides = {cx.side(a) for a in (target.event.actors if target.event else ())} - {None}
    if not neg_sides or not tgt_sides:
        return True
    return not any(cx.opposed(a, b) for a in neg_sides for b in tgt_sides)


def same_speaker_drafts(cx: Corpus) -> list[Draft]:
    """Outlets reporting the same speaker's claim about the same event alike: one finding per group
    of articles that all tell it alike (one claim each), so three outlets relaying a ministry are
    one agreement, not three pairs."""
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in cx.claims:
        fam = family(c.event.type if c.event else None)
        if c.speaker and fam and c.event is not None and c.stance in ("attributed", "asserted", "speculative"):
            by_key[(c.speaker, fam)].append(c)
    out = []
    for (speaker, _), claims in by_key.items():
        covered: set[frozenset[str]] = set()
        for seed in claims:
            group = [seed]
            for c in claims:
                if all(c.article != g.article and _told_alike(cx, c, g) for g in group):
                    group.append(c)
            pairs = {frozenset((a.id, b.id)) for a, b in combinations(group, 2)}
            if len(group) < 2 or pairs <= covered:
                continue  # a group whose every pair an earlier group shows
            covered |= pairs
            group.sort(key=lambda c: cx.order[c.article])
            same = all(cx.places(a.id) & cx.places(b.id) for a, b in combinations(group, 2))
            names = listing([cx.source(c.article) for c in group])
            out.append(Draft(
                "agree", [cx.event_span(c) for c in group[:MAX_EVIDENCE]],
                f"{names} {'both' if len(group) == 2 else 'all'} report {cx.entity[speaker].name}'s claim of "
                f"{_indefinite(seed.event.type.replace('_', ' '))}: " + " / ".join(f"“{short_quote(c)}”" for c in group[:3])
                + ".", 0.75 if same else 0.6, 0.6, claims=[c.id for c in group[:MAX_EVIDENCE]], entities=[speaker]))
    return out


def _told_alike(cx: Corpus, a: Claim, b: Claim) -> bool:
    """Two articles' claims of one speaker that tell the same event alike: the same type and
    polarity, articles compared with each other, and no places that set them apart."""
    assert a.event is not None and b.event is not None
    return cx.comparable(a.article, b.article) and a.event.type == b.event.type \
        and (a.event.polarity > 0) == (b.event.polarity > 0) and not cx.places_clash(a.id, b.id)


def same_denial_drafts(cx: Corpus) -> list[Draft]:
    """One named voice's rejection reported by several articles ("Russia denied any involvement" /
    "Russia has denied responsibility"): they agree that it rejects, one span per article."""
    by_voice: dict[tuple[str, int], dict[str, Claim]] = defaultdict(dict)  # (voice, incident's coverage)
    for c in cx.claims:
        if c.stance == "denied" and c.scope == "incident" and c.speaker is not None \
                and cx.entity[c.speaker].kind in ("actor", "organization", "person", "place"):
            by_voice[(cx.voice(c.speaker) or c.speaker, cx.component_of[c.article])].setdefault(c.article, c)
    out = []
    for firsts in by_voice.values():
        claims = sorted(firsts.values(), key=lambda c: cx.order[c.article])
        if len(claims) < 2:
            continue
        shown = claims[:MAX_EVIDENCE]
        told = " / ".join(f"“{short_quote(c, 60)}”" for c in shown)
        names = [cx.source(c.article) for c in shown]
        sources = listing(names)
        out.append(Draft(
            "agree", [cx.focus_span(c) for c in shown],
            f"{sources} {'both' if len(names) == 2 else 'all'} report {cx.entity[shown[0].speaker].name}'s "
            f"rejection: {told}.",
            0.6, 0.5, claims=[c.id for c in shown], entities=[shown[0].speaker]))
    return out


def _indefinite(noun: str) -> str:
    """"an attack", "a shelling"."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
