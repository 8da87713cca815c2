"""The About page: who writes BackInfo and how, when each page was checked, the update
policy, funding and conflicts of interest, how evidence is read, and how to report a
mistake, with a clinic's own contact when its settings give one."""

import pytest

from backinfo import choice, clinic, treatments, ui_text

TEXT = ui_text.ABOUT


def shown(app) -> str:
    return "\n".join(m.value for m in app.markdown)


def test_the_about_page_says_who_writes_it_how_who_pays_and_how_it_is_updated(open_page):
    app = open_page("about")
    assert not app.exception
    headers = [header.value for header in app.header]
    for heading, body in ((TEXT.who_heading, TEXT.who), (TEXT.how_heading, TEXT.how),
                          (TEXT.funding_heading, TEXT.funding),
                          (TEXT.updates_heading, TEXT.updates),
                          (TEXT.mistake_heading, TEXT.mistake)):
        assert heading in headers
        assert body in shown(app)


def test_the_about_page_is_honest_about_review_funding_and_conflicts():
    assert "No named doctor or other clinician has checked it yet" in TEXT.who
    assert "no funding" in TEXT.funding and "no sponsor" in TEXT.funding
    assert "NICE" in TEXT.updates and "ACP" in TEXT.updates
    assert "11" in TEXT.how  # the reading age the readability test aims at


def test_each_page_is_listed_with_the_date_it_was_last_checked(open_page):
    app = open_page("about")
    day = ui_text.CONTENT_REVIEWED
    for page in ui_text.PAGES:
        line = TEXT.reviewed_line.format(page=page.title, day=f"{day.day} {day:%B %Y}")
        assert f"- {line}" in shown(app)


def test_every_evidence_grade_and_nice_word_is_explained(open_page):
    app = open_page("about")
    for grade in choice.GRADES_FOR_YOU:
        assert grade.meaning in shown(app)
    for label in treatments.scale_levels("nice"):
        assert label.meaning in shown(app)


@pytest.fixture
def clinic_file(tmp_path, monkeypatch):
    def _write(text: str) -> None:
        path = tmp_path / "clinic.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(clinic.ENV_VAR, str(path))

    return _write


def test_a_clinic_can_add_its_own_contact_for_reporting_a_mistake(open_page, clinic_file):
    clinic_file('country = "GB"\nmistake_contact = "**Email** corrections@example.org"')
    app = open_page("about")
    assert TEXT.mistake_clinic in shown(app)
    assert "**Email** corrections@example.org" in [text.value for text in app.text]  # plain


def test_without_a_clinic_contact_no_empty_line_is_shown(open_page):
    app = open_page("about")
    assert TEXT.mistake_clinic not in shown(app)
