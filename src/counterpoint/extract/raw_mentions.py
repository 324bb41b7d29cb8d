"""The raw records of extract/mentions.py: a mention of a name or referring expression, and a
loaded word used for something that is not an entity, before cross-article resolution."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class RawMention:
    start: int  # Doc character offsets
    end: int
    text: str
    kind: str
    source: str  # "lexicon:<kind>", "ner:<LABEL>"
    key: str | None = None  # lexicon id (actor, organisation) or generic role
    label: str | None = None
    scare_quoted: bool = False
    on_act: bool = False  # "terrorist acts", "a rebel assault": names who acted, labels only the act


@dataclass(slots=True)
class LabelUse:
    """A loaded word for something that is not an entity (the incident, a facility, territory)."""

    start: int
    end: int
    term: str
    referent: str
    connotation: str
    scare_quoted: bool = False
    frame: str | None = None  # how an event or action word names the incident (labels.json frames)
    phrase_start: int | None = None  # where its noun phrase starts ("the alleged massacre")
    hedged: bool = False  # "the alleged massacre", "a suspected chemical attack"
    specific: bool = False  # says where or on what: "the massacre in Tajoura", "an air raid on a hospital"
