"""The "My options" summary of the decision aid, as plain text.

`backinfo.documents.text_to_pdf` lays the same text out as a PDF: the title line large,
'Heading:' lines bold and '- ' lines as bullets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from backinfo import choice, treatments, ui_text
from backinfo.model import long_date


def options_summary_text(
    choices: choice.Choices, today: date, *, clinic_lines: Sequence[str] = ()
) -> str:
    """What matters to the person, the options in that light with their reasons, those
    NICE advises against and why, and the questions to ask. Raises ValueError like
    `choice.rank` for choices that are not valid."""
    text = ui_text.CHOICES
    ranked = choice.rank(choices.phase, choices.weights)
    weights = choice.check_weights(choices.weights)
    lines = [*clinic_lines, *([""] if clinic_lines else [])]
    lines += [
        text.summary_title,
        f"{text.summary_date}: {long_date(today)}",
        f"{text.summary_phase}: {treatments.PHASE_LABEL_BY_ID[choices.phase].label}",
        "",
        f"{text.summary_matters}:",
    ]
    lines += [
        f"- {p.label}: {text.weight_labels[weights[p.id]]}"
        for p in choice.PREFERENCES if weights[p.id]
    ] or [f"- {text.summary_nothing_chosen}"]
    lines += ["", f"{text.summary_options}:"]
    for place, option in zip(choice.places(ranked), ranked, strict=True):
        name = treatments.TREATMENT_BY_ID[option.treatment_id].name
        lines.append(f"- {text.place.format(place=place, name=name)}. {' '.join(option.reasons)}")
    lines += ["", f"{text.summary_against}:"]
    lines += [
        f"- {treatments.TREATMENT_BY_ID[a.treatment_id].name}: {a.reason}"
        for a in choice.advised_against(choices.phase)
    ]
    lines += ["", f"{text.summary_questions}:"]
    lines += [f"- {q.text}" for q in choice.questions_to_ask(choices.phase, choices.asked)]
    lines += ["", text.summary_not_advice, ui_text.COMMON.disclaimer]
    return "\n".join(lines) + "\n"
