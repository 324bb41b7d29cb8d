"""Who speaks for whom in the corpus: the groups a person speaks for (read from how an article
introduces them: "Colonel Getnet Adane, Ethiopian National Defense Force spokesman,", "army
spokesman Daniel Hagari"), the sides a voice stands for (its own, its groups', a ministry's or a
capital's country's), and whether a claim is the outlet's own voice. A part of
:class:`align.candidates.Corpus`, kept in its own module so that each stays readable in one sitting.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from ..extract.cuesets import cue_sets
from ..records import Article, Claim, Entity
from ..resolve import Resolution
from ..resolve.outlets import outlet_sides, speaking_body_side
from ..resolve.actors import capital_metonym, country_code, ministry_key, national_side
from ..resolve.person_names import TITLE_WORDS

# a comma, then only ranks before a name ("..., Colonel Armindo Chiconela", "..., Lt. Col. Omar Delu")
RANKS_BEFORE = re.compile(r",\s*((?:[A-Za-z][\w.-]*\s+)*)$")


class Voices:
    """The speaker side of the corpus; :class:`Corpus` sets these attributes."""

    res: Resolution
    article: dict[str, Article]
    entity: dict[str, Entity]

    @cached_property
    def spokesman_of(self) -> dict[str, set[str]]:
        """Person entity -> the groups it speaks for, read from how an article introduces it: a group
        named in the apposition that follows its name ("Colonel Getnet Adane, Ethiopian National
        Defense Force spokesman,") or in the words just before it ("army spokesman Daniel Hagari")."""
        by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in self.res.entities:
            if e.kind in ("actor", "organization"):
                for m in e.mentions:
                    by_article[m.article].append((m.start, m.end, e.id))
        out: dict[str, set[str]] = defaultdict(set)
        for e in self.res.entities:
            if e.kind != "person":
                continue
            for m in e.mentions:
                text = self.article[m.article].text
                after = re.match(r",\s*[^,.;:\n]{3,80}", text[m.end:m.end + 90])
                lo = max(0, m.start - 60)
                cut = max(text.rfind(x, lo, m.start) for x in (".", ";", "\n", ",", "“", "\""))
                before = (max(lo, cut + 1), m.start)
                ranks = RANKS_BEFORE.search(text, lo, m.start)
                if ranks is not None and all(w.lower() in TITLE_WORDS for w in re.split(r"[\s-]+", ranks.group(1))
                                             if w):
                    # "the MDN spokesperson, Colonel Armindo Chiconela": the post before the comma
                    comma = ranks.start()
                    lo = max(0, comma - 60)
                    before = (max(text.rfind(x, lo, comma) for x in (".", ";", "\n", ",", "“", "\"")) + 1, comma)
                windows = [w for w in (before, (m.end, m.end + after.end()) if after else None)
                           if w is not None and self._titled(text[w[0]:w[1]], last=w is before)]
                for s, t in windows:
                    out[e.id] |= {g for gs, ge, g in by_article[m.article] if s <= gs and ge <= t}
        return out

    @staticmethod
    def _titled(words: str, last: bool) -> bool:
        """Do the words give a post ("spokesman", "head")? Before a name, as their last word."""
        found = re.findall(r"[A-Za-z]+", words.lower())
        titles = cue_sets().title_nouns
        return bool(found) and (found[-1] in titles if last else any(w in titles for w in found))

    def voice_sides(self, eid: str | None) -> frozenset[str]:
        """The sides a speaker speaks for: its own, its groups' ("army spokesman Daniel Hagari"), or
        a ministry's country's ("the Russian Defence Ministry"). Empty when none is known."""
        if eid is None:
            return frozenset()
        memo = self.__dict__.setdefault("_voice_sides_memo", {})  # asked for each rejection and candidate
        if eid not in memo:
            memo[eid] = self._voice_sides(eid)
        return memo[eid]

    def _voice_sides(self, eid: str) -> frozenset[str]:
        out = set()
        for g in (eid, *self.spokesman_of.get(eid, ())):
            e = self.entity[g]
            if e.side:
                out.add(e.side)
            elif e.kind == "organization" and (key := ministry_key(e.name)) is not None:
                out.add(national_side(key[0]) or "")
            elif e.kind == "organization" and (side := speaking_body_side(e.name)) is not None:
                out.add(side)  # "Inter-Services Public Relations", "SUNA", "Amaq": a state's or a movement's voice
            elif e.kind in ("place", "organization"):
                out.add(_country_voice_side(e.name) or "")  # "Rwanda denied", "Kigali said": its government
        return frozenset(out - {""})

    def voice(self, eid: str | None) -> str | None:
        """The group a speaker speaks for when an article says so, else the speaker itself."""
        groups = self.spokesman_of.get(eid, ()) if eid is not None else ()
        return min(groups) if groups else eid

    def same_voice(self, a: str | None, b: str | None) -> bool:
        """Two speakers that are one voice: the same entity, or a spokesman and the group it speaks for."""
        if a is None or b is None:
            return False
        return a == b or b in self.spokesman_of.get(a, ()) or a in self.spokesman_of.get(b, ()) \
            or bool(self.spokesman_of.get(a, set()) & self.spokesman_of.get(b, set()))

    def own_voice(self, c: Claim) -> bool:
        """The outlet speaking: no speaker, or the outlet itself ("Trend reports")."""
        if c.speaker is None:
            return True
        source = (self.article[c.article].source or "").strip().lower()  # "   " names no outlet
        name = self.entity[c.speaker].name.lower()
        return bool(source) and (name in source or source.split()[0] == name.split()[0])

    def side(self, eid: str) -> str | None:
        return self.entity[eid].side

    def outlet_sides(self, article: str) -> frozenset[str]:
        """The sides an article's own voice speaks for: its outlet's, when a state or party outlet."""
        return outlet_sides(self.article[article].source or "")


def _country_voice_side(name: str) -> str | None:
    """The side a place speaking stands for: a country's government ("Rwanda", "the US") or a
    capital's ("Kigali"; one camp's in a civil war, where the lexicon gives it), unless another
    country has a capital of that name ("Tripoli")."""
    cap = capital_metonym(name)
    if cap is not None:
        return None if cap.ambiguous_with else cap.side or national_side(cap.country)
    code = country_code(name)
    return national_side(code) if code else None


def states_of(sides) -> frozenset[str]:
    """The countries of the sides that are a state's national forces ("pk_gov": PK; not "sy_opp")."""
    return frozenset(c for s in sides if national_side(c := s.split("_")[0].upper()) == s)
