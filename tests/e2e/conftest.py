"""Browser fixtures: one Streamlit server and one Chromium for the session, a page per test.

The browser is Debian's Chromium at /usr/bin/chromium, driven by Playwright; no browser is
ever downloaded. Without it the tests skip, except under `CI`, where they fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_app import ARTIFACTS, ROOT, AppPage, app_page

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STREAMLIT_RUN = (
    sys.executable,
    "-m",
    "streamlit",
    "run",
    "app.py",
    "--server.headless=true",
    "--browser.gatherUsageStats=false",
    "--server.address=127.0.0.1",
)
SERVER_START_SECONDS = 60


def _unavailable(reason: str) -> None:
    """Skip when there is no browser, but fail under CI, where one must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="session")
def app_url(browser: Browser) -> Iterator[str]:
    """Start `streamlit run app.py` on a free loopback port; yield its base URL.

    The server has served one first visit, at the root, before any test opens it: on a
    fresh server, Streamlit 1.67 knows the st.navigation pages only after the first run,
    so a first visit by a deep link shows a 'Page not found' dialog over the right page
    (streamlit/streamlit#9992; see tests/e2e/README.md).
    """
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "streamlit.log").open("w")
    server = subprocess.Popen(
        [*STREAMLIT_RUN, f"--server.port={port}"],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_SECONDS
    try:
        while not _healthy(f"{base}/_stcore/health"):
            if server.poll() is not None:
                pytest.fail(f"streamlit exited with {server.returncode}; see {log.name}")
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit not healthy after {SERVER_START_SECONDS}s; see {log.name}")
            time.sleep(0.1)  # a poll interval under a deadline, not a wait for readiness
        with app_page(browser, base) as first_visit:
            first_visit.open()
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


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
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def app(browser: Browser, app_url: str) -> Iterator[AppPage]:
    """A fresh tab on the app for one test."""
    with app_page(browser, app_url) as tab:
        yield tab
