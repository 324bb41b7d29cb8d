"""The HTML view in a real Chromium: selecting a finding flashes its evidence in every column.

Builds a report by hand from the bundled fictional example (examples/*.txt; no spaCy model),
renders it, opens it from disk (file://) and saves screenshots under test-artifacts/.
Skipped when /usr/bin/chromium is absent (`make test` installs it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, needs_chromium

from counterpoint.report.html import render_html

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"
ARTIFACTS = REPO_ROOT / "test-artifacts"
FLASH = re.compile(r"\bflash\b")

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
]


def read_example(name: str) -> dict[str, str]:
    """The header lines and body of an example file (the body is what offsets refer to)."""
    raw = (EXAMPLES / name).read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    return {"source": meta["source"], "date": meta["date"], "title": meta["title"], "text": body.strip()}


CHLORINE_DISMISSED = "dismissed as fabricated the army's claim that rebels had used drones carrying chlorine"


def example_report() -> dict[str, Any]:
    files = ["northern_wire.txt", "state_news_agency.txt", "frontline_monitor.txt"]
    arts = [
        {"id": f"a{i}", "path": f"examples/{n}", "url": None, **read_example(n)}
        for i, n in enumerate(files, 1)
    ]
    text = {a["id"]: a["text"] for a in arts}

    def span(aid: str, needle: str) -> dict[str, Any]:
        start = text[aid].index(needle)
        return {"article": aid, "start": start, "end": start + len(needle)}

    def mention(aid: str, needle: str) -> dict[str, Any]:
        return {**span(aid, needle), "text": needle}

    def finding(
        fid: str, rel: str, ev: list[tuple[str, str]], expl: str, conf: float, **kw: Any
    ) -> dict[str, Any]:
        return {"id": fid, "relation": rel, "evidence": [span(a, n) for a, n in ev], "missing_from": [],
                "claims": [], "entities": [], "explanation": expl, "confidence": conf, **kw}  # fmt: skip

    def geo(lat: float, lon: float, precision: str = "place") -> dict[str, Any]:
        return {"lat": lat, "lon": lon, "gazetteer_id": None, "admin1": "Sarvan", "country": "XX",
                "precision": precision}  # fmt: skip

    entities = [
        {"id": "e1", "kind": "place", "name": "Tell Harun", "geo": geo(36.62, 38.05), "labels": {},
         "mentions": [mention("a1", "Tell Harun"), mention("a2", "Tal Haroun"), mention("a3", "Tel Haroun")]},
        {"id": "e2", "kind": "place", "name": "Ardan", "geo": geo(35.71, 37.30), "labels": {},
         "mentions": [mention("a1", "ARDAN"), mention("a2", "ARDAN")]},
        {"id": "e3", "kind": "place", "name": "Qasr Dimna", "geo": geo(36.05, 38.42), "labels": {},
         "mentions": [mention("a1", "Qasr Dimna"), mention("a3", "QASR DIMNA")]},
        {"id": "e4", "kind": "place", "name": "Birkat Salim", "geo": geo(37.05, 37.80), "labels": {},
         "mentions": [mention("a1", "Birkat Salim"), mention("a3", "Birkat Salim")]},
        {"id": "e5", "kind": "place", "name": "Sarvan", "geo": geo(36.40, 38.20, "admin1"), "labels": {},
         "mentions": [mention("a1", "Sarvan province"), mention("a2", "Sarvan province")]},
        {"id": "e6", "kind": "actor", "name": "Sarvan Liberation Front", "geo": None,
         "labels": {"a1": ["rebels"], "a2": ["terrorists", "gangs"], "a3": ["opposition fighters"]},
         "mentions": [mention("a1", "rebel"), mention("a2", "terrorist groups"), mention("a3", "Opposition fighters")]},
        {"id": "e7", "kind": "actor", "name": "Government army", "geo": None,
         "labels": {"a1": ["government troops"], "a2": ["our heroic forces"], "a3": ["regime forces"]},
         "mentions": [mention("a1", "Government troops"), mention("a2", "The army"), mention("a3", "regime forces")]},
        {"id": "e8", "kind": "person", "name": "Adil Nasrawi", "geo": None, "labels": {},
         "mentions": [mention("a1", "Major General Adil Nasrawi"), mention("a2", "Major General Adil Nasrawi")]},
    ]  # fmt: skip
    claims = [
        {"id": "c1", **mention("a1", "killing up to 120 militants"), "speaker": "e8", "stance": "attributed",
         "event": {"type": "attack_repelled", "actors": ["e7"], "targets": ["e6"], "place": "e1", "date": "2024-03-13"}},
        {"id": "c2", **mention("a2", "The army repelled an attack by terrorist groups on Tal Haroun"),
         "speaker": "e8", "stance": "attributed",
         "event": {"type": "attack_repelled", "actors": ["e7"], "targets": ["e6"], "place": "e1", "date": "2024-03-13"}},
        {"id": "c3", **mention("a3", "Opposition fighters captured the town of Tel Haroun"), "speaker": None,
         "stance": "asserted",
         "event": {"type": "territory_taken", "actors": ["e6"], "targets": ["e7"], "place": "e1", "date": "2024-03-13"}},
        {"id": "c4", **mention("a1", "More than 5,000 people have fled Tell Harun"), "speaker": None,
         "stance": "attributed",
         "event": {"type": "displacement", "actors": [], "targets": [], "place": "e1", "date": "2024-03-11"}},
    ]  # fmt: skip
    quantities = [
        {"id": "q1", **mention("a1", "up to 120 militants"), "low": None, "high": 120, "approx": False,
         "what": "killed", "claim": "c1"},
        {"id": "q2", **mention("a2", "up to 120 terrorists"), "low": None, "high": 120, "approx": False,
         "what": "killed", "claim": "c2"},
        {"id": "q3", **mention("a1", "at least 14 civilians"), "low": 14, "high": None, "approx": False,
         "what": "killed", "claim": None},
        {"id": "q4", **mention("a2", "Nine civilians"), "low": 9, "high": 9, "approx": False,
         "what": "killed", "claim": None},
        {"id": "q5", **mention("a1", "More than 5,000 people"), "low": 5001, "high": None, "approx": False,
         "what": "displaced", "claim": "c4"},
    ]  # fmt: skip
    findings = [
        finding("f1", "contradict", [("a1", "at least 14 civilians, among them five children, were killed"),
                                     ("a2", "Nine civilians were killed"),
                                     ("a3", "At least 14 civilians were killed")],
                "The state agency's nine civilian dead is below the at least 14 the others report.", 0.86),
        finding("f2", "contradict", [("a2", "The army repelled an attack by terrorist groups on Tal Haroun"),
                                     ("a3", "Opposition fighters captured the town of Tel Haroun")],
                "Opposite outcomes at the same town on the same day: attack repelled against town captured.", 0.8),
        finding("f3", "dispute", [("a1", CHLORINE_DISMISSED),
                                  ("a2", "the terrorists had used drones carrying chlorine"),
                                  ("a3", "repeated the ministry's baseless claim")],
                "The chlorine-drone claim reported by the state agency is rejected in the other two.", 0.9),
        finding("f4", "agree", [("a1", "killing up to 120 militants"), ("a2", "killing up to 120 terrorists")],
                "Both attribute up to 120 fighters killed to Major General Nasrawi.", 0.92),
        finding("f5", "agree", [("a1", "four tanks and two armored personnel carriers"),
                                ("a2", "six armoured vehicles")],
                "Four tanks and two carriers make the six armoured vehicles.", 0.74),
        finding("f6", "omission", [("a1", "More than 5,000 people have fled")],
                "Only the wire reports the displacement.", 0.7, missing_from=["a2", "a3"]),
        finding("f7", "framing", [("a1", "rebel"), ("a2", "terrorist groups"), ("a3", "Opposition fighters")],
                "The same armed group is called rebels, terrorists and opposition fighters.", 0.95),
    ]  # fmt: skip
    return {"schema": "counterpoint.report/1", "articles": arts, "entities": entities, "claims": claims,
            "quantities": quantities, "findings": findings}  # fmt: skip


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(example_report()), encoding="utf-8")
    return path


def test_html_browser_finding_flashes_evidence_in_every_column(report_file: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            requests: list[str] = []
            page.on("request", lambda req: requests.append(req.url))
            page.goto(report_file.as_uri())
            page.screenshot(path=str(ARTIFACTS / "report-top.png"))

            button = page.locator("button.finding").first
            fid = button.get_attribute("data-finding")
            assert fid == "f1"
            button.click()
            marks = page.locator(f'.col-body mark.ev[data-findings~="{fid}"]')
            assert marks.count() >= 3
            for i in range(marks.count()):
                sync_api.expect(marks.nth(i)).to_have_class(FLASH)
                sync_api.expect(marks.nth(i)).to_have_attribute("aria-current", "true")
            sync_api.expect(button).to_have_attribute("aria-current", "true")
            # the first mark of each column is scrolled into view, in all three columns at once
            for aid in ("a1", "a2", "a3"):
                first = page.locator(f'#col-{aid} mark.ev[data-findings~="{fid}"]').first
                sync_api.expect(first).to_be_in_viewport()
            page.wait_for_timeout(600)  # let the smooth scroll settle; the flash lasts ~2 s
            page.screenshot(path=str(ARTIFACTS / "report-finding-f1.png"))
            # the flash is a ~2 s animation, then the class goes (aria-current stays)
            sync_api.expect(marks.first).not_to_have_class(FLASH, timeout=5000)

            # keyboard: focus the next finding and press Enter
            second = page.locator("button.finding").nth(1)
            second.focus()
            page.keyboard.press("Enter")
            fid2 = second.get_attribute("data-finding")
            sync_api.expect(
                page.locator(f'#col-a3 mark.ev[data-findings~="{fid2}"]').first
            ).to_be_in_viewport()
            sync_api.expect(button).not_to_have_attribute("aria-current", "true")

            page.set_viewport_size({"width": 800, "height": 900})
            page.screenshot(path=str(ARTIFACTS / "report-narrow.png"), full_page=False)
            page.set_viewport_size({"width": 1366, "height": 768})
            page.screenshot(path=str(ARTIFACTS / "report-full.png"), full_page=True)

            assert errors == []
            assert all(u.startswith("file://") for u in requests), requests
        finally:
            browser.close()
