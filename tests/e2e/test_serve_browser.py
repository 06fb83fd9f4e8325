"""`telex serve`'s dashboard in headless Chromium, served by uvicorn in a thread over the bundled corpus.

Every request the page makes is checked: one that would leave the machine is refused and fails the test.
"""

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

import telex
from telex.corpus.ingest import ingest
from telex.serve.app import create_app
from telex.serve.background import running
from telex.store.duckdb_store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (CI installs Debian's chromium)"),
]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"
# An id with slashes, stored next to the bundled corpus; its text opens with a flag, two characters outside
# the Basic Multilingual Plane, so that offsets (code points) and JavaScript's string indices (UTF-16) differ.
SLASHED = "desk/2024/seoul"
LOCAL = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "wire.duckdb"
    assert ingest([str(CORPUS)], db, processes=1).stored == 7
    extra = telex.analyze(
        text='🇰🇷 South Korea accused North Korea of jamming GPS signals on Monday. "This is a '
             'provocation," Defence Minister Shin Won-sik told reporters in Seoul.', published="2024-10-07", id=SLASHED)
    with Store(db) as store:
        store.write([extra])
        store.finish()
    return db


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    with running(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Visit:
    """A page, with every request it tried to send elsewhere and every script error."""

    page: Page
    base: str
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, fragment: str, view: str) -> None:
        self.page.goto(f"{self.base}/{fragment}")
        self.ready(view)

    def ready(self, view: str) -> None:
        # The view must be ready *for the current address*: a hash change is handled a task later, so the
        # previous address's view can still read "ready" right after a click.
        self.page.wait_for_function(
            "view => { const v = document.getElementById('view'); return v.dataset.view === view"
            " && v.dataset.state === 'ready' && v.dataset.hash === location.hash; }", arg=view)

    def api(self, path: str, **params: Any) -> Any:
        response = httpx.get(f"{self.base}{path}", params=params)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture
def visit(browser: Browser, base: str) -> Iterator[Visit]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    visit = Visit(page, base)

    def guard(route: Route) -> None:
        parts = urlsplit(route.request.url)
        if parts.scheme in ("data", "blob") or parts.hostname in LOCAL:
            route.continue_()
        else:
            visit.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda exc: visit.errors.append(str(exc)))
    page.on("console", lambda message: visit.errors.append(message.text) if message.type == "error" else None)
    yield visit
    page.close()


def settled(visit: Visit) -> None:
    assert visit.outside == [], "the page tried to leave the machine"
    assert visit.errors == []


def test_the_dashboard_lists_the_articles(visit: Visit) -> None:
    visit.open("", "articles")
    ids = visit.page.eval_on_selector_all(".article-item", "items => items.map(item => item.dataset.id)")
    assert ids == [row["id"] for row in visit.api("/api/articles", limit=25)["articles"]]
    assert ids[0] == SLASHED and len(ids) == 8
    rows = visit.api("/api/articles", limit=25)["articles"]
    id_lines = visit.page.eval_on_selector_all(  # an untitled article's link is its id, not also a line below it
        ".article-item", "items => items.map(item => item.querySelectorAll('.id').length)")
    assert id_lines == [1 if row["title"] else 0 for row in rows] and 0 in id_lines and 1 in id_lines
    settled(visit)


def test_an_article_address_cut_badly_says_so_in_place_of_the_last_article(visit: Visit) -> None:
    visit.open("#/article/farmers", "articles")
    visit.page.goto(f"{visit.base}/#/article/100%")
    visit.page.wait_for_function("() => document.getElementById('view').dataset.state === 'error'")
    assert "is not an article's address" in visit.page.inner_text("#view")
    assert not visit.page.query_selector('article[data-id="farmers"]')
    settled(visit)


def test_a_search_finds_the_bundled_article_and_opens_it(visit: Visit) -> None:
    visit.open("", "articles")
    visit.page.fill("#search-input", "tractors")
    visit.page.press("#search-input", "Enter")
    visit.page.wait_for_selector("h1:has-text('match')")
    visit.ready("articles")
    assert visit.page.eval_on_selector_all(".article-item", "items => items.map(item => item.dataset.id)") == [
        "farmers"]
    visit.page.click(".article-item a")
    visit.page.wait_for_selector('article[data-id="farmers"]')
    assert visit.page.inner_text("h1") == "Farmers block roads around Paris"
    settled(visit)


@pytest.mark.parametrize("article_id", ["summit", "missile", "farmers", SLASHED])
def test_each_highlight_holds_the_text_at_its_offsets(visit: Visit, article_id: str) -> None:
    visit.open(f"#/article/{article_id}", "articles")
    analysis = visit.api(f"/api/articles/{article_id}")
    text = analysis["text"]
    marks = visit.page.eval_on_selector_all(
        "#article-text [data-start]",
        "nodes => nodes.map(n => [n.dataset.mark, n.dataset.kind, +n.dataset.start, +n.dataset.end, n.textContent, "
        "n.title])")
    assert marks
    for _, _, start, end, shown, _ in marks:
        assert shown == text[start:end]
    assert visit.page.text_content("#article-text") == text  # highlighting adds no text and loses none
    spans = {(mark, start, end) for mark, _, start, end, _, _ in marks}
    titles = {mark: title for mark, _, _, _, _, title in marks}
    for quote in analysis["quotes"]:
        assert (quote["id"], quote["start"], quote["end"]) in spans
        assert f"Cue: {quote['cue']}" in titles[quote["id"]]
        if quote["speaker"]:
            assert quote["speaker"]["text"] in titles[quote["id"]]
    for event in analysis["events"]:
        assert (event["id"], event["trigger"]["start"], event["trigger"]["end"]) in spans
        assert f"CAMEO {event['cameo']}" in titles[event["id"]]
        assert f"Modality: {event['modality']}" in titles[event["id"]]
        assert all(actor["code"] in titles[event["id"]] for actor in event["source"] + event["target"] if actor["code"])
    settled(visit)


def test_many_warnings_are_one_box_the_text_above_the_fold(visit: Visit) -> None:
    # A page saved with markup as text: one box per "stray markup masked" pushed the article below the fold.
    analysis = visit.api("/api/articles/summit")
    warned = {**analysis, "warnings": [f"stray markup masked at {n * 10}-{n * 10 + 8}" for n in range(8)]}
    visit.page.route("**/api/articles/summit", lambda route: route.fulfill(json=warned))
    visit.open("#/article/summit", "articles")
    assert visit.page.eval_on_selector_all(".warning", "boxes => boxes.length") == 1
    assert visit.page.inner_text(".warnings summary") == "8 warnings about this text"
    assert not visit.page.is_visible(".warnings li")
    visit.page.click(".warnings summary")
    listed = visit.page.eval_on_selector_all(".warnings li", "items => items.map(i => i.textContent)")
    assert listed == warned["warnings"]
    top = visit.page.eval_on_selector("#article-text", "text => text.getBoundingClientRect().top")
    assert top < 900 - 100  # the text starts in the first screen, with the warnings open
    settled(visit)


def test_an_id_that_is_the_address_is_shown_once(visit: Visit) -> None:
    # A WARC page's or a feed item's id is its URL: the page gave it as a line of text and again as the link.
    address = "https://news.example/2024/06/19/summit"
    analysis = {**visit.api("/api/articles/summit"), "id": address, "url": address}
    visit.page.route("**/api/articles/https**", lambda route: route.fulfill(json=analysis))
    visit.open("#/article/https%3A//news.example/2024/06/19/summit", "articles")
    assert address not in visit.page.inner_text("article .meta")
    assert visit.page.eval_on_selector_all("article .url a", "links => links.map(a => a.href)") == [address]
    settled(visit)


def test_the_search_box_holds_only_the_search_shown(visit: Visit) -> None:
    visit.open("#/?q=tractors", "articles")
    assert visit.page.input_value("#search-input") == "tractors"
    visit.page.goto(f"{visit.base}/#/network")
    visit.ready("network")
    assert visit.page.input_value("#search-input") == ""
    settled(visit)


def test_clicking_a_highlight_shows_its_details(visit: Visit) -> None:
    visit.open("#/article/summit", "articles")
    visit.page.click('#article-text [data-mark="Q1"]')
    detail = visit.page.inner_text("#detail")
    assert "Vladimir Putin" in detail and "told" in detail
    assert visit.page.get_attribute('#article-text [data-mark="Q1"]', "class") == "mark quote direct selected"
    visit.page.click('.mark-list button:has-text("V1")')
    assert "CAMEO 040" in visit.page.inner_text("#detail")
    settled(visit)


def test_the_dyad_chart_has_a_point_per_period(visit: Visit) -> None:
    visit.open("#/dyad?a=RUS&b=PRK&by=month", "dyad")
    labels = visit.page.eval_on_selector_all(
        '#dyad-chart svg [aria-roledescription="point"]', "points => points.map(p => p.getAttribute('aria-label'))")
    periods = [p["period"] for p in visit.api("/api/dyads", a="RUS", b="PRK", by="month")["periods"]]
    assert periods == ["2024-06", "2024-07", "2024-08"]  # July: a row of no events in the table, a gap in the chart
    assert [label.split(";")[0] for label in labels] == [f"Period: {period}" for period in ("2024-06", "2024-08")]
    june, august = visit.page.eval_on_selector_all(
        '#dyad-chart svg [aria-roledescription="point"]', "points => points.map(p => p.getBoundingClientRect().x)")
    ticks = visit.page.eval_on_selector_all(
        "#dyad-chart svg text", "texts => texts.map(t => [t.textContent, t.getBoundingClientRect().x])")
    july = [x for text, x in ticks if text == "Jul 2024"]
    assert len(july) == 1 and june < july[0] < august  # a time axis: July's place is kept though it had no events
    rows = visit.page.eval_on_selector_all(".dyad-table tbody tr", "rows => rows.map(r => r.dataset.period)")
    assert rows == periods
    settled(visit)


def test_the_dyad_between_two_dates_shows_what_the_command_prints(visit: Visit, db: Path) -> None:
    visit.open("#/dyad?a=North%20Korea&b=RUS&by=day&since=2024-06-17&until=2024-06-21", "dyad")
    shown = visit.page.eval_on_selector_all(
        ".dyad-table tbody tr", "rows => rows.map(r => [r.dataset.period, Number(r.children[1].textContent)])")
    printed = subprocess.run(
        [sys.executable, "-m", "telex", "dyad", "North Korea", "RUS", "--db", str(db), "--by", "day", "--since",
         "2024-06-17", "--until", "2024-06-21", "--format", "json"], capture_output=True, text=True, check=True)
    assert shown == [[row["period"], row["events"]] for row in json.loads(printed.stdout)]
    assert [period for period, _ in shown] == [f"2024-06-{day}" for day in range(17, 22)]
    assert visit.page.input_value("input[name=since]") == "2024-06-17"
    settled(visit)


def test_a_dyad_of_a_date_that_is_none_says_so(visit: Visit) -> None:
    visit.page.goto(f"{visit.base}/#/dyad?a=RUS&b=PRK&since=2024-06-31")
    visit.page.wait_for_function("() => document.getElementById('view').dataset.state === 'error'")
    assert "since '2024-06-31' is not a date" in visit.page.inner_text("#view")
    assert visit.outside == []


def test_the_network_draws_the_most_active_pairs_and_leads_to_their_timeline(visit: Visit) -> None:
    visit.open("#/network", "network")
    pairs = visit.api("/api/network", limit=30)["pairs"]
    edges = visit.page.eval_on_selector_all(".network-edge", "lines => lines.map(l => [l.dataset.a, l.dataset.b, "
                                                              "+l.dataset.events])")
    assert edges == [[p["a"], p["b"], p["events"]] for p in pairs]
    visit.page.click(f'.network-edge[data-a="{pairs[0]["a"]}"][data-b="{pairs[0]["b"]}"]')
    visit.ready("dyad")
    assert visit.page.input_value("input[name=a]") == pairs[0]["a"]
    settled(visit)


def test_a_network_edge_leads_to_the_dyad_of_its_own_events(visit: Visit, db: Path) -> None:
    # The edge PRK-RUS counts the events coded PRK and RUS; the dyad it led to read PRK and RUS as every North Korean
    # and Russian actor (PRKGOV, RUSGOV too), and showed more events than the line it was reached from.
    pair = next(p for p in visit.api("/api/network", limit=30)["pairs"] if (p["a"], p["b"]) == ("PRK", "RUS"))
    visit.open("#/network", "network")
    visit.page.click('.network-edge[data-a="PRK"][data-b="RUS"]')
    visit.ready("dyad")
    shown = visit.page.eval_on_selector_all(".dyad-table tbody tr", "rows => rows.map(r => [r.dataset.period, "
                                                                     "Number(r.children[1].textContent)])")
    assert sum(events for _, events in shown) == pair["events"] == 2
    assert visit.page.is_checked("input[name=exact]")
    printed = subprocess.run([sys.executable, "-m", "telex", "dyad", "PRK", "RUS", "--db", str(db), "--exact",
                              "--format", "json"], capture_output=True, text=True, check=True)
    assert shown == [[row["period"], row["events"]] for row in json.loads(printed.stdout)]
    wider = visit.api("/api/dyads", a="PRK", b="RUS")["periods"]  # every actor of the two countries
    assert sum(row["events"] for row in wider) > pair["events"]
    settled(visit)


def _quads_overlap(a: list[list[float]], b: list[list[float]]) -> bool:
    """Whether two convex quadrilaterals (corner points in order) overlap: no edge of either separates them."""
    for quad in (a, b):
        for (x1, y1), (x2, y2) in zip(quad, quad[1:] + quad[:1], strict=True):
            normal = (y1 - y2, x2 - x1)
            spans = [[normal[0] * x + normal[1] * y for x, y in q] for q in (a, b)]
            if max(spans[0]) <= min(spans[1]) + 0.5 or max(spans[1]) <= min(spans[0]) + 0.5:
                return False
    return True


def test_the_network_labels_never_overlap(visit: Visit) -> None:
    # The busiest actors stand side by side at the top of the circle; written across, their labels ran over each other.
    actors = [{"code": f"C{n:02d}", "label": f"Actor of a long name {n}", "country": None, "events": 40 - n}
              for n in range(24)]
    pairs = [{"a": "C00", "b": f"C{n:02d}", "events": 3, "goldstein_sum": 1.0} for n in range(1, 24)]
    visit.page.route("**/api/network*", lambda route: route.fulfill(json={"pairs": pairs, "actors": actors}))
    visit.open("#/network", "network")
    quads = visit.page.eval_on_selector_all(".network-node text", """texts => texts.map(t => {
        const box = t.getBBox(), m = t.getScreenCTM();
        return [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height],
                [box.x, box.y + box.height]].map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    })""")
    assert len(quads) == 24
    overlapping = [(i, j) for i, j in combinations(range(len(quads)), 2) if _quads_overlap(quads[i], quads[j])]
    assert overlapping == []
    settled(visit)


def test_the_quote_explorer_filters_by_speaker(visit: Visit) -> None:
    visit.open("#/quotes", "quotes")
    counted = visit.page.inner_text(".speaker-list li:has(a:has-text('Bernie Sanders'))")
    visit.page.click(".speaker-list a:has-text('Bernie Sanders')")
    visit.page.wait_for_function("location.hash.includes('speaker=')")
    visit.ready("quotes")
    # The list links a speaker by its actor id, so the count beside its name is what the list then shows.
    assert "speaker=person%3Abernie-sanders" in visit.page.evaluate("location.hash")
    speakers = visit.page.eval_on_selector_all(".quote-item", "items => items.map(i => i.dataset.speaker)")
    expected = visit.api("/api/quotes", speaker="person:bernie-sanders")["quotes"]
    assert speakers == [q["speaker"] for q in expected] and set(speakers) == {"Bernie Sanders"}
    assert counted.split()[-1] == str(len(speakers))
    settled(visit)


def test_the_quote_explorer_filters_as_telex_quotes_does(visit: Visit, db: Path) -> None:
    visit.page.goto(f"{visit.base}/#/quotes?speaker=Sanders&class=speech&since=2024-01")
    visit.ready("quotes")
    shown = visit.page.eval_on_selector_all(".quote-item blockquote", "items => items.map(i => i.textContent)")
    printed = subprocess.run(
        [sys.executable, "-m", "telex", "quotes", "--db", str(db), "--speaker", "Sanders", "--class", "speech",
         "--since", "2024-01", "--format", "json"], capture_output=True, text=True, check=True)
    assert shown == [row["text"] for row in json.loads(printed.stdout)] and shown
    assert visit.page.input_value("input[name=class]") == "speech"
    visit.page.goto(f"{visit.base}/#/quotes?class=opinion")
    visit.page.wait_for_function("() => document.getElementById('view').dataset.state === 'error'")
    assert "'opinion' is no quote class; give one of" in visit.page.inner_text("#view")
    assert visit.outside == []


def test_a_name_of_several_speakers_links_each_of_them(visit: Visit) -> None:
    named = visit.api("/api/quotes", speaker="a")["speakers"]  # a letter most names hold
    assert len(named) > 1
    visit.page.goto(f"{visit.base}/#/quotes?speaker=a")
    visit.ready("quotes")
    links = visit.page.eval_on_selector_all(".several a", "links => links.map(a => a.textContent)")
    assert links == [s["speaker"] for s in named]
    visit.page.click(f".several a:has-text('{named[-1]['speaker']}')")
    visit.page.wait_for_function("id => location.hash.includes(encodeURIComponent(id))", arg=named[-1]["actor_id"])
    visit.ready("quotes")
    assert len(visit.page.query_selector_all(".quote-item")) == named[-1]["quotes"]
    settled(visit)


def test_the_api_docs_work_offline(visit: Visit) -> None:
    visit.page.goto(f"{visit.base}/docs")
    visit.page.wait_for_selector(".opblock-summary-path")
    paths = visit.page.eval_on_selector_all(".opblock-summary-path", "nodes => nodes.map(n => n.dataset.path)")
    assert set(paths) == set(visit.api("/openapi.json")["paths"])
    settled(visit)


def test_an_empty_store_says_how_to_fill_it_and_a_filter_of_nothing_does_not(
    browser: Browser, tmp_path: Path, base: str
) -> None:
    db = tmp_path / "empty.duckdb"
    with Store(db) as store:
        store.finish()
    with running(create_app(db)) as url:
        page = browser.new_page()
        empty = Visit(page, url)
        page.on("pageerror", lambda exc: empty.errors.append(str(exc)))
        empty.open("", "articles")
        assert "telex ingest" in page.inner_text(".empty-store")
        assert page.query_selector(".pager") is None  # no "no articles" under the hint
        page.close()
        assert empty.errors == []
    page = browser.new_page()
    filtered = Visit(page, base)  # the corpus has articles, none of this outlet: the filter's note, no hint
    filtered.open("#/?outlet=Nowhere", "articles")
    assert page.query_selector(".empty-store") is None and "Nowhere" in page.inner_text(".hint")
    page.close()
