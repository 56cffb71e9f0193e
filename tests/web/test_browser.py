"""The dashboard in a real browser: Playwright driving Debian's Chromium (never
``playwright install``). Skipped when /usr/bin/chromium is absent (``make test`` installs it).
Screenshots go to test-artifacts/ for a human to look at."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from web_server import ServerThread
from web_store import XSS, build_store

from detente.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    app = create_app(build_store(tmp_path_factory.mktemp("browser") / "b.duckdb"))
    with ServerThread(app) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    assert page.evaluate("window.__xss") is None, "an XSS payload executed"
    assert page.dialogs == [], page.dialogs
    context.close()


def open_evidence(page, marker) -> str:
    """Hover and click a turn marker on the chart; the title of the evidence it shows."""
    box = marker.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    page.wait_for_selector("#evidence .evidence-row")
    return page.locator("#evidence-title").inner_text()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_overview(server, page):
    page.goto(server.url + "/")
    rows = page.locator("#dyads tbody tr")
    assert rows.count() == 2
    assert "Russian Federation – United States" in rows.first.inner_text()
    assert "to conflict" in page.locator(".turn").first.inner_text()
    shot(page, "overview")
    assert page.console_errors == []


def test_dyad_chart_turn_markers_and_evidence(server, page):
    api = httpx.get(server.url + "/api/dyad", params={"a": "USA", "b": "RUS"}).json()
    page.goto(server.url + "/dyad")
    page.fill("#actor-a", "United")
    page.wait_for_selector('#actors-a option[value="USA"]', state="attached")
    page.fill("#actor-a", "USA")
    page.fill("#actor-b", "rus")
    page.wait_for_selector('#actors-b option[value="RUS"]', state="attached")
    page.fill("#actor-b", "RUS")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_selector('#chart[data-ready="1"]')
    assert page.locator("#chart svg.main-svg").count() >= 1
    assert page.locator("#chart .shapelayer path").count() >= len(api["phases"])
    traces = page.locator("#chart .scatterlayer .trace")
    markers = traces.last.locator("path.point")
    assert markers.count() == len(api["turns"]) == 1
    title = open_evidence(page, markers.first)
    assert "turn to conflict" in title
    assert f"(p={api['turns'][0]['probability']:.2f})" in title  # the API's probability
    rows = page.locator("#evidence .evidence-row")
    assert rows.count() == len(api["turns"][0]["evidence"])
    first = rows.first
    assert first.locator("mark.source").first.inner_text() == "Washington"
    assert first.locator("mark.target").first.inner_text() == "Moscow"
    assert "163" in first.inner_text() and "asserted" in first.inner_text()
    assert page.locator(".turn.selected").count() == 1
    shot(page, "dyad-turn-evidence")
    assert page.console_errors == []


def test_dyad_possible_turn_is_apart_and_weaker(server, page):
    """Asked to report from 0.995 (above any turn), the turn is a possible one: its own list,
    an open marker that shows its evidence, and no reported turn."""
    params = {"a": "USA", "b": "RUS", "min_probability": "0.995"}
    api = httpx.get(server.url + "/api/dyad", params=params).json()
    page.goto(server.url + "/dyad?" + str(httpx.QueryParams(params)))
    page.wait_for_selector('#chart[data-ready="1"]')
    assert page.locator("#chart").get_attribute("data-possible-turns") == "1"
    assert page.locator("#turns .turn").count() == 0
    assert "No turning point with probability ≥ 0.995." in page.locator("#turns").inner_text()
    possible = page.locator("#possible-turns .turn.possible")
    assert possible.count() == len(api["possible_turns"]) == 1
    assert possible.first.inner_text().startswith("possible turn to conflict")
    style = possible.first.evaluate("n => getComputedStyle(n).borderLeftStyle")
    assert style == "dashed"
    traces = page.locator("#chart .scatterlayer .trace")
    markers = traces.last.locator("path.point")  # no reported turn: an empty trace is not drawn
    assert markers.count() == 1
    title = open_evidence(page, markers.first)
    assert "possible turn to conflict" in title
    assert f"(p={api['possible_turns'][0]['probability']:.2f})" in title
    assert page.locator(".turn.possible.selected").count() == 1
    shot(page, "dyad-possible-turn")
    assert page.console_errors == []


def test_dyad_point_click_shows_that_period(server, page):
    page.goto(server.url + "/dyad?a=USA&b=RUS")
    page.wait_for_selector('#chart[data-ready="1"]')
    line = page.locator("#chart .scatterlayer .trace").first.locator("path.point")
    box = line.nth(2).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#evidence .evidence-row")
    assert page.locator("#evidence-title").inner_text().startswith("Events 2017-01-16")


def test_bad_actor_shows_the_api_error(server, page):
    page.goto(server.url + "/dyad?a=USA&b=Atlantis")
    page.wait_for_selector("#status.error")
    assert "unknown actor 'Atlantis'" in page.locator("#status").inner_text()


def test_code_text_and_add_to_store(server, page):
    page.goto(server.url + "/code")
    page.fill("#code-date", "2017-02-16")
    page.fill(
        "#code-text",
        "Russia accused Ukraine of shelling Donetsk on Tuesday. "
        f"{XSS[0]} The talks {XSS[1]} went on.",
    )
    page.click("#code-run")
    page.wait_for_selector(".coded-event")
    event = page.locator(".coded-event").first
    assert event.locator("mark.source").first.inner_text() == "Russia"
    assert event.locator("mark.target").first.inner_text() == "Ukraine"
    assert "112" in event.inner_text()
    assert XSS[0] in page.locator("#sentences").inner_text()  # shown as text
    page.click("#code-add")
    page.locator("#status", has_text=re.compile("^Added")).wait_for()
    found = httpx.get(server.url + "/api/events", params={"actor": "RUS", "target": "UKR"}).json()
    assert found["total"] >= 1
    shot(page, "code-text")
    assert page.console_errors == []


def test_events_table_filters_and_downloads(server, page):
    page.goto(server.url + "/events")
    page.wait_for_selector("#events tbody tr")
    page.fill("input[name=actor]", "USA")
    page.fill("input[name=target]", "RUS")
    page.select_option("select[name=quad]", "4")
    page.click("#events-form button[type=submit]")
    page.locator("#status", has_text=re.compile("^24 mentions")).wait_for()
    assert page.locator("#events tbody tr").count() == 24
    href = page.locator("#csv").get_attribute("href")
    assert "actor=USA" in href and "quad=4" in href
    csv_text = httpx.get(server.url + href).text
    assert len(csv_text.strip().splitlines()) == 25
    shot(page, "events")


def test_xss_payloads_stay_text_everywhere(server, page):
    page.goto(server.url + "/events?actor=USA&target=RUS&root=11")
    page.wait_for_selector("#events tbody tr")
    text = page.locator("#events").inner_text()
    assert XSS[0] in text and XSS[1] in text
    assert page.locator("#events img").count() == 0 and page.locator("#events script").count() == 0
    shot(page, "events-xss")
    page.goto(server.url + "/dyad?a=" + httpx.QueryParams({"x": XSS[1]})["x"] + "&b=RUS")
    page.goto(server.url + "/dyad?a=USA&b=RUS&since=2017-04-10")
    page.wait_for_selector('#chart[data-ready="1"]')
    page.goto(server.url + "/")
    page.goto(server.url + "/docs")


def test_brief_page(server, page):
    api = httpx.get(server.url + "/api/brief", params={"a": "USA", "b": "RUS"}).json()
    page.goto(server.url + "/brief?a=USA&b=RUS&as_of=" + api["as_of"])
    page.wait_for_selector('#chart[data-ready="1"]')
    assert page.locator("#summary").inner_text() == api["summary"]
    assert page.locator("#chart svg.main-svg").count() >= 1
    rows = page.locator("#timeline .timeline-row")
    assert rows.count() == len(api["signals"]) + len(api["counter_signals"]) > 0
    assert page.locator("#turns .turn").count() == len(api["turns"])
    shot(page, "brief")
    assert page.console_errors == []
    page.goto(server.url + "/brief?a=USA&b=Atlantis")
    page.wait_for_selector("#status.error")
    assert "unknown actor 'Atlantis'" in page.locator("#status").inner_text()
