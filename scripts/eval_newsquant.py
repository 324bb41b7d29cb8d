#!/usr/bin/env python3
"""Score ``counterpoint.extract.numparse.find_numbers`` on NewsQuant at CQE's "value" level.

    .venv/bin/python scripts/eval_newsquant.py [--data PATH] [--show-misses N]

NewsQuant (Almasian, Kazakova, Göldner, Gertz, "CQE: A Comprehensive Quantity Extractor",
EMNLP 2023) is 590 news sentences with 904 annotated quantities. It has no licence, so it is read
from ``../shared/data/newsquant/NewsQuant.json`` and never copied into the repo; the script exits
with a message when the file is absent.

How CQE scores the "value" level (``calculate_metrics`` in ``evaluate_models.py`` of
github.com/satya77/CQE_Evaluation, read for this script):

* A gold ``value`` string containing ``-`` after its first character (and no ``E``) is a range
  ``(low, high)``, e.g. ``"12-120"`` for "dozens"; anything else is one float. A system's value is a
  float, or a ``(low, high)`` tuple for a range.
* Two values match when both are scalars and ``numpy.isclose(rtol=1e-5, atol=1e-8)``, or both are
  ranges and both ends are close. A scalar never matches a range.
* P = matches / predictions, R = matches / gold quantities (904), F1 their harmonic mean, all in
  percent rounded to one decimal.
* Their loop visits every (gold, prediction) pair in a sentence and counts a value match while the
  sentence's count of matches is below its number of gold quantities; a prediction is taken out of
  the pool only when its *unit* also matches. So at the value level one gold can be credited twice
  (against two predictions with the same number) and one prediction can serve two golds.

This script reports two figures:

* **strict** (the headline): one-to-one matching per sentence, each gold and each prediction used
  at most once. Since value equality is an equivalence, greedy matching is the maximum matching.
* **cqe-loop**: CQE's loop as written, with no unit-based removal (find_numbers gives no normalised
  unit, so nothing is ever removed). This is an upper bound of what CQE's script would credit us;
  it is printed for transparency only.

What counts as a prediction: ``NumberMatch.kind`` decides, and the choice follows what NewsQuant
annotates, decided from the data. NewsQuant annotates counts ("22 goals", "one solution"), shares
(154 percentages), money (117 dollar amounts and other currencies), dimensions and rates ("87 mph",
"30 yards", "275 pound-feet"), ages ("15 year-old") and durations ("three months", "15 years").
It does not annotate calendar dates, clock times, years used as dates ("in 2019") or ordinals
("22nd amendment"): of the 590 sentences, the only gold value equal to a year-like number is
"$2000" (money). So predictions of kind count, share, money, age, duration and other (numparse's
kind for numbers with a dimension unit, model names and identifiers) are scored; date, time, year
and ordinal are left out. This is a per-kind filter, not a per-sentence one, and counterpoint's own
pipeline keeps fewer kinds (count, share, money): its figure on those kinds alone is printed too.

The value of a prediction is ``NumberMatch.value`` (the number as written: "more than 60 per cent"
is 60, like CQE's value with change ">"), or ``(value, high)`` when ``hedge == "range"``. Vague
quantities ("dozens") have an open upper bound in numparse, so they are scored as their scalar
lower bound and cannot match CQE's range convention (e.g. "12-120").

Convention differences that cost recall (measured on this set, not tuned away): NewsQuant writes
"from X to Y" changes as a range X-Y (even when Y < X), "tens of millions" as 1e7-1e8, fractions
as ratios ("a third" = 0.333, where numparse gives the share 33.33 percent), and "eight or nine
euros" as two values, where numparse gives one range. About half of the missed gold quantities are
such ranges.

Published scores (value level) come from ``published_scores_NewsQuant.tsv`` next to the data:
CQE 92.0 F1, quantulum3 73.0 F1.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from counterpoint.extract.numparse import NumberMatch, find_numbers

DATA = ROOT.parent / "shared" / "data" / "newsquant" / "NewsQuant.json"
SCORED_KINDS = frozenset({"count", "share", "money", "age", "duration", "other"})
PIPELINE_KINDS = frozenset({"count", "share", "money"})

Value = float | tuple[float, float]


def gold_value(raw: str) -> Value:
    """CQE's decoding of a gold value string: ``"12-120"`` -> (12.0, 120.0), else a float."""
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-")[:2]
        return (float(low), float(high))
    return float(raw)


def predicted_value(m: NumberMatch) -> Value | None:
    if m.value is None:
        return None
    if m.hedge == "range" and m.high is not None:
        return (float(m.value), float(m.high))
    return float(m.value)


def _close(a: float, b: float) -> bool:
    """numpy.isclose(a, b, rtol=1e-05, atol=1e-08), without numpy."""
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)


def values_match(gold: Value, pred: Value) -> bool:
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)


def strict_matches(golds: Sequence[Value], preds: Sequence[Value]) -> int:
    """One-to-one: each gold and each prediction used at most once."""
    free = list(preds)
    n = 0
    for g in golds:
        for i, p in enumerate(free):
            if values_match(g, p):
                del free[i]
                n += 1
                break
    return n


def cqe_loop_matches(golds: Sequence[Value], preds: Sequence[Value]) -> int:
    """CQE's value-level loop without unit-based removal: every matching pair counts, capped at len(golds)."""
    budget, n = len(golds), 0
    for g in golds:
        for p in preds:
            if values_match(g, p) and budget > 0:
                n += 1
                budget -= 1
    return n


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Percent, one decimal, as CQE's get_fscores."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    if p + r == 0:
        return 0.0, 0.0, 0.0
    return round(p * 100, 1), round(r * 100, 1), round(2 * p * r / (p + r) * 100, 1)


def published(path: Path) -> dict[str, tuple[float, float, float]]:
    """Value-level P/R/F1 per system from published_scores_NewsQuant.tsv (empty when absent)."""
    if not path.is_file():
        return {}
    out = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("type") == "value":
                out[row["model"]] = (float(row["P"]), float(row["R"]), float(row["F1"]))
    return out


def evaluate(data: list[dict[str, Any]], kinds: frozenset[str]) -> dict[str, Any]:
    n_gold = n_pred = strict = loop = 0
    per_kind: Counter[str] = Counter()
    per_kind_hit: Counter[str] = Counter()
    misses: list[tuple[str, list[str], list[str]]] = []
    for item in data:
        golds = [gold_value(q["value"]) for q in item["quantities"]]
        matches = [m for m in find_numbers(item["text"]) if m.kind in kinds]
        preds = [v for m in matches if (v := predicted_value(m)) is not None]
        n_gold += len(golds)
        n_pred += len(preds)
        s = strict_matches(golds, preds)
        strict += s
        loop += cqe_loop_matches(golds, preds)
        for m in matches:
            v = predicted_value(m)
            per_kind[m.kind] += 1
            per_kind_hit[m.kind] += v is not None and any(values_match(g, v) for g in golds)
        if s < len(golds) or s < len(preds):
            misses.append((item["text"], [q["value"] for q in item["quantities"]], [m.text for m in matches]))
    return {
        "n_gold": n_gold, "n_pred": n_pred, "strict": strict, "loop": loop,
        "per_kind": per_kind, "per_kind_hit": per_kind_hit, "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help=f"NewsQuant.json (default {DATA})")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N sentences with errors")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (NewsQuant is read from ../shared/data/newsquant/, never shipped)")
        return 0
    data = json.loads(args.data.read_text(encoding="utf-8"))

    r = evaluate(data, SCORED_KINDS)
    print(f"NewsQuant\t{len(data)} sentences, {r['n_gold']} gold quantities ({args.data})")
    print(f"scored kinds\t{', '.join(sorted(SCORED_KINDS))} ({r['n_pred']} predictions)")
    print("kind\tpredictions\tequal to a gold value in the sentence")
    for kind, n in r["per_kind"].most_common():
        print(f"  {kind}\t{n}\t{r['per_kind_hit'][kind]}")
    p, rc, f1 = prf(r["strict"], r["n_gold"], r["n_pred"])
    lp, lr, lf = prf(r["loop"], r["n_gold"], r["n_pred"])
    print(f"strict (one-to-one)\tP {p:.1f}  R {rc:.1f}  F1 {f1:.1f}  ({r['strict']} matches)")
    print(f"cqe-loop (no unit removal, upper bound)\tP {lp:.1f}  R {lr:.1f}  F1 {lf:.1f}  ({r['loop']} matches)")

    own = evaluate(data, PIPELINE_KINDS)
    op, orc, of1 = prf(own["strict"], own["n_gold"], own["n_pred"])
    print(
        f"pipeline kinds only (count, share, money)\tP {op:.1f}  R {orc:.1f}  F1 {of1:.1f}"
        f"  ({own['n_pred']} predictions; recall against all {own['n_gold']} gold quantities,"
        " dimensions, ages and durations included)"
    )

    pub = published(args.data.with_name("published_scores_NewsQuant.tsv"))
    for system in ("CQE-Numparser", "quantulum3"):
        if system in pub:
            pp, pr, pf = pub[system]
            print(f"published {system}\tP {pp:.1f}  R {pr:.1f}  F1 {pf:.1f}\t(ours {f1 - pf:+.1f} F1)")
    for text, gold, pred in r["misses"][: args.show_misses]:
        print(f"- {text}\n    gold {gold}\n    ours {pred}")
    cqe = pub.get("CQE-Numparser", (math.nan,) * 3)[2]
    q3 = pub.get("quantulum3", (math.nan,) * 3)[2]
    print(f"NEWSQUANT value P={p:.1f} R={rc:.1f} F1={f1:.1f} cqe_loop_F1={lf:.1f} CQE_F1={cqe:.1f} quantulum3_F1={q3:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
