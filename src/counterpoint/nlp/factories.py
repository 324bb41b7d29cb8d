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


@Language.component("counterpoint_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and captions are not run into the next
    paragraph (the parser respects sentence starts set before it)."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


def add_components(nlp: Language) -> None:
    register_extensions()
    if "counterpoint_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("counterpoint_paragraphs", before="parser")
    if "counterpoint_numbers" not in nlp.pipe_names:
        nlp.add_pipe("counterpoint_numbers", last=True)
