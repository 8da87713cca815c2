"""A browser tab on the running app: open a page, wait for it, drive it by keyboard.

Waiting is deterministic: Streamlit 1.67 writes `data-test-script-state` and
`data-test-connection-state` on its `stApp` element, and devtools' WATCH_SCRIPT_RUNS
records each script run that finishes, so a test waits for the rerun its own action
started, never for a fixed time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from devtools.browser import WATCH_SCRIPT_RUNS

if TYPE_CHECKING:  # playwright is imported at run time only by the `browser` fixture
    from playwright.sync_api import Browser, ConsoleMessage, Locator, Page, Request

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
APP_READY_MS = 30_000
APP_READY = (
    '[data-testid="stApp"]'
    '[data-test-script-state="notRunning"]'
    '[data-test-connection-state="CONNECTED"]'
)
RUN_FINISHED = "seen => window.__finished.length > seen"
"""True once a script run has finished since `seen` runs had (see WATCH_SCRIPT_RUNS)."""


@dataclass
class PageLog:
    """What went wrong in the page, or left the machine, while a test ran."""

    console_errors: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    page_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)


@dataclass
class AppPage:
    """A browser tab on the app, with its log."""

    page: Page
    base_url: str
    log: PageLog

    def open(self, url_path: str = "", width: int = 1280, height: int = 900) -> None:
        """Open a page of the app at this size and wait until the app is ready."""
        self.page.set_viewport_size({"width": width, "height": height})
        self.page.goto(f"{self.base_url}/{url_path}")
        wait_for_app(self.page)

    def stretch_to_content(self) -> None:
        """Make the window as tall as the app's content, so a screenshot shows all of it.

        Streamlit scrolls inside its own main element, not the document, so a full-page
        screenshot alone would stop at the window's height.
        """
        height = self.page.evaluate(
            "document.querySelector('[data-testid=\"stMain\"]').scrollHeight"
        )
        width = self.page.viewport_size["width"]
        self.page.set_viewport_size({"width": width, "height": max(height, 200)})
        wait_for_app(self.page)

    def rerun_after(self, action: Callable[[], object]) -> None:
        """Do something that reruns the script, then wait until that rerun has finished."""
        seen = self.page.evaluate("window.__finished.length")
        action()
        try:
            self.page.wait_for_function(RUN_FINISHED, arg=seen, timeout=APP_READY_MS)
        except Exception as error:
            states = self.page.evaluate("window.__states")
            focus = self.page.evaluate("document.activeElement.outerHTML.slice(0, 300)")
            raise AssertionError(f"no rerun; states {states}, focus on {focus}") from error
        wait_for_app(self.page)

    def widget(self, key: str) -> Locator:
        """The element container of the widget with this Streamlit key."""
        return self.page.locator(f".st-key-{key}")

    def tab_to(self, target: Locator, max_presses: int = 150) -> None:
        """Press Tab until the keyboard focus is inside `target`, as a keyboard user would."""
        handle = target.element_handle()
        for _ in range(max_presses):
            if self.page.evaluate("el => el.contains(document.activeElement)", handle):
                return
            self.page.keyboard.press("Tab")
        raise AssertionError(f"Tab never reached {target} in {max_presses} presses")

    def arrow_to(
        self, target: Locator, key: str, max_presses: int = 20, picks: bool = False
    ) -> None:
        """Press an arrow key until the keyboard focus is on `target` (inside a group).

        In a radio group an arrow key also picks the option it moves to, which reruns the
        script: with `picks`, each press waits for its rerun before the next.
        """
        handle = target.element_handle()
        for _ in range(max_presses):
            if self.page.evaluate("el => el.contains(document.activeElement)", handle):
                return
            if picks:
                self.rerun_after(lambda: self.page.keyboard.press(key))
            else:
                self.page.keyboard.press(key)
        raise AssertionError(f"{key} never reached {target} in {max_presses} presses")


def wait_for_app(page: Page) -> None:
    """Wait until the script has finished running and the connection is up."""
    page.wait_for_selector(APP_READY, state="attached", timeout=APP_READY_MS)


@contextmanager
def app_page(browser: Browser, base_url: str, locale: str | None = None) -> Iterator[AppPage]:
    """A fresh context and tab on the app that records errors and requests to other hosts;
    `locale` is the browser's language (as `navigator.language`)."""
    own_host = urlsplit(base_url).netloc
    context = browser.new_context(accept_downloads=True, locale=locale)
    context.add_init_script(WATCH_SCRIPT_RUNS)
    page = context.new_page()
    log = PageLog()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.console_errors.append((message.text, message.location.get("url", "")))

    def on_request(request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own_host:
            log.foreign_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("request", on_request)
    try:
        yield AppPage(page, base_url, log)
    finally:
        context.close()


def download_by_keyboard(app: AppPage, button_label: str) -> Path:
    """Tab to the download button with this label, press Enter, return the saved file."""
    button = app.page.locator('[data-testid="stDownloadButton"] button', has_text=button_label)
    app.tab_to(button)
    with app.page.expect_download() as download:
        app.page.keyboard.press("Enter")
    return Path(download.value.path())
