"""The language is chosen per session: by link, by the menu, by the browser, by the clinic;
never for every visitor at once, and a choice never loses a person's answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui
from backinfo import i18n, ui_text

ROOT = Path(__file__).resolve().parents[1]
HEADING = {lang: i18n.localize(ui_text.PAGE_BY_ID["home"], lang).heading
           for lang in i18n.LANGUAGE_NAMES}
LIVING = {lang: i18n.localize(ui_text.PAGE_BY_ID["living"], lang).heading
          for lang in i18n.LANGUAGE_NAMES}


def start(*, page: str = "home", context: dict | None = None, **query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    app.context.update(context or {})
    app.query_params.update(query)
    app.run()
    if page != "home":
        app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception
    return app


def title(app: AppTest) -> str:
    return app.title[0].value


def test_the_three_languages_have_their_own_headings():
    assert len(set(HEADING.values())) == 3


def test_two_sessions_at_once_keep_their_own_language():
    spanish, german = start(lang="es"), start(lang="de")
    spanish.run()
    english = start()
    german.run()
    assert (title(spanish), title(german), title(english)) == (
        HEADING["es"], HEADING["de"], HEADING["en"])


def test_the_menu_switches_the_language_and_puts_it_in_the_address():
    app = start()
    app.sidebar.selectbox(key=ui.LANGUAGE_CONTROL).set_value("de").run()
    assert title(app) == HEADING["de"]
    assert app.query_params["lang"] == "de"


def test_the_session_remembers_the_choice_when_the_address_drops_it():
    """A click in the navigation opens the next page without the page's query string."""
    app = start()
    app.sidebar.selectbox(key=ui.LANGUAGE_CONTROL).set_value("de").run()
    app.query_params.clear()
    app.switch_page("app_pages/living.py").run()
    assert title(app) == LIVING["de"]
    assert app.query_params["lang"] == "de", "the address gets the language back"


def test_the_chosen_language_follows_to_another_page():
    app = start(lang="es")
    app.switch_page("app_pages/living.py").run()
    assert title(app) == LIVING["es"]
    assert app.query_params["lang"] == "es"


def test_the_browsers_language_is_used_when_the_link_names_none():
    assert title(start(context={"locale": "de-AT"})) == HEADING["de"]
    assert title(start(context={"locale": "fr-FR"})) == HEADING["en"]


def test_the_link_wins_over_the_browser():
    assert title(start(context={"locale": "de-DE"}, lang="es")) == HEADING["es"]


@pytest.mark.parametrize("odd", ["fr", "xx-!!", "de,es", ""])
def test_a_language_not_offered_is_named_and_english_is_shown(odd):
    app = start(lang=odd)
    assert title(app) == HEADING["en"]
    assert [info.value for info in app.info] == [ui_text.COMMON.unknown_link_value]
    assert "lang" not in app.query_params


def test_the_clinic_chooses_the_languages_and_the_default(clinic_file):
    clinic_file('languages = ["de", "en"]\ndefault_language = "de"\n')
    assert title(start()) == HEADING["de"]
    app = start(lang="es")  # offered by BackInfo, not by this clinic
    assert title(app) == HEADING["de"]
    assert app.info[0].value == i18n.localize(ui_text.COMMON, "de").unknown_link_value
    assert app.sidebar.selectbox(key=ui.LANGUAGE_CONTROL).options == ["Deutsch", "English"]


def test_a_clinic_with_one_language_shows_no_menu(clinic_file):
    clinic_file('languages = ["es"]\ndefault_language = "es"\n')
    app = start(context={"locale": "de-DE"})
    assert title(app) == HEADING["es"]
    assert not app.sidebar.selectbox


def test_embedded_the_menu_is_on_the_page():
    app = start(context={"is_embedded": True})
    assert not app.sidebar.selectbox
    assert app.main.selectbox(key=ui.LANGUAGE_CONTROL).value == "en"


def test_switching_language_keeps_the_checkers_answers():
    app = start(page="symptom_checker", bladder_bowel_change="0", saddle_numbness="0",
                sexual_function_change="0", pain_both_legs="0", serious_accident="0",
                chest_pain="0", step="urgent", fever="1")
    app.sidebar.selectbox(key=ui.LANGUAGE_CONTROL).set_value("es").run()
    assert app.query_params["fever"] == "1" and app.query_params["step"] == "urgent"
    assert app.radio(key="fever").value is True
    assert title(app) == i18n.localize(ui_text.PAGE_BY_ID["symptom_checker"], "es").heading
