#!/usr/bin/env python3
"""How ``pipeline.analyze`` scales with corpus size on FA-KES (a script, not a test).

    .venv/bin/python bench/compare_scaling.py [--sizes 100,200,400] [--budget 900] [--trace-limit 120]

Runs ``counterpoint.pipeline.analyze`` on the first 100, 200 and 400 FA-KES articles (read from
``../shared/data/fa-kes/FA-KES-Dataset.csv``, never copied into the repo; each ``Article`` gets the
row's text, source and ISO date, since alignment compares only articles on the same incident) in
one process and prints, for each size:

* the wall time of ``analyze`` (untraced), split per stage: the run times the three stages
  ``analyze`` chains, ``extract_only`` (spaCy + extraction), ``resolve`` and ``compare`` (align), by
  wrapping those names in ``counterpoint.pipeline`` for the duration of the call, so one run gives
  both the total and the split;
* the tracemalloc peak of a second, traced run of ``analyze`` (allocations made during the run; the
  model loaded beforehand is not counted) and the process max RSS so far (getrusage);

then the ratio time(400)/time(200): about 2 means linear, about 4 quadratic. The model is loaded
and warmed first, so load time is excluded.

Sizes run in increasing order. Before each size the time is extrapolated from the sizes already
run (power law through the last two, at least linear; quadratic from one); when the estimate is over
``--budget`` seconds the size is skipped and the estimate printed instead. The traced run is skipped
when the untraced one took longer than ``--trace-limit`` seconds (tracemalloc makes this pure-Python
code several times slower). Use ``--sizes 25,50,100`` for a quick curve.

Caveat: FA-KES is 804 articles about many different incidents, not one incident told by several
outlets, so this is a stress test of alignment with many unrelated articles; the findings printed
for each size show how much the align stage had to weigh.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # extract_throughput (FA-KES reader, memory helpers)

from extract_throughput import (
    FAKES,
    max_rss_mib,
    missing_message,
    read_fakes,
    to_articles,
    traced_peak_mib,
)

STAGES = (("extract_only", "nlp+extract"), ("resolve", "resolve"), ("compare", "align"))


@contextmanager
def stage_timer(module: Any) -> Iterator[dict[str, float]]:
    """Time the stage functions ``module`` (counterpoint.pipeline) calls by name, restoring them after."""
    times: dict[str, float] = {}
    originals = {name: getattr(module, name) for name, _ in STAGES if callable(getattr(module, name, None))}

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - t0

        return timed

    for name, fn in originals.items():
        setattr(module, name, wrap(name, fn))
    try:
        yield times
    finally:
        for name, fn in originals.items():
            setattr(module, name, fn)


def estimate(done: dict[int, float], n: int) -> float | None:
    """Extrapolated seconds for size n from the sizes already run."""
    if not done:
        return None
    sizes = sorted(done)
    last = sizes[-1]
    exponent = 2.0
    if len(sizes) >= 2:
        prev = sizes[-2]
        if done[prev] > 0 and done[last] > 0:
            exponent = max(1.0, math.log(done[last] / done[prev]) / math.log(last / prev))
    return done[last] * (n / last) ** exponent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,200,400", help="comma-separated corpus sizes (default 100,200,400)")
    parser.add_argument("--budget", type=float, default=900.0, help="skip a size estimated to take longer (s)")
    parser.add_argument("--trace-limit", type=float, default=120.0,
                        help="skip the tracemalloc run when the untraced run took longer (s)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    args = parser.parse_args()
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error("--sizes takes integers, e.g. 100,200,400")
    if not sizes or sizes[0] < 1:
        parser.error("--sizes must be positive")

    rows = read_fakes(max(sizes))
    if rows is None:
        print(missing_message())
        return 0
    if len(rows) < max(sizes):
        parser.error(f"FA-KES has only {len(rows)} articles")

    from counterpoint import pipeline
    from counterpoint.config import load_settings

    settings = load_settings()
    articles = to_articles(rows)  # with source and ISO date: alignment blocks on both
    print(f"corpus\tfirst {sizes} of FA-KES ({FAKES})")
    print(f"settings\tmodel={settings.model} batch_size={settings.batch_size} workers={settings.workers}")
    print(f"limits\tbudget {args.budget:g} s per size, tracemalloc run when the untraced run is under {args.trace_limit:g} s")

    t0 = time.perf_counter()
    pipeline.analyze(articles[:5], settings)  # loads and warms the model
    print(f"warm-up\t{time.perf_counter() - t0:.2f} s (model load + 5 articles; excluded below)")

    totals: dict[int, float] = {}
    skipped: dict[int, float | None] = {}
    for n in sizes:
        subset = articles[:n]
        words = sum(len(a.text.split()) for a in subset)
        guess = estimate(totals, n)
        print(f"n={n} ({words:,} words)")
        if guess is not None and guess > args.budget:
            skipped[n] = guess
            print(f"    skipped             estimated {guess:,.0f} s (~{guess / 3600:.1f} h) > budget {args.budget:g} s")
            continue
        gc.collect()
        with stage_timer(pipeline) as stage_times:
            t0 = time.perf_counter()
            analysis = pipeline.analyze(subset, settings)
            total = time.perf_counter() - t0
        totals[n] = total
        print(f"    analyze wall time   {total:.2f} s ({words / total:,.0f} words/s)")
        if stage_times:
            split = " | ".join(f"{label} {stage_times[name]:.2f} s" for name, label in STAGES if name in stage_times)
            print(f"    stages              {split} (other {total - sum(stage_times.values()):.2f} s)")
        relations = Counter(f.relation for f in analysis.findings)
        print(
            f"    records             {len(analysis.entities)} entities, {len(analysis.claims)} claims,"
            f" {len(analysis.quantities)} quantities, {len(analysis.findings)} findings"
            f" ({', '.join(f'{k} {v}' for k, v in sorted(relations.items()))})"
        )
        del analysis
        if args.no_memory:
            pass
        elif total > args.trace_limit:
            print(f"    tracemalloc peak    skipped (untraced run {total:.0f} s > --trace-limit {args.trace_limit:g} s)")
        else:
            peak = traced_peak_mib(lambda subset=subset: pipeline.analyze(subset, settings))
            print(f"    tracemalloc peak    {peak:.1f} MiB (separate traced run of analyze)")
        print(f"    max RSS so far      {max_rss_mib():.1f} MiB (process high-water mark, getrusage)")

    def ratio(a: int, b: int) -> str:
        return f"{totals[a] / totals[b]:.2f}" if a in totals and b in totals else "n/a"

    for small, big in itertools.pairwise(sizes):
        print(f"ratio time({big})/time({small})\t{ratio(big, small)} (size ratio {big / small:g})")

    def cell(n: int) -> str:
        if n in totals:
            return f"t{n}={totals[n]:.2f}"
        guess = skipped.get(n)
        return f"t{n}=skipped(est~{guess:.0f})" if guess is not None else f"t{n}=n/a"

    print("SCALING " + " ".join(cell(n) for n in sizes) + f" ratio_400_200={ratio(400, 200)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
