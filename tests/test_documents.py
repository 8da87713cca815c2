"""Printable documents: the summary as a PDF holds the same words as the text."""

from datetime import date

from backinfo import documents, triage, ui_text
from backinfo.summary import summary_text

TITLE = ui_text.CHECKER.summary_title


def _summary(**clinic) -> str:
    answers = {"fever": True, "pain_severity": 6}
    return summary_text(answers, triage.assess(answers), date(2026, 11, 26), **clinic)


def test_the_pdf_is_a_pdf_holding_the_summary_lines():
    pdf = documents.text_to_pdf(_summary(), TITLE)
    assert pdf.startswith(b"%PDF-")
    for words in (TITLE, "26 November 2026", "Get medical advice today"):
        assert words.encode("latin-1") in pdf


def test_letters_outside_latin_1_lose_only_their_accents():
    pdf = documents.text_to_pdf(_summary(clinic_lines=("Meddygfa Ŵy ☺",)), TITLE)
    assert b"Meddygfa Wy ?" in pdf
