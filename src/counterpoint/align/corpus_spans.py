"""The evidence spans findings show for a claim: the claim, its event's own words ("the missile
strike on Ganja by Armenia"), what a rejected claim says (up to its toll), the words that carry a
rejection ("denied Baku's allegations"), and where an article's headline ends. A part of
:class:`align.candidates.Corpus`, kept in its own module so that each stays readable in one sitting.
"""

from __future__ import annotations

from ..records import Article, Claim, Entity, Quantity
from ..resolve import Resolution


class EvidenceSpans:
    """The evidence side of the corpus; :class:`Corpus` sets these attributes."""

    res: Resolution
    article: dict[str, Article]
    entity: dict[str, Entity]
    _headline_ends: dict[str, int]
    quantities_by_claim: dict[str, list[Quantity]]

    def claim_span(self, c: Claim) -> tuple[str, int, int]:
        return c.article, c.start, c.end

    def headline_end(self, article: str) -> int:
        """Where the article's headline line ends, 0 when it opens with a sentence."""
        if article not in self._headline_ends:
            self._headline_ends[article] = headline_end(self.article[article].text)
        return self._headline_ends[article]

    def event_span(self, c: Claim) -> tuple[str, int, int]:
        """The event's own words ("the missile strike on Ganja by Armenia"), else the claim."""
        span = self.res.triggers.get(c.id)
        return (c.article, *span) if span else self.claim_span(c)

    def statement_span(self, c: Claim) -> tuple[str, int, int]:
        """What a rejected claim says: all of it when short and no figure follows the event's own
        words; else from its start to the end of those words ("The Russian occupiers hit the
        station by a Tochka-U missile", not the toll after it), when that is short; else the
        event's own words."""
        article, start, end = self.event_span(c)
        if c.start <= start and end <= c.end and c.end - c.start <= STATEMENT_CHARS and not any(
                q.start >= end for q in self.quantities_by_claim.get(c.id, ())):
            return article, c.start, c.end  # "... attacked the hospital and were using it as a shield"
        if c.start <= start and end <= c.end and end - c.start <= STATEMENT_CHARS:
            return article, c.start, end
        actor_start = self._actor_before(c, start)
        if actor_start is not None and end - actor_start <= STATEMENT_CHARS * 1.5:
            return article, actor_start, end  # "the Ukrainian military used ... to shell the prison"
        return article, start, end

    def _actor_before(self, c: Claim, trigger_start: int) -> int | None:
        """Where the event's actor is named in the claim before its trigger, if it is."""
        if c.event is None:
            return None
        starts = [m.start for a in c.event.actors for m in self.entity[a].mentions
                  if m.article == c.article and c.start <= m.start < trigger_start]
        return max(starts) if starts else None

    def focus_span(self, c: Claim) -> tuple[str, int, int]:
        """The words that carry a rejection ("denied Baku's allegations"), else the event's."""
        span = (self.res.focus or {}).get(c.id)
        return (c.article, *span) if span else self.event_span(c)


STATEMENT_CHARS = 200  # a rejected claim up to this long is shown whole


HEADLINE_LINES = 2  # a headline and the subheading under it
SUBHEADING_MAX = 150  # characters: a longer line under the headline is the lead
SENTENCE_END = ".”\"’'?!"  # a line under the headline ending so is a sentence


def headline_end(text: str) -> int:
    """Where a headline ends (0 when the text opens with a sentence): a short first line with no
    closing full stop, and a subheading right under it, a shorter line ending in no mark a
    sentence ends with, with no blank line between. A text of one line has no headline to tell
    apart, and a first line ending in a quotation mark is read as a sentence, since quoted speech
    often closes one."""
    lines = text.split("\n")
    end = pos = 0
    for i, line in enumerate(lines[:min(HEADLINE_LINES, len(lines) - 1)]):
        stripped = line.rstrip()
        closing = ".”\"" if i == 0 else SENTENCE_END
        if not stripped or len(stripped) > (200 if i == 0 else SUBHEADING_MAX) or stripped[-1] in closing:
            break
        end = pos + len(stripped)
        pos += len(line) + 1
    return end

