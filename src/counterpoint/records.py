"""Typed, frozen records passed between stages (STYLE habit 1).

Every record that points into an article carries ``article, start, end`` as code-point
offsets into that article's body (``Article.text``), ``end`` exclusive (STYLE habit 2).
Ids are short strings assigned deterministically: ``a1``, ``e3``, ``c7``, ``q2``, ``f1``.
"""

from __future__ import annotations

from dataclasses import dataclass

# Relations a finding may carry, in the order reports list them.
RELATIONS = ("contradict", "dispute", "agree", "omission", "framing")
ENTITY_KINDS = ("place", "actor", "person", "organization", "other")
STANCES = ("asserted", "attributed", "denied", "speculative", "disputed")
SCOPES = ("incident", "background")  # what a claim tells of: the incident covered, or its background
QUANTITY_KINDS = ("count", "share", "money", "measure", "duration")  # a measure or duration counts nothing


@dataclass(frozen=True, slots=True)
class Article:
    """One input article; ``text`` is the body the offsets refer to (header lines removed)."""

    id: str
    text: str
    path: str | None = None
    source: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    title: str | None = None
    url: str | None = None
    duplicates: tuple[str, ...] = ()  # paths/labels of inputs dropped as exact duplicates of this one


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one article's body."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A name or referring expression in one article (before cross-article resolution)."""

    article: str
    start: int
    end: int
    text: str
    kind: str  # one of ENTITY_KINDS
    label: str | None = None  # loaded label this mention uses ("terrorists"), for framing
    scare_quoted: bool = False


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    gazetteer_id: str | None = None
    admin1: str | None = None
    country: str | None = None
    precision: str = "place"  # place | admin2 | admin1 | country (ACLED geo-precision levels)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent across all articles."""

    id: str
    kind: str
    name: str
    mentions: tuple[Mention, ...]
    geo: Geo | None = None
    # (article id, labels that article uses for this referent), articles in report order
    labels: tuple[tuple[str, tuple[str, ...]], ...] = ()
    side: str | None = None  # actor side key from the actor lexicon, when known


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    actors: tuple[str, ...] = ()  # entity ids
    targets: tuple[str, ...] = ()  # entity ids
    place: str | None = None  # entity id
    date: str | None = None  # ISO date
    # +1 the attack/action succeeded (place taken, target hit), -1 it failed or was denied, 0 unknown
    polarity: int = 0


@dataclass(frozen=True, slots=True)
class Claim:
    """One proposition as one article states it."""

    id: str
    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # entity id; None = the outlet's own voice
    stance: str = "asserted"
    event: Event | None = None
    speaker_text: str | None = None  # the surface form of the speaker, for explanations
    cue: str | None = None  # the stance/attribution cue that decided the stance ("denied", "according to")
    scope: str = "incident"  # one of SCOPES: "background" = a cumulative tally or an earlier, separate event


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count (or share, or sum of money) an article states, with inclusive hedged bounds."""

    id: str
    article: str
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    approx: bool = False
    what: str | None = None  # role + counted thing in plain words: "killed", "tanks destroyed"
    claim: str | None = None  # claim id
    kind: str = "count"  # one of QUANTITY_KINDS
    role: str | None = None  # killed | wounded | destroyed | reinforcing | displaced | ...
    category: str | None = None  # taxonomy key of the counted thing: "tank", "combatants", ...
    noun: str | None = None  # head noun phrase of the counted thing as written
    revision: bool = False  # the text marks it as an updated figure ("rose to", "has reached")
    group: int | None = None  # index of a coordinated list this figure belongs to (shares a verb)
    preliminary: bool = False  # the text calls it preliminary ("the toll could rise")
    increment: bool = False  # an addition to an earlier count ("28 more", "another 5")
    hedge: str | None = None  # how the text hedges it: up_to, at_least, more_than, almost, about, range, vague
    correction: bool = False  # the text calls it the actual or final figure ("the actual death toll is 64")


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    relation: str  # one of RELATIONS
    evidence: tuple[Evidence, ...]
    explanation: str
    confidence: float
    claims: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    missing_from: tuple[str, ...] = ()
    quantities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything one comparison produced; ``report.build`` turns it into the report dict."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...] = ()
