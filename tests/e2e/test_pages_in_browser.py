"""Every page in a real browser, in every language, at desktop and phone width: no errors,
accessible, private, and marked with its language for screen readers.

Each page is opened once per language and width; the tests below check what that visit
recorded. The screenshots land in test-artifacts/screenshots/ (git-ignored): look at them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_app import ARTIFACTS, AppPage, PageLog, app_page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from backinfo.i18n import LANGUAGE_NAMES
from backinfo.ui_text import PAGES, PageText

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
CHARTS = '[data-testid="stVegaLiteChart"]'
# Streamlit's frontend, opened at a page's address, first asks for its health and host
# config under that address, gets a 404, and then asks at the root. Nothing is broken;
# see tests/e2e/README.md. Only these two exact addresses are forgiven.
STREAMLIT_PROBES = ("_stcore/health", "_stcore/host-config")
# What a chart offers beyond its picture: its label for screen readers, a text alternative
# next to it (a table, or written text of some length, in the element just before or after
# it, or in a neighbouring column; an expander's text counts, as it is read when opened),
# and marks that carry meaning without colour (text labels or distinct point shapes).
DESCRIBE_CHART = """chart => {
  const isAlternative = (el) => !el.querySelector('[data-testid="stVegaLiteChart"]') && (
    el.querySelector('[data-testid="stDataFrame"], [data-testid="stTable"], table') !== null
    || el.textContent.trim().length >= 40);
  const own = chart.closest('[data-testid="stElementContainer"]');
  const near = [];
  for (const step of ['previousElementSibling', 'nextElementSibling']) {
    let el = own;
    for (let i = 0; i < 2 && el; i++) { el = el[step]; if (el) near.push(el); }
  }
  const column = chart.closest('[data-testid="stColumn"]');
  if (column) near.push(...[...column.parentElement.children].filter(c => c !== column));
  const svg = chart.querySelector('svg');
  return {
    label: chart.getAttribute('aria-label') || '',
    role: chart.getAttribute('role') || '',
    hidden: chart.closest('[aria-hidden="true"]') !== null,
    text_alternative: near.some(isAlternative),
    text_or_shape_marks: svg !== null && svg.querySelector(
      'g.mark-text.role-mark, g.mark-symbol.role-mark') !== null,
  };
}"""
NOT_FOUND = "Failed to load resource: the server responded with a status of 404"


@dataclass
class Visit:
    """What one visit of one page at one width recorded."""

    page: PageText
    width: str
    lang: str
    html_lang: str
    url: str
    exceptions: list[str]
    dialogs: list[str]
    charts: list[dict]
    axe_violations: list[dict]
    log: PageLog


def page_url(page: PageText) -> str:
    """A page's address under the app: home at the root, the others at their url_path."""
    return "" if page.id == "home" else page.url_path


def wait_for_charts(app: AppPage) -> None:
    """Vega draws after the script has finished: wait until every chart has its picture."""
    for chart in app.page.locator(CHARTS).all():
        chart.locator("svg, canvas").first.wait_for(state="attached")


def shot_name(page: PageText, width: str, lang: str) -> str:
    return f"{page.id}-{width}.png" if lang == "en" else f"{page.id}-{width}-{lang}.png"


VISITS = [(page, width, lang) for lang in LANGUAGE_NAMES for page in PAGES for width in WIDTHS]


@pytest.fixture(
    scope="module",
    params=VISITS,
    ids=[f"{page.id}-{width}-{lang}" for page, width, lang in VISITS],
)
def visit(request: pytest.FixtureRequest, browser, app_url: str) -> Iterator[Visit]:
    """Open one page in one language at one width, run axe-core, save a full-page
    screenshot."""
    page, width, lang = request.param
    with app_page(browser, app_url) as app:
        app.open(f"{page_url(page)}?lang={lang}", *WIDTHS[width])
        wait_for_charts(app)
        # The page's script marks the language once it runs: allow it a moment.
        with contextlib.suppress(PlaywrightTimeout):  # the test below names the one it kept
            app.page.wait_for_function("lang => document.documentElement.lang === lang",
                                       arg=lang, timeout=10_000)
        html_lang = app.page.evaluate("document.documentElement.lang")
        dialogs = app.page.locator('[role="dialog"]').all_inner_texts()
        app.stretch_to_content()
        results = Axe().run(
            app.page,
            options={"runOnly": {"type": "tag", "values": WCAG_22_A_AA}},
        )
        shots = ARTIFACTS / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        app.page.screenshot(path=shots / shot_name(page, width, lang), full_page=True)
        yield Visit(
            page=page,
            width=width,
            lang=lang,
            html_lang=html_lang,
            url=app.page.url,
            exceptions=app.page.locator('[data-testid="stException"]').all_inner_texts(),
            dialogs=dialogs,
            charts=[chart.evaluate(DESCRIBE_CHART) for chart in app.page.locator(CHARTS).all()],
            axe_violations=results.response["violations"],
            log=app.log,
        )


def is_streamlit_probe(text: str, url: str, visit: Visit) -> bool:
    """The harmless 404s of Streamlit's frontend looking for its endpoints under a page."""
    base = visit.url.split("?")[0].rstrip("/")
    return text.startswith(NOT_FOUND) and url in {f"{base}/{probe}" for probe in STREAMLIT_PROBES}


def test_page_shows_no_exception(visit: Visit) -> None:
    assert visit.exceptions == []


def test_page_opens_without_a_dialog_over_it(visit: Visit) -> None:
    assert visit.dialogs == []


def test_page_logs_no_console_or_page_error(visit: Visit) -> None:
    errors = [
        f"{text} ({url})"
        for text, url in visit.log.console_errors
        if not is_streamlit_probe(text, url, visit)
    ]
    assert errors + visit.log.page_errors == []


def test_page_has_no_serious_or_critical_axe_violation(visit: Visit) -> None:
    blocking = [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(f"    {node['target']}" for node in violation["nodes"])
        for violation in visit.axe_violations
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, "axe-core found:\n" + "\n".join(blocking)


def test_page_requests_nothing_from_other_hosts(visit: Visit) -> None:
    assert sorted(set(visit.log.foreign_requests)) == []


def test_page_screenshot_is_saved(visit: Visit) -> None:
    shot = ARTIFACTS / "screenshots" / shot_name(visit.page, visit.width, visit.lang)
    assert shot.stat().st_size > 0


def test_page_tells_screen_readers_its_language(visit: Visit) -> None:
    assert visit.html_lang == visit.lang


def test_every_chart_has_a_description_for_screen_readers(visit: Visit) -> None:
    for chart in visit.charts:
        assert not chart["hidden"]
        assert chart["role"] in {"img", "graphics-document"}
        assert len(chart["label"].split()) >= 5, chart


def test_every_chart_has_a_text_alternative_beside_it(visit: Visit) -> None:
    assert [chart["label"] for chart in visit.charts if not chart["text_alternative"]] == []


def test_every_chart_keeps_its_meaning_without_colour(visit: Visit) -> None:
    assert [chart["label"] for chart in visit.charts if not chart["text_or_shape_marks"]] == []

