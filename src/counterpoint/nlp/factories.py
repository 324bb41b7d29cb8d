"""Every counterpoint spaCy registration lives here; component names start with ``counterpoint_``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.numparse import find_numbers
from .extensions import register_extensions


@Language.component("counterpoint_numbers", assigns=["doc._.cp_numbers"])
def numbers_component(doc: Doc) -> Doc:
    """Numbers with their hedge bounds and kind (count, share, money, date, ...), from numparse."""
    doc._.cp_numbers = tuple(find_numbers(doc.text))
    return doc


def actor_patterns() -> list[dict[str, object]]:
    """EntityRuler patterns for named actors and organisations from the lexicons (lower-cased)."""
    from .lexicons import actors, organizations

    patterns: list[dict[str, object]] = []
    for actor in actors().actors:
        for alias in actor.aliases:
            if any(ch.isupper() for ch in alias) or len(alias.split()) > 1:
                patterns.append({"label": "ORG", "pattern": alias, "id": actor.id})
    for org in organizations().organizations:
        for alias in (org.name, *org.aliases, *org.acronyms):
            if len(alias) > 2:
                patterns.append({"label": "ORG", "pattern": alias, "id": org.id})
    return patterns


def add_components(nlp: Language) -> None:
    register_extensions()
    if "counterpoint_numbers" not in nlp.pipe_names:
        nlp.add_pipe("counterpoint_numbers", last=True)
