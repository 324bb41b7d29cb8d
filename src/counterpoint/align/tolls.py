"""A toll rejected: "Israel disputes this figure", "they went as far as to inflate the number of
casualties", "the death toll is higher than officially acknowledged". Such a rejection answers the
casualty figures other voices give: the figure just before it when it points back ("this
figure"), else each other article's main toll (its highest for a charge of inflating, its lowest
for one of understating)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.quantities import told_as_superseded
from ..nlp.lexicons import cues
from ..resolve.actors import ministry_kind
from ..records import Claim, Quantity
from .answered import owned_by, owner_named
from .candidates import REJECTING, Corpus
from .stated import describe, interval, size
from .figure_groups import counted_group, found_so_far, read_as_part
from .figures import superseded_figures
from .findings import Draft
from .intervals import compatible
from .revisions import cx_tol, figure_speaker

TOLL_ROLES = ("killed", "wounded", "casualties")
POINTER = re.compile(r"\b(?:this|that|these|those)\s+(?:(?:death|casualty|casualties)\s+)?"
                     r"(?:figures?|tolls?|tally|number|count)\b", re.IGNORECASE)
POINTS_BACK = 600  # characters before the rejection where "this figure" may point
MAX_TARGETS = 6
PER_ARTICLE = 2
TAIL = 80  # characters after a claim read for the end of its comparison
COMBATANTS, STATE_TROOPS = "combatants", "state_troops"
TIE = 40  # characters around a charge of understating where the toll it charges is named
# words before the charge that deny, doubt or only fear it
DOUBTED = re.compile(r"\b(?:not|never|no|n't|denied|deny|denies|whether|if|unclear|may|might|could|would|"
                     r"likely|possibly|probably|feared|fears|expected|warned)\b", re.IGNORECASE)
BE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "the toll was underreported"


def _says_any(text: str, phrases) -> bool:
    """Does the text hold one of the cue phrases as whole words (case and punctuation aside)?"""
    low = " " + " ".join(re.findall(r"[\w'-]+", text.lower())) + " "
    return any(f" {c.cue} " in low for c in phrases)


def _names_a_toll(text: str) -> bool:
    return _says_any(text, cues().figure_nouns)


def _charges_inflation(text: str) -> bool:
    return _says_any(text, cues().inflation_words)


def _words_of_understating(text: str) -> bool:
    return _says_any(text, cues().understatement_words)


def _charges_understatement(text: str) -> bool:
    """"the death toll is higher than officially acknowledged", "downplayed the toll": a toll
    charged as too low, the words tied to the toll (the toll before a comparison, a verb's object
    or passive subject) and not denied, doubted or only feared ("was not higher than reported",
    "never downplayed", "whether ... was underreported", "could be higher than reported")."""
    for cue in cues().understatement_words:
        for m in re.finditer(rf"\b{re.escape(cue.cue)}\b", text, re.IGNORECASE):
            before, after = text[max(0, m.start() - TIE):m.start()], text[m.end():m.end() + TIE]
            if DOUBTED.search(before):
                continue
            comparative = cue.cue.startswith("higher")
            if (_names_a_toll(before) if comparative else _names_a_toll(after[:TIE // 2]) or
                    (_names_a_toll(before) and BE_BEFORE.search(before))):
                return True
    return False


def toll_rejections(cx: Corpus) -> list[Claim]:
    """Rejections whose object is a toll ("disputes this figure"), or charges that a toll was
    inflated ("inflated the number of casualties"), that give no figure of their own (a rival
    count is compared as a figure)."""
    own = {q.claim for q in cx.quantities if q.claim}
    out = []
    for c in cx.claims:
        if c.scope != "incident" or c.id in own or not _names_a_toll(c.text):
            continue
        tail = _with_tail(cx, c)
        understated = _charges_understatement(tail)
        if (c.stance in REJECTING and _words_of_understating(tail)) or (understated and c.stance == "speculative"):
            continue  # "denied that the toll was underreported" defends the figure; a fear charges nothing
        if c.stance in REJECTING or _charges_inflation(c.text) or understated:
            out.append(c)
    return out


def _with_tail(cx: Corpus, c: Claim) -> str:
    """The claim's words and the rest of its sentence, where a comparison ends ("the death toll is
    higher | than officially acknowledged")."""
    text = cx.article[c.article].text
    stops = [i for i in (text.find(". ", c.end), text.find("\n", c.end)) if i >= 0]
    return text[c.start:min([*stops, c.end + TAIL])]


def _voice(cx: Corpus, q: Quantity) -> tuple[str, str | None]:
    c = cx.claim.get(q.claim or "")
    return (q.article, c.speaker if c is not None else None)


def _tolls(cx: Corpus) -> dict[str, list[Quantity]]:
    by_article: dict[str, list[Quantity]] = defaultdict(list)
    for q in cx.quantities:
        if q.role in TOLL_ROLES and (q.low or q.high) and cx.scope(q.claim) == "incident" and not q.increment \
                and not read_as_part(cx, q):
            by_article[q.article].append(q)
    return by_article


def _main_tolls(cx: Corpus, qs: list[Quantity], room: int, lowest: bool = False) -> list[Quantity]:
    """An article's highest count of the dead (what a charge of inflating answers), or its lowest
    (what a charge of understating answers), in the body unless only the headline gives one,
    with the places the article repeats it."""
    if not qs:
        return []
    body = [q for q in qs if q.start >= cx.headline_end(q.article)] or qs
    killed = [q for q in body if q.role == "killed"] or body
    if lowest:
        # the article's own toll at its lowest: of the group its highest count counts, no count a
        # later one replaced ("up from four"), no bodies received so far; not "three attackers"
        # the victims' count: an armed group's dead ("three attackers") are no toll of the incident
        victims = [q for q in killed if not _fighters(cx, q)]
        main = counted_group(max(victims or killed, key=lambda q: (size(q), q.low or 0)))
        superseded = superseded_figures(cx)
        text = cx.article[killed[0].article].text
        killed = [q for q in killed if not found_so_far(q) and q.id not in superseded
                  and not told_as_superseded(text, q.start) and counted_group(q) == main] or killed
    pick = min if lowest else max
    top = pick(killed, key=lambda q: (size(q), q.low or 0))
    return [q for q in killed if (q.low, q.high) == (top.low, top.high)][:room]


def _fighters(cx: Corpus, q: Quantity) -> bool:
    """A count of fighters other than a state's troops ("70 al Shabaab fighters", "three attackers"):
    an attack's attackers, no toll of its victims."""
    line = (q.category, *cx.ancestors.get(q.category or "", ()))
    return COMBATANTS in line and STATE_TROOPS not in line


def _fitting(cx: Corpus, qs: list[Quantity]) -> list[Quantity]:
    """The tolls that fit the first one and each other: a rejection answers one account of the
    count, and rival counts are never shown as one side ("at least 500" and "nearly 500"). One
    named voice's counts are one account, its earlier and later tally (the ministry's 14, then 19)."""
    kept: list[Quantity] = []
    for q in qs:
        if all(compatible(interval(q), interval(k), cx_tol(cx)) or _one_voice(cx, q, k) for k in kept):
            kept.append(q)
    return kept


def _one_voice(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Two counts of one named voice ("the health ministry"; not "officials", who may be anyone)."""
    sa, sb = figure_speaker(cx, a), figure_speaker(cx, b)
    name = cx.entity[sa].name if sa is not None else ""
    return sa is not None and sa == sb and (any(ch.isupper() for ch in name) or ministry_kind(name) is not None)


def toll_dispute_drafts(cx: Corpus) -> list[Draft]:
    tolls = _tolls(cx)
    out = []
    charges: set[tuple[str, int, int]] = set()
    # a quoted source's claim before the outlet's sentence around it ("has confided to the Star
    # that the death toll is higher ..."): the charge is the source's
    for c in sorted(toll_rejections(cx), key=lambda c: (c.speaker is None, cx.order[c.article], c.start)):
        text = cx.article[c.article].text
        voice = (c.article, c.speaker)
        pointer = POINTER.search(c.text) is not None
        if pointer:
            # "The ministry said 471 people were killed. Israel disputes this figure.": the nearest
            # figure of any kind is what "this figure" means; when it is no toll there is no target
            before = [q for q in cx.quantities if q.article == c.article and q.end <= c.start
                      and c.start - q.end <= POINTS_BACK and _voice(cx, q) != voice]
            nearest = before[-1:] if before else []
            targets = [q for q in nearest if q in tolls.get(c.article, ())]
        else:
            targets = []
            low = _charges_understatement(_with_tail(cx, c)) and not _charges_inflation(c.text)
            owner = owner_named(cx, c)  # "called Pakistan's casualty figures baseless": Pakistan's counts only
            for owned in ((True, False) if owner is not None else (False,)):
                for other in sorted({c.article, *cx.peers[c.article]}, key=cx.order.get):
                    theirs = [q for q in tolls.get(other, ()) if _voice(cx, q) != voice and q.claim
                              and cx.claim[q.claim].speaker != c.speaker
                              and (not owned or owned_by(cx, owner, cx.claim[q.claim].speaker))]
                    targets += _main_tolls(cx, theirs, PER_ARTICLE, lowest=low)
                if targets:
                    break  # ... else every voice's: "the Gaza casualty figures" names a place, who speaks for none
            # the charge answers the highest counts (the lowest, for understating): those first,
            # then whatever fits them
            ranked = sorted(targets, key=lambda q: size(q) if low else -size(q))
            kept = _fitting(cx, ranked)
            targets = sorted(kept, key=lambda q: (cx.order[q.article], q.start))[:MAX_TARGETS]
        if not targets:
            continue
        who = cx.source(c.article) + (f" ({cx.speaker_name(c.id)})" if cx.speaker_name(c.id) else "")
        charge = _inflation_span(cx, c)
        if charge is not None and not c.start <= charge[1] < c.end and any(
                o.start <= charge[1] < o.end for o in cx.claims_by_article.get(c.article, ())
                if o is not c and o.speaker != c.speaker):
            continue  # the charge is another voice's words, read with that voice ("rejected the figure as
            # 'inflated'" is one voice's, though the parser makes the quoted word a claim of its own)
        if charge is not None and charge in charges:
            continue  # two claims of one sentence reach the same charge
        if charge is not None:
            charges.add(charge)
        rejecting = cx.focus_span(c) if c.stance in REJECTING or charge is None else charge
        frame = c.cue if c.stance in REJECTING and c.cue else text[rejecting[1]:rejecting[2]]
        said = "; ".join(f"{cx.source(q.article)}: {describe(q)}" + (
            f" ({sp})" if (sp := cx.speaker_name(q.claim)) else "") for q in targets[:3])
        out.append(Draft(
            "dispute", [rejecting] + [(q.article, q.start, q.end) for q in targets],
            f"{who} rejects the toll (“{frame}”) {'given just before' if pointer else 'that others give'}: {said}.",
            0.7, 0.9,
            claims=[c.id, *dict.fromkeys(q.claim for q in targets if q.claim)],
            quantities=[q.id for q in targets]))
    return out


def _inflation_span(cx: Corpus, c: Claim) -> tuple[str, int, int] | None:
    """Where the claim charges inflation or understating: "inflated", "exaggerated", "higher than
    officially acknowledged" (read to its sentence's end)."""
    words = _with_tail(cx, c)
    for cue in (*cues().inflation_words, *cues().understatement_words):
        m = re.search(rf"\b{re.escape(cue.cue)}\b", words, re.IGNORECASE)
        if m:
            return c.article, c.start + m.start(), c.start + m.end()
    return None
