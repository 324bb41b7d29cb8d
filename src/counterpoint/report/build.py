"""Records -> the ``counterpoint.report/1`` dict, with its spans and references checked.

STYLE habit 2: every span in the report must satisfy ``articles[i].text[start:end] == text``.
A mismatch is a bug upstream, so :func:`build_report` raises ``ReportInvariantError`` naming the
record and the article rather than repairing it. STYLE habit 10: the dict is the single source
of truth for every view, and it is deterministic (ids and order as the records give them, no
wall-clock fields).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ReportInvariantError
from ..records import Analysis, Article, Claim, Entity, Event, Finding, Geo, Quantity

SCHEMA_ID = "counterpoint.report/1"

_SPAN_HINT = "a stage produced offsets that do not point at its text; this is a bug, please report it"
_REF_HINT = "a stage referred to a record that is not in the report; this is a bug, please report it"


def _number(value: float | None) -> int | float | None:
    """Bounds that are whole floats become ints (``350.0`` -> ``350``); None stays None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _Checker:
    """Span and reference checks against the articles of one report."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.texts: dict[str, str] = {}
        for article in articles:
            if article.id in self.texts:
                raise ReportInvariantError(f"article id {article.id!r} is used twice", _REF_HINT)
            self.texts[article.id] = article.text

    def article(self, owner: str, article: str) -> str:
        try:
            return self.texts[article]
        except KeyError:
            raise ReportInvariantError(f"{owner}: refers to unknown article {article!r}", _REF_HINT) from None

    def span(self, owner: str, article: str, start: int, end: int, text: str | None) -> str:
        """The text at ``article[start:end]``; checks it equals ``text`` when one is given."""
        body = self.article(owner, article)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(body)):
            raise ReportInvariantError(
                f"{owner}: span {start}-{end} is outside article {article} (length {len(body)})", _SPAN_HINT
            )
        found = body[start:end]
        if text is not None and found != text:
            raise ReportInvariantError(
                f"{owner}: text {text!r} does not match article {article}[{start}:{end}] = {found!r}",
                _SPAN_HINT,
            )
        return found


def _unique(kind: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for rid in ids:
        if rid in seen:
            raise ReportInvariantError(f"{kind} id {rid!r} is used twice", _REF_HINT)
        seen.add(rid)
    return seen


def _refs(owner: str, what: str, ids: Iterable[str | None], known: set[str]) -> None:
    for rid in ids:
        if rid is not None and rid not in known:
            raise ReportInvariantError(f"{owner}: refers to unknown {what} {rid!r}", _REF_HINT)


def _article(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "source": article.source,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "text": article.text,
    }
    if article.duplicates:
        out["duplicates"] = list(article.duplicates)
    return out


def _geo(geo: Geo | None) -> dict[str, Any] | None:
    if geo is None:
        return None
    return {
        "lat": geo.lat,
        "lon": geo.lon,
        "gazetteer_id": geo.gazetteer_id,
        "admin1": geo.admin1,
        "country": geo.country,
        "precision": geo.precision,
    }


def _entity(entity: Entity, check: _Checker) -> dict[str, Any]:
    owner = f"entity {entity.id}"
    mentions = []
    for m in entity.mentions:
        check.span(owner, m.article, m.start, m.end, m.text)
        mentions.append({"article": m.article, "start": m.start, "end": m.end, "text": m.text})
    labels: dict[str, list[str]] = {}
    for article, names in entity.labels:
        check.article(owner, article)
        labels[article] = list(names)
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "mentions": mentions,
        "geo": _geo(entity.geo),
        "labels": labels,
        "side": entity.side,
    }


def _event(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    return {
        "type": event.type,
        "actors": list(event.actors),
        "targets": list(event.targets),
        "place": event.place,
        "date": event.date,
        "polarity": event.polarity,
    }


def _claim(claim: Claim, check: _Checker, entities: set[str]) -> dict[str, Any]:
    owner = f"claim {claim.id}"
    check.span(owner, claim.article, claim.start, claim.end, claim.text)
    _refs(owner, "speaker entity", [claim.speaker], entities)
    if claim.event is not None:
        ev = claim.event
        _refs(owner, "event entity", [*ev.actors, *ev.targets, ev.place], entities)
    return {
        "id": claim.id,
        "article": claim.article,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "speaker": claim.speaker,
        "stance": claim.stance,
        "event": _event(claim.event),
        "speaker_text": claim.speaker_text,
        "cue": claim.cue,
        "scope": claim.scope,
    }


def _quantity(q: Quantity, check: _Checker, claims: set[str]) -> dict[str, Any]:
    owner = f"quantity {q.id}"
    check.span(owner, q.article, q.start, q.end, q.text)
    _refs(owner, "claim", [q.claim], claims)
    if q.low is not None and q.high is not None and q.low > q.high:
        raise ReportInvariantError(f"{owner}: low bound {q.low} is above high bound {q.high}", _SPAN_HINT)
    return {
        "id": q.id,
        "article": q.article,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "low": _number(q.low),
        "high": _number(q.high),
        "approx": q.approx,
        "what": q.what or (q.kind if q.kind in ("measure", "duration") else None),  # a size counts nothing
        "claim": q.claim,
        "kind": q.kind,
        "role": q.role,
        "category": q.category,
    }


def _finding(f: Finding, check: _Checker, known: Mapping[str, set[str]]) -> dict[str, Any]:
    owner = f"finding {f.id}"
    evidence = []
    for ev in f.evidence:
        text = check.span(owner, ev.article, ev.start, ev.end, None)
        evidence.append({"article": ev.article, "start": ev.start, "end": ev.end, "text": text})
    _refs(owner, "article", f.missing_from, known["articles"])
    _refs(owner, "claim", f.claims, known["claims"])
    _refs(owner, "entity", f.entities, known["entities"])
    _refs(owner, "quantity", f.quantities, known["quantities"])
    return {
        "id": f.id,
        "relation": f.relation,
        "evidence": evidence,
        "missing_from": list(f.missing_from),
        "claims": list(f.claims),
        "entities": list(f.entities),
        "quantities": list(f.quantities),
        "explanation": f.explanation,
        "confidence": round(float(f.confidence), 2),
    }


def build_report(analysis: Analysis) -> dict[str, Any]:
    """The ``counterpoint.report/1`` dict for ``analysis``, every span and reference checked.

    Raises ``ReportInvariantError`` naming the record and article when a span's text does not
    match its offsets, or when a record refers to an id that is not in the report.
    """
    check = _Checker(analysis.articles)
    known = {
        "articles": set(check.texts),
        "entities": _unique("entity", (e.id for e in analysis.entities)),
        "claims": _unique("claim", (c.id for c in analysis.claims)),
        "quantities": _unique("quantity", (q.id for q in analysis.quantities)),
    }
    _unique("finding", (f.id for f in analysis.findings))
    report: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "articles": [_article(a) for a in analysis.articles],
        "entities": [_entity(e, check) for e in analysis.entities],
        "claims": [_claim(c, check, known["entities"]) for c in analysis.claims],
        "quantities": [_quantity(q, check, known["claims"]) for q in analysis.quantities],
        "findings": [_finding(f, check, known) for f in analysis.findings],
        "warnings": list(analysis.warnings),
    }
    return report


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The packaged JSON Schema (draft 2020-12) of ``counterpoint.report/1``."""
    text = resources.files("counterpoint.report").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_report(report: Mapping[str, Any]) -> None:
    """Check ``report`` against the packaged schema; ``ReportInvariantError`` names the first bad path."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(load_schema())
    error = best_match(validator.iter_errors(report))
    if error is None:
        return
    path = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    message = error.message if len(error.message) <= 200 else error.message[:199] + "…"
    raise ReportInvariantError(
        f"report does not match schema {SCHEMA_ID} at {path}: {message}",
        "the report was built wrongly; this is a bug, please report it",
    )
