"""Browser fixtures: one Streamlit server and one Chromium for the session, a page per test.

The browser is Debian's Chromium at /usr/bin/chromium, driven by Playwright; no browser is
ever downloaded. Without it the tests skip, except under `CI`, where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from browser_app import ARTIFACTS, AppPage, app_page

from devtools.browser import CHROMIUM, CHROMIUM_ARGS
from devtools.local import streamlit_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def _unavailable(reason: str) -> None:
    """Skip when there is no browser, but fail under CI, where one must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def app_url(browser: Browser) -> Iterator[str]:
    """Start `streamlit run app.py` on a free loopback port; yield its base URL."""
    with streamlit_server("app.py", ARTIFACTS / "streamlit.log") as (base, _):
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium under Playwright, shared by every test."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found: install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: pip install -r requirements-dev.txt")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
        )
        yield chromium
        chromium.close()


@pytest.fixture
def app(browser: Browser, app_url: str) -> Iterator[AppPage]:
    """A fresh tab on the app for one test."""
    with app_page(browser, app_url) as tab:
        yield tab
