"""Run the stages for a corpus, in order. No stage logic of its own (STYLE habit 3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .align import compare
from .config import Settings, load_settings
from .extract import Extraction, extract
from .nlp import annotate
from .records import Analysis, Article
from .resolve import resolve


def extract_only(articles: Sequence[Article], settings: Settings | None = None,
                 progress: Callable[[int], None] | None = None) -> list[Extraction]:
    """Per-article extraction (mentions, claims, quantities), with corpus-wide ids."""
    settings = settings or load_settings()
    out: list[Extraction] = []
    next_claim, next_quantity = 1, 1
    for ann in annotate(articles, settings, progress):
        x = extract(ann, first_claim=next_claim, first_quantity=next_quantity)
        next_claim += len(x.claims)
        next_quantity += len(x.quantities)
        out.append(x)
    return out


def analyze(articles: Sequence[Article], settings: Settings | None = None,
            progress: Callable[[int], None] | None = None) -> Analysis:
    """Everything a report needs, for articles in the order given."""
    settings = settings or load_settings()
    extractions = extract_only(articles, settings, progress)
    res = resolve(articles, extractions, settings.gazetteer)
    findings = compare(articles, res, settings)
    return Analysis(tuple(articles), res.entities, res.claims, res.quantities, tuple(findings))
