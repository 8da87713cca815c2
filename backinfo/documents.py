"""Printable documents: a plain-text summary or plan laid out as a simple A4 PDF."""

from __future__ import annotations

import unicodedata

from fpdf import FPDF

_FONT = "Helvetica"  # a PDF core font: nothing to embed or download


def text_to_pdf(text: str, title: str) -> bytes:
    """The text as an A4 PDF: the title line large, 'Heading:' lines bold, '- ' as bullets.

    Core fonts cover Latin-1 only: other letters lose their accents ('Ŵ' becomes 'W'),
    and anything else is shown as '?'.
    """
    pdf = FPDF(format="A4")
    pdf.set_compression(False)  # small files; keeps the text searchable in tests
    pdf.set_title(_latin1(title))
    pdf.set_creator("BackInfo")
    pdf.set_margins(20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        line = _latin1(line)
        if line == title:
            pdf.set_font(_FONT, "B", 16)
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT", align="L")
        elif line.startswith("- "):
            pdf.set_font(_FONT, size=11)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, 6, "\u00b7 " + line[2:], new_x="LMARGIN", new_y="NEXT", align="L")
        elif line.endswith(":"):
            pdf.set_font(_FONT, "B", 12)
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT", align="L")
        else:
            pdf.set_font(_FONT, size=11)
            pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT", align="L")
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    return "".join(char if ord(char) < 256 else _base_letter(char) for char in text)


def _base_letter(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0]
    return base if ord(base) < 256 else "?"
