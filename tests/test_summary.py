"""The symptom checker's summary for an appointment: result, reasons, answers, date."""

import io
from datetime import date

import pypdf
import pytest

from backinfo import documents, i18n, summary, triage, ui_text
from backinfo.questionnaire import NOT_SURE
from backinfo.summary import summary_text
from backinfo.triage import assess
from backinfo.triage_questions import QUESTION_BY_ID
from backinfo.triage_rules import RULE_BY_ID, Urgency

TEXT = ui_text.CHECKER


def test_the_summary_holds_the_date_result_reasons_answers_and_a_disclaimer():
    answers = {"saddle_numbness": True, "age_years": 52, "pain_duration_weeks": 2.5}
    text = summary_text(answers, assess(answers), date(2026, 3, 5))
    assert "5 March 2026" in text
    assert "Call 999 or go to A&E now" in text
    assert RULE_BY_ID["saddle_numbness"].reason in text
    assert f"{QUESTION_BY_ID['saddle_numbness'].text} {ui_text.ANSWERS.yes}" in text
    assert f"{QUESTION_BY_ID['age_years'].text} 52" in text
    assert f"{QUESTION_BY_ID['pain_duration_weeks'].text} 2.5" in text
    assert TEXT.summary_not_a_diagnosis in text


def test_a_summary_without_warning_signs_says_so():
    text = summary_text({}, assess({}), date(2026, 1, 1))
    assert TEXT.no_warning_signs in text
    assert triage.advice_for(Urgency.SELF_CARE).title in text


def test_the_summary_prints_clinic_lines_first():
    text = summary_text({}, assess({}), date(2026, 1, 1), clinic_lines=["Back Clinic"])
    assert text.startswith("Back Clinic\n")


def test_the_summary_shows_not_sure_answers():
    answers = {"saddle_numbness": NOT_SURE}
    text = summary_text(answers, assess(answers), date(2026, 1, 1))
    assert f"{QUESTION_BY_ID['saddle_numbness'].text} {ui_text.ANSWERS.not_sure}" in text


def test_the_summary_keeps_an_answer_of_zero_and_says_the_rest_were_no():
    answers = {"pain_severity": 0, "fever": False}
    text = summary_text(answers, assess(answers), date(2026, 1, 1))
    assert f"- {QUESTION_BY_ID['pain_severity'].text} 0\n" in text
    assert QUESTION_BY_ID["fever"].text not in text
    assert TEXT.summary_others_not_yes in text


def test_the_summary_uses_the_clinic_s_numbers():
    answers = {"chest_pain": True}
    text = summary_text(answers, assess(answers), date(2026, 1, 1), emergency="911", urgent="0")
    assert "Call 911" in text and "999" not in text


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_the_summary_and_its_pdf_are_in_the_language_with_every_letter(lang):
    answers = {"fever": True, "radiating_leg_pain": True, "age_years": 52}
    text = summary.summary_text(answers, triage.assess(answers, lang=lang), date(2026, 3, 5),
                                lang=lang)
    wording = i18n.localize(ui_text.CHECKER, lang)
    assert wording.summary_title in text and i18n.day(date(2026, 3, 5), lang) in text
    assert i18n.localize(QUESTION_BY_ID["fever"], lang).text in text
    pdf = documents.text_to_pdf(text, wording.summary_title)
    printed = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    )
    accented = {letter for letter in text if ord(letter) > 127}
    assert accented, "a Spanish or German summary has letters beyond ASCII"
    assert accented <= set(printed)
    assert " ".join(wording.summary_title.split()) in printed
