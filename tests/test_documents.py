"""Printable documents: the summary as a PDF holds the same words as the text, every
letter kept, in the bundled font."""

import io
from datetime import date

from pypdf import PdfReader

from backinfo import documents, triage, ui_text
from backinfo.summary import summary_text

TITLE = ui_text.CHECKER.summary_title
CLINIC_LINES = ("Meddygfa Ŵyddgrug; Łódź, ul. Piłsudskiego 5", "Señora Müller, Straße 5")


def _summary(**clinic) -> str:
    answers = {"fever": True, "pain_severity": 6}
    return summary_text(answers, triage.assess(answers), date(2026, 11, 26), **clinic)


def _words(pdf: bytes) -> str:
    """The PDF's text as a reader extracts it, with every run of spaces and line breaks
    made one space (a long line wraps in the PDF)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _font_names(pdf: bytes) -> set[str]:
    fonts = (
        font.get_object()["/BaseFont"]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    )
    return {str(name).split("+")[-1] for name in fonts}


def test_the_pdf_is_a_pdf_holding_every_line_of_the_summary():
    text = _summary()
    pdf = documents.text_to_pdf(text, TITLE)
    assert pdf.startswith(b"%PDF-")
    words = _words(pdf)
    lines = [" ".join(line.removeprefix("- ").split()) for line in text.splitlines()]
    assert TITLE in lines and "Date: 26 November 2026" in lines
    assert [line for line in lines if line not in words] == []


def test_the_pdf_keeps_every_letter_of_a_clinics_name():
    pdf = documents.text_to_pdf(_summary(clinic_lines=CLINIC_LINES), TITLE)
    words = _words(pdf)
    for line in CLINIC_LINES:
        assert line in words
    for letter in "ñßüŴł":
        assert letter in words


def test_the_pdf_embeds_the_bundled_font_for_text_and_headings():
    pdf = documents.text_to_pdf(_summary(), TITLE)
    assert _font_names(pdf) == {"DejaVuSansBook", "DejaVuSansBold"}


def test_a_pdf_holds_none_of_the_words_of_the_pdf_made_before_it():
    documents.text_to_pdf(_summary(clinic_lines=CLINIC_LINES), TITLE)
    words = _words(documents.text_to_pdf(_summary(), TITLE))
    assert "Meddygfa" not in words and "Müller" not in words
    assert words.count(TITLE) == 1


def test_the_bundled_fonts_come_with_their_licence():
    licence = (documents.FONT_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence
    assert sorted(path.name for path in documents.FONT_DIR.glob("*.ttf")) == [
        "DejaVuSans-Bold.ttf",
        "DejaVuSans.ttf",
    ]
