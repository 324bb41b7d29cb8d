"""HTML view of a ``counterpoint.report/1`` dict: one self-contained page.

:func:`render_html` turns the report dict (the single source of truth, STYLE habit 10) into one
HTML file with inline CSS and JS and no external URL, so it works opened from disk. The page
shows the articles side by side with every evidence span highlighted, the findings grouped by
relation, an entity table (labels per article), a figures table, a schematic map of the located
places and a timeline of dated events.

The work is split in two: this module builds a plain *view model* (dicts, lists, strings; no
markup) from the report, and the Jinja2 templates in ``templates/`` (autoescaped) turn it into
HTML. Everything taken from the report is untrusted text and reaches the page only through
autoescaping; the inline script reads no report data. Ids taken from the report are used in
``id``/``data-*`` attributes only when they are plain tokens (otherwise a safe stand-in is made).

The view is forgiving: missing or malformed parts of the report render a short "none" note
or are skipped, never raise; only a report that is not a dict is an error.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import jinja2

from ..errors import ReportInvariantError

__all__ = ["RELATIONS", "render_html"]

#: The five relations, most important first: a text segment covered by several findings takes
#: the colour of the most important one, and the findings panel lists them in this order.
RELATIONS: tuple[str, ...] = ("contradict", "dispute", "agree", "omission", "framing")

_RELATION_INFO: dict[str, dict[str, str]] = {
    "contradict": {"label": "Contradict", "icon": "✕", "line": "solid thick underline",
                   "help": "the versions cannot both be true"},
    "dispute": {"label": "Dispute", "icon": "⚑", "line": "wavy underline",
                "help": "one article rejects or questions another source's claim"},
    "agree": {"label": "Agree", "icon": "✓", "line": "double underline",
              "help": "compatible versions of the same fact"},
    "omission": {"label": "Omission", "icon": "∅", "line": "dotted underline",
                 "help": "reported by some articles, absent from others"},
    "framing": {"label": "Framing", "icon": "❝", "line": "dashed underline",
                "help": "the same referent named with differently loaded labels"},
    "other": {"label": "Other", "icon": "•", "line": "plain underline",
              "help": "a relation this view does not know"},
}  # fmt: skip

_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_PARA_SEP = re.compile(r"\n[^\S\n]*\n\s*")
_SNIPPET = 180
_MAP_W, _MAP_H, _MAP_PAD = 640, 380, 48
#: ring radius by how precisely a place is located (ACLED-style geo precision levels)
_RING = {"place": 5, "admin2": 8, "admin1": 11, "country": 17}


def render_html(report: Mapping[str, Any]) -> str:
    """Render a ``counterpoint.report/1`` dict as one self-contained HTML page.

    Deterministic: the same dict gives the same string. Raises ``ReportInvariantError`` only
    when ``report`` is not a mapping; malformed parts are skipped or shown as "none".
    """
    if not isinstance(report, Mapping):
        raise ReportInvariantError(
            f"render_html needs a report dict, got {type(report).__name__}",
            "pass the dict that report.build returns (or json.load of a report file)",
        )
    return template_environment("counterpoint.report", keep_trailing_newline=True).get_template(
        "report.html.j2").render(view=build_view(report))


@lru_cache(maxsize=4)
def template_environment(package: str, *, keep_trailing_newline: bool = False) -> jinja2.Environment:
    """The Jinja environment for a package's ``templates`` folder: autoescaped, strict about
    undefined names, block whitespace trimmed (the report and the web app share it)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )


# --------------------------------------------------------------------------- view model


def build_view(report: Mapping[str, Any]) -> dict[str, Any]:
    """The plain data the template renders (exposed for tests and other views)."""
    articles = _articles(report)
    by_article = {a["rid"]: a for a in articles}
    entities = _records(report.get("entities"))
    entity_names = {str(e.get("id")): _text(e.get("name")) or str(e.get("id")) for e in entities}
    claims = _records(report.get("claims"))
    claims_by_id = {str(c.get("id")): c for c in claims}
    findings = _findings(report, by_article)
    _attach_segments(articles, findings)
    counts = {rel: sum(1 for f in findings if f["relation"] == rel) for rel in (*RELATIONS, "other")}
    return {
        "schema": _text(report.get("schema")) or "unknown schema",
        "articles": articles,
        "columns": max(1, min(len(articles), 4)),
        "legend": [{"relation": r, **_RELATION_INFO[r], "count": counts[r]} for r in RELATIONS],
        "groups": _groups(findings),
        "finding_count": len(findings),
        "entities": _entity_rows(entities, articles),
        "figures": _figure_rows(report, by_article, claims_by_id, entity_names),
        "map": _map(entities),
        "timeline": _timeline(articles, claims, entity_names),
    }


def _records(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list | tuple):
        return []
    return [r for r in value if isinstance(r, Mapping)]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _finite(value: Any) -> float | None:
    """A finite number as float, else None (bools are not numbers here)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dom_ids(raw_ids: Iterable[Any], prefix: str) -> list[str]:
    """Ids safe for HTML attributes and unique: the report's own where it is a plain token."""
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_ids, 1):
        rid = str(raw) if raw is not None else ""
        dom = rid if _TOKEN.match(rid) and rid not in seen else f"{prefix}{i}"
        while dom in seen:
            dom += "_"
        seen.add(dom)
        out.append(dom)
    return out


def _articles(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    records = _records(report.get("articles"))
    doms = _dom_ids((r.get("id") for r in records), "article")
    out = []
    for i, (rec, dom) in enumerate(zip(records, doms, strict=True)):
        url = _text(rec.get("url"))
        out.append({
            "rid": str(rec.get("id")), "dom": dom, "index": i,
            "source": _text(rec.get("source")), "label": _text(rec.get("source")) or dom,
            "date": _text(rec.get("date")), "title": _text(rec.get("title")),
            "path": _text(rec.get("path")), "url": url,
            "link": url if url.lower().startswith(("http://", "https://")) else "",
            "text": _text(rec.get("text")),
            "paragraphs": [],
        })  # fmt: skip
    return out


def _findings(report: Mapping[str, Any], by_article: Mapping[str, dict[str, Any]]) -> list[dict[str, Any]]:
    records = _records(report.get("findings"))
    doms = _dom_ids((r.get("id") for r in records), "finding")
    label_by_dom = {a["dom"]: a["label"] for a in by_article.values()}
    out = []
    for rec, dom in zip(records, doms, strict=True):
        relation = rec.get("relation")
        relation = relation if relation in RELATIONS else "other"
        spans: list[dict[str, Any]] = []
        per_article: dict[str, int] = {}
        for ev in _records(rec.get("evidence")):
            art = by_article.get(str(ev.get("article")))
            start, end = _int(ev.get("start")), _int(ev.get("end"))
            if art is None or start is None or end is None or not 0 <= start < end <= len(art["text"]):
                continue
            k = per_article.get(art["dom"], 0)
            per_article[art["dom"]] = k + 1
            spans.append(
                {"article": art["dom"], "start": start, "end": end, "k": k, "id": f"{dom}-{art['dom']}-{k}"}
            )
        shown = [by_article[a] for a in by_article if by_article[a]["dom"] in per_article]
        missing = [str(m) for m in rec.get("missing_from") or () if isinstance(m, str | int)]
        confidence = _finite(rec.get("confidence"))
        percent = None if confidence is None else math.floor(min(max(confidence, 0.0), 1.0) * 100 + 0.5)
        out.append({
            "dom": dom, "relation": relation, **_RELATION_INFO[relation],
            "explanation": _text(rec.get("explanation")) or "(no explanation given)",
            "sources": [a["label"] for a in shown],
            "missing": [by_article[m]["label"] if m in by_article else m for m in missing],
            "confidence": percent, "spans": spans,
            "jumps": [{"href": s["id"], "label": label_by_dom[s["article"]] + (f" #{s['k'] + 1}" if s["k"] else "")}
                      for s in spans],
        })  # fmt: skip
    return out


def _groups(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups = []
    for rel in (*RELATIONS, "other"):
        items = [f for f in findings if f["relation"] == rel]
        if items or rel != "other":
            groups.append({"relation": rel, **_RELATION_INFO[rel], "items": items})
    return groups


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs between blank lines, outer white space trimmed."""
    cuts = [0]
    for m in _PARA_SEP.finditer(text):
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    out = []
    for s, e in zip(cuts[::2], cuts[1::2], strict=True):
        chunk = text[s:e]
        s2 = s + (len(chunk) - len(chunk.lstrip()))
        e2 = e - (len(chunk) - len(chunk.rstrip()))
        if s2 < e2:
            out.append((s2, e2))
    return out


def _attach_segments(articles: list[dict[str, Any]], findings: list[dict[str, Any]]) -> None:
    """Cut each article into non-overlapping segments at every span boundary and paragraph."""
    rank = {rel: i for i, rel in enumerate((*RELATIONS, "other"))}
    # most important relation first, then report order: the first covering span styles a segment
    ranked = sorted(enumerate(findings), key=lambda nf: (rank[nf[1]["relation"]], nf[0]))
    for art in articles:
        spans = [(s, f) for _, f in ranked for s in f["spans"] if s["article"] == art["dom"]]
        text = art["text"]
        started: set[str] = set()
        for ps, pe in _paragraphs(text):
            local = [(s, f) for s, f in spans if s["start"] < pe and s["end"] > ps]
            bounds = {ps, pe}
            for s, _ in local:
                bounds.update(b for b in (s["start"], s["end"]) if ps < b < pe)
            cuts = sorted(bounds)
            segments = []
            for a, b in itertools.pairwise(cuts):
                cover = [(s, f) for s, f in local if s["start"] < b and s["end"] > a]
                if not cover:
                    segments.append({"text": text[a:b], "marks": False})
                    continue
                top = cover[0][1]
                first = [(s, f) for s, f in cover if s["id"] not in started]
                starting = [s["id"] for s, _ in first]
                started.update(starting)
                fids = list(dict.fromkeys(f["dom"] for _, f in cover))
                titles = list(dict.fromkeys(f"{f['label']}: {f['explanation']}" for _, f in cover))
                segments.append({
                    "text": text[a:b], "marks": True, "relation": top["relation"],
                    "finding": top["dom"], "findings": " ".join(fids),
                    "spans": " ".join(s["id"] for s, _ in cover),
                    "id": starting[0] if starting else "", "anchors": starting[1:],
                    "start": bool(starting), "multi": len(fids) > 1,
                    "icon": first[0][1]["icon"] if first else "", "title": "\n".join(titles),
                })  # fmt: skip
            art["paragraphs"].append(segments)


def _entity_rows(entities: list[Mapping[str, Any]], articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for ent in entities:
        forms: dict[str, list[str]] = {}
        for m in _records(ent.get("mentions")):
            forms.setdefault(str(m.get("article")), [])
            t = _text(m.get("text"))
            if t and t not in forms[str(m.get("article"))]:
                forms[str(m.get("article"))].append(t)
        present = [a for a in articles if a["rid"] in forms]
        if len(present) < 2:
            continue
        labels = ent.get("labels") if isinstance(ent.get("labels"), Mapping) else {}
        cells = []
        for art in articles:
            raw = labels.get(art["rid"]) if isinstance(labels, Mapping) else None
            lab = [x for x in raw if isinstance(x, str)] if isinstance(raw, list | tuple) else []
            cells.append({"labels": lab, "forms": forms.get(art["rid"], [])})
        rows.append(
            {
                "name": _text(ent.get("name")) or str(ent.get("id")),
                "kind": _text(ent.get("kind")) or "other",
                "cells": cells,
            }
        )
    return rows


def _number(value: Any, open_mark: str) -> str:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return open_mark
    if isinstance(value, float) and not math.isfinite(value):
        return "∞" if value > 0 else "−∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1 else f"{value:.4g}"


def _figure_rows(
    report: Mapping[str, Any],
    by_article: Mapping[str, dict[str, Any]],
    claims_by_id: Mapping[str, Mapping[str, Any]],
    entity_names: Mapping[str, str],
) -> list[dict[str, Any]]:
    order = {rid: a["index"] for rid, a in by_article.items()}
    rows = []
    for i, q in enumerate(_records(report.get("quantities"))):
        art = by_article.get(str(q.get("article")))
        claim = claims_by_id.get(str(q.get("claim"))) if q.get("claim") is not None else None
        speaker = claim.get("speaker") if claim else None
        rows.append({
            "sort": (order.get(str(q.get("article")), len(order)), _int(q.get("start")) or 0, i),
            "article": art["label"] if art else str(q.get("article")),
            "text": _text(q.get("text")), "what": _text(q.get("what")),
            "low": _number(q.get("low"), "—"), "high": _number(q.get("high"), "∞"),
            "approx": q.get("approx") is True,
            "speaker": entity_names.get(str(speaker), str(speaker)) if speaker is not None else "",
        })  # fmt: skip
    rows.sort(key=lambda r: r["sort"])
    return rows


def _map(entities: list[Mapping[str, Any]]) -> dict[str, Any]:
    points: list[dict[str, Any]] = []
    unlocated: list[str] = []
    for ent in entities:
        geo = ent.get("geo")
        name = _text(ent.get("name")) or str(ent.get("id"))
        if not isinstance(geo, Mapping):
            geo = {}
        lat, lon = _finite(geo.get("lat")), _finite(geo.get("lon"))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            if ent.get("kind") == "place":
                unlocated.append(name)
            continue
        precision = geo.get("precision")
        precision = precision if precision in _RING else "place"
        points.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "precision": precision,
                "admin1": _text(geo.get("admin1")),
                "country": _text(geo.get("country")),
            }
        )
    if not points:
        return {"points": [], "unlocated": unlocated}
    lats, lons = [p["lat"] for p in points], [p["lon"] for p in points]
    mid_lat = (min(lats) + max(lats)) / 2
    kx = max(math.cos(math.radians(mid_lat)), 0.2)  # equirectangular with a standard parallel
    span_x = max((max(lons) - min(lons)) * kx, 0.5)
    span_y = max(max(lats) - min(lats), 0.5)
    scale = min((_MAP_W - 2 * _MAP_PAD) / span_x, (_MAP_H - 2 * _MAP_PAD) / span_y)
    cx, cy = (max(lons) + min(lons)) / 2, mid_lat
    for p in sorted(points, key=lambda p: (-p["lat"], p["lon"], p["name"])):
        x = _MAP_W / 2 + (p["lon"] - cx) * kx * scale
        y = _MAP_H / 2 - (p["lat"] - cy) * scale
        p.update(
            x=f"{x:.1f}",
            y=f"{y:.1f}",
            r=_RING[p["precision"]],
            anchor="end" if x > _MAP_W * 0.7 else "start",
            lx=f"{x + (-9 if x > _MAP_W * 0.7 else 9):.1f}",
            ly=f"{y + 4:.1f}",
            coords=f"{p['lat']:.3f}, {p['lon']:.3f}",
        )
    half_x, half_y = (_MAP_W / 2) / (kx * scale), (_MAP_H / 2) / scale
    return {
        "points": sorted(points, key=lambda p: (-p["lat"], p["lon"], p["name"])),
        "unlocated": unlocated, "width": _MAP_W, "height": _MAP_H,
        "north": f"{cy + half_y:.2f}°", "south": f"{cy - half_y:.2f}°",
        "west": f"{cx - half_x:.2f}°", "east": f"{cx + half_x:.2f}°",
    }  # fmt: skip


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1].rstrip() + "…"


def _timeline(
    articles: list[dict[str, Any]], claims: list[Mapping[str, Any]], entity_names: Mapping[str, str]
) -> dict[str, Any]:
    by_rid = {a["rid"]: a for a in articles}
    items: list[dict[str, Any]] = []
    undated = 0
    for art in articles:
        if art["date"]:
            items.append(
                {
                    "date": art["date"],
                    "kind": "published",
                    "type": "published",
                    "source": art["label"],
                    "place": "",
                    "text": art["title"] or "(untitled)",
                    "sort": (art["date"], 1, art["index"], ""),
                }
            )
    for i, claim in enumerate(claims):
        event = claim.get("event")
        if not isinstance(event, Mapping):
            continue
        date = event.get("date")
        if not isinstance(date, str) or not date:
            undated += 1
            continue
        owner = by_rid.get(str(claim.get("article")))
        place = event.get("place")
        items.append({
            "date": date, "kind": "event", "type": _text(event.get("type")) or "event",
            "source": owner["label"] if owner else str(claim.get("article")),
            "place": entity_names.get(str(place), "") if place is not None else "",
            "text": _snippet(_text(claim.get("text"))),
            "sort": (date, 0, owner["index"] if owner else len(articles), f"{i:06d}"),
        })  # fmt: skip
    items.sort(key=lambda it: it["sort"])
    return {"items": items, "undated": undated}
