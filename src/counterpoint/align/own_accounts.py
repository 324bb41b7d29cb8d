"""What a rejecting side tells instead. A denial mostly comes with the denier's own version: "the
division said the situation in the camp is fully stable ... and that the militia's claims are
fabricated". A dispute shows that version, told in the rejection's own article, beside the claims
it rejects, so that a reader sees both accounts; it is never one of them (align/rejected.one_side
keeps a side's own account out of what it rejects)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Claim
from .answered import answered_here
from .candidates import REJECTING, Corpus
from .rejected import allied_voices


def own_account(cx: Corpus, rejecting: Sequence[Claim], families: Sequence[str], shown: set[str]) -> Claim | None:
    """The rejecting side's own statement of what happened, of the families the rejection is about,
    told in the rejection's own article, nearest to it, and never a claim the rejection answers there.
    None when neither the voice nor its side tells one there. Not another article's: in a corpus of
    many incidents the same voice tells of others."""
    first = rejecting[0]
    answered = {t.id for r in rejecting for t in answered_here(cx, r)}  # what it rejects is never its account
    own = [c for fam in dict.fromkeys(families) for c in cx.claims_by_article_family.get((first.article, fam), ())
           if c.id not in shown and c.id not in answered and c.stance not in REJECTING and c.id not in cx.res.negated
           and c.scope == "incident" and any(_its_own(cx, r, c) for r in rejecting)]
    return min(own, key=lambda c: (abs(c.start - first.start), c.start), default=None)


def _its_own(cx: Corpus, r: Claim, c: Claim) -> bool:
    """Told by the rejecting voice itself or its group, or by a voice of its side or an ally's; a wire's
    narration is no side's."""
    if r.speaker is not None and (c.speaker == r.speaker or cx.same_voice(r.speaker, c.speaker)):
        return True
    return allied_voices(cx, r, c)
