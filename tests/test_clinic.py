"""Clinic settings: validated, never fatal, and shown as plain text."""

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import get_args

import pytest
import textstat

from backinfo import clinic, emergency_numbers, summary, triage, ui_text
from backinfo.emergency_numbers import AMBULANCE, FALLBACK, GENERAL, NUMBERS_BY_COUNTRY
from backinfo.triage import Urgency

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_NAME = "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))"


def write(tmp_path, text: str):
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_uk_defaults():
    loaded = clinic.load(None)
    assert loaded.problem is None
    assert loaded.settings.emergency == emergency_numbers.EMERGENCY_NUMBER == "999"
    assert loaded.settings.urgent == emergency_numbers.URGENT_NUMBER == "111"


def test_every_page_a_clinic_may_hide_is_a_page_and_never_the_checker_or_home():
    hideable = set(get_args(clinic.OptionalPage))
    assert hideable <= set(ui_text.PAGE_BY_ID)
    assert not hideable & {"home", "symptom_checker"}


@pytest.mark.parametrize(
    "country, emergency_number",
    [("GB", "999"), ("US", "911"), ("EU", "112"), ("NZ", "111"), ("ZZ", "112")],
)
def test_the_emergency_number_follows_the_country(tmp_path, country, emergency_number):
    loaded = clinic.load(write(tmp_path, f'country = "{country}"\nphone = "01234 567890"'))
    assert loaded.problem is None
    assert loaded.settings.emergency == emergency_number


def test_without_an_advice_line_the_urgent_number_is_the_clinics(tmp_path):
    settings = clinic.load(write(tmp_path, 'country = "US"\nphone = "555 0100"')).settings
    assert settings.urgent == "555 0100"


def test_a_full_file_sets_every_value(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = """
name = "Riverside Practice"
phone = "+44 20 7946 0000"
address = "1 River Road, Town"
opening_hours = "Mon-Fri 8:00-18:30"
website = "https://riverside.example"
country = "GB"
emergency_number = "999"
urgent_number = "111"
logo = "logo.png"
accent_colour = "#aa3300"
hidden_pages = ["chiropractor"]
"""
    loaded = clinic.load(write(tmp_path, text))
    assert loaded.problem is None
    settings = loaded.settings
    assert settings.logo == tmp_path / "logo.png"
    assert settings.hidden_pages == ("chiropractor",)
    assert settings.contact_lines()[0] == "Riverside Practice"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("name = ", "not valid TOML"),
        ('colour = "red"', "colour: unknown setting"),
        ('phone = "call me <b>now</b>"', "phone"),
        ('emergency_number = "99a"', "emergency_number"),
        ('accent_colour = "red; background:url(x)"', "accent_colour"),
        ('website = "javascript:alert(1)"', "website"),
        ('logo = "missing.png"', "logo"),
        ('logo = "../../etc/passwd"', "logo"),
        ('hidden_pages = ["symptom_checker"]', "hidden_pages"),
        ("name = 3", "name"),
    ],
)
def test_a_broken_file_gives_defaults_and_names_the_file_and_the_problem(tmp_path, text, problem):
    path = write(tmp_path, text)
    loaded = clinic.load(path)
    assert loaded.settings == clinic.DEFAULT
    assert str(path) in loaded.problem
    assert problem in loaded.problem


def test_a_logo_that_is_not_an_image_of_its_kind_is_refused(tmp_path):
    (tmp_path / "logo.png").write_text("not a picture")
    problem = clinic.load(write(tmp_path, 'logo = "logo.png"')).problem
    assert "logo: " in problem and "is not a PNG image" in problem


def test_a_missing_or_binary_file_is_a_problem_not_a_crash(tmp_path):
    assert "cannot read" in clinic.load(tmp_path / "nope.toml").problem
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00name")
    assert clinic.load(binary).problem


def test_a_hostile_name_is_kept_exactly_as_written(tmp_path):
    loaded = clinic.load(write(tmp_path, f"name = '{HOSTILE_NAME}'"))
    assert loaded.settings.name == HOSTILE_NAME


def test_the_summary_carries_the_clinic_and_its_numbers(tmp_path):
    path = write(tmp_path, 'name = "Riverside"\ncountry = "US"\nphone = "555"')
    settings = clinic.load(path).settings
    assessment = triage.assess({"chest_pain": True})
    text = summary.summary_text(
        {"chest_pain": True},
        assessment,
        date(2026, 11, 26),
        clinic_lines=settings.contact_lines(),
        emergency=settings.emergency,
        urgent=settings.urgent,
    )
    assert text.startswith("Riverside")
    assert "911" in text and "999" not in text
    assert triage.advice_for(Urgency.EMERGENCY, emergency="911").title.startswith("Call 911")


def _check(*args):
    return subprocess.run(
        [sys.executable, "-m", "backinfo.clinic", *args], capture_output=True, text=True,
        cwd=ROOT,
    )


def test_the_check_command_accepts_a_good_file(tmp_path):
    result = _check("check", str(write(tmp_path, 'name = "Riverside"')))
    assert result.returncode == 0 and "ok" in result.stdout


def test_the_check_command_rejects_a_bad_file_with_the_same_message(tmp_path):
    path = write(tmp_path, 'phone = "none"')
    result = _check("check", str(path))
    assert result.returncode == 1
    assert clinic.load(path).problem in result.stderr


def test_the_check_command_explains_its_usage():
    assert _check().returncode == 2


def test_the_example_settings_file_is_valid():
    example = clinic.load(clinic.Path(__file__).resolve().parents[1] / "examples" / "clinic.toml")
    assert example.problem is None
    assert example.settings.warnings() == ()


# The right number for each country. Written out here, apart from the table in
# backinfo/emergency_numbers.py, so that a wrong number in the table fails a test.
EU_MEMBERS = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()  # noqa: SIM905
)
EMERGENCY_BY_COUNTRY = {
    **dict.fromkeys(EU_MEMBERS, "112"),
    "GB": "999",
    "IE": "112",
    "US": "911",
    "CA": "911",
    "AU": "000",
    "NZ": "111",
    "IN": "112",
    "ES": "112",
    "MX": "911",
    "AR": "107",
    "CO": "123",
    "CL": "131",
    "DE": "112",
    "AT": "144",
    "CH": "144",
}
URGENT_BY_COUNTRY = {
    "GB": "111",
    "CA": "811",
    "AU": "1800 022 222",
    "NZ": "0800 611 116",
    "CL": "600 360 7777",
    "DE": "116117",
    "AT": "1450",
    "SE": "1177",
}
AMBULANCE_NUMBER_COUNTRIES = {"AR", "CL", "AT", "CH", "DE"}
CLINIC_PHONE = "01234 567890"


def settings_for(tmp_path, text: str) -> clinic.ClinicSettings:
    loaded = clinic.load(write(tmp_path, text))
    assert loaded.problem is None, loaded.problem
    return loaded.settings


def test_the_table_holds_every_listed_country_and_no_other():
    assert len(EU_MEMBERS) == 27
    assert set(NUMBERS_BY_COUNTRY) == set(EMERGENCY_BY_COUNTRY)


@pytest.mark.parametrize("country", sorted(EMERGENCY_BY_COUNTRY))
def test_each_listed_country_gets_its_emergency_number(tmp_path, country):
    settings = settings_for(tmp_path, f'country = "{country}"\nphone = "{CLINIC_PHONE}"')
    assert settings.emergency == EMERGENCY_BY_COUNTRY[country]
    assert settings.emergency_note is None
    assert settings.warnings() == ()


@pytest.mark.parametrize("country", sorted(EMERGENCY_BY_COUNTRY))
def test_each_listed_country_gets_its_urgent_line_or_else_the_clinics_phone(tmp_path, country):
    settings = settings_for(tmp_path, f'country = "{country}"\nphone = "{CLINIC_PHONE}"')
    assert settings.urgent == URGENT_BY_COUNTRY.get(country, CLINIC_PHONE)


@pytest.mark.parametrize("country", sorted(EMERGENCY_BY_COUNTRY))
def test_each_country_says_which_number_it_shows_and_names_a_public_source(country):
    row = NUMBERS_BY_COUNTRY[country]
    assert row.country == country and row.name
    expected_kind = AMBULANCE if country in AMBULANCE_NUMBER_COUNTRIES else GENERAL
    assert row.kind == expected_kind
    pages = [row.source] if row.urgent is None else [row.source, row.urgent_source]
    for page in pages:
        assert page.title and page.publisher and page.url.startswith("https://")
    assert (row.urgent_source is None) == (row.urgent is None)


@pytest.mark.parametrize("country", sorted(AMBULANCE_NUMBER_COUNTRIES))
def test_where_the_ambulance_number_is_shown_the_note_names_the_other_number(country):
    row = NUMBERS_BY_COUNTRY[country]
    others = {"AR": "911", "CL": "133", "AT": "112", "CH": "112", "DE": "110"}
    assert others[country] in row.note


def test_an_unknown_country_still_works_shows_112_with_the_line_and_is_named(tmp_path):
    settings = settings_for(tmp_path, f'country = "ZZ"\nphone = "{CLINIC_PHONE}"')
    assert settings.emergency == "112"
    assert settings.emergency_note == FALLBACK.line
    assert settings.urgent == CLINIC_PHONE
    (warning,) = settings.warnings()
    assert "'ZZ'" in warning and "112" in warning


def test_a_file_without_a_country_shows_112_with_the_line_and_says_so(tmp_path):
    settings = settings_for(tmp_path, 'name = "Riverside"')
    assert settings.emergency == "112"
    assert settings.emergency_note == FALLBACK.line
    (warning,) = settings.warnings()
    assert "no country" in warning


def test_without_a_settings_file_the_uk_numbers_show_with_no_line():
    settings = clinic.load(None).settings
    assert (settings.emergency, settings.urgent, settings.emergency_note) == ("999", "111", None)
    assert settings.warnings() == ()


def test_an_emergency_number_set_in_the_file_wins_and_needs_no_line(tmp_path):
    settings = settings_for(tmp_path, 'country = "ZZ"\nemergency_number = "118"')
    assert settings.emergency == "118"
    assert settings.emergency_note is None
    assert settings.warnings() == ()
    assert settings_for(tmp_path, 'country = "AT"\nemergency_number = "112"').emergency == "112"


def test_the_old_eu_pseudo_country_still_gives_112_with_a_deprecation_warning(tmp_path):
    settings = settings_for(tmp_path, f'country = "EU"\nphone = "{CLINIC_PHONE}"')
    assert (settings.emergency, settings.urgent, settings.emergency_note) == (
        "112",
        CLINIC_PHONE,
        None,
    )
    (warning,) = settings.warnings()
    assert "'EU'" in warning and "deprecated" in warning


def test_uk_gives_the_gb_numbers_with_a_warning_to_use_gb(tmp_path):
    settings = settings_for(tmp_path, 'country = "UK"')
    assert (settings.emergency, settings.urgent) == ("999", "111")
    (warning,) = settings.warnings()
    assert "'GB'" in warning


def test_a_country_code_in_small_letters_is_accepted(tmp_path):
    assert settings_for(tmp_path, 'country = "nz"').emergency == "111"


def test_the_fallback_line_is_plain_sourced_and_says_what_112_is():
    assert FALLBACK.number == "112"
    assert "112" in FALLBACK.line and "mobile phones" in FALLBACK.line
    assert textstat.flesch_kincaid_grade(FALLBACK.line) <= 8
    assert FALLBACK.pages
    for page in FALLBACK.pages:
        assert page.title and page.publisher and page.url.startswith("https://")


def test_importing_the_clinic_settings_loads_no_pandas():
    """The check command and the numbers table start fast: pandas takes a third of a second."""
    code = "import sys, backinfo.clinic; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_check_command_names_an_unknown_country_and_still_succeeds(tmp_path):
    result = _check("check", str(write(tmp_path, 'country = "ZZ"')))
    assert result.returncode == 0
    assert "emergency number: 112" in result.stdout
    assert "warning:" in result.stderr and "'ZZ'" in result.stderr


def test_the_check_command_prints_the_numbers_and_their_source(tmp_path):
    result = _check("check", str(write(tmp_path, 'country = "AT"')))
    assert result.returncode == 0 and not result.stderr
    row = NUMBERS_BY_COUNTRY["AT"]
    assert f"emergency number: 144 ({AMBULANCE}" in result.stdout
    assert row.source.url in result.stdout
    assert "urgent advice: 1450" in result.stdout


def test_a_clinic_may_name_a_contact_for_reporting_mistakes_but_not_hide_the_about_page(tmp_path):
    loaded = clinic.load(write(tmp_path, 'mistake_contact = "errors@example.org"'))
    assert loaded.problem is None
    assert loaded.settings.mistake_contact == "errors@example.org"
    assert clinic.load(write(tmp_path, 'mistake_contact = ""')).problem
    assert clinic.load(write(tmp_path, 'hidden_pages = ["about"]')).problem
