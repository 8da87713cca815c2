"""Clinic settings: validated, never fatal, and shown as plain text."""

import subprocess
import sys

import pytest

from backinfo import clinic, emergency, triage
from backinfo.triage import Urgency

HOSTILE_NAME = "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))"


def write(tmp_path, text: str):
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_uk_defaults():
    loaded = clinic.load_from_environment({})
    assert loaded.problem is None
    assert loaded.settings.emergency == emergency.EMERGENCY_NUMBER == "999"
    assert loaded.settings.urgent == emergency.URGENT_NUMBER == "111"


@pytest.mark.parametrize(
    "country, emergency_number", [("GB", "999"), ("US", "911"), ("EU", "112"), ("NZ", "112")]
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
    summary = triage.summary_text(
        {"chest_pain": True},
        assessment,
        triage.date(2026, 11, 26),
        clinic_lines=settings.contact_lines(),
        emergency=settings.emergency,
        urgent=settings.urgent,
    )
    assert summary.startswith("Riverside")
    assert "911" in summary and "999" not in summary
    assert triage.advice_for(Urgency.EMERGENCY, emergency="911").title.startswith("Call 911")


def _check(*args):
    return subprocess.run(
        [sys.executable, "-m", "backinfo.clinic", *args], capture_output=True, text=True
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
