"""A clinic's settings reach every page; a broken file is reported, never fatal."""

from typing import get_args

import pytest

from backinfo import chiropractic, clinic, emergency, treatments, ui_text
from backinfo.emergency_numbers import FALLBACK

HOSTILE_NAME = "<img src=x onerror=alert(1)> **Riverside**"


def test_the_clinic_name_is_shown_as_plain_text(open_page, clinic_file):
    clinic_file(f"name = '{HOSTILE_NAME}'\nphone = '01234 567890'\nopening_hours = 'Mon-Fri'")
    app = open_page("home")
    assert HOSTILE_NAME in [text.value for text in app.text]
    assert "01234 567890" in [text.value for text in app.text]
    assert not any("<img" in m.value for m in app.markdown)


def test_the_country_sets_the_emergency_number_on_every_page(open_page, clinic_file):
    clinic_file('country = "US"\nphone = "555 0100"')
    for page in ui_text.PAGES:
        app = open_page(page.id)
        route = emergency.route(emergency="911", urgent="555 0100")
        assert any(route.call_now in alert.value for alert in app.error), page.id


@pytest.mark.parametrize("page_id", [page.id for page in ui_text.PAGES])
def test_an_unknown_country_shows_112_with_the_mobile_number_line_on_every_page(
    open_page, clinic_file, page_id
):
    clinic_file('country = "ZZ"\nphone = "555 0100"')
    app = open_page(page_id)
    assert not app.exception
    # a file with an unknown country is still usable: no settings problem
    assert ui_text.COMMON.clinic_settings_problem not in [w.value for w in app.warning]
    call_now = emergency.route(emergency="112", urgent="555 0100").call_now
    alerts = [alert.value for alert in app.error if call_now in alert.value]
    assert alerts and all(FALLBACK.line in alert for alert in alerts), page_id


def test_a_file_without_a_country_shows_112_with_the_line(open_page, clinic_file):
    clinic_file('name = "Riverside"')
    app = open_page("home")
    (alert,) = [a.value for a in app.error if emergency.route(emergency="112").call_now in a.value]
    assert FALLBACK.line in alert


@pytest.mark.parametrize("country, number", [("NZ", "111"), ("AT", "144"), ("EU", "112")])
def test_a_known_country_shows_its_number_without_the_fallback_line(
    open_page, clinic_file, country, number
):
    clinic_file(f'country = "{country}"')
    app = open_page("symptom_checker")
    assert any(emergency.route(emergency=number).call_now in alert.value for alert in app.error)
    assert not any(FALLBACK.line in alert.value for alert in app.error)


@pytest.mark.parametrize("page_id", [page.id for page in ui_text.PAGES])
def test_a_broken_file_is_named_on_every_page_and_the_app_carries_on(
    open_page, clinic_file, page_id
):
    path = clinic_file("name = [unclosed")
    app = open_page(page_id)
    assert not app.exception
    assert ui_text.COMMON.clinic_settings_problem in [w.value for w in app.warning]
    assert any(str(path) in text.value and "TOML" in text.value for text in app.text)
    assert any(emergency.route().call_now in alert.value for alert in app.error)


def test_a_clinic_can_hide_optional_pages(open_page, clinic_file):
    clinic_file('hidden_pages = ["chiropractor", "living"]')
    app = open_page("home")
    linked = {link.proto.page for link in app.get("page_link")}
    assert ui_text.PAGE_BY_ID["chiropractor"].url_path not in linked
    assert ui_text.PAGE_BY_ID["living"].url_path not in linked
    assert ui_text.PAGE_BY_ID["symptom_checker"].url_path in linked


@pytest.mark.parametrize("page_id", ["home", "causes", "symptom_checker", "sources"])
def test_pages_that_link_to_hidden_pages_still_render(open_page, clinic_file, page_id):
    clinic_file('hidden_pages = ["treatments", "chiropractor", "living"]')
    app = open_page(page_id, radiating_leg_pain="1", cancer_history="1")
    assert not app.exception
    linked = {link.proto.page for link in app.get("page_link")}
    assert not linked & {ui_text.PAGE_BY_ID[p].url_path for p in get_args(clinic.OptionalPage)}


def test_with_treatments_hidden_the_chiropractor_page_names_the_alternatives(
    open_page, clinic_file
):
    clinic_file('hidden_pages = ["treatments"]')
    app = open_page("chiropractor")
    assert not app.exception
    shown = [m.value for m in app.markdown]
    for option_id in chiropractic.ALTERNATIVES:
        assert f"**{treatments.TREATMENT_BY_ID[option_id].name}**" in shown


def test_a_broken_logo_is_reported_not_fatal(open_page, clinic_file, tmp_path):
    (tmp_path / "logo.png").write_text("not a picture")
    clinic_file('name = "Riverside"\nlogo = "logo.png"')
    app = open_page("home")
    assert not app.exception
    assert ui_text.COMMON.clinic_settings_problem in [w.value for w in app.warning]
