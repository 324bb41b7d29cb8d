"""Clusters: the mentions resolve/entities.py gathers into one entity while it reads the corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Geo, Mention


@dataclass(slots=True)
class Cluster:
    kind: str
    key: tuple | None
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # name forms used for matching
    canonical: str | None = None
    geo: Geo | None = None
    side: str | None = None
    role: str | None = None  # state_forces | non_state_armed, for actors


class Clusters:
    def __init__(self) -> None:
        self.items: list[Cluster] = []
        self.by_key: dict[tuple, Cluster] = {}

    def keyed(self, kind: str, key: tuple, name: str | None = None) -> Cluster:
        c = self.by_key.get(key)
        if c is None:
            c = Cluster(kind, key, canonical=name)
            self.by_key[key] = c
            self.items.append(c)
        return c

    def new(self, kind: str) -> Cluster:
        c = Cluster(kind, None)
        self.items.append(c)
        return c


def merge_into(owner: dict[int, Cluster], keep: Cluster, gone: Cluster) -> None:
    """Move ``gone``'s mentions into ``keep``; ``owner`` (mention id -> cluster) follows them."""
    if keep is gone:
        return
    for m in gone.mentions:
        owner[id(m)] = keep
    keep.mentions.extend(gone.mentions)
    gone.mentions.clear()
