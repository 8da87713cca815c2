"""The app embedded in examples/intranet.html, in a real browser.

The example page is served by a small local web server, with its iframe pointed at the
test's app server; one visit opens it, checks the app in the frame, changes page inside
the frame and narrows the window to phone width. The tests below check what it recorded.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_app import (
    APP_READY,
    APP_READY_MS,
    ARTIFACTS,
    ROOT,
    RUN_FINISHED,
    PageLog,
    app_page,
)

import ui
from backinfo import clinic, emergency, ui_text

EXAMPLE = ROOT / "examples" / "intranet.html"
EXAMPLE_APP_URL = "http://localhost:8501"  # where the example expects the app
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
CHECKER = ui_text.PAGE_BY_ID["symptom_checker"]
ROUTE = emergency.route(emergency=clinic.DEFAULT.emergency, urgent=clinic.DEFAULT.urgent)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def intranet_url(app_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """examples/intranet.html, its iframe pointed at the app, served on a loopback port."""
    html = EXAMPLE.read_text(encoding="utf-8")
    assert EXAMPLE_APP_URL in html, f"{EXAMPLE.name} no longer points at {EXAMPLE_APP_URL}"
    folder = tmp_path_factory.mktemp("intranet")
    (folder / "index.html").write_text(html.replace(EXAMPLE_APP_URL, app_url), encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class EmbedVisit:
    """What one visit of the intranet page recorded."""

    app_host: str
    iframe_title: str
    first_frame_url: str
    emergency_visible: bool
    language_menu_in_page: bool
    frame_url_after_click: str
    checker_heading_visible: bool
    top_url_changed: bool
    overflow_px: dict[str, int]  # width name -> how far the frame's content is too wide
    exceptions: list[str]
    log: PageLog


@pytest.fixture(scope="module")
def visit(browser, app_url: str, intranet_url: str) -> Iterator[EmbedVisit]:
    with app_page(browser, intranet_url) as intranet:
        page = intranet.page
        page.set_viewport_size(dict(zip(("width", "height"), WIDTHS["desktop"], strict=True)))
        page.goto(intranet_url)
        iframe = page.locator("iframe")
        inside = page.frame_locator("iframe")
        inside.locator(APP_READY).wait_for(state="attached", timeout=APP_READY_MS)
        frame = iframe.element_handle().content_frame()
        first_frame_url = frame.url
        emergency_visible = inside.get_by_text(ROUTE.call_now).first.is_visible()
        menu = inside.locator(f'[data-testid="stMain"] .st-key-{ui.LANGUAGE_CONTROL}')
        language_menu_in_page = menu.is_visible()

        overflow = {"desktop": _overflow(frame)}
        seen = frame.evaluate("window.__finished.length")
        inside.locator('[data-testid="stSidebarNav"] a', has_text=CHECKER.title).click()
        frame.wait_for_function(RUN_FINISHED, arg=seen, timeout=APP_READY_MS)
        inside.locator(APP_READY).wait_for(state="attached", timeout=APP_READY_MS)
        heading = inside.get_by_role("heading", name=CHECKER.heading, exact=True)
        checker_heading_visible = heading.is_visible()
        frame_url_after_click = frame.url

        page.set_viewport_size(dict(zip(("width", "height"), WIDTHS["phone"], strict=True)))
        overflow["phone"] = _overflow(frame)
        shots = ARTIFACTS / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=shots / "embed-phone.png")
        yield EmbedVisit(
            app_host=urlsplit(app_url).netloc,
            iframe_title=iframe.get_attribute("title") or "",
            first_frame_url=first_frame_url,
            emergency_visible=emergency_visible,
            language_menu_in_page=language_menu_in_page,
            frame_url_after_click=frame_url_after_click,
            checker_heading_visible=checker_heading_visible,
            top_url_changed=page.url != intranet_url,
            overflow_px=overflow,
            exceptions=inside.locator('[data-testid="stException"]').all_inner_texts(),
            log=intranet.log,
        )


def _overflow(frame) -> int:
    return frame.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_the_iframe_has_a_title_for_screen_readers(visit: EmbedVisit) -> None:
    assert len(visit.iframe_title.split()) >= 3


def test_the_frame_opens_the_app_in_embed_mode_with_valid_options(visit: EmbedVisit) -> None:
    query = parse_qs(urlsplit(visit.first_frame_url).query)
    assert query["embed"] == ["true"]
    valid = {"show_toolbar", "show_padding", "disable_scrolling", "light_theme", "dark_theme"}
    assert query["embed_options"] and set(query["embed_options"]) <= valid


def test_the_emergency_route_is_visible_in_the_frame(visit: EmbedVisit) -> None:
    assert visit.emergency_visible


def test_the_language_menu_is_on_the_page_in_the_frame(visit: EmbedVisit) -> None:
    assert visit.language_menu_in_page


def test_the_page_menu_changes_page_inside_the_frame_and_keeps_embed_mode(
    visit: EmbedVisit,
) -> None:
    after = urlsplit(visit.frame_url_after_click)
    assert after.path == f"/{CHECKER.url_path}"
    assert parse_qs(after.query)["embed"] == ["true"]
    assert visit.checker_heading_visible
    assert not visit.top_url_changed


def test_the_app_fits_the_frame_at_desktop_and_phone_width(visit: EmbedVisit) -> None:
    assert visit.overflow_px == {"desktop": 0, "phone": 0}


def test_the_embedded_app_shows_no_exception_or_error(visit: EmbedVisit) -> None:
    assert visit.exceptions == []
    assert visit.log.page_errors == [] and visit.log.console_errors == []


def test_the_embedded_app_requests_nothing_from_other_hosts(visit: EmbedVisit) -> None:
    others = {url for url in visit.log.foreign_requests if urlsplit(url).netloc != visit.app_host}
    assert sorted(others) == []
