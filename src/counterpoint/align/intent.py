"""Meant or a mistake: voices that call the strike deliberate ("accused Russia's military of
deliberately attacking the station") or a mistake ("mistakenly bombed a camp", "the accidental
bombing", "an errant missile"). Articles that say the same agree; a voice saying it was meant
against one saying it was a mistake is a contradiction a reader must weigh. The words are
cues.json ``deliberate_words`` and ``mistake_words``, found as align/legality.py finds its
judgments: in a sentence about the incident's act, a negation just before flipping them ("was not
an accident"), an open question ("whether it was deliberate") left out."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import replace

from ..nlp.lexicons import cues
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import Judgment, judgments, two_sided_patterns

SIDE_WORDS = {True: "deliberate", False: "a mistake"}


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    lex = cues()
    return two_sided_patterns(lex.deliberate_words, lex.mistake_words)


def intent_drafts(cx: Corpus) -> list[Draft]:
    """Per incident: an agreement among the articles that call the act deliberate, one among
    those that call it a mistake, and a contradiction when voices say both. A voice that says both
    takes no side."""
    by_incident: dict[int, list[Judgment]] = defaultdict(list)
    for j in judgments(cx, _patterns(), denial_reach=DENIAL_REACH):
        if _said_of_the_act(cx, j):
            by_incident[cx.component_of[j.claim.article]].append(j)
    out = []
    for items in by_incident.values():
        said: dict[tuple[str, str | None], set[bool]] = defaultdict(set)
        for j in items:
            said[_voice(j)].add(j.lawful)
        items = [_phrase(cx, j) for j in items]
        sides = {side: _shown(cx, [j for j in items if j.lawful == side and len(said[_voice(j)]) == 1])
                 for side in (True, False)}
        for side, shown in sides.items():
            if len({j.claim.article for j in shown}) >= 2:
                out.append(Draft(
                    "agree", [(j.claim.article, j.start, j.end) for j in shown],
                    f"Meant or a mistake: {listing(_sources(cx, shown))} call the strike {SIDE_WORDS[side]} "
                    f"({_words(cx, shown)}).", 0.6, 0.5, claims=list(dict.fromkeys(j.claim.id for j in shown))))
        meant, mistake = sides[True][:MAX_EVIDENCE // 2], sides[False][:MAX_EVIDENCE // 2]
        if meant and mistake:
            out.append(Draft(
                "contradict", [(j.claim.article, j.start, j.end) for j in (*meant, *mistake)],
                f"Meant or a mistake: {_told(cx, meant)} call the strike deliberate; {_told(cx, mistake)} call it "
                f"a mistake: both cannot be true.", 0.65, 0.8,
                claims=list(dict.fromkeys(j.claim.id for j in (*meant, *mistake)))))
    return out


FOLLOWING = re.compile(r"(?:[ \t]+(?!(?:and|or|but|that|which|who|as|after|when|while)\b)[\w’'-]+){1,3}")
ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)


NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w’'-]*")
NOUNS = {"mistake", "mistakes", "accident", "damage", "error", "purpose"}  # "by mistake", "collateral damage"
TRAILING = re.compile(r"(?:\s+(?:of|an?|the|to|in|on|at|by|for|with|from|was|were|is|are|probably))+$",
                      re.IGNORECASE)


def _phrase(cx: Corpus, j: Judgment) -> Judgment:
    """An adverb or adjective with the words it is said of, a reader's unit: "mistakenly bombed
    a camp", "the mistaken strike in Rann", "an errant missile" (up to three words on, within the
    clause, no function word last); a noun ("the accident", "by mistake") stands alone."""
    text = cx.article[j.claim.article].text
    before = ARTICLE_BEFORE.search(text, max(0, j.start - 5), j.start)
    start = before.start() if before else j.start
    if text[j.start:j.end].split()[-1].lower() in NOUNS:
        return replace(j, start=start)
    after = FOLLOWING.match(text, j.end)
    end = j.end + len(TRAILING.sub("", after.group())) if after else j.end
    while (name := NAME_GOES_ON.match(text, end)) and text[end - 1:end].isalpha() and \
            text[text.rfind(" ", 0, end) + 1:end][:1].isupper():
        end = name.end()  # "in Tel Amra", not "in Tel"
    return replace(j, start=start, end=end)


def _said_of_the_act(cx: Corpus, j: Judgment) -> bool:
    """A noun judges the act it names ("an accident", "by mistake"); an adverb or adjective only
    when it stands by the claim's own words for the act ("mistakenly bombed", "a deliberate
    strike"), not by another verb ("a deliberately disseminated disinformation")."""
    if cx.article[j.claim.article].text[j.start:j.end].split()[-1].lower() in NOUNS:
        return True
    trigger = cx.res.triggers.get(j.claim.id)
    if trigger is None:
        return False
    if trigger[0] <= j.start and j.end <= trigger[1] or j.end <= trigger[0] <= j.end + ACT_REACH:
        return True  # inside the act's words or just before them: "mistakenly bombed", "a deliberate strike"
    gap = cx.article[j.claim.article].text[trigger[1]:j.start]
    # "the strike was deliberate", not "the strike ... was a deliberately spread lie"
    return 0 <= len(gap) <= ACT_REACH and COPULA.search(gap) is not None and not DETERMINER_LAST.search(gap)


ACT_REACH = 30  # characters between an adverb or adjective of intent and the act's words
COPULA = re.compile(r"\b(?:was|were|is|are|been|be)\b", re.IGNORECASE)
DETERMINER_LAST = re.compile(r"\b(?:a|an|the)\W*$", re.IGNORECASE)
DENIAL_REACH = 60  # characters between a verb of denial and the words it turns round


def _voice(j: Judgment) -> tuple[str, str | None]:
    return j.claim.article, j.claim.speaker


def _shown(cx: Corpus, items: list[Judgment]) -> list[Judgment]:
    """Each article's first words in its body (a headline's last), then its further words while
    there is room, in article order."""
    ordered = sorted(items, key=lambda j: (j.start < cx.headline_end(j.claim.article), j.start))
    per_article: dict[str, list[Judgment]] = defaultdict(list)
    for j in ordered:
        per_article[j.claim.article].append(j)
    for a, found in per_article.items():  # the same words said again show nothing new
        per_article[a] = list({_key(cx, j): j for j in reversed(found)}.values())[::-1]
    chosen: list[Judgment] = []
    for depth in range(3):
        for a in sorted(per_article, key=cx.order.get):
            if depth < len(per_article[a]) and len(chosen) < MAX_EVIDENCE:
                chosen.append(per_article[a][depth])
    return sorted(chosen, key=lambda j: (cx.order[j.claim.article], j.start))


def _key(cx: Corpus, j: Judgment) -> str:
    return cx.article[j.claim.article].text[j.start:j.end].lower()


def _sources(cx: Corpus, items: list[Judgment]) -> list[str]:
    return list(dict.fromkeys(cx.source(j.claim.article) for j in items))


def _words(cx: Corpus, items: list[Judgment]) -> str:
    return ", ".join(f"“{_text(cx, j)}”" for j in items[:4])


def _told(cx: Corpus, items: list[Judgment]) -> str:
    parts = []
    for j in items:
        speaker = cx.speaker_name(j.claim.id)
        turned = ", negated" if j.turned else ""
        parts.append(f"{cx.source(j.claim.article)}{f' ({speaker})' if speaker else ''} (“{_text(cx, j)}”{turned})")
    return ", ".join(parts)


def _text(cx: Corpus, j: Judgment) -> str:
    return " ".join(cx.article[j.claim.article].text[j.start:j.end].split())
