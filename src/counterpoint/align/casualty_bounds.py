"""A count of the killed or of the wounded above another voice's count of all casualties ("up
to 10 Palestinian casualties" / "at least 100 martyrs"): the casualties take in the dead and the
wounded, so both cannot be true; so do a group's own losses and the count of its members killed
("lost no more than three fighters" / "the army killed 17 rebels"). Counts of one role against
each other are compared in align/figures.py; a count of none ("no casualties") in align/harm.py."""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import actors
from ..records import Quantity
from ..resolve.actors import country_code
from .candidates import Corpus
from .stated import interval
from .elsewhere import other_fact
from .figure_groups import figure_group, narrowed_group
from .figures import (figure_conflict_draft, figure_target, same_event,
                      superseded_figures, whole_toll)
from .findings import Draft
from .intervals import category_relation, part_exceeds_whole
from .revisions import is_revision, figure_speaker, cx_tol
from .troop_owner import losers

AMONG = re.compile(r"\s+among\b", re.IGNORECASE)  # "four casualties among his family": some of them


def casualty_bound_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per incident and counted group, its figures shown as figures.py shows them."""
    conflicts: dict[tuple, list[tuple[Quantity, Quantity]]] = defaultdict(list)
    superseded = superseded_figures(cx)
    tol = cx_tol(cx)
    by = cx.quantities_by_article_role
    for art in cx.articles:
        wholes = [q for q in by.get((art.id, "casualties"), ()) if not q.increment and q.id not in superseded
                  and q.high]  # a count of none is align/harm.py's; an open count bounds nothing
        for other in (art.id, *cx.peers[art.id]) if wholes else ():
            for part in (q for role in _parts() for q in by.get((other, role), ())):
                if part.increment or part.id in superseded:
                    continue
                for whole in wholes:
                    key = _bounded(cx, whole, part, tol)
                    if key is not None:
                        conflicts[key].append((whole, part))
    return [figure_conflict_draft(cx, key, pairs) for key, pairs in conflicts.items()]


def _bounded(cx: Corpus, whole: Quantity, part: Quantity, tol: float) -> tuple | None:
    """The fact both count, when the part cannot fit in the whole: the same incident and day,
    the same counted group (or the whole counts people at large), two voices."""
    if whole.article == part.article and figure_speaker(cx, whole) == figure_speaker(cx, part):
        return None  # one voice's "casualties" and "killed" are its own two counts
    # a group's losses ("the group had lost no more than three fighters") bound the count of its
    # members killed ("17 rebels"), unless the count names the side the group fights
    of_the_group = part.noun is not None and whole.noun is not None and not _other_sides(cx, part, whole) \
        and category_relation(part.category, whole.category, cx.ancestors) in ("same", "a_in_b")
    if not (whole_toll(whole) or of_the_group) or _qualified(whole) or narrowed_group(cx, whole) \
            or AMONG.match(cx.article[whole.article].text, whole.end):
        return None  # "three staff casualties", "six adult villagers", "four casualties among his family"
    group, part_group = figure_group(cx, whole), figure_group(cx, part)
    if group is None or part_group is None or (group != part_group and group != "people" and not of_the_group):
        return None
    scopes = {cx.scope(whole.claim), cx.scope(part.claim)}
    if scopes != {"incident"} or other_fact(cx, whole) != other_fact(cx, part) or not same_event(cx, whole, part):
        return None
    if not part_exceeds_whole(interval(part), interval(whole), tol) or is_revision(cx, whole, part):
        return None
    target = figure_target(whole.noun) or figure_target(part.noun)
    return cx.component_of[whole.article], "casualties", group, (target or "").lower()


def _parts() -> tuple[str, ...]:
    """The roles the casualties take in (events.json quantity_roles ``within``: killed, wounded)."""
    return tuple(role for role, whole in cue_sets().role_within.items() if whole == "casualties")


def _other_sides(cx: Corpus, part: Quantity, whole: Quantity) -> bool:
    """"26 FARDC soldiers" killed against the M23's "lost no more than three fighters": the part
    names a side opposed to the one the whole counts (the side its words name, else its voice's)."""
    claim = cx.claim.get(whole.claim or "")
    counted = losers(whole) or (cx.voice_sides(claim.speaker) if claim is not None else frozenset())
    if any(cx.opposed(n, c) for n in losers(part) for c in counted):
        return True
    # "17 soldiers" against the al-Shabaab's fighters: a kind of troops the counted side is not
    lineage = (part.category, *cx.ancestors.get(part.category or "", ()))
    kind = next((role for category, role in FORCE_KINDS.items() if category in lineage), None)
    roles = {a.role for a in actors().actors if a.side in counted}
    return kind is not None and bool(roles) and kind not in roles


# the kind of armed actor (actors.json role) a taxonomy category of troops counts
FORCE_KINDS = {"state_troops": "state_forces", "armed_group_members": "non_state_armed"}


def _qualified(q: Quantity) -> bool:
    """Does a word before the counted noun narrow it ("six adult villagers", "two female
    casualties")? A nationality does not ("ten Palestinian casualties"), nor "civilian"."""
    words = [w for w in (q.noun or "").split()[:-1] if any(ch.isalnum() for ch in w)]  # not a stray quote mark
    return any(w.lower() not in ("civilian", "civilians") and country_code(w) is None for w in words)
