"""A freshly started server answers a deep link first, as after a restart or a wake-up.

With the page scripts in `pages/`, Streamlit's old file-based navigation answered the
first run of a fresh server, and a first visit to `/symptom-checker` got a 'Page not
found' dialog over the emergency route. The scripts live in `app_pages/` to avoid it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from browser_app import ARTIFACTS, app_page

from backinfo import emergency, ui_text
from devtools.local import streamlit_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def test_a_fresh_servers_first_visit_by_deep_link_shows_the_page_and_no_dialog(
    browser: Browser,
) -> None:
    checker = ui_text.PAGE_BY_ID["symptom_checker"]
    log = ARTIFACTS / "streamlit-fresh.log"
    with streamlit_server("app.py", log) as (base, _), app_page(browser, base) as app:
        app.open(checker.url_path)  # the very first request this server gets

        assert app.page.locator('[role="dialog"]').count() == 0
        heading = app.page.locator("h1", has_text=checker.heading)
        assert heading.first.is_visible()
        route = emergency.route().heading
        assert app.page.get_by_text(route, exact=False).first.is_visible()
        assert app.log.page_errors == []
