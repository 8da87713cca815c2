"""Printable documents: a plain-text summary or plan laid out as a simple A4 PDF."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path(__file__).parent / "fonts"  # DejaVu Sans and its licence, bundled
_FONT = "DejaVu"


def text_to_pdf(text: str, title: str) -> bytes:
    """The text as an A4 PDF: the title line large, 'Heading:' lines bold, '- ' as bullets.

    The bundled DejaVu Sans is embedded, so every letter is kept (ñ, ß, ü, Ŵ, ł, Greek,
    Cyrillic); a sign the font lacks, such as an emoji, is drawn as an empty box.
    """
    pdf = FPDF(format="A4")
    # Each PDF reads the fonts afresh: fpdf2 cuts a loaded font down to the letters used,
    # in place (even a copied document shares it), so it cannot be kept for the next PDF.
    pdf.add_font(_FONT, "", FONT_DIR / "DejaVuSans.ttf")
    pdf.add_font(_FONT, "B", FONT_DIR / "DejaVuSans-Bold.ttf")
    pdf.set_title(title)
    pdf.set_creator("BackInfo")
    pdf.set_margins(20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == title:
            pdf.set_font(_FONT, "B", 16)
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT", align="L")
        elif line.startswith("- "):
            pdf.set_font(_FONT, size=11)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, 6, "\u2022 " + line[2:], new_x="LMARGIN", new_y="NEXT", align="L")
        elif line.endswith(":"):
            pdf.set_font(_FONT, "B", 12)
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT", align="L")
        else:
            pdf.set_font(_FONT, size=11)
            pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT", align="L")
    return bytes(pdf.output())
