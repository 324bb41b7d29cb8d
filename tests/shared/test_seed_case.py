"""The seed case in ../shared/seeds: a TASS report and an EA WorldView report of the same fighting.

Reads the files in place (their text is not copied into the repository) and checks who says what:
the TASS figures are all the Russian general's, the displacement figures in EA WorldView belong to
the UN and UOSSM, and a lumped count ("six tanks and armored infantry carriers") is not set against
its parts ("five tanks").
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from counterpoint.extract import Extraction
from counterpoint.ingest import read_articles
from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Analysis, Article, Quantity

pytestmark = [pytest.mark.shared, pytest.mark.model]

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

QUOTE_MARKS = "\"\u201c\u201d"


def _require_seeds() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed directory {SEEDS.resolve()} is absent (../shared sits next to the repository)")
    files = sorted(p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("."))
    if len(files) < 2:
        pytest.skip(f"expected two seed files in {SEEDS.resolve()}, found {len(files)}")
    return files


@functools.cache
def _articles() -> tuple[Article, ...]:
    return tuple(read_articles([str(p) for p in _require_seeds()]))


@functools.cache
def _extractions() -> tuple[Extraction, ...]:
    return tuple(extract_only(_articles()))


@functools.cache
def _analysis() -> Analysis:
    return analyze(_articles())


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    return _articles()


def _by_text(articles: tuple[Article, ...], marker: str) -> Article:
    hits = [a for a in articles if marker in a.text]
    assert len(hits) == 1, f"expected one seed article containing {marker!r}, found {len(hits)}"
    return hits[0]


@pytest.fixture(scope="module")
def tass(articles: tuple[Article, ...]) -> Article:
    return _by_text(articles, "/TASS/")


@pytest.fixture(scope="module")
def eaw(articles: tuple[Article, ...]) -> Article:
    return _by_text(articles, "UOSSM")


def _extraction(article: Article) -> Extraction:
    return next(x for x in _extractions() if x.article == article.id)


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """Spans between double quote marks, newswire style: a paragraph that ends without a closing
    quote continues at the next paragraph's opening quote. Single quotes (‘jihad cars’) are not
    passages."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(f"[{QUOTE_MARKS}]", text):
        pos = m.start()
        if open_at is None:
            open_at = pos
        elif text[:pos].rstrip(" ").endswith("\n"):
            continue  # the quote reopens at a new paragraph: the passage goes on
        else:
            spans.append((open_at, pos + 1))
            open_at = None
    return spans


def first_paragraph(text: str) -> tuple[int, int]:
    end = text.find("\n")
    return 0, (len(text) if end < 0 else end)


def _inside(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    return any(s <= q.start and q.end <= e for s, e in spans)


def _speaker_text(x: Extraction, claim_id: str | None) -> str | None:
    if claim_id is None:
        return None
    m = dict(x.speakers).get(claim_id)
    return m.text if m is not None else None


def _overlapping(x: Extraction, text: str, phrase: str) -> Quantity:
    start = text.find(phrase)
    assert start >= 0, f"{phrase!r} is not in the seed text any more"
    end = start + len(phrase)
    hits = [q for q in x.quantities if q.start < end and start < q.end]
    assert hits, f"no quantity overlaps {phrase!r}; found {[q.text for q in x.quantities]}"
    return hits[0]


# --------------------------------------------------------------------------- TASS: the general's figures


def test_tass_quotes_and_lead_are_found(tass: Article) -> None:
    """Guard for the test below: the seed still has its quoted passages and figures in them."""
    passages = quoted_passages(tass.text)
    assert len(passages) >= 3, passages
    x = _extraction(tass)
    spans = [*passages, first_paragraph(tass.text)]
    assert sum(_inside(q, spans) for q in x.quantities) >= 10, [q.text for q in x.quantities]


def test_tass_quoted_and_lead_figures_are_kupchishins(tass: Article) -> None:
    x = _extraction(tass)
    spans = [*quoted_passages(tass.text), first_paragraph(tass.text)]
    wrong = []
    for q in x.quantities:
        if not _inside(q, spans):
            continue
        speaker = _speaker_text(x, q.claim)
        if speaker is None or "Kupchishin" not in speaker:
            wrong.append((q.text, q.claim, speaker))
    assert not wrong, f"figures not attributed to Kupchishin (text, claim, speaker): {wrong}"


# --------------------------------------------------------------------------- EA WorldView: UN vs UOSSM


@pytest.mark.parametrize(("phrase", "speakers"), [
    pytest.param("more than 200,000 people", ("UN",), id="UN-200000"),
    pytest.param("more than 300,000", ("UOSSM", "Union of Medical Care"), id="UOSSM-300000"),
])
def test_eaw_displacement_figures_have_their_sources(eaw: Article, phrase: str,
                                                     speakers: tuple[str, ...]) -> None:
    x = _extraction(eaw)
    q = _overlapping(x, eaw.text, phrase)
    speaker = _speaker_text(x, q.claim)
    assert speaker is not None and any(s in speaker for s in speakers), (
        f"{q.text!r} (claim {q.claim}): speaker {speaker!r}, expected one containing {speakers}")


def test_eaw_un_figure_is_not_uossms(eaw: Article) -> None:
    """The two figures sit in one sentence; each keeps its own source."""
    x = _extraction(eaw)
    un = _overlapping(x, eaw.text, "more than 200,000 people")
    uossm = _overlapping(x, eaw.text, "more than 300,000")
    assert un.claim != uossm.claim
    un_speaker = _speaker_text(x, un.claim) or ""
    assert "UOSSM" not in un_speaker and "Union of Medical Care" not in un_speaker, un_speaker


# --------------------------------------------------------------------------- lumped count vs parts


def test_lumped_count_is_not_set_against_five_tanks(tass: Article, articles: tuple[Article, ...]) -> None:
    an = _analysis()
    lumped = "six tanks and armored infantry carriers"
    ls = tass.text.find(lumped)
    assert ls >= 0, f"{lumped!r} is not in the TASS seed any more"
    lumped_span = (tass.id, ls, ls + len(lumped))
    five = [(a.id, m.start(), m.end()) for a in articles for m in re.finditer("five tanks", a.text)]
    assert five, "'five tanks' is not in the seeds any more"

    def overlaps(f, where) -> bool:
        art, s, e = where
        return any(ev.article == art and ev.start < e and s < ev.end for ev in f.evidence)

    wrong = [f for f in an.findings if f.relation in ("contradict", "dispute")
             and overlaps(f, lumped_span) and any(overlaps(f, w) for w in five)]
    assert not wrong, [(f.relation, f.explanation) for f in wrong]
