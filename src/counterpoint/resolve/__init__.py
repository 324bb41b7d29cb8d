"""The resolve stage: mentions -> entities; claims get speaker and event-argument entity ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..extract import Extraction, LabelOccurrence, Timing
from ..records import Article, Claim, Entity, Quantity
from .entities import add_offices, build_entities, cluster_mentions

__all__ = ["Resolution", "resolve"]


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...]
    # (article, start, end) of a mention -> entity id
    entity_of: dict[tuple[str, int, int], str]
    negated: frozenset[str]
    triggers: dict[str, tuple[int, int]]  # claim id -> event phrase span
    label_uses: tuple[LabelOccurrence, ...] = ()
    focus: dict[str, tuple[int, int]] | None = None  # claim id -> rejection words
    timings: tuple[Timing, ...] = ()


def resolve(articles: Sequence[Article], extractions: Sequence[Extraction], gazetteer: str = "") -> Resolution:
    """Entities across articles; ``gazetteer`` is a user GeoNames database searched with the
    packaged one (empty: $COUNTERPOINT_GAZETTEER or the default user location, when present)."""
    mentions = [m for x in extractions for m in x.mentions]
    clusters = cluster_mentions(articles, mentions, gazetteer)
    add_offices(clusters, [r for x in extractions for r in x.roles])
    entities = build_entities(clusters, [a.id for a in articles])
    entity_of = {(m.article, m.start, m.end): e.id for e in entities for m in e.mentions}
    places = {e.id for e in entities if e.kind == "place"}
    claims: list[Claim] = []
    for x in extractions:
        speakers = {cid: m for cid, m in x.speakers}
        args: dict[str, dict[str, list[str]]] = {}
        for cid, role, m in x.event_args:
            eid = entity_of.get((m.article, m.start, m.end))
            if eid is not None:
                bucket = args.setdefault(cid, {}).setdefault(role, [])
                if eid not in bucket:
                    bucket.append(eid)
        for c in x.claims:
            speaker = speakers.get(c.id)
            sid = entity_of.get((speaker.article, speaker.start, speaker.end)) if speaker else None
            event = c.event
            if event is not None:
                a = args.get(c.id, {})
                event = replace(event, actors=tuple(a.get("actor", ())), targets=tuple(a.get("target", ())),
                                place=next((p for p in a.get("place", ()) if p in places), None))
            claims.append(replace(c, speaker=sid, event=event))
    quantities = tuple(q for x in extractions for q in x.quantities)
    negated = frozenset(cid for x in extractions for cid in x.negated)
    triggers = {cid: (s, e) for x in extractions for cid, s, e in x.triggers}
    uses = tuple(u for x in extractions for u in x.label_uses)
    focus = {cid: (s, e) for x in extractions for cid, s, e in x.focus}
    timings = tuple(t for x in extractions for t in x.timings)
    return Resolution(tuple(entities), tuple(claims), quantities, entity_of, negated, triggers, uses, focus,
                      timings)
