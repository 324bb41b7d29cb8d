"""CSV view of the report dict: findings, quantities and entities tables (STYLE habit 10).

Lists inside a cell are joined with ``|`` (``a1:10-40|a2:5-30``); entity labels are
``a1=terrorists;militants|a2=rebels``. Empty cells mean null. Files are UTF-8 with ``\\r\\n``
row ends (the csv module's default dialect), written with ``newline=''``.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

FINDINGS_COLUMNS = ("id", "relation", "confidence", "explanation", "evidence", "missing_from", "claims", "entities")
QUANTITIES_COLUMNS = (
    "id", "article", "source", "text", "low", "high", "approx", "what",
    "role", "category", "kind", "claim", "speaker",
)  # fmt: skip
ENTITIES_COLUMNS = ("id", "kind", "name", "mention_count", "articles", "labels", "lat", "lon", "precision")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    return path


def _findings(report: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
    for f in report.get("findings", []):
        evidence = "|".join(f"{e['article']}:{e['start']}-{e['end']}" for e in f.get("evidence", []))
        yield (
            f["id"],
            f["relation"],
            f"{f['confidence']:.2f}",
            f["explanation"],
            evidence,
            "|".join(f.get("missing_from") or []),
            "|".join(f.get("claims") or []),
            "|".join(f.get("entities") or []),
        )


def _quantities(report: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
    sources = {a["id"]: a.get("source") for a in report.get("articles", [])}
    names = {e["id"]: e["name"] for e in report.get("entities", [])}
    speakers = {c["id"]: c.get("speaker") for c in report.get("claims", [])}
    for q in report.get("quantities", []):
        speaker = speakers.get(q["claim"]) if q.get("claim") else None
        yield (
            q["id"],
            q["article"],
            sources.get(q["article"]),
            q["text"],
            q.get("low"),
            q.get("high"),
            q.get("approx"),
            q.get("what"),
            q.get("role"),
            q.get("category"),
            q.get("kind"),
            q.get("claim"),
            names.get(speaker, speaker) if speaker else None,
        )


def _entities(report: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
    for e in report.get("entities", []):
        mentions = e.get("mentions", [])
        articles = list(dict.fromkeys(m["article"] for m in mentions))
        labels = "|".join(f"{a}={';'.join(ls)}" for a, ls in (e.get("labels") or {}).items() if ls)
        geo = e.get("geo") or {}
        yield (
            e["id"],
            e["kind"],
            e["name"],
            len(mentions),
            "|".join(articles),
            labels,
            geo.get("lat"),
            geo.get("lon"),
            geo.get("precision"),
        )


def write_csv(report: Mapping[str, Any], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write findings.csv, quantities.csv and entities.csv into ``out_dir`` (created); their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [
        _write(out / "findings.csv", FINDINGS_COLUMNS, _findings(report)),
        _write(out / "quantities.csv", QUANTITIES_COLUMNS, _quantities(report)),
        _write(out / "entities.csv", ENTITIES_COLUMNS, _entities(report)),
    ]
