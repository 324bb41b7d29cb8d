"""Sparing civilians: a voice saying its side's strikes spare civilians ("Our army hits only
military and military-related targets", "the military refrains from targeting civilians"; cues.json
``civilian_sparing_phrases``). align/victims.py sets such a voice against the accounts of civilian
harm; here, articles telling one side's voice saying so agree."""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.agents import attacker_words
from ..nlp.lexicons import cue_regex
from ..records import Claim
from ..resolve.actors import country_code, national_side
from .candidates import REJECTING, Corpus
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .targets import REACTION, civilian_hits


def sparing_words(cx: Corpus, c: Claim) -> tuple[str, int, int] | None:
    """The words of a claim that say a side's strikes spare civilians ("Our army hits only
    military and military-related targets", "the military refrains from targeting civilians"):
    the claim when short, else the phrase (cues.json ``civilian_sparing_phrases``). An outlet
    seldom says so in its own voice, so a claim with no speaker found counts too ("issued a
    statement saying that the military refrains from ...")."""
    text = cx.article[c.article].text
    m = next((m for m in cue_regex("civilian_sparing_phrases").finditer(text, c.start, c.end)
              if not _not_sparing(text, c.start, m) and _said_so(c, m)), None)
    if m is None:
        return None
    return (c.article, c.start, c.end) if c.end - c.start <= SPARING_CHARS else (c.article, m.start(), m.end())


def _not_sparing(text: str, start: int, m: re.Match[str]) -> bool:
    """Words of sparing that say no such thing: "not only militants but also civilians", "the
    only military base", or an appeal or a condemnation ("condemned any attack on civilians",
    "urged both sides to ensure they do not target civilians")."""
    before = text[max(start, m.start() - 60):m.start()]
    if m.group().lower().startswith("only") and NOT_ONLY.search(before):
        return True
    return bool(REACTION.search(before))


NOT_ONLY = re.compile(r"(?:\b(?:not|the|a|an|its|their|his|her|our)|[\w’']+['’]s)\s+$", re.IGNORECASE)


def _said_so(c: Claim, m: re.Match[str]) -> bool:
    """Does the claim's voice say the words of sparing, rather than reject them ("officials rejected
    the army's claim that its jets hit only military targets")? Inside a rejection only the words
    that name civilians spared are the voice's own ("denied carrying out any attack against
    civilians"); "any attack on civilians" says so only when denied ("any attack on civilians is
    a war crime" spares no one)."""
    words = m.group().lower()
    if c.stance in REJECTING:
        return "civilian" in words
    return not words.startswith("any ")


SPARING_CHARS = 160


def civilian_sparing_agreements(cx: Corpus) -> list[Draft]:
    """Two or more articles telling one side's voice say its strikes spared civilians ("Russian
    forces strike exclusively at military facilities" / "Our army hits only military targets";
    "the military refrains from targeting civilians" / "denied carrying out any attack against
    civilians"): one agreement per incident, each article's first such words."""
    per_component: dict[int, dict[str, list[tuple[Claim, tuple[str, int, int]]]]] = defaultdict(lambda: defaultdict(list))
    for c in cx.claims:
        if c.scope != "incident" or c.id in cx.res.negated:
            continue
        span = sparing_words(cx, c) or _denies_targeting_civilians(cx, c)
        if span is not None:
            per_component[cx.component_of[c.article]][c.article].append((c, span))
    out = []
    for by_article in per_component.values():
        if len(by_article) < 2:
            continue
        for items in by_article.values():  # the body's words before a headline's
            items.sort(key=lambda x: (x[1][1] < cx.headline_end(x[0].article), x[1][1]))
        # only articles whose voice is known to be of a side take part, and they must share it:
        # one side's account told twice, not two sides' each
        camps = {a: frozenset().union(*(_camp(cx, c) for c, _ in items)) for a, items in by_article.items()}
        by_article = {a: items for a, items in by_article.items() if camps[a]}
        if len(by_article) < 2 or not frozenset.intersection(*(camps[a] for a in by_article)):
            continue
        arts = sorted(by_article, key=cx.order.get)[:MAX_EVIDENCE]
        spans = [by_article[a][0][1] for a in arts]
        spans += [span for a in arts for _, span in by_article[a][1:2]][:MAX_EVIDENCE - len(spans)]
        voices = list(dict.fromkeys(n for a in arts for c, _ in by_article[a][:1] if (n := cx.speaker_name(c.id))))
        out.append(Draft(
            "agree", spans,
            f"{listing([cx.source(a) for a in arts])} report that "
            f"{listing(voices) if voices else 'the side that struck'} "
            f"{verb_for(voices, 'says', 'say') if voices else 'says'} its strikes spared civilians.",
            0.6, 0.5, claims=[c.id for a in arts for c, _ in by_article[a][:2]]))
    return out


def _camp(cx: Corpus, c: Claim) -> frozenset[str]:
    """The side a voice saying its strikes spare civilians speaks for: its own or its group's
    (align/candidates.py), else its country's forces ("Turkey denied ..."), else the side of the
    forces its words name ("the Turkish military refrains from ...", "Russian forces strike ...")."""
    sides = set(cx.voice_sides(c.speaker))
    if not sides and c.speaker is not None and (code := country_code(cx.entity[c.speaker].name)):
        sides.add(national_side(code) or code)
    if not sides and c.event is not None:
        sides |= {side for a in c.event.actors if (side := cx.side(a))}
    if not sides:  # "the Turkish military refrains from ...": the country of the forces its words name
        text = cx.article[c.article].text[c.start:c.end]
        sides |= {national_side(code) or code for w in FORCES_OF.findall(text) if (code := country_code(w))}
    return frozenset(sides)


# a demonym or country right before a word for its forces ("Turkish military", "Russian forces"),
# never one a strike was in or on ("military targets in Ukraine")
FORCES_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:military|army|armed\s+forces|forces|troops|air\s+force|jets|artillery|navy|"
                       r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b")


# "We do not accept that this operation targeted civilians": a denial whose object is civilians targeted
TARGETED_CIVILIANS = re.compile(r"\btarget(?:ed|ing|s)?\s+(?:any\s+)?civilians?\b", re.IGNORECASE)


def _denies_targeting_civilians(cx: Corpus, c: Claim) -> tuple[str, int, int] | None:
    """The words of a denial that its side targeted civilians ("We do not accept that this
    operation targeted civilians"), not of another's targeting ("denied that rebels had been
    targeting civilians")."""
    if c.stance not in REJECTING:
        return None
    text = cx.article[c.article].text
    m = TARGETED_CIVILIANS.search(text, c.start, c.end)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", text[c.start:m.start()].lower())
    others = {w for i, w in enumerate(words) if not (i and words[i - 1] in ("its", "their", "our", "his", "her"))}
    if others & attacker_words():
        return None  # "denied that rebels had been targeting civilians": another's acts, not "its fighters"
    return (c.article, c.start, c.end) if c.end - c.start <= SPARING_CHARS else cx.focus_span(c)


def civilian_places_hit(cx: Corpus, denial: Claim, articles: set[str], room: int) -> list[Claim]:
    """Other voices' accounts that the strike hit civilians or a civilian place ("Turkish artillery
    strikes hit a crowded tourist resort"), one an article not yet shown (align/targets.py)."""
    out: list[Claim] = []
    for t in civilian_hits(cx, cx.component_of[denial.article]):
        if len(out) >= room:
            break
        if t.id == denial.id or t.article in articles or (t.speaker is not None and denial.speaker is not None
                                                          and cx.same_voice(t.speaker, denial.speaker)):
            continue
        out.append(t)
        articles = articles | {t.article}
    return out
