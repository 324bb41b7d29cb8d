"""The HTML view (`counterpoint.report.html.render_html`): structure, escaping, self-containment.

Reports are built by hand here (no spaCy model): `make_report()` gives a valid
`counterpoint.report/1` dict with two articles, entities with and without geo, claims with and
without events, quantities and one finding of each relation. The output is checked by parsing it
with the stdlib `html.parser`, not by string matching alone.
"""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from counterpoint.errors import ReportInvariantError
from counterpoint.report.html import RELATIONS, render_html

# --------------------------------------------------------------------------- a tiny DOM

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Any:
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.classes)
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag} class={cls} {attrs}>"
        return found[0]

    def ancestors(self) -> list[Node]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.all_attrs: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.cur)
        self.all_attrs.append((tag, dict(attrs)))
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.all_attrs.append((tag, dict(attrs)))
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.cur
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        self.cur = node.parent

    def handle_data(self, data: str) -> None:
        self.cur.children.append(data)


def parse(html: str) -> TreeBuilder:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder


# --------------------------------------------------------------------------- a hand-built report

A1 = (
    "ARDAN, March 14 - Government troops repelled an attack on Tell Harun on Wednesday, "
    "killing up to 120 militants, General Adil Nasrawi said.\n\n"
    "At least 14 civilians were killed, a U.N. official said. More than 5,000 people fled.\n\n"
    "Rebels dismissed the drone claim as fabricated."
)
A2 = (
    "ARDAN, March 14 - Terrorists attacked Tal Haroun on Wednesday. "
    "The army killed up to 120 terrorists, Nasrawi said.\n\n"
    "Nine civilians were killed, according to the health directorate.\n\n"
    "The ministry said the terrorists used chlorine drones."
)


def at(text: str, article: str, needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"article": article, "start": start, "end": start + len(needle), "text": needle}


def ev(text: str, article: str, needle: str, nth: int = 0) -> dict[str, Any]:
    span = at(text, article, needle, nth)
    return {"article": article, "start": span["start"], "end": span["end"]}


def make_report() -> dict[str, Any]:
    return {
        "schema": "counterpoint.report/1",
        "articles": [
            {
                "id": "a1",
                "path": "in/wire.txt",
                "source": "Northern Wire",
                "date": "2024-03-14",
                "title": "Army repels attack on Tell Harun",
                "url": None,
                "text": A1,
            },
            {
                "id": "a2",
                "path": "in/sna.txt",
                "source": "State News Agency",
                "date": "2024-03-14",
                "title": "Terrorist attack on Tal Haroun foiled",
                "url": None,
                "text": A2,
            },
        ],
        "entities": [
            {
                "id": "e1",
                "kind": "place",
                "name": "Tell Harun",
                "mentions": [at(A1, "a1", "Tell Harun"), at(A2, "a2", "Tal Haroun")],
                "geo": {
                    "lat": 36.21,
                    "lon": 37.13,
                    "gazetteer_id": "test:1",
                    "admin1": "Sarvan",
                    "country": "XX",
                    "precision": "place",
                },
                "labels": {},
            },
            {
                "id": "e2",
                "kind": "person",
                "name": "Adil Nasrawi",
                "mentions": [at(A1, "a1", "General Adil Nasrawi"), at(A2, "a2", "Nasrawi")],
                "geo": None,
                "labels": {},
            },
            {
                "id": "e3",
                "kind": "actor",
                "name": "Sarvan Liberation Front",
                "mentions": [
                    at(A1, "a1", "militants"),
                    at(A1, "a1", "Rebels"),
                    at(A2, "a2", "Terrorists"),
                    at(A2, "a2", "terrorists"),
                ],
                "geo": None,
                "labels": {"a1": ["militants", "rebels"], "a2": ["terrorists"]},
            },
            {
                "id": "e4",
                "kind": "place",
                "name": "Ardan",
                "mentions": [at(A1, "a1", "ARDAN"), at(A2, "a2", "ARDAN")],
                "geo": {
                    "lat": 35.52,
                    "lon": 36.40,
                    "gazetteer_id": "test:2",
                    "admin1": "Capital",
                    "country": "XX",
                    "precision": "admin1",
                },
                "labels": {},
            },
            {
                "id": "e5",
                "kind": "organization",
                "name": "United Nations",
                "mentions": [at(A1, "a1", "U.N.")],
                "geo": None,
                "labels": {},
            },
        ],
        "claims": [
            {
                **at(
                    A1,
                    "a1",
                    "Government troops repelled an attack on Tell Harun on Wednesday, "
                    "killing up to 120 militants, General Adil Nasrawi said.",
                ),
                "id": "c1",
                "speaker": "e2",
                "stance": "attributed",
                "event": {
                    "type": "attack_repelled",
                    "actors": [],
                    "targets": ["e3"],
                    "place": "e1",
                    "date": "2024-03-13",
                },
            },
            {
                **at(A1, "a1", "At least 14 civilians were killed, a U.N. official said."),
                "id": "c2",
                "speaker": "e5",
                "stance": "attributed",
                "event": None,
            },
            {
                **at(A2, "a2", "Terrorists attacked Tal Haroun on Wednesday."),
                "id": "c3",
                "speaker": None,
                "stance": "asserted",
                "event": {
                    "type": "armed_clash",
                    "actors": ["e3"],
                    "targets": [],
                    "place": "e1",
                    "date": "2024-03-13",
                },
            },
            {
                **at(A2, "a2", "The army killed up to 120 terrorists, Nasrawi said."),
                "id": "c4",
                "speaker": "e2",
                "stance": "attributed",
                "event": {"type": "shelling", "actors": [], "targets": [], "place": None, "date": None},
            },
        ],
        "quantities": [
            {
                **at(A1, "a1", "up to 120 militants"),
                "id": "q1",
                "low": None,
                "high": 120,
                "approx": False,
                "what": "killed",
                "claim": "c1",
            },
            {
                **at(A1, "a1", "At least 14 civilians"),
                "id": "q2",
                "low": 14,
                "high": None,
                "approx": False,
                "what": "killed",
                "claim": "c2",
            },
            {
                **at(A1, "a1", "More than 5,000 people"),
                "id": "q3",
                "low": 5001,
                "high": None,
                "approx": True,
                "what": "displaced",
                "claim": None,
            },
            {
                **at(A2, "a2", "up to 120 terrorists"),
                "id": "q4",
                "low": None,
                "high": 120,
                "approx": False,
                "what": "killed",
                "claim": "c4",
            },
            {
                **at(A2, "a2", "Nine civilians"),
                "id": "q5",
                "low": 9,
                "high": 9,
                "approx": False,
                "what": "killed",
                "claim": None,
            },
        ],
        "findings": [
            {
                "id": "f1",
                "relation": "agree",
                "evidence": [
                    ev(A1, "a1", "killing up to 120 militants"),
                    ev(A2, "a2", "killed up to 120 terrorists"),
                ],
                "missing_from": [],
                "claims": ["c1", "c4"],
                "entities": [],
                "explanation": "Both put the militants killed at up to 120.",
                "confidence": 0.9,
            },
            {
                "id": "f2",
                "relation": "contradict",
                "evidence": [ev(A1, "a1", "At least 14 civilians"), ev(A2, "a2", "Nine civilians")],
                "missing_from": [],
                "claims": ["c2"],
                "entities": [],
                "explanation": "At least 14 civilians killed against nine.",
                "confidence": 0.8,
            },
            {
                "id": "f3",
                "relation": "dispute",
                "evidence": [
                    ev(A1, "a1", "Rebels dismissed the drone claim as fabricated"),
                    ev(A2, "a2", "the terrorists used chlorine drones"),
                ],
                "missing_from": [],
                "claims": [],
                "entities": [],
                "explanation": "The wire reports the rebels rejecting the drone claim.",
                "confidence": 0.7,
            },
            {
                "id": "f4",
                "relation": "omission",
                "evidence": [ev(A1, "a1", "More than 5,000 people fled")],
                "missing_from": ["a2"],
                "claims": [],
                "entities": [],
                "explanation": "Only the wire reports displacement.",
                "confidence": 0.625,
            },
            {
                "id": "f5",
                "relation": "framing",
                "evidence": [
                    ev(A1, "a1", "militants"),
                    ev(A1, "a1", "Rebels"),
                    ev(A2, "a2", "Terrorists"),
                    ev(A2, "a2", "terrorists"),
                ],
                "missing_from": [],
                "claims": [],
                "entities": ["e3"],
                "explanation": "The wire says militants and rebels, the agency terrorists.",
                "confidence": 1.0,
            },
        ],
    }


# --------------------------------------------------------------------------- helpers


def span_ids(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for f in report["findings"]:
        per: dict[str, int] = {}
        for e in f["evidence"]:
            k = per.get(e["article"], 0)
            per[e["article"]] = k + 1
            out.append((f"{f['id']}-{e['article']}-{k}", e))
    return out


def marks_of(root: Node, sid: str) -> list[Node]:
    return [m for m in root.find_all("mark", cls="ev") if sid in (m.attrs.get("data-spans") or "").split()]


def texts(report: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["text"] for a in report["articles"]}


# --------------------------------------------------------------------------- structure


@pytest.fixture(scope="module")
def page() -> tuple[str, TreeBuilder]:
    html = render_html(make_report())
    return html, parse(html)


def test_html_is_one_document_with_header(page: tuple[str, TreeBuilder]) -> None:
    html, tree = page
    assert html.startswith("<!DOCTYPE html>")
    header = tree.root.find("header", cls="top")
    assert "counterpoint.report/1" in header.text()
    assert "2 articles" in " ".join(header.text().split())
    assert "5 findings" in " ".join(header.text().split())


def test_html_one_column_per_article_in_order(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    cols = tree.root.find("section", id="articles").find_all("article", cls="col")
    assert [c.attrs["data-article"] for c in cols] == ["a1", "a2"]
    assert "Northern Wire" in cols[0].find("header").text()
    assert "2024-03-14" in cols[0].find("header").text()
    assert "Terrorist attack on Tal Haroun foiled" in cols[1].find("header").text()
    # paragraphs are kept: three blank-line separated paragraphs each
    assert [len(c.find("div", cls="col-body").find_all("p")) for c in cols] == [3, 3]


def test_html_marks_every_evidence_span_with_its_exact_text(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    report = make_report()
    body = texts(report)
    for sid, e in span_ids(report):
        marks = marks_of(tree.root, sid)
        assert marks, sid
        assert "".join(m.text() for m in marks) == body[e["article"]][e["start"] : e["end"]]
        col = tree.root.find("article", id=f"col-{e['article']}")
        assert all(col in m.ancestors() for m in marks)
        assert tree.root.find_all(id=sid), f"no element with id {sid}"


def test_html_column_text_is_the_article_text(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    for aid, text in texts(make_report()).items():
        paras = tree.root.find("article", id=f"col-{aid}").find("div", cls="col-body").find_all("p")
        assert "\n\n".join(p.text() for p in paras) == text


def test_html_mark_classes_and_data(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    mark = tree.root.find("mark", id="f2-a1-0")
    assert mark.classes[:2] == ["ev", "rel-contradict"]
    assert mark.attrs["data-finding"] == "f2"
    assert mark.attrs["data-icon"] == "✕"
    for m in tree.root.find_all("mark"):
        assert not any(a.tag == "mark" for a in m.ancestors()), "marks must not nest"


def test_html_overlapping_findings_share_a_segment(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    # "militants" sits inside the agree span "killing up to 120 militants": framing + agree.
    seg = [m for m in marks_of(tree.root, "f5-a1-0")]
    assert len(seg) == 1 and seg[0].text() == "militants"
    assert set(seg[0].attrs["data-findings"].split()) == {"f1", "f5"}
    assert "rel-agree" in seg[0].classes  # agree outranks framing
    assert seg[0].attrs["data-icon"] == "❝"  # but the span that starts here is framing
    assert "ev-multi" in seg[0].classes
    assert "".join(m.text() for m in marks_of(tree.root, "f1-a1-0")) == "killing up to 120 militants"


def test_html_legend_lists_the_five_relations(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    items = tree.root.find("section", id="legend").find_all("li", cls="legend-item")
    assert [i.attrs["data-relation"] for i in items] == list(RELATIONS)
    icons = [i.find("span", cls="icon").text() for i in items]
    assert icons == ["✕", "⚑", "✓", "∅", "❝"]


def test_html_findings_grouped_by_relation(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    panel = tree.root.find("aside", id="findings")
    buttons = panel.find_all("button", cls="finding")
    assert [b.attrs["data-finding"] for b in buttons] == ["f2", "f3", "f1", "f4", "f5"]
    assert all(b.attrs.get("type") == "button" for b in buttons)
    omission = panel.find("li", id="finding-f4").text()
    assert "missing from: State News Agency" in omission
    assert "63%" in omission  # 0.625 -> 63 %
    assert "Northern Wire" in omission
    agree = " ".join(panel.find("li", id="finding-f1").text().split())
    assert "confidence: 90%" in agree and "sources: Northern Wire, State News Agency" in agree
    links = [a.attrs["href"] for a in panel.find("li", id="finding-f1").find_all("a")]
    assert links == ["#f1-a1-0", "#f1-a2-0"]


def test_html_entity_table_rows_for_shared_entities(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    table = tree.root.find("table", cls="entities")
    rows = table.find("tbody").find_all("tr")
    names = [r.find("th").text() for r in rows]
    assert names == ["Tell Harun", "Adil Nasrawi", "Sarvan Liberation Front", "Ardan"]  # not the U.N.
    header = [th.text() for th in table.find("thead").find_all("th")]
    assert header == ["Entity", "Kind", "Northern Wire", "State News Agency"]
    slf = rows[2].find_all("td")
    assert [c.text() for c in slf[1].find_all("span", cls="label-chip")] == ["militants", "rebels"]
    assert [c.text() for c in slf[2].find_all("span", cls="label-chip")] == ["terrorists"]
    assert [q.text() for q in rows[0].find_all("q")] == ["Tell Harun", "Tal Haroun"]


def test_html_figures_table(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    rows = tree.root.find("table", cls="figures").find("tbody").find_all("tr")
    cells = [[td.text().strip() for td in r.find_all("td")] for r in rows]
    assert [c[1] for c in cells] == [
        "up to 120 militants", "At least 14 civilians", "More than 5,000 people",
        "up to 120 terrorists", "Nine civilians",
    ]  # fmt: skip
    assert cells[0] == ["Northern Wire", "up to 120 militants", "killed", "—", "120", "no", "Adil Nasrawi"]
    assert cells[1][3:5] == ["14", "∞"] and cells[1][6] == "United Nations"
    assert cells[2][3:6] == ["5,001", "∞", "≈ yes"] and cells[2][6] == "the outlet"
    assert cells[4][3:5] == ["9", "9"]


def test_html_map_plots_located_places(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    svg = tree.root.find("section", id="map").find("svg")
    assert len(svg.find_all("circle", cls="dot")) == 2
    labels = [t.text() for t in svg.find_all("text", cls="map-label")]
    assert labels == ["Tell Harun", "Ardan"]  # north first
    assert svg.find_all("g", cls="prec-admin1") and svg.find_all("g", cls="prec-place")
    assert "schematic" in tree.root.find("figcaption").text().lower()
    view = [float(v) for v in (svg.attrs["viewbox"] or "").split()]  # html.parser lowercases names
    for c in svg.find_all("circle", cls="dot"):
        assert 0 < float(c.attrs["cx"]) < view[2] and 0 < float(c.attrs["cy"]) < view[3]


def test_html_timeline_sorted_with_event_types(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    items = tree.root.find("section", id="timeline").find_all("li")
    dates = [i.find("time").text() for i in items]
    assert dates == sorted(dates) == ["2024-03-13", "2024-03-13", "2024-03-14", "2024-03-14"]
    first = " ".join(items[0].text().split())
    assert "attack repelled" in first and "Tell Harun" in first and "Northern Wire" in first
    assert "Government troops repelled" in first
    assert "1 event without a date" in tree.root.find("section", id="timeline").text()


def test_html_has_exactly_one_inline_script(page: tuple[str, TreeBuilder]) -> None:
    _, tree = page
    scripts = tree.root.find_all("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    assert len(tree.root.find_all("style")) == 1


# --------------------------------------------------------------------------- self-contained


def test_html_has_no_external_url(page: tuple[str, TreeBuilder]) -> None:
    html, tree = page
    lowered = html.lower()
    for needle in ("<script src", '<link href="http', "@import", "url(http", "http://", "https://", "//cdn"):
        assert needle not in lowered, needle
    assert (
        not tree.root.find_all("link") and not tree.root.find_all("img") and not tree.root.find_all("iframe")
    )
    for tag, attrs in tree.all_attrs:
        assert "src" not in attrs, tag


def test_html_user_urls_only_http_links() -> None:
    report = make_report()
    report["articles"][0]["url"] = "https://example.org/a?x=1&y=2"
    report["articles"][1]["url"] = "javascript:alert(1)"
    tree = parse(render_html(report))
    hrefs = [a.attrs.get("href") for a in tree.root.find_all("a")]
    assert "https://example.org/a?x=1&y=2" in hrefs
    assert not any(h and h.lower().startswith("javascript") for h in hrefs)
    assert "javascript:alert(1)" in tree.root.find("article", id="col-a2").find("header").text()


# --------------------------------------------------------------------------- escaping

PAYLOAD = '<script>alert(1)</script> " onerror="alert(1) </textarea><img src=x onerror=alert(1)>'


def test_html_escapes_untrusted_text() -> None:
    report = make_report()
    for art in report["articles"]:
        art["text"] = PAYLOAD + "\n\n" + art["text"]
        art["source"] = PAYLOAD
        art["title"] = PAYLOAD
    shift = len(PAYLOAD) + 2
    for rec in report["entities"]:
        rec["name"] = PAYLOAD
        for m in rec["mentions"]:
            m["start"] += shift
            m["end"] += shift
        rec["labels"] = {"a1": [PAYLOAD]}
    for rec in [*report["claims"], *report["quantities"]]:
        rec["start"] += shift
        rec["end"] += shift
    report["quantities"][0]["what"] = PAYLOAD
    report["claims"][0]["event"]["type"] = PAYLOAD
    for f in report["findings"]:
        f["explanation"] = PAYLOAD
        for e in f["evidence"]:
            e["start"] += shift
            e["end"] += shift
    report["findings"][0]["evidence"].append({"article": "a1", "start": 0, "end": len(PAYLOAD)})
    report["findings"][1]["id"] = 'f2" onerror="alert(1)'
    report["schema"] = PAYLOAD

    html = render_html(report)
    tree = parse(html)
    assert len(tree.root.find_all("script")) == 1  # ours only
    assert not tree.root.find_all("img") and not tree.root.find_all("textarea")
    for tag, attrs in tree.all_attrs:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
    assert "<script>alert(1)</script>" not in html
    assert "</textarea>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # the payload survives as text, both in plain text and inside an evidence mark
    first = tree.root.find("article", id="col-a1").find("div", cls="col-body").find("p")
    assert first.text() == PAYLOAD
    assert "".join(m.text() for m in marks_of(tree.root, "f1-a1-1")) == PAYLOAD
    # an id that is not a plain token is replaced, never pasted into attributes
    ids = [b.attrs["data-finding"] for b in tree.root.find_all("button", cls="finding")]
    assert all(re.fullmatch(r"[A-Za-z0-9_.:-]+", i) for i in ids)


# --------------------------------------------------------------------------- determinism, edges


def test_html_is_deterministic() -> None:
    report = make_report()
    first = render_html(report)
    assert render_html(copy.deepcopy(report)) == first
    assert render_html(report) == first
    assert report == make_report()  # the input is not changed


def test_html_overlapping_and_nested_spans() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    report = {
        "schema": "counterpoint.report/1",
        "articles": [{"id": "a1", "source": "S", "text": text}, {"id": "a2", "source": "T", "text": text}],
        "findings": [
            {"id": "f1", "relation": "framing", "evidence": [{"article": "a1", "start": 0, "end": 10}]},
            {"id": "f2", "relation": "contradict", "evidence": [{"article": "a1", "start": 5, "end": 15}]},
            {"id": "f3", "relation": "agree", "evidence": [{"article": "a1", "start": 2, "end": 4},
                                                           {"article": "a1", "start": 5, "end": 15}]},
            {"id": "f4", "relation": "omission", "evidence": [{"article": "a1", "start": 5, "end": 15}],
             "missing_from": ["a2"]},
        ],
    }  # fmt: skip
    tree = parse(render_html(report))
    expected = {
        "f1-a1-0": (0, 10),
        "f2-a1-0": (5, 15),
        "f3-a1-0": (2, 4),
        "f3-a1-1": (5, 15),
        "f4-a1-0": (5, 15),
    }
    for sid, (s, e) in expected.items():
        assert "".join(m.text() for m in marks_of(tree.root, sid)) == text[s:e], sid
        assert tree.root.find_all(id=sid), sid
    marks = tree.root.find("article", id="col-a1").find_all("mark")
    assert [m.text() for m in marks] == ["ab", "cd", "e", "fghij", "klmno"]
    assert [m.classes[1] for m in marks] == [
        "rel-framing", "rel-agree", "rel-framing", "rel-contradict", "rel-contradict",
    ]  # fmt: skip
    assert marks[3].attrs["data-findings"].split() == ["f2", "f3", "f4", "f1"]
    # four spans start at "f": one carries the mark's id, the rest get empty anchors before it
    anchors = tree.root.find_all("span", cls="anchor")
    assert sorted([marks[3].attrs["id"], *(a.attrs["id"] for a in anchors)]) == [
        "f2-a1-0", "f3-a1-1", "f4-a1-0",
    ]  # fmt: skip
    assert all(a.text() == "" for a in anchors)


def test_html_span_across_paragraphs_is_split() -> None:
    text = "First paragraph.\n\nSecond paragraph."
    report = {
        "schema": "counterpoint.report/1",
        "articles": [{"id": "a1", "text": text}],
        "findings": [
            {"id": "f1", "relation": "omission", "evidence": [{"article": "a1", "start": 6, "end": 24}]}
        ],
    }
    tree = parse(render_html(report))
    marks = marks_of(tree.root, "f1-a1-0")
    assert [m.text() for m in marks] == ["paragraph.", "Second"]
    assert [m.attrs.get("id") for m in marks] == ["f1-a1-0", None]
    assert [m.parent.tag for m in marks if m.parent] == ["p", "p"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda r: r.update(findings=[]), id="no-findings"),
        pytest.param(lambda r: r.update(articles=r["articles"][:1]), id="one-article"),
        pytest.param(lambda r: r.update(articles=[]), id="no-articles"),
        pytest.param(lambda r: r.update(entities=[], claims=[], quantities=[]), id="no-records"),
        pytest.param(lambda r: [e.update(geo=None) for e in r["entities"]], id="no-geo"),
        pytest.param(lambda r: [c.update(event=None) for c in r["claims"]], id="no-events"),
        pytest.param(lambda r: [r.pop(k) for k in list(r)], id="empty-dict"),
        pytest.param(
            lambda r: r.update(
                findings=[
                    {
                        "relation": "surprise",
                        "evidence": [
                            {"article": "a9", "start": 0, "end": 3},
                            {"article": "a1", "start": 5, "end": 99999},
                            {"article": "a1", "start": "x", "end": None},
                            "junk",
                        ],
                    },
                    "junk",
                ]
            ),
            id="malformed",
        ),
        pytest.param(lambda r: r["entities"][0].update(geo={"lat": "36", "lon": None}), id="bad-geo"),
        pytest.param(
            lambda r: r["entities"].__setitem__(3, {**r["entities"][3], "geo": {**r["entities"][0]["geo"]}}),
            id="same-point-twice",
        ),
    ],
)
def test_html_edge_cases_render(change: Any) -> None:
    report = make_report()
    change(report)
    tree = parse(render_html(report))
    assert len(tree.root.find_all("script")) == 1
    assert tree.root.find_all("section", id="legend")


def test_html_empty_sections_say_none() -> None:
    report = make_report()
    report.update(findings=[], entities=[], claims=[], quantities=[])
    report["articles"] = report["articles"][:1]
    for a in report["articles"]:
        a["date"] = None
    tree = parse(render_html(report))
    for section in ("entities", "figures", "map", "timeline"):
        assert tree.root.find("section", id=section).find_all(cls="none"), section
    assert "No findings" in tree.root.find("aside", id="findings").text()
    assert len(tree.root.find("section", id="articles").find_all("article", cls="col")) == 1
    assert not tree.root.find_all("svg")


def test_html_unicode_and_long_text() -> None:
    para = "قصف على تل هارون 🚀 — «rebels» killed 𝟙𝟚 people. "
    text = "\n\n".join(para * 40 for _ in range(30))
    needle = "تل هارون 🚀"
    start = text.index(needle, len(text) // 2)
    report = {
        "schema": "counterpoint.report/1",
        "articles": [{"id": "a1", "source": "مصدر", "text": text}, {"id": "a2", "text": "x"}],
        "findings": [
            {
                "id": "f1",
                "relation": "framing",
                "evidence": [{"article": "a1", "start": start, "end": start + len(needle)}],
            }
        ],
    }
    html = render_html(report)
    tree = parse(html)
    assert "".join(m.text() for m in marks_of(tree.root, "f1-a1-0")) == needle
    paras = tree.root.find("article", id="col-a1").find("div", cls="col-body").find_all("p")
    assert [p.text() for p in paras] == [chunk.strip() for chunk in text.split("\n\n")]


def test_html_renders_a_built_report(tiny_analysis: Any) -> None:
    from counterpoint.report.build import build_report

    report = build_report(tiny_analysis)
    tree = parse(render_html(report))
    assert len(tree.root.find_all("article", cls="col")) == len(report["articles"])
    body = texts(report)
    for sid, e in span_ids(report):
        assert (
            "".join(m.text() for m in marks_of(tree.root, sid)) == body[e["article"]][e["start"] : e["end"]]
        )


def test_html_rejects_a_non_dict() -> None:
    with pytest.raises(ReportInvariantError):
        render_html(["not", "a", "report"])  # type: ignore[arg-type]
