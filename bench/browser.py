"""Measure Streamlit pages in Chromium: warm page load, interaction latency, sessions.

Every time is taken inside the page with `performance.now()`, so Playwright's own round
trips are not counted. An init script logs, with their times, each change of
`data-test-script-state` on the `stApp` element and each `script_finished` message on
Streamlit's websocket. A page is ready when a script run has finished, the page shows
`notRunning`, the connection is up and the main area shows a heading.

A second clock, "drawn", ignores Streamlit's signals: the same init script notes the time of
every change to the page (a `MutationObserver` on the whole document), and a page is drawn
once nothing has changed for `QUIET_MS`; the time is that of the last change. It counts
what the person waits for after the script has ended: charts that Vega draws, tables.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from devtools.browser import CHROMIUM, CHROMIUM_ARGS, WATCH_SCRIPT_RUNS

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page, Playwright

TIMEOUT_MS = 60_000
QUIET_MS = 500  # no change to the page for this long: it is drawn
LOG_SCRIPT_STATE = WATCH_SCRIPT_RUNS + """
window.__changedAt = 0;
new MutationObserver(() => { window.__changedAt = performance.now(); })
  .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
window.__clickAt = null;
// A click starts at pointerdown: React Aria may toggle a widget before the click event.
const pressed = () => { if (window.__clickAt === null) window.__clickAt = performance.now(); };
for (const type of ['pointerdown', 'mousedown', 'click']) {
  document.addEventListener(type, pressed, true);
}
"""
# The end of a script run: its `script_finished` message, or the page showing `notRunning`
# if that came later. A fast rerun may never show `running`: React can batch both changes.
FINISHED_AFTER = """
(since) => {
  const finished = window.__finished.filter((at) => at >= since);
  if (!finished.length) return 0;
  const shown = window.__states.filter(([, at]) => at >= since).map(([, at]) => at);
  return Math.max(...finished, ...shown);
}
"""
# Once the page is ready, returns when its last script run ended (ms since navigation start).
LOADED = f"""
() => {{
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return 0;
  if (app.getAttribute('data-test-connection-state') !== 'CONNECTED') return 0;
  if (!document.querySelector('[data-testid="stMain"] h1')) return 0;
  if (document.querySelector('[data-testid="stMain"] [data-testid="stSkeleton"]')) return 0;
  return ({FINISHED_AFTER})(0);
}}
"""
# Returns the click-to-finished time once a rerun started by the click has ended.
RERUN_DONE = f"""
() => {{
  const clicked = window.__clickAt;
  const app = document.querySelector('[data-testid="stApp"]');
  if (clicked === null || app.getAttribute('data-test-script-state') !== 'notRunning') return 0;
  const end = ({FINISHED_AFTER})(clicked);
  return end ? Math.max(end - clicked, 0.001) : 0;
}}
"""

# Once the page has not changed for QUIET_MS: the last change's time, minus `since`.
DRAWN_AFTER = f"""
(since) => {{
  const now = performance.now();
  if (now - window.__changedAt < {QUIET_MS}) return 0;
  return Math.max(window.__changedAt - since, 0.001);
}}
"""


@dataclass(frozen=True)
class Interaction:
    """The main interaction of a page: a widget key and how to click it one way and back."""

    key: str
    forth: str  # a CSS selector inside the widget's container, clicked first
    back: str  # clicked next, to return to where the page started
    query: str = ""  # added to the page's address to open it where the widget is shown

    def selectors(self) -> tuple[str, str]:
        return f".st-key-{self.key} {self.forth}", f".st-key-{self.key} {self.back}"


def checkbox(key: str) -> Interaction:
    return Interaction(key, "label", "label")


def yes_then_no(key: str, query: str = "") -> Interaction:
    """A question of Yes / No / Not sure: pick Yes, then No to go back."""
    option = '[data-testid="stRadioOption"]'
    return Interaction(key, f"{option} >> nth=0", f"{option} >> nth=1", query)


def checker_second_step() -> str:
    """The symptom checker's address at its second step, every emergency sign answered No:
    the checker shows one step at a time and asks the emergency signs first, alone."""
    from backinfo.triage_questions import GROUPS

    first, second = GROUPS[:2]
    return "?" + "&".join([*(f"{q.id}=no" for q in first.questions), f"step={second.id}"])


INTERACTIONS = {
    "blank": checkbox("tick"),
    "symptom_checker": yes_then_no("fever", checker_second_step()),
    # From the first phase to the second and back: one chart each, as most people see it.
    "treatments": Interaction("treatments_phase", "button >> nth=1", "button >> nth=0"),
    "causes": Interaction(
        "cause", '[data-testid="stRadioOption"] >> nth=1', '[data-testid="stRadioOption"] >> nth=0'
    ),
    "living": checkbox("plan_sit_less"),
    "chiropractor": yes_then_no("spinal_arthritis"),
}


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    """Headless Debian Chromium under Playwright; no browser is downloaded."""
    from playwright.async_api import async_playwright

    playwright: Playwright
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield browser
        finally:
            await browser.close()


async def new_page(browser: Browser) -> Page:
    """A tab in a fresh context that logs the script state from the first byte."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.add_init_script(LOG_SCRIPT_STATE)
    return await context.new_page()


async def load(page: Page, url: str) -> float:
    """Open `url`; return ms from navigation start until the page is ready."""
    await page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    ready = await page.wait_for_function(LOADED, polling="raf", timeout=TIMEOUT_MS)
    return float(await ready.json_value())


async def click_and_wait(page: Page, selector: str) -> float:
    """Click `selector`; return ms from the click until the rerun it started has finished."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    await page.evaluate("window.__clickAt = null")
    await page.locator(selector).click(timeout=TIMEOUT_MS)
    try:
        done = await page.wait_for_function(RERUN_DONE, polling="raf", timeout=TIMEOUT_MS)
    except PlaywrightTimeout as error:
        raise RuntimeError(f"no rerun finished after clicking {selector} on {page.url}") from error
    return float(await done.json_value())


async def drawn(page: Page, since: float) -> float:
    """Once the page has stopped changing: ms from `since` (page time) to its last change."""
    done = await page.wait_for_function(
        DRAWN_AFTER, arg=since, polling=100, timeout=TIMEOUT_MS
    )
    return float(await done.json_value())


async def pressed_at(page: Page) -> float:
    """The page time of the last click's press."""
    return float(await page.evaluate("window.__clickAt"))


async def page_problems(page: Page) -> list[str]:
    """Exceptions Streamlit shows in the page and a lost connection, as short messages."""
    problems = []
    exceptions = await page.locator('[data-testid="stException"]').all_inner_texts()
    problems += [f"exception in page: {text[:200]}" for text in exceptions]
    state = await page.locator('[data-testid="stApp"]').get_attribute("data-test-connection-state")
    if state != "CONNECTED":
        problems.append(f"connection state {state}")
    return problems
