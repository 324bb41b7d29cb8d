"""Generic references ("militants", "the rebels", "the army") joined to the actor their article
names for that role; a speaker's "our army" stays that article's own."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..nlp.lexicons import actors
from ..records import Article, Mention
from . import actors as actor_lex
from .clusters import Cluster, Clusters
from .geo import covered_countries
from .outlets import outlet_sides


FIRST_PERSON = re.compile(r"\b(?:our|my)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)  # "our (heroic) army"


def link_generic(clusters: Clusters, generic: list[tuple[Mention, str, bool]],
                  articles: Sequence[Article]) -> None:
    """Link "militants", "rebels", ... to the actor each article names for that role; "our army"
    is the forces of the side the article's outlet speaks for (its source line: a state's agency,
    an armed group's statement), when the comparison names one actor of that side and the words
    around name no actor of another side (whose speaker "our" may be); else it stays the speaker's
    own, unlinked, and a bare "our forces" names no one."""
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
    homes = _home_countries(clusters)
    incident_home = _incident_home(homes, articles)

    def enemies_only(counts: Counter | None, article: str) -> Counter | None:
        """"terrorists" in a report of the army and Wagner fighting them: not Wagner, the ally of
        every state force the article names, or of the state where its act happened (the VDP
        militia beside Burkina Faso's army, where the article names the army only as "soldiers")."""
        home_side = actor_lex.national_side(homes[article]) if article in homes else None
        # the state forces the article names; else (it names none by name) those of where it happened
        states = state_sides.get(article) or ({home_side} if home_side else set())
        if not counts or not states:
            return counts
        return Counter({k: n for k, n in counts.items() if not by_id[k].side or not all(
            actor_lex.allied(by_id[k].side, s) for s in states)})

    home = homes if any(m.label and m.label.lower() in _foreign_labels() | _domestic_labels()
                        for m, _, _ in generic) else {}

    def foreigners(counts: Counter | None, article: str) -> Counter | None:
        """"the occupiers" in a report of a strike in Ukraine: not Ukraine's forces."""
        own_side = actor_lex.national_side(home[article])
        return Counter({k: n for k, n in counts.items() if by_id[k].side and by_id[k].side != own_side}) \
            if counts else counts

    def nationals(counts: Counter | None, article: str) -> Counter | None:
        """"the Rafidhi army" in a jihadist report of an American strike in Iraq: Iraq's forces, even
        where the report names only the Americans."""
        own_side = actor_lex.national_side(home[article])
        return Counter({k: n for k, n in counts.items() if own_side and by_id[k].side == own_side}) \
            if counts else counts

    texts = {a.id: a.text for a in articles}
    outlet_side = {a.id: next(iter(sides)) for a in articles if len(sides := outlet_sides(a.source or "")) == 1}
    # words that say whose forces they name ("the apostate militia", "the occupiers") first: once
    # linked, they count as the article naming those forces, for its plain "soldiers" after them
    sided = _foreign_labels() | _domestic_labels()
    for m, role, own in sorted(generic, key=lambda g: not (g[0].label and g[0].label.lower() in sided)):
        local, wide = named.get((m.article, role)), corpus.get(role)
        if own:  # each article's "our army" alone: two spokesmen's are not one army
            side = outlet_side.get(m.article)
            mine = [c for c in clusters.items if c.kind == "actor" and side and c.side == side]
            if len(mine) == 1 and not _other_side_near(m, side, clusters, texts):
                mine[0].mentions.append(m)  # "our heroic forces" in the army's statement or its state agency
                continue
            if actor_lex.generic_role(m.text) is None:
                continue  # "our forces" of a voice of no known side: whose, nothing here says
            clusters.keyed("actor", ("own", m.article, role), "the speaker's own forces").mentions.append(m)
            continue
        if role == "non_state_armed" and not (m.label and auxiliary(m.label)):
            local, wide = enemies_only(local, m.article), enemies_only(wide, m.article)
        if role == "state_forces" and m.label and m.label.lower() in _foreign_labels() and m.article in home:
            local, wide = foreigners(local, m.article), foreigners(wide, m.article)
        if role == "state_forces" and m.label and m.label.lower() in _domestic_labels() and m.article in home:
            local, wide = nationals(local, m.article), nationals(wide, m.article)
        if not local and _bare_description(m):
            # "Soldiers of the Caliphate" in a statement naming no group: not whichever group the
            # other reports name most (the victim, as often as not), but a name of its own
            clusters.keyed("actor", ("described", m.label), m.text.strip()).mentions.append(m)
            continue
        counts = local or wide
        nearest = _last_named(m, local, by_id, texts) if local and len(local) > 1 else None
        if nearest is not None:
            target = nearest
        elif (body := _named_body(m, wide, by_id)) is not None:
            target = body
        elif counts:
            target = by_id[counts.most_common(1)[0][0]]
        elif role == "state_forces" and (national := actor_lex.national_forces(incident_home)) \
                and not (m.label and m.label.lower() in _foreign_labels()):
            # "the army" where no report names any state's forces: the army of the country it happened in
            # (not "the occupiers", a foreign army's)
            target = clusters.keyed("actor", ("actor", national.id), national.name)
            target.side, target.role = national.side, role
        else:
            name = "non-state armed groups" if role == "non_state_armed" else "state forces"
            target = clusters.keyed("actor", ("generic", role), name)
            target.role = role
        target.mentions.append(m)
        if m.label and m.label.lower() in sided and id(target) in by_id:
            named[(m.article, role)][id(target)] += 1


def _bare_description(m: Mention) -> bool:
    """The mention is only a loaded label no actor list knows as a generic word ("an armed
    resistance movement", "mujahideen"), not "militants" or "the army"."""
    return bool(m.label) and m.text.strip().lower() == m.label and actor_lex.generic_role(m.text) is None


def _named_body(m: Mention, wide: Counter | None, by_id: dict) -> Cluster | None:
    """"Crusader coalition aircraft" in a report naming only the Americans: the word for one body
    of several forces (actors.json `body_nouns`) is the one actor of the comparison whose name ends
    so, the U.S.-led coalition another report names."""
    head = _last_word(m.text)
    if not wide or head not in actors().body_nouns:
        return None
    bodies = [k for k in wide if any(_last_word(x.text) == head for x in by_id[k].mentions)]
    return by_id[bodies[0]] if len(bodies) == 1 else None


def _last_word(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    return words[-1] if words else None


def _other_side_near(m: Mention, side: str, clusters: Clusters, texts: dict[str, str]) -> bool:
    """Does the sentence of "our forces", or the next one that attributes its quote, name an armed
    actor of another side ("The Israeli military said: "Our forces struck ..."" in a report citing
    Hamas)? Then "our" is that speaker's, not the outlet's. Outside quotation marks "our" is the
    outlet's own voice, whoever else the sentence names ("our valiant forces took the base from the
    Burhan militias"), unless another side's actor speaks before it in its sentence ("The RSF said
    in a statement that our heroic forces took the base")."""
    text = texts.get(m.article, "")
    ends = [b.end() for b in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= m.start), default=0)
    after = [e for e in ends if e > m.end]
    stop = after[1] if len(after) > 1 else len(text)
    if not _inside_quote(text, m.start):
        stop = start + _speech_end(text[start:m.start])  # only a speaker named before a verb of saying
    return any(c.kind == "actor" and c.side and c.side != side and any(
        x.article == m.article and start <= x.start < stop for x in c.mentions) for c in clusters.items)


def _inside_quote(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation its paragraph opens before it (double or curly single marks;
    a ’ before a letter is an apostrophe)?"""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") \
        or before.count("‘") > len(re.findall(r"’(?![A-Za-z])", before))


def _speech_end(sentence: str) -> int:
    """Where the last verb of saying in ``sentence`` starts ("said", "announced"), or 0."""
    hits = [w.start() for w in re.finditer(r"[A-Za-z]+", sentence) if w.group().lower() in _saying_forms()]
    return hits[-1] if hits else 0


@functools.cache
def _saying_forms() -> frozenset[str]:
    from ..extract.cuesets import cue_sets

    verbs = cue_sets().reporting_verbs
    return frozenset({*verbs, *(v + "s" for v in verbs), *(v + "d" if v.endswith("e") else v + "ed" for v in verbs),
                      "said", "says", "told"})


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


def auxiliary(label: str) -> bool:
    """A label for fighters a state hires or arms ("mercenaries"): it may name the state's ally."""
    return label.lower() in _auxiliaries()


@functools.cache
def _foreign_labels() -> frozenset[str]:
    from ..nlp.lexicons import labels

    return frozenset(f.lower() for lab in labels().labels if lab.foreign for f in lab.forms)


@functools.cache
def _domestic_labels() -> frozenset[str]:
    from ..nlp.lexicons import labels

    return frozenset(f.lower() for lab in labels().labels if lab.domestic for f in lab.forms)


def _incident_home(homes: dict[str, str], articles: Sequence[Article]) -> str:
    """The country where the reports' act happened: the home of two reports or more, at least half of
    them, and of no other report ("" when they differ, or one report's stray place, "mosques" read as
    Moscow, would decide)."""
    found = set(homes.values())
    if len(found) != 1 or len(homes) < 2 or 2 * len(homes) < len(articles):
        return ""
    return found.pop()


def _home_countries(clusters: Clusters) -> dict[str, str]:
    """Per article, the country most of its located places lie in: where its act happened."""
    counts: dict[str, Counter] = defaultdict(Counter)
    covered = covered_countries()
    for c in clusters.items:
        if c.kind == "place" and c.geo is not None and c.geo.country in covered:
            for m in c.mentions:
                counts[m.article][c.geo.country] += 1
    return {a: n.most_common(1)[0][0] for a, n in counts.items() if n}
