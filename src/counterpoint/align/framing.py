"""Framing: the same referent named with differently loaded labels across articles.

Three mechanisms: the labels each article uses for an entity ("terrorists" / "rebels"), scare
quotes around a name or label one article adopts plainly, and loaded words for the incident, the
facility or the territory when no entity carries them ("massacre" / "airstrike").
"""

from __future__ import annotations

import re

from collections import defaultdict

from ..extract import LabelOccurrence
from ..extract.cuesets import cue_sets
from ..extract.label_words import distancing_word
from ..nlp.lexicons.shapes import INCIDENT_REFERENTS
from ..records import Entity, Mention
from ..resolve.actors import country_code, generic_role, match_actor
from .candidates import Corpus
from .findings import Draft
from .label_share import loaded_first

RANK = {"delegitimising": 0, "neutral": 1, "legitimising": 2}
PER_SIDE = 3


def _conn(cx: Corpus, label: str) -> str | None:
    return cx.label_connotation(label)


def _label_mentions(cx: Corpus, e: Entity, article: str) -> dict[str, list[Mention]]:
    """Each label the article gives the entity, with its mentions: the body's before the headline's,
    then those that name whom the label is for ("M23 rebels", "the militant group Jaish al-Adl")
    before a bare "the rebels", which a reader must trace back. A headline repeats the word without
    the sentence a reader checks it in. A label the article also uses plainly is its own word even
    where "so-called" or quotes fall on the name ("the so-called Jaish al-Adl terrorist group")."""
    mine = [m for m in e.mentions if m.article == article]
    plain = {m.label for m in mine if m.label and not m.scare_quoted}
    words: dict[str, list[Mention]] = defaultdict(list)
    for m in mine:  # the labels in the order the article first uses them; "jihadist" and "jihadists" are one word
        if m.label in plain:
            words[_one_number(m.label)].append(m)
    out: dict[str, list[Mention]] = {}
    for uses in words.values():
        uses.sort(key=lambda m: (m.start < cx.headline_end(article), not _names_it(m), m.start))
        out.setdefault(uses[0].label, uses)
    return out


def _one_number(label: str) -> str:
    """A label's singular and plural alike: "terrorist"/"terrorists", "mercenary"/"mercenaries",
    "gunman"/"gunmen", "hero"/"heroes" (English plurals, not a lexicon's knowledge)."""
    for plural, singular in PLURAL_ENDINGS:
        if label.endswith(plural):
            return label[:-len(plural)] + singular
    return label


PLURAL_ENDINGS = (("ies", "y"), ("men", "man"), ("oes", "o"), ("s", ""))


def _names_it(m: Mention) -> bool:
    """The label's mention carries the entity's name ("M23 rebels"; "army units" carries none)."""
    own = set((m.label or "").split())
    return any(w[:1].isupper() and w.lower() not in own for w in m.text.split())


def entity_label_drafts(cx: Corpus) -> list[Draft]:
    """One finding per entity and incident whose articles name it with differently loaded labels,
    showing each article's words (at most 8 spans)."""
    out = []
    for e in cx.res.entities:
        arts = sorted({m.article for m in e.mentions}, key=cx.order.get)
        if len(arts) < 2:
            continue
        by_component: dict[int, list[str]] = defaultdict(list)  # each incident's articles, in article order
        for a in arts:
            by_component[cx.component_of[a]].append(a)
        for k in sorted(by_component):
            mine = by_component[k]
            if len(mine) < 2:
                continue
            draft = _entity_draft(cx, e, mine)
            if draft is not None:
                out.append(draft)
        out.extend(_scare_quote_drafts(cx, e, arts))
    return out


def _entity_draft(cx: Corpus, e: Entity, arts: list[str]) -> Draft | None:
    labels = {a: _label_mentions(cx, e, a) for a in arts}
    by_conn = {a: _by_connotation(cx, labels[a]) for a in arts}
    if e.kind in ("organization", "actor", "person") and any(by_conn.values()):
        # the entity's own name, with no loaded word, counts as neutral usage
        for a in arts:
            if not by_conn[a]:
                _add_plain_name(e, a, labels, by_conn)
    contrasting = set()
    for i, x in enumerate(arts):
        for y in arts[i + 1:]:
            for cx_ in by_conn[x]:
                for cy_ in by_conn[y]:
                    if cx_ != cy_ and not (cy_ in by_conn[x] and cx_ in by_conn[y]):
                        contrasting.update((x, y))
    if not contrasting:
        return None
    if e.kind == "person":
        # an article that both labels a person and names them plainly shows both usages
        for a in arts:
            if by_conn[a] and "neutral" not in by_conn[a]:
                _add_plain_name(e, a, labels, by_conn)
    for a in arts:
        if set(by_conn[a]) == {"neutral"}:
            # only plain words ("army", "troops"): its usage is best shown by the name it uses ("the IDF")
            _add_plain_name(e, a, labels, by_conn, first=True)
    if e.kind in ("organization", "actor", "person"):
        for a in arts:
            _plain_name_first(cx, e, a, labels, by_conn)
    shown = [a for a in arts if a in contrasting]
    per_article = max(1, min(PER_SIDE, MAX_SPANS // len(shown)))
    spans, parts, ranks = [], [], []
    said: dict[str, list[str]] = {}
    unsaid: dict[str, list[str]] = {}
    for a in shown:
        conns = sorted(by_conn[a], key=RANK.get)
        every = loaded_first(by_conn[a], conns, labels[a])
        said[a], unsaid[a] = every[:per_article], every[per_article:]
        spans += [_with_name(cx, e, m) for lab in said[a] for m in labels[a][lab][:1]]
        ranks += [RANK[c] for c in conns]
    gap = max(ranks) - min(ranks)
    spans = spans[:MAX_SPANS]
    spans += _more_usages(cx, e, said, unsaid, labels, spans, MAX_SPANS - len(spans))
    for a in shown:
        # the words a reader is shown: its share, and any other word the room left let in
        words = said[a] + [lab for lab in unsaid[a] if _with_name(cx, e, labels[a][lab][0]) in spans]
        conns = sorted(by_conn[a], key=RANK.get)
        verb = "writes" if e.kind == "person" else "calls them"
        told = ', '.join(f'“{_as_written(w, labels[a][w][0])}”' for w in words)
        parts.append(f"{cx.source(a)} {verb} {told} ({'/'.join(conns)})")
    return Draft(
        "framing", spans, f"{e.name}: " + "; ".join(parts) + ".",
        0.6 + 0.15 * gap, 0.5 + 0.1 * gap, entities=[e.id])


MAX_SPANS = 8


def _as_written(label: str, m: Mention) -> str:
    """A label that is a name ("ansarullah movement", "jaish al-dhulm") as the article spells it."""
    if label not in cue_sets().label_names:
        return label
    at = m.text.lower().find(label)
    return m.text[at:at + len(label)] if at >= 0 else label


def _more_usages(cx: Corpus, e: Entity, said: dict[str, list[str]], unsaid: dict[str, list[str]], labels: dict,
                 spans: list, room: int) -> list:
    """Room left in a finding, one article at a time: each article's second use of a word it is
    shown using, the name it also gives them in its body ("the Islamic State (IS) militant group"
    beside "IS militants"), its other words for them that did not fit
    in its share ("Tigray fighters" after "terrorist group" and the name), then its other uses; so
    that a reader sees how each article names the entity throughout."""
    pools = []
    for a, words in said.items():
        uses = sorted((m for lab in words for m in labels[a][lab][1:]), key=lambda m: m.start)
        named = sorted((m for m in e.mentions if m.article == a and not m.label and not m.scare_quoted),
                       key=lambda m: (m.start < cx.headline_end(a), m.text.lower() != e.name.lower(), m.start))
        named = [m for m in named if not any(x[0] == a and x[1] < m.end and m.start < x[2] for x in spans)]
        other_words = [labels[a][lab][0] for lab in unsaid.get(a, ()) if labels[a][lab]]
        pools.append([_with_name(cx, e, m) for m in (*uses[:1], *named[:1], *other_words, *uses[1:])])
    out: list = []
    taken = list(spans)
    for level in range(max(map(len, pools), default=0)):
        for pool in pools:
            if len(out) >= room:
                return out
            if level < len(pool) and not any(x[0] == pool[level][0] and x[1] < pool[level][2] and pool[level][1] < x[2]
                                             for x in taken):
                out.append(pool[level])
                taken.append(pool[level])
    return out


def _with_name(cx: Corpus, e: Entity, m: Mention) -> tuple[str, int, int]:
    """A label's span, with the entity's name when it stands right before ("IS militants",
    "Daesh terrorists"): who is called so is part of what a reader checks; and with the label's
    own word when it stands right before a force word it is not part of ("the terrorist | military
    council"), so the span shows the word the finding quotes."""
    before = [n for n in e.mentions if n.article == m.article and n.end <= m.start and m.start - n.end <= 1]
    start = before[0].start if before else m.start
    if m.label and m.label not in m.text.lower() and match_actor(m.text.strip()) is None \
            and generic_role(m.text.strip()) is not None:
        word = re.search(rf"\b{re.escape(m.label)}\s+$", cx.article[m.article].text[max(0, start - 40):start],
                         re.IGNORECASE)
        if word is not None:
            start -= len(word.group())
    return (m.article, start, m.end)


def _add_plain_name(e: Entity, article: str, labels: dict, by_conn: dict, first: bool = False) -> None:
    """Count the entity's own name, used with no loaded word in ``article``, as neutral usage
    (``first``: before the plain words already found there)."""
    plain = [m for m in e.mentions if m.article == article and not m.label and not m.scare_quoted]
    # the name as the entity is known ("the Houthis") before a form of it ("Houthi attacks")
    plain.sort(key=lambda m: m.text.strip().lower() != e.name.lower())
    if plain and not (first and plain[0].text in by_conn[article].get("neutral", ())):
        labels[article][plain[0].text] = plain[:1]
        by_conn[article]["neutral"] = [plain[0].text] + (by_conn[article].get("neutral", []) if first else [])


def _plain_name_first(cx: Corpus, e: Entity, article: str, labels: dict, by_conn: dict) -> None:
    """The entity's plain name, when an article uses it before any neutral word ("Airstrikes by
    Myanmar's military" before "the army"), is how that article names it plainly."""
    neutral = by_conn[article].get("neutral")
    if not neutral:
        return
    plain = [m for m in e.mentions if m.article == article and not m.label and not m.scare_quoted]
    first = min((m for lab in neutral for m in labels[article][lab]), key=lambda m: m.start)
    if _with_name(cx, e, first)[1] < first.start or first.text.strip().lower() != first.label:
        return  # "Yemen's Houthi rebels": the plain word is shown with the name already
    if plain and plain[0].start < first.start and plain[0].text not in neutral:
        labels[article][plain[0].text] = plain[:1]
        neutral.insert(0, plain[0].text)


def _by_connotation(cx: Corpus, labels: dict[str, list[Mention]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        conn = _conn(cx, label)
        if conn in RANK:
            out[conn].append(label)
    return out


def _scare_quote_drafts(cx: Corpus, e: Entity, arts: list[str]) -> list[Draft]:
    quoted = [m for m in e.mentions if m.scare_quoted]
    plain = [m for m in e.mentions if not m.scare_quoted]
    out = []
    for q in quoted[:2]:
        others = [m for m in plain if m.article != q.article]
        same_label = [m for m in others if q.label and m.label == q.label]
        if not others or (q.label and not same_label):
            continue
        o = (same_label or others)[0]
        if any(m.article == q.article and not m.scare_quoted and m.label == q.label and q.label
               for m in e.mentions):
            continue
        what = f"“{q.label}”" if q.label else e.name
        text = cx.article[q.article].text
        prefix = distancing_word(text, q.start)
        start = prefix[0] if prefix else q.start
        how = f"distances itself from {what} with “{prefix[1]}”" if prefix else f"puts {what} in scare quotes"
        out.append(Draft(
            "framing", [(o.article, o.start, o.end), (q.article, start, q.end)],
            f"{cx.source(q.article)} {how} (“{' '.join(text[start:q.end].split())}”); "
            f"{cx.source(o.article)} uses it plainly (“{o.text}”).",
            0.7, 0.55, entities=[e.id]))
    return out


def referent_label_drafts(cx: Corpus) -> list[Draft]:
    """Loaded words for a facility or territory ("shelter" vs "terrorist base"): one finding per
    kind of referent and incident, with each article's words, when the articles differ."""
    uses: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for u in cx.res.label_uses:
        if u.scare_quoted or u.connotation not in RANK or u.referent in INCIDENT_REFERENTS:
            continue
        uses[u.referent][u.article][u.connotation].append(u)
    out = []
    for referent, all_articles in sorted(uses.items()):
        for group in cx.components:
            per_article = {a: all_articles[a] for a in group if a in all_articles}
            draft = _referent_draft(cx, referent, per_article)
            if draft is not None:
                out.append(draft)
    return out


def _referent_draft(cx: Corpus, referent: str, per_article: dict) -> Draft | None:
    arts = sorted(per_article, key=cx.order.get)
    profiles = {a: frozenset(per_article[a]) for a in arts}
    if len(arts) < 2 or len(set(profiles.values())) < 2:
        return None  # every article uses the same kinds of word
    room = max(1, 8 // len(arts))
    spans, parts = [], []
    for a in arts:
        ranked = [u for conn in sorted(per_article[a], key=RANK.get) for u in per_article[a][conn]]
        # each word the article uses before a second use of one ("unrecognized" and "disputed",
        # not "unrecognized" twice)
        firsts: dict[str, LabelOccurrence] = {}
        for u in ranked:
            firsts.setdefault(u.term.lower(), u)
        chosen = [*firsts.values(), *(u for u in ranked if u not in firsts.values())][:room]
        spans += [(u.article, u.start, u.end) for u in chosen]
        terms = list(dict.fromkeys(f"“{u.term}” ({u.connotation})" for u in chosen))
        parts.append(f"{cx.source(a)}: {', '.join(terms)}")
    return Draft("framing", spans, f"The {referent} is named differently — " + "; ".join(parts) + ".", 0.55, 0.45)


# most telling first: a word that judges the act, then one that names the doer's act, then a bare one
FRAME_ORDER = {"atrocity": 0, "fabrication": 1, "blame": 2, "operation": 3, "agentless": 4, "attack": 5}
HEDGED_ORDER = 2.5  # a name that casts doubt on the act ("the alleged airstrike") tells after blame


def _telling(u) -> float:
    return min(FRAME_ORDER[u.frame], HEDGED_ORDER) if u.hedged else FRAME_ORDER[u.frame]


def incident_naming_drafts(cx: Corpus) -> list[Draft]:
    """How each article names the incident itself: "the alleged massacre", "an important
    victory", "an explosion", "an air raid". One finding per incident when the articles name it
    in different frames (labels.json), showing each article's most telling words first."""
    names: dict[str, list] = defaultdict(list)
    for u in cx.res.label_uses:
        if u.frame and u.scope != "background":
            names[u.article].append(u)
    out = []
    for group in cx.components:
        per_article = {a: sorted(names[a], key=lambda u: u.start) for a in group if names.get(a)}
        draft = _naming_draft(cx, per_article)
        if draft is not None:
            out.append(draft)
    return out


def _start(u) -> int:
    return u.start if u.phrase_start is None else u.phrase_start


def _frame_of(u) -> str:
    return f"{u.frame}, hedged" if u.hedged else u.frame


def _naming_draft(cx: Corpus, per_article: dict[str, list]) -> Draft | None:
    arts = sorted(per_article, key=cx.order.get)
    frames = {a: {_frame_of(u) for u in per_article[a]} for a in arts}
    if len(arts) < 2 or len({frozenset(f) for f in frames.values()}) < 2:
        return None  # every article names it the same way
    # a name carrying a proper name fewer articles use than the incident's own ("the Hawzen
    # Massacre" of 1988, in coverage of the Togoga strike) names another event: shown last
    # capitalised words of the bodies: a headline capitalises every word
    vocab = {a: {_POSSESSIVE.sub("", w) for w in _CAPITALISED.findall(cx.article[a].text[cx.headline_end(a):])}
             for a in arts}
    reach = {id(u): _reach(cx, u, vocab) for a in arts for u in per_article[a]}
    top = max((r for r in reach.values() if r is not None), default=0)
    elsewhere = {i for i, r in reach.items() if r is not None and r < top}
    shown = arts[:MAX_SPANS]  # one span each at least; the rest are counted in the explanation
    room = max(1, MAX_SPANS // len(shown))
    spans, parts = [], []
    for a in shown:
        others = set().union(*(frames[b] for b in arts if b != a))
        first_of_frame = {}
        # the body's fullest name for it first ("an air raid on a hospital"), a headline's last
        body = cx.headline_end(a)
        # within a frame, a loaded word before a plain one ("the counter-terrorism operation"
        # before "a military operation")
        for u in sorted(per_article[a], key=lambda u: (id(u) in elsewhere, u.start < body,
                                                      u.connotation == "neutral", not u.specific)):
            first_of_frame.setdefault(_frame_of(u), u)
        # a name set in quotes ("what he called 'the tragic incident'") first: the article keeps its distance
        quoted = [u for u in per_article[a] if u.scare_quoted and u.start >= body]
        for u in quoted[:1]:
            first_of_frame[_frame_of(u)] = u
        # with room for one name each, a frame no other article uses shows the difference first
        ranked = sorted(first_of_frame.values(),
                        key=lambda u: (not u.scare_quoted, room == 1 and _frame_of(u) in others, _telling(u),
                                       _frame_of(u) in others, u.start))
        chosen = ranked[:1]
        text = cx.article[a].text
        # "Massacre" and "the massacre" are one wording
        phrase = lambda u: _ARTICLE.sub("", text[_start(u):u.end].lower())  # noqa: E731
        # then the same frame's other wordings, one that says where or on what first ("the
        # airstrike massacre in Nyaung Bin Gone"), then those in the same part (body or headline)
        # as the first ("were massacred" before a headline's "massacres"), so a reader sees how the
        # article keeps naming it; then its next frame
        top = _frame_of(chosen[0])
        for u in sorted(per_article[a], key=lambda u: (not u.specific, (u.start < body) != (chosen[0].start < body),
                                                       u.start)):
            if len(chosen) >= room:
                break
            if _frame_of(u) == top and phrase(u) not in {phrase(c) for c in chosen} and id(u) not in elsewhere:
                chosen.append(u)
        for u in ranked[1:]:
            if len(chosen) >= room:
                break
            chosen.append(u)
        chosen.sort(key=lambda u: u.start)
        spans += [(a, _start(u), u.end) for u in chosen]
        words = ", ".join(f"“{text[_start(u):u.end]}” ({_frame_of(u)}"
                          f"{', in quotes' if u.scare_quoted else ''})" for u in chosen)
        parts.append(f"{cx.source(a)}: {words}")
    more = f"; {len(arts) - len(shown)} more articles name it too" if len(arts) > len(shown) else ""
    return Draft("framing", spans, "The incident is named differently — " + "; ".join(parts) + more + ".",
                 0.55, 0.45)


def _reach(cx: Corpus, u, vocab: dict[str, set[str]]) -> int | None:
    """How many of the articles use every capitalised word of the name (None: it has none). In a
    headline, where every word is capitalised ("Market Bombing Apparent War Crime"), only
    the words some body capitalises too are names."""
    own = {u.term.lower(), *re.split(r"[\s-]+", u.term.lower())}  # "the anti-Jihadist operation": the label's own word
    names = [_POSSESSIVE.sub("", w) for w in _CAPITALISED.findall(cx.article[u.article].text[_start(u):u.end])]
    names = [w for w in names if w.lower() not in own and w.lower() not in _NOT_PROPER and country_code(w) is None]
    if u.start < cx.headline_end(u.article):
        names = [w for w in names if any(w in seen for seen in vocab.values())]
    if not names:
        return None
    return min(sum(w in seen for seen in vocab.values()) for w in names)


# capitalised words that are no proper name of a place or event: a nationality ("Israeli") is
# left out by country_code, these by name
_NOT_PROPER = {"the", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]{2,}")
_POSSESSIVE = re.compile(r"[’']s$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def attribution_drafts(cx: Corpus) -> list[Draft]:
    """The same accusation stated as fact by one outlet and as someone's "allegations" or
    "reports" by another."""
    nouns = cue_sets().claim_nouns
    out = []
    for fam, group in ((f, g) for f in ("attack", "control", "chemical") for g in cx.components):
        members = set(group)
        claims = [c for c in cx.claims_by_family.get(fam, ()) if c.article in members]
        asserted = [c for c in claims if c.stance in ("asserted", "attributed") and cx.own_voice(c)
                    and c.event and c.event.actors]
        framed = []
        for c in claims:
            text = cx.article[c.article].text
            for m in _noun_mentions(text, c, nouns):
                framed.append((c, m))
        arts_asserting = {c.article for c in asserted}
        framed = [(c, m) for c, m in framed if c.article not in arts_asserting]
        if not asserted or not framed:
            continue
        spans = [cx.event_span(c) for c in asserted[:2]]
        seen = set()
        for c, (s, e) in framed:
            if c.article not in seen and len(spans) < 8:
                spans.append((c.article, s, e))
                seen.add(c.article)
        text_of = lambda a, s, e: cx.article[a].text[s:e]
        out.append(Draft(
            "framing", spans,
            f"{cx.source(asserted[0].article)} states it as fact (“{text_of(*cx.event_span(asserted[0]))[:80]}”); "
            + "; ".join(f"{cx.source(a)} calls it “{text_of(a, s, e)}”" for a, s, e in spans[len(asserted[:2]):])
            + ".", 0.6, 0.5))
    return out


def _noun_mentions(text: str, c, nouns: frozenset[str]) -> list[tuple[int, int]]:
    """"Baku's allegations", "Azerbaijan's reports of shelling": a claim noun with its owner."""
    import re

    out = []
    for m in re.finditer(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?[’']s\s+)(\w+)((?:\s+(?:of|regarding|about|on)\s+\w+)?)",
                         text[c.start:c.end]):
        if m.group(2).lower() in nouns:
            out.append((c.start + m.start(), c.start + m.end()))
    return out


def agency_drafts(cx: Corpus) -> list[Draft]:
    """The same dated outbreak told with a side that started it ("X launched an attack") in one
    article and as mutual "clashes erupted" in another."""
    out = []
    dated = [c for c in cx.claims if c.event and c.event.date and c.event.type in AGENCY_TYPES]
    for a in dated:
        if not a.event.actors or a.event.type == "armed_clash":
            continue
        for b in dated:
            if b.article == a.article or b.event.type != "armed_clash" or b.event.date != a.event.date \
                    or not cx.comparable(a.article, b.article):
                continue
            if b.event.actors and not set(b.event.actors) - set(a.event.actors):
                continue
            out.append(Draft(
                "framing", [cx.event_span(a), cx.event_span(b)],
                f"For {a.event.date}, {cx.source(a.article)} names who attacked "
                f"(“{cx.article[a.article].text[cx.event_span(a)[1]:cx.event_span(a)[2]][:70]}”); "
                f"{cx.source(b.article)} tells of clashes with no side named "
                f"(“{cx.article[b.article].text[cx.event_span(b)[1]:cx.event_span(b)[2]][:70]}”).",
                0.55, 0.45))
    return out


AGENCY_TYPES = {"attack", "shelling", "air_strike", "armed_clash"}
