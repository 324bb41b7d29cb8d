"""How each article reports one voice: "the health ministry claimed" in one, "the health ministry
said" in another. A distancing verb (cues.json ``reporting_verbs`` of kind "distancing": claim,
allege, purport) tells the reader the outlet does not vouch for the voice; a plain one ("said",
"told") passes it on. One framing finding per voice when some article only distances it and
another only passes it on; an article doing both takes no side."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..extract.cuesets import cue_sets
from ..extract.quotes import quoted_spans
from ..nlp.lexicons import cues
from ..records import Entity
from .candidates import Corpus
from .elsewhere import IRREGULAR_REPORTING
from .findings import MAX_EVIDENCE, Draft

VOICES = ("organization", "person", "actor")  # who can be quoted
DISTANCING, PLAIN = "distancing", "plain"
SHOWN_EACH = 2  # an article's uses shown, at most
NAMED_EACH_SIDE = 3  # outlets named on each side of the explanation; the rest are counted

# the verb right after the voice's name, past where it sits, an aside, an acronym or a day: "the
# Health Ministry in Dar Salim says", "the ministry (MoH) said", "Haddad, the foreign secretary,
# claimed", "Haddad on Tuesday claimed"
VERB_AFTER = re.compile(r"\s*(?:(?:in|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*)?"
                        r"(?:\([^)]{0,40}\)\s*)?(?:,[^,.;\n]{1,80},\s*)?"
                        r"(?:(?:has|have|had|also|earlier|previously|later|again)\s+|on\s+[A-Z]\w+\s+){0,3}"
                        r"([a-z]+)\b")
VERB_BEFORE = re.compile(r"[,”\"]\s*([a-z]+)\s+(?:the\s+)?$")  # "...,” said the ministry"
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")
SINGLE_QUOTES = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:‘([^‘’\n]{3,}?)’|«([^«»\n]{3,}?)»)"
                           r"(?=[\s,.;:!?)\]—–-]|$)")
# after an act noun, these go on with no new verb of saying: "claimed the attack in a statement",
# "via Amaq", "the attack that hit a police station"
CLAUSE_GOES_ON_WITHOUT_A_VERB = ("in", "on", "at", "for", "via", "through", "and", "which", "that", "as")


@functools.cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Distancing and plain reporting verbs: plain ones pass a statement on without weighing it
    (full weight, no kind such as confirmation or accusation)."""
    verbs = cues().reporting_verbs
    distancing = frozenset(v.cue for v in verbs if v.kind == DISTANCING)
    plain = frozenset(v.cue for v in verbs if v.stance == "attributed" and v.kind is None and v.weight >= 1.0
                      and " " not in v.cue)
    return distancing, plain


@functools.cache
def _not_speech() -> frozenset[str]:
    return frozenset(c.cue for c in cues().not_speech_objects)


def verb_class(word: str) -> str | None:
    distancing, plain = _verbs()
    forms = {word, IRREGULAR_REPORTING.get(word, "")}
    for ending, stems in (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")), ("s", ("",))):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.update(word[:-len(ending)] + stem for stem in stems)  # "claimed", "alleging", "says"
    if forms & distancing:
        return DISTANCING
    if forms & plain:
        return PLAIN
    return None


def owns_an_act(rest: str) -> bool:
    """"claimed the attack", "claimed an October 2 bomb attack in a statement", "claimed
    responsibility": owning an act (cues.json ``not_speech_objects``, ``act_nouns``), no report of
    what was said; "claimed an Israeli airstrike killed 500" goes on to say something."""
    words = [w.strip(".,;:") for w in rest.lower().split()[:8]]
    if not words:
        return False
    if any(" ".join(words[:len(w.split())]) == w for w in _not_speech()):
        return True
    acts = cue_sets().act_nouns
    object_words = words[1:] if words[0] in DETERMINERS else words
    is_act = lambda w: w in acts or w.rstrip("s") in acts  # noqa: E731
    for i, w in enumerate(object_words[:4]):
        if w in ("that", "to"):
            return False
        if is_act(w):
            while i + 1 < len(object_words) and is_act(object_words[i + 1]):
                i += 1  # "the double suicide bomb attack": the compound's last noun
            after = object_words[i + 1] if i + 1 < len(object_words) else ""
            return not after or after in CLAUSE_GOES_ON_WITHOUT_A_VERB
    return False


def _how_reported(text: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """How the voice named at start..end is reported there: the kind of verb, the verb, and the
    span of the name with the verb."""
    after = VERB_AFTER.match(text, end)
    if after is not None and (kind := verb_class(after.group(1))) is not None:
        if not (kind == DISTANCING and owns_an_act(text[after.end(1):after.end(1) + 60])):
            return kind, after.group(1), start, after.end(1)
    before = VERB_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and (kind := verb_class(before.group(1))) is not None:
        return kind, before.group(1), before.start(1), end
    return None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech: double quotes as the extract stage reads them, and closed single or angle
    quotes (‘…’, «…»), told from an apostrophe by the space or mark around them."""
    return quoted_spans(text) + [m.span(m.lastindex or 0) for m in SINGLE_QUOTES.finditer(text)]


def saying_drafts(cx: Corpus) -> list[Draft]:
    out = []
    quoted: dict[str, list[tuple[int, int]]] = {}
    for e in cx.res.entities:
        if e.kind not in VOICES or len({m.article for m in e.mentions}) < 2:
            continue
        uses: dict[str, dict[str, list[tuple[str, int, int, str]]]] = defaultdict(lambda: defaultdict(list))
        for m in sorted(e.mentions, key=lambda m: (cx.order[m.article], m.start)):
            if m.label is not None and m.label.lower() == m.text.strip().lower():
                continue  # "rebels claim": a label, which may be anyone's
            if m.article not in quoted:
                quoted[m.article] = _quote_spans(cx.article[m.article].text)
            if any(s <= m.start < t for s, t in quoted[m.article]):
                continue  # “Hamas claimed ..., which is a lie,” a spokesman said: his verb, not the outlet's
            found = _how_reported(cx.article[m.article].text, m.start, m.end)
            if found is not None:
                kind, verb, s, t = found
                uses[m.article][kind].append((m.article, s, t, verb))
        by_component: dict[int, dict] = defaultdict(dict)  # the uses of each incident's articles
        for a in uses:
            by_component[cx.component_of[a]][a] = uses[a]
        for k in sorted(by_component):
            draft = _draft(cx, e, by_component[k])
            if draft is not None:
                out.append(draft)
    return out


def _named(e: Entity) -> str:
    return e.name if e.name[:1].isupper() else f"the {e.name}"  # "the health ministry"


def _draft(cx: Corpus, e: Entity, uses: dict[str, dict[str, list]]) -> Draft | None:
    arts = sorted(uses, key=cx.order.get)
    distancing = [a for a in arts if set(uses[a]) == {DISTANCING}]
    plain = [a for a in arts if set(uses[a]) == {PLAIN}]
    if not distancing or not plain:
        return None
    spans: list[tuple[str, int, int]] = []
    for side in (distancing, plain):
        room = max(1, (MAX_EVIDENCE // 2) // len(side))
        for a in side:
            spans += [u[:3] for u in uses[a][DISTANCING if side is distancing else PLAIN][:min(room, SHOWN_EACH)]]
    spans = spans[:MAX_EVIDENCE]

    def told(side: list[str], kind: str) -> str:
        parts = []
        for a in side[:NAMED_EACH_SIDE]:
            verbs = dict.fromkeys(u[3] for u in uses[a][kind][:SHOWN_EACH])
            parts.append(f"{cx.source(a)} ({', '.join(f'“{v}”' for v in verbs)})")
        more = len(side) - NAMED_EACH_SIDE
        rest = f" and {more} more {'article' if more == 1 else 'articles'}" if more > 0 else ""
        return " and ".join(parts) + rest

    return Draft(
        "framing", spans,
        f"How {_named(e)} is reported: {told(distancing, DISTANCING)} with a verb that does not vouch for it; "
        f"{told(plain, PLAIN)} with a plain one.", 0.55, 0.45, entities=[e.id])
