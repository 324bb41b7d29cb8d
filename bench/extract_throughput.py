#!/usr/bin/env python3
"""Extraction throughput on FA-KES: bare spaCy vs the full counterpoint extraction (a script, not a test).

    .venv/bin/python bench/extract_throughput.py [--limit N] [--repeat R]

Reads the article texts (column ``article_content``) of FA-KES from
``../shared/data/fa-kes/FA-KES-Dataset.csv`` (relative to the repository root; the texts are never
copied into the repo) and, in one process, measures

(a) the bare spaCy pipeline: ``spacy.load(settings.model)`` and ``nlp.pipe`` over the texts with
    ``settings.batch_size``;
(b) the full counterpoint extraction: ``counterpoint.pipeline.extract_only`` on ``Article`` records
    ``a1..aN`` built from the same texts, with the row's ``source`` and ``date`` (M/D/YYYY made ISO;
    the date anchors relative dates) (working copy, pipeline with counterpoint's components,
    mentions, claims, quantities).

Both models are loaded and warmed before anything is timed, so load time is excluded. Words are
whitespace-separated tokens of the article text. Timed passes run without tracemalloc (it slows
allocation-heavy code several-fold); one extra pass per phase then runs under tracemalloc to get its
peak, which counts only memory allocated during that phase (the loaded model is not in it).
``resource.getrusage`` max RSS is the process high-water mark, so the figure after (b) is a maximum
over everything the process has done so far, (a) included.

The CSV is not valid UTF-8 (a few stray single bytes), so it is decoded with ``errors="replace"``.
FA-KES texts have their punctuation stripped, which makes sentences long and unusual for the parser;
figures on ordinary news text will differ.
"""

from __future__ import annotations

import argparse
import csv
import gc
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

FAKES = ROOT.parent / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"


class FakesRow(NamedTuple):
    text: str
    source: str | None
    date: str | None  # ISO yyyy-mm-dd


def _iso(date: str) -> str | None:
    """FA-KES dates are M/D/YYYY."""
    try:
        month, day, year = (int(p) for p in date.strip().split("/"))
        return f"{year:04d}-{month:02d}-{day:02d}"
    except ValueError:
        return None


def read_fakes(limit: int | None = None, path: Path = FAKES) -> list[FakesRow] | None:
    """Text, source and date of the articles in file order (the first ``limit``); None when the file is absent."""
    if not path.is_file():
        return None
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        rows = [
            FakesRow(row["article_content"], row.get("source") or None, _iso(row.get("date") or ""))
            for row in csv.DictReader(fh)
        ]
    return rows[:limit] if limit is not None else rows


def to_articles(rows: list[FakesRow]) -> list[Any]:
    """``Article`` records a1..aN with the row's text, source and date."""
    from counterpoint.records import Article

    return [Article(id=f"a{i}", text=r.text, source=r.source, date=r.date) for i, r in enumerate(rows, 1)]


def missing_message(path: Path = FAKES) -> str:
    return f"skipped: {path} not found (FA-KES is read from ../shared/data/fa-kes/, never shipped)"


def max_rss_mib() -> float:
    """Process max resident set size so far, in MiB (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def traced_peak_mib(fn: Callable[[], Any]) -> float:
    """tracemalloc peak (MiB) of memory allocated while ``fn`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default: all 804)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per phase; the best is reported")
    args = parser.parse_args()
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--limit and --repeat must be at least 1")

    rows = read_fakes(args.limit)
    if rows is None:
        print(missing_message())
        return 0
    texts = [r.text for r in rows]

    import spacy

    from counterpoint import pipeline
    from counterpoint.config import load_settings
    from counterpoint.nlp import load_pipeline

    settings = load_settings()
    articles = to_articles(rows)
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    print(f"corpus\t{len(texts)} FA-KES articles, {words:,} words, {chars:,} characters ({FAKES})")
    print(f"settings\tmodel={settings.model} batch_size={settings.batch_size} workers={settings.workers}")
    print(f"python\t{sys.version.split()[0]}, spaCy {spacy.__version__}")

    t0 = time.perf_counter()
    nlp = spacy.load(settings.model)
    print(f"load (a)\t{time.perf_counter() - t0:.2f} s\tpipes {nlp.pipe_names}")
    t0 = time.perf_counter()
    full_nlp = load_pipeline(settings.model)
    print(f"load (b)\t{time.perf_counter() - t0:.2f} s\tpipes {full_nlp.pipe_names}")
    warm = texts[: min(8, len(texts))]
    list(nlp.pipe(warm, batch_size=settings.batch_size))
    pipeline.extract_only(articles[: len(warm)], settings)
    print(f"after load\tmax RSS {max_rss_mib():.1f} MiB")

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass

    def full() -> None:
        pipeline.extract_only(articles, settings)

    results: dict[str, tuple[float, float, float]] = {}
    for key, label, fn in (("a", "bare spaCy nlp.pipe", bare), ("b", "full extract_only", full)):
        times = timed(fn, args.repeat)
        best = min(times)
        wps = words / best
        peak = traced_peak_mib(fn)
        rss = max_rss_mib()
        results[key] = (best, wps, peak)
        spread = f" (passes: {', '.join(f'{t:.2f}' for t in times)}; median {statistics.median(times):.2f} s)"
        print(f"({key}) {label}")
        print(f"    time              {best:.2f} s{spread if args.repeat > 1 else ''}")
        print(f"    words/s           {wps:,.0f}")
        print(f"    articles/s        {len(texts) / best:.2f}")
        print(f"    tracemalloc peak  {peak:.1f} MiB (allocated during this phase, separate traced pass)")
        print(f"    max RSS so far    {rss:.1f} MiB (process high-water mark, getrusage)")

    ratio = results["b"][1] / results["a"][1]
    print(f"ratio (b)/(a) words/s\t{ratio:.3f} (full extraction runs at {ratio:.0%} of bare spaCy speed)")
    print(
        f"THROUGHPUT articles={len(texts)} words={words} bare_wps={results['a'][1]:.0f}"
        f" full_wps={results['b'][1]:.0f} ratio={ratio:.3f}"
        f" bare_peak_mib={results['a'][2]:.1f} full_peak_mib={results['b'][2]:.1f} max_rss_mib={max_rss_mib():.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
