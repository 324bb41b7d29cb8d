"""Markdown view of the report dict (STYLE habit 10: a view, never a second source of truth)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..records import RELATIONS

_HEADINGS = {
    "contradict": "Contradictions",
    "dispute": "Disputes",
    "agree": "Agreements",
    "omission": "Omissions",
    "framing": "Framing",
}

# Characters that can start emphasis, code, links or inline HTML anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_NEWLINES = re.compile(r"\s*(?:\r\n|\r|\n|\u2028|\u2029|\x85)\s*")
_SENTENCE_END = ".!?\"'”’»)"
_MAX_QUOTE = 400


def escape_inline(text: str) -> str:
    """``text`` as literal Markdown on one line: significant characters backslash-escaped."""
    return _INLINE.sub(r"\\\1", _NEWLINES.sub(" ", text))


def escape_cell(value: Any) -> str:
    """A table cell: ``|`` and newlines cannot break the row; None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return escape_inline(str(value))


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(escape_cell(v) for v in row) + " |" for row in rows]
    return lines


def _source(article: Mapping[str, Any]) -> str:
    """How a reader knows the article: its source, else its file name, else its id."""
    if article.get("source"):
        return str(article["source"])
    path = article.get("path")
    if path:
        return str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return str(article["id"])


def _quote(text: str, body: str, start: int, end: int) -> str:
    """The evidence text in curly quotes, with … where it starts or stops mid-sentence."""
    snippet = _NEWLINES.sub(" ", text).strip()
    cut = len(snippet) > _MAX_QUOTE
    if cut:
        snippet = snippet[: _MAX_QUOTE - 1].rstrip()
    before = body[:start].rstrip()
    lead = "…" if before and before[-1] not in _SENTENCE_END and "\n" not in body[len(before) : start] else ""
    after = body[end:]
    mid_line = bool(after.strip()) and not after.lstrip(" \t").startswith(("\n", "\r"))
    tail = "…" if cut or (mid_line and snippet and snippet[-1] not in _SENTENCE_END) else ""
    return f"“{lead}{escape_inline(snippet)}{tail}”"


def _findings(report: Mapping[str, Any], by_id: Mapping[str, Mapping[str, Any]]) -> list[str]:
    out = ["## Findings", ""]
    findings = report.get("findings", [])
    if not findings:
        return [*out, "No findings.", ""]
    for relation in RELATIONS:
        group = [f for f in findings if f["relation"] == relation]
        if not group:
            continue
        out += [f"### {_HEADINGS[relation]} ({len(group)})", ""]
        for f in group:
            out.append(f"**{escape_inline(f['id'])}** {escape_inline(f['explanation'])}")
            out.append(f"*confidence {f['confidence']:.2f}*")
            out.append("")
            for ev in f.get("evidence", []):
                article = by_id.get(ev["article"], {"id": ev["article"]})
                body = article.get("text", "")
                text = ev.get("text")
                if text is None:
                    text = body[ev["start"] : ev["end"]]
                source = escape_inline(_source(article))
                out.append(f"> [{source}] {_quote(text, body, ev['start'], ev['end'])}")
                out.append(">")
            if out[-1] == ">":
                out[-1] = ""
            missing = f.get("missing_from") or []
            if relation == "omission" and missing:
                names = ", ".join(
                    f"{escape_inline(_source(by_id.get(a, {'id': a})))} ({escape_inline(a)})" for a in missing
                )
                out += [f"Missing from: {names}", ""]
    return out


def _figures(report: Mapping[str, Any], by_id: Mapping[str, Mapping[str, Any]]) -> list[str]:
    out = ["## Figures", ""]
    quantities = report.get("quantities", [])
    if not quantities:
        return [*out, "No figures.", ""]
    rows = [
        (
            q["id"],
            _source(by_id.get(q["article"], {"id": q["article"]})),
            q["text"],
            q.get("low"),
            q.get("high"),
            q.get("approx"),
            q.get("what"),
            q.get("claim"),
        )
        for q in quantities
    ]
    return [*out, *_table(("id", "source", "text", "low", "high", "approx", "what", "claim"), rows), ""]


def _entities(report: Mapping[str, Any]) -> list[str]:
    out = ["## Entities", ""]
    entities = report.get("entities", [])
    if not entities:
        return [*out, "No entities.", ""]
    rows = []
    for e in entities:
        counts: dict[str, int] = {}
        for m in e.get("mentions", []):
            counts[m["article"]] = counts.get(m["article"], 0) + 1
        mentions = ", ".join(f"{a}: {n}" for a, n in counts.items())
        labels = "; ".join(f"{a}: {', '.join(ls)}" for a, ls in (e.get("labels") or {}).items() if ls)
        rows.append((e["name"], e["kind"], mentions, labels))
    return [*out, *_table(("name", "kind", "mentions", "labels"), rows), ""]


def render_markdown(report: Mapping[str, Any]) -> str:
    """The report as one Markdown document: articles, findings by relation, figures, entities."""
    articles = report.get("articles", [])
    by_id = {a["id"]: a for a in articles}
    findings = report.get("findings", [])
    out = [
        "# counterpoint report",
        "",
        (
            f"{len(articles)} article{'s' if len(articles) != 1 else ''}, "
            f"{len(findings)} finding{'s' if len(findings) != 1 else ''}."
        ),
        "",
        "## Articles",
        "",
        *_table(
            ("id", "source", "date", "title"),
            ((a["id"], a.get("source"), a.get("date"), a.get("title")) for a in articles),
        ),
        "",
    ]
    out += _findings(report, by_id)
    out += _figures(report, by_id)
    out += _entities(report)
    warnings = report.get("warnings") or []
    if warnings:
        out += ["## Warnings", "", *(f"- {escape_inline(w)}" for w in warnings), ""]
    return "\n".join(out).rstrip("\n") + "\n"
