"""Languages in a real browser: the browser's own language, and the language menu used by
keyboard alone, kept in the address and across pages."""

from __future__ import annotations

from browser_app import app_page

import ui
from backinfo import i18n, ui_text


def heading(page_id: str, lang: str) -> str:
    return i18n.localize(ui_text.PAGE_BY_ID[page_id], lang).heading


def test_the_browsers_language_opens_the_app_in_it(browser, app_url):
    with app_page(browser, app_url, locale="de-DE") as app:
        app.open()
        assert app.page.locator("h1").first.inner_text() == heading("home", "de")
        # The page's script marks the language just after the page is drawn.
        app.page.wait_for_function("document.documentElement.lang === 'de'", timeout=10_000)


def test_the_language_menu_by_keyboard_switches_the_page_and_keeps_it(app):
    app.open("living-with-back-pain")
    menu = app.widget(ui.LANGUAGE_CONTROL).locator("input")
    app.tab_to(menu)
    app.page.keyboard.type("Espa")
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))
    assert app.page.locator("h1").first.inner_text() == heading("living", "es")
    assert "lang=es" in app.page.url
    # On to another page by the navigation: the session keeps the language.
    link = app.page.get_by_role("link", name=i18n.localize(
        ui_text.PAGE_BY_ID["sources"], "es").title)
    app.rerun_after(link.click)
    assert app.page.locator("h1").first.inner_text() == heading("sources", "es")
    assert "lang=es" in app.page.url
