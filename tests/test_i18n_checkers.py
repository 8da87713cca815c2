"""The checkers, the causes and the scan report in a pseudo-language that writes every
message in capitals: no English is left in a result, its reasons, its charts, its
summary or its downloads. (Every page as it opens: tests/test_i18n_pages.py.)"""

from __future__ import annotations

import io

import pypdf
import pytest
from pseudo_language import PSEUDO, english_in, english_left

from backinfo import causes, i18n, ui_text
from views import scan_report as scan_view


def _no_english_in_downloads(downloads: dict[str, bytes], messages: list[str]) -> None:
    assert downloads, "the page offered no download"
    for name, data in downloads.items():
        if name.endswith(".pdf"):
            pages = pypdf.PdfReader(io.BytesIO(data)).pages
            text = "\n".join(" ".join(page.extract_text().split()) for page in pages)
        else:
            text = data.decode()
        assert english_in([text], messages) == [], name


CHECKER_RESULTS = {
    # an emergency, with a not sure beside it
    "emergency": {"saddle_numbness": "1", "leg_weakness": "not_sure", "chest_pain": "1"},
    # urgent, a not sure on an emergency sign, a cause that fits, the pregnancy notice
    "urgent": {"saddle_numbness": "not_sure", "fever": "1", "pregnancy": "1",
               "radiating_leg_pain": "1", "age_years": "52", "pain_duration_weeks": "3"},
    # self-care, with the links on to treatments and the decision aid
    "self_care": {"pain_duration_weeks": "2"},
}


@pytest.mark.parametrize("case", CHECKER_RESULTS)
def test_no_english_in_a_checker_result_or_its_summary(open_page, pseudo, downloads, case):
    from backinfo.triage_questions import EMERGENCY_GROUP

    answers = {q.id: "0" for q in EMERGENCY_GROUP.questions} | CHECKER_RESULTS[case]
    app = open_page("symptom_checker", lang=PSEUDO, step="result", **answers)
    assert not app.exception
    assert english_left(app, pseudo) == []
    _no_english_in_downloads(downloads, pseudo)


def test_no_english_on_a_checker_step(open_page, pseudo):
    app = open_page("symptom_checker", lang=PSEUDO, step="you")
    assert not app.exception
    assert english_left(app, pseudo) == []


def test_no_english_in_the_chiropractor_verdict_and_picture(open_page, pseudo):
    app = open_page("chiropractor", lang=PSEUDO, steroid_use_or_osteoporosis="1",
                    blood_thinners_or_bleeding_disorder="not_sure", bladder_bowel_change="1",
                    pain_duration_weeks="20")
    assert not app.exception
    assert english_left(app, pseudo) == []


@pytest.mark.parametrize("cause", [cause.id for cause in causes.CAUSES])
def test_no_english_for_any_cause(open_page, pseudo, cause):
    app = open_page("causes", lang=PSEUDO, cause=cause)
    assert not app.exception
    assert english_left(app, pseudo) == []


REPORT = ("History of back pain. L4-L5: disc bulge and annular fissure. L5-S1 disc "
          "protrusion touching the S1 nerve root. No cauda equina compression. "
          "Modic changes at L5. Possible fracture of L2.")


def test_no_english_in_a_read_scan_report(open_page, pseudo):
    app = open_page("scan_report", lang=PSEUDO)
    app.text_area(key=scan_view.TEXT_KEY).input(REPORT).run()
    app.number_input(key="scan_report_age").set_value(45).run()
    assert not app.exception
    assert english_left(app, pseudo) == []


def test_no_english_when_findings_are_ticked(open_page, pseudo):
    app = open_page("scan_report", lang=PSEUDO)
    app.radio(key="scan_report_how").set_value("tick").run()
    for checkbox in app.checkbox[:4]:
        checkbox.check()
    app.run()
    assert not app.exception
    assert english_left(app, pseudo) == []


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_in_spanish_or_german_the_scan_report_page_says_it_reads_english_reports_only(
    open_page, lang
):
    """A report in the person's language finds no words: the page says so before they
    paste it, and again when nothing is found, and points to the doctor (HAZ-26)."""
    app = open_page("scan_report", lang=lang)
    wording = i18n.localize(ui_text.SCAN_REPORT, lang)
    assert wording.english_only in [warning.value for warning in app.warning]
    app.text_area(key=scan_view.TEXT_KEY).input("Keine Stenose. Sin hallazgos.").run()
    assert wording.nothing_found in [info.value for info in app.info]
    english = i18n.localize(ui_text.SCAN_REPORT, "en").english_only
    assert english not in [warning.value for warning in open_page("scan_report").warning]
